// A line that answers something just done belongs to the screen where it was done: it never follows the reader.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';
import { withFollow } from './follow-fake';

function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c1', title: 'The battery lasts half a day' })] });
  withReading(engine);
  withFollow(engine);
  const view = renderApp(engine, { screen: 'people' });
  return { engine, view };
}

describe('messages about what was just done', () => {
  it('"Jo Park added." stays on People and is not shown by the reader afterwards', async () => {
    const { view } = start();
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Jo Park' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Jo Park added.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Conversations' }));
    fireEvent.click(await screen.findByRole('button', { name: /The battery lasts half a day/ }));
    await screen.findByRole('article', { name: 'The battery lasts half a day' });
    expect(screen.queryByText('Jo Park added.')).toBeNull();
    expect(view.store.getState().followNotice).toBeNull();
  });

  it('a problem typing a source’s address is gone after visiting another screen', async () => {
    start();
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add source' }));
    expect(await screen.findByText('Type the address of a source first.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Brief' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    await screen.findByRole('list', { name: 'Your sources' });
    expect(screen.queryByText('Type the address of a source first.')).toBeNull();
  });

  it('staying on the same screen keeps the line', async () => {
    start();
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Jo Park' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Jo Park added.');
    fireEvent.click(screen.getByRole('button', { name: 'People' }));
    await waitFor(() => expect(screen.getByText('Jo Park added.')).toBeTruthy());
  });
});
