#!/usr/bin/env node
// Builds the files the tone scorer ships in resources/lexicons/.
//
//   node scripts/train-tone.mjs lexicons --vader PATH/vader_lexicon.txt --emoji PATH/emoji-emotion/index.js
//       Converts the VADER lexicon (vader-sentiment on npm; MIT / Apache-2.0) and the emoji-emotion list (MIT)
//       into compact JSON maps.
//   node scripts/train-tone.mjs model [--data DIR] [--folds 5]
//       Trains the small logistic-regression model on the UCI "Sentiment Labelled Sentences" (CC BY 4.0):
//       DIR/uci_amazon_cells.csv and DIR/uci_yelp.csv (default ../shared/corpus/tone). Prints a cross-validated
//       accuracy first, so the figure is not one measured on the training sentences.
//
// Only data whose licence allows redistribution may be used here (see resources/lexicons/NOTICE).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources/lexicons');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function lexicons() {
  const vaderPath = arg('--vader');
  const emojiPath = arg('--emoji');
  if (!vaderPath || !emojiPath) throw new Error('Give --vader and --emoji paths.');
  const lex = {};
  for (const line of readFileSync(vaderPath, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    if (!word || mean === undefined || Number.isNaN(Number(mean))) continue;
    lex[word] = Math.round(Number(mean) * 10) / 10;
  }
  writeFileSync(join(out, 'vader-lexicon.json'), JSON.stringify(lex) + '\n');
  const { emojiEmotion } = await import(pathToFileURL(emojiPath).href);
  const emoji = {};
  // emoji-emotion rates −5…+5 (AFINN scale); VADER's is −4…+4.
  for (const e of emojiEmotion) emoji[e.emoji] = Math.round(e.polarity * 0.8 * 10) / 10;
  writeFileSync(join(out, 'emoji-lexicon.json'), JSON.stringify(emoji) + '\n');
  console.log(`vader ${Object.keys(lex).length} entries, emoji ${Object.keys(emoji).length}`);
}


/** Bundles one of the project's TypeScript modules and loads it, so training reads words as the app does. */
async function loadTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'train-tone-'));
  const file = join(dir, 'module.cjs');
  buildSync({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', outfile: file, logLevel: 'error' });
  const mod = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return mod.default ?? mod;
}

const loadScorer = () => loadTs('electron/core/listen/tone-explain.ts');

// Plain batch gradient descent with L2; the data is a few thousand sentences, so this takes seconds.
function train(samples, { l2 = 1.0, epochs = 300, rate = 0.5 } = {}) {
  const w = new Map();
  let bias = 0;
  let wLex = 0;
  const n = samples.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map();
    let gBias = 0;
    let gLex = 0;
    for (const s of samples) {
      let z = bias + wLex * s.lex;
      for (const f of s.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const e = p - s.y;
      gBias += e;
      gLex += e * s.lex;
      for (const f of s.features) grad.set(f, (grad.get(f) ?? 0) + e);
    }
    bias -= (rate * gBias) / n;
    wLex -= (rate * gLex) / n;
    for (const [f, g] of grad) {
      const cur = w.get(f) ?? 0;
      w.set(f, cur - rate * (g / n + (l2 * cur) / n));
    }
    for (const [f, cur] of w) if (!grad.has(f)) w.set(f, cur - (rate * l2 * cur) / n);
  }
  return { bias, wLex, w };
}

function predict(m, s) {
  let z = m.bias + m.wLex * s.lex;
  for (const f of s.features) z += m.w.get(f) ?? 0;
  return z;
}

function keepFrequent(samples, minCount) {
  const df = new Map();
  for (const s of samples) for (const f of new Set(s.features)) df.set(f, (df.get(f) ?? 0) + 1);
  return samples.map((s) => ({ ...s, features: [...new Set(s.features)].filter((f) => (df.get(f) ?? 0) >= minCount) }));
}

async function model() {
  const data = arg('--data', join(root, '../shared/corpus/tone'));
  const folds = Number(arg('--folds', '5'));
  const l2 = Number(arg('--l2', '2'));
  const minCount = Number(arg('--min', '2'));
  const scorer = await loadScorer();
  const { readLabelledCsv: readCsv } = await loadTs('tests/support/labelled-csv.ts');
  const files = ['uci_amazon_cells.csv', 'uci_yelp.csv'];
  const raw = files.flatMap((f) => readCsv(join(data, f)).map((r) => ({ ...r, file: f })));
  const all = raw
    .filter((r) => r.label === 'positive' || r.label === 'negative')
    .map((r) => {
      const x = scorer.explainTone(r.text, { withoutModel: true });
      return { file: r.file, y: r.label === 'positive' ? 1 : 0, lex: x.lexicon, features: x.features };
    });
  // Deterministic shuffle so the folds mix both files.
  const order = all.map((_, i) => i).sort((a, b) => ((a * 2654435761) % 1009) - ((b * 2654435761) % 1009));
  let lexOnly = 0;
  const hits = {};
  for (let k = 0; k < folds; k++) {
    const trainSet = keepFrequent(order.filter((_, i) => i % folds !== k).map((i) => all[i]), minCount);
    const m = train(trainSet, { l2 });
    for (const i of order.filter((_, j) => j % folds === k)) {
      const s = all[i];
      const ok = predict(m, s) > 0 === (s.y === 1);
      hits[s.file] = hits[s.file] ?? [0, 0];
      hits[s.file][0] += ok ? 1 : 0;
      hits[s.file][1] += 1;
      if (s.lex > 0 === (s.y === 1) && s.lex !== 0) lexOnly++;
    }
  }
  for (const [f, [ok, n]] of Object.entries(hits)) console.log(`${folds}-fold accuracy ${f}: ${(ok / n).toFixed(3)} (n=${n})`);
  console.log(`lexicon alone right on ${(lexOnly / all.length).toFixed(3)}`);
  // --holdout k: leave fold k out and write it to the system temp dir, to score the whole tone pipeline on
  // sentences the model has not seen (score-tone.py on those files).
  const holdout = arg('--holdout');
  let trainOn = all;
  if (holdout !== undefined) {
    const k = Number(holdout);
    const held = new Set(order.filter((_, j) => j % folds === k));
    trainOn = all.filter((_, i) => !held.has(i));
    for (const f of files) {
      const rows = raw.filter((r, i) => held.has(i) && r.file === f);
      const csv = 'text,label\n' + rows.map((r) => `"${r.text.replace(/"/g, '""')}",${r.label}`).join('\n') + '\n';
      writeFileSync(join(tmpdir(), `tone-holdout-${f}`), csv);
    }
  }
  const m = train(keepFrequent(trainOn, minCount), { l2 });
  const weights = {};
  for (const [f, v] of [...m.w].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) {
    if (Math.abs(v) >= 0.02) weights[f] = Math.round(v * 1000) / 1000;
  }
  const json = {
    about: 'Logistic regression over words, trained by scripts/train-tone.mjs on UCI Sentiment Labelled Sentences (CC BY 4.0).',
    bias: Math.round(m.bias * 1000) / 1000,
    lexicon: Math.round(m.wLex * 1000) / 1000,
    weights,
  };
  writeFileSync(join(out, 'tone-model.json'), JSON.stringify(json) + '\n');
  console.log(`model: bias ${json.bias}, lexicon weight ${json.lexicon}, ${Object.keys(weights).length} word weights`);
}

const cmd = process.argv[2];
if (cmd === 'lexicons') await lexicons();
else if (cmd === 'model') await model();
else {
  console.error('usage: node scripts/train-tone.mjs lexicons|model [options]');
  process.exitCode = 2;
}
