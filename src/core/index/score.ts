// BM25 scoring: each posting's contribution is a numerator by the field's weight over a norm by the fact's length.
import type { IndexSnapshot } from './snapshot.js';

const K1 = 1.2;
const B = 0.3;

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
   * BM25's numerator for each of the 16 field weights a posting can carry, for a term matched with
   * quality `q` and rarity `idf`: a posting's contribution is `numerators[weight] / below(length)`.
   */
  numerators(q: number, idf: number): Float64Array {
    const numerator = new Float64Array(16);
    for (let w = 0; w < 16; w++) numerator[w] = q * (w / 10) * idf * (K1 + 1);
    return numerator;
  }

  /** 1 + K1 × the length norm of a fact `length` words long, worked out once per length. */
  below(length: number): number {
    // (Grown as lengths come: a table for every length a fact could have is half a MB, whose zeroed pages
    // cost a short run more than all its scoring.)
    let denominators = this.denominators;
    if (denominators === undefined || length >= denominators.length) {
      const grown = new Float64Array(Math.max(64, 2 ** Math.ceil(Math.log2(length + 1))));
      if (denominators) grown.set(denominators);
      this.denominators = denominators = grown;
    }
    const below = denominators[length]!;
    return below !== 0 ? below : (denominators[length] = 1 + K1 * (1 - B + (B * length) / this.avgLength));
  }
}

/** The sum of an index's fact lengths (what its lengthTotal records). */
export function totalOf(lengths: Uint16Array): number {
  // An indexed loop: a run does this once, in cold code, where an iterator costs several times more.
  let total = 0;
  for (let i = 0; i < lengths.length; i++) total += lengths[i]!;
  return total;
}
