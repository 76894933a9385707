import { describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';

const HOUR = 3_600_000;
const open = (engine: ReturnType<typeof fakeEngine>) => renderApp(engine);

const conversations = [
  makeConversation({ id: 'old', title: 'An older thread', publishedAt: NOW - 26 * HOUR, sourceTitle: 'Forum' }),
  makeConversation({ id: 'new', title: 'The newest thread', publishedAt: NOW - 2 * HOUR, author: 'Sam', sourceTitle: 'Example blog' }),
];

describe('Conversations screen', () => {
  it('lists conversations newest first, with source, time in words and excerpt', async () => {
    open(fakeEngine({ sources: [makeSource()], conversations }));
    const list = await screen.findByRole('region', { name: 'Conversations, newest first' });
    const items = within(list).getAllByRole('button', { name: /thread/ });
    expect(items.map((b) => b.querySelector('.item-title')?.textContent)).toEqual(['The newest thread', 'An older thread']);
    expect(items[0]?.textContent).toContain('Example blog');
    expect(items[0]?.textContent).toContain('2 hours ago');
    expect(items[0]?.textContent).toContain('Since the update');
    expect(items[1]?.textContent).toContain('Yesterday');
  });

  it('says how many conversations are listed and, on asking, what was left out and why', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations });
    open(engine);
    const list = await screen.findByRole('region', { name: 'Conversations, newest first' });
    expect(list.querySelector('.list-count')?.textContent).toBe('2 conversations');
    engine.notListed = { muted: 0, elsewhere: 3, repeats: 9, replies: 1 };
    cleanup();
    open(engine);
    const again = await screen.findByRole('region', { name: 'Conversations, newest first' });
    await waitFor(() => expect(again.querySelector('.list-count')?.textContent).toContain('13 not listed'));
    const more = within(again).getByText('13 not listed');
    fireEvent.click(more);
    expect(again.querySelector('.not-listed p')?.textContent).toBe(
      'Not listed: nine repeats of a story listed from another source, one reply (in its thread), three about something else. Show them',
    );
    // On asking, the list shows them, each with why; and goes back.
    engine.leftOut = [makeConversation({ id: 'dup', title: 'The same story again', notListedBecause: 'repeat' })];
    fireEvent.click(within(again).getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(engine.api['conversations.list']).toHaveBeenLastCalledWith({ limit: 50, notListed: true }));
    const repeat = await screen.findByRole('button', { name: /The same story again/ });
    expect(repeat.textContent).toContain('· a repeat');
    expect(again.querySelector('.list-count')?.textContent).toContain('13 not listed');
    fireEvent.click(within(again).getByRole('button', { name: 'Back to the 2 listed' }));
    await screen.findByRole('button', { name: /The newest thread/ });
    expect(screen.queryByRole('button', { name: /The same story again/ })).toBeNull();
  });

  it("says quietly that a conversation comes from the company's own channel", async () => {
    const own = makeSource({ id: 'blog', title: 'Kestrel blog', own: true });
    open(fakeEngine({ sources: [makeSource(), own], conversations: [makeConversation({ id: 'p', sourceId: 'blog', sourceTitle: 'Kestrel blog', title: 'Our winter plans' }), ...conversations] }));
    const row = await screen.findByRole('button', { name: /Our winter plans/ });
    expect(row.querySelector('.item-meta')?.textContent).toMatch(/^Kestrel blog \(ours\) · /);
    expect(screen.getByRole('button', { name: /The newest thread/ }).textContent).not.toContain('(ours)');
  });

  it('shows the selected conversation in the reading pane', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations });
    open(engine);
    fireEvent.click(await screen.findByRole('button', { name: /The newest thread/ }));
    const article = await screen.findByRole('article', { name: 'The newest thread' });
    expect(engine.api['conversations.get']).toHaveBeenCalledWith({ id: 'new' });
    expect(article.textContent).toContain('By Sam');
    expect(article.textContent).toContain('Example blog');
    expect(within(article).getByText(/2026/)).toBeTruthy();
    expect(within(article).getByTestId('reading-content').innerHTML).toContain('<em>half a day</em>');
    const original = within(article).getByRole('link', { name: 'Read it where it was said' });
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('button', { name: /The newest thread/ }).getAttribute('aria-current')).toBe('true');
  });

  it('strips hostile HTML the engine let through', async () => {
    const hostile = makeConversation({
      id: 'bad',
      title: 'Hostile',
      link: 'javascript:alert(1)',
      contentHtml:
        '<p>Hello</p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">' +
        '<a href="javascript:alert(3)">click</a><a href="https://example.com/ok">ok</a>' +
        '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="p"></form>' +
        '<div style="position:fixed;inset:0">cover</div><svg><script>alert(4)</script></svg>',
    });
    open(fakeEngine({ sources: [makeSource()], conversations: [hostile] }));
    fireEvent.click(await screen.findByRole('button', { name: /Hostile/ }));
    const content = await screen.findByTestId('reading-content');
    const html = content.innerHTML;
    expect(html).toContain('Hello');
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<form|<input|style=/i);
    expect(content.querySelector('img')?.getAttribute('src')).toBe('x');
    expect(content.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    const ok = within(content).getByRole('link', { name: 'ok' });
    expect(ok.getAttribute('target')).toBe('_blank');
    expect(ok.getAttribute('rel')).toContain('noopener');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // The original's javascript: address is not offered as a link at all.
    expect(screen.queryByRole('link', { name: 'Read it where it was said' })).toBeNull();
  });

  it('says plainly when a conversation is no longer kept', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations });
    engine.api['conversations.get'].mockResolvedValueOnce(null);
    open(engine);
    fireEvent.click(await screen.findByRole('button', { name: /An older thread/ }));
    expect(await screen.findByText('This conversation is no longer kept.')).toBeTruthy();
  });
});

describe('Sync', () => {
  it('shows when it last synced, runs a sync, and follows progress events', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations });
    let finish: () => void = () => {};
    engine.api['sync.run'].mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ startedAt: NOW, finishedAt: NOW, sources: [], added: 0, updated: 0, failed: 1 });
        }),
    );
    open(engine);
    expect(await screen.findByText('Last synced 10 minutes ago')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(screen.getByRole('button', { name: 'Syncing…' }).getAttribute('aria-disabled')).toBe('true');
    act(() => engine.emit('sync.progress', { running: true, done: 2, total: 5, current: null }));
    const bar = screen.getByRole('progressbar', { name: 'Sync progress' }) as HTMLProgressElement;
    expect(bar.value).toBe(2);
    expect(bar.max).toBe(5);
    expect(screen.getByText('2 of 5 sources read')).toBeTruthy();
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByText('Last synced just now')).toBeTruthy();
    expect(screen.getByText("1 source couldn't be read this time. See Sources for details.")).toBeTruthy();
  });
});

describe('Store notice', () => {
  it('tells once, in plain words, that the store was recovered', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations });
    const info = await engine.api['app.info']({});
    engine.api['app.info'].mockResolvedValue({ ...info, storeNotice: 'Earshot restored yesterday’s backup.' });
    const { store } = open(engine);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('Earshot restored yesterday’s backup.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Understood' }));
    expect(screen.queryByText('Earshot restored yesterday’s backup.')).toBeNull();
    // Asking the engine again (after a sync) does not bring back what was read.
    await act(() => store.getState().loadInfo());
    expect(screen.queryByText('Earshot restored yesterday’s backup.')).toBeNull();
  });
});
