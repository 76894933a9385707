// "Customer told?" proposals: an open forward whose thread shows a reply from one of the company's own accounts.
//
// A conversation R counts as a reply to the forwarded conversation P when (kept simple on purpose):
//   - R.parent_id = P.id (sync knows it's a reply), or
//   - R's title is P's title with "Re:" in front (forums, mailing lists), or
//   - R's link is P's link plus a #fragment (a comment anchor on the same page).
// The company's own accounts are the "ownAccounts" list (forwards.setAccounts) and the @handles among the
// word and aliases of watch words of kind 'company'. An author matches when, lower-cased and without a leading
// "@" or "u/", it equals one of them, or names one of them as an @handle ("Kestrel Support (@kestrelbikes)").
import type { ForwardProposal } from '../../../shared/follow';
import type { SettingsTable } from '../store/settings-table';
import type { Store } from '../store/types';
import type { ForwardsTable } from './forwards-table';

export const OWN_ACCOUNTS_KEY = 'follow.ownAccounts';

/** "@KestrelBikes" → "kestrelbikes"; "/u/Kestrel" → "kestrel". */
export function normalizeAccount(name: string): string {
  return name.trim().toLowerCase().replace(/^\/?u\//, '').replace(/^@+/, '').trim();
}

export async function ownAccounts(store: Store, settings: SettingsTable): Promise<Set<string>> {
  const names = new Set<string>();
  for (const a of (await settings.getValue<string[]>(OWN_ACCOUNTS_KEY)) ?? []) {
    if (typeof a === 'string' && normalizeAccount(a)) names.add(normalizeAccount(a));
  }
  const rows = await store.all<{ word: string; aliases: string | null }>(`SELECT word, aliases FROM watch_words WHERE kind = 'company'`);
  for (const row of rows) {
    let aliases: unknown = [];
    try {
      aliases = row.aliases ? JSON.parse(row.aliases) : [];
    } catch {
      aliases = [];
    }
    const terms = [row.word, ...(Array.isArray(aliases) ? aliases : [])];
    for (const term of terms) {
      if (typeof term === 'string' && /^(@|\/?u\/)/i.test(term.trim()) && normalizeAccount(term)) names.add(normalizeAccount(term));
    }
  }
  return names;
}

export function isOwnAccount(author: string | null, accounts: Set<string>): boolean {
  if (!author || accounts.size === 0) return false;
  if (accounts.has(normalizeAccount(author))) return true;
  for (const handle of author.match(/@[\p{L}\p{N}_.-]+/gu) ?? []) {
    if (accounts.has(normalizeAccount(handle))) return true;
  }
  return false;
}

interface ReplyRow {
  id: string;
  author: string | null;
  link: string | null;
  published_at: number;
}

const REPLIES = `SELECT r.id, r.author, r.link, r.published_at FROM conversations r, conversations p
  WHERE p.id = ? AND r.id <> p.id AND r.author IS NOT NULL AND (
    r.parent_id = p.id
    OR lower(trim(r.title)) IN ('re: ' || lower(trim(p.title)), 're:' || lower(trim(p.title)))
    OR (p.link IS NOT NULL AND r.link IS NOT NULL AND substr(r.link, 1, length(p.link) + 1) = p.link || '#')
  )
  ORDER BY r.published_at DESC, r.id`;

export async function findProposals(store: Store, settings: SettingsTable, forwards: ForwardsTable): Promise<ForwardProposal[]> {
  const accounts = await ownAccounts(store, settings);
  if (accounts.size === 0) return [];
  const open = await forwards.list({ statuses: ['open', 'answered'] });
  const proposals: ForwardProposal[] = [];
  const repliesOf = new Map<string, ReplyRow[]>();
  for (const forward of open) {
    let replies = repliesOf.get(forward.conversationId);
    if (!replies) {
      replies = await store.all<ReplyRow>(REPLIES, [forward.conversationId]);
      repliesOf.set(forward.conversationId, replies);
    }
    const reply = replies.find((r) => isOwnAccount(r.author, accounts));
    if (!reply) continue;
    proposals.push({
      forwardId: forward.id,
      conversationId: forward.conversationId,
      status: 'customer-told',
      replyId: reply.id,
      replyLink: reply.link,
      replyAuthor: reply.author ?? '',
      replyAt: reply.published_at,
      reason: `${reply.author} replied in the thread, so the customer has probably heard back.`,
    });
  }
  return proposals;
}
