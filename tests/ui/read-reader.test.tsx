import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';

const matched = makeConversation({
  id: 'm',
  title: 'Battery dies in the cold',
  excerpt: 'My battery dies after 20 km.',
  tone: 'unhappy',
  toneWords: ['dies'],
  matches: [
    { word: 'battery', field: 'title', ranges: [[0, 7]] },
    { word: 'battery', field: 'excerpt', ranges: [[3, 10]] },
  ],
  contentHtml:
    '<p>My battery dies after 20 km. The Battery app says 80%.</p><p><a href="mailto:a@example.com">mail</a> ' +
    '<a href="ftp://files.example/x">ftp</a> <a href="https://example.com/x">web</a></p>',
  commentsUrl: 'https://example.com/x/comments.xml',
});

function start(offlineSince: number | null = null) {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [matched] });
  withReading(engine, {
    offlineSince,
    replies: { m: [makeConversation({ id: 'r1', title: 'Re', author: 'Kim', contentHtml: '<p>Mine too, the battery is weak.</p>' })] },
  });
  const view = renderApp(engine);
  return { engine, view };
}

describe('reader', () => {
  it('marks watch words in the list and the reader, and says the tone calmly', async () => {
    start();
    const item = await screen.findByRole('button', { name: /Battery dies in the cold/ });
    expect(item.querySelector('.item-title mark')?.textContent).toBe('Battery');
    expect(item.querySelector('.item-excerpt mark')?.textContent).toBe('battery');
    expect(item.querySelector('.tone-word')?.textContent).toBe('Unhappy');
    // The row stays one short word; why it sounds so is said where it is read, not in a mouse-only tooltip.
    expect(item.querySelector('[title]')).toBeNull();
    fireEvent.click(item);
    const article = await screen.findByRole('article', { name: 'Battery dies in the cold' });
    const content = within(article).getByTestId('reading-content');
    await waitFor(() => expect(content.querySelectorAll('mark').length).toBe(2));
    expect([...content.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['battery', 'Battery']);
    expect(within(article).getByText(/^Sounds unhappy/).closest('p')?.textContent).toBe('Sounds unhappy: dies');
    expect(article.querySelector('[title]')).toBeNull();
    expect(article.textContent).toContain('Example blog');
  });

  it('opens links outside the app and keeps only web and mail links', async () => {
    start();
    fireEvent.click(await screen.findByRole('button', { name: /Battery dies/ }));
    const content = within(await screen.findByRole('article', { name: /Battery dies/ })).getByTestId('reading-content');
    const links = [...content.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['mailto:a@example.com', null, 'https://example.com/x']);
    for (const a of links.filter((l) => l.hasAttribute('href'))) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
  });

  it('shows the replies as one thread, and fetches them again when online', async () => {
    const { engine } = start();
    fireEvent.click(await screen.findByRole('button', { name: /Battery dies/ }));
    const replies = await screen.findByRole('region', { name: '1 reply' });
    expect(replies.textContent).toContain('Kim');
    expect(replies.querySelector('mark')?.textContent).toBe('battery');
    await waitFor(() => expect(engine.api['read.thread']).toHaveBeenCalledWith({ id: 'm', refresh: true }));
  });

  it('does not ask for replies again while offline, and says so in one calm line', async () => {
    const since = new Date(NOW - 2 * 3_600_000).setMinutes(40);
    const { engine } = start(since);
    const line = await screen.findByText(/Offline since/);
    expect(line.textContent).toMatch(/^Offline since .*40.* — everything synced is here\.$/);
    fireEvent.click(await screen.findByRole('button', { name: /Battery dies/ }));
    await screen.findByRole('region', { name: '1 reply' });
    expect(engine.api['read.thread']).not.toHaveBeenCalledWith({ id: 'm', refresh: true });
  });

  it('remembers the text size', async () => {
    start();
    fireEvent.click(await screen.findByRole('button', { name: /Battery dies/ }));
    const article = await screen.findByRole('article', { name: /Battery dies/ });
    fireEvent.click(within(article).getByRole('button', { name: 'Larger text' }));
    expect(article.className).toContain('text-large');
    expect(localStorage.getItem('earshot.fontSize')).toBe('large');
  });
});
