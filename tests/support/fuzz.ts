// Fixed-seed mutation of real feeds, shared by the fuzz test (a few hundred cases) and the bench (10k).

/** mulberry32: a small seeded generator, so any failing case can be replayed. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = ['&', '<', '>', '<![CDATA[', ']]>', '<!--', '&amp;', '&#0;', '&#xD800;', '&lol;', '</item>', '<item>', '"', '\u0000', '\xff\xfe', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', 'xml:base="::"', '<entry>', '{', '\ud800'];

/** Flips bytes, cuts runs, inserts markup that breaks parsers, or truncates — one to eight times. */
export function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const out = Array.from(bytes.subarray(0, Math.min(bytes.length, 20_000)));
  const n = 1 + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(next() * out.length);
    const op = next();
    if (op < 0.3) out[at] = Math.floor(next() * 256);
    else if (op < 0.5) out.splice(at, Math.floor(next() * 200));
    else if (op < 0.8) out.splice(at, 0, ...Buffer.from(NASTY[Math.floor(next() * NASTY.length)] as string, 'latin1'));
    else out.length = at; // truncate
  }
  return new Uint8Array(out);
}
