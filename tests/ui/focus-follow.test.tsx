// Where the focus goes after an action that swaps or removes the control it was on, in the reader and the
// follow-ups screens (the audit's finding 2; People's remove question is finding 10). Each action is pressed on
// a focused control, as from the keyboard; without a move on purpose the focus would fall to <main>.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../shared/follow';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';
import { withFollow } from './follow-fake';
import { makeBrief, withBrief } from './brief-fake';

const maya: Person = { id: 'p1', name: 'Maya Lind', email: 'maya@kestrel.example', team: 'R&D', owns: ['battery', 'range'], addedAt: NOW };
const theo: Person = { id: 'p2', name: 'Theo Park', email: null, team: null, owns: [], addedAt: NOW };

async function start(people: Person[] = [maya, theo]) {
  const engine = fakeEngine({
    sources: [makeSource()],
    conversations: [
      makeConversation({ id: 'c1', title: 'The battery lasts half a day' }),
      makeConversation({ id: 'c2', title: 'Delivery took six weeks' }),
    ],
  });
  withReading(engine);
  const data = withFollow(engine, { people });
  const view = renderApp(engine);
  await screen.findByRole('button', { name: /Delivery took six weeks/ });
  return { engine, data, view };
}

/** Enter on a control: it has the focus, then acts (fireEvent.click alone moves no focus). */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

const focused = () => document.activeElement;

describe('focus in the reader', () => {
  it('goes from Keep to Let it go and back', async () => {
    await start();
    fireEvent.click(screen.getByRole('button', { name: /The battery lasts half a day/ }));
    const article = await screen.findByRole('article', { name: 'The battery lasts half a day' });
    press(within(article).getByRole('button', { name: 'Keep' }));
    const letGo = await within(article).findByRole('button', { name: 'Let it go' });
    await waitFor(() => expect(focused()).toBe(letGo));
    press(letGo);
    const keep = await within(article).findByRole('button', { name: 'Keep' });
    await waitFor(() => expect(focused()).toBe(keep));
  });

  it('leaves the focus alone when it was not on the control that went', async () => {
    const { view, data } = await start();
    fireEvent.click(screen.getByRole('button', { name: /The battery lasts half a day/ }));
    await screen.findByRole('article', { name: 'The battery lasts half a day' });
    const row = screen.getByRole('button', { name: /Delivery took six weeks/ });
    row.focus();
    row.blur();
    view.store.getState().toggleBookmark('c1');
    await waitFor(() => expect(data.bookmarks.has('c1')).toBe(true));
    await screen.findByRole('button', { name: 'Let it go' });
    expect(focused()).not.toBe(screen.getByRole('button', { name: 'Let it go' }));
  });

  it('gives the focus back to the note button when the note form is put away', async () => {
    await start();
    fireEvent.click(screen.getByRole('button', { name: /The battery lasts half a day/ }));
    const article = await screen.findByRole('article', { name: 'The battery lasts half a day' });
    press(within(article).getByRole('button', { name: 'Keep with a note' }));
    press(within(article).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(within(article).getByRole('button', { name: 'Keep with a note' }));
    press(within(article).getByRole('button', { name: 'Keep with a note' }));
    fireEvent.change(within(article).getByLabelText('Your note'), { target: { value: 'Call Dana' } });
    press(within(article).getByRole('button', { name: 'Keep with this note' }));
    // Kept now: the note button is Edit the note.
    const edit = await within(article).findByRole('button', { name: 'Edit the note' });
    await waitFor(() => expect(focused()).toBe(edit));
  });

  it('goes to the title of a conversation a brief item opened', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c2', title: 'The battery lasts half a day' })] });
    withReading(engine);
    withBrief(engine, { today: makeBrief({ questions: [], followUps: [] }) });
    renderApp(engine, { screen: 'brief' });
    press((await screen.findAllByRole('button', { name: /The battery lasts half a day/ }))[0]!);
    const title = await screen.findByRole('heading', { level: 2, name: 'The battery lasts half a day' });
    await waitFor(() => expect(focused()).toBe(title));
    expect(title.id).toBe('reading-title');
    // And back on the item that opened it.
    press(screen.getByRole('button', { name: 'Back to the brief' }));
    await waitFor(() => expect((focused() as HTMLElement | null)?.dataset.conversation).toBe('c2'));
    expect((focused() as HTMLElement).closest('.brief')).not.toBeNull();
  });
});

