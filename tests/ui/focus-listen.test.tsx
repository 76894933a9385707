// Where the focus goes after an action that swaps or removes the control it was on, on Names and Sources (the
// audit's finding 2). Each action is pressed on a focused control, as from the keyboard; without a move on
// purpose the focus would fall to <main>.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WatchWord } from '../../shared/api-listen';
import { fakeEngine, makeSource, NOW } from './fake-api';
import { fakeListen } from './listen-fake';
import { renderApp } from './render-app';

const word = (name: string): WatchWord => ({ id: `w-${name.toLowerCase()}`, word: name, kind: 'competitor', aliases: [], exclusions: [], addedAt: NOW });

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

const focused = () => document.activeElement;

async function names() {
  const engine = fakeEngine({ sources: [makeSource({ id: 's1', title: 'Example blog' })] });
  const listen = fakeListen(engine, { words: [word('Brisk'), word('Voltbird')] });
  renderApp(engine);
  fireEvent.click(screen.getByRole('button', { name: 'Names' }));
  const list = await screen.findByRole('list', { name: 'Competitors' });
  await within(list).findByRole('heading', { name: 'Voltbird' });
  return { engine, listen, list };
}

describe('focus on Names', () => {
  it('puts the focus in the change form’s first field, and back on Change after Cancel or Save', async () => {
    const { engine, list } = await names();
    press(within(list).getByRole('button', { name: 'Change Voltbird' }));
    const form = within(list).getByRole('form', { name: 'Change Voltbird' });
    expect(focused()).toBe(within(form).getByLabelText('Name'));
    press(within(form).getByRole('button', { name: 'Cancel' }));
    expect(focused()).toBe(within(list).getByRole('button', { name: 'Change Voltbird' }));

    press(within(list).getByRole('button', { name: 'Change Voltbird' }));
    const again = within(list).getByRole('form', { name: 'Change Voltbird' });
    fireEvent.change(within(again).getByLabelText('Other spellings'), { target: { value: '@voltbird' } });
    press(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(engine.api['watch.update']).toHaveBeenCalled());
    await waitFor(() => expect(focused()).toBe(within(list).getByRole('button', { name: 'Change Voltbird' })));
  });

  it('goes on to the next name after a removal, and to the heading when the last one goes', async () => {
    const { list } = await names();
    press(within(list).getByRole('button', { name: 'Remove Brisk' }));
    await waitFor(() => expect(within(list).queryByRole('heading', { name: 'Brisk' })).toBeNull());
    await waitFor(() => expect(focused()).toBe(within(list).getByRole('button', { name: 'Change Voltbird' })));
    press(within(list).getByRole('button', { name: 'Remove Voltbird' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Competitors' })).toBeNull());
    await waitFor(() => expect(focused()).toBe(screen.getByRole('heading', { level: 1, name: 'Names we listen for' })));
  });

  it('goes on to the next muted word’s ×, then back to where words are muted', async () => {
    const { listen } = await names();
    listen.muted = { words: ['giveaway', 'raffle'], sourceIds: [] };
    fireEvent.change(screen.getByLabelText('Hide conversations that mention'), { target: { value: 'coupon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mute' }));
    const muted = await screen.findByRole('list', { name: 'Muted words' });
    await waitFor(() => expect(within(muted).getAllByRole('listitem')).toHaveLength(3));
    press(within(muted).getByRole('button', { name: 'Hear “giveaway” again' }));
    await waitFor(() => expect(within(muted).getAllByRole('listitem')).toHaveLength(2));
    expect(focused()).toBe(within(muted).getByRole('button', { name: 'Hear “raffle” again' }));
    press(within(muted).getByRole('button', { name: 'Hear “raffle” again' }));
    press(await within(muted).findByRole('button', { name: 'Hear “coupon” again' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Muted words' })).toBeNull());
    expect(focused()).toBe(screen.getByLabelText('Hide conversations that mention'));
  });
});

describe('focus on Sources', () => {
  async function sources(titles: string[]) {
    const engine = fakeEngine({ sources: titles.map((title, i) => makeSource({ id: `s${i}`, title, url: `https://example.com/${i}.xml` })) });
    renderApp(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    await screen.findByRole('list', { name: 'Your sources' });
    return engine;
  }

  it('goes back to Remove when the question is answered with Keep it', async () => {
    await sources(['First', 'Second']);
    press(screen.getByRole('button', { name: 'Remove Second' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Keep it' }));
    press(screen.getByRole('button', { name: 'Keep it' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Remove Second' }));
  });

  it('goes on to the row before when the last row goes, and to the heading when none is left', async () => {
    await sources(['First', 'Second']);
    press(screen.getByRole('button', { name: 'Remove Second' }));
    press(within(screen.getByRole('group', { name: 'Remove Second?' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Second' })).toBeNull());
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Remove First' })));
    press(screen.getByRole('button', { name: 'Remove First' }));
    press(within(screen.getByRole('group', { name: 'Remove First?' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Your sources' })).toBeNull());
    await waitFor(() => expect(focused()).toBe(screen.getByRole('heading', { level: 1, name: 'Sources' })));
  });

  it('goes back to the address after removing a source that could not be read', async () => {
    const engine = await sources(['First']);
    engine.api['sync.run'].mockImplementationOnce(async ({ sourceIds }: { sourceIds: string[] }) => ({
      startedAt: NOW, finishedAt: NOW, added: 0, updated: 0, failed: 1,
      sources: [{ sourceId: sourceIds[0]!, title: '', status: 'unreachable', message: "The site didn't answer.", added: 0, updated: 0, notModified: false, skipped: false }],
    }));
    fireEvent.change(screen.getByLabelText('Address of a source'), { target: { value: 'https://down.example/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    press(await screen.findByRole('button', { name: 'Remove it' }));
    await waitFor(() => expect(engine.sources.map((s) => s.url)).not.toContain('https://down.example/'));
    await waitFor(() => expect(focused()).toBe(screen.getByLabelText('Address of a source')));
  });
});
