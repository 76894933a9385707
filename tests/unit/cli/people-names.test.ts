// One email, one person; and a name two people share is never guessed at when forwarding.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-people-names-'));
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('people with the same name', () => {
  it('refuses a second person with an email already in use, in one plain line', () => {
    expect(earshot('people', 'add', 'Jo', 'Baker', '--email', 'jo@kestrel.example').code).toBe(0);
    const again = earshot('people', 'add', 'Jo Baker', '--email', 'JO@Kestrel.example');
    expect(again).toMatchObject({ code: 1, out: '', err: 'earshot: Jo Baker already has the email address jo@kestrel.example.\n' });
    expect(earshot('people', 'list', '--json').out.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --to NAME when two people share the name, naming both with their emails', () => {
    expect(earshot('people', 'add', 'Jo Baker', '--email', 'jo.baker@voltbird.example').code).toBe(0);
    for (const args of [
      ['forwards', 'create', 'some-conversation', '--to', 'jo baker'],
      ['forwards', 'list', '--to', 'Jo Baker'],
      ['people', 'remove', 'Jo Baker'],
    ]) {
      const r = earshot(...args);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^earshot: “[Jj]o [Bb]aker” could be Jo Baker <jo(\.baker)?@\w+\.example> \(\S+\) or Jo Baker <jo(\.baker)?@\w+\.example> \(\S+\)\. Name one by email or id\.\n$/);
      expect(r.err).toContain('<jo@kestrel.example>');
      expect(r.err).toContain('<jo.baker@voltbird.example>');
    }
    expect(earshot('forwards', 'list', '--to', 'JO.BAKER@voltbird.example').out).toMatch(/^Nothing forwarded yet/);
    expect(earshot('people', 'remove', 'jo@kestrel.example').out).toBe('Removed Jo Baker. Their follow-ups stay where they are.\n');
  });
});
