// An inverted index of stems over a dataset's facts: the vocabulary finds what each query word may match,
// BM25 scores the facts holding those stems, and the best `limit` are kept. Scores depend only on the
// query and the dataset, and a query touches only the postings of its own words, never every fact.
import type { Dataset, Fact } from '../model.js';
import { buildIndex } from './build.js';
import { NO_FACT, PostingCursor } from './cursor.js';
import { denseBest } from './dense.js';
import type { Kept } from './dense.js';
import { Bm25 } from './score.js';
import type { IndexSnapshot } from './snapshot.js';
import { TopK } from './topk.js';
import { VOUCH_QUALITY, Vocabulary } from './vocabulary.js';
import { TermReader, Walk } from './walk.js';

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

/** One query word, with every stem it may match and how well (see Vocabulary.expand). */
export interface ExpandedTerm {
  /** The word's own stem: what hits report it by. */
  stem: string;
  matches: ReadonlyMap<string, number>;
  /** Words that rank the facts this term matches without being required (the words of a name's phrase). */
  hints?: readonly ExpandedTerm[];
}

/** How a search reads the postings: walked, read through whole, or whichever suits their number (the results are the same). */
export type Way = 'walk' | 'dense' | 'either';

// Up to this many postings in all, in a dataset of up to this many facts, a query's words are read through
// whole (see dense.ts); past either, walked. (Reading through makes arrays the size of the dataset for
// each query: a library that asks a large one many questions would make megabytes a question.)
export const DENSE_POSTINGS = 50_000;
export const DENSE_FACTS = 50_000;

// How much a hint word adds, against a term of the query: enough to order facts that match the same
// terms, too little to stand in for a term.
const HINT_WEIGHT = 0.25;

/** An inverted index over a dataset's facts. Build once per dataset; queries are then cheap. */
export class SearchIndex {
  readonly vocabulary: Vocabulary;
  private readonly bm25: Bm25;

  /** Restore an index from a snapshot of these facts; `order` is each fact's rank in article order. */
  constructor(
    private readonly facts: readonly Fact[],
    readonly order: Int32Array,
    private readonly data: IndexSnapshot,
  ) {
    this.vocabulary = new Vocabulary(data.vocab, data.dictionary, data.relatives, data.stemTable, data.vocabText);
    this.bm25 = new Bm25(data, facts.length);
  }

  /** Build the index of a dataset, telling `onProgress` how it goes. */
  static build(dataset: Pick<Dataset, 'facts' | 'entities'>, order: Int32Array, onProgress?: (done: number, total: number) => void): SearchIndex {
    const snapshot = buildIndex(dataset, new Map(), [], onProgress);
    return new SearchIndex(dataset.facts, order, snapshot);
  }

  /** The index as data, for the cache: `new SearchIndex(facts, order, snapshot)` restores it. */
  snapshot(): IndexSnapshot {
    this.data.need?.(0, this.data.postings.length);
    return this.data;
  }

  /** Whether some fact holds both stems (postings run in fact order: a merge of the two lists). */
  together(a: string, b: string): boolean {
    const ia = this.vocabulary.id(a);
    const ib = this.vocabulary.id(b);
    if (ia === undefined || ib === undefined) return false;
    const { offsets, postings, need } = this.data;
    need?.(offsets[ia]!, offsets[ia + 1]!);
    need?.(offsets[ib]!, offsets[ib + 1]!);
    let p = offsets[ia]!;
    let q = offsets[ib]!;
    const endP = offsets[ia + 1]!;
    const endQ = offsets[ib + 1]!;
    while (p < endP && q < endQ) {
      const x = postings[p]! >> 4;
      const y = postings[q]! >> 4;
      if (x === y) return true;
      if (x < y) p++;
      else q++;
    }
    return false;
  }

  /** Inverse document frequency of a stem (BM25's form, always positive). */
  idf(st: string): number {
    return this.bm25.idf(this.vocabulary.id(st));
  }

