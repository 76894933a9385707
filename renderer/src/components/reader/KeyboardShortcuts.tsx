import { useEffect, useRef } from 'react';
import { CHORD_MS, SHORTCUTS, isTypingTarget, keyAction, keysWorkAt, step, type KeyAction } from '../../lib/keyboard';
import { Dialog } from '../Dialog';
import { useApp } from '../../state/context';

/** Focuses the search box once the search screen is on the page. */
export function focusSearch(): void {
  setTimeout(() => document.getElementById('search-input')?.focus(), 0);
}

const ITEM_ACTIONS = new Set<KeyAction | 'chord'>(['next', 'previous', 'open', 'bookmark', 'forward']);

/** Listens for the app's keys on the whole window (never while typing in a field, and most only where keysWorkAt says). */
export function KeyboardShortcuts() {
  const current = useApp((s) => s.current);
  const gAt = useRef(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const s = current();
      if (event.key === 'Escape' && s.helpOpen) {
        s.setHelpOpen(false);
        return;
      }
      if (isTypingTarget(event.target)) return;
      // Back and Forward between screens, as in a browser (the desktop window has no such keys of its own).
      const back = (event.altKey && event.key === 'ArrowLeft') || (event.metaKey && event.key === '[');
      const forward = (event.altKey && event.key === 'ArrowRight') || (event.metaKey && event.key === ']');
      if (back || forward) {
        event.preventDefault();
        if (back) history.back();
        else history.forward();
        return;
      }
      // Enter on a button or link is that control's own business.
      const tag = (event.target as HTMLElement | null)?.tagName;
      if (event.key === 'Enter' && (tag === 'BUTTON' || tag === 'A')) return;
      const afterG = Date.now() - gAt.current < CHORD_MS;
      const action = keyAction(event, afterG);
      // Help is asked for from anywhere; the other letters only where they are meant (see keysWorkAt).
      if (action !== 'help' && !keysWorkAt(event.target)) return;
      gAt.current = action === 'chord' ? Date.now() : 0;
      if (!action) return;
      // A conversation's keys act on the list in view: elsewhere they would change a thread the reader can't see.
      if (ITEM_ACTIONS.has(action) && s.screen !== 'conversations' && s.screen !== 'search') return;
      event.preventDefault();
      const ids = s.screen === 'search' ? s.searchResults.map((r) => r.id) : s.conversations.map((c) => c.id);
      switch (action) {
        case 'next':
        case 'previous': {
          const id = step(ids, s.selectedId, action === 'next' ? 1 : -1);
          if (id && id !== s.selectedId) void s.openConversation(id);
          break;
        }
        case 'open':
          if (!s.selectedId && ids[0]) void s.openConversation(ids[0]);
          else document.getElementById('reading')?.focus();
          break;
        case 'bookmark':
          if (s.selectedId) s.toggleBookmark(s.selectedId);
          break;
        case 'forward':
          if (s.selectedId) s.forward(s.selectedId);
          break;
        case 'search':
          s.setScreen('search');
          focusSearch();
          break;
        case 'go-brief':
          s.setScreen('brief');
          break;
        case 'go-conversations':
          s.setScreen('conversations');
          break;
        case 'go-sources':
          s.setScreen('sources');
          break;
        case 'help':
          s.setHelpOpen(!s.helpOpen);
          break;
        case 'close':
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current]);

  return <HelpOverlay />;
}

function HelpOverlay() {
  const open = useApp((s) => s.helpOpen);
  const setOpen = useApp((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <Dialog labelledBy="help-heading" className="help" onClose={() => setOpen(false)}>
      <h2 id="help-heading">Keys</h2>
      <dl className="help-keys">
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <p className="quiet help-where">
        The keys for a conversation work in Conversations and Search, from the list or the conversation. Elsewhere
        only ? works, so a stray letter never acts.
      </p>
      <button type="button" className="button quiet-button" onClick={() => setOpen(false)} autoFocus>
        Close
      </button>
    </Dialog>
  );
}
