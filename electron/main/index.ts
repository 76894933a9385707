// The desktop app's composition root: the engine's factory meets the shell. Everything else is in ./app.
import { createCore } from '../core';
import { startApp } from './app';

startApp({ createCore, mainDir: __dirname });
