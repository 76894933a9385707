// What a screen reader hears of a row in the conversation list and in the search results: its line (source, time,
// tone, names), each part after a pause, then its title — named by what is shown (no aria-label that would leave
// shown words out); a list row's long excerpt is left to the eye.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ToneReason } from '../../renderer/src/components/reader/ToneWord';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';

// jsdom lays out no element as inline, so the name it computes has a space on each side of every span
// ("Example blog , 2 hours ago"); a browser's has none before the comma. Compared without it, spaces made single.
const heard = (line: string) => (name: string) => name.replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim() === line;

/** The text the eye reads: without what is there for the ear only. */
function seen(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return copy.textContent ?? '';
}

const kestrel = (kind: 'company' | 'product', word: string) => ({ id: word, word, kind, aliases: [], exclusions: [], addedAt: 0 });

function start(conversations: ReturnType<typeof makeConversation>[]) {
  const engine = fakeEngine({ sources: [makeSource()], conversations });
  engine.api['watch.list'].mockResolvedValue([kestrel('company', 'Kestrel'), kestrel('product', 'Kestrel One')]);
  engine.api['listen.muted'].mockResolvedValue({ words: [], sourceIds: [] });
  withReading(engine);
  return { engine, view: renderApp(engine) };
}

describe('A row, to a screen reader', () => {
  it('is named by its line and title, with a pause between source, time, tone and names, and without the excerpt', async () => {
    start([
      makeConversation({
        id: 'k1',
        title: 'Kestrel One battery dies fast',
        excerpt: 'Disappointed with my Kestrel One after the update.',
        tone: 'asking',
        matches: [{ word: 'Kestrel One', field: 'title', ranges: [[0, 11]] }],
      }),
    ]);
    // Not "Example blog · 2 hours agoAskingMentions Kestrel One Kestrel One battery … after the update."
    const row = await screen.findByRole('button', { name: heard('Example blog, 2 hours ago, Asking, Mentions Kestrel One Kestrel One battery dies fast') });
    // What the eye reads is unchanged: the gaps before the tone and the names are CSS margins.
    expect(seen(row.querySelector('.item-meta')!)).toBe('Example blog · 2 hours agoAskingMentions Kestrel One');
    expect(row.textContent).toContain('Disappointed with my Kestrel One');
  });

  it('leaves no stray pause where a row says no tone and names only the company', async () => {
    start([
      makeConversation({ id: 'k2', title: 'Kestrel opened a shop', tone: 'neutral', matches: [{ word: 'Kestrel', field: 'title', ranges: [[0, 7]] }] }),
    ]);
    await screen.findByRole('button', { name: heard('Example blog, 2 hours ago Kestrel opened a shop') });
  });

  it('names a search result by its line, title and snippet', async () => {
    const { engine } = start([makeConversation({ id: 'k3', title: 'Charger for Canada', tone: 'asking' })]);
    engine.api['search.query'].mockResolvedValue({
      items: [{ ...makeConversation({ id: 'k3', title: 'Charger for Canada', tone: 'asking' }), titleSnippet: '<mark>Charger</mark> for Canada', snippet: '…the <mark>charger</mark> says 230 V…', bookmarked: true }],
      total: 1,
    });
    await screen.findByRole('button', { name: /Charger for Canada/ });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.change(await screen.findByRole('searchbox'), { target: { value: 'charger' } });
    const list = await screen.findByRole('list', { name: 'Search results, newest first' });
    const result = await screen.findByRole('button', { name: heard('Example blog, 2 hours ago, Kept, Asking Charger for Canada …the charger says 230 V…') });
    expect(list.contains(result)).toBe(true);
    expect(seen(result.querySelector('.item-meta')!)).toBe('Example blog · 2 hours ago · KeptAsking');
  });
});

describe('Why a conversation sounds as it does, in the reader', () => {
  it('gives the words of a feeling, and no grammar for a question', () => {
    const { container, rerender } = render(<ToneReason tone="unhappy" words={['dies', '?', 'disappointed']} />);
    expect(container.textContent).toBe('Sounds unhappy: dies, disappointed');
    rerender(<ToneReason tone="asking" words={['should i', '?']} />);
    expect(container.textContent).toBe('Asks something');
  });
});
