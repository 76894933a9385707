import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../shared/api';
import { fakeEngine, makeSource } from './fake-api';
import { fakeListen, HN, NEWS, REDDIT } from './listen-fake';
import { renderApp } from './render-app';

function start(sources = [makeSource()]) {
  const engine = fakeEngine({ sources });
  const listen = fakeListen(engine);
  const view = renderApp(engine, { screen: 'setup' });
  return { engine, listen, view };
}

const proposal = (title: string) => screen.getByRole('checkbox', { name: title });
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Set-up from a company name', () => {
  it('proposes places, shows each check as it arrives, and keeps what the person ticks', async () => {
    const { engine, listen } = start();
    fill('Your company', 'Kestrel');
    fill('Its products', 'Kestrel One, Kestrel Cargo,  ');
    fill('Your own accounts', '@kestrel');
    fireEvent.click(screen.getByRole('button', { name: 'Suggest places to listen' }));
    await waitFor(() =>
      expect(engine.api['setup.propose']).toHaveBeenCalledWith({ company: 'Kestrel', products: ['Kestrel One', 'Kestrel Cargo'], handles: ['@kestrel'] }),
    );

    // Grouped in plain words, every place being checked, nothing ticked yet.
    expect(await screen.findByRole('heading', { name: 'News' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Reddit' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Hacker News' })).toBeTruthy();
    expect(proposal('News about Kestrel').closest('li')!.textContent).toContain('Checking…');
    expect((proposal('News about Kestrel') as HTMLInputElement).checked).toBe(false);
    await waitFor(() => expect(engine.api['setup.preview']).toHaveBeenCalledTimes(3));

    // Previews land one at a time: a working one is ticked and shows its sample titles; a failing one says why.
    act(() => listen.answer(NEWS, { status: 'ok', message: 'Found 12 conversations.', titles: ['Kestrel One review', 'Kestrel recalls a charger'], count: 12 }));
    const news = await screen.findByRole('list', { name: 'What News about Kestrel has now' });
    expect(within(news).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kestrel One review', 'Kestrel recalls a charger']);
    await waitFor(() => expect((proposal('News about Kestrel') as HTMLInputElement).checked).toBe(true));
    expect(proposal('Reddit posts mentioning Kestrel One').closest('li')!.textContent).toContain('Checking…');

    act(() => listen.answer(REDDIT, { status: 'unreachable', message: "Earshot is offline, so this couldn't be checked.", titles: [], count: 0 }));
    await screen.findByText(/Earshot is offline, so this couldn't be checked\./);
    expect((proposal('Reddit posts mentioning Kestrel One') as HTMLInputElement).checked).toBe(false);

    // The person decides before the last check ends; its arrival doesn't overrule them.
    fireEvent.click(proposal('Hacker News posts about Kestrel'));
    act(() => listen.answer(HN, { status: 'ok', message: 'This source works but has nothing in it yet.', titles: [], count: 0 }));
    await screen.findByText('This source works but has nothing in it yet.');
    expect((proposal('Hacker News posts about Kestrel') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Each place has been checked');

    fireEvent.click(screen.getByRole('button', { name: 'Listen to two places' }));
    await waitFor(() =>
      expect(engine.api['setup.apply']).toHaveBeenCalledWith({
        company: 'Kestrel',
        products: ['Kestrel One', 'Kestrel Cargo'],
        handles: ['@kestrel'],
        sources: [NEWS, HN],
      }),
    );
    expect(await screen.findByText('Earshot added two places and listens for two names.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\bfeeds?\b|\bRSS\b|sentiment|keyword/i);
  });

  it('keeps just the names when everything is unticked, and says a failed proposal plainly', async () => {
    const { engine } = start();
    engine.api['setup.propose'].mockRejectedValueOnce(new ApiError('Please give the company’s name.', 'invalid'));
    fill('Your company', ' ');
    expect((screen.getByRole('button', { name: 'Suggest places to listen' }) as HTMLButtonElement).disabled).toBe(true);
    fill('Your company', 'Kestrel');
    fireEvent.click(screen.getByRole('button', { name: 'Suggest places to listen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please give the company’s name.');
    fireEvent.click(screen.getByRole('button', { name: 'Suggest places to listen' }));
    await screen.findByRole('heading', { name: 'Places to listen' });
    fireEvent.click(screen.getByRole('button', { name: 'Untick all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep just the names' }));
    await waitFor(() => expect(engine.api['setup.apply']).toHaveBeenCalledWith({ company: 'Kestrel', sources: [] }));
    expect(await screen.findByText('Earshot added no places and listens for two names.')).toBeTruthy();
  });

  it('is offered on the empty first run beside the samples', async () => {
    const engine = fakeEngine({ sources: [] });
    fakeListen(engine);
    renderApp(engine);
    await screen.findByRole('button', { name: 'Try with sample data' });
    fireEvent.click(screen.getByRole('button', { name: 'Listen for your company' }));
    expect(await screen.findByRole('heading', { name: 'Listen for your company', level: 1 })).toBeTruthy();
  });
});
