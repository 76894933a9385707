import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../shared/api';
import { DEFAULT_SETTINGS } from '../../shared/model';
import type { Settings } from '../../shared/model';
import { fakeEngine, makeConversation, makeSource } from './fake-api';
import { renderApp } from './render-app';

afterEach(() => {
  document.documentElement.removeAttribute('data-appearance');
});

/** A fake engine whose settings are kept between calls and checked like the engine's (same messages). */
function start() {
  const engine = fakeEngine({ sources: [makeSource()], conversations: [makeConversation()] });
  let kept: Settings = { ...DEFAULT_SETTINGS };
  engine.api['settings.get'].mockImplementation(async () => kept);
  engine.api['settings.set'].mockImplementation(async (values: Partial<Settings>) => {
    if (values.retentionDays !== undefined && (values.retentionDays < 7 || values.retentionDays > 3650)) {
      throw new ApiError('“retentionDays” should be between 7 and 3650.', 'invalid');
    }
    kept = { ...kept, ...values };
    return kept;
  });
  const view = renderApp(engine, { screen: 'settings' });
  return { engine, view, settings: () => kept };
}

const form = () => screen.findByRole('form', { name: 'Your settings' });
const field = (label: string) => screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;

describe('Settings screen', () => {
  it('is in the navigation, quietly at the end', () => {
    start();
    const buttons = within(screen.getByRole('navigation', { name: 'Screens' })).getAllByRole('button');
    expect(buttons.at(-1)?.textContent).toBe('Settings');
    expect(buttons.at(-1)?.getAttribute('aria-current')).toBe('page');
  });

  it('shows the engine’s settings in plain words', async () => {
    start();
    await form();
    expect(field('Brief ready at').value).toBe('07:30');
    expect(field('Look for new conversations every').value).toBe('60');
    expect(field('Keep conversations for').value).toBe('90');
    expect(document.body.textContent).not.toMatch(/retention|interval|concurrency|sentiment|engagement|\bRSS\b/i);
  });

  it('saves only what changed, one setting at a time, and says so', async () => {
    const { engine, settings } = start();
    await form();
    const saveButton = screen.getByRole('button', { name: 'Save' });
    // Nothing to save yet: Save does not stand out.
    expect(saveButton.className).toContain('quiet-button');
    fireEvent.change(field('Keep conversations for'), { target: { value: '30' } });
    fireEvent.change(field('Brief ready at'), { target: { value: '06:45' } });
    expect(saveButton.className).not.toContain('quiet-button');
    fireEvent.click(saveButton);
    expect(await screen.findByText('Saved.')).toBeTruthy();
    await waitFor(() => expect(saveButton.className).toContain('quiet-button'));
    expect(engine.api['settings.set'].mock.calls.map((c) => c[0])).toEqual([{ briefTime: '06:45' }, { retentionDays: 30 }]);
    expect(settings()).toMatchObject({ retentionDays: 30, briefTime: '06:45', syncIntervalMinutes: 60 });
  });

  it('shows the engine’s refusal beside its field, in the words of that field, and saves the rest', async () => {
    const { settings } = start();
    await form();
    fireEvent.change(field('Keep conversations for'), { target: { value: '3' } });
    fireEvent.change(field('Look for new conversations every'), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const problem = await screen.findByText('Please choose between 7 and 3650 days.');
    const input = field('Keep conversations for');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(problem.id);
    // Beside its own field, not another's.
    expect(problem.closest('.setting')?.contains(input)).toBe(true);
    expect(field('Look for new conversations every').getAttribute('aria-invalid')).toBeNull();
    expect(settings()).toMatchObject({ retentionDays: 90, syncIntervalMinutes: 15 });
    expect(screen.getByText('The other changes were saved.')).toBeTruthy();
  });

  it('asks for a time or a number in plain words before asking the engine', async () => {
    const { engine } = start();
    await form();
    fireEvent.change(field('Brief ready at'), { target: { value: '' } });
    fireEvent.change(field('Look for new conversations every'), { target: { value: 'often' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please choose a time of day, like 07:30.')).toBeTruthy();
    expect(screen.getByText('Please type a number of minutes, or 0.')).toBeTruthy();
    expect(engine.api['settings.set']).not.toHaveBeenCalled();
  });

  it('changes the appearance at once, on the root element, and remembers it in this window', async () => {
    start();
    await form();
    expect(document.documentElement.hasAttribute('data-appearance')).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.getAttribute('data-appearance')).toBe('dark');
    expect(localStorage.getItem('earshot.appearance')).toBe('dark');
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.getAttribute('data-appearance')).toBe('light');
    fireEvent.click(screen.getByRole('radio', { name: 'Follow the system' }));
    expect(document.documentElement.hasAttribute('data-appearance')).toBe(false);
    expect(localStorage.getItem('earshot.appearance')).toBeNull();
  });

  it('starts with the appearance chosen before', async () => {
    localStorage.setItem('earshot.appearance', 'dark');
    start();
    await form();
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
  });

  it('leaves "Saved." and refusals behind when going to another screen', async () => {
    start();
    await form();
    fireEvent.change(field('Keep conversations for'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Please choose between 7 and 3650 days.');
    fireEvent.click(screen.getByRole('button', { name: 'Brief' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await form();
    expect(screen.queryByText('Please choose between 7 and 3650 days.')).toBeNull();
  });
});
