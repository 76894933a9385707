import { useEffect } from 'react';
import { useApp } from '../state/context';
import type { Screen } from '../state/types';
import { ConversationsScreen } from './ConversationsScreen';
import { Header } from './Header';
import { SourcesScreen } from './SourcesScreen';
import { StoreNotice } from './StoreNotice';
import { SyncNotice } from './SyncNotice';
import { KeyboardShortcuts } from './reader/KeyboardShortcuts';
import { OfflineLine } from './reader/OfflineLine';
import { SearchScreen } from './search/SearchScreen';
import { FollowScreen, isFollowScreen } from './follow/FollowScreen';
import { ForwardDialog } from './follow/ForwardDialog';
import { BriefScreen } from './brief/BriefScreen';
import { ListenScreen, isListenScreen } from './listen/ListenScreen';
import { SettingsScreen } from './settings/SettingsScreen';

/** Screens of two panes (a list and the reading pane) fill the window exactly and scroll inside; the rest scroll as pages. */
const PANES: ReadonlySet<Screen> = new Set(['conversations', 'search']);

function CurrentScreen({ screen }: { screen: Screen }) {
  if (screen === 'brief') return <BriefScreen />;
  if (isListenScreen(screen)) return <ListenScreen screen={screen} />;
  if (isFollowScreen(screen)) return <FollowScreen screen={screen} />;
  if (screen === 'sources') return <SourcesScreen />;
  if (screen === 'search') return <SearchScreen />;
  if (screen === 'settings') return <SettingsScreen />;
  return <ConversationsScreen />;
}

export function App() {
  const screen = useApp((s) => s.screen);
  // Another screen opens at its top, as a new page would (the last one's scroll is no place to start reading).
  useEffect(() => {
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
  }, [screen]);
  return (
    <div className={PANES.has(screen) ? 'app app-panes' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <SyncNotice />
      <StoreNotice />
      <OfflineLine />
      <main id="main" className="main" tabIndex={-1}>
        <CurrentScreen screen={screen} />
      </main>
      <KeyboardShortcuts />
      <ForwardDialog />
    </div>
  );
}
