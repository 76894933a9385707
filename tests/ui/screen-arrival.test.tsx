// Changing screens is not silent: the window's title names the screen, and picking one in the nav takes the focus
// to its heading (a screen reader says where the reader is). First load and screens opened otherwise keep the focus.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Brief } from '../../shared/brief';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { makeBrief, withBrief } from './brief-fake';

function start(options: { sources?: boolean } = {}) {
  const engine = fakeEngine({ sources: options.sources === false ? [] : [makeSource()], conversations: [makeConversation()] });
  withBrief(engine);
  return { engine, ...renderApp(engine) };
}

/** Picks a screen in the nav the way a keyboard does: focus on the button, then Enter (a click). */
function pick(name: string) {
  const button = within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
  return button;
}

describe('Arriving on a screen', () => {
  it('names the screen in the window title, in the nav’s words, without taking the focus on first load', async () => {
    start();
    await screen.findByText('Last synced 10 minutes ago');
    expect(document.title).toBe('Conversations – Earshot');
    expect(document.activeElement).toBe(document.body);
  });

  it('does not take the focus when a first run opens Sources by itself', async () => {
    start({ sources: false });
    await waitFor(() => expect(document.title).toBe('Sources – Earshot'));
    expect(document.activeElement).toBe(document.body);
  });

  it('takes the focus to the heading of a screen picked in the nav', async () => {
    start();
    await screen.findByText('Last synced 10 minutes ago');
    pick('Settings');
    const settings = await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await waitFor(() => expect(document.activeElement).toBe(settings));
    expect(settings.tabIndex).toBe(-1);
    expect(document.title).toBe('Settings – Earshot');

    // A heading only screen readers see is still where the screen starts.
    pick('Search');
    const search = await screen.findByRole('heading', { level: 1, name: 'Search' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    expect(document.title).toBe('Search – Earshot');

    pick('Names');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    expect(document.title).toBe('Names – Earshot');
  });

  /** Picks the brief while the engine is still putting it together; returns what hands it over. */
  async function pickLoadingBrief() {
    const { engine, store } = start();
    await screen.findByText('Last synced 10 minutes ago');
    // As on a first morning: no brief in hand yet, and the engine takes a moment.
    act(() => store.setState({ brief: null, briefLoaded: false }));
    let arrive: (brief: Brief) => void = () => {};
    engine.api['brief.today'].mockImplementationOnce(() => new Promise<Brief>((resolve) => (arrive = resolve)));
    const button = pick('Brief');
    expect(document.title).toBe('Brief – Earshot');
    return { button, arrive: () => act(async () => arrive(makeBrief())) };
  }

  it('waits for a heading that comes with what the screen loads', async () => {
    const { button, arrive } = await pickLoadingBrief();
    expect(document.activeElement).toBe(button);
    await arrive();
    const heading = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('does not take the focus back once the reader has moved on before the heading came', async () => {
    const { arrive } = await pickLoadingBrief();
    const sync = screen.getByRole('button', { name: 'Sync now' });
    sync.focus();
    await arrive();
    await screen.findByRole('heading', { level: 1 });
    expect(document.activeElement).toBe(sync);
  });

  it('leaves the focus where it is when a screen opens some other way', async () => {
    const { store } = start();
    await screen.findByText('Last synced 10 minutes ago');
    const sync = screen.getByRole('button', { name: 'Sync now' });
    sync.focus();
    act(() => store.getState().setScreen('settings'));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.title).toBe('Settings – Earshot');
    expect(document.activeElement).toBe(sync);
  });
});
