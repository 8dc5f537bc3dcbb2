// Search: an inverted index of stems gives the candidates; Fuse supplies typo tolerance by matching
// each query word against the index's vocabulary. Scores depend only on the query and the dataset.
import Fuse from 'fuse.js';
import { QUESTION_WORDS, STOP_WORDS, editDistance, stem, stems, words } from './text.js';
import { buildSynonyms } from './synonyms.js';
import type { Dataset, Fact, FactType } from './model.js';

/** How much a match in each part of a fact counts. */
export const FIELD_WEIGHTS = {
  text: 1,
  quote: 0.9,
  numbers: 0.8,
  asks: 0.8,
  entities: 0.6,
  attribution: 0.5,
} as const;

const FUZZY_THRESHOLD = 0.34;
const FUZZY_MIN_LENGTH = 4;
// Spelling slips count only in longer words: in short ones an edit makes another word (iran, iraq).
const EDIT_MIN_LENGTH = 5;
const MAX_EXPANSIONS = 8;
// Below every field weight but the weakest, so the reader's own word, anywhere, beats a synonym.
const SYNONYM_QUALITY = 0.7;
const K1 = 1.2;
const B = 0.3;

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
}

interface Posting {
  doc: number;
  weight: number;
}

/** One query word and what it may match in the vocabulary, with a quality from 0 to 1. */
export interface TermExpansion {
  term: string;
  matches: Map<string, number>;
}

let synonymsCache: Map<string, Set<string>> | undefined;
function synonyms(): Map<string, Set<string>> {
  synonymsCache ??= buildSynonyms(stem);
  return synonymsCache;
}

/** Stems of a query worth matching: stop words go, unless nothing else is left and `contentOnly` is off. */
export function queryTerms(query: string, opts: { contentOnly?: boolean } = {}): string[] {
  const all = words(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((content.length || opts.contentOnly ? content : all).map(stem))];
}

