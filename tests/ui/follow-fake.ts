// The follow area's methods on the fake engine: bookmarks, people and forwards in memory, close to the real rules
// (status only moves forward except reopening), and 'follow.changed' emitted after each change like the engine.
import type { Bookmark, ConversationSnapshot, Forward, ForwardEvent, ForwardMessage, ForwardStatus, Person } from '../../shared/follow';
import { FORWARD_STATUSES } from '../../shared/follow';
import type { Conversation } from '../../shared/model';
import type { FakeEngine } from './fake-api';
import { NOW } from './fake-api';

export interface FollowData {
  bookmarks: Map<string, Bookmark>;
  people: Person[];
  forwards: Forward[];
  history: Map<string, ForwardEvent[]>;
}

const snapshot = (c: Conversation): ConversationSnapshot => ({
  title: c.title,
  sourceId: c.sourceId,
  sourceTitle: c.sourceTitle,
  author: c.author,
  publishedAt: c.publishedAt,
  link: c.link,
  excerpt: c.excerpt,
  content: c.excerpt,
  tone: c.tone ?? null,
});

export function withFollow(engine: FakeEngine, init: { people?: Person[]; suggest?: Record<string, string> } = {}): FollowData {
  const data: FollowData = { bookmarks: new Map(), people: [...(init.people ?? [])], forwards: [], history: new Map() };
  const changed = () => engine.emit('follow.changed', {});
  const conv = (id: string) => {
    const c = engine.conversations.find((x) => x.id === id);
    if (!c) throw new Error('That conversation is no longer in Earshot.');
    return c;
  };
  const message = (c: Conversation, person: Person | null, note: string): ForwardMessage => {
    const subject = `Customer voice: ${c.title}`;
    const text = `${c.author ?? 'Someone'} said on ${c.sourceTitle}:\n“${c.excerpt}”\n${c.link ?? ''}\n\n${note}`;
    const to = person?.email ?? '';
    return {
      subject,
      text,
      html: `<p>${text}</p>`,
      markdown: `# ${subject}\n\n${text}`,
      mailto: `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`,
    };
  };
  const api = engine.api;
  api['bookmarks.list'].mockImplementation(async ({ query, sourceId }: { query?: string; sourceId?: string }) =>
    [...data.bookmarks.values()].filter(
      (b) =>
        (!sourceId || b.conversation.sourceId === sourceId) &&
        (!query || `${b.conversation.title} ${b.note}`.toLowerCase().includes(query.toLowerCase())),
    ),
  );
  api['bookmarks.add'].mockImplementation(async ({ conversationId, note }: { conversationId: string; note?: string }) => {
    const b: Bookmark = { conversationId, note: note ?? data.bookmarks.get(conversationId)?.note ?? '', createdAt: NOW, conversation: snapshot(conv(conversationId)), available: true };
    data.bookmarks.set(conversationId, b);
    changed();
    return b;
  });
  api['bookmarks.update'].mockImplementation(async ({ conversationId, note }: { conversationId: string; note: string }) => {
    const b = { ...data.bookmarks.get(conversationId)!, note };
    data.bookmarks.set(conversationId, b);
    changed();
    return b;
  });
  api['bookmarks.remove'].mockImplementation(async ({ conversationId }: { conversationId: string }) => {
    const removed = data.bookmarks.delete(conversationId);
    changed();
    return { removed };
  });
  api['people.list'].mockImplementation(async () => [...data.people]);
  api['people.add'].mockImplementation(async (p: Omit<Person, 'id' | 'addedAt'>) => {
    const person: Person = { id: `p${data.people.length + 1}`, name: p.name, email: p.email || null, team: p.team || null, owns: p.owns ?? [], addedAt: NOW };
    data.people.push(person);
    changed();
    return person;
  });
  api['people.update'].mockImplementation(async ({ id, ...rest }: Partial<Person> & { id: string }) => {
    const at = data.people.findIndex((p) => p.id === id);
    data.people[at] = { ...data.people[at]!, ...rest };
    changed();
    return data.people[at]!;
  });
  api['people.remove'].mockImplementation(async ({ id }: { id: string }) => {
    data.people = data.people.filter((p) => p.id !== id);
    changed();
    return { removed: true };
  });
  api['forwards.suggest'].mockImplementation(async ({ conversationId }: { conversationId: string }) => {
    const pid = init.suggest?.[conversationId];
    const person = data.people.find((p) => p.id === pid);
    return person ? [{ personId: person.id, name: person.name, reason: `${person.name} owns “battery”`, words: ['battery'] }] : [];
  });
  api['forwards.compose'].mockImplementation(async ({ conversationId, personId, note }: { conversationId: string; personId?: string; note?: string }) =>
    message(conv(conversationId), data.people.find((p) => p.id === personId) ?? null, note ?? ''),
  );
  api['forwards.create'].mockImplementation(async ({ conversationId, personId, note }: { conversationId: string; personId: string; note?: string }) => {
    const person = data.people.find((p) => p.id === personId)!;
    const f: Forward = {
      id: `f${data.forwards.length + 1}`, conversationId, personId, personName: person.name, personEmail: person.email, note: note ?? '',
      status: 'open', remindAt: null, replyLink: null, createdAt: NOW, updatedAt: NOW, latestNote: note ?? '', conversation: snapshot(conv(conversationId)),
    };
    data.forwards.unshift(f);
    data.history.set(f.id, [{ status: 'open', note: note ?? '', at: NOW }]);
    changed();
    return f;
  });
  api['forwards.list'].mockImplementation(async () => [...data.forwards]);
  api['forwards.proposals'].mockImplementation(async () => []);
  type Update = { id: string; status?: ForwardStatus; note?: string; replyLink?: string; remindAt?: number; clearReminder?: boolean };
  api['forwards.update'].mockImplementation(async ({ id, status, note, replyLink, remindAt, clearReminder }: Update) => {
    const at = data.forwards.findIndex((f) => f.id === id);
    const f = data.forwards[at]!;
    const to = status ?? f.status;
    if (to !== 'open' && FORWARD_STATUSES.indexOf(to) < FORWARD_STATUSES.indexOf(f.status)) throw new Error('It can’t go back.');
    const reminder = clearReminder ? null : (remindAt ?? f.remindAt);
    const next = { ...f, status: to, updatedAt: NOW + 1, latestNote: note || f.latestNote, replyLink: replyLink ?? f.replyLink, remindAt: reminder };
    data.forwards[at] = next;
    if (to !== f.status || note) data.history.get(id)!.push({ status: to, note: note ?? '', at: NOW + 1 });
    changed();
    return next;
  });
  api['forwards.history'].mockImplementation(async ({ id }: { id: string }) => [...(data.history.get(id) ?? [])]);
  const file = (kind: string) => async ({ forwardId }: { forwardId: string }) => ({
    filename: `earshot-${forwardId}.${kind === 'eml' ? 'eml' : 'md'}`,
    type: kind === 'eml' ? 'message/rfc822' : 'text/markdown',
    text: `Subject: ${forwardId}`,
  });
  api['forwards.eml'].mockImplementation(file('eml'));
  api['forwards.markdown'].mockImplementation(file('md'));
  api['forwards.exportCsv'].mockImplementation(async () => ({ filename: 'earshot-follow-ups-2026-03-04.csv', type: 'text/csv', text: 'Conversation\r\n' }));
  return data;
}
