// A source's health in plain words. Never "feed" or "RSS": the user sees "source".
import type { Source } from '../../../shared/model';
import { sinceWords } from './time-words';

export type Tone = 'calm' | 'attention';

export interface HealthWords {
  /** Short label: "Working", "Couldn't be reached since Tuesday", "Gone". */
  label: string;
  /** Longer explanation, may be empty. */
  detail: string;
  tone: Tone;
}

export function healthWords(source: Source, now: number): HealthWords {
  if (source.paused) return { label: 'Paused', detail: 'Earshot is not listening to this source for now.', tone: 'calm' };
  switch (source.status) {
    case 'ok':
      return { label: 'Working', detail: '', tone: 'calm' };
    case 'new':
      return { label: 'Not synced yet', detail: 'It will be read at the next sync.', tone: 'calm' };
    case 'unreachable': {
      const since = source.lastOkAt ?? source.addedAt;
      return { label: `Couldn't be reached since ${sinceWords(since, now)}`, detail: source.statusMessage, tone: 'attention' };
    }
    case 'not-a-feed':
      return { label: 'Not a source Earshot can read', detail: source.statusMessage, tone: 'attention' };
    case 'gone':
      return { label: 'Gone', detail: source.statusMessage || 'This address no longer exists.', tone: 'attention' };
    case 'offline':
      return { label: 'Waiting for a connection', detail: 'This computer was offline at the last sync.', tone: 'calm' };
  }
}

/** "12 conversations", "1 conversation", "No conversations yet". */
export function conversationCountWords(n: number): string {
  if (n === 0) return 'No conversations yet';
  return `${n} conversation${n === 1 ? '' : 's'}`;
}

/** The host name of an address, for a short label ("example.com"); the address itself if it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** A source's name: its title, or its host while the title is still its address (a source not yet read). */
export function sourceTitle(source: Pick<Source, 'title' | 'url'>): string {
  return source.title && source.title !== source.url ? source.title : hostOf(source.url);
}

/** The address as the user should see it: a web address as it is, a file as plain words. */
export function addressWords(url: string): string {
  return url.startsWith('file:') ? 'A file on this computer' : url;
}
