// The follow-ups area's screens, chosen by the ui slice's screen.
import type { Screen } from '../../state/types';
import { FollowupsScreen } from './FollowupsScreen';
import { KeptScreen } from './KeptScreen';
import { PeopleScreen } from './PeopleScreen';

export const FOLLOW_SCREENS: { id: Screen; label: string }[] = [
  { id: 'kept', label: 'Kept' },
  { id: 'people', label: 'People' },
  { id: 'followups', label: 'Follow-ups' },
];

export function isFollowScreen(screen: Screen): boolean {
  return screen === 'kept' || screen === 'people' || screen === 'followups';
}

export function FollowScreen({ screen }: { screen: Screen }) {
  if (screen === 'kept') return <KeptScreen />;
  if (screen === 'people') return <PeopleScreen />;
  if (screen === 'followups') return <FollowupsScreen />;
  return null;
}
