// What a screen reader hears about syncing: the start and the end of a sync someone asked for, nothing else
// (not the clock moving "Last synced …" on, not each source read, not the engine's own syncs).
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import type { FakeEngine } from './fake-api';
import { renderApp } from './render-app';

const MIN = 60_000;
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';

/** Everything in the header a screen reader would read out when it changes, as one line. */
function spoken(): string {
  const header = document.querySelector('header.header') as HTMLElement;
  return [...header.querySelectorAll(LIVE)].map((el) => el.textContent?.trim()).filter(Boolean).join(' | ');
}

/** Each new line heard, in order: what `spoken()` turned into at every step. */
function recorder() {
  const heard: string[] = [];
  let last = spoken();
  if (last) heard.push(last);
  return {
    heard,
    step() {
      const now = spoken();
      if (now !== last && now) heard.push(now);
      last = now;
    },
  };
}

/** A sync the fake engine finishes only when told, with the summary given (or an error). */
function pendingSync(engine: FakeEngine) {
  let finish: (summary: { failed: number } | Error) => void = () => {};
  engine.api['sync.run'].mockImplementationOnce(
    () =>
      new Promise((resolve, reject) => {
        finish = (s) => (s instanceof Error ? reject(s) : resolve({ startedAt: NOW, finishedAt: NOW, sources: [], added: 0, updated: 0, failed: s.failed }));
      }),
  );
  return (s: { failed: number } | Error) => act(async () => finish(s));
}

function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation()] });
  return { engine, ...renderApp(engine) };
}

describe('Sync, as heard', () => {
  it('stays quiet while the clock moves "Last synced" on and while sources are read; says the start and the end', async () => {
    const { engine, store } = start();
    await screen.findByText('Last synced 10 minutes ago');
    const ear = recorder();
    for (const minutes of [1, 2, 3, 26]) {
      act(() => store.getState().tick(NOW + minutes * MIN));
      ear.step();
    }
    expect(screen.getByText('Last synced 36 minutes ago')).toBeTruthy();

    const finish = pendingSync(engine);
    const button = screen.getByRole('button', { name: 'Sync now' });
    button.focus();
    fireEvent.click(button);
    ear.step();
    // Said to be unavailable while it runs, but still focusable: a disabled button would drop the focus to the page.
    const syncing = screen.getByRole('button', { name: 'Syncing…' });
    expect.soft(syncing.getAttribute('aria-disabled')).toBe('true');
    expect.soft(syncing.hasAttribute('disabled')).toBe(false);
    expect.soft(document.activeElement).toBe(syncing);
    fireEvent.click(syncing);
    expect.soft(engine.api['sync.run']).toHaveBeenCalledTimes(1);
    for (let done = 0; done <= 6; done += 1) {
      act(() => engine.emit('sync.progress', { running: true, done, total: 6, current: null }));
      ear.step();
    }
    // Progress is there to see, and in words on the bar, outside anything that speaks.
    const bar = screen.getByRole('progressbar', { name: 'Sync progress' });
    expect.soft(bar.getAttribute('aria-valuetext')).toBe('6 of 6 sources read');
    expect.soft(bar.closest(LIVE)).toBeNull();
    await finish({ failed: 1 });
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    ear.step();
    expect.soft(screen.getByText(/^Last synced/).closest(LIVE)).toBeNull();

    expect(ear.heard).toEqual(['Syncing…', "Sync finished. 1 source couldn't be read this time. See Sources for details."]);
  });

  it('says plainly when a sync could not finish, and that the next one finished', async () => {
    const { engine } = start();
    await screen.findByText('Last synced 10 minutes ago');
    const ear = recorder();
    const fail = pendingSync(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    ear.step();
    await fail(new Error('Earshot could not reach the engine.'));
    await screen.findByRole('button', { name: 'Sync now' });
    ear.step();
    // The strip under the header shows it too, for the eye: said once, not twice.
    expect(screen.getByText('Earshot could not reach the engine.', { selector: '.sync-error' }).closest(LIVE)).toBeNull();
    const finish = pendingSync(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    ear.step();
    await finish({ failed: 0 });
    await screen.findByText('Last synced just now');
    ear.step();
    expect(ear.heard).toEqual(['Syncing…', 'Earshot could not reach the engine.', 'Syncing…', 'Sync finished.']);
  });

  it("says nothing of the engine's own syncs, nor of the retries while offline", async () => {
    const { engine, store } = start();
    await screen.findByText('Last synced 10 minutes ago');
    const ear = recorder();
    for (const done of [0, 1, 2]) {
      act(() => engine.emit('sync.progress', { running: true, done, total: 2, current: null }));
      ear.step();
    }
    act(() => engine.emit('sync.progress', { running: false, done: 2, total: 2, current: null }));
    ear.step();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    // Offline, the app tries again every few minutes by itself (the offline line already says it is offline).
    act(() => store.setState({ network: { online: false, since: NOW } }));
    const fail = pendingSync(engine);
    act(() => void store.getState().runSync());
    ear.step();
    await fail(new Error('Earshot could not reach the network.'));
    await screen.findByRole('button', { name: 'Sync now' });
    ear.step();
    expect(ear.heard).toEqual([]);
  });
});

describe('The clock "Last synced" is said by', () => {
  it("is the engine's when it runs on a clock of its own (--now), and still moves on", async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation()] });
    const engineNow = NOW + 10 * 60 * MIN;
    const info = await engine.api['app.info']({});
    engine.api['app.info'].mockResolvedValue({ ...info, now: engineNow, lastSyncedAt: engineNow - 5 * MIN });
    const { store } = renderApp(engine);
    // Against this computer's clock the sync would be "in 10 hours" (said as just now); against the engine's, 5 minutes ago.
    await screen.findByText('Last synced 5 minutes ago');
    act(() => store.getState().tick(NOW + 3 * MIN));
    expect(screen.getByText('Last synced 8 minutes ago')).toBeTruthy();
  });

  it("is this computer's when the engine's clock is the same one read a moment earlier", async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation()] });
    const info = await engine.api['app.info']({});
    engine.api['app.info'].mockResolvedValue({ ...info, now: NOW - 2_000 });
    const { store } = renderApp(engine);
    await screen.findByText('Last synced 10 minutes ago');
    expect(store.getState().clockOffset).toBe(0);
  });
});
