import type { Tone } from '../../../../shared/model';

const WORDS: Record<Tone, string> = { pleased: 'Pleased', unhappy: 'Unhappy', asking: 'Asking', neutral: 'Neutral' };
const SOUNDS: Record<Tone, string> = { pleased: 'Sounds pleased', unhappy: 'Sounds unhappy', asking: 'Asks something', neutral: '' };

/**
 * A small, quiet word for how a conversation sounds, in a row. Why it sounds so is said in the reading pane
 * (ToneReason): a title tooltip reached only by a mouse, never by the keyboard, touch or a screen reader.
 */
/** Whether ToneWord says anything for this tone (neutral is left unsaid). */
export const toneShown = (tone: Tone | null | undefined): tone is Exclude<Tone, 'neutral'> => !!tone && tone !== 'neutral';

export function ToneWord({ tone }: { tone?: Tone | null }) {
  if (!toneShown(tone)) return null;
  return <span className={`tone-word tone-${tone}`}>{WORDS[tone]}</span>;
}

/** How the conversation being read sounds, and the words that tipped it, as plain text: "Sounds unhappy: dies, disappointed". */
export function ToneReason({ tone, words }: { tone?: Tone | null; words?: string[] }) {
  if (!tone || tone === 'neutral') return null;
  // What tipped a question are its grammar ("should i", "how do", "?"): no reason a reader needs. Feelings'
  // words are.
  const shown = tone === 'asking' ? [] : (words ?? []).filter((w) => w.trim() && w.trim() !== '?').slice(0, 6);
  return (
    <p className="reading-tone quiet">
      <span className={`tone-${tone}`}>{SOUNDS[tone]}</span>
      {shown.length ? `: ${shown.join(', ')}` : null}
    </p>
  );
}