  /**
   * The best `limit` facts for the query's stems that `accept` lets through (by index), best first, ties in
   * article order. Facts matching more of the query's words rank first, so the postings are read side by
   * side in fact order (document at a time): once `limit` facts are kept, the worst matching m words, only
   * facts that m of the words can be in are read, and the cursors leap over the rest (WAND's pivot, with
   * each word counting one). A fact is scored only when it could still be kept.
   */
  search(terms: readonly ExpandedTerm[], accept: ((doc: number) => boolean) | undefined, limit: number, way: Way = 'either'): Hit[] {
    if (!terms.length || !this.facts.length || limit <= 0) return [];
    const readers = terms.map((term) => {
      // Rarity belongs to the reader's word, so a rare synonym cannot outscore a common one: the word's
      // own when the data knows it, else that of the commonest word it stands for ("rockets" finds
      // "missiles" and "fire" alike, and "fire" being rarer is no reason to prefer it).
      const own = this.vocabulary.id(term.stem);
      let idf = own === undefined ? Infinity : this.bm25.idf(own);
      if (own === undefined) for (const st of term.matches.keys()) idf = Math.min(idf, this.bm25.idf(this.vocabulary.id(st)));
      return new TermReader([...term.matches].map(([st, q]) => this.cursor(this.vocabulary.id(st)!, q, idf)));
    });
    // Hints add to facts the terms found (never find one), as one more reader.
    const hintCursors: PostingCursor[] = [];
    for (const term of terms)
      for (const hint of term.hints ?? []) {
        const own = this.vocabulary.id(hint.stem);
        for (const [st, q] of hint.matches) {
          const id = this.vocabulary.id(st)!;
          hintCursors.push(this.cursor(id, q * HINT_WEIGHT, this.bm25.idf(own ?? id)));
        }
      }
    const hints = hintCursors.length ? new TermReader(hintCursors) : undefined;
    // (Two words each of which the other matches, "retaliate" and "hit back", are one thing said twice.)
    const kin = (x: number, y: number): boolean => terms[x]!.matches.has(terms[y]!.stem) || terms[y]!.matches.has(terms[x]!.stem);
    const kept = this.best(readers, hints, accept, limit, way, kin);
    return this.hits(terms, readers, kept);
  }

  // A cursor over stem `id`'s postings for a term matching it with quality q.
  private cursor(id: number, q: number, idf: number): PostingCursor {
    const { offsets, postings, need } = this.data;
    need?.(offsets[id]!, offsets[id + 1]!);
    // A query records quality as a 32-bit float: what it compares and reports is that value.
    const quality = Math.fround(q);
    return new PostingCursor(postings, offsets[id]!, offsets[id + 1]!, id, this.bm25.numerators(q, idf), quality, quality >= VOUCH_QUALITY);
  }

