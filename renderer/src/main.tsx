// The renderer's composition root: pick the Api client (desktop bridge or web host), make the store, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './components/App';
import { StoreProvider } from './state/context';
import { createAppStore, startApp } from './state/store';
import { applyAppearance, storedAppearance } from './lib/appearance';
import './styles.css';

// Before the first paint, so a dark choice never flashes light.
applyAppearance(storedAppearance());

const client = createClient();
const store = createAppStore(client);
startApp(store, client);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
