// `npm run web`: the web host's composition root (bundled to out/web/server.js).
// Usage: node out/web/server.js [--data-dir DIR] [--port N] [--now ISO]
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore, streamLog } from '../core/index';
import { createWebHost } from './server';

interface Args {
  dataDir: string;
  port: number;
  now: number | null;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dataDir: join(homedir(), '.earshot-web'), port: 0, now: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value.`);
      i++;
      return value;
    };
    switch (flag) {
      case '--data-dir':
        args.dataDir = resolve(need());
        break;
      case '--port': {
        const port = Number(need());
        if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port should be a number from 0 to 65535.');
        args.port = port;
        break;
      }
      case '--now': {
        const now = Date.parse(need());
        if (!Number.isFinite(now)) fail('--now should be a date and time like 2026-03-02T07:30:00Z.');
        args.now = now;
        break;
      }
      default:
        fail(`Unknown option ${flag}. Usage: server.js [--data-dir DIR] [--port N] [--now ISO]`);
    }
  }
  return args;
}

/** Test-only (EARSHOT_OFFLINE=1): every outbound fetch fails the way it does on a computer with no network. */
const offlineFetch: typeof globalThis.fetch = async () => {
  throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' }) });
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = streamLog((line) => process.stderr.write(line), 'warn');
  // --now sets where the clock starts; it then runs on, so a long session still sees time pass.
  const started = Date.now();
  const clock = args.now === null ? Date.now : () => (args.now as number) + (Date.now() - started);
  const core = await createCore({
    dataDir: args.dataDir,
    clock,
    log,
    workerPath: join(__dirname, '../worker/store-worker.js'),
    resourcesDir: join(__dirname, '../../resources'),
    ...(process.env.EARSHOT_OFFLINE === '1' ? { fetch: offlineFetch } : {}),
  });
  const token = randomBytes(24).toString('base64url');
  const host = await createWebHost({
    core,
    rendererDir: join(__dirname, '../renderer'),
    host: '127.0.0.1',
    port: args.port,
    token,
    log,
  });
  process.stdout.write(`Earshot is running at http://127.0.0.1:${host.port}/#token=${token}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      try {
        await host.close();
        await core.close();
        process.exit(0);
      } catch (err) {
        log.error('web host: stopping failed', err);
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Earshot couldn't start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
