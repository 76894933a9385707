import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';

const DAY = 86_400_000;
const open = (engine: ReturnType<typeof fakeEngine>) => renderApp(engine);

describe('Sources screen', () => {
  it('shows each source with its health in plain words', async () => {
    // "Now" is Wednesday noon; the unreachable source last worked on the Monday.
    const engine = fakeEngine({
      sources: [
        makeSource({ id: 'a', title: 'Working one', status: 'ok' }),
        makeSource({ id: 'b', title: 'Down one', status: 'unreachable', lastOkAt: NOW - 2 * DAY, statusMessage: 'The server did not answer.' }),
        makeSource({ id: 'c', title: 'Page one', status: 'not-a-feed' }),
        makeSource({ id: 'd', title: 'Old one', status: 'gone' }),
      ],
    });
    open(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    const list = await screen.findByRole('list', { name: 'Your sources' });
    const row = (title: string) => within(list).getByRole('heading', { name: title }).closest('li') as HTMLElement;
    expect(row('Working one').textContent).toContain('Working');
    expect(row('Down one').textContent).toMatch(/Couldn't be reached since Monday/);
    expect(row('Down one').textContent).toContain('The server did not answer.');
    expect(row('Page one').textContent).toContain('Not a source Earshot can read');
    expect(row('Old one').textContent).toContain('Gone');
    // Calm words only: the UI never says "feed" or "RSS".
    expect(document.body.textContent).not.toMatch(/\bfeed\b|\bRSS\b/i);
  });

  it('adds a source by its address through the Api', async () => {
    const engine = fakeEngine({ sources: [makeSource()] });
    open(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    const input = screen.getByLabelText('Address of a source');
    fireEvent.change(input, { target: { value: '  https://news.example.org/search.xml ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    await waitFor(() => expect(engine.api['sources.add']).toHaveBeenCalledWith({ url: 'https://news.example.org/search.xml' }));
    expect(await screen.findByRole('heading', { name: 'news.example.org' })).toBeTruthy();
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(''));
    // It is read at once, so its row can say whether it works.
    const added = (await engine.api['sources.add'].mock.results[0]!.value) as { id: string };
    await waitFor(() => expect(engine.api['sync.run']).toHaveBeenCalledWith({ sourceIds: [added.id] }));
  });

  it('shows the engine’s plain sentence when adding fails', async () => {
    const engine = fakeEngine({ sources: [makeSource()] });
    const { ApiError } = await import('../../shared/api');
    engine.api['sources.add'].mockRejectedValueOnce(new ApiError("This address doesn't look like a web address.", 'invalid'));
    open(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    fireEvent.change(screen.getByLabelText('Address of a source'), { target: { value: 'nonsense' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    expect((await screen.findByRole('alert')).textContent).toBe("This address doesn't look like a web address.");
    // What was said about the last address goes once another is being typed.
    fireEvent.change(screen.getByLabelText('Address of a source'), { target: { value: 'https://' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says beside the form what came of reading the source just added, and offers to remove one that failed', async () => {
    const engine = fakeEngine({ sources: [makeSource()] });
    const result = (sourceId: string, over: object) => ({
      startedAt: NOW, finishedAt: NOW, added: 0, updated: 0, failed: 0,
      sources: [{ sourceId, title: '', status: 'ok', message: '', added: 0, updated: 0, notModified: false, skipped: false, ...over }],
    });
    open(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    const form = screen.getByLabelText('Address of a source').closest('form')!;
    const status = within(form).getByRole('status');

    engine.api['sync.run'].mockImplementationOnce(async ({ sourceIds }: { sourceIds: string[] }) => result(sourceIds[0]!, { added: 3 }));
    fireEvent.change(screen.getByLabelText('Address of a source'), { target: { value: 'https://news.example.org/search.xml' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    await waitFor(() => expect(status.textContent).toBe('Added news.example.org: 3 conversations.'));

    engine.api['sync.run'].mockImplementationOnce(async ({ sourceIds }: { sourceIds: string[] }) =>
      result(sourceIds[0]!, { status: 'unreachable', message: "The site didn't answer." }),
    );
    fireEvent.change(screen.getByLabelText('Address of a source'), { target: { value: 'https://down.example/' } });
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    await waitFor(() =>
      expect(status.textContent).toBe("Added down.example, but it couldn't be read: The site didn't answer. Earshot will try again later. Remove it"),
    );
    fireEvent.click(within(status).getByRole('button', { name: 'Remove it' }));
    await waitFor(() => expect(engine.sources.map((s) => s.url)).not.toContain('https://down.example/'));
    expect(status.textContent).toBe('');
  });

  it('removes a source only after confirmation', async () => {
    const engine = fakeEngine({ sources: [makeSource({ id: 'a', title: 'First' }), makeSource({ id: 'b', title: 'Second' })] });
    open(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove First' }));
    expect(engine.api['sources.remove']).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    // Changing one's mind keeps it.
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(engine.api['sources.remove']).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove First' }));
    const confirm = screen.getByRole('group', { name: 'Remove First?' });
    within(confirm).getByRole('button', { name: 'Remove' }).focus();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(engine.api['sources.remove']).toHaveBeenCalledWith({ id: 'a' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'First' })).toBeNull());
    expect(screen.getByRole('heading', { name: 'Second' })).toBeTruthy();
    // The Remove button it was on went with the row: the focus goes on to the next row's first control.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Second' })));
  });

  it('offers sample data first on an empty first run, then syncs and opens the brief', async () => {
    const engine = fakeEngine();
    open(engine);
    // The first run opens on Sources, with the samples offered before the forms.
    const button = await screen.findByRole('button', { name: 'Try with sample data' });
    const form = screen.getByLabelText('Address of a source');
    expect(button.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(button);
    await waitFor(() => expect(engine.api['sources.addSamples']).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(engine.api['sync.run']).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Brief' }).getAttribute('aria-current')).toBe('page'));
    expect(screen.queryByRole('heading', { name: 'Sources', level: 1 })).toBeNull();
  });

  it('does not offer sample data once there are sources', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation()] });
    open(engine);
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    await screen.findByRole('list', { name: 'Your sources' });
    expect(screen.queryByRole('button', { name: 'Try with sample data' })).toBeNull();
  });
});
