// One Earshot at a time on a data folder: a second store on it is refused in plain words until the first closes;
// a lock left by a process that has ended, or copied along with the folder, is taken over.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../electron/core/store/lock';
import { open, removeTempDirs, tempDir } from './helpers';

afterEach(() => removeTempDirs());

describe('the data folder lock', () => {
  it('refuses a second store on the same folder while the first is open, and allows it once closed', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await expect(open(dir)).rejects.toThrow(/^Another Earshot is using the data in .* right now \(process \d+\)\. Close it and try again/);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const second = await open(dir);
    await second.close();
  });

  it('takes over a lock whose process has ended, and one copied with the folder', async () => {
    const dir = tempDir();
    // A process that has ended: a child that exited.
    const ended = spawn(process.execPath, ['-e', '0']);
    const pid = await new Promise<number>((resolve) => ended.on('exit', () => resolve(ended.pid!)));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, token: 'gone' }));
    const store = await open(dir);
    await store.close();
    // This process's pid, but a token it never held (the folder was copied while it was open).
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, token: 'copied' }));
    const again = await open(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).token).not.toBe('copied');
    await again.close();
  });

  it('takes over a lock from an earlier boot, from another folder (a copy), or never fully written', async () => {
    const dir = tempDir();
    const real = realpathSync(dir);
    const booted = Date.now() - uptime() * 1000;
    // Process 1 is alive, as any reused number may be; what the lock says around it decides.
    for (const lock of [
      JSON.stringify({ pid: 1, token: 'before-reboot', boot: booted - 86_400_000, dir: real }),
      JSON.stringify({ pid: 1, token: 'copied', boot: booted, dir: '/somewhere/else' }),
      '',
    ]) {
      writeFileSync(join(dir, LOCK_FILE), lock);
      const store = await open(dir);
      await store.close();
    }
    // The same process, this boot, this folder: it stands.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, token: 'running', boot: booted, dir: real }));
    await expect(open(dir)).rejects.toThrow('(process 1)');
  });

  it('refuses while another running process holds it', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await new Promise((resolve) => other.on('spawn', resolve));
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, token: 'theirs' }));
      await expect(open(dir)).rejects.toThrow(`(process ${other.pid})`);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
