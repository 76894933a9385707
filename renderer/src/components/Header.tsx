import { useApp } from '../state/context';
import type { Screen } from '../state/types';
import { SyncControl } from './SyncControl';
import { FOLLOW_SCREENS } from './follow/FollowScreen';

const SCREENS: { id: Screen; label: string; quiet?: boolean }[] = [
  // The home screen comes first.
  { id: 'brief', label: 'Brief' },
  { id: 'conversations', label: 'Conversations' },
  { id: 'sources', label: 'Sources' },
  { id: 'watch', label: 'Names' },
  { id: 'search', label: 'Search' },
  ...FOLLOW_SCREENS,
  // Rarely needed: last, and quieter than the rest.
  { id: 'settings', label: 'Settings', quiet: true },
];

/** A screen's name in the nav's own words (the window's title says it); set-up is reached from Sources, not the nav. */
export function screenName(screen: Screen): string {
  return SCREENS.find((s) => s.id === screen)?.label ?? 'Listen for your company';
}

/**
 * Brand, screens and sync. In a narrow window the screens move to a row of their own and wrap; never sideways.
 * `onChoose` hears a screen picked here, before it opens, so the app can take the reader to its heading.
 */
export function Header({ onChoose }: { onChoose?: () => void }) {
  const screen = useApp((s) => s.screen);
  const setScreen = useApp((s) => s.setScreen);
  return (
    <header className="header">
      <p className="brand">Earshot</p>
      <nav aria-label="Screens" className="nav">
        {SCREENS.map((s) => (
          <button
            key={s.id}
            type="button"
            className={s.quiet ? 'nav-button nav-quiet' : 'nav-button'}
            aria-current={screen === s.id ? 'page' : undefined}
            onClick={() => {
              if (s.id === screen) return;
              onChoose?.();
              setScreen(s.id);
            }}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <SyncControl />
    </header>
  );
}
