import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { keyAction, step } from '../../renderer/src/lib/keyboard';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { ROW_HEIGHT } from '../../renderer/src/components/reader/row-height';
import { withReading } from './read-helpers';

const many = Array.from({ length: 3000 }, (_, i) =>
  makeConversation({ id: `c${i}`, title: `Thread number ${i}`, publishedAt: NOW - i * 60_000 }),
);

function start(conversations = many.slice(0, 5)) {
  const engine = fakeEngine({ sources: [makeSource()], conversations });
  withReading(engine);
  const view = renderApp(engine);
  return { engine, view };
}

const press = (key: string, target: Window | Element = window) => fireEvent.keyDown(target, { key });

describe('keyboard', () => {
  it('maps keys to actions, with g as the start of a two-key shortcut', () => {
    expect(keyAction({ key: 'j' }, false)).toBe('next');
    expect(keyAction({ key: 'g' }, false)).toBe('chord');
    expect(keyAction({ key: 'b' }, true)).toBe('go-brief');
    expect(keyAction({ key: 'b' }, false)).toBe('bookmark');
    expect(keyAction({ key: 'j', ctrlKey: true }, false)).toBeNull();
    expect(step(['a', 'b', 'c'], null, 1)).toBe('a');
    expect(step(['a', 'b', 'c'], 'c', 1)).toBe('c');
    expect(step(['a', 'b', 'c'], 'b', -1)).toBe('a');
  });

  it('moves through conversations with j and k, and hands b and f to the follow-ups actions', async () => {
    const { view } = start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    const bookmark = vi.fn();
    const forward = vi.fn();
    view.store.setState({ toggleBookmark: bookmark, forward });
    press('j');
    await screen.findByRole('article', { name: 'Thread number 0' });
    press('j');
    press('j');
    await screen.findByRole('article', { name: 'Thread number 2' });
    press('k');
    await screen.findByRole('article', { name: 'Thread number 1' });
    press('b');
    press('f');
    expect(bookmark).toHaveBeenCalledWith('c1');
    expect(forward).toHaveBeenCalledWith('c1');
  });

  it('acts on a conversation only where the list is in view', async () => {
    const { view } = start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    const bookmark = vi.fn();
    view.store.setState({ toggleBookmark: bookmark });
    press('j');
    await screen.findByRole('article', { name: 'Thread number 0' });
    press('g');
    press('s');
    expect(view.store.getState().screen).toBe('sources');
    press('b');
    press('j');
    expect(bookmark).not.toHaveBeenCalled();
    expect(view.store.getState().selectedId).toBe('c0');
  });

  it('goes back and forward between screens with Alt+arrows, as the window history does', async () => {
    const { view } = start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kept' }));
    expect(view.store.getState().screen).toBe('kept');
    fireEvent.keyDown(window, { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(view.store.getState().screen).toBe('sources'));
    fireEvent.keyDown(window, { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(view.store.getState().screen).toBe('conversations'));
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(view.store.getState().screen).toBe('sources'));
  });

  it('keeps the focus inside the keys help', async () => {
    start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    press('?');
    const help = await screen.findByRole('dialog', { name: 'Keys' });
    const close = within(help).getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    // Tab from the last control comes back to the first (the browser's own move is cancelled).
    expect(fireEvent.keyDown(close, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens help with ?, closes it with Escape, goes to the brief with g then b, and ignores keys typed in fields', async () => {
    const { view } = start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    press('?');
    expect(await screen.findByRole('dialog', { name: 'Keys' })).toBeTruthy();
    press('Escape');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    press('/');
    const input = await screen.findByRole('searchbox');
    press('j', input);
    expect(view.store.getState().selectedId).toBeNull();
    press('g');
    press('b');
    expect(view.store.getState().screen).toBe('brief');
  });
});

describe('lists', () => {
  it('are one Tab stop; the arrow keys, Home and End move through the rows, opening each', async () => {
    start();
    const first = await screen.findByRole('button', { name: /Thread number 0/ });
    const list = screen.getByRole('list', { name: 'Conversations' });
    const tabbable = () => [...list.querySelectorAll('button')].filter((b) => b.tabIndex === 0).map((b) => b.dataset.id);
    expect(tabbable()).toEqual(['c0']);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await screen.findByRole('article', { name: 'Thread number 1' });
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c1'));
    expect(tabbable()).toEqual(['c1']);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await screen.findByRole('article', { name: 'Thread number 4' });
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe('c4'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await screen.findByRole('article', { name: 'Thread number 3' });
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await screen.findByRole('article', { name: 'Thread number 0' });
    expect(tabbable()).toEqual(['c0']);
  });

  it('keeps only the rows in view in the page, even with thousands of conversations', async () => {
    start(many);
    await screen.findAllByRole('button', { name: /Thread number 0/ });
    const rows = screen.getByRole('list', { name: 'Conversations' }).querySelectorAll('li');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
  });
});

describe('search', () => {
  it('says what to do before the first search, and does not ask to choose from nothing', async () => {
    start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('searchbox');
    expect(screen.getByText(/^Type a word or two/)).toBeTruthy();
    expect(screen.queryByText('Choose a conversation to read it here.')).toBeNull();
  });

  it('shows results as you type, with the found words marked and nothing else let through', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { engine } = start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const input = await screen.findByRole('searchbox');
    fireEvent.change(input, { target: { value: 'numb' } });
    fireEvent.change(input, { target: { value: 'number 3' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400);
    });
    // Debounced: one query for the last thing typed.
    expect(engine.api['search.query']).toHaveBeenCalledTimes(1);
    expect(engine.api['search.query']).toHaveBeenCalledWith({ text: 'number 3', limit: 50 });
    const result = await screen.findByRole('button', { name: /Thread number 3/ });
    expect(result.querySelector('.item-title mark')?.textContent).toBe('number 3');
    const snippet = result.querySelector('[data-testid="snippet"]')!;
    expect(snippet.querySelector('mark')?.textContent).toBe('number 3');
    expect(snippet.querySelector('img')).toBeNull();
    expect(snippet.textContent).toContain('<b>');
    fireEvent.click(result);
    await screen.findByRole('article', { name: 'Thread number 3' });
  });

  it('says "more than 1,000" past the counting cap and fetches the next page when the end is scrolled to', async () => {
    const { engine } = start(many);
    await screen.findAllByRole('button', { name: /Thread number 0/ });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.change(await screen.findByRole('searchbox'), { target: { value: 'Thread' } });
    expect(await screen.findByText('More than 1,000 found, the newest 50 shown')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Search results, newest first' }).parentElement!;
    list.scrollTop = 50 * ROW_HEIGHT;
    fireEvent.scroll(list);
    await screen.findByText('More than 1,000 found, the newest 100 shown');
    expect(engine.api['search.query']).toHaveBeenLastCalledWith({ text: 'Thread', limit: 50, offset: 50 });
  });

  it('passes the filters to the engine', async () => {
    const { engine } = start();
    await screen.findByRole('button', { name: /Thread number 0/ });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Tone' }), { target: { value: 'unhappy' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'When' }), { target: { value: 'week' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kept' }));
    await waitFor(() =>
      expect(engine.api['search.query']).toHaveBeenLastCalledWith({ text: '', limit: 50, tone: 'unhappy', from: NOW - 7 * 86_400_000, bookmarked: true }),
    );
  });
});