/** An inverted index over a dataset's facts. Build once per dataset; queries are then cheap. */
export class SearchIndex {
  readonly dataset: Dataset;
  private readonly postings = new Map<string, Posting[]>();
  private readonly docLength: number[] = [];
  private readonly avgLength: number;
  private vocabFuse: Fuse<string> | undefined;
  private readonly maxIdf: number;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    const aliases = new Map<string, string[]>();
    for (const e of dataset.entities) aliases.set(e.name, [e.name, ...e.aliases]);
    dataset.facts.forEach((fact, doc) => {
      const best = new Map<string, number>();
      const add = (s: string, weight: number): void => {
        for (const st of stems(s)) if ((best.get(st) ?? 0) < weight) best.set(st, weight);
      };
      add(fact.text, FIELD_WEIGHTS.text);
      if (fact.quote) add(fact.quote.text, FIELD_WEIGHTS.quote);
      for (const n of fact.numbers ?? []) add(`${n.value} ${n.unit}`, FIELD_WEIGHTS.numbers);
      for (const a of fact.asks ?? []) add(a, FIELD_WEIGHTS.asks);
      for (const name of fact.entities) for (const a of aliases.get(name) ?? [name]) add(a, FIELD_WEIGHTS.entities);
      if (fact.attribution !== 'article') add(fact.attribution, FIELD_WEIGHTS.attribution);
      for (const [st, weight] of best) {
        let list = this.postings.get(st);
        if (!list) this.postings.set(st, (list = []));
        list.push({ doc, weight });
      }
      this.docLength.push(words(fact.text).length + (fact.quote ? words(fact.quote.text).length : 0));
    });
    const n = dataset.facts.length;
    this.avgLength = n ? this.docLength.reduce((a, b) => a + b, 0) / n : 1;
    this.maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  }

  /** Inverse document frequency of a stem (BM25's form, always positive). */
  idf(st: string): number {
    const df = this.postings.get(st)?.length ?? 0;
    const n = this.dataset.facts.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The query's stems worth matching. A word the data lacks that is one slip from a question word
   * ("wat", "hw") is dropped like that question word.
   */
  terms(query: string, opts: { contentOnly?: boolean } = {}): string[] {
    return queryTerms(query, opts).filter((t) => this.postings.has(t) || !nearStopWord(t));
  }

  /** Whether the vocabulary holds a stem. */
  has(st: string): boolean {
    return this.postings.has(st);
  }

  /** Vocabulary stems close to a word, with Fuse's score (0 is exact). */
  fuzzy(term: string): Array<{ stem: string; score: number }> {
    this.vocabFuse ??= new Fuse([...this.postings.keys()], {
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      isCaseSensitive: true,
    });
    return this.vocabFuse.search(term).map((r) => ({ stem: r.item, score: r.score ?? 0 }));
  }

  /** What one query stem may match: itself, its synonyms, and near spellings. */
  expand(term: string): TermExpansion {
    const matches = new Map<string, number>();
    const put = (st: string, quality: number): void => {
      if (this.postings.has(st) && (matches.get(st) ?? 0) < quality) matches.set(st, quality);
    };
    put(term, 1);
    for (const syn of synonyms().get(term) ?? []) put(syn, SYNONYM_QUALITY);
    if (term.length >= FUZZY_MIN_LENGTH && !/^\d+$/.test(term)) {
      // A word the data holds is taken as meant: only longer forms of it are added ("kill" -> "killing").
      // A word it lacks is likely a typo, so near spellings count too.
      const known = this.postings.has(term);
      const near = this.fuzzy(term)
        .filter((r) => r.stem !== term)
        .map((r) => ({ stem: r.stem, quality: fuzzyQuality(term, r.stem, r.score, known) }))
        .filter((r) => r.quality > 0)
        .sort((a, b) => b.quality - a.quality || (a.stem < b.stem ? -1 : 1))
        .slice(0, MAX_EXPANSIONS);
      for (const r of near) put(r.stem, r.quality);
    }
    return { term, matches };
  }

  /** Score every fact that matches at least one query term. Unsorted. */
  score(terms: readonly string[]): Hit[] {
    const perDoc = new Map<number, { sum: number; terms: Map<string, number>; stems: Set<string> }>();
    for (const term of terms) {
      const best = new Map<number, { c: number; st: string; quality: number }>();
      // Rarity belongs to the reader's word when the data knows it, so a rare synonym cannot outscore it.
      const ownIdf = this.postings.has(term) ? this.idf(term) : undefined;
      for (const [st, quality] of this.expand(term).matches) {
        const idf = ownIdf ?? this.idf(st);
        for (const p of this.postings.get(st) ?? []) {
          const norm = 1 - B + (B * (this.docLength[p.doc] ?? 0)) / this.avgLength;
          const c = (quality * p.weight * idf * (K1 + 1)) / (1 + K1 * norm);
          const prev = best.get(p.doc);
          if (!prev || c > prev.c) best.set(p.doc, { c, st, quality });
        }
      }
      for (const [doc, { c, st, quality }] of best) {
        let acc = perDoc.get(doc);
        if (!acc) perDoc.set(doc, (acc = { sum: 0, terms: new Map(), stems: new Set() }));
        acc.sum += c;
        acc.terms.set(term, quality);
        acc.stems.add(st);
      }
    }
    // The best a single term can score: exact, rarest, in the main text, in a very short fact.
    const cap = (this.maxIdf * (K1 + 1)) / (1 + K1 * (1 - B));
    const hits: Hit[] = [];
    for (const [doc, acc] of perDoc) {
      const strength = Math.min(1, acc.sum / (cap * terms.length));
      hits.push({
        fact: this.dataset.facts[doc]!,
        // Matched words first, so a fact holding all the words outranks one holding some.
        score: round((acc.terms.size + strength) / (terms.length + 1)),
        matched: acc.terms.size,
        stems: [...acc.stems].sort(),
        terms: acc.terms,
      });
    }
    return hits;
  }
}

function nearStopWord(word: string): boolean {
  if (word.length > 5) return false;
  return QUESTION_WORDS.some((w) => editDistance(w, word, 1) <= 1);
}

// 0 means "no match". Short words must agree in the first letter: typos rarely start a word.
function fuzzyQuality(term: string, candidate: string, fuseScore: number, known: boolean): number {
  if (candidate.startsWith(term) || term.startsWith(candidate)) return 0.9;
  if (fuseScore === 0) return term.length >= 5 ? 0.6 : 0; // inside a longer word: "asad" in "alasad"
  if (known || term.length < EDIT_MIN_LENGTH) return 0;
  if (term.length < 6 && candidate[0] !== term[0]) return 0;
  return Math.max(0.3, 0.85 - fuseScore);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const indexes = new WeakMap<Dataset, SearchIndex>();

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
  const terms = index.terms(query);
  if (!terms.length) return [];
  const order = articleOrder(dataset);
  return index
    .score(terms)
    .filter((h) => passes(h.fact, filter))
    .sort((a, b) => b.score - a.score || order.get(a.fact)! - order.get(b.fact)!)
    .slice(0, limit);
}

const orders = new WeakMap<Dataset, Map<Fact, number>>();

/** Each fact's position in article order: by paragraph, then as listed. */
export function articleOrder(dataset: Dataset): Map<Fact, number> {
  let order = orders.get(dataset);
  if (!order) {
    const sorted = dataset.facts
      .map((f, i) => ({ f, i }))
      .sort((a, b) => a.f.paragraph - b.f.paragraph || a.i - b.i);
    order = new Map(sorted.map(({ f }, rank) => [f, rank]));
    orders.set(dataset, order);
  }
  return order;
}
