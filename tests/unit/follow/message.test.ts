import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMessage, mailtoEncode, mailtoUrl, placeOf } from '../../../electron/core/follow/compose';
import { csvField, toCsv } from '../../../electron/core/follow/csv';
import { encodeWords, headerText, mailbox } from '../../../electron/core/follow/eml';
import type { ConversationSnapshot } from '../../../shared/follow';
import { makeWorld, type World } from './helpers';

const NOW = Date.parse('2026-11-22T07:00:00Z');

const snapshot: ConversationSnapshot = {
  title: 'Akku hält im Winter nur 20 km — normal?',
  sourceId: 's1',
  sourceTitle: 'Cycling forum',
  author: 'Jürgen',
  publishedAt: Date.parse('2026-11-21T09:00:00Z'),
  link: 'https://forum.example/t/akku?x=1&y=2',
  excerpt: 'Mein Akku hält bei Frost nur 20 km. Ist das normal? 🚲',
  content: '',
  tone: 'asking',
};

describe('composing a forward', () => {
  it('says who said what, where and when, quotes it, links it, adds the note and a next step', () => {
    const m = composeMessage({ conversation: snapshot, personName: 'Maya Lind', personEmail: 'maya@kestrel.example', note: 'Can we answer?' });
    expect(m.subject).toBe('Customer voice: Akku hält im Winter nur 20 km — normal?');
    expect(m.text).toContain('Hi Maya,');
    expect(m.text).toContain('Jürgen wrote on Cycling forum on 21 November 2026: “Akku hält im Winter nur 20 km — normal?”');
    expect(m.text).toContain('> Mein Akku hält bei Frost nur 20 km. Ist das normal? 🚲');
    expect(m.text).toContain('\nhttps://forum.example/t/akku?x=1&y=2\n');
    expect(m.text).toContain('My note: Can we answer?');
    expect(m.text).toMatch(/Next step: Could you answer their question/);
    expect(m.html).toContain('<a href="https://forum.example/t/akku?x=1&amp;y=2">');
    expect(m.markdown).toContain('<https://forum.example/t/akku?x=1&y=2>');
    expect(m.markdown).toContain('**My note:** Can we answer?');
  });

  it('escapes markup in HTML and never links a non-web address', () => {
    const m = composeMessage({
      conversation: { ...snapshot, title: '<script>alert(1)</script>', link: 'javascript:alert(1)', excerpt: 'a <b>bold</b> claim' },
      personName: null,
      personEmail: null,
      note: '<img src=x>',
    });
    expect(m.html).not.toMatch(/<script|<img|<b>|href="javascript/);
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.text.startsWith('Hi,\n')).toBe(true);
    expect(m.mailto.startsWith('mailto:?subject=')).toBe(true);
  });

  it('encodes mailto: URLs per RFC 6068: %20 for spaces, %0D%0A for line breaks, UTF-8, reserved characters escaped', () => {
    expect(mailtoEncode('a b\nc')).toBe('a%20b%0D%0Ac');
    expect(mailtoEncode('x\r\ny\rz')).toBe('x%0D%0Ay%0D%0Az');
    expect(mailtoEncode('ä & = ? # %')).toBe('%C3%A4%20%26%20%3D%20%3F%20%23%20%25');
    expect(mailtoEncode('bad \uD800 surrogate')).toBe('bad%20%EF%BF%BD%20surrogate');
    const url = mailtoUrl('maya+cs@kestrel.example', 'Hi there', 'one\ntwo');
    expect(url).toBe('mailto:maya%2Bcs@kestrel.example?subject=Hi%20there&body=one%0D%0Atwo');
    const m = composeMessage({ conversation: snapshot, personName: 'Maya', personEmail: 'maya@kestrel.example', note: 'x+y' });
    expect(m.mailto).not.toContain('+');
    const parsed = new URL(m.mailto);
    expect(parsed.protocol).toBe('mailto:');
    const params = new URLSearchParams(parsed.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe(m.subject);
    expect(params.get('body')).toBe(m.text.replace(/\n/g, '\r\n'));
  });
});

describe('headers', () => {
  it('encodes non-ASCII as RFC 2047 words of at most 75 characters without splitting characters', () => {
    const words = encodeWords('Ünïcödé '.repeat(20) + '🚲🚲🚲');
    for (const w of words) {
      expect(w.length).toBeLessThanOrEqual(75);
      expect(Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).not.toContain('\uFFFD');
    }
    expect(headerText('Plain subject')).toBe('Plain subject');
    expect(headerText('Evil\r\nBcc: x@y.z')).toBe('Evil Bcc: x@y.z');
    expect(mailbox('Lind, Maya', 'maya@k.example')).toBe('"Lind, Maya" <maya@k.example>');
    expect(mailbox(null, 'maya@k.example\r\nBcc: x')).toBe('<maya@k.example>');
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses cells a spreadsheet would run', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [['1', '2,3']])).toBe('a,b\r\n1,"2,3"\r\n');
  });
});

describe('files from a recorded forward', () => {
  let world: World;
  let forwardId: string;
  beforeAll(async () => {
    world = await makeWorld(NOW, [
      { guid: 'a', title: 'Akku hält im Winter nur 20 km — normal? ', body: 'Mein Akku hält bei Frost nur 20 km. 🚲', author: 'Jürgen' },
      { guid: 'b', title: '=cmd|calc', body: 'Delivery, "late"', author: '-rider' },
    ]);
    const ids = await world.sync();
    const maya = await world.core.api['people.add']({ name: 'Maya Ångström', email: 'maya@kestrel.example', owns: ['akku'] });
    forwardId = (await world.core.api['forwards.create']({ conversationId: ids.a!, personId: maya.id, note: 'Bitte prüfen — danke!' })).id;
    await world.core.api['forwards.create']({ conversationId: ids.b!, personId: maya.id, note: '+1, "urgent"' });
  });
  afterAll(async () => {
    await world.close();
  });

  it('saves an .eml that a mail parser reads: headers, UTF-8 body, the link', async () => {
    const file = await world.core.api['forwards.eml']({ forwardId });
    expect(file.type).toBe('message/rfc822');
    expect(file.filename).toMatch(/^earshot-[a-z0-9-]+\.eml$/);
    for (const line of file.text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    expect(file.text.split('\r\n').slice(0, 12).join('\n')).not.toMatch(/[^\x20-\x7e\n\t]/); // headers are ASCII
    const mail = await simpleParser(file.text);
    expect(mail.subject).toBe('Customer voice: Akku hält im Winter nur 20 km — normal?');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : null).toEqual({ address: 'maya@kestrel.example', name: 'Maya Ångström' });
    expect(mail.from?.value[0]?.address).toBe('earshot@earshot.invalid');
    expect(mail.date?.getTime()).toBe(NOW);
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@earshot\.invalid>$/);
    expect(mail.text).toContain('Hi Maya,');
    expect(mail.text).toContain('Jürgen wrote on Cycling forum');
    expect(mail.text).toContain('Mein Akku hält bei Frost nur 20 km. 🚲');
    expect(mail.text).toContain('My note: Bitte prüfen — danke!');
    expect(mail.text).toContain('https://forum.example/t/a');
    expect(mail.html).toContain('<a href="https://forum.example/t/a">');
  });

  it('saves Markdown and exports the ledger as safe CSV', async () => {
    const md = await world.core.api['forwards.markdown']({ forwardId });
    expect(md.text).toContain('<https://forum.example/t/a>');
    const csv = await world.core.api['forwards.exportCsv']({});
    expect(csv.filename).toBe('earshot-follow-ups-2026-11-22.csv');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('Conversation,Source,Author,Published,Link,Forwarded to,Email,Status,Note,Latest note,Forwarded on,Last change,Reminder,Reply link');
    expect(csv.text).toContain(`'=cmd|calc,Cycling forum,'-rider,2026-11-21,https://forum.example/t/b,Maya Ångström,maya@kestrel.example,Open,"'+1, ""urgent""","'+1, ""urgent""",2026-11-22,2026-11-22,,`);
    expect(lines).toHaveLength(4); // header, two rows, and the final line break
  });
});

describe('where it was said', () => {
  it("names the place by the source's title, or by the site when the title is a search's heading", () => {
    expect(placeOf({ sourceTitle: 'Cycling forum', link: 'https://forum.example/t/1' })).toBe('Cycling forum');
    expect(placeOf({ sourceTitle: 'Search results for Kestrel — Cycling Forums', link: 'https://www.cyclingforums.example/t/1' })).toBe('cyclingforums.example');
    expect(placeOf({ sourceTitle: 'reddit.com: search results - kestrel', link: 'https://www.reddit.com/r/ebikes/1' })).toBe('reddit.com');
    expect(placeOf({ sourceTitle: 'Search results', link: null })).toBe('Search results');
  });
});
