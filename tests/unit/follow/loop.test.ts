import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from './helpers';

const NOW = Date.parse('2026-11-22T07:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

let world: World;
let ids: Record<string, string>;

beforeEach(async () => {
  world = await makeWorld(NOW, [
    { guid: 'a', title: 'Battery range in the cold', body: 'My batteries die after 20 km when it is freezing. Is this normal?', author: 'frozen_rider' },
    { guid: 'b', title: 'Delivery took six weeks', body: 'Still waiting on my bike, nobody answers email.', author: 'waiting_wendy' },
    { guid: 'c', title: 'Re: Battery range in the cold', body: 'Sorry to hear that! We have sent you a message.', author: '@KestrelBikes', path: 'a-reply' },
  ]);
  ids = await world.sync();
});

afterEach(async () => {
  await world.close();
});

describe('the close-the-loop ledger through the Api', () => {
  it('bookmarks, forwards and walks a loop to closed, and all of it survives reopening the engine', async () => {
    let api = world.core.api;
    let events = 0;
    world.core.on('follow.changed', () => events++);
    const a = ids.a!;

    const bookmark = await api['bookmarks.add']({ conversationId: a, note: 'Cold weather again' });
    expect(bookmark.note).toBe('Cold weather again');
    expect(bookmark.conversation.title).toBe('Battery range in the cold');
    expect(bookmark.conversation.author).toBe('frozen_rider');
    expect(await api['bookmarks.has']({ conversationId: a })).toEqual({ bookmarked: true, note: 'Cold weather again' });
    expect(await api['bookmarks.has']({ conversationId: ids.b! })).toEqual({ bookmarked: false, note: '' });

    const maya = await api['people.add']({ name: 'Maya Lind', email: 'maya@kestrel.example', team: 'R&D', owns: ['battery', ' battery ', 'range'] });
    expect(maya.owns).toEqual(['battery', 'range']);
    const suggestions = await api['forwards.suggest']({ conversationId: a });
    expect(suggestions[0]).toMatchObject({ personId: maya.id, reason: 'Maya Lind owns “battery” and “range”' });

    const forward = await api['forwards.create']({ conversationId: a, personId: maya.id, note: 'Can we answer this one?', remindAt: NOW + 2 * DAY });
    expect(forward).toMatchObject({ status: 'open', personName: 'Maya Lind', personEmail: 'maya@kestrel.example', note: 'Can we answer this one?' });

    world.now.value = NOW + DAY;
    await api['forwards.update']({ id: forward.id, status: 'answered', note: 'Maya replied by mail' });
    world.now.value = NOW + 2 * DAY;
    const told = await api['forwards.update']({ id: forward.id, status: 'customer-told', replyLink: 'https://forum.example/t/a-reply' });
    expect(told.replyLink).toBe('https://forum.example/t/a-reply');
    expect(told.latestNote).toBe('Maya replied by mail');

    api = (await world.reopen()).api;
    world.core.on('follow.changed', () => events++);
    expect((await api['bookmarks.list']({}))[0]).toMatchObject({ conversationId: a, note: 'Cold weather again', available: true });
    expect((await api['people.list']({}))[0]).toMatchObject({ id: maya.id, team: 'R&D' });
    const reopened = await api['forwards.get']({ id: forward.id });
    expect(reopened).toMatchObject({ status: 'customer-told', remindAt: NOW + 2 * DAY, replyLink: 'https://forum.example/t/a-reply' });

    world.now.value = NOW + 3 * DAY;
    const closed = await api['forwards.update']({ id: forward.id, status: 'closed', note: 'Done' });
    expect(closed.status).toBe('closed');
    const history = await api['forwards.history']({ id: forward.id });
    expect(history).toEqual([
      { status: 'open', note: 'Can we answer this one?', at: NOW },
      { status: 'answered', note: 'Maya replied by mail', at: NOW + DAY },
      { status: 'customer-told', note: '', at: NOW + 2 * DAY },
      { status: 'closed', note: 'Done', at: NOW + 3 * DAY },
    ]);
    expect(await api['forwards.list']({ status: 'closed' })).toHaveLength(1);
    expect(await api['forwards.list']({ status: 'open' })).toHaveLength(0);
    expect(await api['forwards.list']({ personId: maya.id })).toHaveLength(1);
    expect(events).toBeGreaterThanOrEqual(6);
  });

  it('allows skipping ahead and reopening, and refuses going back in plain words', async () => {
    const api = world.core.api;
    const p = await api['people.add']({ name: 'Sam', email: 'sam@kestrel.example' });
    const f = await api['forwards.create']({ conversationId: ids.b!, personId: p.id });
    await api['forwards.update']({ id: f.id, status: 'customer-told' });
    await expect(api['forwards.update']({ id: f.id, status: 'answered' })).rejects.toThrow(
      /already “customer told”, so it can't go back to “answered”\. Reopen it first/,
    );
    await api['forwards.update']({ id: f.id, status: 'closed' });
    const reopened = await api['forwards.update']({ id: f.id, status: 'open', note: 'They wrote again' });
    expect(reopened.status).toBe('open');
    await expect(api['forwards.update']({ id: 'nope', status: 'closed' })).rejects.toThrow('That follow-up is no longer in the ledger.');
    await expect(api['forwards.update']({ id: f.id, replyLink: 'javascript:alert(1)' })).rejects.toThrow(/web address/);
  });

  it('keeps forwards readable after their person is removed, and refuses unknown people and bad addresses', async () => {
    const api = world.core.api;
    const p = await api['people.add']({ name: 'Olle', email: 'olle@kestrel.example' });
    const f = await api['forwards.create']({ conversationId: ids.b!, personId: p.id });
    expect(await api['people.remove']({ id: p.id })).toEqual({ removed: true });
    expect(await api['forwards.get']({ id: f.id })).toMatchObject({ personName: 'Olle', personEmail: 'olle@kestrel.example' });
    await expect(api['forwards.create']({ conversationId: ids.b!, personId: p.id })).rejects.toThrow('That person is no longer in Earshot.');
    await expect(api['people.add']({ name: 'X', email: 'not an address' })).rejects.toThrow(/doesn't look like an email address/);
    await expect(api['people.add']({ name: '  ' })).rejects.toThrow('A person needs a name.');
    const updated = await api['people.add']({ name: 'Ana' }).then((ana) => api['people.update']({ id: ana.id, team: 'Support', owns: ['delivery'] }));
    expect(updated).toMatchObject({ name: 'Ana', team: 'Support', owns: ['delivery'], email: null });
  });

  it('lists bookmarks with filters: text, source, date', async () => {
    const api = world.core.api;
    await api['bookmarks.add']({ conversationId: ids.a!, note: 'cold' });
    await api['bookmarks.add']({ conversationId: ids.b!, note: 'shipping' });
    expect((await api['bookmarks.list']({ query: 'shipping' })).map((b) => b.conversationId)).toEqual([ids.b]);
    expect((await api['bookmarks.list']({ query: 'freezing' })).map((b) => b.conversationId)).toEqual([ids.a]);
    expect(await api['bookmarks.list']({ sourceId: 'elsewhere' })).toEqual([]);
    expect(await api['bookmarks.list']({ since: NOW })).toEqual([]);
    expect(await api['bookmarks.list']({ until: NOW })).toHaveLength(2);
    const updated = await api['bookmarks.update']({ conversationId: ids.a!, note: 'colder' });
    expect(updated.note).toBe('colder');
    expect(await api['bookmarks.remove']({ conversationId: ids.a! })).toEqual({ removed: true });
    expect(await api['bookmarks.remove']({ conversationId: ids.a! })).toEqual({ removed: false });
    await expect(api['bookmarks.add']({ conversationId: 'missing' })).rejects.toThrow('That conversation is no longer in Earshot.');
  });

  it('suggests nobody when no owned word appears, and ranks the better owner first', async () => {
    const api = world.core.api;
    await api['people.add']({ name: 'Maya', owns: ['battery'] });
    await api['people.add']({ name: 'Dan', owns: ['delivery', 'email'] });
    expect(await api['forwards.suggest']({ conversationId: ids.a! })).toEqual([
      expect.objectContaining({ name: 'Maya', reason: 'Maya owns “battery”', words: ['battery'] }),
    ]);
    expect((await api['forwards.suggest']({ conversationId: ids.b! })).map((s) => s.name)).toEqual(['Dan']);
  });

  it('proposes “customer told” when the company’s own account replied in the thread', async () => {
    const api = world.core.api;
    const p = await api['people.add']({ name: 'Maya', owns: ['battery'] });
    const fa = await api['forwards.create']({ conversationId: ids.a!, personId: p.id });
    await api['forwards.create']({ conversationId: ids.b!, personId: p.id });
    expect(await api['forwards.proposals']({})).toEqual([]); // no own accounts known yet
    expect(await api['forwards.setAccounts']({ accounts: ['@kestrelbikes', ' '] })).toEqual({ accounts: ['@kestrelbikes'] });
    const proposals = await api['forwards.proposals']({});
    expect(proposals).toEqual([
      expect.objectContaining({ forwardId: fa.id, status: 'customer-told', replyId: ids.c, replyLink: 'https://forum.example/t/a-reply', replyAuthor: '@KestrelBikes' }),
    ]);
    await api['forwards.update']({ id: fa.id, status: 'customer-told', replyLink: proposals[0]!.replyLink! });
    expect(await api['forwards.proposals']({})).toEqual([]);
  });

  it('lists loops open for more than a few days, or with a reminder due, oldest first', async () => {
    const api = world.core.api;
    const p = await api['people.add']({ name: 'Maya' });
    const old = await api['forwards.create']({ conversationId: ids.a!, personId: p.id });
    world.now.value = NOW + 4 * DAY;
    const recentDue = await api['forwards.create']({ conversationId: ids.b!, personId: p.id, remindAt: NOW + 4 * DAY });
    const recent = await api['forwards.create']({ conversationId: ids.b!, personId: p.id });
    const told = await api['forwards.create']({ conversationId: ids.a!, personId: p.id });
    await api['forwards.update']({ id: told.id, status: 'customer-told' });
    const open = await api['followups.open']({ olderThanDays: 3 });
    expect(open.map((o) => o.id)).toEqual([old.id, recentDue.id]);
    expect(open[0]).toMatchObject({ daysOpen: 4, reminderDue: false });
    expect(open[1]).toMatchObject({ daysOpen: 0, reminderDue: true });
    expect(open.map((o) => o.id)).not.toContain(recent.id);
  });
});
