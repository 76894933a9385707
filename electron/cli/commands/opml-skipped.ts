// What `sources import` left out of a list of sources, so it can say so: the engine adds the web addresses and
// passes over the rest without a word.
import { Parser } from 'htmlparser2';
import { parseOpml } from '../../core/feeds/opml';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Whether the engine takes this address from a list: asked of its own reader, so the rule is never written twice. */
function taken(address: string): boolean {
  return parseOpml(`<opml><body><outline xmlUrl="${escapeAttr(address)}"/></body></opml>`).length > 0;
}

/** How many entries with an address were skipped: not on the web (javascript:, ftp:, file:…), or there twice. */
export function skippedInOpml(text: string): { notOnTheWeb: number; repeated: number } {
  const addresses: string[] = [];
  // Which outlines are entries, as the engine's reader (electron/core/feeds/opml.ts) decides it.
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name !== 'outline') return;
        const address = attribs['xmlurl'] ?? (attribs['type']?.toLowerCase() === 'rss' ? attribs['url'] : undefined);
        if (address !== undefined) addresses.push(address);
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(text.replace(/^\uFEFF/, ''));
  parser.end();
  const notOnTheWeb = addresses.filter((a) => !taken(a)).length;
  return { notOnTheWeb, repeated: Math.max(0, addresses.length - notOnTheWeb - parseOpml(text).length) };
}
