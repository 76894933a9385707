import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { makeBrief, withBrief } from './brief-fake';
import { READ_AFTER_MS } from '../../renderer/src/components/brief/BriefScreen';

function start(init: Parameters<typeof withBrief>[1] = {}) {
  // c1 is in the list; c4 (a question) is not, so opening it has to fetch it.
  const engine = fakeEngine({
    sources: [makeSource()],
    conversations: [makeConversation({ id: 'c1' }), makeConversation({ id: 'c4', title: 'Will the charger work in Canada?' })],
  });
  engine.api['conversations.list'].mockImplementation(async () => ({ items: [engine.conversations[0]!], nextCursor: null, total: 1 }));
  engine.api['conversations.get'].mockImplementation(async ({ id }: { id: string }) => {
    const found = engine.conversations.find((c) => c.id === id);
    return found ?? makeConversation({ id, title: `Conversation ${id}` });
  });
  const data = withBrief(engine, init);
  const view = renderApp(engine, { screen: 'brief' });
  return { engine, view, data };
}

describe('The brief screen', () => {
  it('says a question once when it is the title itself', async () => {
    const base = makeBrief();
    const q = base.questions[0]!;
    start({ today: makeBrief({ questions: [{ ...q, title: 'Black Friday: is Kestrel going to discount the One?', sentence: 'Black Friday: is Kestrel going to discount the One?' }] }) });
    const section = (await screen.findByRole('heading', { name: 'Questions for you' })).closest('section') as HTMLElement;
    expect(within(section).getByRole('button', { name: /discount the One/ })).toBeTruthy();
    expect(section.querySelector('blockquote')).toBeNull();
  });

  it('is the home screen, first in the navigation', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation()] });
    withBrief(engine);
    const { createAppStore } = await import('../../renderer/src/state/store');
    expect(createAppStore(engine.client).getState().screen).toBe('brief');
    start();
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    const first = within(nav).getAllByRole('button')[0]!;
    expect(first.textContent).toBe('Brief');
    expect(first.getAttribute('aria-current')).toBe('page');
  });

  it('reads from the window in words to the closing line, with headings for each section', async () => {
    start();
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Since yesterday morning' });
    const article = h1.closest('article')!;
    expect(within(article).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'What people talked about',
      'Worth reading',
      'Questions for you',
      'Open follow-ups',
      'The last 30 days',
    ]);
    expect(article.textContent).toContain('Since your last brief, nine posts came in. That is about as many as usual.');
    // Totals by tone beside the usual, in words.
    const totals = within(article).getByRole('list', { name: 'By tone, beside the usual' });
    expect(totals.textContent).toContain('four unhappy, usually two');
    expect(totals.textContent).toContain('three pleased, as usual');
    // Themes: label, summary, the customer's words as a quote, its conversations.
    expect(within(article).getByRole('heading', { level: 3, name: 'Battery life' })).toBeTruthy();
    const quote = article.querySelector('blockquote')!;
    expect(quote.textContent).toBe('“It dies after 20 km in the cold.”');
    const items = await within(article).findByRole('list', { name: 'Conversations about battery life' });
    await waitFor(() => expect(within(items).getAllByRole('button')).toHaveLength(3));
    // Worth reading: title, why, source.
    expect(article.textContent).toContain('Unhappy, 40 replies. From Example blog.');
    expect(article.textContent).toContain('“Does the charger work with 110 V?”');
    expect(article.textContent).toContain('Sent to Maya three days ago, still open.');
    expect(article.textContent).toContain("Old forum couldn't be read lately — see Sources.");
    // The chart's caption in words and a text alternative by week.
    expect(await within(article).findByRole('figure', { name: /This week was busier/ })).toBeTruthy();
    expect(within(article).getByRole('list', { name: 'The last 30 days, week by week' }).querySelectorAll('li').length).toBe(5);
    const paragraphs = article.querySelectorAll('p');
    expect(paragraphs[paragraphs.length - 1]!.textContent).toBe("That's everything for today.");
    expect(document.body.textContent).not.toMatch(/\bfeed\b|\bRSS\b|sentiment|engagement/i);
  });

  it('opens an item’s thread on the conversations screen, even one not in the loaded list', async () => {
    const { engine } = start();
    const question = await screen.findByRole('button', { name: 'Will the charger work in Canada?' });
    fireEvent.click(question);
    await screen.findByRole('region', { name: 'Conversations, newest first' });
    expect(engine.api['conversations.get']).toHaveBeenCalledWith({ id: 'c4' });
    const reading = await screen.findByRole('article', { name: 'Will the charger work in Canada?' });
    expect(reading).toBeTruthy();
  });

  it('opens the thread a quote came from', async () => {
    const { engine } = start();
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getAllByRole('button', { name: 'Read the thread' })[1]!);
    await waitFor(() => expect(engine.api['conversations.get']).toHaveBeenCalledWith({ id: 'c3' }));
  });

  it('tells each "Read the thread" apart by the quote it opens, and each "more conversations" by its theme', async () => {
    start();
    await screen.findByRole('heading', { level: 1 });
    const reads = screen.getAllByRole('button', { name: 'Read the thread' });
    expect(reads).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Read the thread', description: '“It dies after 20 km in the cold.”' })).toBe(reads[0]);
    expect(screen.getByRole('button', { name: 'Read the thread', description: '“Ride history is back.”' })).toBe(reads[1]);
    expect(await screen.findByRole('button', { name: 'one more conversation', description: 'Battery life' })).toBeTruthy();
  });

  it('copies the brief as Markdown through the Api and says so quietly', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { engine, data } = start();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(data.today.markdown));
    expect(engine.api['brief.markdown']).toHaveBeenCalledWith({ id: 'b-today' });
    expect(screen.getByRole('status').textContent).toBe('Copied');
  });

  it('says plainly when copying is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    start();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("The brief couldn't be copied."));
  });

  it('prints through the browser’s print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    start();
    fireEvent.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('lists earlier briefs and shows one as it was, then goes back', async () => {
    const { engine } = start();
    const list = await screen.findByRole('navigation', { name: 'Earlier briefs' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.textContent).toContain('One post; no unhappy.');
    fireEvent.click(buttons[0]!);
    const h1 = await screen.findByText(/^A past brief/);
    expect(engine.api['brief.get']).toHaveBeenCalledWith({ id: 'b-past' });
    const article = h1.closest('article')!;
    expect(article.textContent).toContain('a pleased one about the saddle');
    expect(article.textContent).toContain("That's everything for today.");
    await waitFor(() => expect(document.activeElement).toBe(within(article).getByRole('heading', { level: 1 })));
    fireEvent.click(screen.getByRole('button', { name: "Back to today's brief" }));
    await screen.findByText('It dies after 20 km in the cold.', { exact: false });
    expect(engine.api['brief.markRead']).not.toHaveBeenCalledWith({ id: 'b-past' });
  });

  it('refreshes quietly when a new brief is ready', async () => {
    const { engine, data } = start();
    await screen.findByRole('heading', { level: 1, name: 'Since yesterday morning' });
    data.today = makeBrief({
      id: 'b-new',
      window: { start: Date.now() - 10 * 86_400_000, end: Date.now(), away: true, first: false },
      markdown: '# Your brief\n\nWhile you were away, over the last ten days, 40 posts came in.\n',
    });
    act(() => engine.emit('brief.ready', { id: 'b-new' }));
    await screen.findByRole('heading', { level: 1, name: 'While you were away' });
    expect(screen.queryByText(/\bnew\b/i, { selector: '.badge, [class*=badge]' })).toBeNull();
  });

  it('asks again for a brief made before anything came in, once conversations arrive', async () => {
    const { engine, data } = start({ today: makeBrief({ totals: { all: 0, byTone: { unhappy: 0, pleased: 0, asking: 0, neutral: 0 }, usual: null }, themes: [], worthReading: [], questions: [], followUps: [], markdown: '# Your brief\n\nOver the last day it has been quiet: no new posts came in.\n' }) });
    await screen.findByText(/it has been quiet/);
    data.today = makeBrief({ id: 'b-full' });
    act(() => engine.emit('conversations.changed', {}));
    await screen.findByRole('heading', { level: 2, name: 'Worth reading' });
  });

  it('marks the brief read after the reader has stayed a while', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { engine } = start();
    await screen.findByRole('heading', { level: 1, name: 'Since yesterday morning' });
    expect(engine.api['brief.markRead']).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(READ_AFTER_MS + 10);
    });
    await waitFor(() => expect(engine.api['brief.markRead']).toHaveBeenCalledWith({ id: 'b-today' }));
    expect(engine.api['brief.markRead']).toHaveBeenCalledTimes(1);
  });

  it('does not mark a brief read that was already read', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { engine } = start({ today: makeBrief({ readAt: 1 }) });
    await screen.findByRole('heading', { level: 1, name: 'Since yesterday morning' });
    await act(async () => {
      vi.advanceTimersByTime(READ_AFTER_MS * 2);
    });
    expect(engine.api['brief.markRead']).not.toHaveBeenCalled();
  });

  it('says in plain words when the brief could not be put together', async () => {
    const engine = fakeEngine({ sources: [makeSource()] });
    renderApp(engine, { screen: 'brief' });
    await screen.findByText("Today's brief couldn't be put together.");
  });
});
