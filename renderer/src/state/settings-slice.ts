// Settings: the engine's (brief time, how often to look, how long to keep) through settings.get/set, and this
// window's appearance, kept beside the window. Each setting is saved on its own so a refusal is shown beside it.
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { applyAppearance, storeAppearance, storedAppearance, type Appearance } from '../lib/appearance';
import type { AppState } from './types';
import { plainError } from './errors';

/** The settings a person changes on the Settings screen. */
export type EditableSetting = 'briefTime' | 'syncIntervalMinutes' | 'retentionDays';
export type SettingsDraft = Record<EditableSetting, string>;
export type SettingsErrors = Partial<Record<EditableSetting, string>>;

export interface SettingsSlice {
  settings: Settings | null;
  /** Why the settings could not be read, as a plain sentence. */
  settingsLoadError: string | null;
  /** What went wrong with one setting, beside it. */
  settingsErrors: SettingsErrors;
  /** A calm line after saving ("Saved."). */
  settingsNotice: string | null;
  settingsSaving: boolean;
  appearance: Appearance;
  loadSettings(): Promise<void>;
  /** Saves what changed in the draft; true when everything was kept. */
  saveSettings(draft: SettingsDraft): Promise<boolean>;
  setAppearance(appearance: Appearance): void;
}

const WHOLE = /^\d+$/;

/** The draft's value as the engine wants it, or a sentence saying what to type instead. */
export function readSetting(key: EditableSetting, text: string): { value: string | number } | { problem: string } {
  const value = text.trim();
  if (key === 'briefTime') {
    return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? { value } : { problem: 'Please choose a time of day, like 07:30.' };
  }
  if (!WHOLE.test(value)) {
    return { problem: key === 'retentionDays' ? 'Please type a number of days.' : 'Please type a number of minutes, or 0.' };
  }
  return { value: Number(value) };
}

/** The engine's refusal in the words of the field it is about ("Choose between 7 and 3650 days."). */
export function refusalWords(key: EditableSetting, err: unknown): string {
  const message = plainError(err, "This setting couldn't be saved. Please try again.");
  const range = /should be between (\d+) and (\d+)/.exec(message);
  if (!range) return message;
  if (key === 'retentionDays') return `Please choose between ${range[1]} and ${range[2]} days.`;
  if (key === 'syncIntervalMinutes') return `Please choose between ${range[1]} and ${range[2]} minutes (0 means only when you press Sync now).`;
  return message;
}

const ORDER: readonly EditableSetting[] = ['briefTime', 'syncIntervalMinutes', 'retentionDays'];

export const createSettingsSlice =
  (api: Api): StateCreator<AppState, [], [], SettingsSlice> =>
  (set, get) => ({
    settings: null,
    settingsLoadError: null,
    settingsErrors: {},
    settingsNotice: null,
    settingsSaving: false,
    appearance: storedAppearance(),

    async loadSettings() {
      try {
        set({ settings: await api['settings.get']({}), settingsLoadError: null });
      } catch (err) {
        set({ settingsLoadError: plainError(err, "The settings couldn't be read just now. Please try again.") });
      }
    },

    async saveSettings(draft) {
      const current = get().settings;
      const errors: SettingsErrors = {};
      const changes: Array<[EditableSetting, string | number]> = [];
      for (const key of ORDER) {
        const read = readSetting(key, draft[key]);
        if ('problem' in read) errors[key] = read.problem;
        else if (!current || current[key] !== read.value) changes.push([key, read.value]);
      }
      set({ settingsSaving: true, settingsNotice: null, settingsErrors: errors });
      let saved = 0;
      for (const [key, value] of changes) {
        try {
          const settings = await api['settings.set']({ [key]: value });
          set({ settings });
          saved += 1;
        } catch (err) {
          errors[key] = refusalWords(key, err);
        }
      }
      const ok = Object.keys(errors).length === 0;
      set({
        settingsSaving: false,
        settingsErrors: { ...errors },
        settingsNotice: ok ? (saved > 0 ? 'Saved.' : 'Nothing to change.') : saved > 0 ? 'The other changes were saved.' : null,
      });
      return ok;
    },

    setAppearance(appearance) {
      storeAppearance(appearance);
      applyAppearance(appearance);
      set({ appearance });
    },
  });
