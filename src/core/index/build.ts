// Building the inverted index: each fact's words, by field, as stems with the field's weight.
import { WordTable, nearWords, relatedWords, stem } from '../text/index.js';
import type { Dataset } from '../model.js';
import type { IndexSnapshot } from './snapshot.js';

/** What starts the index term of an entity as a whole: no typed word can start so. */
export const ENTITY_PREFIX = '@';

/** The index term of an entity as a whole. */
export function entityTerm(name: string): string {
  return `${ENTITY_PREFIX}${name}`;
}

/** How much a match in each part of a fact counts, in tenths (postings store the weight as an integer). */
export const FIELD_WEIGHTS = {
  text: 10,
  quote: 9,
  numbers: 8,
  asks: 8,
  entities: 6,
  attribution: 5,
} as const;

/**
 * Index facts, filling `ids` and `vocab` with the stems met. At 100,000 facts this is most of a first run,
 * so the hot paths use typed arrays, make nothing per word, and call no function per word.
 */
export function buildIndex(
  dataset: Pick<Dataset, 'facts' | 'entities'>,
  ids: Map<string, number>,
  vocab: string[],
  onProgress?: (done: number, total: number) => void,
): IndexSnapshot {
  const n = dataset.facts.length;
  const docLength = new Uint16Array(n);
  // Folded word -> stem id: one lookup per word occurrence, the stemming done once per distinct word.
  const idOf = (st: string): number => {
    let id = ids.get(st);
    if (id === undefined) {
      id = vocab.length;
      ids.set(st, id);
      vocab.push(st);
    }
    return id;
  };
  // The table resolves each distinct word once: the data's words, for the index of relatives below.
  const distinct: string[] = [];
  const table = new WordTable((word) => {
    distinct.push(word);
    return idOf(stem(word));
  });
  const idsOf = (text: string): Int32Array => {
    const count = table.scan(text); // first: a long text replaces table.found
    return table.found.slice(0, count);
  };
  const memo = new Map<string, Int32Array>();
  const memoIds = (text: string): Int32Array => {
    let found = memo.get(text);
    if (!found) memo.set(text, (found = idsOf(text)));
    return found;
  };
  // Figures by unit, then value: the same words as `${value} ${unit}`, without making that string per figure.
  const figures = new Map<string, Map<number, Int32Array>>();
  const figureIds = (value: number, unit: string): Int32Array => {
    let byValue = figures.get(unit);
    if (!byValue) figures.set(unit, (byValue = new Map()));
    let found = byValue.get(value);
    if (!found) byValue.set(value, (found = idsOf(`${value} ${unit}`)));
    return found;
  };
  const entityIds = new Map<string, Int32Array>();
  // An entity is indexed by the words of its names and by one term of its own (entityTerm), which a
  // query naming it by a phrase ("state TV") matches as a whole.
  for (const e of dataset.entities)
    entityIds.set(e.name, Int32Array.from([idOf(entityTerm(e.name)), ...[e.name, ...e.aliases].flatMap((t) => [...idsOf(t)])]));

  // The best weight each stem has in the current fact, and the stems it has, reset after every fact.
  let best = new Uint8Array(1024);
  let seen = new Int32Array(256);
  let seenCount = 0;
  const mark = (list: Int32Array, count: number, weight: number): void => {
    if (vocab.length > best.length) {
      const grown = new Uint8Array(vocab.length * 2);
      grown.set(best);
      best = grown;
    }
    if (seenCount + count > seen.length) {
      const grown = new Int32Array((seenCount + count) * 2);
      grown.set(seen);
      seen = grown;
    }
    for (let k = 0; k < count; k++) {
      const id = list[k]!;
      const had = best[id]!;
      if (had === 0) seen[seenCount++] = id;
      if (had < weight) best[id] = weight;
    }
  };
  const markProse = (text: string, weight: number): number => {
    const count = table.scan(text);
    mark(table.found, count, weight);
    return count;
  };
  const markAll = (list: Int32Array, weight: number): void => mark(list, list.length, weight);

  // Each fact's stems with their weights (`stem id * 16 + weight`), facts one after another: fact d's run
  // ends at factEnd[d]. Sized for typical facts; a counting sort by stem makes the postings at the end.
  let marks = new Int32Array(Math.max(1 << 16, n * 32));
  let markCount = 0;
  const factEnd = new Int32Array(n);
  for (let doc = 0; doc < n; doc++) {
    // Told every 4,096 facts: a call per fact would cost more than it tells.
    if (onProgress && (doc & 4095) === 0) onProgress(doc, n);
    const fact = dataset.facts[doc]!;
    let prose = markProse(fact.text, FIELD_WEIGHTS.text);
    if (fact.quote) prose += markProse(fact.quote.text, FIELD_WEIGHTS.quote);
    docLength[doc] = Math.min(65535, prose);
    if (fact.numbers) for (const num of fact.numbers) markAll(figureIds(num.value, num.unit), FIELD_WEIGHTS.numbers);
    if (fact.asks) for (const a of fact.asks) markProse(a, FIELD_WEIGHTS.asks);
    for (const name of fact.entities) markAll(entityIds.get(name) ?? memoIds(name), FIELD_WEIGHTS.entities);
    if (fact.attribution !== 'article') markProse(fact.attribution, FIELD_WEIGHTS.attribution);
    if (markCount + seenCount > marks.length) {
      const grown = new Int32Array(Math.max(marks.length * 2, markCount + seenCount));
      grown.set(marks);
      marks = grown;
    }
    for (let k = 0; k < seenCount; k++) {
      const id = seen[k]!;
      marks[markCount++] = id * 16 + best[id]!;
      best[id] = 0;
    }
    seenCount = 0;
    factEnd[doc] = markCount;
  }
  onProgress?.(n, n);
  // A counting sort by stem keeps each run in fact order.
  const offsets = new Int32Array(vocab.length + 1);
  for (let p = 0; p < markCount; p++) offsets[(marks[p]! >> 4) + 1]!++;
  for (let id = 0; id < vocab.length; id++) offsets[id + 1]! += offsets[id]!;
  const postings = new Int32Array(markCount);
  const next = offsets.slice(0, vocab.length);
  for (let doc = 0, p = 0; doc < n; doc++) {
    for (const end = factEnd[doc]!; p < end; p++) postings[next[marks[p]! >> 4]!++] = doc * 16 + (marks[p]! & 15);
  }
  return { vocab, offsets, postings, docLength, relatives: JSON.stringify(relativesOf(distinct, ids)) };
}

/**
 * For each word the English dictionary relates to a word of the data (a synonym, a derivation, a word near
 * in meaning), the ids of those data stems. Read backwards, it finds the data's words whose dictionary
 * entries name a query word, or share a relative with it ("barrage" and "attack" both relate to "onslaught").
 */
export function relativesOf(dataWords: Iterable<string>, ids: ReadonlyMap<string, number>): Record<string, number[]> {
  const out = new Map<string, Set<number>>();
  for (const w of dataWords) {
    const id = ids.get(stem(w));
    if (id === undefined || !/^[a-z]/.test(w)) continue;
    for (const r of [...relatedWords(w), ...nearWords(w).direct]) {
      let set = out.get(r);
      if (!set) out.set(r, (set = new Set()));
      set.add(id);
    }
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, set]) => [r, [...set].sort((a, b) => a - b)]));
}
