import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toneCommand } from '../../../electron/cli/tone-command';

async function run(input: string): Promise<{ code: number; lines: Array<Record<string, unknown>> }> {
  const stream = new PassThrough();
  const lines: Array<Record<string, unknown>> = [];
  const done = toneCommand(stream, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  stream.end(input);
  return { code: await done, lines };
}

describe('earshot tone command', () => {
  it('answers every line in the same order', async () => {
    const texts = ['@kestrel thanks, amazing crew!', '@kestrel delayed again, worst airline', '@kestrel when does boarding start?', 'The office opens at nine.'];
    const { code, lines } = await run(texts.map((text) => JSON.stringify({ text })).join('\n') + '\n');
    expect(code).toBe(0);
    expect(lines.map((l) => l.tone)).toEqual(['pleased', 'unhappy', 'asking', 'neutral']);
    expect(lines[0]?.words).toEqual(expect.arrayContaining(['amazing']));
    expect(typeof lines[1]?.score).toBe('number');
  });

  it('keeps its place on a malformed line with a plain error', async () => {
    const input = [JSON.stringify({ text: 'love it' }), '{not json', JSON.stringify({ body: 'no text key' }), JSON.stringify({ text: 'hate it' })].join('\n');
    const { lines } = await run(input); // no final newline on purpose
    expect(lines).toHaveLength(4);
    expect(lines[0]?.tone).toBe('pleased');
    expect(lines[1]).toEqual({ tone: 'neutral', error: "This line isn't valid JSON." });
    expect(lines[2]?.tone).toBe('neutral');
    expect(String(lines[2]?.error)).toMatch(/no "text"/);
    expect(lines[3]?.tone).toBe('unhappy');
    for (const l of lines) if (l.error) expect(String(l.error)).not.toMatch(/SyntaxError|Unexpected token|sentiment/i);
  });

  it('skips blank lines and handles Windows line ends', async () => {
    const { lines } = await run(`${JSON.stringify({ text: 'great' })}\r\n\r\n   \n${JSON.stringify({ text: 'awful' })}\r\n`);
    expect(lines.map((l) => l.tone)).toEqual(['pleased', 'unhappy']);
  });

  it('prints nothing for empty input', async () => {
    const { code, lines } = await run('');
    expect(code).toBe(0);
    expect(lines).toEqual([]);
  });
});
