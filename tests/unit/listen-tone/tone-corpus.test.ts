// Quality floor on the labelled comments in ../shared/corpus/tone (scored like tools/score-tone.py: pleased →
// positive, unhappy → negative, anything else neutral; macro-F1 over the labels present). Skips without the corpus.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneOf } from '../../../electron/core/listen/tone';
import { readLabelledCsv as readCsv } from '../../support/labelled-csv';

const dir = join(__dirname, '../../../../shared/corpus/tone');

function macroF1(pred: string[], gold: string[]): number {
  const labels = [...new Set(gold)];
  let total = 0;
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    pred.forEach((p, i) => {
      if (p === l && gold[i] === l) tp++;
      else if (p === l) fp++;
      else if (gold[i] === l) fn++;
    });
    const pr = tp + fp ? tp / (tp + fp) : 0;
    const rc = tp + fn ? tp / (tp + fn) : 0;
    total += pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  }
  return total / labels.length;
}

const label = (tone: string) => (tone === 'pleased' ? 'positive' : tone === 'unhappy' ? 'negative' : 'neutral');

describe.each([
  ['twitter_airline_sentiment.csv', 0.65],
  ['uci_amazon_cells.csv', 0.82],
  ['uci_yelp.csv', 0.8],
])('tone on %s', (file, floor) => {
  const path = join(dir, file);
  it.skipIf(!existsSync(path))(`reaches macro-F1 ${floor}`, () => {
    const rows = readCsv(path);
    expect(rows.length).toBeGreaterThan(100);
    const f1 = macroF1(rows.map((r) => label(toneOf(r.text).tone)), rows.map((r) => r.label));
    expect(f1).toBeGreaterThanOrEqual(floor);
  });
  if (!existsSync(path)) it('is skipped: the corpus is not next to the project', () => console.warn(`skipped: ${path} not found`));
});
