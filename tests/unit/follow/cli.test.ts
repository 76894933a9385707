import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rss } from './helpers';
import { earshotIn } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-follow-cli-'));
const feed = join(dir, 'forum.xml');
writeFileSync(feed, rss([{ guid: 'a', title: 'Battery range in the cold', body: 'Half the battery gone below zero.' }]));

const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot kept, people, forwards', () => {
  it('keeps, forwards and closes a conversation from the command line', () => {
    expect(earshot('sources', 'add', feed).code).toBe(0);
    expect(earshot('sync').code).toBe(0);
    const id = (JSON.parse(earshot('conversations', 'list', '--json').out.trim().split('\n')[0]!) as { id: string }).id;

    expect(earshot('kept', 'add', id, '--note', 'cold again')).toMatchObject({ code: 0, out: 'Kept “Battery range in the cold”.\n' });
    expect(earshot('kept', 'list').out).toContain('Note: cold again');

    expect(earshot('people', 'add', 'Maya', 'Lind', '--email', 'maya@kestrel.example', '--owns', 'battery', '--owns', 'range').code).toBe(0);
    expect(earshot('people', 'list').out).toContain('Maya Lind <maya@kestrel.example>\n    Owns: battery, range');

    const created = earshot('forwards', 'create', id, '--to', 'maya lind', '--note', 'Reply please');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^Recorded for Maya Lind \(.+\)\. Send it with this link:\nmailto:maya@kestrel\.example\?subject=Customer%20voice%3A%20Battery%20range/);
    const forwardId = /\((.+)\)/.exec(created.out)![1]!;

    expect(earshot('forwards', 'update', forwardId, '--status', 'told')).toMatchObject({ code: 0, err: '', out: 'Customer told: Battery range in the cold\n' });
    const back = earshot('forwards', 'update', forwardId, '--status', 'answered');
    expect(back.code).toBe(1);
    expect(back.err).toContain("can't go back");
    expect(earshot('forwards', 'update', forwardId, '--status', 'someday')).toMatchObject({ code: 2 });
    expect(earshot('forwards', 'update', forwardId, '--status', 'closed').code).toBe(0);
    expect(earshot('forwards', 'list', '--status', 'closed').out).toContain('Closed: Battery range in the cold');
    expect(earshot('forwards', 'export').out.split('\r\n')[1]).toMatch(/^Battery range in the cold,Cycling forum,.*,Maya Lind,maya@kestrel\.example,Closed,Reply please,/);
    expect(earshot('forwards', 'eml', forwardId).out).toMatch(/^From: Earshot <earshot@earshot\.invalid>\r\nTo: Maya Lind <maya@kestrel\.example>\r\n/);

    expect(earshot('people', 'remove', 'maya@kestrel.example').out).toBe('Removed Maya Lind. Their follow-ups stay where they are.\n');
    expect(earshot('forwards', 'list').out).toContain('To Maya Lind');
    expect(earshot('kept', 'remove', id).out).toBe('No longer kept.\n');
  }, 180_000); // about twenty processes, each opening the store
});
