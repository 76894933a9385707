// The listening area's screens, chosen by the ui slice's screen.
import type { Screen } from '../../state/types';
import { SetupScreen } from './SetupScreen';
import { WatchScreen } from './WatchScreen';

export function isListenScreen(screen: Screen): boolean {
  return screen === 'watch' || screen === 'setup';
}

export function ListenScreen({ screen }: { screen: Screen }) {
  return screen === 'setup' ? <SetupScreen /> : <WatchScreen />;
}
