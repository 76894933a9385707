// Screens in the window's history, so Back and Forward (the browser's buttons, a mouse's side buttons, Alt+←/→)
// move between the screens visited. The address never changes: only the entry's state says which screen it is.
import type { AppStore } from './store';
import type { Screen } from './types';

const SCREENS: ReadonlySet<string> = new Set<Screen>([
  'conversations', 'sources', 'search', 'brief', 'kept', 'people', 'followups', 'watch', 'setup', 'settings',
]);

function screenOf(state: unknown): Screen | null {
  const screen = (state as { earshotScreen?: unknown } | null)?.earshotScreen;
  return typeof screen === 'string' && SCREENS.has(screen) ? (screen as Screen) : null;
}

/** Records each screen change as a history entry and follows Back and Forward; returns the undo. */
export function followScreenHistory(store: AppStore): () => void {
  let arriving: Screen | null = null;
  history.replaceState({ ...(history.state as object | null), earshotScreen: store.getState().screen }, '');
  const stop = store.subscribe((s, before) => {
    if (s.screen === before.screen) return;
    // A change that came from Back or Forward is already where history is.
    if (s.screen === arriving) {
      arriving = null;
      return;
    }
    history.pushState({ earshotScreen: s.screen }, '');
  });
  const onPop = (event: PopStateEvent) => {
    const screen = screenOf(event.state);
    if (!screen || screen === store.getState().screen) return;
    arriving = screen;
    store.getState().setScreen(screen);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    stop();
    window.removeEventListener('popstate', onPop);
  };
}
