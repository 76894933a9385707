// How the CLI writes things for people: aligned lines, plain words, a progress bar on a terminal.
import type { ConversationSummary, Source, SyncProgress, SyncSummary } from '../../shared/model';
import { count, relativeTime, sourceHealth } from '../../shared/words';

const offset = () => new Date().getTimezoneOffset();

export function sourceLines(sources: Source[], now: number): string[] {
  if (sources.length === 0) return ['No sources yet. Add one with: earshot sources add ADDRESS (or earshot sources samples)'];
  return sources.map((s) => {
    const health = sourceHealth(s, now, offset());
    const synced = s.lastSyncedAt ? `, read ${relativeTime(s.lastSyncedAt, now, offset())}` : '';
    return `${s.id}  ${s.title}\n    ${s.url}\n    ${health}, ${count(s.conversationCount, 'conversation')}${synced}`;
  });
}

export function conversationLines(items: ConversationSummary[], now: number): string[] {
  return items.map((c) => {
    const who = c.author ? `${c.author}, ` : '';
    const replies = c.replyCount ? `, ${count(c.replyCount, 'reply', 'replies')}` : '';
    return `${c.id}  ${c.title}\n    ${who}${c.sourceTitle}, ${relativeTime(c.publishedAt, now, offset())}${replies}`;
  });
}

export function syncSummaryLine(summary: SyncSummary): string {
  const read = summary.sources.length;
  if (read === 0) return 'Nothing to read: no source is due. (Add one with: earshot sources add ADDRESS)';
  const parts = [`Read ${count(read, 'source')}: ${count(summary.added, 'new conversation')}`];
  if (summary.updated) parts.push(`${numberish(summary.updated)} updated`);
  let line = parts.join(', ') + '.';
  const failed = summary.sources.filter((s) => s.status !== 'ok');
  if (failed.length) {
    line += ` ${failed.length === 1 ? 'One source' : `${count(failed.length, 'source')}`} couldn't be read: ` +
      failed.map((f) => `${f.title} (${f.message})`).join('; ');
  }
  return line;
}

function numberish(n: number): string {
  return count(n, 'conversation').replace(/ conversations?$/, '');
}

/** A one-line progress bar, redrawn in place (terminals only). */
export function progressBar(p: SyncProgress, width = 24): string {
  const frac = p.total ? p.done / p.total : 0;
  const filled = Math.round(frac * width);
  const current = p.current ? `  ${p.current.title.slice(0, 40)}` : '';
  return `\rReading sources ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${p.done}/${p.total}${current}\x1b[K`;
}
