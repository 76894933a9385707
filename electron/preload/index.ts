// The sandboxed preload: bundled into one CommonJS file whose only runtime require is 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('earshot', createBridge(ipcRenderer));
