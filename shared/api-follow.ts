// The follow area's operations: bookmarks, people, forwards and the close-the-loop ledger.
// Method names are 'area.verb'. Nothing here sends mail: the engine composes, the user's mail client sends.
import { idField, noArgs, type ShapesOf } from './api-shape';
import type {
  Bookmark,
  FollowFile,
  Forward,
  ForwardEvent,
  ForwardMessage,
  ForwardProposal,
  ForwardStatus,
  OpenLoop,
  OwnerSuggestion,
  Person,
} from './follow';
import type { Tone } from './model';

type None = Record<string, never>;

export interface FollowMethods {
  /** Bookmarks, newest first. `query` searches title, excerpt, author, source and note; dates bound publishedAt. */
  'bookmarks.list': {
    args: { query?: string; tone?: Tone; sourceId?: string; since?: number; until?: number };
    result: Bookmark[];
  };
  /** Bookmarks a conversation (again: replaces the note when one is given). */
  'bookmarks.add': { args: { conversationId: string; note?: string }; result: Bookmark };
  'bookmarks.update': { args: { conversationId: string; note: string }; result: Bookmark };
  'bookmarks.remove': { args: { conversationId: string }; result: { removed: boolean } };
  'bookmarks.has': { args: { conversationId: string }; result: { bookmarked: boolean; note: string } };

  'people.list': { args: None; result: Person[] };
  'people.add': { args: { name: string; email?: string; team?: string; owns?: string[] }; result: Person };
  'people.update': {
    args: { id: string; name?: string; email?: string; team?: string; owns?: string[] };
    result: Person;
  };
  /** Removes a person; their forwards stay in the ledger under the name they had. */
  'people.remove': { args: { id: string }; result: { removed: boolean } };

  /** Who probably owns this conversation, best first, each with a plain reason. */
  'forwards.suggest': { args: { conversationId: string }; result: OwnerSuggestion[] };
  /** A message about a conversation, ready to send by mail, copy or save (nothing is recorded). */
  'forwards.compose': { args: { conversationId: string; personId?: string; note?: string }; result: ForwardMessage };
  /** Records a forward in the ledger (status open). Works offline. */
  'forwards.create': {
    args: { conversationId: string; personId: string; note?: string; remindAt?: number };
    result: Forward;
  };
  'forwards.get': { args: { id: string }; result: Forward | null };
  /** The message of a recorded forward (from its snapshot, so it works after clean-up). */
  'forwards.message': { args: { id: string }; result: ForwardMessage };
  /** The recorded forward as an .eml file (RFC 5322, MIME, UTF-8) to open in a mail client. */
  'forwards.eml': { args: { forwardId: string }; result: FollowFile };
  /** The recorded forward as a Markdown file. */
  'forwards.markdown': { args: { forwardId: string }; result: FollowFile };
  /** The ledger, most recently changed first. */
  'forwards.list': { args: { status?: ForwardStatus; personId?: string }; result: Forward[] };
  /**
   * Moves a forward along open → answered → customer told → closed (skipping ahead is fine; going back is
   * refused except reopening, i.e. back to open), adds a note to its history, sets or clears its reminder,
   * records the public reply's link.
   */
  'forwards.update': {
    args: {
      id: string;
      status?: ForwardStatus;
      note?: string;
      remindAt?: number;
      clearReminder?: boolean;
      replyLink?: string;
    };
    result: Forward;
  };
  /** Removes a forward recorded by mistake, with its history. */
  'forwards.remove': { args: { id: string }; result: { removed: boolean } };
  /** The forward's history, oldest first. */
  'forwards.history': { args: { id: string }; result: ForwardEvent[] };
  /** The ledger as a CSV file (RFC 4180, safe to open in a spreadsheet). */
  'forwards.exportCsv': { args: None; result: FollowFile };
  /** Open forwards whose thread shows a reply from one of the company's own accounts: "customer told"? */
  'forwards.proposals': { args: None; result: ForwardProposal[] };
  /** The company's own account names (e.g. "@kestrelbikes", "KestrelSupport"), used by proposals. */
  'forwards.accounts': { args: None; result: { accounts: string[] } };
  'forwards.setAccounts': { args: { accounts: string[] }; result: { accounts: string[] } };
  /**
   * Loops where the customer hasn't been told yet (open or answered) forwarded at least `olderThanDays`
   * days ago, or whose reminder date has passed; oldest first. For the brief.
   */
  'followups.open': { args: { olderThanDays?: number }; result: OpenLoop[] };
}

const tone = { type: 'enum', values: ['pleased', 'unhappy', 'asking', 'neutral'], optional: true } as const;
const status = { type: 'enum', values: ['open', 'answered', 'customer-told', 'closed'], optional: true } as const;
const note = { type: 'string', optional: true, max: 10_000 } as const;
const when = { type: 'number', optional: true, min: 0, max: 8.64e15 } as const;
const text = (max: number) => ({ type: 'string', optional: true, max }) as const;

export const FOLLOW_SHAPES = {
  'bookmarks.list': { query: text(500), tone, sourceId: { ...idField, optional: true }, since: when, until: when },
  'bookmarks.add': { conversationId: idField, note },
  'bookmarks.update': { conversationId: idField, note: { type: 'string', max: 10_000 } },
  'bookmarks.remove': { conversationId: idField },
  'bookmarks.has': { conversationId: idField },
  'people.list': noArgs,
  'people.add': {
    name: { type: 'string', max: 200 },
    email: text(320),
    team: text(200),
    owns: { type: 'string[]', optional: true, max: 100 },
  },
  'people.update': {
    id: idField,
    name: text(200),
    email: text(320),
    team: text(200),
    owns: { type: 'string[]', optional: true, max: 100 },
  },
  'people.remove': { id: idField },
  'forwards.suggest': { conversationId: idField },
  'forwards.compose': { conversationId: idField, personId: { ...idField, optional: true }, note },
  'forwards.create': { conversationId: idField, personId: idField, note, remindAt: when },
  'forwards.get': { id: idField },
  'forwards.message': { id: idField },
  'forwards.eml': { forwardId: idField },
  'forwards.markdown': { forwardId: idField },
  'forwards.list': { status, personId: { ...idField, optional: true } },
  'forwards.update': {
    id: idField,
    status,
    note,
    remindAt: when,
    clearReminder: { type: 'boolean', optional: true },
    replyLink: text(4000),
  },
  'forwards.remove': { id: idField },
  'forwards.history': { id: idField },
  'forwards.exportCsv': noArgs,
  'forwards.proposals': noArgs,
  'forwards.accounts': noArgs,
  'forwards.setAccounts': { accounts: { type: 'string[]', max: 100 } },
  'followups.open': { olderThanDays: { type: 'integer', optional: true, min: 0, max: 3650 } },
} as const satisfies ShapesOf<FollowMethods>;
