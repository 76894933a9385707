import { useApp } from '../state/context';
import { ConversationsScreen } from './ConversationsScreen';
import { Header } from './Header';
import { SourcesScreen } from './SourcesScreen';
import { StoreNotice } from './StoreNotice';
import { KeyboardShortcuts } from './reader/KeyboardShortcuts';
import { OfflineLine } from './reader/OfflineLine';
import { SearchScreen } from './search/SearchScreen';
import { FollowScreen, isFollowScreen } from './follow/FollowScreen';
import { ForwardDialog } from './follow/ForwardDialog';
import { BriefScreen } from './brief/BriefScreen';
import { ListenScreen, isListenScreen } from './listen/ListenScreen';

export function App() {
  const screen = useApp((s) => s.screen);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <StoreNotice />
      <OfflineLine />
      <main id="main" className="main" tabIndex={-1}>
        {screen === 'brief' ? <BriefScreen /> : isListenScreen(screen) ? <ListenScreen screen={screen} /> : isFollowScreen(screen) ? <FollowScreen screen={screen} /> : screen === 'sources' ? <SourcesScreen /> : screen === 'search' ? <SearchScreen /> : <ConversationsScreen />}
      </main>
      <KeyboardShortcuts />
      <ForwardDialog />
    </div>
  );
}
