// Tone stays bounded on texts nobody writes by hand: a word of millions of letters, a pasted file.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toneCommand } from '../../../electron/cli/tone-command';
import { toneOf } from '../../../electron/core/listen/tone';
import { TONE_READS_CHARS } from '../../../electron/core/listen/tone-explain';
import { cutRuns, tokenize } from '../../../electron/core/listen/tone-tokens';
import { rng } from '../../support/fuzz';

describe('tone on long texts', () => {
  it('reads a 5 MB unbroken word without overflowing the stack', () => {
    expect(toneOf('a'.repeat(5e6))).toEqual({ tone: 'neutral', words: [], score: 0 });
    expect(toneOf(`I loooo${'o'.repeat(10_000)}ve it`).tone).toBe('pleased');
  });

  it('cuts a run of millions of equal letters to two', () => {
    expect(tokenize(`s${'o'.repeat(5e6)}`).tokens.map((t) => t.w)).toEqual(['soo']);
  });

  it('cuts runs exactly as the regex it replaces did', () => {
    // The earlier cutRuns: the regex ran once three equal UTF-16 units were seen.
    const before = (w: string) => (/([\s\S])\1\1/.test(w) ? w.replace(/(\p{L})\1{2,}/gu, '$1$1') : w);
    const pieces = ['a', 'o', 'é', 'ß', 'я', '日', '𝐀', '1', '2', "'", 'b', '\ud835'];
    const next = rng(14);
    for (let i = 0; i < 20_000; i++) {
      let w = '';
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) w += (pieces[Math.floor(next() * pieces.length)] as string).repeat(1 + Math.floor(next() * 4));
      expect(cutRuns(w), JSON.stringify(w)).toBe(before(w));
    }
  });

  it(`reads only the first ${TONE_READS_CHARS} characters of a text`, () => {
    const filler = 'The office opens at nine. '.repeat(Math.ceil(TONE_READS_CHARS / 26));
    expect(toneOf(`Awful, terrible, the worst. ${filler}`).tone).toBe('unhappy');
    expect(toneOf(`${filler} Awful, terrible, the worst.`).tone).toBe('neutral');
  });

  it('answers the lines after a 5 MB word (earshot tone)', async () => {
    const stream = new PassThrough();
    const lines: Array<Record<string, unknown>> = [];
    const done = toneCommand(stream, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    stream.end(`${JSON.stringify({ text: 'a'.repeat(5e6) })}\n${JSON.stringify({ text: 'great' })}\n`);
    expect(await done).toBe(0);
    expect(lines.map((l) => l.tone)).toEqual(['neutral', 'pleased']);
  });
});