  // The best `limit` facts the readers find, with how many words each matched.
  private best(readers: readonly TermReader[], hints: TermReader | undefined, accept: ((doc: number) => boolean) | undefined, limit: number, way: Way, kin: (a: number, b: number) => boolean): Kept {
    const words = readers.length;
    const cap = this.bm25.cap;
    const { docLength } = this.data;
    const score = (matched: number, sum: number): number => round((matched + Math.min(1, sum / (cap * words))) / (words + 1));
    let postings = 0;
    for (const reader of [...readers, ...(hints ? [hints] : [])]) for (const c of reader.cursors) postings += c.end - c.from;
    if (way === 'dense' || (way === 'either' && postings <= DENSE_POSTINGS && docLength.length <= DENSE_FACTS)) return denseBest({ words: readers.map((r) => r.cursors), hints: hints?.cursors ?? [], kin }, this.bm25, docLength, this.order, accept, limit, score);
    const matchedOf = new Map<number, number>();
    // Facts matching more words rank higher whatever their score; ties go to article order. Only the best
    // `limit` are kept, in a heap whose root is the worst kept.
    const ahead = (a: number, scoreA: number, b: number, scoreB: number): boolean => {
      const ma = matchedOf.get(a)!;
      const mb = matchedOf.get(b)!;
      return ma !== mb ? ma > mb : scoreA !== scoreB ? scoreA > scoreB : this.order[a]! < this.order[b]!;
    };
    const kept = new TopK(limit, ahead);
    // Once `limit` are kept, a fact matching fewer words than the worst kept, or as many with a sum so far
    // below its score's that even rounded it scores lower, cannot be kept: it is passed over without working
    // out its score. The margin, a unit in the score's last kept digit, keeps the test clear of rounding.
    let worstMatched = 0;
    let floor = -Infinity;
    const raise = (): void => {
      const worst = kept.worst();
      if (!worst) return;
      worstMatched = matchedOf.get(worst.doc)!;
      const r = (worst.score - SCORE_UNIT) * (words + 1) - worstMatched;
      floor = r <= 0 ? -Infinity : r > 1 ? Infinity : r * cap * words;
    };
    const walk = new Walk(readers, hints, this.bm25, docLength, kin);
    // A pass for the facts every word may be in first, then for those one word fewer may be in, and so on,
    // while fewer than `limit` are kept that match more: facts matching many words are seldom many, and a
    // fact kept early that matches fewer is thrown out again (each offer costs). A fact read in one pass
    // is passed over in the next.
    const read = new Set<number>();
    for (let least = words; least >= 1 && !(kept.worst() && worstMatched > least); least--) {
      if (least < words) walk.restart();
      for (let doc = walk.next(worstMatched, floor, least); doc !== NO_FACT; doc = walk.next(worstMatched, floor, least)) {
        if (least < words && read.has(doc)) continue;
        read.add(doc);
        walk.read(doc);
        const { matched } = walk;
        if (matched === 0 || matched < worstMatched || (accept && !accept(doc))) continue;
        const sum = hints ? walk.sum + hints.read(doc, walk.below) : walk.sum;
        if (matched === worstMatched && sum < floor) continue;
        matchedOf.set(doc, matched);
        if (kept.offer(doc, score(matched, sum))) raise();
      }
    }
    return { ranked: kept.ranked(), matchedOf };
  }

  // The facts kept, as hits: each term's best stem in each is read again.
  private hits(terms: readonly ExpandedTerm[], readers: readonly TermReader[], { ranked, matchedOf, matchOf }: Kept): Hit[] {
    // Each term's best stem in each fact kept: as the query recorded it, or read from the postings again.
    if (!matchOf) for (const reader of readers) reader.rewind();
    const match = (doc: number, i: number): { quality: number; stem: number } | undefined => {
      if (matchOf) return matchOf(doc, i);
      const reader = readers[i]!;
      return reader.read(doc, this.bm25.below(this.data.docLength[doc]!)) > 0 ? { quality: reader.quality, stem: reader.stem } : undefined;
    };
    const found = new Map<number, { terms: Map<string, number>; stems: Set<string> }>();
    for (const doc of ranked.map((r) => r.doc).sort((a, b) => a - b)) {
      const termsMatched = new Map<string, number>();
      const stemSet = new Set<string>();
      terms.forEach((term, i) => {
        const m = match(doc, i);
        if (m) {
          termsMatched.set(term.stem, m.quality);
          stemSet.add(this.vocabulary.stems[m.stem]!);
        }
      });
      found.set(doc, { terms: termsMatched, stems: stemSet });
    }
    return ranked.map(({ doc, score }) => ({
      fact: this.facts[doc]!,
      score,
      matched: matchedOf.get(doc)!,
      stems: [...found.get(doc)!.stems].sort(),
      terms: found.get(doc)!.terms,
      rank: this.order[doc]!,
    }));
  }
}


function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

// The last digit a score keeps (see round).
const SCORE_UNIT = 1e-4;
