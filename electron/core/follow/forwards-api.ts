// The forwards part of the follow Api: suggest, compose, record, move along the ledger, export.
// Nothing is sent from here: the user's mail client sends; the ledger records.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api';
import type { FollowMethods } from '../../../shared/api-follow';
import { FORWARD_STATUS_WORDS, type Forward, type OpenLoop } from '../../../shared/follow';
import type { AreaApi, EngineContext } from '../context';
import { stableId } from '../util/ids';
import { composeMessage } from './compose';
import { toCsv } from './csv';
import { buildEml } from './eml';
import { ForwardsTable, eventStatement } from './forwards-table';
import { getPerson, listPeople } from './people';
import { OWN_ACCOUNTS_KEY, findProposals, normalizeAccount } from './proposals';
import { requireSnapshot } from './snapshot';
import { checkStatusMove } from './status';
import { suggestOwners } from './suggest';

type ForwardMethods = Pick<FollowMethods, Extract<keyof FollowMethods, `forwards.${string}` | `followups.${string}`>>;

const DAY = 24 * 60 * 60 * 1000;

function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40)
    .replace(/-+$/, '')
    .toLowerCase();
  return slug || 'conversation';
}

function isoDay(at: number | null): string {
  return at === null ? '' : new Date(at).toISOString().slice(0, 10);
}

function cleanReplyLink(link: string): string | null {
  const clean = link.trim();
  if (!clean) return null;
  if (!/^https?:\/\/\S+$/i.test(clean)) throw new ApiError('The reply link should be a web address starting with https://', 'invalid');
  return clean;
}

/** A reminder on a day already gone by would only ever be late: refused for every face. Today is still fine. */
function checkReminder(remindAt: number | undefined, now: number): void {
  if (remindAt !== undefined && remindAt < new Date(now).setHours(0, 0, 0, 0)) throw new ApiError('That day has passed; pick a later one.', 'invalid');
}

async function conversationLabels(ctx: EngineContext, conversationId: string): Promise<string[]> {
  const row = await ctx.store.get<{ matches: string | null }>(`SELECT matches FROM conversations WHERE id = ?`, [conversationId]);
  try {
    const parsed: unknown = row?.matches ? JSON.parse(row.matches) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.map((m: unknown) => (m && typeof m === 'object' ? (m as { word?: unknown }).word : m)).filter((w): w is string => typeof w === 'string');
  } catch {
    return [];
  }
}

