// Settings in plain words: when the brief is ready, how often to look for new conversations, how long to keep them,
// and light or dark. Each engine setting is checked by the engine; a refusal is said beside its field.
import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/model';
import { useApp } from '../../state/context';
import type { EditableSetting, SettingsDraft } from '../../state/settings-slice';
import { AppearanceChoice } from './AppearanceChoice';
import './settings.css';

const draftOf = (s: Settings): SettingsDraft => ({
  briefTime: s.briefTime,
  syncIntervalMinutes: String(s.syncIntervalMinutes),
  retentionDays: String(s.retentionDays),
});

interface FieldProps {
  name: EditableSetting;
  label: string;
  hint: string;
  unit?: string;
  type: 'time' | 'number';
  value: string;
  onChange(value: string): void;
}

function Field({ name, label, hint, unit, type, value, onChange }: FieldProps) {
  const problem = useApp((s) => s.settingsErrors[name]);
  const id = `setting-${name}`;
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <span className="setting-row">
        <input
          id={id}
          name={name}
          type={type}
          {...(type === 'number' ? { min: 0, step: 1, inputMode: 'numeric' as const } : {})}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit ? <span>{unit}</span> : null}
      </span>
      <span id={`${id}-hint`} className="setting-hint quiet">
        {hint}
      </span>
      {problem ? (
        <span id={`${id}-problem`} className="setting-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const save = useApp((s) => s.saveSettings);
  const saving = useApp((s) => s.settingsSaving);
  const notice = useApp((s) => s.settingsNotice);
  const stored = useApp((s) => s.settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(initial));
  // What was said about the last save no longer holds once something is changed again.
  const [editedSince, setEditedSince] = useState(false);
  const edit = (name: EditableSetting) => (value: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setEditedSince(true);
  };
  // Save stands out only when there is something to save.
  const before = draftOf(stored ?? initial);
  const changed = (Object.keys(before) as EditableSetting[]).some((k) => before[k] !== draft[k]);

  return (
    <form
      className="settings-form"
      aria-label="Your settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setEditedSince(false);
        void save(draft);
      }}
    >
      <Field
        name="briefTime"
        label="Brief ready at"
        type="time"
        hint="Each morning's brief is put together at this time."
        value={draft.briefTime}
        onChange={edit('briefTime')}
      />
      <Field
        name="syncIntervalMinutes"
        label="Look for new conversations every"
        type="number"
        unit="minutes"
        hint="While Earshot is open. 0 means only when you press Sync now."
        value={draft.syncIntervalMinutes}
        onChange={edit('syncIntervalMinutes')}
      />
      <Field
        name="retentionDays"
        label="Keep conversations for"
        type="number"
        unit="days"
        hint="Conversations you kept or forwarded stay for good."
        value={draft.retentionDays}
        onChange={edit('retentionDays')}
      />
      <p className="settings-actions">
        <button type="submit" className={changed ? 'button' : 'button quiet-button'} disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <span className="quiet" role="status">
          {editedSince ? '' : notice}
        </span>
      </p>
    </form>
  );
}

export function SettingsScreen() {
  const settings = useApp((s) => s.settings);
  const loadError = useApp((s) => s.settingsLoadError);
  const load = useApp((s) => s.loadSettings);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // Always the engine's values as they are now (the command line may have changed them).
    void load().finally(() => setLoaded(true));
  }, [load]);

  return (
    <section className="screen settings-screen" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <p className="lede">How Earshot listens for you.</p>
      {loadError ? (
        <p className="problem" role="alert">
          {loadError}
        </p>
      ) : null}
      {loaded && settings ? <SettingsForm initial={settings} /> : !loadError ? <p className="quiet">Reading your settings…</p> : null}
      <AppearanceChoice />
    </section>
  );
}
