// What the feeds module hands to sync. `Parsed*` is what the parser returns; the stored model lives in shared/.
import type { SourceStatus } from '../../../shared/model';

export interface ParsedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface ParsedItem {
  /** The item's own id (guid / atom:id / JSON Feed id), or null when it has none. */
  id: string | null;
  /** Plain text. */
  title: string;
  /** Absolute URL, or null. */
  link: string | null;
  /** ISO 8601 in UTC, or null when the feed gives no readable date. */
  published: string | null;
  /** Plain text name (never a bare e-mail address when a name is known). */
  author: string | null;
  /** Sanitized HTML (may be empty). */
  summary: string;
  /** Sanitized HTML (may be empty). */
  content: string;
  enclosures: ParsedEnclosure[];
  /** Comment feed (wfw:commentRss) or comments page (<comments>), absolute; null when none. */
  commentsUrl: string | null;
  /** slash:comments or similar, when given. */
  replyCount: number | null;
  /** A review's stars, 1 to 5 (im:rating in App Store reviews, a rating in a JSON Feed extension); null when none. */
  stars: number | null;
}

export interface ParsedFeed {
  title: string;
  /** The site's address (the feed's own link), absolute, or null. */
  link: string | null;
  items: ParsedItem[];
}

export interface ParseOptions {
  /** The address the bytes came from: resolves relative links. */
  baseUrl?: string;
  /** The HTTP Content-Type header, for its charset. */
  contentType?: string | null;
}

/** Thrown by parseFeed when the bytes are not a feed at all; message is a plain sentence. */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly status: SourceStatus = 'not-a-feed',
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | {
      kind: 'ok';
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** The address finally read (after redirects). */
      finalUrl: string;
      /** Set when every redirect on the way was permanent (301/308): the source should move there. */
      movedTo: string | null;
    }
  | { kind: 'not-modified'; etag: string | null; lastModified: string | null; movedTo: string | null }
  | {
      kind: 'failed';
      status: Exclude<SourceStatus, 'ok' | 'new'>;
      /** A plain sentence for the user ("The server said this source no longer exists."). */
      message: string;
      /** Technical detail for the log. */
      detail: string;
      /** Server's Retry-After, in ms from now, when given. */
      retryAfterMs: number | null;
      httpStatus: number | null;
    };

export interface FetchOptions {
  /** Injected fetch (tests, the offline web host); by default node:http and node:https (see http-get.ts). */
  fetch?: typeof globalThis.fetch;
  /** Total time allowed, ms (default 30 000). */
  timeoutMs?: number;
  /** Largest body accepted after decompression, bytes (default 10 MiB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  signal?: AbortSignal;
}
