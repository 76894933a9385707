import { useEffect } from 'react';
import { useApp } from '../state/context';
import { ConversationList } from './ConversationList';
import { SplitView } from './reader/SplitView';

export function ConversationsScreen() {
  const loaded = useApp((s) => s.conversationsLoaded);
  const count = useApp((s) => s.conversations.length);
  const hasSources = useApp((s) => s.sources.length > 0);
  const error = useApp((s) => s.conversationsError);
  const setScreen = useApp((s) => s.setScreen);
  const loadWatch = useApp((s) => s.loadWatch);
  // The rows leave the company's own name unsaid; which names are the company's comes with the names.
  useEffect(() => {
    void loadWatch();
  }, [loadWatch]);

  return (
    <section className="screen conversations-screen" aria-labelledby="conversations-heading">
      <h1 id="conversations-heading" className="visually-hidden">
        Conversations
      </h1>
      {error ? (
        <p className="problem screen-problem" role="alert">
          {error}
        </p>
      ) : null}
      {loaded && count === 0 ? (
        <div className="empty">
          <h2>No conversations yet</h2>
          {hasSources ? (
            <p>Sync to read what your sources have said.</p>
          ) : (
            <>
              <p>Earshot isn't listening to any source yet.</p>
              <button type="button" className="button" onClick={() => setScreen('sources')}>
                Add a source
              </button>
            </>
          )}
        </div>
      ) : (
        <SplitView list={<ConversationList />} backLabel="All conversations" />
      )}
    </section>
  );
}
