// Follow-ups: bookmarks, people, forwards and the close-the-loop ledger — the data the screens show.
// Times are epoch milliseconds.
import type { Tone } from './model';

/**
 * What a conversation said, kept with a bookmark or a forward so the note still makes sense once the
 * conversation has left the store (clean-up) or its source has disappeared.
 */
export interface ConversationSnapshot {
  title: string;
  sourceId: string;
  sourceTitle: string;
  author: string | null;
  publishedAt: number;
  link: string | null;
  excerpt: string;
  /** The conversation's text (tags removed), clipped to a few thousand characters. */
  content: string;
  tone: Tone | null;
}

export interface Bookmark {
  conversationId: string;
  note: string;
  createdAt: number;
  conversation: ConversationSnapshot;
  /** False once the conversation itself is no longer in the store (the snapshot remains). */
  available: boolean;
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
  team: string | null;
  /** Themes or watch words this person owns ("battery", "delivery times"). */
  owns: string[];
  addedAt: number;
}

/** The close-the-loop statuses, in order. A forward may skip ahead; going back means reopening. */
export type ForwardStatus = 'open' | 'answered' | 'customer-told' | 'closed';
export const FORWARD_STATUSES: readonly ForwardStatus[] = ['open', 'answered', 'customer-told', 'closed'];

/** How each status reads in the interface. */
export const FORWARD_STATUS_WORDS: Record<ForwardStatus, string> = {
  open: 'Open',
  answered: 'Answered',
  'customer-told': 'Customer told',
  closed: 'Closed',
};

export interface Forward {
  id: string;
  conversationId: string;
  personId: string | null;
  /** The person's name and email as they were when forwarded (kept if the person is removed). */
  personName: string;
  personEmail: string | null;
  /** The executive's note sent with it. */
  note: string;
  status: ForwardStatus;
  remindAt: number | null;
  /** The public reply that told the customer, when there is one. */
  replyLink: string | null;
  createdAt: number;
  updatedAt: number;
  /** The most recent note in its history (may be the forward's own note). */
  latestNote: string;
  conversation: ConversationSnapshot;
}

/** One step in a forward's history. */
export interface ForwardEvent {
  status: ForwardStatus;
  note: string;
  at: number;
}

/** A message ready to send, copy or save. */
export interface ForwardMessage {
  subject: string;
  /** Plain text, LF line breaks. */
  text: string;
  /** The same message as a small HTML fragment (for "copy as rich text"). */
  html: string;
  /** A mailto: URL (RFC 6068) carrying the recipient, subject and body. */
  mailto: string;
  markdown: string;
}

/** A file the shell or web page saves for the user. */
export interface FollowFile {
  filename: string;
  /** MIME type, e.g. "message/rfc822" or "text/csv". */
  type: string;
  text: string;
}

/** Someone who probably owns a conversation, and why in plain words ("Maya owns “battery”"). */
export interface OwnerSuggestion {
  personId: string;
  name: string;
  reason: string;
  words: string[];
}

/** A reply from one of the company's own accounts was seen: the customer was probably told. */
export interface ForwardProposal {
  forwardId: string;
  conversationId: string;
  status: 'customer-told';
  replyId: string;
  replyLink: string | null;
  replyAuthor: string;
  replyAt: number;
  reason: string;
}

/** A loop still open (the customer hasn't been told yet), for the brief. */
export interface OpenLoop extends Forward {
  daysOpen: number;
  /** The reminder date has passed. */
  reminderDue: boolean;
}
