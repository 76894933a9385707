// Renders the whole app over a fake engine, the way main.tsx does over the real one.
import { render } from '@testing-library/react';
import { App } from '../../renderer/src/components/App';
import { StoreProvider } from '../../renderer/src/state/context';
import { createAppStore, startApp } from '../../renderer/src/state/store';
import type { Screen } from '../../renderer/src/state/types';
import type { FakeEngine } from './fake-api';
import { NOW } from './fake-api';
import { trackApp } from './running-apps';

// The brief is the home screen; tests written for other screens start on Conversations unless they say otherwise.
// The app is stopped after the test (tests/ui/setup.ts); stop ends it sooner, and a second stop does nothing.
export function renderApp(engine: FakeEngine, options: { screen?: Screen } = {}) {
  const store = createAppStore(engine.client, () => NOW);
  store.getState().setScreen(options.screen ?? 'conversations');
  const stop = trackApp(startApp(store, engine.client, () => NOW));
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { ...view, store, stop };
}
