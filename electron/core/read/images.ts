// Pictures kept for offline reading: files in <dataDir>/images/, listed in the `images` table, bounded per
// picture and in total (oldest out first), and handed to the reader inline as data: addresses (the CSP allows them).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Statement } from '../store/types';
import { fetchBounded, type ReadFetchContext } from './fetch-page';

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const IMAGE_CACHE_BYTES = 200 * 1024 * 1024;
/** A private setting (bytes) that overrides IMAGE_CACHE_BYTES. */
export const IMAGE_CACHE_KEY = 'read.imageCacheBytes';
const PER_CONVERSATION = 20;
/** Most bytes of pictures inlined into one answer; the rest keep their web address. */
const INLINE_BUDGET = 12 * 1024 * 1024;

export type ImageContext = ReadFetchContext & { dataDir: string };

export interface ImageLimits {
  perImage: number;
  total: number;
}

const IMG_SRC = /(<img\b[^>]*?\ssrc=")([^"]*)(")/gi;

function decodeAttr(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The web addresses of the pictures in sanitized HTML, in order, without repeats. */
export function imageUrls(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(IMG_SRC)) {
    const url = decodeAttr(m[2] ?? '');
    if (/^https?:\/\//i.test(url)) out.add(url);
  }
  return [...out];
}

/** The picture's type from its first bytes; SVG and anything unknown are refused (they are not just pixels). */
export function sniffImage(b: Uint8Array): string | null {
  if (b.length < 12) return null;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif';
  const tag = (at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
  if (tag(0) === 'RIFF' && tag(8) === 'WEBP') return 'image/webp';
  if (tag(4) === 'ftyp' && /^avi[fs]$/.test(tag(8))) return 'image/avif';
  return null;
}

async function limits(ctx: ImageContext, given?: Partial<ImageLimits>): Promise<ImageLimits> {
  const row = await ctx.store.get<{ value: string }>(`SELECT value FROM settings WHERE key = ?`, [IMAGE_CACHE_KEY]);
  const setting = row ? Number(JSON.parse(row.value)) : NaN;
  return {
    perImage: given?.perImage ?? IMAGE_MAX_BYTES,
    total: given?.total ?? (Number.isFinite(setting) && setting >= 0 ? setting : IMAGE_CACHE_BYTES),
  };
}

/** Removes the oldest pictures until the total fits. Returns how many went. */
export async function evictImages(ctx: ImageContext, total: number): Promise<number> {
  const rows = await ctx.store.all<{ url: string; path: string; bytes: number }>(
    `SELECT url, path, bytes FROM images ORDER BY fetched_at DESC, url DESC`,
  );
  let sum = 0;
  const out: typeof rows = [];
  for (const r of rows) {
    sum += r.bytes;
    if (sum > total) out.push(r);
  }
  if (out.length === 0) return 0;
  const statements: Statement[] = out.map((r) => ({ sql: `DELETE FROM images WHERE url = ?`, params: [r.url] }));
  await ctx.store.write(statements);
  // The rows go first: a file left behind by a crash here is only wasted space, never a broken picture.
  await Promise.all(out.map((r) => rm(join(ctx.dataDir, r.path), { force: true })));
  return out.length;
}

/** Fetches and keeps the pictures of one conversation (bounded). Never throws. Returns how many were added. */
export async function cacheImagesFor(
  ctx: ImageContext,
  conversationId: string,
  html: string,
  given?: Partial<ImageLimits>,
): Promise<number> {
  const urls = imageUrls(html).slice(0, PER_CONVERSATION);
  if (urls.length === 0) return 0;
  const { perImage, total } = await limits(ctx, given);
  if (total <= 0) return 0;
  const known = new Set(
    (await ctx.store.all<{ url: string }>(`SELECT url FROM images WHERE url IN (${urls.map(() => '?').join(',')})`, urls)).map((r) => r.url),
  );
  let added = 0;
  const dir = join(ctx.dataDir, 'images');
  for (const url of urls) {
    if (known.has(url)) continue;
    try {
      const outcome = await fetchBounded(ctx, url, { maxBytes: perImage, accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9' });
      if (outcome.kind !== 'ok') {
        if (outcome.kind === 'failed' && outcome.status === 'offline') break; // the rest would fail the same way
        continue;
      }
      const type = sniffImage(outcome.body);
      if (!type || outcome.body.length > Math.min(perImage, total)) continue;
      const name = `${createHash('sha1').update(url).digest('hex')}.${type.slice(6)}`;
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, name), outcome.body);
      await ctx.store.write([
        {
          sql: `INSERT INTO images (url, path, bytes, type, fetched_at, conversation_id) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(url) DO UPDATE SET path = excluded.path, bytes = excluded.bytes, type = excluded.type,
                  fetched_at = excluded.fetched_at`,
          params: [url, `images/${name}`, outcome.body.length, type, ctx.clock(), conversationId],
        },
      ]);
      added++;
    } catch (err) {
      ctx.log.warn(`read: keeping the picture ${url} failed`, err);
    }
  }
  if (added > 0) await evictImages(ctx, total);
  return added;
}

/** Replaces the addresses of kept pictures with data: addresses; pictures not kept keep their web address. */
export async function inlineImages(ctx: Pick<ImageContext, 'store' | 'dataDir'>, html: string, budget = { left: INLINE_BUDGET }): Promise<string> {
  const urls = imageUrls(html);
  if (urls.length === 0) return html;
  const rows = await ctx.store.all<{ url: string; path: string; type: string | null; bytes: number }>(
    `SELECT url, path, type, bytes FROM images WHERE url IN (${urls.map(() => '?').join(',')})`,
    urls,
  );
  const data = new Map<string, string>();
  for (const r of rows) {
    if (r.bytes > budget.left || !r.type?.startsWith('image/')) continue;
    try {
      const bytes = await readFile(join(ctx.dataDir, r.path));
      budget.left -= bytes.length;
      data.set(r.url, `data:${r.type};base64,${bytes.toString('base64')}`);
    } catch {
      // The file went (evicted meanwhile, or removed by hand): the web address stays.
    }
  }
  if (data.size === 0) return html;
  return html.replace(IMG_SRC, (whole, before: string, src: string, after: string) => {
    const inline = data.get(decodeAttr(src));
    return inline ? `${before}${inline}${after}` : whole;
  });
}
