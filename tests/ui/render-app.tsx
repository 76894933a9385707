// Renders the whole app over a fake engine, the way main.tsx does over the real one.
import { render } from '@testing-library/react';
import { App } from '../../renderer/src/components/App';
import { StoreProvider } from '../../renderer/src/state/context';
import { createAppStore, startApp } from '../../renderer/src/state/store';
import type { FakeEngine } from './fake-api';
import { NOW } from './fake-api';

export function renderApp(engine: FakeEngine) {
  const store = createAppStore(engine.client, () => NOW);
  const stop = startApp(store, engine.client, () => NOW);
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { ...view, store, stop };
}
