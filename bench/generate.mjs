// Synthetic datasets in the bundled format, for benchmarks: node bench/generate.mjs N OUT.json
// Seeded, so the same N gives the same file. Text is varied: a news vocabulary drawn with Zipf-like
// frequencies, generated names for people, places and organisations, sentence templates of mixed length,
// figures, quotes and asks. No two facts are copies.
import { closeSync, openSync, writeSync } from 'node:fs';

/** A small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = (
  'missile rocket base airbase attack strike drone convoy embassy ministry army navy militia border region ' +
  'city village port pipeline refinery election vote parliament court minister official general commander ' +
  'president leader spokesman envoy diplomat negotiator treaty sanction embargo ceasefire truce talks summit ' +
  'agreement deal threat warning retaliation revenge escalation crisis conflict war battle offensive ' +
  'casualty soldier troop civilian refugee hospital aid supply shipment oil gas price market currency economy ' +
  'budget protest rally crowd police arrest trial verdict prison report statement speech interview tweet ' +
  'video footage satellite image radar defence system launch target site facility reactor uranium program ' +
  'inspection inspector agency council committee alliance coalition partner ally rival neighbour province ' +
  'capital district airport highway bridge harbour fleet warship submarine jet helicopter weapon arsenal ' +
  'budget tariff export import harvest drought flood storm earthquake outbreak vaccine school university'
).split(/\s+/);
const VERBS = (
  'fired launched struck hit targeted attacked warned threatened announced denied confirmed reported claimed ' +
  'signalled rejected accepted demanded urged condemned praised blamed accused promised vowed planned ' +
  'delayed cancelled approved blocked seized captured released arrested evacuated deployed withdrew ' +
  'negotiated signed broke violated restored expanded reduced raised cut doubled halted resumed'
).split(/\s+/);
const ADJ = (
  'western eastern northern southern northeast northwest remote coastal strategic military political ' +
  'economic diplomatic covert direct indirect limited broad severe minor major rapid slow uncertain ' +
  'surprising expected unusual relaxed tense fragile stable hostile friendly senior junior former acting'
).split(/\s+/);
const SYLLABLES = 'ka ri mo sa lu te na vi ho da zar ul ben ash ir qa sim fa reh tor mal kes dor yan gul per ost'.split(' ');
const KINDS = ['person', 'place', 'organization', 'country', 'group', 'media'];
const TYPES = ['event', 'casualties', 'statement', 'assessment', 'prediction', 'threat', 'background'];
const UNITS = ['missiles', 'troops', 'targets', 'casualties', 'drones', 'villages', 'days', 'sites', 'ships', 'people'];

function makeName(rand, parts) {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

/** Generate a dataset of n facts. */
export function generate(n, seed = 42) {
  const rand = rng(seed + n);
  // Zipf-like: low indexes are much more common, as in real text.
  const zipf = (list) => list[Math.floor(list.length * rand() ** 2.2)];
  const pick = (list) => list[Math.floor(rand() * list.length)];

  const entityCount = Math.max(20, Math.round(n / 20));
  const entities = [];
  const seen = new Set();
  while (entities.length < entityCount) {
    const kind = pick(KINDS);
    const name = kind === 'person' ? `${makeName(rand, 2)} ${makeName(rand, 3)}` : `${makeName(rand, 2 + Math.floor(rand() * 2))}`;
    if (seen.has(name)) continue;
    seen.add(name);
    entities.push({
      name,
      kind,
      aliases: [name.split(' ').pop(), `${pick(ADJ)} ${name}`],
      description: `A ${kind} named in reports about the ${zipf(NOUNS)} and the ${zipf(NOUNS)}.`,
    });
  }
  const questions = Array.from({ length: 20 }, (_, i) => ({ number: i + 1, text: `What about the ${NOUNS[i * 3]}?` }));
  const paragraphs = Math.max(19, Math.round(n / 3));

  const facts = [];
  for (let i = 0; i < n; i++) {
    const who = pick(entities);
    const where = pick(entities);
    const count = 1 + Math.floor(rand() * 60);
    const unit = pick(UNITS);
    const extra = Array.from({ length: Math.floor(rand() * 18) }, () => (rand() < 0.3 ? pick(ADJ) : zipf(NOUNS))).join(' ');
    const text =
      `${who.name} ${zipf(VERBS)} ${count} ${unit} near the ${pick(ADJ)} ${zipf(NOUNS)} in ${where.name}` +
      (extra ? `, with ${extra}` : '') +
      '.';
    const fact = {
      id: `fact-${i}-${zipf(NOUNS)}`,
      text,
      question: 1 + Math.floor(rand() * questions.length),
      paragraph: 1 + Math.floor(rand() * paragraphs),
      type: pick(TYPES),
      attribution: rand() < 0.5 ? 'article' : who.name,
      entities: who === where ? [who.name] : [who.name, where.name],
      numbers: [{ value: count, unit }],
    };
    if (rand() < 0.15) fact.quote = { text: `We ${zipf(VERBS)} the ${zipf(NOUNS)} and will not ${pick(VERBS).replace(/ed$/, '')} again.`, speaker: who.name };
    if (rand() < 0.5) fact.asks = [`how many ${unit} did ${who.name} ${zipf(VERBS).replace(/ed$/, '')}`, `what happened in ${where.name}`];
    facts.push(fact);
  }
  return {
    schemaVersion: 1,
    article: { title: `Synthetic benchmark dataset of ${n} facts`, date: '2020-01-08', paragraphs, questions },
    entities,
    facts,
  };
}

/** Write a dataset as compact JSON a fact at a time: a million facts make more text than one string holds well. */
export function writeDataset(file, data) {
  const { facts, ...rest } = data;
  const outside = JSON.stringify({ ...rest, facts: [] });
  const at = outside.lastIndexOf('[]');
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, outside.slice(0, at + 1));
    for (let i = 0; i < facts.length; i++) writeSync(fd, (i ? ',' : '') + JSON.stringify(facts[i]));
    writeSync(fd, outside.slice(at + 1));
  } finally {
    closeSync(fd);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out] = process.argv.slice(2);
  if (!n || !out) {
    console.error('usage: node bench/generate.mjs N OUT.json');
    process.exit(2);
  }
  writeDataset(out, generate(Number(n)));
}
