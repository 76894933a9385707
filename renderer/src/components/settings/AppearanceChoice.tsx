// Light or dark for this window; shown at once, kept on this computer (not in the engine's data).
import { APPEARANCES, type Appearance } from '../../lib/appearance';
import { useApp } from '../../state/context';

const WORDS: Record<Appearance, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function AppearanceChoice() {
  const appearance = useApp((s) => s.appearance);
  const setAppearance = useApp((s) => s.setAppearance);
  return (
    <fieldset className="appearance">
      <legend>Appearance</legend>
      {APPEARANCES.map((a) => (
        <label key={a} className="appearance-choice">
          <input type="radio" name="appearance" value={a} checked={appearance === a} onChange={() => setAppearance(a)} />
          {WORDS[a]}
        </label>
      ))}
      <p className="setting-hint quiet">Changes show at once, on this computer.</p>
    </fieldset>
  );
}
