// The best facts for a query by scoring every fact its words are in: each word's postings added up into
// per-fact arrays, then the best kept. What the walk (walk.ts) finds by leaping, on a small dataset, where
// a few thousand postings cost less read through than the walk's cursors cost to optimise (V8 compiles
// them as they get hot, a few milliseconds a run).
import type { PostingCursor } from './cursor.js';
import type { Bm25 } from './score.js';
import { TopK } from './topk.js';
import { VOUCH_QUALITY } from './vocabulary.js';
import { sharedMatches } from './walk.js';

/** The facts a query kept, best first, and how many of its words each matched. */
export interface Kept {
  ranked: Array<{ doc: number; score: number }>;
  matchedOf: Map<number, number>;
  /** Where the query kept them: word `word`'s best stem in fact `doc` and how well it matched (none: read the postings again). */
  matchOf?: (doc: number, word: number) => { quality: number; stem: number } | undefined;
}

/** A query read for the dense way: each word's stems, and the hints' stems, as cursors (only their ranges are read). */
export interface DenseQuery {
  words: ReadonlyArray<readonly PostingCursor[]>;
  hints: readonly PostingCursor[];
  /** Whether two of the words (by index) are related themselves (see sharedMatches). */
  kin?: (a: number, b: number) => boolean;
}

/**
 * The best `limit` facts, ranked as the walk ranks them (more words matched, then the rounded score, then
 * `order`): the same facts and scores, every contribution worked out by the same expression in the same order.
 */
export function denseBest(query: DenseQuery, bm25: Bm25, docLength: Uint16Array, order: Int32Array, accept: ((doc: number) => boolean) | undefined, limit: number, score: (matched: number, sum: number) => number): Kept {
  const n = docLength.length;
  const sum = new Float64Array(n);
  const matched = new Uint8Array(n);
  const best = new Float64Array(n);
  const bestQuality = new Float32Array(n);
  const list = new Int32Array(n);
  const touched: number[] = [];
  // Each word's best stem and its quality in each fact, for the hits (quality 0: no match).
  const qualities = query.words.map(() => new Float32Array(n));
  const stems = query.words.map(() => new Int32Array(n));
  let stemOf: Int32Array | undefined;
  // One word's best contribution to each fact its stems are in (the first of equals), into `best`.
  const gather = (cursors: readonly PostingCursor[]): number => {
    let count = 0;
    for (let k = 0; k < cursors.length; k++) {
      const c = cursors[k]!;
      const { postings, numerator, quality } = c;
      for (let p = c.from; p < c.end; p++) {
        const packed = postings[p]!;
        const doc = packed >> 4;
        const v = numerator[packed & 15]! / bm25.below(docLength[doc]!);
        if (best[doc] === 0) list[count++] = doc;
        if (v > best[doc]!) {
          best[doc] = v;
          bestQuality[doc] = quality;
          if (stemOf) stemOf[doc] = c.stem;
        }
      }
    }
    return count;
  };
  for (let i = 0; i < query.words.length; i++) {
    stemOf = stems[i];
    const count = gather(query.words[i]!);
    const quality = qualities[i]!;
    for (let k = 0; k < count; k++) {
      const doc = list[k]!;
      if (best[doc] === 0) continue;
      quality[doc] = bestQuality[doc]!;
      if (matched[doc] === 0 && sum[doc] === 0) touched.push(doc);
      // A word matched only through a shared relative adds to the score but is not a word matched.
      if (bestQuality[doc]! >= VOUCH_QUALITY) matched[doc]! += 1;
      sum[doc]! += best[doc]!;
      best[doc] = 0;
    }
  }
  stemOf = undefined;
  // (A data word two of the words match counts once: see sharedMatches.)
  if (query.words.length > 1) {
    const present: number[] = [];
    for (const doc of touched) {
      present.length = 0;
      for (let i = 0; i < query.words.length; i++) if (qualities[i]![doc]) present.push(i);
      if (present.length > 1) matched[doc]! -= sharedMatches(present, present.length, (i) => stems[i]![doc]!, (i) => qualities[i]![doc]!, query.kin ?? (() => false));
    }
  }
  if (query.hints.length) {
    const count = gather(query.hints);
    for (let k = 0; k < count; k++) {
      const doc = list[k]!;
      if (matched[doc]! > 0) sum[doc]! += best[doc]!;
      best[doc] = 0;
    }
  }
  const ahead = (a: number, scoreA: number, b: number, scoreB: number): boolean =>
    matched[a] !== matched[b] ? matched[a]! > matched[b]! : scoreA !== scoreB ? scoreA > scoreB : order[a]! < order[b]!;
  const kept = new TopK(limit, ahead);
  // The fewest words a fact can match and still be among the best: only those are scored.
  const passing = accept ? touched.filter(accept) : touched;
  const counts = new Int32Array(query.words.length + 1);
  for (let k = 0; k < passing.length; k++) counts[matched[passing[k]!]!]!++;
  let least = query.words.length;
  for (let found = counts[least]!; least > 1 && found < limit; ) found += counts[--least]!;
  for (let k = 0; k < passing.length; k++) {
    const doc = passing[k]!;
    if (matched[doc]! >= least) kept.offer(doc, score(matched[doc]!, sum[doc]!));
  }
  const ranked = kept.ranked();
  const matchOf = (doc: number, word: number): { quality: number; stem: number } | undefined =>
    qualities[word]![doc] ? { quality: qualities[word]![doc]!, stem: stems[word]![doc]! } : undefined;
  return { ranked, matchedOf: new Map(ranked.map(({ doc }) => [doc, matched[doc]!])), matchOf };
}
