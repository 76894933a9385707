import { ApiError } from '../../../shared/api';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Accepts what a person types as a source address: a full http(s) or file: URL, a bare host ("example.com/feed"),
 * or a path to a local file. Returns a normalized URL or throws an ApiError in plain words.
 */
export function normalizeSourceUrl(input: string, cwd = process.cwd()): string {
  const text = input.trim();
  if (!text) throw new ApiError('Please give the address of the source.', 'invalid');
  if (/^(https?|file):/i.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol !== 'file:' && !url.hostname) throw new Error('no host');
      url.hash = '';
      return url.href;
    } catch {
      throw new ApiError(`“${text}” isn't an address Earshot can read.`, 'invalid');
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text) && !/^[\w.-]+:\d+/.test(text)) {
    throw new ApiError(`Earshot can listen to web addresses (http or https) and files, not “${text.split(':')[0]}:” addresses.`, 'invalid');
  }
  if (text.startsWith('/') || text.startsWith('.') || isAbsolute(text) || /\.(xml|rss|atom|json)$/i.test(text) && !/^[\w-]+(\.[\w-]+)+\//.test(text)) {
    return pathToFileURL(resolve(cwd, text)).href;
  }
  let url: URL;
  try {
    url = new URL(`https://${text}`);
  } catch {
    throw new ApiError(`“${text}” isn't an address Earshot can read.`, 'invalid');
  }
  // A bare word ("notaurl") is not a site: a web address without its scheme still has a dot in its name.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) {
    throw new ApiError(`“${text}” doesn't look like a web address. Try one like example.com/feed.`, 'invalid');
  }
  return url.href;
}
