// Builds the node-side bundles (store worker, CLI, web host) once before any test runs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  if (process.env.EARSHOT_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [resolve(__dirname, '../../scripts/build.mjs'), '--node-only'], { stdio: 'inherit' });
}
