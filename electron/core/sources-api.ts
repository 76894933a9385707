// The foundation's part of the Api: the app, sources, sync, conversations, settings.
import { ApiError } from '../../shared/api';
import type { SourcesMethods } from '../../shared/api-sources';
import { DEFAULT_SETTINGS, type Settings, type SourceKind } from '../../shared/model';
import pkg from '../../package.json';
import { afterListeningChange, LISTENING_CHANGED_KEY } from './listen/relisten';
import { newWatchWord } from './listen/setup';
import { WatchTable } from './listen/watch-table';
import { installSamples } from './samples/samples';
import type { EngineContext, AreaApi } from './context';
import { DiscoveryError, discoverSources } from './feeds/discovery';
import { OpmlError, readOpml, writeOpml } from './feeds/opml';
import { publicSource } from './store/sources-table';
import { LAST_SYNC_KEY } from './sync/sync';
import { BACKUP_PROBLEM_KEY } from './after-sync';
import { stableId } from './util/ids';
import { normalizeSourceUrl } from './util/urls';


const LIMITS: { [K in keyof Settings]?: [number, number] } = {
  retentionDays: [7, 3650],
  syncIntervalMinutes: [0, 24 * 60],
  syncConcurrency: [1, 16],
};

function checkSettings(values: Partial<Settings>): Partial<Settings> {
  // Every face passes settings through here, so a value of the wrong kind (a string, NaN, null) is refused
  // rather than stored (NaN would be saved as null).
  for (const [key, value] of Object.entries(values) as [keyof Settings, unknown][]) {
    if (value === undefined) continue;
    if (typeof DEFAULT_SETTINGS[key] === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new ApiError(`“${key}” should be a number.`, 'invalid');
    }
    if (typeof DEFAULT_SETTINGS[key] === 'string' && typeof value !== 'string') {
      throw new ApiError(`“${key}” should be ${key === 'briefTime' ? 'a time like 07:30' : 'text'}.`, 'invalid');
    }
  }
  for (const [key, range] of Object.entries(LIMITS) as [keyof Settings, [number, number]][]) {
    const value = values[key];
    if (value !== undefined && (typeof value !== 'number' || value < range[0] || value > range[1])) {
      throw new ApiError(`“${key}” should be between ${range[0]} and ${range[1]}.`, 'invalid');
    }
  }
  if (values.briefTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.briefTime)) {
    throw new ApiError('The brief time should look like 07:30.', 'invalid');
  }
  return values;
}

