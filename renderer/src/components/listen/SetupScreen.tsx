// "Listen for your company": the company's names → proposed places, each checked → the ones kept.
import { count } from '../../../../shared/words';
import { useApp } from '../../state/context';
import { SetupForm } from './SetupForm';
import { SetupProposals } from './SetupProposals';
import './listen.css';

function Done() {
  const result = useApp((s) => s.setupResult);
  const setScreen = useApp((s) => s.setScreen);
  const reset = useApp((s) => s.resetSetup);
  const runSync = useApp((s) => s.runSync);
  if (!result) return null;
  return (
    <div className="setup-done" role="status">
      <h2>Listening</h2>
      <p>
        Earshot added {count(result.sources, 'place')} and listens for {count(result.watchWords, 'name')}.
      </p>
      <p className="setup-done-actions">
        {result.sources > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              void runSync();
              setScreen('conversations');
            }}
          >
            Hear what they say now
          </button>
        ) : null}
        <button type="button" className="button quiet-button" onClick={() => setScreen('watch')}>
          See the names we listen for
        </button>
        <button type="button" className="button quiet-button" onClick={() => reset()}>
          Start again
        </button>
      </p>
    </div>
  );
}

export function SetupScreen() {
  const error = useApp((s) => s.setupError);
  const done = useApp((s) => s.setupResult !== null);
  return (
    <section className="screen listen-screen" aria-labelledby="setup-heading">
      <h1 id="setup-heading">Listen for your company</h1>
      <p className="lede">
        Tell Earshot who you are and who you compete with. It suggests places where people talk about you, checks each
        one, and you keep the ones you like.
      </p>
      {error ? (
        <p className="problem" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <Done />
      ) : (
        <>
          <SetupForm />
          <SetupProposals />
        </>
      )}
    </section>
  );
}
