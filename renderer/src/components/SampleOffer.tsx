import { useState } from 'react';
import { useApp } from '../state/context';

/**
 * The empty first run, at the top of Sources: a calm way to see Earshot working without typing an address or
 * needing a network. Once the samples are in and read, the app opens the brief they make.
 */
export function SampleOffer() {
  const addSamples = useApp((s) => s.addSamples);
  const setScreen = useApp((s) => s.setScreen);
  const [busy, setBusy] = useState(false);
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Nothing to listen to yet</h2>
      <p>
        See a morning with Earshot first: a few sample conversations come with it, and no address or network is needed.
        Or tell Earshot your company's name and it will suggest places to listen.
      </p>
      <p className="welcome-actions">
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
        </button>
        <button type="button" className="button quiet-button" onClick={() => setScreen('setup')}>
          Listen for your company
        </button>
      </p>
    </section>
  );
}
