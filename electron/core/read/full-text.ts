// Full text for offline reading: when a source gives only a summary, fetch the page and keep the article,
// deflated in conversations.full_text. Called on bookmark, at sync for matching conversations, and on demand.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { EngineContext } from '../context';
import { htmlToText } from '../util/text';
import { extractArticle } from './extract';
import { decodePage, fetchBounded, type ReadFetchContext } from './fetch-page';
import { cacheImagesFor } from './images';

/** A source's content shorter than this (as plain text) is taken to be a summary. */
export const SUMMARY_CHARS = 1200;

export type FullTextContext = ReadFetchContext & Pick<EngineContext, 'dataDir'>;

interface Candidate {
  id: string;
  link: string | null;
  content: Uint8Array | null;
  full_text: Uint8Array | null;
}

export function inflate(blob: Uint8Array | null): string {
  return blob ? inflateRawSync(blob).toString('utf8') : '';
}

/** True when what the source gave reads like a summary of something longer at its link. */
export function isSummaryOnly(contentHtml: string, link: string | null): boolean {
  if (!link || !/^https?:/i.test(link)) return false;
  return htmlToText(contentHtml).length < SUMMARY_CHARS;
}

/** Fetches and keeps one conversation's article. Never throws; returns a plain sentence on failure. */
export async function captureOne(ctx: FullTextContext, id: string): Promise<{ kept: boolean; message: string }> {
  const row = await ctx.store.get<Candidate>(`SELECT id, link, content, full_text FROM conversations WHERE id = ?`, [id]);
  if (!row) return { kept: false, message: 'That conversation is no longer kept.' };
  if (row.full_text) return { kept: true, message: 'The whole article is kept for reading offline.' };
  const content = inflate(row.content);
  if (!isSummaryOnly(content, row.link)) {
    // The source gave everything: keep its pictures, nothing to fetch.
    await cacheImagesFor(ctx, id, content);
    return { kept: false, message: 'The source already gave the whole conversation.' };
  }
  const outcome = await fetchBounded(ctx, row.link as string);
  if (outcome.kind !== 'ok') {
    return { kept: false, message: outcome.kind === 'failed' && outcome.status === 'offline'
      ? 'The whole article can be kept once this computer is back online.'
      : "The article's page couldn't be read just now. What is here stays readable offline." };
  }
  const article = extractArticle(decodePage(outcome.body, outcome.contentType), outcome.finalUrl);
  if (!article || article.textLength <= htmlToText(content).length) {
    await cacheImagesFor(ctx, id, content);
    return { kept: false, message: "The article's page had nothing more to read." };
  }
  await ctx.store.write([
    { sql: `UPDATE conversations SET full_text = ? WHERE id = ?`, params: [deflateRawSync(Buffer.from(article.html, 'utf8')), id] },
  ]);
  await cacheImagesFor(ctx, id, article.html);
  return { kept: true, message: 'The whole article is kept for reading offline.' };
}
