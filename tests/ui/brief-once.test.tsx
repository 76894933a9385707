// The brief on screen shows each thread once and says the rest in plain words: a theme's list leaves out the thread
// its quote opens and those listed below, those who asked above are counted under the questions, "first" means
// first, and sources that failed are named, never shown as addresses.
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';
import { PAST, makeBrief, withBrief } from './brief-fake';

function start(init: Parameters<typeof withBrief>[1] = {}) {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c1' })] });
  engine.api['conversations.get'].mockImplementation(async ({ id }: { id: string }) => makeConversation({ id, title: `Conversation ${id}` }));
  const data = withBrief(engine, init);
  renderApp(engine, { screen: 'brief' });
  return { engine, data };
}

async function article(): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { level: 1 })).closest('article') as HTMLElement;
}

describe('The brief on screen, each thread once', () => {
  it('lists under a theme neither the thread its quote opens nor those listed below, and opens the rest in Conversations', async () => {
    // Battery life: c1 is quoted, c2 is worth reading; c9, c10 and c11 are listed.
    const { engine } = start();
    const list = await screen.findByRole('list', { name: 'Conversations about battery life' });
    await waitFor(() => expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Conversation c9', 'Conversation c10', 'Conversation c11']));
    expect(engine.api['conversations.get']).not.toHaveBeenCalledWith({ id: 'c1' });
    const theme = list.closest('li.brief-theme') as HTMLElement;
    // Five conversations: one quoted, three listed, one more (worth reading below) counted and a click away.
    expect(theme.textContent).toContain('And one more conversation in Conversations.');
    fireEvent.click(within(theme).getByRole('button', { name: 'one more conversation' }));
    await screen.findByRole('region', { name: 'Conversations, newest first' });
    await waitFor(() => expect(engine.api['conversations.get']).toHaveBeenCalledWith({ id: 'c2' }));
  });

  it('counts under the questions those who asked in a thread quoted or listed above', async () => {
    const base = makeBrief();
    start({
      today: makeBrief({
        themes: base.themes.map((t) => (t.key === 'app' ? { ...t, quote: { ...t.quote!, asking: true } } : t)),
        worthReading: base.worthReading.map((w, i) => (i === 1 ? { ...w, tone: 'asking', why: 'a question for you' } : w)),
      }),
    });
    const section = (await screen.findByRole('heading', { name: 'Questions for you' })).closest('section') as HTMLElement;
    expect(section.textContent).toContain('Two more asked something in the threads above.');
  });

  it('calls a brief the first only when no brief came before it', async () => {
    const first = makeBrief({ window: { ...makeBrief().window, first: true } });
    start({ today: first, past: [PAST] });
    await screen.findByRole('navigation', { name: 'Earlier briefs' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Since yesterday morning');
    cleanup();
    start({ today: first, past: [] });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Your first brief');
  });

  it('names the sources that could not be read, never by their address, and opens Sources', async () => {
    start({
      today: makeBrief({
        failedSources: [
          { sourceId: 's1', title: 'http://127.0.0.1:1/feed.xml', message: 'unreachable' },
          { sourceId: 's2', title: 'https://notaurl/', message: 'unreachable' },
        ],
      }),
    });
    const brief = await article();
    expect(brief.textContent).toContain("Two sources couldn't be read lately — see Sources.");
    expect(brief.textContent).not.toMatch(/https?:|notaurl|127\.0/);
    fireEvent.click(within(brief).getByRole('button', { name: 'Sources' }));
    await waitFor(() => expect(within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'Sources' }).getAttribute('aria-current')).toBe('page'));
  });
});

describe('What the company said', () => {
  it("sets its own channels' posts beside what customers said, and opens them in Conversations", async () => {
    const fromUs = [{ id: 'o1', title: 'Black Friday at Kestrel: what we are doing', link: null, source: 'Kestrel blog', author: null, publishedAt: 0, tone: 'neutral' as const }];
    start({ today: makeBrief({ fromUs }) });
    const section = (await screen.findByRole('heading', { name: 'From your company' })).closest('section') as HTMLElement;
    expect(section.textContent).toContain('on Kestrel blog.');
    fireEvent.click(within(section).getByRole('button', { name: 'Black Friday at Kestrel: what we are doing' }));
    expect(await screen.findByRole('article', { name: 'Conversation o1' })).toBeTruthy();
  });

  it('says nothing of it when the company posted nothing', async () => {
    start({ today: makeBrief({ fromUs: [] }) });
    await article();
    expect(screen.queryByRole('heading', { name: 'From your company' })).toBeNull();
  });

  it('says nothing of it in a brief made before it was kept', async () => {
    start();
    await article();
    expect(screen.queryByRole('heading', { name: 'From your company' })).toBeNull();
  });
});
