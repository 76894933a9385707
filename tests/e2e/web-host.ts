// Starts the built web host (out/web/server.js) as a child and reads the address it prints.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, WEB_PATH } from '../support/paths';

export interface RunningHost {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  token: string;
  /** The address as printed, with #token=… */
  address: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<number | null>;
}

export async function startWebHost(args: string[]): Promise<RunningHost> {
  if (!existsSync(WEB_PATH)) throw new Error(`${WEB_PATH} is missing: run node scripts/build.mjs first`);
  const child = spawn(process.execPath, [WEB_PATH, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web host printed no address in time:\n${out}\n${err}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Earshot is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited (${code}) before printing its address:\n${out}\n${err}`));
    });
  });
  const url = new URL(address);
  return {
    origin: url.origin,
    port: Number(url.port),
    token: decodeURIComponent(url.hash.replace(/^#token=/, '')),
    address,
    child,
    stderr: () => err,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', (code) => {
          clearTimeout(kill);
          resolve(code);
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Debian Chromium (or CHROMIUM_PATH); null when this machine has none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Stops a browser test early, in plain words, when the renderer has not been built. */
export function requireBuiltRenderer(): void {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `node scripts/build.mjs` (or `npm test`) first.');
  }
}

/**
 * Notes what goes wrong in the page — a page error, or a console error (a CSP violation, a failed script or
 * request shows up there) — into `problems`, which a test expects to end empty.
 */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
}
