import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';
import { withFollow } from './follow-fake';

function start() {
  const engine = fakeEngine({
    sources: [makeSource(), makeSource({ id: 's2', title: 'Rider forum' })],
    conversations: [
      makeConversation({ id: 'c1', title: 'The battery lasts half a day' }),
      makeConversation({ id: 'c2', sourceId: 's2', sourceTitle: 'Rider forum', title: 'Delivery took six weeks', excerpt: 'Six weeks.' }),
    ],
  });
  withReading(engine);
  const data = withFollow(engine);
  const view = renderApp(engine);
  return { engine, data, view };
}

async function openFirst() {
  fireEvent.click(await screen.findByRole('button', { name: /The battery lasts half a day/ }));
  return screen.findByRole('article', { name: 'The battery lasts half a day' });
}

describe('keeping conversations', () => {
  it('keeps and lets go from the reading pane, saying so calmly in the list', async () => {
    const { engine, data } = start();
    const article = await openFirst();
    fireEvent.click(within(article).getByRole('button', { name: 'Keep' }));
    await within(article).findByText('Kept', { selector: '.kept-word' });
    expect(engine.api['bookmarks.add']).toHaveBeenCalledWith({ conversationId: 'c1', note: undefined });
    expect(data.bookmarks.has('c1')).toBe(true);
    const item = screen.getByRole('button', { name: /The battery lasts half a day/ });
    await waitFor(() => expect(item.textContent).toContain('Kept'));
    expect(within(article).getByRole('status').textContent).toBe('Kept.');

    fireEvent.click(within(article).getByRole('button', { name: 'Let it go' }));
    await within(article).findByRole('button', { name: 'Keep' });
    expect(data.bookmarks.has('c1')).toBe(false);
    await waitFor(() => expect(item.textContent).not.toContain('Kept'));
  });

  it('toggles with the b key, and keeps with a note', async () => {
    const { data } = start();
    const article = await openFirst();
    fireEvent.keyDown(window, { key: 'b' });
    await waitFor(() => expect(data.bookmarks.has('c1')).toBe(true));
    fireEvent.keyDown(window, { key: 'b' });
    await waitFor(() => expect(data.bookmarks.has('c1')).toBe(false));

    fireEvent.click(await within(article).findByRole('button', { name: 'Keep with a note' }));
    // The note has the focus at once, so what is typed goes into it and not to the app's keys.
    expect(document.activeElement).toBe(within(article).getByLabelText('Your note'));
    fireEvent.change(within(article).getByLabelText('Your note'), { target: { value: 'Ask Maya about the cold' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Keep with this note' }));
    await within(article).findByText('Ask Maya about the cold');
    expect(data.bookmarks.get('c1')?.note).toBe('Ask Maya about the cold');
  });

  it('lists kept conversations with filters by words and source, and edits notes', async () => {
    const { engine, data } = start();
    await screen.findByRole('button', { name: /Delivery took six weeks/ });
    await engine.api['bookmarks.add']({ conversationId: 'c1', note: 'Battery: call back' });
    await engine.api['bookmarks.add']({ conversationId: 'c2', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Kept' }));
    const list = await screen.findByRole('list', { name: 'Kept conversations' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));

    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 's2' } });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(list.textContent).toContain('Delivery took six weeks');
    expect(engine.api['bookmarks.list']).toHaveBeenCalledWith({ query: undefined, sourceId: 's2' });

    fireEvent.change(screen.getByLabelText('Source'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Words'), { target: { value: 'call back' } });
    await waitFor(() => expect(engine.api['bookmarks.list']).toHaveBeenCalledWith({ query: 'call back', sourceId: undefined }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(list.textContent).toContain('Battery: call back');

    fireEvent.click(within(list).getByRole('button', { name: 'Edit the note' }));
    fireEvent.change(within(list).getByLabelText('Your note'), { target: { value: 'Battery: called, fixed' } });
    fireEvent.click(within(list).getByRole('button', { name: 'Save the note' }));
    await waitFor(() => expect(data.bookmarks.get('c1')?.note).toBe('Battery: called, fixed'));
    expect(screen.getByRole('navigation', { name: 'Screens' }).textContent).not.toMatch(/\d/);
  });
});
