import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';

vi.mock('electron', () => import('./fake-electron'));

import { BrowserWindow, Notification, resetFakes } from './fake-electron';
import { notifyBriefReady } from '../../electron/main/app';

describe('the morning notification', () => {
  beforeEach(() => resetFakes());

  it('says the brief is ready, quietly, and brings the window forward when clicked', () => {
    const win = new BrowserWindow({}) as unknown as ElectronWindow;
    const focus = vi.spyOn(win, 'focus');
    notifyBriefReady(() => win);
    const note = Notification.instances[0]!;
    expect(note.options).toMatchObject({ title: 'Your morning brief is ready', silent: true });
    expect(note.options.body).not.toMatch(/\d|unread|new/i);
    expect(note.show).toHaveBeenCalled();
    note.emit('click');
    expect(focus).toHaveBeenCalled();
  });

  it('stays silent where notifications are not supported', () => {
    Notification.isSupported.mockReturnValueOnce(false);
    notifyBriefReady(() => null);
    expect(Notification.instances).toHaveLength(0);
  });
});
