import { useCallback, useEffect, useRef } from 'react';
import { focusWhenShown } from '../lib/focus-after';
import { useApp } from '../state/context';
import type { Screen } from '../state/types';
import { ConversationsScreen } from './ConversationsScreen';
import { Header, screenName } from './Header';
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

/**
 * When the control that had the focus goes away (a button that opened another screen, a row just removed), the
 * focus would fall to the top of the page and the next Tab start over from the header: it goes to the content.
 */
function useFocusKeptInPage(): void {
  useEffect(() => {
    let last: Element | null = null;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target as Element;
    };
    const observer = new MutationObserver(() => {
      if (last && !last.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
        last = null;
        document.getElementById('main')?.focus({ preventScroll: true });
      }
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}

/**
 * Focuses the screen's heading (tabindex -1 added if it has none), so a screen reader says where the reader now is
 * and the next Tab starts in the screen. A screen still loading (the brief) has its heading a moment later; after
 * that, or once the focus has gone anywhere else, nothing is taken. Returns the undo.
 */
function focusHeading(): () => void {
  const heading = (): HTMLElement | null => {
    const h1 = document.getElementById('main')?.querySelector<HTMLElement>('h1') ?? null;
    if (h1 && !h1.hasAttribute('tabindex')) h1.tabIndex = -1;
    return h1;
  };
  return focusWhenShown(heading, { giveUpAfterMs: 2_000, giveUpOn: ['focusin'], preventScroll: true });
}

/**
 * Says which screen is showing: the window's title always; and when the reader picked it in the nav, the focus
 * moves to its heading. Not on first load, nor after Back or a button inside a screen: the focus is not taken then.
 * Returns what the nav calls when a screen is picked.
 */
function useScreenArrival(screen: Screen): () => void {
  const chosen = useRef(false);
  useEffect(() => {
    document.title = `${screenName(screen)} – Earshot`;
    if (!chosen.current) return;
    chosen.current = false;
    return focusHeading();
  }, [screen]);
  return useCallback(() => {
    chosen.current = true;
  }, []);
}

export function App() {
  const screen = useApp((s) => s.screen);
  const onChoose = useScreenArrival(screen);
  // Another screen opens at its top, as a new page would (the last one's scroll is no place to start reading).
  useEffect(() => {
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
  }, [screen]);
  useFocusKeptInPage();
  return (
    <div className={PANES.has(screen) ? 'app app-panes' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header onChoose={onChoose} />
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
