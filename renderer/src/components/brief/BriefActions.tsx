// Print (or save as PDF, through the print dialog) and copy the brief as Markdown, with a quiet "Copied".
import { useEffect } from 'react';
import { useApp } from '../../state/context';

const NOTICE_MS = 4_000;

export function BriefActions({ id }: { id: string }) {
  const copy = useApp((s) => s.copyBriefMarkdown);
  const notice = useApp((s) => s.briefNotice);
  const clear = useApp((s) => s.clearBriefNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(clear, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, clear]);
  return (
    <div className="brief-actions">
      <button type="button" className="text-button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <button type="button" className="text-button" onClick={() => void copy(id)}>
        Copy as text
      </button>
      <span className="brief-notice quiet" role="status">
        {notice}
      </span>
    </div>
  );
}