describe('focus on Kept', () => {
  async function kept() {
    const started = await start();
    await started.engine.api['bookmarks.add']({ conversationId: 'c1', note: '' });
    await started.engine.api['bookmarks.add']({ conversationId: 'c2', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Kept' }));
    const list = await screen.findByRole('list', { name: 'Kept conversations' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    return { ...started, list };
  }

  it('ties each item’s alike-named controls to its title', async () => {
    const { list } = await kept();
    const [first, second] = within(list).getAllByRole('button', { name: 'Read it' });
    const described = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(described(first!)).toBe('The battery lasts half a day');
    expect(described(second!)).toBe('Delivery took six weeks');
    expect(described(within(list).getAllByRole('link', { name: 'Where it was said' })[1]!)).toBe('Delivery took six weeks');
    expect(described(within(list).getAllByRole('button', { name: 'Let it go' })[0]!)).toBe('The battery lasts half a day');
  });

  it('goes on to the next item after Let it go, and to the heading when none is left', async () => {
    const { list } = await kept();
    press(within(list).getAllByRole('button', { name: 'Let it go' })[0]!);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() => expect(focused()).toBe(within(list).getByRole('button', { name: 'Read it' })));
    press(within(list).getByRole('button', { name: 'Let it go' }));
    await waitFor(() => expect(within(list).queryAllByRole('listitem')).toHaveLength(0));
    await waitFor(() => expect(focused()).toBe(screen.getByRole('heading', { level: 1, name: 'Kept' })));
  });

  it('puts the focus in the note when it opens, and back on its button when put away', async () => {
    const { list } = await kept();
    press(within(list).getAllByRole('button', { name: 'Add a note' })[0]!);
    expect(focused()).toBe(within(list).getByLabelText('Your note'));
    press(within(list).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(within(list).getAllByRole('button', { name: 'Add a note' })[0]);
  });

  it('goes to the title of the conversation Read it opened', async () => {
    const { list } = await kept();
    press(within(list).getAllByRole('button', { name: 'Read it' })[1]!);
    const title = await screen.findByRole('heading', { level: 2, name: 'Delivery took six weeks' });
    await waitFor(() => expect(focused()).toBe(title));
  });
});

describe('focus on Follow-ups', () => {
  async function ledger() {
    const started = await start();
    await started.engine.api['forwards.create']({ conversationId: 'c1', personId: 'p1', note: '' });
    await started.engine.api['forwards.create']({ conversationId: 'c2', personId: 'p1', note: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Follow-ups' }));
    const open = await screen.findByRole('list', { name: 'Open' });
    await waitFor(() => expect(within(open).getAllByRole('listitem')).toHaveLength(2));
    return { ...started, open };
  }
  const titles = (list: HTMLElement) => [...list.querySelectorAll('h3')].map((h) => h.textContent);

  it('ties each item’s alike-named controls to its title', async () => {
    const { open } = await ledger();
    const reads = within(open).getAllByRole('button', { name: 'Read it' });
    expect(reads.map((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent)).toEqual(titles(open));
  });

  it('goes on to the next one in the group after a move, then follows the last one moved', async () => {
    const { open } = await ledger();
    const [first, second] = titles(open);
    const markAnswered = (row: HTMLElement) => {
      press(within(row).getByRole('button', { name: 'Mark as answered' }));
      press(within(within(row).getByRole('form')).getByRole('button', { name: 'Mark as answered' }));
    };
    markAnswered(within(open).getAllByRole('listitem')[0]!);
    await screen.findByRole('list', { name: 'Answered' });
    await waitFor(() => expect(titles(open)).toEqual([second]));
    await waitFor(() => expect(focused()).toBe(within(open).getByRole('button', { name: 'Read it' })));

    markAnswered(within(open).getByRole('listitem'));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Open' })).toBeNull());
    const answered = screen.getByRole('list', { name: 'Answered' });
    expect(titles(answered)).toContain(first);
    const moved = within(answered).getAllByRole('listitem').find((li) => li.querySelector('h3')?.textContent === second)!;
    await waitFor(() => expect(focused()).toBe(within(moved).getByRole('button', { name: 'Read it' })));
  });

  it('gives the focus back to the button that opened a small form', async () => {
    const { open } = await ledger();
    const row = within(open).getAllByRole('listitem')[0]!;
    press(within(row).getByRole('button', { name: 'Mark as answered' }));
    press(within(row).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(within(row).getByRole('button', { name: 'Mark as answered' }));
    press(within(row).getByRole('button', { name: 'Remind me' }));
    press(within(row).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(within(row).getByRole('button', { name: 'Remind me' }));
  });

  it('goes to the title of the conversation Read it opened', async () => {
    const { open } = await ledger();
    const title = titles(open)[0]!;
    press(within(open).getAllByRole('button', { name: 'Read it' })[0]!);
    const heading = await screen.findByRole('heading', { level: 2, name: title });
    await waitFor(() => expect(focused()).toBe(heading));
  });
});

describe('focus on People', () => {
  async function people() {
    await start();
    fireEvent.click(screen.getByRole('button', { name: 'People' }));
    const list = await screen.findByRole('list', { name: 'People' });
    await within(list).findByText('Theo Park');
    return list;
  }

  it('asks before removing someone, heard as a question, with the focus on the answer that keeps them', async () => {
    const list = await people();
    press(within(list).getByRole('button', { name: 'Remove Maya Lind' }));
    const question = within(list).getByRole('group', { name: 'Remove Maya Lind?' });
    expect(focused()).toBe(within(question).getByRole('button', { name: 'Keep Maya Lind' }));
    press(within(question).getByRole('button', { name: 'Keep Maya Lind' }));
    expect(focused()).toBe(within(list).getByRole('button', { name: 'Remove Maya Lind' }));
  });

  it('goes on to the next person after a removal, and to the heading when nobody is left', async () => {
    const list = await people();
    press(within(list).getByRole('button', { name: 'Remove Maya Lind' }));
    press(within(list).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(list).queryByText('Maya Lind')).toBeNull());
    await waitFor(() => expect(focused()).toBe(within(list).getByRole('button', { name: 'Edit Theo Park' })));
    press(within(list).getByRole('button', { name: 'Remove Theo Park' }));
    press(within(list).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(list).queryByText('Theo Park')).toBeNull());
    await waitFor(() => expect(focused()).toBe(screen.getByRole('heading', { level: 1, name: 'People' })));
  });

  it('puts the focus in the edit form’s first field, and back on Edit after Cancel or Save', async () => {
    const { data } = await start();
    fireEvent.click(screen.getByRole('button', { name: 'People' }));
    const list = await screen.findByRole('list', { name: 'People' });
    press(await within(list).findByRole('button', { name: 'Edit Maya Lind' }));
    expect(focused()).toBe(within(list).getByLabelText('Name'));
    press(within(list).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(within(list).getByRole('button', { name: 'Edit Maya Lind' }));

    press(within(list).getByRole('button', { name: 'Edit Maya Lind' }));
    fireEvent.change(within(list).getByLabelText('Team'), { target: { value: 'Batteries' } });
    press(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(data.people.find((p) => p.id === 'p1')?.team).toBe('Batteries'));
    await waitFor(() => expect(focused()).toBe(within(list).getByRole('button', { name: 'Edit Maya Lind' })));
  });

  it('goes on to the next word’s × when one is taken away, then back to where words are typed', async () => {
    await people();
    const list = screen.getByRole('list', { name: 'People' });
    press(within(list).getByRole('button', { name: 'Edit Maya Lind' }));
    press(within(list).getByRole('button', { name: 'Take away battery' }));
    expect(focused()).toBe(within(list).getByRole('button', { name: 'Take away range' }));
    press(within(list).getByRole('button', { name: 'Take away range' }));
    expect(focused()).toBe(within(list).getByLabelText(/^Owns/));
  });
});
