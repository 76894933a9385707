// What well-known feed services append to every item, taken off so people's own words are what is read, heard
// and quoted: Reddit's "submitted by /u/name [link] [comments]" and hnrss.org's "Article URL / Comments URL /
// Points / # Comments". Works on sanitized HTML (attributes quoted, comments gone); anything else is left as is.

export interface Trimmed {
  html: string;
  /** The number of replies the trailer told (hnrss.org's "# Comments"), when it did. */
  replyCount: number | null;
}

const SPACE = String.raw`(?:\s|&#32;|&nbsp;|<br\s*/?>)*`;
const LINK = String.raw`<a\b[^>]*>[^<]*</a>`;
const BRACKETED = String.raw`<span>\s*<a\b[^>]*href="([^"]*)"[^>]*>\[(?:link|comments)\]</a>\s*</span>`;
const REDDIT = new RegExp(String.raw`${SPACE}submitted by${SPACE}${LINK}((?:${SPACE}${BRACKETED})+)${SPACE}$`);
const HN_LINE = String.raw`<p>(?:Article URL|Comments URL):\s*(?:${LINK})?\s*</p>|<p>Points:\s*-?\d+\s*</p>|<p>#\s*Comments:\s*(\d+)\s*</p>`;
const HN = new RegExp(String.raw`(?:\s*<hr\s*/?>)?(?:\s*(?:${HN_LINE}))+\s*$`);

/** A link that is not the item itself: a Reddit post that shares a page keeps one plain link to it. */
function sharedPage(trailer: string, itemLink: string | null): string | null {
  const hrefs = [...trailer.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
  const [first] = hrefs;
  const elsewhere = hrefs.find((h) => h !== itemLink && !/reddit\.com\/(?:r|user)\//.test(h));
  return elsewhere ?? (first && first !== itemLink && !/reddit\.com\//.test(first) ? first : null);
}

export function trimSiteTrailers(html: string, itemLink: string | null): Trimmed {
  if (!html) return { html, replyCount: null };
  const reddit = html.includes('submitted by') ? REDDIT.exec(html) : null;
  if (reddit) {
    const page = sharedPage(reddit[0], itemLink);
    const kept = html.slice(0, reddit.index).trimEnd();
    const link = page ? `<p><a href="${page}" rel="noopener noreferrer">${page.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]}</a></p>` : '';
    return { html: kept + link, replyCount: null };
  }
  const hn = html.includes('URL:') || html.includes('Points:') ? HN.exec(html) : null;
  if (hn) {
    const count = /<p>#\s*Comments:\s*(\d+)\s*<\/p>/.exec(hn[0]);
    return { html: html.slice(0, hn.index).trimEnd(), replyCount: count ? Number(count[1]) : null };
  }
  return { html, replyCount: null };
}
