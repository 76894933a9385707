// `earshot tone`: reads JSON lines {"text": ...} and prints one {"tone": ...} line per input, in the same order.
// A line that can't be read still gets an answer (neutral, with a plain error) so answers stay in step with input.
import { createInterface } from 'node:readline';
import { toneOf } from '../core/listen/tone';

function answer(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ tone: 'neutral', error: "This line isn't valid JSON." });
  }
  const text = parsed && typeof parsed === 'object' ? (parsed as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') {
    return JSON.stringify({ tone: 'neutral', error: 'This line has no "text" to read.' });
  }
  const { tone, words, score } = toneOf(text);
  return JSON.stringify({ tone, words, score });
}

/** Blank lines are skipped (they hold no text); every other line gets exactly one answer. Returns the exit code. */
export async function toneCommand(input: NodeJS.ReadableStream, write: (line: string) => void): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    write(answer(line));
  }
  return 0;
}
