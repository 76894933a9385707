// The list beside the reading pane: in a narrow window they take turns (CSS reads data-shown), and the list's rows
// are placed by their measured heights, so a one-line title leaves no gap.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { VirtualList } from '../../renderer/src/components/reader/VirtualList';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';

function start() {
  const engine = fakeEngine({
    sources: [makeSource()],
    conversations: [
      makeConversation({ id: 'c1', title: 'The battery lasts half a day' }),
      makeConversation({ id: 'c2', title: 'Delivery took six weeks', publishedAt: NOW - 5 * 3_600_000 }),
    ],
  });
  withReading(engine);
  return renderApp(engine);
}

const split = () => document.querySelector('.split') as HTMLElement;

describe('the list and the reading pane', () => {
  it('shows the conversation once one is opened, and the list again on the way back', async () => {
    const view = start();
    fireEvent.click(await screen.findByRole('button', { name: /Delivery took six weeks/ }));
    await screen.findByRole('article', { name: 'Delivery took six weeks' });
    expect(split().dataset.shown).toBe('reading');
    fireEvent.click(screen.getByRole('button', { name: 'All conversations' }));
    expect(split().dataset.shown).toBe('list');
    // Still the one just read, marked in the list.
    expect(view.store.getState().selectedId).toBe('c2');
    fireEvent.click(screen.getByRole('button', { name: /Delivery took six weeks/ }));
    expect(split().dataset.shown).toBe('reading');
  });

  it('comes back to Conversations on the list, and to the conversation when the brief opens one', async () => {
    const view = start();
    fireEvent.click(await screen.findByRole('button', { name: /Delivery took six weeks/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Brief' }));
    fireEvent.click(screen.getByRole('button', { name: 'Conversations' }));
    expect(split().dataset.shown).toBe('list');
    view.store.getState().openBriefItem('c1');
    expect(view.store.getState().screen).toBe('conversations');
    await screen.findByRole('article', { name: 'The battery lasts half a day' });
    expect(split().dataset.shown).toBe('reading');
  });

  it('leads back to the brief from a conversation the brief opened, and to the list once another is picked there', async () => {
    const view = start();
    await screen.findByRole('button', { name: /Delivery took six weeks/ });
    view.store.getState().openBriefItem('c1');
    await screen.findByRole('article', { name: 'The battery lasts half a day' });
    expect(screen.queryByRole('button', { name: 'All conversations' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the brief' }));
    expect(view.store.getState().screen).toBe('brief');

    view.store.getState().openBriefItem('c1');
    await screen.findByRole('article', { name: 'The battery lasts half a day' });
    fireEvent.click(screen.getByRole('button', { name: /Delivery took six weeks/ }));
    await screen.findByRole('article', { name: 'Delivery took six weeks' });
    fireEvent.click(screen.getByRole('button', { name: 'All conversations' }));
    expect(view.store.getState().screen).toBe('conversations');
    expect(split().dataset.shown).toBe('list');
  });
});

describe('VirtualList', () => {
  it('places each row under the one before by its measured height, not a fixed one', () => {
    // jsdom lays nothing out: give rows the heights a browser would (a one-line title makes a shorter row).
    const heights: Record<string, number> = { a: 80, b: 120, c: 95 };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const h = heights[(this as HTMLElement).dataset?.key ?? ''] ?? 0;
      return { x: 0, y: 0, top: 0, left: 0, right: 100, bottom: h, width: 100, height: h, toJSON: () => ({}) } as DOMRect;
    });
    const keys = ['a', 'b', 'c'];
    render(<VirtualList count={3} estimatedRowHeight={116} rowKey={(i) => keys[i]!} renderRow={(i) => <span>row {keys[i]}</span>} label="Rows" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.style.top)).toEqual(['0px', '80px', '200px']);
    expect(screen.getByRole('list', { name: 'Rows' }).style.height).toBe('295px');
  });

  it('uses the estimate for rows not laid out yet', () => {
    render(<VirtualList count={3} estimatedRowHeight={116} rowKey={(i) => `k${i}`} renderRow={(i) => <span>row {i}</span>} label="Rows" />);
    expect(screen.getAllByRole('listitem').map((li) => li.style.top)).toEqual(['0px', '116px', '232px']);
  });
});
