import { describe, expect, it } from 'vitest';
import type { vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../shared/follow';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';
import { withFollow } from './follow-fake';
import { recordDownloads } from './downloads';

const clicked = recordDownloads();

const maya: Person = { id: 'p1', name: 'Maya Lind', email: 'maya@kestrel.example', team: 'R&D', owns: ['battery'], addedAt: NOW };

async function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c1' })] });
  withReading(engine);
  const data = withFollow(engine, { people: [maya] });
  renderApp(engine);
  await screen.findByRole('button', { name: /The battery lasts half a day/ });
  return { engine, data };
}

describe('the follow-ups ledger', () => {
  it('reads a forwarded conversation in Earshot, with the original page beside it', async () => {
    const { engine } = await start();
    await engine.api['forwards.create']({ conversationId: 'c1', personId: 'p1', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Follow-ups' }));
    const open = await screen.findByRole('list', { name: 'Open' });
    expect(within(open).getByRole('link', { name: 'Where it was said' }).getAttribute('target')).toBe('_blank');
    fireEvent.click(within(open).getByRole('button', { name: 'Read it' }));
    expect(await screen.findByRole('article', { name: 'The battery lasts half a day' })).toBeTruthy();
  });

  it('groups forwards by status and moves one along with notes, keeping its history', async () => {
    const { engine, data } = await start();
    await engine.api['forwards.create']({ conversationId: 'c1', personId: 'p1', note: 'Please look' });
    fireEvent.click(screen.getByRole('button', { name: 'Follow-ups' }));
    const open = await screen.findByRole('list', { name: 'Open' });
    expect(open.textContent).toContain('To Maya Lind');
    expect(open.textContent).toContain('Please look');
    // One small form at a time: asking for a reminder puts away the half-made move, and the other way round.
    fireEvent.click(within(open).getByRole('button', { name: 'Remind me' }));
    expect(document.activeElement).toBe(within(open).getByLabelText(/Remind me on/));
    fireEvent.click(within(open).getByRole('button', { name: 'Mark as answered' }));
    expect(within(open).queryByRole('form', { name: 'Reminder' })).toBeNull();
    expect(document.activeElement).toBe(within(open).getByLabelText('A short note (optional)'));
    fireEvent.click(within(open).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(within(open).getByRole('button', { name: 'Mark as answered' }));
    fireEvent.change(within(open).getByLabelText('A short note (optional)'), { target: { value: 'Maya wrote back' } });
    fireEvent.click(within(open).getByRole('button', { name: 'Mark as answered' }));
    const answered = await screen.findByRole('list', { name: 'Answered' });
    expect(engine.api['forwards.update']).toHaveBeenCalledWith({ id: 'f1', status: 'answered', note: 'Maya wrote back', replyLink: undefined });
    expect(screen.queryByRole('list', { name: 'Open' })).toBeNull();

    fireEvent.click(within(answered).getByRole('button', { name: 'Mark as customer told' }));
    fireEvent.change(within(answered).getByLabelText('Link to the public reply (optional)'), { target: { value: 'https://forum.example/t/1#r9' } });
    fireEvent.click(within(answered).getByRole('button', { name: 'Mark as customer told' }));
    const told = await screen.findByRole('list', { name: 'Customer told' });
    expect(within(told).getByRole('link', { name: 'The public reply' }).getAttribute('href')).toBe('https://forum.example/t/1#r9');

    fireEvent.click(within(told).getByRole('button', { name: 'Mark as closed' }));
    fireEvent.click(within(told).getByRole('button', { name: 'Mark as closed' }));
    const closed = await screen.findByRole('list', { name: 'Closed' });
    expect(data.forwards[0]!.status).toBe('closed');

    fireEvent.click(within(closed).getByRole('button', { name: 'History' }));
    const history = await within(closed).findByRole('list', { name: /History of/ });
    expect([...history.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Open — Please look$/),
      expect.stringMatching(/Answered — Maya wrote back$/),
      expect.stringMatching(/Customer told$/),
      expect.stringMatching(/Closed$/),
    ]);
    expect(document.querySelector('.problem')).toBeNull();
  });

  it('offers a proposal calmly and acts on it only when asked', async () => {
    const { engine } = await start();
    await engine.api['forwards.create']({ conversationId: 'c1', personId: 'p1', note: '' });
    engine.api['forwards.proposals'].mockImplementation(async () => [
      { forwardId: 'f1', conversationId: 'c1', status: 'customer-told', replyId: 'r1', replyLink: 'https://example.com/r1', replyAuthor: 'Kestrel Support', replyAt: NOW, reason: '' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Follow-ups' }));
    const suggestions = await screen.findByRole('list', { name: 'Suggestions' });
    expect(suggestions.textContent).toContain('Kestrel Support replied in the thread — mark as customer told?');
    expect(engine.api['forwards.update']).not.toHaveBeenCalled();
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Mark as customer told' }));
    await waitFor(() =>
      expect(engine.api['forwards.update']).toHaveBeenCalledWith({
        id: 'f1',
        status: 'customer-told',
        note: 'Kestrel Support replied in the thread.',
        replyLink: 'https://example.com/r1',
      }),
    );
  });

  it('sets and clears a reminder', async () => {
    const { engine } = await start();
    await engine.api['forwards.create']({ conversationId: 'c1', personId: 'p1', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Follow-ups' }));
    const open = await screen.findByRole('list', { name: 'Open' });
    fireEvent.click(within(open).getByRole('button', { name: 'Remind me' }));
    fireEvent.change(within(open).getByLabelText(/^Remind me on/), { target: { value: '2026-03-09' } });
    fireEvent.click(within(open).getByRole('button', { name: 'Save the reminder' }));
    await waitFor(() => expect(engine.api['forwards.update']).toHaveBeenCalledWith({ id: 'f1', remindAt: new Date(2026, 2, 9, 9).getTime() }));
    await within(open).findByText(/reminder /);
    fireEvent.click(within(open).getByRole('button', { name: 'Change the reminder' }));
    fireEvent.change(within(open).getByLabelText(/^Remind me on/), { target: { value: '' } });
    fireEvent.click(within(open).getByRole('button', { name: 'Save the reminder' }));
    await waitFor(() => expect(engine.api['forwards.update']).toHaveBeenCalledWith({ id: 'f1', clearReminder: true }));
  });

  it('exports the ledger as a CSV download', async () => {
    const { engine } = await start();
    await engine.api['forwards.create']({ conversationId: 'c1', personId: 'p1', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Follow-ups' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save as a spreadsheet' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('earshot-follow-ups-2026-03-04.csv');
    expect(clicked[0]!.href).toBe('blob:earshot/1');
    const blob = (URL.createObjectURL as unknown as ReturnType<typeof vi.fn>).mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    // jsdom's Blob has no text(); FileReader reads it.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toBe('Conversation\r\n');
  });
});

describe('people', () => {
  it('adds someone with what they own, edits and removes them', async () => {
    const { data } = await start();
    fireEvent.click(screen.getByRole('button', { name: 'People' }));
    const list = await screen.findByRole('list', { name: 'People' });
    await within(list).findByText('Maya Lind');

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Theo Park' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'theo@kestrel.example' } });
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'Delivery' } });
    const owns = screen.getByLabelText(/^Owns/);
    fireEvent.change(owns, { target: { value: 'delivery times, ' } });
    fireEvent.keyDown(owns, { key: 'Enter' });
    fireEvent.change(owns, { target: { value: 'shipping' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await within(list).findByText('Theo Park');
    expect(data.people.find((p) => p.name === 'Theo Park')).toMatchObject({ email: 'theo@kestrel.example', team: 'Delivery', owns: ['delivery times', 'shipping'] });
    expect([...list.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['battery', 'delivery times', 'shipping']);

    fireEvent.click(within(list).getByRole('button', { name: 'Edit Maya Lind' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Take away battery' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(data.people.find((p) => p.id === 'p1')?.owns).toEqual([]));

    fireEvent.click(await within(list).findByRole('button', { name: 'Remove Theo Park' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Keep Theo Park' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Theo Park' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(list).queryByText('Theo Park')).toBeNull());
    expect(data.people.map((p) => p.name)).toEqual(['Maya Lind']);
  });
});
