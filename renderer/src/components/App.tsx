import { useApp } from '../state/context';
import { ConversationsScreen } from './ConversationsScreen';
import { Header } from './Header';
import { SourcesScreen } from './SourcesScreen';
import { StoreNotice } from './StoreNotice';

export function App() {
  const screen = useApp((s) => s.screen);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <StoreNotice />
      <main id="main" className="main" tabIndex={-1}>
        {screen === 'sources' ? <SourcesScreen /> : <ConversationsScreen />}
      </main>
    </div>
  );
}