export function forwardsApi(ctx: EngineContext): AreaApi<ForwardMethods> {
  const table = new ForwardsTable(ctx.store);
  const changed = () => ctx.emit('follow.changed', {});

  async function mustGet(id: string): Promise<Forward> {
    const forward = await table.get(id);
    if (!forward) throw new ApiError('That follow-up is no longer in the ledger.', 'not-found');
    return forward;
  }

  async function messageOf(forward: Forward) {
    return composeMessage({ conversation: forward.conversation, personName: forward.personName, personEmail: forward.personEmail, note: forward.note });
  }

  return {
    async 'forwards.suggest'({ conversationId }) {
      const snap = await requireSnapshot(ctx, conversationId);
      const text = [snap.title, snap.excerpt, snap.content].join('\n');
      return suggestOwners(await listPeople(ctx.store), { text, labels: await conversationLabels(ctx, conversationId) });
    },
    async 'forwards.compose'({ conversationId, personId, note }) {
      const conversation = await requireSnapshot(ctx, conversationId);
      const person = personId ? await getPerson(ctx.store, personId) : null;
      if (personId && !person) throw new ApiError('That person is no longer in Earshot.', 'not-found');
      return composeMessage({ conversation, personName: person?.name ?? null, personEmail: person?.email ?? null, note: note ?? '' });
    },
    async 'forwards.create'({ conversationId, personId, note, remindAt }) {
      checkReminder(remindAt, ctx.clock());
      const conversation = await requireSnapshot(ctx, conversationId);
      const person = await getPerson(ctx.store, personId);
      if (!person) throw new ApiError('That person is no longer in Earshot.', 'not-found');
      const id = stableId('forward', randomUUID());
      const snapshot = { conversation, personName: person.name, personEmail: person.email };
      await ctx.store.write(
        table.createStatements({ id, conversationId, personId, note: (note ?? '').trim(), remindAt: remindAt ?? null, snapshot, at: ctx.clock() }),
      );
      changed();
      return mustGet(id);
    },
    async 'forwards.get'({ id }) {
      return table.get(id);
    },
    async 'forwards.message'({ id }) {
      return messageOf(await mustGet(id));
    },
    async 'forwards.eml'({ forwardId }) {
      const forward = await mustGet(forwardId);
      const message = await messageOf(forward);
      const text = buildEml({ message, toName: forward.personName, toEmail: forward.personEmail, id: forward.id, at: ctx.clock() });
      return { filename: `earshot-${fileSlug(forward.conversation.title)}.eml`, type: 'message/rfc822', text };
    },
    async 'forwards.markdown'({ forwardId }) {
      const forward = await mustGet(forwardId);
      const message = await messageOf(forward);
      return { filename: `earshot-${fileSlug(forward.conversation.title)}.md`, type: 'text/markdown', text: message.markdown };
    },
    async 'forwards.list'({ status, personId }) {
      return table.list({ status, personId });
    },
    async 'forwards.update'({ id, status, note, remindAt, clearReminder, replyLink }) {
      const forward = await mustGet(id);
      if (remindAt !== forward.remindAt) checkReminder(remindAt, ctx.clock());
      const to = status ?? forward.status;
      checkStatusMove(forward.status, to);
      const text = (note ?? '').trim();
      const next = {
        status: to,
        remindAt: clearReminder ? null : (remindAt ?? forward.remindAt),
        replyLink: replyLink === undefined ? forward.replyLink : cleanReplyLink(replyLink),
        at: ctx.clock(),
      };
      const same = to === forward.status && next.remindAt === forward.remindAt && next.replyLink === forward.replyLink;
      if (same && !text) return forward;
      const statements = [table.updateStatement(id, next)];
      // The history records each change of status and each note, with its date.
      if (to !== forward.status || text) statements.push(eventStatement(id, to, text, next.at));
      await ctx.store.write(statements);
      changed();
      return mustGet(id);
    },
    async 'forwards.remove'({ id }) {
      const results = await ctx.store.write(table.removeStatements(id));
      const removed = (results[1]?.changes ?? 0) > 0;
      if (removed) changed();
      return { removed };
    },
    async 'forwards.history'({ id }) {
      await mustGet(id);
      return table.history(id);
    },
    async 'forwards.exportCsv'() {
      const forwards = await table.list();
      const header = ['Conversation', 'Source', 'Author', 'Published', 'Link', 'Forwarded to', 'Email', 'Status', 'Note',
        'Latest note', 'Forwarded on', 'Last change', 'Reminder', 'Reply link'];
      const rows = forwards.map((f) => [
        f.conversation.title, f.conversation.sourceTitle, f.conversation.author, isoDay(f.conversation.publishedAt || null),
        f.conversation.link, f.personName, f.personEmail, FORWARD_STATUS_WORDS[f.status], f.note, f.latestNote,
        isoDay(f.createdAt), isoDay(f.updatedAt), isoDay(f.remindAt), f.replyLink,
      ]);
      return { filename: `earshot-follow-ups-${isoDay(ctx.clock())}.csv`, type: 'text/csv', text: toCsv(header, rows) };
    },
    async 'forwards.proposals'() {
      return findProposals(ctx.store, ctx.settings, table);
    },
    async 'forwards.accounts'() {
      return { accounts: (await ctx.settings.getValue<string[]>(OWN_ACCOUNTS_KEY)) ?? [] };
    },
    async 'forwards.setAccounts'({ accounts }) {
      const clean = [...new Set(accounts.map((a) => a.trim()).filter((a) => normalizeAccount(a)))];
      await ctx.store.write([ctx.settings.setValueStatement(OWN_ACCOUNTS_KEY, clean)]);
      changed();
      return { accounts: clean };
    },
    async 'followups.open'({ olderThanDays }) {
      const now = ctx.clock();
      const cutoff = now - (olderThanDays ?? 3) * DAY;
      const open = await table.list({ statuses: ['open', 'answered'] });
      return open
        .filter((f) => f.createdAt <= cutoff || (f.remindAt !== null && f.remindAt <= now))
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
        .map((f): OpenLoop => ({ ...f, daysOpen: Math.max(0, Math.floor((now - f.createdAt) / DAY)), reminderDue: f.remindAt !== null && f.remindAt <= now }));
    },
  };
}
