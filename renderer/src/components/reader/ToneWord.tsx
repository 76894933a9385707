import type { Tone } from '../../../../shared/model';

const WORDS: Record<Tone, string> = { pleased: 'Pleased', unhappy: 'Unhappy', asking: 'Asking', neutral: 'Neutral' };

/** A small, quiet word for how a conversation sounds; the words that tipped it show on hover. */
export function ToneWord({ tone, words }: { tone?: Tone | null; words?: string[] }) {
  if (!tone || tone === 'neutral') return null;
  const hint = words && words.length ? `Sounds ${tone} because of: ${words.slice(0, 6).join(', ')}` : `Sounds ${tone}`;
  return (
    <span className={`tone-word tone-${tone}`} title={hint}>
      {WORDS[tone]}
    </span>
  );
}
