// Cursors over postings, for reading several stems' postings side by side in fact order: a query moves
// through the facts its words are in, and leaps over runs of facts that cannot make its best results.

/** Past the last fact: where a cursor that has run out stands (a small integer to V8, as every fact number is). */
export const NO_FACT = 0x3fffffff;

/** A position in one stem's postings (each `doc * 16 + weight`, in fact order), for one query term. */
export class PostingCursor {
  private at: number;

  constructor(
    readonly postings: Int32Array,
    /** The stem's postings are postings[from .. end]. */
    readonly from: number,
    readonly end: number,
    /** The stem's id, and BM25's numerator by field weight for this term (see Bm25.numerators). */
    readonly stem: number,
    readonly numerator: Float64Array,
    /** How well the stem matches the term, as a 32-bit float (what a query records of it). */
    readonly quality: number,
    /** Whether a match through this stem counts as a word matched (see VOUCH_QUALITY). */
    readonly vouches: boolean,
  ) {
    this.at = from;
  }

  /** The fact the cursor stands at, or NO_FACT once past its last posting. */
  doc(): number {
    return this.at < this.end ? this.postings[this.at]! >> 4 : NO_FACT;
  }

  /** The field weight of the posting the cursor stands at. */
  weight(): number {
    return this.postings[this.at]! & 15;
  }

  /** Step past the current posting. */
  next(): void {
    this.at++;
  }

  /**
   * Move to the first posting of fact `doc` or a later one, and return the fact there (NO_FACT if none):
   * a gallop, doubling the step until it passes `doc`, then a binary search back, so that a cursor moved
   * forward in short steps pays little and one moved far pays the logarithm of the distance.
   */
  seek(doc: number): number {
    const { postings, end } = this;
    let lo = this.at;
    if (lo >= end) return NO_FACT;
    if (postings[lo]! >> 4 >= doc) return postings[lo]! >> 4;
    // postings[lo] is before doc; postings[hi] is at or after it, or hi is the end.
    let step = 1;
    let hi = lo + 1;
    while (hi < end && postings[hi]! >> 4 < doc) {
      lo = hi;
      step += step;
      hi = lo + step;
    }
    if (hi > end) hi = end;
    while (lo + 1 < hi) {
      const mid = (lo + hi) >>> 1;
      if (postings[mid]! >> 4 < doc) lo = mid;
      else hi = mid;
    }
    this.at = hi;
    return hi < end ? postings[hi]! >> 4 : NO_FACT;
  }

  /** Back to the first posting. */
  rewind(): void {
    this.at = this.from;
  }
}
