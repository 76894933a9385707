// Where the keys act and where the focus goes: one-letter keys only where they are meant, the arrows in a narrow
// window, the keys help giving the focus back, and what a screen reader is told about the virtual list.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';

const threads = Array.from({ length: 5 }, (_, i) => makeConversation({ id: `c${i}`, title: `Thread number ${i}`, publishedAt: NOW - i * 60_000 }));

function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: threads });
  withReading(engine);
  const view = renderApp(engine);
  return { engine, view };
}

const press = (target: Element, key: string) => fireEvent.keyDown(target, { key });
const row = (name: string) => screen.findByRole('button', { name: new RegExp(name) });
const screensNav = () => screen.getByRole('navigation', { name: 'Screens' });

/** A window `width` px wide, as far as CSS media queries asked from script can tell (jsdom has no layout). */
function windowWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*(\d+)px/.exec(query);
    const min = /min-width:\s*(\d+)px/.exec(query);
    const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
    return { matches, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false };
  });
}

describe('one-letter keys', () => {
  it('act from a row or the conversation (its buttons too), not from a button elsewhere; ? works from anywhere', async () => {
    const { view } = start();
    fireEvent.click(await row('Thread number 0'));
    const article = await screen.findByRole('article', { name: 'Thread number 0' });
    const bookmark = vi.fn();
    const forward = vi.fn();
    view.store.setState({ toggleBookmark: bookmark, forward });

    const sources = within(screensNav()).getByRole('button', { name: 'Sources' });
    sources.focus();
    for (const key of ['b', 'f', 'j', 'k', '/', 'g', 's']) press(sources, key);
    expect(bookmark).not.toHaveBeenCalled();
    expect(forward).not.toHaveBeenCalled();
    expect(view.store.getState().selectedId).toBe('c0');
    expect(view.store.getState().screen).toBe('conversations');

    press(sources, '?');
    const help = await screen.findByRole('dialog', { name: 'Keys' });
    fireEvent.click(within(help).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const first = await row('Thread number 0');
    press(first, 'b');
    expect(bookmark).toHaveBeenCalledWith('c0');
    press(article, 'j');
    await screen.findByRole('article', { name: 'Thread number 1' });
    press(document.body, 'f');
    expect(forward).toHaveBeenCalledWith('c1');
    // The screen's heading, where the focus lands on arriving from the navigation, is the page as far as keys go.
    press(document.querySelector('main h1')!, 'j');
    const third = await screen.findByRole('article', { name: 'Thread number 2' });
    // The reader's own buttons are part of it: Keep (or a text size) clicked, then j goes on to the next.
    press(within(third).getByRole('button', { name: 'Smaller text' }), 'j');
    await screen.findByRole('article', { name: 'Thread number 3' });
  });
});

describe('the arrow keys in a narrow window', () => {
  it('move the focus along the rows without opening them (that would hide the list); Enter opens', async () => {
    windowWidth(720);
    const { view } = start();
    const first = await row('Thread number 0');
    first.focus();
    press(first, 'ArrowDown');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c1'));
    press(document.activeElement!, 'End');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c4'));
    expect(view.store.getState().selectedId).toBeNull();
    expect(screen.queryByRole('article', { name: /Thread/ })).toBeNull();
    // The row the focus is on is the list's one Tab stop, so Tab away and back returns to it.
    const list = screen.getByRole('list', { name: 'Conversations' });
    expect([...list.querySelectorAll('button')].filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).toEqual(['c4']);
    // A button's Enter is its click.
    fireEvent.click(document.activeElement!);
    await screen.findByRole('article', { name: 'Thread number 4' });
  });
});

describe('the keys help', () => {
  it('gives the focus back to what opened it, on Escape or Close', async () => {
    start();
    const first = await row('Thread number 0');
    first.focus();
    press(first, '?');
    const help = await screen.findByRole('dialog', { name: 'Keys' });
    expect(document.activeElement).toBe(within(help).getByRole('button', { name: 'Close' }));
    press(document.activeElement!, 'Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(first);

    const sources = within(screensNav()).getByRole('button', { name: 'Sources' });
    sources.focus();
    press(sources, '?');
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Keys' })).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(sources);
  });
});

describe('the conversation list, read out', () => {
  it('says where each row is in the whole list, though only the rows in view are in the page', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: threads });
    engine.api['conversations.list'].mockImplementation(async ({ before }: { before?: string } = {}) => ({
      items: before ? [] : threads.slice(0, 3),
      nextCursor: before ? null : 'more',
      total: 208,
      notListed: { muted: 0, elsewhere: 0, repeats: 0, replies: 0 },
    }));
    renderApp(engine);
    await row('Thread number 0');
    const items = [...screen.getByRole('list', { name: 'Conversations' }).querySelectorAll('li')];
    expect(items.map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).toEqual([
      ['1', '208'],
      ['2', '208'],
      ['3', '208'],
    ]);
  });

  it('is a labelled region, not a second navigation landmark, and the dot before "not listed" is not read out', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: threads });
    engine.notListed = { muted: 0, elsewhere: 3, repeats: 9, replies: 1 };
    renderApp(engine);
    const list = await screen.findByRole('region', { name: 'Conversations, newest first' });
    expect(screen.queryByRole('navigation', { name: 'Conversations, newest first' })).toBeNull();
    const summary = await within(list).findByText('13 not listed');
    expect(summary.tagName).toBe('SUMMARY');
    const dot = summary.parentElement!.previousElementSibling!;
    expect(dot.getAttribute('aria-hidden')).toBe('true');
    expect(dot.textContent?.trim()).toBe('·');
  });
});
