// An inverted index of stems over a dataset's facts: the vocabulary finds what each query word may match,
// BM25 scores the facts holding those stems, and the best `limit` are kept. Scores depend only on the
// query and the dataset, and a query touches only the postings of its own words, never every fact.
import type { Dataset, Fact } from '../model.js';
import { buildIndex } from './build.js';
import { Bm25, Scratch } from './score.js';
import type { TermMatches } from './score.js';
import type { IndexSnapshot } from './snapshot.js';
import { TopK } from './topk.js';
import { VOUCH_QUALITY, Vocabulary } from './vocabulary.js';

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

// How much a hint word adds, against a term of the query: enough to order facts that match the same
// terms, too little to stand in for a term.
const HINT_WEIGHT = 0.25;

/** An inverted index over a dataset's facts. Build once per dataset; queries are then cheap. */
export class SearchIndex {
  readonly vocabulary: Vocabulary;
  private readonly bm25: Bm25;
  private scratch: Scratch | undefined;

  /** Restore an index from a snapshot of these facts; `order` is each fact's rank in article order. */
  constructor(
    private readonly facts: readonly Fact[],
    readonly order: Int32Array,
    private readonly data: IndexSnapshot,
  ) {
    this.vocabulary = new Vocabulary(data.vocab, data.dictionary, data.relatives, data.stemTable);
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

  /** The best `limit` facts for the query's stems that `accept` lets through (by index), best first, ties in article order. */
  search(terms: readonly ExpandedTerm[], accept: ((doc: number) => boolean) | undefined, limit: number): Hit[] {
    const n = this.facts.length;
    if (!terms.length || !n) return [];
    const scratch = (this.scratch ??= new Scratch(n));
    const perTerm = terms.map((_, i) => scratch.term(i));
    const { sum, matched, touched } = scratch;
    let touchedCount = 0;
    try {
      terms.forEach((term, i) => {
        const t = perTerm[i]!;
        // Rarity belongs to the reader's word, so a rare synonym cannot outscore a common one: the word's
        // own when the data knows it, else that of the commonest word it stands for ("rockets" finds
        // "missiles" and "fire" alike, and "fire" being rarer is no reason to prefer it).
        const own = this.vocabulary.id(term.stem);
        let idf = own === undefined ? Infinity : this.bm25.idf(own);
        if (own === undefined) for (const st of term.matches.keys()) idf = Math.min(idf, this.bm25.idf(this.vocabulary.id(st)));
        for (const [st, q] of term.matches) this.bm25.add(this.vocabulary.id(st)!, q, idf, t);
        // Indexed loops here and below: a command runs one query, in cold code, where an iterator over
        // tens of thousands of facts costs several times more.
        const { docs, count } = t;
        for (let k = 0; k < count; k++) {
          const doc = docs[k]!;
          if (matched[doc] === 0 && sum[doc] === 0) touched[touchedCount++] = doc;
          // A word matched only through a shared relative adds to the score but is not a word matched.
          if (t.quality[doc]! >= VOUCH_QUALITY) matched[doc]! += 1;
          sum[doc]! += t.contribution[doc]!;
        }
      });
      // Hints add to facts the terms found, after them, in the scratch arrays of one more term.
      const hints = terms.flatMap((term) => term.hints ?? []);
      if (hints.length) {
        const h = scratch.term(terms.length);
        perTerm.push(h);
        for (const hint of hints) {
          const own = this.vocabulary.id(hint.stem);
          for (const [st, q] of hint.matches) {
            const id = this.vocabulary.id(st)!;
            this.bm25.add(id, q * HINT_WEIGHT, this.bm25.idf(own ?? id), h);
          }
        }
        for (let k = 0; k < h.count; k++) {
          const doc = h.docs[k]!;
          if (matched[doc]! > 0) sum[doc]! += h.contribution[doc]!;
        }
      }
      return this.select(terms, perTerm, touched.subarray(0, touchedCount), accept, limit);
    } finally {
      scratch.reset(touchedCount, perTerm);
    }
  }

  // The best `limit` of the facts touched, as hits.
  private select(
    terms: readonly ExpandedTerm[],
    perTerm: readonly TermMatches[],
    touched: Int32Array,
    accept: ((doc: number) => boolean) | undefined,
    limit: number,
  ): Hit[] {
    const { sum, matched } = this.scratch!;
    const cap = this.bm25.cap;
    const scoreOf = (doc: number): number =>
      round((matched[doc]! + Math.min(1, sum[doc]! / (cap * terms.length))) / (terms.length + 1));
    // Facts matching more words rank higher whatever their score; ties go to article order. Only the best
    // `limit` are kept, in a heap, rather than sorting every fact found: a common word in a large dataset
    // finds tens of thousands, and sorting them was most of such a query.
    const ahead = (a: number, scoreA: number, b: number, scoreB: number): boolean =>
      matched[a] !== matched[b] ? matched[a]! > matched[b]! : scoreA !== scoreB ? scoreA > scoreB : this.order[a]! < this.order[b]!;
    const kept = new TopK(limit, ahead);
    // The fewest words a fact can match and still be among the best: only those are scored.
    const passing = accept ? touched.filter(accept) : touched;
    const counts = new Int32Array(terms.length + 1);
    for (let k = 0; k < passing.length; k++) counts[matched[passing[k]!]!]!++;
    let least = terms.length;
    for (let found = counts[least]!; least > 1 && found < limit; ) found += counts[--least]!;
    // Once `limit` are kept, a fact matching fewer words than the worst kept, or as many with a sum so far
    // below its score's that even rounded it scores lower, cannot be kept: it is passed over without
    // working out its score (most facts of a common word are). The margin, a unit in the score's last
    // kept digit, keeps the test clear of rounding.
    let worstMatched = -1;
    let floor = -Infinity;
    const raise = (): void => {
      const worst = kept.worst();
      if (!worst) return;
      worstMatched = matched[worst.doc]!;
      const r = (worst.score - SCORE_UNIT) * (terms.length + 1) - worstMatched;
      floor = r <= 0 ? -Infinity : r > 1 ? Infinity : r * cap * terms.length;
    };
    for (let k = 0; k < passing.length; k++) {
      const doc = passing[k]!;
      const m = matched[doc]!;
      if (m < least || m < worstMatched || (m === worstMatched && sum[doc]! < floor)) continue;
      if (kept.offer(doc, scoreOf(doc))) raise();
    }
    return kept.ranked().map(({ doc, score }) => {
      const termsMatched = new Map<string, number>();
      const stemSet = new Set<string>();
      terms.forEach((term, i) => {
        const t = perTerm[i]!;
        if (t.contribution[doc]! > 0) {
          termsMatched.set(term.stem, t.quality[doc]!);
          stemSet.add(this.vocabulary.stems[t.stem[doc]!]!);
        }
      });
      return {
        fact: this.facts[doc]!,
        score,
        matched: matched[doc]!,
        stems: [...stemSet].sort(),
        terms: termsMatched,
        rank: this.order[doc]!,
      };
    });
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

// The last digit a score keeps (see round).
const SCORE_UNIT = 1e-4;
