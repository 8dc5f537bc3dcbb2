// Search: an inverted index of stems gives the candidates; Fuse supplies typo tolerance by matching
// query words the data lacks against the index's vocabulary. Scores depend only on the query and the
// dataset, and a query touches only the postings of its own words, never every fact.
import Fuse from 'fuse.js/basic';
import { QUESTION_WORDS, STOP_WORDS, editDistance, stem, words } from './text.js';
import { WordTable } from './wordtable.js';
import { stemmedGroups, synonymsIn } from './synonyms.js';
import type { Dataset, Fact, FactType } from './model.js';

/** How much a match in each part of a fact counts, in tenths (postings store the weight as an integer). */
export const FIELD_WEIGHTS = {
  text: 10,
  quote: 9,
  numbers: 8,
  asks: 8,
  entities: 6,
  attribution: 5,
} as const;

const FUZZY_THRESHOLD = 0.34;
const FUZZY_MIN_LENGTH = 4;
// Longer "words" are not typos of anything: Fuse would only spend time on them.
const FUZZY_MAX_LENGTH = 32;
// Spelling slips count only in longer words: in short ones an edit makes another word (iran, iraq).
const EDIT_MIN_LENGTH = 5;
const MAX_EXPANSIONS = 8;
// Below every field weight but the weakest, so the reader's own word, anywhere, beats a synonym.
const SYNONYM_QUALITY = 0.7;
const PREFIX_QUALITY = 0.9;
const K1 = 1.2;
const B = 0.3;
// A vocabulary larger than this is narrowed by shared letter pairs before Fuse ranks it.
const SHORTLIST_ABOVE = 2000;
/** Words of a query that count; the rest are ignored (each costs a pass over its postings). */
export const MAX_TERMS = 32;

/** Filters shared by search and list. */
export interface FactFilter {
  type?: FactType | undefined;
  entity?: string | undefined;
  question?: number | undefined;
}

/** A fact found by a query, with a score from 0 to 1 (higher is better). */
export interface Hit {
  fact: Fact;
  score: number;
  /** Query words the fact matched, of all the query's words. */
  matched: number;
  /** Stems in the fact that matched, for highlighting. */
  stems: string[];
  /** The query's own words (as stems) that found something in the fact, with how well (0 to 1). */
  terms: Map<string, number>;
  /** The fact's place in article order, for breaking ties. */
  rank: number;
}

/** How Fuse is used on the vocabulary: over all of it (the plain path) or over a shortlist (indexed). */
export type FuzzyMode = 'auto' | 'plain' | 'shortlist';

// The build stems the synonym groups once and inlines them (see scripts/build.mjs): stemming them at
// every start-up cost about half a millisecond. A query looks up only its own words.
declare const __FACTQ_SYNONYMS__: string | undefined;
let groups: ReadonlyArray<readonly string[]> | undefined;
const synonymCache = new Map<string, readonly string[]>();
function synonymsOf(term: string): readonly string[] {
  let found = synonymCache.get(term);
  if (!found) {
    groups ??= typeof __FACTQ_SYNONYMS__ === 'string' ? (JSON.parse(__FACTQ_SYNONYMS__) as string[][]) : stemmedGroups(stem);
    synonymCache.set(term, (found = synonymsIn(groups, term)));
  }
  return found;
}

/** Stems of a query worth matching: stop words go, unless nothing else is left and `contentOnly` is off. */
export function queryTerms(query: string, opts: { contentOnly?: boolean } = {}): string[] {
  const all = words(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((content.length || opts.contentOnly ? content : all).map(stem))];
}

/** A built index as plain data and typed arrays, cheap to store and to load again. */
export interface IndexSnapshot {
  vocab: string[];
  /** Postings of stem `i` are `postings[offsets[i]] .. postings[offsets[i + 1]]`. */
  offsets: Int32Array;
  postings: Int32Array;
  docLength: Uint16Array;
}

/** An inverted index over a dataset's facts. Build once per dataset; queries are then cheap. */
export class SearchIndex {
  readonly dataset: Dataset;
  /** Stem -> its id; ids index `postings` and `vocab`. */
  private readonly ids = new Map<string, number>();
  private readonly vocab: string[] = [];
  /** Per stem: one entry per fact holding it, `doc * 16 + weight in tenths`; stem i's run is
   * `postings[offsets[i]] .. postings[offsets[i + 1]]`. Flat, so loading makes no object per stem. */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly docLength: Uint16Array;
  private readonly avgLength: number;
  private readonly maxIdf: number;
  /** Each fact's rank in article order, for tie-breaks. */
  readonly order: Int32Array;
  private sortedVocab: string[] | undefined;
  private vocabFuse: Fuse<string> | undefined;
  private bigrams: Map<string, number[]> | undefined;
  fuzzyMode: FuzzyMode = 'auto';

