import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeSource, NOW } from './fake-api';
import { fakeListen } from './listen-fake';
import { renderApp } from './render-app';

function start() {
  const engine = fakeEngine({ sources: [makeSource({ id: 's1', title: 'Example blog' })] });
  const listen = fakeListen(engine, {
    words: [{ id: 'w-brisk', word: 'Brisk', kind: 'competitor', aliases: [], exclusions: [], addedAt: NOW }],
  });
  renderApp(engine);
  fireEvent.click(screen.getByRole('button', { name: 'Names' }));
  return { engine, listen };
}

describe('Names we listen for', () => {
  it('adds a name with other spellings and exclusions, lists it by kind with chips, and removes it', async () => {
    const { engine } = start();
    expect(await screen.findByRole('heading', { name: 'Names we listen for' })).toBeTruthy();
    const competitors = await screen.findByRole('list', { name: 'Competitors' });
    expect(within(competitors).getByRole('heading', { name: 'Brisk' })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Add a name' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: ' Kestrel ' } });
    fireEvent.change(within(form).getByLabelText('What it is'), { target: { value: 'company' } });
    fireEvent.change(within(form).getByLabelText('Other spellings'), { target: { value: '@kestrel, #kestrelbikes' } });
    fireEvent.change(within(form).getByLabelText('Not in'), { target: { value: 'American kestrel, kestrel falcon' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(engine.api['watch.add']).toHaveBeenCalledWith({
        word: 'Kestrel',
        kind: 'company',
        aliases: ['@kestrel', '#kestrelbikes'],
        exclusions: ['American kestrel', 'kestrel falcon'],
      }),
    );
    const company = await screen.findByRole('list', { name: 'Your company' });
    expect(within(company).getByRole('heading', { name: 'Kestrel' })).toBeTruthy();
    const chips = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').map((c) => c.textContent);
    expect(chips('Other spellings of Kestrel')).toEqual(['@kestrel', '#kestrelbikes']);
    expect(chips("Where Kestrel doesn't count")).toEqual(['American kestrel', 'kestrel falcon']);
    // The form is ready for the next name.
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('');

    // Change: drop one exclusion.
    fireEvent.click(screen.getByRole('button', { name: 'Change Kestrel' }));
    const edit = screen.getByRole('form', { name: 'Change Kestrel' });
    fireEvent.change(within(edit).getByLabelText('Not in'), { target: { value: 'American kestrel' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(chips("Where Kestrel doesn't count")).toEqual(['American kestrel']));
    expect(engine.api['watch.update']).toHaveBeenCalledWith(expect.objectContaining({ id: 'w-kestrel', exclusions: ['American kestrel'] }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Kestrel' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Your company' })).toBeNull());
    expect(engine.api['watch.remove']).toHaveBeenCalledWith({ id: 'w-kestrel' });
    expect(document.body.textContent).not.toMatch(/\bfeeds?\b|\bRSS\b|sentiment|keyword/i);
  });

  it('mutes a word and a source, shows what is muted, hears them again, and marks a source widely read', async () => {
    const { engine } = start();
    await screen.findByRole('list', { name: 'Competitors' });
    fireEvent.change(screen.getByLabelText('Hide conversations that mention'), { target: { value: 'giveaway' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mute' }));
    const muted = await screen.findByRole('list', { name: 'Muted words' });
    expect(within(muted).getByText('giveaway')).toBeTruthy();
    expect(engine.api['listen.mute']).toHaveBeenCalledWith({ word: 'giveaway' });

    fireEvent.click(screen.getByRole('button', { name: 'Mute Example blog' }));
    await screen.findByRole('button', { name: 'Hear again from Example blog' });
    expect(engine.api['listen.mute']).toHaveBeenCalledWith({ sourceId: 's1' });
    expect(screen.getByRole('list', { name: 'Sources to mute or mark' }).textContent).toContain('muted');

    fireEvent.click(screen.getByRole('button', { name: 'Hear “giveaway” again' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Muted words' })).toBeNull());
    expect(screen.getByText('No words are muted.')).toBeTruthy();

    const widely = screen.getByRole('checkbox', { name: 'Widely read' }) as HTMLInputElement;
    fireEvent.click(widely);
    await waitFor(() => expect(widely.checked).toBe(true));
    expect(engine.api['listen.widelyRead']).toHaveBeenCalledWith({ sourceId: 's1', widelyRead: true });

    // The company's own channel: listed, not counted as what customers say; the Sources screen says so.
    const ours = screen.getByRole('checkbox', { name: 'Ours' }) as HTMLInputElement;
    fireEvent.click(ours);
    await waitFor(() => expect(engine.api['sources.update']).toHaveBeenCalledWith({ id: 's1', own: true }));
    await waitFor(() => expect(ours.checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    expect(await screen.findByText('Ours: listed, not counted as what customers say.')).toBeTruthy();
  });
});
