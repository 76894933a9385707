// `earshot parse [--base-url URL] [--content-type CT] FILE...`: one JSON line per file (see DESIGN.md "Commands").
import { parseFeed } from '../core/feeds/parse';
import { FeedError } from '../core/feeds/types';
import { FileRefused, readBounded } from './read-bounded';

export interface ParseCommandOptions {
  baseUrl?: string;
  contentType?: string;
}

/** Prints one line per file; per-file failures are data (`{"file","error"}`), so the exit code is 0. */
export async function parseCommand(files: string[], opts: ParseCommandOptions, write: (line: string) => void): Promise<number> {
  for (const file of files) {
    let line: string;
    try {
      const body = await readBounded(file);
      const feed = await parseFeed(body, { baseUrl: opts.baseUrl, contentType: opts.contentType ?? null });
      line = JSON.stringify({
        file,
        feed: { title: feed.title, link: feed.link },
        items: feed.items.map((it) => ({
          id: it.id,
          title: it.title,
          link: it.link,
          published: it.published,
          author: it.author,
          summary: it.summary,
          content: it.content,
          enclosures: it.enclosures.map((e) => ({ url: e.url, type: e.type, length: e.length })),
        })),
      });
    } catch (err) {
      const message = err instanceof FeedError || err instanceof FileRefused ? err.message : 'This file could not be read.';
      line = JSON.stringify({ file, error: message });
    }
    write(line);
  }
  return 0;
}
