// The foundation's operations: the app, sources, sync, conversations, settings.
import { idField, noArgs, type ShapesOf } from './api-shape';
import type { AppInfo, Conversation, ConversationPage, ImportedSources, Settings, Source, SourceKind, SyncProgress, SyncSummary } from './model';

type None = Record<string, never>;

export interface SourcesMethods {
  'app.info': { args: None; result: AppInfo };
  'sources.list': { args: None; result: Source[] };
  'sources.add': { args: { url: string; title?: string; kind?: SourceKind }; result: Source };
  'sources.remove': { args: { id: string }; result: { removed: boolean } };
  /** `own`: the company's own channel, listed but left out of the brief (see Source.own). */
  'sources.update': { args: { id: string; title?: string; kind?: SourceKind; paused?: boolean; own?: boolean }; result: Source };
  /** Finds the sources a web page or site offers (its own links, common addresses, YouTube and Reddit patterns). */
  'sources.discover': { args: { url: string }; result: Array<{ url: string; title: string }> };
  /** Adds the sources listed in an OPML file (the list other readers export); nested folders become groups. */
  /** Adds a list's web addresses; says how many were there already, not on the web, or in the list twice. */
  'sources.importOpml': { args: { text: string }; result: ImportedSources };
  /** The sources as an OPML 2.0 file, for other readers. */
  'sources.exportOpml': { args: None; result: { filename: string; type: string; text: string } };
  /** Adds the sample sources shipped with the app (works with no network). */
  'sources.addSamples': { args: None; result: Source[] };
  'sync.run': { args: { sourceIds?: string[] }; result: SyncSummary };
  'sync.status': { args: None; result: SyncProgress };
  /** `notListed`: the conversations lists leave out (each with why), instead of those they show. */
  'conversations.list': {
    args: { sourceId?: string; query?: string; before?: string; limit?: number; notListed?: boolean };
    result: ConversationPage;
  };
  'conversations.get': { args: { id: string }; result: Conversation | null };
  'settings.get': { args: None; result: Settings };
  'settings.set': { args: Partial<Settings>; result: Settings };
}

const kind = { type: 'enum', values: ['search', 'general'], optional: true } as const;

export const SOURCES_SHAPES = {
  'app.info': noArgs,
  'sources.list': noArgs,
  'sources.add': { url: { type: 'string', max: 4000 }, title: { type: 'string', optional: true, max: 500 }, kind },
  'sources.remove': { id: idField },
  'sources.update': {
    id: idField,
    title: { type: 'string', optional: true, max: 500 },
    kind,
    paused: { type: 'boolean', optional: true },
    own: { type: 'boolean', optional: true },
  },
  'sources.discover': { url: { type: 'string', max: 4000 } },
  'sources.importOpml': { text: { type: 'string', max: 5_000_000 } },
  'sources.exportOpml': noArgs,
  'sources.addSamples': noArgs,
  'sync.run': { sourceIds: { type: 'string[]', optional: true, max: 1000 } },
  'sync.status': noArgs,
  'conversations.list': {
    sourceId: { ...idField, optional: true },
    query: { type: 'string', optional: true, max: 500 },
    before: { type: 'string', optional: true, max: 200 },
    limit: { type: 'integer', optional: true, min: 1, max: 1000 },
    notListed: { type: 'boolean', optional: true },
  },
  'conversations.get': { id: idField },
  'settings.get': noArgs,
  'settings.set': {
    retentionDays: { type: 'integer', optional: true },
    syncIntervalMinutes: { type: 'integer', optional: true },
    briefTime: { type: 'string', optional: true, max: 5 },
    syncConcurrency: { type: 'integer', optional: true },
  },
} as const satisfies ShapesOf<SourcesMethods>;
