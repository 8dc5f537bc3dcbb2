// BM25 scoring over the postings, into per-fact scratch arrays that every query reuses.
import type { IndexSnapshot } from './snapshot.js';

const K1 = 1.2;
const B = 0.3;

/** One query term's best match in each fact it touched. */
export interface TermMatches {
  /** The term's BM25 contribution to each fact (0: no match). */
  contribution: Float64Array;
  /** The stem id that gave it. */
  stem: Int32Array;
  /** How well that stem matches the term (1 exact, less for a synonym or a near spelling). */
  quality: Float32Array;
  /** The facts touched, in the order met: the first `count` of `docs`. */
  docs: Int32Array;
  count: number;
}

/** BM25 over an index's postings. */
export class Bm25 {
  private readonly avgLength: number;
  /** 1 + K1 × the length norm, for each fact length met so far (0: not yet worked out). */
  private denominators: Float64Array | undefined;
  /** The most one term can add to a fact: exact, rarest, in the main text, in a very short fact. */
  readonly cap: number;

  constructor(
    private readonly snapshot: IndexSnapshot,
    private readonly facts: number,
  ) {
    const total = snapshot.lengthTotal ?? totalOf(snapshot.docLength);
    const n = snapshot.docLength.length;
    this.avgLength = n ? total / n || 1 : 1;
    const maxIdf = Math.log(1 + (facts + 0.5) / 0.5);
    this.cap = (maxIdf * (K1 + 1)) / (1 + K1 * (1 - B));
  }

  /** Inverse document frequency of stem `id` (BM25's form, always positive); an unknown stem is rarest. */
  idf(id: number | undefined): number {
    const { offsets } = this.snapshot;
    const df = id === undefined ? 0 : offsets[id + 1]! - offsets[id]!;
    return Math.log(1 + (this.facts - df + 0.5) / (df + 0.5));
  }

  /**
   * Score every fact holding stem `id` for one query term, keeping each fact's best match in `t`. The hot
   * loop of a query (a common word has a posting in most facts): its fields are read into locals.
   */
  add(id: number, q: number, idf: number, t: TermMatches): void {
    const { postings, offsets, docLength, need } = this.snapshot;
    need?.(offsets[id]!, offsets[id + 1]!);
    const { avgLength } = this;
    const { contribution, stem, quality, docs } = t;
    // A command runs its query in cold code, where every number worked out per posting is an allocation:
    // what depends only on a posting's weight (16 values) or its fact's length is worked out once, in
    // the same order of operations as the formula, so every score is the same to the last bit.
    const numerator = new Float64Array(16);
    for (let w = 0; w < 16; w++) numerator[w] = q * (w / 10) * idf * (K1 + 1);
    const denominator = (this.denominators ??= new Float64Array(65536));
    let count = t.count;
    for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) {
      const packed = postings[p]!;
      const doc = packed >> 4;
      const length = docLength[doc]!;
      let below = denominator[length]!;
      if (below === 0) below = denominator[length] = 1 + K1 * (1 - B + (B * length) / avgLength);
      const v = numerator[packed & 15]! / below;
      if (contribution[doc] === 0) docs[count++] = doc;
      if (v > contribution[doc]!) {
        contribution[doc] = v;
        stem[doc] = id;
        quality[doc] = q;
      }
    }
    t.count = count;
  }
}

/**
 * Per-fact arrays reused by every query (a query resets what it touched): allocating them per query costs
 * more than the query itself on large datasets, and leaves garbage behind.
 */
export class Scratch {
  /** Each fact's summed contributions, and how many of the query's terms it matched. */
  readonly sum: Float64Array;
  readonly matched: Uint8Array;
  /** The facts a query touched: the first `touchedCount`. */
  readonly touched: Int32Array;
  private readonly terms: TermMatches[] = [];

  constructor(private readonly facts: number) {
    this.sum = new Float64Array(facts);
    this.matched = new Uint8Array(facts);
    this.touched = new Int32Array(facts);
  }

  /** The arrays of the query's i-th term. */
  term(i: number): TermMatches {
    const n = this.facts;
    return (this.terms[i] ??= { contribution: new Float64Array(n), stem: new Int32Array(n), quality: new Float32Array(n), docs: new Int32Array(n), count: 0 });
  }

  /** Clear what a query touched; when that is much of the dataset, clearing it all (natively) is quicker. */
  reset(touched: number, terms: readonly TermMatches[]): void {
    const clear = (array: Float64Array | Uint8Array, docs: Int32Array, count: number): void => {
      if (count > this.facts >> 4) array.fill(0);
      else for (let k = 0; k < count; k++) array[docs[k]!] = 0;
    };
    clear(this.sum, this.touched, touched);
    clear(this.matched, this.touched, touched);
    for (const t of terms) {
      clear(t.contribution, t.docs, t.count);
      t.count = 0;
    }
  }
}

/** The sum of an index's fact lengths (what its lengthTotal records). */
export function totalOf(lengths: Uint16Array): number {
  // An indexed loop: a run does this once, in cold code, where an iterator costs several times more.
  let total = 0;
  for (let i = 0; i < lengths.length; i++) total += lengths[i]!;
  return total;
}
