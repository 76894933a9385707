import { useApp } from '../../state/context';
import { FONT_SIZES } from '../../state/reading-slice';

export function FontSizeControl() {
  const size = useApp((s) => s.fontSize);
  const setSize = useApp((s) => s.setFontSize);
  const at = FONT_SIZES.indexOf(size);
  return (
    <span className="font-size" role="group" aria-label="Text size">
      {/* The name comes from the hidden words; the glyph is only what the eye sees (no aria-label to contradict it). */}
      <button type="button" className="text-button" disabled={at <= 0} onClick={() => setSize(FONT_SIZES[at - 1]!)}>
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">Smaller text</span>
      </button>
      <button
        type="button"
        className="text-button"
        disabled={at >= FONT_SIZES.length - 1}
        onClick={() => setSize(FONT_SIZES[at + 1]!)}
      >
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">Larger text</span>
      </button>
    </span>
  );
}
