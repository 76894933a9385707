// Aliased in for 'electron' in engine, ui and e2e tests: the engine must never import Electron.
throw new Error('electron was imported outside electron/main or electron/preload');
