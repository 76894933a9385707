import { useState } from 'react';
import { useApp } from '../state/context';

/** The empty first run: a calm way to see Earshot working without typing an address or needing a network. */
export function SampleOffer() {
  const addSamples = useApp((s) => s.addSamples);
  const setScreen = useApp((s) => s.setScreen);
  const [busy, setBusy] = useState(false);
  return (
    <div className="empty">
      <h2>Nothing to listen to yet</h2>
      <p>Add a source above, or look around first with a few sample conversations that come with Earshot.</p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void addSamples().finally(() => setBusy(false));
        }}
      >
        {busy ? 'Adding samples…' : 'Try with sample data'}
      </button>{' '}
      <button type="button" className="button quiet-button" onClick={() => setScreen('setup')}>
        Listen for your company
      </button>
    </div>
  );
}
