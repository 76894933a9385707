// A modal dialog: labelled by its heading, focus kept inside, Escape closes, focus goes back where it was.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * What Tab can reach in the box as it is now, in order. Worked out at each key press: a control disabled since the
 * dialog opened (by itself or by its fieldset) or not drawn must not count, or the wrap at the ends misses and
 * the focus walks out behind the dialog. A radio group is one stop: its checked radio, or its first.
 */
function tabStops(box: HTMLElement): HTMLElement[] {
  const all = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[hidden]') && (el.checkVisibility?.() ?? true),
  );
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = all.filter((x): x is HTMLInputElement => x instanceof HTMLInputElement && x.type === 'radio' && x.name === el.name);
    return el.checked || (!group.some((r) => r.checked) && group[0] === el);
  });
}

/** Everything on the page but the dialog goes inert (no focus, no clicks, not read out); returns the undo. */
function inertAllBut(el: Element): () => void {
  const made: Element[] = [];
  for (let at: Element | null = el; at?.parentElement && at !== document.body; at = at.parentElement) {
    for (const other of at.parentElement.children) {
      if (other === at || other.hasAttribute('inert') || other instanceof HTMLScriptElement) continue;
      other.setAttribute('inert', '');
      made.push(other);
    }
  }
  return () => made.forEach((x) => x.removeAttribute('inert'));
}

export function Dialog({
  labelledBy,
  onClose,
  className = 'dialog',
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const backdrop = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // Read while rendering, before any child's autoFocus has moved the focus in here: the control that opened us.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !backdrop.current) return;
    const undo = inertAllBut(backdrop.current);
    // A child may have taken the focus already (autoFocus); otherwise the first control has it.
    if (!el.contains(document.activeElement)) (tabStops(el)[0] ?? el).focus();
    return () => {
      undo();
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  // The focus can still drop to the page when a control in here goes away: Escape closes all the same, Tab comes
  // back in, and the page behind hears no key while we are open.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const el = box.current;
      if (!el || (event.target instanceof Node && el.contains(event.target))) return;
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        event.preventDefault();
        (tabStops(el)[0] ?? el).focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The app's own keys (j, k, b, f…) belong to the page behind, not to this dialog.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = tabStops(box.current);
    const active = document.activeElement;
    // Only at either end do we move the focus ourselves; in between the browser's own order is the same.
    const before = items.filter((x) => active && x !== active && active.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_PRECEDING);
    const after = items.filter((x) => active && x !== active && active.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING);
    const wrapTo = event.shiftKey ? (before.length === 0 ? items.at(-1) : null) : after.length === 0 ? items[0] : null;
    if (items.length === 0 || wrapTo) {
      event.preventDefault();
      (wrapTo ?? box.current).focus();
    }
  };

  return (
    <div ref={backdrop} className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className={className} role="dialog" aria-modal="true" aria-labelledby={labelledBy} tabIndex={-1} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}
