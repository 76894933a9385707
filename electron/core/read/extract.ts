// Pulls the article out of a web page (Mozilla Readability over a linkedom document) and sanitizes it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { sanitize } from '../feeds/sanitize';
import { htmlToText } from '../util/text';

export interface Extracted {
  title: string;
  /** Sanitized HTML, links and pictures absolute. */
  html: string;
  /** Its plain text length, to compare with what the source gave. */
  textLength: number;
}

/** Pages whose article is shorter than this are not worth keeping (a cookie wall, a login page). */
const MIN_TEXT = 200;

export function extractArticle(page: string, url: string): Extracted | null {
  // Scripts never run in linkedom; drop them and styles up front so Readability has less to walk.
  const cleaned = page.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  let document;
  try {
    ({ document } = parseHTML(cleaned));
  } catch {
    return null;
  }
  // Readability resolves relative links against the document's base; linkedom has no URL, so give it a <base>.
  const head = document.querySelector('head');
  if (head && !document.querySelector('base')) {
    const base = document.createElement('base');
    base.setAttribute('href', url);
    head.insertBefore(base, head.firstChild);
  }
  let article: ReturnType<Readability['parse']>;
  try {
    // The types want a DOM Document; linkedom's is a faithful enough stand-in for Readability.
    article = new Readability(document as unknown as Document, { charThreshold: MIN_TEXT, keepClasses: false }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const html = sanitize(article.content, url);
  const textLength = htmlToText(html).length;
  if (textLength < MIN_TEXT) return null;
  return { title: (article.title ?? '').trim(), html, textLength };
}
