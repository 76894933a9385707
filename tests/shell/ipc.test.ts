import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';

vi.mock('electron', () => import('./fake-electron'));

import { ipcMain, resetFakes, FakeWebContents } from './fake-electron';
import { fakeCore, spyLog } from './fake-core';
import { API_EVENTS, API_METHODS, ApiError, type ApiArgs, type ApiMethod } from '../../shared/api';
import { eventChannel, invokeChannel } from '../../shared/bridge';
import { sampleArgs } from '../support/sample-args';
import {
  UNEXPECTED_MESSAGE,
  UNTRUSTED_MESSAGE,
  bindApi,
  forwardEvents,
  trustedSender,
  type IpcReply,
} from '../../electron/main/ipc';

const APP = 'file:///opt/earshot/out/renderer/index.html';
const fromApp = { senderFrame: { url: `${APP}#/brief` } } as unknown as IpcMainInvokeEvent;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
const fromGoneFrame = { senderFrame: null } as unknown as IpcMainInvokeEvent;

// Built from each method's declared shape, so a new method is covered the moment it is declared.
const SAMPLE_ARGS = Object.fromEntries(API_METHODS.map((m) => [m, sampleArgs(m)])) as { [K in ApiMethod]: ApiArgs<K> };

function invoke(channel: string, event: IpcMainInvokeEvent, args?: unknown): Promise<IpcReply> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, args) as Promise<IpcReply>;
}

describe('bindApi', () => {
  let core: ReturnType<typeof fakeCore>;
  let log: ReturnType<typeof spyLog>;
  beforeEach(() => {
    resetFakes();
    core = fakeCore();
    log = spyLog();
    bindApi(ipcMain, core, trustedSender(APP), log);
  });

  it('binds exactly one channel per Api method and no other', () => {
    expect(new Set(ipcMain.handlers.keys())).toEqual(new Set(API_METHODS.map(invokeChannel)));
    expect(ipcMain.handle).toHaveBeenCalledTimes(API_METHODS.length);
  });

  it.each(API_METHODS)('%s reaches the engine and returns its value', async (method) => {
    const args = SAMPLE_ARGS[method];
    await expect(invoke(invokeChannel(method), fromApp, args)).resolves.toEqual({ ok: true, value: { called: method } });
    expect(core.spies[method]).toHaveBeenCalledWith(args);
  });

  it('treats missing arguments as an empty object', async () => {
    await expect(invoke(invokeChannel('sources.list'), fromApp)).resolves.toEqual({ ok: true, value: { called: 'sources.list' } });
  });

  it('refuses bad arguments with the plain message, without calling the engine', async () => {
    await expect(invoke(invokeChannel('sources.add'), fromApp, { url: 5 })).resolves.toEqual({
      ok: false,
      error: { message: '“url” should be text.', code: 'invalid' },
    });
    await expect(invoke(invokeChannel('sources.list'), fromApp, { sql: 'DROP TABLE x' })).resolves.toEqual({
      ok: false,
      error: { message: '“sources.list” does not take “sql”.', code: 'invalid' },
    });
    await expect(invoke(invokeChannel('conversations.get'), fromApp, 'id')).resolves.toMatchObject({ ok: false });
    expect(core.spies['sources.add']).not.toHaveBeenCalled();
    expect(core.spies['sources.list']).not.toHaveBeenCalled();
  });

  it('refuses untrusted senders', async () => {
    for (const event of [fromElsewhere, fromGoneFrame]) {
      await expect(invoke(invokeChannel('sources.list'), event, {})).resolves.toEqual({
        ok: false,
        error: { message: UNTRUSTED_MESSAGE, code: 'invalid' },
      });
    }
    expect(core.spies['sources.list']).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it("passes an ApiError's sentence and code through", async () => {
    core.spies['conversations.get']!.mockRejectedValueOnce(new ApiError('That conversation is no longer kept.', 'not-found'));
    await expect(invoke(invokeChannel('conversations.get'), fromApp, { id: 'a' })).resolves.toEqual({
      ok: false,
      error: { message: 'That conversation is no longer kept.', code: 'not-found' },
    });
  });

  it('hides unexpected errors behind a plain sentence and logs them in full', async () => {
    const boom = new Error('SQLITE_CORRUPT: database disk image is malformed at /home/ceo/.config');
    core.spies['sync.run']!.mockRejectedValueOnce(boom);
    const reply = await invoke(invokeChannel('sync.run'), fromApp, {});
    expect(reply).toEqual({ ok: false, error: { message: UNEXPECTED_MESSAGE, code: 'failed' } });
    expect(JSON.stringify(reply)).not.toContain('SQLITE');
    expect(log.error).toHaveBeenCalledWith('sync.run failed', boom);
  });

  it('unbinds every channel', () => {
    resetFakes();
    const unbind = bindApi(ipcMain, core, trustedSender(APP), log);
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('bindApi with an engine still starting', () => {
  beforeEach(() => resetFakes());

  it('waits for the engine', async () => {
    const core = fakeCore();
    let ready!: (c: typeof core) => void;
    bindApi(ipcMain, new Promise<typeof core>((r) => (ready = r)), trustedSender(APP), spyLog());
    const pending = invoke(invokeChannel('app.info'), fromApp, {});
    ready(core);
    await expect(pending).resolves.toEqual({ ok: true, value: { called: 'app.info' } });
  });

  it('answers plainly when the engine failed to start', async () => {
    const failed = Promise.reject(new Error('worker crashed'));
    failed.catch(() => {});
    bindApi(ipcMain, failed, trustedSender(APP), spyLog());
    await expect(invoke(invokeChannel('app.info'), fromApp, {})).resolves.toEqual({
      ok: false,
      error: { message: UNEXPECTED_MESSAGE, code: 'failed' },
    });
  });
});

describe('forwardEvents', () => {
  it('sends every engine event to the window on its channel, and stops when asked', () => {
    const core = fakeCore();
    const contents = new FakeWebContents();
    const stop = forwardEvents(core, () => contents as unknown as WebContents);
    expect(core.on.mock.calls.map(([e]) => e).sort()).toEqual([...API_EVENTS].sort());

    const progress = { running: true, done: 1, total: 3, currentSourceId: null } as never;
    core.emit('sync.progress', progress);
    core.emit('sources.changed', {});
    core.emit('conversations.changed', {});
    expect(contents.send.mock.calls).toEqual([
      [eventChannel('sync.progress'), progress],
      [eventChannel('sources.changed'), {}],
      [eventChannel('conversations.changed'), {}],
    ]);

    stop();
    for (const e of API_EVENTS) expect(core.listenerCount(e)).toBe(0);
  });

  it('does not send to a closed window', () => {
    const core = fakeCore();
    const contents = new FakeWebContents();
    contents.destroyed = true;
    forwardEvents(core, () => contents as unknown as WebContents);
    core.emit('sources.changed', {});
    forwardEvents(core, () => null);
    core.emit('sources.changed', {});
    expect(contents.send).not.toHaveBeenCalled();
  });
});
