// `earshot settings`: the few settings, one a line; `set` takes NAME=VALUE and refuses what it can't use.
import { ApiError } from '../../../shared/api';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model';
import { count } from '../../../shared/words';
import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';

const NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** What each name that `settings set` takes means (in the help). */
const ABOUT: Record<keyof Settings, string> = {
  retentionDays: 'days to keep conversations not kept or forwarded',
  syncIntervalMinutes: 'minutes between syncs while the app is open; 0: by hand',
  briefTime: 'when the morning brief is ready',
  syncConcurrency: 'how many sources are read at once',
};

const VALUE_HINT: Record<keyof Settings, string> = { retentionDays: 'DAYS', syncIntervalMinutes: 'MINUTES', briefTime: 'HH:MM', syncConcurrency: 'N' };

/** How a setting reads to a person (the app's own labels where it has them), with its value in words. */
const LABELS: Record<keyof Settings, { label: string; value(s: Settings): string }> = {
  briefTime: { label: 'Brief ready at', value: (s) => s.briefTime },
  syncIntervalMinutes: {
    label: 'Look for new conversations every',
    value: (s) => (s.syncIntervalMinutes === 0 ? 'only when you sync by hand' : count(s.syncIntervalMinutes, 'minute')),
  },
  retentionDays: { label: 'Keep conversations for', value: (s) => `${count(s.retentionDays, 'day')} (kept and forwarded ones stay for good)` },
  syncConcurrency: { label: 'Sources read at once', value: (s) => String(s.syncConcurrency) },
};

function isName(name: string): name is keyof Settings {
  return (NAMES as string[]).includes(name);
}

/** NAME=VALUE pairs, each checked for a known name and a value of the right kind (the engine checks the range). */
function parsePairs(pairs: string[]): Partial<Settings> {
  if (pairs.length === 0) throw new UsageError('Write settings as NAME=VALUE, e.g. earshot settings set retentionDays=60');
  const values: Partial<Record<keyof Settings, string | number>> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`Write settings as NAME=VALUE, e.g. retentionDays=60, not “${pair}”.`);
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1).trim();
    if (!isName(name)) throw new UsageError(`There is no setting “${name}”. The settings are: ${NAMES.join(', ')}.`);
    // 7:30 is how people write half past seven; the engine keeps times as 07:30.
    if (name === 'briefTime' && /^\d:\d\d$/.test(value)) values[name] = `0${value}`;
    else if (typeof DEFAULT_SETTINGS[name] === 'number') {
      if (!/^-?\d+$/.test(value)) throw new UsageError(`${name} should be a whole number, not “${value}”.`);
      values[name] = Number(value);
    } else values[name] = value;
  }
  return values as Partial<Settings>;
}

/** One line a setting, in the order the app shows them: “Keep conversations for: 90 days”. */
export function settingLines(settings: Settings, names: (keyof Settings)[] = Object.keys(LABELS) as (keyof Settings)[]): string[] {
  return names.map((n) => `${LABELS[n].label}: ${LABELS[n].value(settings)}`);
}

export const settingsCommand: Command = {
  name: 'settings',
  help: [
    { use: 'settings [get] [--json]', about: 'the settings, one a line, in plain words' },
    { use: 'settings set NAME=VALUE...', about: 'change settings (one or more); NAME is one of these:' },
    ...NAMES.map((n) => ({ use: `settings set ${n}=${VALUE_HINT[n]}`, about: ABOUT[n] })),
  ],
  async run(ctx) {
    const { values: options, positionals } = parseCommandArgs(ctx.tokens, { json: { type: 'boolean' } });
    const [verb, ...rest] = positionals;
    if (verb !== undefined && verb !== 'get' && verb !== 'set') throw new UsageError(`“settings ${verb}” isn't a command. Try: get, set.`);
    if (verb === 'get' && rest.length) throw new UsageError('settings get takes no names; it shows every setting.');
    const changes = verb === 'set' ? parsePairs(rest) : undefined;
    return ctx.withCore(async (core) => {
      if (changes) {
        // A value out of range is a mistake in what was typed too, so it exits like the checks above.
        const settings = await core.api['settings.set'](changes).catch((err: unknown) => {
          throw err instanceof ApiError && err.code === 'invalid' ? new UsageError(err.message) : err;
        });
        if (options.json) ctx.out(JSON.stringify(settings));
        else settingLines(settings, Object.keys(changes) as (keyof Settings)[]).forEach((l) => ctx.out(l));
      } else {
        const settings = await core.api['settings.get']({});
        if (options.json) ctx.out(JSON.stringify(settings));
        else settingLines(settings).forEach((l) => ctx.out(l));
      }
      return 0;
    });
  },
};
