import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../shared/api';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

function start() {
  const engine = fakeEngine({ sources: [makeSource()] });
  renderApp(engine, { screen: 'sources' });
  return engine;
}

describe('More ways to add sources', () => {
  it('looks for sources on a website, lets the person choose, and adds only the chosen', async () => {
    const engine = start();
    engine.api['sources.discover'].mockResolvedValueOnce([
      { url: 'https://kestrel.example/blog/index.xml', title: 'Kestrel blog' },
      { url: 'https://kestrel.example/forum/latest.xml', title: 'Kestrel forum' },
    ]);
    fireEvent.change(screen.getByLabelText('Add from a website'), { target: { value: ' kestrel.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Look for sources' }));
    const found = await screen.findByRole('group', { name: 'Found on kestrel.example' });
    expect(engine.api['sources.discover']).toHaveBeenCalledWith({ url: 'kestrel.example' });
    // Nothing chosen yet when there are several.
    const add = within(found).getByRole('button', { name: 'Choose what to add' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(within(found).getByRole('checkbox', { name: /Kestrel forum/ }));
    fireEvent.click(within(found).getByRole('button', { name: 'Add one source' }));
    await screen.findByText('Added one source.');
    expect(engine.api['sources.add']).toHaveBeenCalledTimes(1);
    expect(engine.api['sources.add']).toHaveBeenCalledWith({ url: 'https://kestrel.example/forum/latest.xml', title: 'Kestrel forum' });
    await screen.findByRole('heading', { name: 'kestrel.example' });
  });

  it('says plainly when a website cannot be reached', async () => {
    const engine = start();
    engine.api['sources.discover'].mockRejectedValueOnce(new ApiError("This site couldn't be reached.", 'failed'));
    fireEvent.change(screen.getByLabelText('Add from a website'), { target: { value: 'nowhere.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Look for sources' }));
    expect((await screen.findByRole('alert')).textContent).toBe("This site couldn't be reached.");
  });

  it('imports a list from a file and exports the list as a download with the name the engine gives', async () => {
    const engine = start();
    engine.api['sources.importOpml'].mockResolvedValueOnce({ added: 3, alreadyHere: 1, notOnTheWeb: 2, repeated: 0 });
    const opml = '<opml version="2.0"><body><outline xmlUrl="https://a.example/x.xml"/></body></opml>';
    const file = new File([opml], 'reader.opml', { type: 'text/xml' });
    fireEvent.change(screen.getByLabelText('Import a list'), { target: { files: [file] } });
    await screen.findByText("Added three sources; one was already here. Skipped two that aren't web addresses.");
    expect(engine.api['sources.importOpml']).toHaveBeenCalledWith({ text: opml });

    engine.api['sources.exportOpml'].mockResolvedValueOnce({ filename: 'earshot-sources.opml', type: 'text/x-opml', text: '<opml/>' });
    const blobs: Blob[] = [];
    // jsdom has no object URLs: capture the Blob and the link the download is made through.
    const { createObjectURL, revokeObjectURL } = URL;
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:fake'), revokeObjectURL: () => {} });
    restore.push(() => Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export the list' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('earshot-sources.opml');
    expect(clicked[0]!.href).toBe('blob:fake');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(text).toBe('<opml/>');
    expect(blobs[0]!.type).toContain('text/x-opml');
  });
});

describe('Tone and matched names on a conversation', () => {
  it('shows a quiet tone word in the row and the words that tipped it in the reader, the names it mentions, and its other places', async () => {
    const c = makeConversation({
      id: 'k1',
      title: 'Kestrel One battery dies fast',
      excerpt: 'Disappointed with my Kestrel One.',
      tone: 'unhappy',
      toneWords: ['dies', 'disappointed'],
      matches: [
        { word: 'Kestrel One', field: 'title', ranges: [[0, 11]] },
        { word: 'Kestrel One', field: 'excerpt', ranges: [[21, 32]] },
      ],
    });
    const engine = fakeEngine({ sources: [makeSource()], conversations: [c] });
    engine.api['conversations.places'].mockResolvedValue([{ ...c, id: 'k2', sourceTitle: 'Hacker News' }]);
    renderApp(engine);
    const item = (await screen.findByText(/battery dies fast/)).closest('button') as HTMLElement;
    expect(within(item).getByText('Unhappy').hasAttribute('title')).toBe(false);
    expect(item.textContent).not.toContain('disappointed,');
    expect(item.textContent).toContain('Mentions Kestrel One');
    fireEvent.click(item);
    const reading = await screen.findByRole('article', { name: /battery dies fast/ });
    await waitFor(() => expect(within(reading).getByText(/Also on Hacker News/)).toBeTruthy());
    expect(within(reading).getByText(/Mentions Kestrel One/)).toBeTruthy();
    // Said as text, for the keyboard, touch and screen readers alike.
    expect(reading.querySelector('.reading-tone')?.textContent).toBe('Sounds unhappy: dies, disappointed');
    expect(engine.api['conversations.places']).toHaveBeenCalledWith({ id: 'k1' });
  });

  it("leaves the company's own name out of a row and the reader (nearly every conversation names it), unless it is the only one", async () => {
    const c = makeConversation({
      id: 'k3',
      title: 'Kestrel and Voltbird compared',
      matches: [
        { word: 'Kestrel', field: 'title', ranges: [[0, 7]] },
        { word: 'Voltbird', field: 'title', ranges: [[12, 20]] },
      ],
    });
    const engine = fakeEngine({ sources: [makeSource()], conversations: [c] });
    const word = (w: string, kind: 'company' | 'competitor') => ({ id: w, word: w, kind, aliases: [], exclusions: [], addedAt: 0 });
    engine.api['watch.list'].mockResolvedValue([word('Kestrel', 'company'), word('Voltbird', 'competitor')]);
    engine.api['listen.muted'].mockResolvedValue({ words: [], sourceIds: [] });
    engine.api['conversations.places'].mockResolvedValue([]);
    renderApp(engine);
    const item = (await screen.findByText(/compared/)).closest('button') as HTMLElement;
    await waitFor(() => expect(item.textContent).toContain('Mentions Voltbird'));
    expect(item.textContent).not.toContain('Mentions Kestrel');
    fireEvent.click(item);
    const reading = await screen.findByRole('article', { name: /Voltbird compared/ });
    expect(within(reading).getByText(/^Mentions Voltbird/)).toBeTruthy();
    expect(within(reading).queryByText(/Mentions Kestrel/)).toBeNull();
  });

  it("names the company in the reader when it is the only name a conversation mentions: that is why it is here", async () => {
    const c = makeConversation({ id: 'k4', title: 'Kestrel opened a shop', matches: [{ word: 'Kestrel', field: 'title', ranges: [[0, 7]] }] });
    const engine = fakeEngine({ sources: [makeSource()], conversations: [c] });
    engine.api['watch.list'].mockResolvedValue([{ id: 'k', word: 'Kestrel', kind: 'company', aliases: [], exclusions: [], addedAt: 0 }]);
    engine.api['listen.muted'].mockResolvedValue({ words: [], sourceIds: [] });
    engine.api['conversations.places'].mockResolvedValue([]);
    renderApp(engine);
    fireEvent.click(((await screen.findByText(/opened a shop/)).closest('button') as HTMLElement));
    const reading = await screen.findByRole('article', { name: /opened a shop/ });
    expect(within(reading).getByText(/^Mentions Kestrel/)).toBeTruthy();
  });
});
