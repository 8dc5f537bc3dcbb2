// Reading a query's postings document at a time: every word's cursors move through the facts together,
// and leap over facts too few of the words are in to make the best results (WAND's pivot, each word
// counting one). Small methods called once per fact rather than one long loop: V8 optimises a method
// called often long before it would replace a running loop, and a query's code runs cold.
import { NO_FACT } from './cursor.js';
import type { PostingCursor } from './cursor.js';
import type { Bm25 } from './score.js';
import { FIELD_WEIGHTS } from './build.js';
import { VOUCH_QUALITY } from './vocabulary.js';

// The heaviest field weight a posting carries.
const TOP_WEIGHT = Math.max(...Object.values(FIELD_WEIGHTS));

/** One query term's cursors, one per stem it may match (in the vocabulary's order), and its best match in the fact last read. */
export class TermReader {
  /** The quality and stem of the best match in the fact last read. */
  quality = 0;
  stem = -1;
  /** The most any of the term's stems can give a fact, before the fact's length norm (see Bm25.below). */
  readonly ceiling: number;

  constructor(readonly cursors: readonly PostingCursor[]) {
    let ceiling = 0;
    for (const c of cursors) ceiling = Math.max(ceiling, c.numerator[TOP_WEIGHT]!);
    this.ceiling = ceiling;
  }

  /** The first fact, from where the cursors stand, that a stem counting as the word matched is in. */
  head(): number {
    let head = NO_FACT;
    for (let k = 0; k < this.cursors.length; k++) {
      const c = this.cursors[k]!;
      if (c.vouches) head = Math.min(head, c.doc());
    }
    return head;
  }

  /** Move the counting stems' cursors to fact `doc` or past it. */
  seekVouching(doc: number): void {
    for (let k = 0; k < this.cursors.length; k++) if (this.cursors[k]!.vouches) this.cursors[k]!.seek(doc);
  }

  /** Step the counting stems' cursors standing at fact `doc` past it. */
  stepVouching(doc: number): void {
    for (let k = 0; k < this.cursors.length; k++) {
      const c = this.cursors[k]!;
      if (c.vouches && c.doc() === doc) c.next();
    }
  }

  /**
   * The term's contribution to fact `doc` (0: no match): its best stem's, the first of equals; `below` is
   * the fact's length norm. Facts must be read in increasing order (until rewind).
   */
  read(doc: number, below: number): number {
    let best = 0;
    for (let k = 0; k < this.cursors.length; k++) {
      const c = this.cursors[k]!;
      if (c.seek(doc) !== doc) continue;
      const v = c.numerator[c.weight()]! / below;
      if (v > best) {
        best = v;
        this.quality = c.quality;
        this.stem = c.stem;
      }
    }
    return best;
  }

  /** Back to the first posting of every stem. */
  rewind(): void {
    for (const c of this.cursors) c.rewind();
  }
}

/** The facts a query's words are in, in fact order, each read for how many words it matches and how well. */
export class Walk {
  /** How many words have a counting stem in the fact last returned by next (the most it can match), and its length norm. */
  present = 0;
  below = 0;
  /** The fact last read: how many words it matched and their summed contributions. */
  matched = 0;
  sum = 0;
  /** The most the words (and hints) can add to a fact, before its length norm, with a margin for rounding. */
  readonly ceiling: number;
  private readonly heads: Int32Array;
  private readonly scratch: Int32Array;
  // The readers that matched the fact last read, by index (the first `count` of them: see read).
  private readonly matchedBy: Int32Array;
  private last = -1;
  // The floor nextShort last worked on, and the length from which facts fall below it.
  private floorSeen = NaN;
  private shortEnough = 0;

  constructor(
    private readonly readers: readonly TermReader[],
    private readonly hints: TermReader | undefined,
    private readonly bm25: Bm25,
    private readonly docLength: Uint16Array,
    /** Whether two of the words (by index) are related themselves (see sharedMatches). */
    private readonly kin: (a: number, b: number) => boolean = () => false,
  ) {
    let ceiling = hints?.ceiling ?? 0;
    for (const reader of readers) ceiling += reader.ceiling;
    this.ceiling = ceiling * (1 + 1e-9);
    this.heads = new Int32Array(readers.length);
    this.scratch = new Int32Array(readers.length);
    this.matchedBy = new Int32Array(readers.length);
  }

