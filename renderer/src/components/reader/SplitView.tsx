// A list beside the reading pane. Below ~900 px there is room for one at a time: the list, then the conversation
// opened from it with a way back (CSS chooses by the window's width; `data-shown` says which one is current).
// A conversation opened from the brief has its way back to the brief at every width.
import type { ReactNode } from 'react';
import { focusWhenShown } from '../../lib/focus-after';
import { useApp } from '../../state/context';
import { ReadingPane } from './ReadingPane';

export function SplitView({ list, backLabel }: { list: ReactNode; backLabel: string }) {
  const reading = useApp((s) => s.narrowReading && s.selectedId !== null);
  const showList = useApp((s) => s.showList);
  const fromBrief = useApp((s) => s.readingFrom === 'brief');
  const setScreen = useApp((s) => s.setScreen);
  const selectedId = useApp((s) => s.selectedId);

  const back = () => {
    if (fromBrief) {
      const id = selectedId;
      setScreen('brief');
      // Back on the item that opened it, as the way back to the list lands on the row.
      if (id) focusWhenShown(() => [...document.querySelectorAll<HTMLElement>('.brief button[data-conversation]')].find((b) => b.dataset.conversation === id));
      return;
    }
    showList();
    // Back where the reader was: the row just read, in view and focused.
    setTimeout(() => document.querySelector<HTMLElement>('.split .conversation-item[aria-current="true"]')?.focus(), 0);
  };

  return (
    <div className="split" data-shown={reading ? 'reading' : 'list'}>
      {list}
      <div className="reading-column">
        <p className={fromBrief ? 'narrow-back back-to-brief' : 'narrow-back'}>
          <button type="button" className="text-button" onClick={back}>
            <span aria-hidden="true">← </span>
            {fromBrief ? 'Back to the brief' : backLabel}
          </button>
        </p>
        <ReadingPane />
      </div>
    </div>
  );
}