export function sourcesApi(parts: EngineContext): AreaApi<SourcesMethods> {
  const { sources, conversations, settings, sync, clock } = parts;

  async function addSource(url: string, title: string | undefined, kind: SourceKind, group: string | null = null, own = false) {
    const normalized = normalizeSourceUrl(url);
    const existing = await sources.findByUrl(normalized);
    if (existing) return publicSource(existing);
    const id = stableId('source', normalized);
    await sources.add({ id, url: normalized, title: title?.trim() || normalized, kind, group, own, addedAt: clock() });
    parts.changed('sources');
    const added = await sources.get(id);
    if (!added) throw new ApiError('The source could not be added.');
    return publicSource(added);
  }

  async function getSource(id: string) {
    const source = await sources.get(id);
    if (!source) throw new ApiError('That source is no longer in Earshot.', 'not-found');
    return source;
  }

  return {
    async 'app.info'() {
      return {
        name: 'Earshot',
        version: pkg.version,
        dataDir: parts.dataDir,
        // What opening found, else a backup that could not be made (until one is).
        storeNotice: parts.store.notice ?? (await settings.getValue<string>(BACKUP_PROBLEM_KEY)) ?? null,
        conversationCount: await conversations.count(),
        sourceCount: (await sources.list()).length,
        lastSyncedAt: (await settings.getValue<number>(LAST_SYNC_KEY)) ?? null,
        now: clock(),
      };
    },
    async 'sources.list'() {
      return (await sources.list()).map(publicSource);
    },
    async 'sources.add'({ url, title, kind }) {
      return addSource(url, title, kind ?? 'general');
    },
    async 'sources.remove'({ id }) {
      const removed = await sources.remove(id);
      if (removed) parts.changed('sources');
      return { removed };
    },
    async 'sources.update'({ id, ...fields }) {
      const before = await getSource(id);
      // Whether a source is the company's own changes what the brief counts: noted in the same write, and today's
      // brief follows, as it does for a muted source (nothing to listen to again: only what is counted changes).
      const countsChange = fields.own !== undefined && fields.own !== before.own;
      const update = sources.updateStatement(id, fields);
      const write = [...(update ? [update] : []), ...(countsChange ? [parts.settings.setValueStatement(LISTENING_CHANGED_KEY, parts.clock())] : [])];
      if (write.length) await parts.store.write(write);
      parts.changed('sources');
      if (countsChange) parts.listeningChanged();
      return publicSource(await getSource(id));
    },
    async 'sources.discover'({ url }) {
      try {
        return await discoverSources(url, { fetch: parts.fetch, userAgent: parts.userAgent });
      } catch (err) {
        if (err instanceof DiscoveryError) throw new ApiError(err.message);
        throw err;
      }
    },
    async 'sources.importOpml'({ text }) {
      let list;
      try {
        list = readOpml(text);
      } catch (err) {
        if (err instanceof OpmlError) throw new ApiError(err.message, 'invalid');
        throw err;
      }
      let added = 0;
      for (const entry of list.entries) {
        const before = await sources.findByUrl(normalizeSourceUrl(entry.url));
        if (before) continue;
        await addSource(entry.url, entry.title, 'general', entry.group);
        added++;
      }
      return { added, alreadyHere: list.entries.length - added, notOnTheWeb: list.notOnTheWeb, repeated: list.repeated };
    },
    async 'sources.exportOpml'() {
      const list = (await sources.list()).filter((s) => /^https?:/.test(s.url));
      const text = writeOpml(
        list.map((s) => ({ url: s.url, title: s.title, group: s.group ?? null, siteUrl: s.siteUrl })),
        'Sources Earshot listens to',
        { now: clock() },
      );
      return { filename: 'earshot-sources.opml', type: 'text/x-opml', text };
    },
    async 'sources.addSamples'() {
      const samples = await installSamples(parts.resourcesDir, parts.dataDir, clock());
      // The sample company's names come too, unless the listener already has names of its own.
      const watch = new WatchTable(parts.store);
      if ((await watch.list()).length === 0 && samples.watchWords.length) {
        const words = samples.watchWords.map((w) => newWatchWord(w.word, w.kind, w.aliases, w.exclusions, clock()));
        await parts.store.write(words.map((w) => watch.saveStatement(w)));
        await afterListeningChange(parts);
      }
      const added = [];
      for (const s of samples.sources) {
        const source = await addSource(s.url, s.title, s.kind, null, s.own);
        // Added before: marked now, as a new one is when it is added.
        if (s.own && !source.own) {
          await sources.update(source.id, { own: true });
          added.push(publicSource(await getSource(source.id)));
        } else added.push(source);
      }
      return added;
    },
    async 'sync.run'({ sourceIds }) {
      return sync.run(sourceIds);
    },
    async 'sync.status'() {
      return sync.status();
    },
    async 'conversations.list'(args) {
      return conversations.list(args);
    },
    async 'conversations.get'({ id }) {
      return conversations.get(id);
    },
    async 'settings.get'() {
      return settings.get();
    },
    async 'settings.set'(values) {
      const known = Object.fromEntries(Object.entries(values).filter(([k]) => k in DEFAULT_SETTINGS));
      await settings.set(checkSettings(known));
      return settings.get();
    },
  };
}