  /**
   * The next fact that could be kept when the worst fact kept matched `worst` words and needs a sum of
   * `floor` among facts matching as many (0 and -Infinity until enough are kept): a fact `worst` of the
   * words may be in (at least one), which more words may be in or whose length lets its words add up to
   * the floor. NO_FACT when there is none. `below` is then the fact's length norm. `least`: the fewest
   * words a fact must be able to match in this pass (see restart).
   */
  next(worst: number, floor: number, least = 1): number {
    const { readers, heads } = this;
    const words = readers.length;
    if (this.last >= 0) for (let i = 0; i < words; i++) if (heads[i] === this.last) readers[i]!.stepVouching(this.last);
    this.last = -1;
    const need = Math.max(least, worst, 1);
    if (need > words) return NO_FACT;
    for (;;) {
      // The first fact that `need` of the words may be in: the need-th smallest of the facts each word's
      // cursors stand at.
      for (let i = 0; i < words; i++) heads[i] = readers[i]!.head();
      const pivot = nthSmallest(heads, this.scratch, need);
      if (pivot === NO_FACT) return NO_FACT;
      let upTo = 0;
      let behind = false;
      for (let i = 0; i < words; i++)
        if (heads[i]! <= pivot) {
          upTo++;
          behind ||= heads[i]! < pivot;
        }
      this.below = this.bm25.below(this.docLength[pivot]!);
      // A fact no more words may be in than the worst kept matched, and whose length keeps its words
      // below the floor however they matched, is passed over before the words behind it leap to it.
      if (upTo <= worst && this.ceiling / this.below < floor) {
        // When every word is needed, so is every fact such a length: the words leap to the next fact short
        // enough, found in the lengths (a scan of a few facts where cursors would stop at each).
        if (worst === words) {
          const target = this.nextShort(pivot + 1, floor);
          for (let i = 0; i < words; i++) readers[i]!.seekVouching(target);
        } else for (let i = 0; i < words; i++) if (heads[i]! <= pivot) readers[i]!.seekVouching(pivot + 1);
        continue;
      }
      // Words behind the pivot leap to it (they may land on it), and the heads are looked at again.
      if (behind) {
        for (let i = 0; i < words; i++) if (heads[i]! < pivot) readers[i]!.seekVouching(pivot);
        continue;
      }
      this.present = upTo;
      return (this.last = pivot);
    }
  }

  // The first fact from `from` whose words could add up to `floor`: one shorter than the shortest length
  // that keeps them below it (worked out again when the floor moves).
  private nextShort(from: number, floor: number): number {
    if (floor !== this.floorSeen) {
      this.floorSeen = floor;
      // The norm grows with the length (each step of it rounds monotonically), so a binary search finds
      // the first length that falls below: a low floor would otherwise walk thousands of lengths.
      let lo = 0;
      let hi = 65536;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.ceiling / this.bm25.below(mid) < floor) hi = mid;
        else lo = mid + 1;
      }
      this.shortEnough = lo;
    }
    const { docLength, shortEnough } = this;
    let doc = from;
    while (doc < docLength.length && docLength[doc]! >= shortEnough) doc++;
    return doc < docLength.length ? doc : NO_FACT;
  }

  /** Back to the first fact, for another pass. */
  restart(): void {
    for (const reader of this.readers) reader.rewind();
    this.hints?.rewind();
    this.last = -1;
  }

  /** Read fact `doc` (the one next returned) into matched and sum. */
  read(doc: number): void {
    const { below, readers } = this;
    let matched = 0;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < readers.length; i++) {
      const reader = readers[i]!;
      const v = reader.read(doc, below);
      if (v > 0) {
        // A word matched only through a shared relative adds to the score but is not a word matched.
        if (reader.quality >= VOUCH_QUALITY) matched++;
        sum += v;
        this.matchedBy[count++] = i;
      }
    }
    if (count > 1) matched -= this.shared(count);
    this.matched = matched;
    this.sum = sum;
  }

  // How many of the words matched (the first `count` of matchedBy) stand on a stem another of them matched
  // better: see sharedMatches.
  private shared(count: number): number {
    const { readers } = this;
    return sharedMatches(this.matchedBy, count, (i) => readers[i]!.stem, (i) => readers[i]!.quality, this.kin);
  }
}

/** The n-th smallest (from 1) of `values`, using `scratch` (as long) for an insertion sort. */
function nthSmallest(values: Int32Array, scratch: Int32Array, n: number): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let j = i;
    for (; j > 0 && scratch[j - 1]! > v; j--) scratch[j] = scratch[j - 1]!;
    scratch[j] = v;
  }
  return scratch[n - 1]!;
}

/**
 * How many of the words matched in a fact (`present`, by index) count as no word matched: one matching only
 * by a relation (quality below 1) the data word another matches better, where the two words are not
 * themselves related (`kin`) ("what is Trump scheduled to do next?" - "expected" stands near "scheduled",
 * and nearer "next" than "scheduled" is: one word of the fact, not two; "retaliate ... hitting back" says
 * one thing twice, and "strike back" is both). Equals both count: neither is the better reading.
 */
export function sharedMatches(present: ArrayLike<number>, count: number, stemOf: (word: number) => number, qualityOf: (word: number) => number, kin: (a: number, b: number) => boolean): number {
  let lost = 0;
  for (let x = 0; x < count; x++) {
    const i = present[x]!;
    const q = qualityOf(i);
    if (q >= 1 || q < VOUCH_QUALITY) continue;
    const st = stemOf(i);
    for (let y = 0; y < count; y++) {
      const j = present[y]!;
      if (y !== x && stemOf(j) === st && qualityOf(j) > q && !kin(i, j)) {
        lost++;
        break;
      }
    }
  }
  return lost;
}
