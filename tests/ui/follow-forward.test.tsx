import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../shared/follow';
import { fakeEngine, makeConversation, makeSource, NOW } from './fake-api';
import { renderApp } from './render-app';
import { withReading } from './read-helpers';
import { withFollow } from './follow-fake';
import { recordDownloads } from './downloads';

const clicked = recordDownloads();

const maya: Person = { id: 'p1', name: 'Maya Lind', email: 'maya@kestrel.example', team: 'R&D', owns: ['battery'], addedAt: NOW };
const theo: Person = { id: 'p2', name: 'Theo Park', email: 'theo@kestrel.example', team: 'Delivery', owns: ['delivery'], addedAt: NOW };

function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c1' })] });
  withReading(engine);
  const data = withFollow(engine, { people: [theo, maya], suggest: { c1: 'p1' } });
  renderApp(engine);
  return { engine, data };
}

async function openDialog() {
  fireEvent.click(await screen.findByRole('button', { name: /The battery lasts half a day/ }));
  await screen.findByRole('article', { name: 'The battery lasts half a day' });
  fireEvent.keyDown(window, { key: 'f' });
  return screen.findByRole('dialog', { name: 'Forward to someone' });
}

describe('forwarding', () => {
  it('asks for a name and email at once when there is nobody to choose yet', async () => {
    const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation({ id: 'c1' })] });
    withReading(engine);
    withFollow(engine, { people: [] });
    renderApp(engine);
    const dialog = await openDialog();
    expect(within(dialog).getByLabelText('Name')).toBeTruthy();
    expect(within(dialog).getByLabelText('Email')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Someone else…' })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Name'));
    // Enter in the fields adds the person, as in any form; being the only one, they are the choice next time too.
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Jo Baker' } });
    fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: 'jo@kestrel.example' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Email'), { key: 'Enter' });
    const jo = await within(dialog).findByRole('radio', { name: /Jo Baker/ });
    await waitFor(() => expect((jo as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const again = await openDialog();
    const only = await within(again).findByRole('radio', { name: /Jo Baker/ });
    await waitFor(() => expect((only as HTMLInputElement).checked).toBe(true));
    await within(again).findByRole('link', { name: 'Open in Mail' });
  });

  it('suggests the owner, composes the message with the note, and records it when mailed', async () => {
    const { engine, data } = start();
    const dialog = await openDialog();
    const suggested = await within(dialog).findByRole('radio', { name: /Maya Lind/ });
    await waitFor(() => expect((suggested as HTMLInputElement).checked).toBe(true));
    expect(suggested.closest('label')?.textContent).toContain('Maya Lind · R&D — suggested: owns “battery”');
    // The suggested owner comes first.
    expect(within(dialog).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['p1', 'p2']);

    fireEvent.change(within(dialog).getByLabelText('Your note'), { target: { value: 'Can we call Dana?' } });
    await waitFor(() => expect(engine.api['forwards.compose']).toHaveBeenLastCalledWith({ conversationId: 'c1', personId: 'p1', note: 'Can we call Dana?' }));
    const preview = within(dialog).getByRole('region', { name: 'The message' });
    await waitFor(() => expect(preview.textContent).toContain('Can we call Dana?'));
    const mail = within(dialog).getByRole('link', { name: 'Open in Mail' });
    await waitFor(() => expect(mail.getAttribute('href')).toContain('mailto:maya@kestrel.example?subject='));
    const href = new URL(mail.getAttribute('href')!);
    expect(href.searchParams.get('body')).toContain('Can we call Dana?');

    // jsdom does not follow mailto: links; the click still records the forward.
    mail.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(mail);
    await waitFor(() => expect(engine.api['forwards.create']).toHaveBeenCalledWith({ conversationId: 'c1', personId: 'p1', note: 'Can we call Dana?' }));
    await within(dialog).findByText(/Recorded in Follow-ups/);
    expect(data.forwards).toHaveLength(1);
    // Saving after that uses the same record, not a second one.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as email file' }));
    await waitFor(() => expect(clicked.map((a) => a.download)).toEqual(['earshot-f1.eml']));
    expect(engine.api['forwards.eml']).toHaveBeenCalledWith({ forwardId: 'f1' });
    expect(engine.api['forwards.create']).toHaveBeenCalledTimes(1);
    expect((within(dialog).getByLabelText('Your note') as HTMLTextAreaElement).disabled).toBe(true);

    // The thread itself now says where it went and how it stands, in the reader and in its list row.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    const article = screen.getByRole('article', { name: 'The battery lasts half a day' });
    const line = await within(article).findByRole('list', { name: 'Forwarded' });
    expect(line.textContent).toMatch(/^Forwarded to Maya Lind today · open/);
    expect(screen.getByRole('button', { name: /The battery lasts half a day/ }).textContent).toContain('· Forwarded');
  });

  it('adds a person inline, copies rich and plain text, and saves Markdown', async () => {
    const { engine, data } = start();
    const write = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { write, writeText }, configurable: true });
    class FakeClipboardItem {
      constructor(public items: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    try {
      const dialog = await openDialog();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Someone else…' }));
      fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Ines Ortega' } });
      fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: 'ines@kestrel.example' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
      const ines = await within(dialog).findByRole('radio', { name: /Ines Ortega/ });
      await waitFor(() => expect((ines as HTMLInputElement).checked).toBe(true));
      expect(data.people.map((p) => p.name)).toContain('Ines Ortega');
      await waitFor(() => expect(within(dialog).getByRole('link', { name: 'Open in Mail' }).getAttribute('href')).toContain('ines@kestrel.example'));

      fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
      await within(dialog).findByText(/Copied/);
      expect(write).toHaveBeenCalledTimes(1);
      const item = (write.mock.calls[0] as unknown as [FakeClipboardItem[]])[0][0]!;
      expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
      expect(engine.api['forwards.create']).toHaveBeenCalledWith({ conversationId: 'c1', personId: 'p3', note: '' });

      fireEvent.click(within(dialog).getByRole('button', { name: 'Save as a text file' }));
      await waitFor(() => expect(clicked.map((a) => a.download)).toEqual(['earshot-f1.md']));
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('falls back to plain text when rich copy is refused', async () => {
    start();
    const write = vi.fn(async () => Promise.reject(new Error('NotAllowedError')));
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { write, writeText }, configurable: true });
    vi.stubGlobal('ClipboardItem', class {});
    try {
      const dialog = await openDialog();
      await waitFor(() => expect((within(dialog).getByRole('radio', { name: /Maya/ }) as HTMLInputElement).checked).toBe(true));
      await within(dialog).findByRole('link', { name: 'Open in Mail' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
      await within(dialog).findByText(/Copied/);
      expect(writeText).toHaveBeenCalledWith(expect.stringContaining('said on Example blog'));
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('is a proper dialog: focus inside, Tab wraps, Escape closes and gives focus back', async () => {
    start();
    const dialog = await openDialog();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(cancel);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('stays a dialog once the forward is recorded and the choices are disabled: Tab wraps, the page behind is out of reach', async () => {
    const { engine } = start();
    const dialog = await openDialog();
    await waitFor(() => expect((within(dialog).getByRole('radio', { name: /Maya/ }) as HTMLInputElement).checked).toBe(true));
    const mail = await within(dialog).findByRole('link', { name: 'Open in Mail' });
    mail.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(mail);
    await within(dialog).findByText(/Recorded in Follow-ups/);
    const done = within(dialog).getByRole('button', { name: 'Done' });
    // The radios and the note are disabled now: "Open in Mail" is the first stop and "Done" the last.
    mail.focus();
    expect(fireEvent.keyDown(mail, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(done);
    expect(fireEvent.keyDown(done, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(mail);
    expect(document.getElementById('main')!.closest('[inert]')).not.toBeNull();
    expect(document.querySelector('.header')!.closest('[inert]')).not.toBeNull();
    expect(dialog.closest('[inert]')).toBeNull();

    // Were the focus to drop to the page all the same, the keys there still belong to the dialog.
    mail.blur();
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(engine.api['bookmarks.add']).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.querySelector('[inert]')).toBeNull();
  });
});