  constructor(dataset: Dataset, snapshot?: IndexSnapshot) {
    this.dataset = dataset;
    const n = dataset.facts.length;
    this.maxIdf = Math.log(1 + (n + 0.5) / 0.5);
    this.order = articleRanks(dataset);
    if (snapshot) {
      this.vocab = snapshot.vocab;
      this.vocab.forEach((st, id) => this.ids.set(st, id));
    } else {
      snapshot = buildIndex(dataset, this.ids, this.vocab);
    }
    this.offsets = snapshot.offsets;
    this.postings = snapshot.postings;
    this.docLength = snapshot.docLength;
    this.avgLength = averageOf(this.docLength);
  }

  /** The index as data, for the cache: `new SearchIndex(dataset, snapshot)` restores it. */
  snapshot(): IndexSnapshot {
    return { vocab: this.vocab, offsets: this.offsets, postings: this.postings, docLength: this.docLength };
  }

  /** Inverse document frequency of a stem (BM25's form, always positive). */
  idf(st: string): number {
    const id = this.ids.get(st);
    const df = id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
    const n = this.dataset.facts.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The query's stems worth matching. A word the data lacks that is one slip from a question word
   * ("wat", "hw") is dropped like that question word.
   */
  terms(query: string, opts: { contentOnly?: boolean } = {}): string[] {
    return queryTerms(query, opts)
      .filter((t) => this.ids.has(t) || !nearQuestionWord(t))
      .slice(0, MAX_TERMS);
  }

  /** Vocabulary stems close to a word, with Fuse's score (0 is exact), best first. */
  fuzzy(term: string): Array<{ stem: string; score: number }> {
    const shortlist = this.fuzzyMode === 'shortlist' || (this.fuzzyMode === 'auto' && this.vocab.length > SHORTLIST_ABOVE);
    const fuse = shortlist ? fuseOver(this.shortlist(term)) : (this.vocabFuse ??= fuseOver(this.vocab));
    return fuse
      .search(term)
      .map((r) => ({ stem: r.item, score: r.score ?? 0 }))
      .sort((a, b) => a.score - b.score || (a.stem < b.stem ? -1 : 1));
  }

  // Words that could be within Fuse's threshold of `term`: a word within k edits of a substring keeps at
  // least (pairs - 2k) of the term's letter pairs (the q-gram lemma), so nothing Fuse accepts is lost.
  private shortlist(term: string): string[] {
    this.bigrams ??= bigramIndex(this.vocab);
    const pairs = [...new Set(letterPairs(term))];
    const k = Math.floor(FUZZY_THRESHOLD * term.length);
    const need = Math.max(1, pairs.length - 2 * k);
    const counts = new Map<number, number>();
    for (const p of pairs) for (const id of this.bigrams.get(p) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const out: string[] = [];
    for (const [id, c] of counts) if (c >= need) out.push(this.vocab[id]!);
    return out;
  }

  // Stems that begin with `term`, found by binary search in the sorted vocabulary.
  private withPrefix(term: string): string[] {
    const sorted = (this.sortedVocab ??= [...this.vocab].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(term) && out.length < MAX_EXPANSIONS; i++) {
      if (sorted[i] !== term) out.push(sorted[i]!);
    }
    return out;
  }

  /** What one query stem may match: itself, its synonyms, longer forms, and near spellings. */
  expand(term: string): Map<string, number> {
    const matches = new Map<string, number>();
    const put = (st: string, quality: number): void => {
      if (this.ids.has(st) && (matches.get(st) ?? 0) < quality) matches.set(st, quality);
    };
    put(term, 1);
    for (const syn of synonymsOf(term)) put(syn, SYNONYM_QUALITY);
    if (term.length < FUZZY_MIN_LENGTH || term.length > FUZZY_MAX_LENGTH || /^\d+$/.test(term)) return matches;
    for (const st of this.withPrefix(term)) put(st, PREFIX_QUALITY);
    // A word the data holds is taken as meant. One it lacks is likely a typo: near spellings count too.
    if (!this.ids.has(term)) {
      const near = this.fuzzy(term)
        .map((r) => ({ stem: r.stem, quality: fuzzyQuality(term, r.stem, r.score) }))
        .filter((r) => r.quality > 0)
        .sort((a, b) => b.quality - a.quality || (a.stem < b.stem ? -1 : 1))
        .slice(0, MAX_EXPANSIONS);
      for (const r of near) put(r.stem, r.quality);
    }
    return matches;
  }

  // Per-fact scratch arrays, reused by every query (a query resets what it touched): allocating them per
  // query costs more than the query itself on large datasets, and leaves garbage behind.
  private scratch: { sum: Float64Array; matched: Uint8Array; terms: TermScratch[] } | undefined;

  private termScratch(i: number): TermScratch {
    const n = this.dataset.facts.length;
    this.scratch ??= { sum: new Float64Array(n), matched: new Uint8Array(n), terms: [] };
    return (this.scratch.terms[i] ??= { c: new Float64Array(n), stem: new Int32Array(n), quality: new Float32Array(n), docs: [] });
  }

  /** The best `limit` facts for the query's stems that pass the filter, best first, ties in article order. */
  search(terms: readonly string[], filter: FactFilter = {}, limit = 10): Hit[] {
    const n = this.dataset.facts.length;
    if (!terms.length || !n) return [];
    const perTerm = terms.map((_, i) => this.termScratch(i));
    const { sum, matched } = this.scratch!;
    const touched: number[] = [];
    try {
      terms.forEach((term, i) => {
        const t = perTerm[i]!;
        // Rarity belongs to the reader's word when the data knows it, so a rare synonym cannot outscore it.
        const ownIdf = this.ids.has(term) ? this.idf(term) : undefined;
        for (const [st, q] of this.expand(term)) this.score(this.ids.get(st)!, q, ownIdf ?? this.idf(st), t);
        for (const doc of t.docs) {
          if (matched[doc] === 0) touched.push(doc);
          matched[doc]! += 1;
          sum[doc]! += t.c[doc]!;
        }
      });
      return this.best(terms, perTerm, touched, filter, limit);
    } finally {
      // Reset what was touched; when that is much of the dataset, clearing it all (natively) is quicker.
      const clear = (array: Float64Array | Uint8Array, docs: number[]): void => {
        if (docs.length > n >> 4) array.fill(0);
        else for (const doc of docs) array[doc] = 0;
      };
      clear(sum, touched);
      clear(matched, touched);
      for (const t of perTerm) {
        clear(t.c, t.docs);
        t.docs.length = 0;
      }
    }
  }

  // Score every fact holding stem `id` for one query term, keeping each fact's best match in `t`. The
  // hot loop of a query (a common word has a posting in most facts): its fields are read into locals.
  private score(id: number, q: number, idf: number, t: TermScratch): void {
    const { postings, docLength, avgLength } = this;
    const { c, stem, quality, docs } = t;
    for (let p = this.offsets[id]!, end = this.offsets[id + 1]!; p < end; p++) {
      const packed = postings[p]!;
      const doc = packed >> 4;
      const weight = (packed & 15) / 10;
      const norm = 1 - B + (B * docLength[doc]!) / avgLength;
      const v = (q * weight * idf * (K1 + 1)) / (1 + K1 * norm);
      if (c[doc] === 0) docs.push(doc);
      if (v > c[doc]!) {
        c[doc] = v;
        stem[doc] = id;
        quality[doc] = q;
      }
    }
  }

  private best(terms: readonly string[], perTerm: TermScratch[], touched: number[], filter: FactFilter, limit: number): Hit[] {
    const { sum, matched } = this.scratch!;
    // The best a single term can score: exact, rarest, in the main text, in a very short fact.
    const cap = (this.maxIdf * (K1 + 1)) / (1 + K1 * (1 - B));
    const scoreOf = (doc: number): number =>
      round((matched[doc]! + Math.min(1, sum[doc]! / (cap * terms.length))) / (terms.length + 1));
    // Facts matching more words rank higher whatever their score; ties go to article order. Only the best
    // `limit` are kept, in a heap, rather than sorting every fact found: a common word in a large dataset
    // finds tens of thousands, and sorting them was most of such a query.
    const ahead = (a: number, scoreA: number, b: number, scoreB: number): boolean =>
      matched[a] !== matched[b] ? matched[a]! > matched[b]! : scoreA !== scoreB ? scoreA > scoreB : this.order[a]! < this.order[b]!;
    const kept = new TopFacts(limit, ahead);
    // The fewest words a fact can match and still be among the best: only those are scored.
    const passing = touched.filter((doc) => passes(this.dataset.facts[doc]!, filter));
    const counts = new Int32Array(terms.length + 1);
    for (const doc of passing) counts[matched[doc]!]!++;
    let least = terms.length;
    for (let found = counts[least]!; least > 1 && found < limit; ) found += counts[--least]!;
    for (const doc of passing) if (matched[doc]! >= least) kept.offer(doc, scoreOf(doc));
    const chosen = kept.best();
    return chosen.map(({ doc, score }) => {
      const termsMatched = new Map<string, number>();
      const stemSet = new Set<string>();
      terms.forEach((term, i) => {
        const t = perTerm[i]!;
        if (t.c[doc]! > 0) {
          termsMatched.set(term, t.quality[doc]!);
          stemSet.add(this.vocab[t.stem[doc]!]!);
        }
      });
      return {
        fact: this.dataset.facts[doc]!,
        score,
        matched: matched[doc]!,
        stems: [...stemSet].sort(),
        terms: termsMatched,
        rank: this.order[doc]!,
      };
    });
  }
}

// The best `size` facts offered, by `ahead` (a total order): a heap whose root is the worst one kept, so
// most offers cost one comparison and make nothing.
class TopFacts {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  constructor(
    private readonly size: number,
    private readonly ahead: (a: number, scoreA: number, b: number, scoreB: number) => boolean,
  ) {}

  offer(doc: number, score: number): void {
    const { docs, scores } = this;
    if (docs.length < this.size) {
      docs.push(doc);
      scores.push(score);
      this.up(docs.length - 1);
    } else if (this.size > 0 && this.ahead(doc, score, docs[0]!, scores[0]!)) {
      docs[0] = doc;
      scores[0] = score;
      this.down(0);
    }
  }

  /** The facts kept, best first. */
  best(): Array<{ doc: number; score: number }> {
    const kept = this.docs.map((doc, i) => ({ doc, score: this.scores[i]! }));
    return kept.sort((a, b) => (this.ahead(a.doc, a.score, b.doc, b.score) ? -1 : 1));
  }

  // Whether entry i should sit below entry j (it is ahead of it): the worst is at the root.
  private below(i: number, j: number): boolean {
    return this.ahead(this.docs[i]!, this.scores[i]!, this.docs[j]!, this.scores[j]!);
  }

  private swap(i: number, j: number): void {
    const { docs, scores } = this;
    [docs[i], docs[j], scores[i], scores[j]] = [docs[j]!, docs[i]!, scores[j]!, scores[i]!];
  }

  private up(i: number): void {
    for (let parent = (i - 1) >> 1; i > 0 && this.below(parent, i); i = parent, parent = (i - 1) >> 1) this.swap(i, parent);
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      let worst = i;
      if (l < this.docs.length && this.below(worst, l)) worst = l;
      if (l + 1 < this.docs.length && this.below(worst, l + 1)) worst = l + 1;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

interface TermScratch {
  c: Float64Array;
  stem: Int32Array;
  quality: Float32Array;
  docs: number[];
}

function fuseOver(list: readonly string[]): Fuse<string> {
  return new Fuse(list, {
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
  });
}

function letterPairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function bigramIndex(vocab: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  vocab.forEach((word, id) => {
    for (const p of new Set(letterPairs(word))) {
      let list = map.get(p);
      if (!list) map.set(p, (list = []));
      list.push(id);
    }
  });
  return map;
}

function nearQuestionWord(word: string): boolean {
  if (word.length > 5) return false;
  return QUESTION_WORDS.some((w) => editDistance(w, word, 1) <= 1);
}

// 0 means "no match". Short words must agree in the first letter: typos rarely start a word.
function fuzzyQuality(term: string, candidate: string, fuseScore: number): number {
  if (candidate.startsWith(term) || term.startsWith(candidate)) return PREFIX_QUALITY;
  if (fuseScore === 0) return term.length >= 5 ? 0.6 : 0; // inside a longer word: "asad" in "alasad"
  if (term.length < EDIT_MIN_LENGTH) return 0;
  if (term.length < 6 && candidate[0] !== term[0]) return 0;
  return Math.max(0.3, 0.85 - fuseScore);
}

// Index every fact, filling `ids` and `vocab` with the stems met. At 100,000 facts this is most of a first
// run, so the hot paths use typed arrays, make nothing per word, and call no function per word.
function buildIndex(dataset: Dataset, ids: Map<string, number>, vocab: string[]): IndexSnapshot {
  const n = dataset.facts.length;
  const docLength = new Uint16Array(n);
  // Folded word -> stem id: one lookup per word occurrence, the stemming done once per distinct word.
  const table = new WordTable((word) => {
    const st = stem(word);
    let id = ids.get(st);
    if (id === undefined) {
      id = vocab.length;
      ids.set(st, id);
      vocab.push(st);
    }
    return id;
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
  for (const e of dataset.entities) entityIds.set(e.name, Int32Array.from([e.name, ...e.aliases].flatMap((t) => [...idsOf(t)])));

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
  // A counting sort by stem keeps each run in fact order.
  const offsets = new Int32Array(vocab.length + 1);
  for (let p = 0; p < markCount; p++) offsets[(marks[p]! >> 4) + 1]!++;
  for (let id = 0; id < vocab.length; id++) offsets[id + 1]! += offsets[id]!;
  const postings = new Int32Array(markCount);
  const next = offsets.slice(0, vocab.length);
  for (let doc = 0, p = 0; doc < n; doc++) {
    for (const end = factEnd[doc]!; p < end; p++) postings[next[marks[p]! >> 4]!++] = doc * 16 + (marks[p]! & 15);
  }
  return { vocab, offsets, postings, docLength };
}

function averageOf(lengths: Uint16Array): number {
  let total = 0;
  for (const len of lengths) total += len;
  return lengths.length ? total / lengths.length || 1 : 1;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const ranksCache = new WeakMap<Dataset, Int32Array>();

// Each fact's rank in article order: by paragraph, then as listed. Kept per dataset, apart from the index,
// so listing never pays for building one.
function articleRanks(dataset: Dataset): Int32Array {
  let ranks = ranksCache.get(dataset);
  if (!ranks) {
    const paragraphs = Float64Array.from(dataset.facts, (f) => f.paragraph);
    const n = paragraphs.length;
    ranks = new Int32Array(n);
    // Datasets are usually listed in article order already: then each fact's rank is its place.
    if (paragraphs.every((p, i) => i === 0 || paragraphs[i - 1]! <= p)) ranks.forEach((_, i) => (ranks![i] = i));
    else if (paragraphs.every((p) => Number.isInteger(p) && p >= 0 && p <= 8 * n + 1024)) {
      // Paragraph numbers in a range the size of the dataset: a counting sort, in listing order within one.
      const start = new Int32Array(paragraphs.reduce((a, b) => Math.max(a, b), 0) + 2);
      for (const p of paragraphs) start[p + 1]!++;
      for (let p = 1; p < start.length; p++) start[p]! += start[p - 1]!;
      paragraphs.forEach((p, doc) => (ranks![doc] = start[p]!++));
    } else {
      const idx = Array.from(paragraphs, (_, i) => i);
      idx.sort((a, b) => paragraphs[a]! - paragraphs[b]! || a - b);
      idx.forEach((doc, rank) => (ranks![doc] = rank));
    }
    ranksCache.set(dataset, ranks);
  }
  return ranks;
}

const indexes = new WeakMap<Dataset, SearchIndex>();

/** Use an index restored from the cache for a dataset, instead of building one. */
export function adoptIndex(dataset: Dataset, index: SearchIndex): void {
  indexes.set(dataset, index);
}

/** The index for a dataset, built on first use and kept for the dataset's lifetime. */
export function indexFor(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = new SearchIndex(dataset)));
  return index;
}

/** Resolve an entity name or alias to the dataset's entity name, or undefined. */
export function resolveEntity(dataset: Dataset, name: string): string | undefined {
  const key = words(name).join(' ');
  for (const e of dataset.entities) {
    if ([e.name, ...e.aliases].some((a) => words(a).join(' ') === key)) return e.name;
  }
  return undefined;
}

/** Whether a fact passes the filters (entity given as the dataset's own name). */
export function passes(fact: Fact, filter: FactFilter): boolean {
  if (filter.type && fact.type !== filter.type) return false;
  if (filter.question !== undefined && fact.question !== filter.question) return false;
  if (filter.entity && !fact.entities.includes(filter.entity)) return false;
  return true;
}

/** Rank facts for a query: best first, ties in article order. */
export function searchFacts(dataset: Dataset, query: string, filter: FactFilter = {}, limit = 10): Hit[] {
  const index = indexFor(dataset);
  return index.search(index.terms(query), filter, limit);
}

/** The dataset's facts in article order: by paragraph, then as the dataset lists them. */
export function factsInArticleOrder(dataset: Dataset): Fact[] {
  const ranks = articleRanks(dataset);
  const ordered = new Array<Fact>(ranks.length);
  dataset.facts.forEach((fact, doc) => (ordered[ranks[doc]!] = fact));
  return ordered;
}
