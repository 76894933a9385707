// ToneLookup: the brief's tone for conversations listening has not reached yet, worked out once each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ToneLookup } from '../../../electron/core/brief/tones';
import { HOUR, Harness, NOW } from './helpers';

let h: Harness;

beforeEach(async () => {
  h = await new Harness().open();
  await h.addSource('s1', 'Kestrel forum');
});

afterEach(async () => {
  await h.close();
});

describe('ToneLookup', () => {
  it('asks whether an unheard conversation asks something once, however many parts of the brief want to know', async () => {
    await h.add([
      { id: 'q', at: NOW - HOUR, tone: null, title: 'Sale?', excerpt: 'Is Kestrel doing Black Friday?' },
      { id: 'plain', at: NOW - 2 * HOUR, tone: null, title: 'Rode to work', excerpt: 'Rode to work today.' },
      { id: 'heard', at: NOW - 3 * HOUR, tone: 'pleased', title: 'Love it?', excerpt: 'Who else loves it?' },
    ]);
    const asked: string[] = [];
    const tones = new ToneLookup(h.store, (text) => {
      asked.push(text);
      return text.includes('Kestrel');
    });
    const untoned = await tones.untoned(NOW - 24 * HOUR, NOW);
    const items = await tones.windowItems(NOW - 24 * HOUR, NOW);
    await tones.untoned(NOW - 24 * HOUR, NOW);
    // Only the unheard one with a question mark needed asking, and only once.
    expect(asked).toHaveLength(1);
    expect(untoned).toHaveLength(2);
    expect(untoned.filter((u) => u.tone === 'asking')).toHaveLength(1);
    expect(items.find((i) => i.id === 'q')?.tone).toBe('asking');
  });
});
