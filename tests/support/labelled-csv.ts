// Labelled comments (CSV with a header naming `text` and `label`, RFC 4180 quoting), as in ../shared/corpus/tone.
// Shared by the tone corpus test and scripts/train-tone.mjs (which bundles it), so both read the files alike.
import { readFileSync } from 'node:fs';

export function readLabelledCsv(path: string): Array<{ text: string; label: string }> {
  const src = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head = [], ...body] = rows;
  const ti = head.indexOf('text');
  const li = head.indexOf('label');
  return body.filter((r) => r.length > Math.max(ti, li)).map((r) => ({ text: r[ti] ?? '', label: r[li] ?? '' }));
}
