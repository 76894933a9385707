import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { decodeBody } from '../../../electron/core/feeds/decode';
import { fixture } from './helpers';

const rss = (title: string, decl = '') => `${decl}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe('charset decoding', () => {
  it('falls back to windows-1252 when bytes declared UTF-8 are not UTF-8', async () => {
    const feed = await parseFeed(fixture('wrong-charset.rss'));
    expect(feed.title).toBe('Café crème “quoted”');
    expect(feed.items[0]?.title).toBe('€ euro');
  });

  it('reads UTF-8 bytes under a single-byte declaration as UTF-8', async () => {
    expect((await parseFeed(fixture('utf8-declared-latin1.rss'))).title).toBe('Café €');
  });

  it('takes the charset from the HTTP Content-Type first', async () => {
    const body = iconv.encode(rss('Привет', '<?xml version="1.0" encoding="iso-8859-1"?>'), 'koi8-r');
    expect((await parseFeed(body, { contentType: 'application/rss+xml; charset=KOI8-R' })).title).toBe('Привет');
  });

  it('takes the charset from the XML declaration', async () => {
    const body = iconv.encode(rss('Ελληνικά', "<?xml version='1.0' encoding='windows-1253'?>"), 'windows-1253');
    expect((await parseFeed(body)).title).toBe('Ελληνικά');
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rss('日本語'), 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(rss('日本語'), 'utf-16be')]);
    expect((await parseFeed(le)).title).toBe('日本語');
    expect((await parseFeed(be)).title).toBe('日本語');
  });

  it('reads Shift_JIS and EUC-KR when declared', async () => {
    const sj = iconv.encode(rss('日本語', '<?xml version="1.0" encoding="Shift_JIS"?>'), 'shift_jis');
    expect((await parseFeed(sj)).title).toBe('日本語');
    const kr = iconv.encode(rss('한국어', '<?xml version="1.0" encoding="euc-kr"?>'), 'euc-kr');
    expect((await parseFeed(kr)).title).toBe('한국어');
  });

  it('ignores an unknown declared charset and strips a UTF-8 BOM', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss('Café', '<?xml version="1.0" encoding="invalid"?>'))]);
    expect(decodeBody(new Uint8Array(body))).toMatch(/^<\?xml/);
    expect(decodeBody(new Uint8Array(body))).toContain('Café');
  });

  describe('UTF-8 with a few bad bytes', () => {
    // "caf" + a broken sequence + 0xFF 0xFE + "é ok"; the description is good UTF-8.
    const bad = (decl: string) =>
      Buffer.concat([
        Buffer.from(`${decl}<rss version="2.0"><channel><title>T</title><item><title>caf`),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from('é ok</title><description>déjà vu</description></item></channel></rss>'),
      ]);
    const expectOnlyBadBytesReplaced = async (body: Buffer, contentType?: string) => {
      const feed = await parseFeed(new Uint8Array(body), { contentType });
      expect(feed.items[0]?.title).toBe('caf�(��é ok');
      expect(feed.items[0]?.summary).toBe('déjà vu');
    };

    it('declared in the XML declaration: only the bad bytes become U+FFFD', async () => {
      await expectOnlyBadBytesReplaced(bad('<?xml version="1.0" encoding="utf-8"?>'));
    });

    it('declared by the HTTP header', async () => {
      await expectOnlyBadBytesReplaced(bad(''), 'application/rss+xml; charset=UTF-8');
    });

    it('declared by a byte order mark, even with no other multi-byte character', async () => {
      const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss><channel><title>caf'), Buffer.from([0xe9]), Buffer.from('</title></channel></rss>')]);
      expect((await parseFeed(new Uint8Array(body))).title).toBe('caf�');
    });

    it('declared by nothing (XML reads that as UTF-8)', async () => {
      await expectOnlyBadBytesReplaced(bad(''));
    });

    it('is windows-1252 when undeclared Latin text has a byte pair that happens to be valid UTF-8', () => {
      // "É»" in Latin-1 is C9 BB, which UTF-8 reads as "ɻ": one such pair among five bad bytes is not UTF-8.
      const latin = iconv.encode('<rss><channel><title>Café «ÉTÉ» déjà</title></channel></rss>', 'latin1');
      expect(decodeBody(new Uint8Array(latin))).toContain('Café «ÉTÉ» déjà');
    });

    it('is still windows-1252 when no character at all reads as UTF-8', async () => {
      const body = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>caf'), Buffer.from([0xe9]), Buffer.from('</title></channel></rss>')]);
      expect((await parseFeed(new Uint8Array(body))).title).toBe('café');
    });
  });
});
