// How the CLI writes things for people: aligned lines, plain words, a progress bar on a terminal.
import type { Conversation, ConversationSummary, Source, SyncProgress, SyncSummary } from '../../shared/model';
import { htmlToText } from '../core/util/text';
import { count, numberWords, relativeTime, sourceHealth } from '../../shared/words';

const offset = () => new Date().getTimezoneOffset();

/** Ends a sentence that may already end with its own full stop (messages from the engine usually do). */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sourceLines(sources: Source[], now: number): string[] {
  if (sources.length === 0) return ['No sources yet. Add one with: earshot sources add ADDRESS (or earshot sources samples)'];
  return sources.map((s) => {
    const health = sourceHealth(s, now, offset());
    const failing = s.status !== 'ok' && s.status !== 'new';
    const synced = s.lastSyncedAt ? `, ${failing ? 'tried' : 'read'} ${relativeTime(s.lastSyncedAt, now, offset())}` : '';
    const facts = `${count(s.conversationCount, 'conversation')}${synced}`;
    // "Working, two conversations, read just now"; a health that is a whole sentence is followed by another one.
    const line = /[.!?]$/.test(health) ? `${health} ${capitalized(facts)}` : `${health}, ${facts}`;
    const own = s.own ? `\n    Your company's own: not counted in the brief.` : '';
    return `${s.id}  ${s.title}\n    ${s.url}\n    ${line}${own}`;
  });
}

export function conversationLines(items: ConversationSummary[], now: number): string[] {
  return items.map((c) => {
    const who = c.author ? `${c.author}, ` : '';
    const replies = c.replyCount ? `, ${count(c.replyCount, 'reply', 'replies')}` : '';
    return `${c.id}  ${c.title}\n    ${who}${c.sourceTitle}, ${relativeTime(c.publishedAt, now, offset())}${replies}`;
  });
}

/** One conversation in full: who said it, where, when and how they sounded, then what they said. */
export function conversationDetail(c: Conversation, now: number): string[] {
  const who = c.author ? `${c.author}, ` : '';
  const replies = c.replyCount ? `, ${count(c.replyCount, 'reply', 'replies')}` : '';
  const tone = c.tone ? ` Sounds ${c.tone === 'asking' ? 'like a question' : c.tone}.` : '';
  const text = c.contentHtml ? htmlToText(c.contentHtml) : c.excerpt;
  return [c.title, `${who}${c.sourceTitle}, ${relativeTime(c.publishedAt, now, offset())}${replies}.${tone}`, c.link ?? '', '', text || c.excerpt];
}

export interface SyncReport {
  /** One line for standard output: "Read six of ten sources: no new conversations." */
  summary: string;
  /** One line for standard error per source that couldn't be read. */
  problems: string[];
  /** Sources that were tried and couldn't be read. */
  failed: number;
}

/** What a sync did, in words: the summary for whoever reads the output, each failure for whoever reads the errors. */
export function syncReport(summary: SyncSummary): SyncReport {
  const total = summary.sources.length;
  if (total === 0) return { summary: 'Nothing to read: no source is due. (Add one with: earshot sources add ADDRESS)', problems: [], failed: 0 };
  const failed = summary.sources.filter((s) => s.status !== 'ok');
  const read = total - failed.length;
  const problems = failed.map((f) => `Couldn't read ${f.title}: ${sentence(capitalized(f.message || "It couldn't be read"))}`);
  if (read === 0) {
    const which = total === 1 ? 'the source' : total === 2 ? 'either of the two sources' : `any of the ${count(total, 'source')}`;
    return { summary: `Couldn't read ${which}.`, problems, failed: failed.length };
  }
  const sources = failed.length ? `${numberWords(read)} of ${count(total, 'source')}` : count(total, 'source');
  const parts = [`Read ${sources}: ${count(summary.added, 'new conversation')}`];
  if (summary.updated) parts.push(`${numberish(summary.updated)} updated`);
  return { summary: parts.join(', ') + '.', problems, failed: failed.length };
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
