// The query's walk through the postings (document at a time, leaping over facts that cannot be kept), and
// its reading of every posting on a small dataset, against the plainest reading of the ranking: every
// fact scored, all sorted, the first `limit` taken.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import type { Dataset } from '../src/core/model.js';
import { Corpus } from '../src/core/corpus.js';
import { PostingCursor, NO_FACT } from '../src/core/index/cursor.js';
import { Bm25 } from '../src/core/index/score.js';
import type { ExpandedTerm } from '../src/core/index/search-index.js';
import { VOUCH_QUALITY } from '../src/core/index/vocabulary.js';

const corpus = new Corpus(JSON.parse(JSON.stringify(generate(2500, 7))) as Dataset);
const index = corpus.index;
const snapshot = index.snapshot();
const facts = corpus.dataset.facts;
const bm25 = new Bm25(snapshot, facts.length);
const stems = index.vocabulary.stems;
// Stems from the commonest to the rarest, so queries mix words in most facts with words in a few.
const byCount = stems.map((_, id) => id).sort((a, b) => df(b) - df(a));

function df(id: number): number {
  return snapshot.offsets[id + 1]! - snapshot.offsets[id]!;
}

// Each fact's best contribution from a term's stems (the first of equals), read posting by posting.
function bestOf(term: ExpandedTerm, idf: number, doc: number, weight = 1): { value: number; quality: number; stem: number } {
  let best = { value: 0, quality: 0, stem: -1 };
  for (const [st, q] of term.matches) {
    const id = index.vocabulary.id(st)!;
    const own = weight === 1 ? idf : bm25.idf(index.vocabulary.id(term.stem) ?? id);
    const numerator = bm25.numerators(q * weight, own);
    for (let p = snapshot.offsets[id]!; p < snapshot.offsets[id + 1]!; p++) {
      if (snapshot.postings[p]! >> 4 !== doc) continue;
      const value = numerator[snapshot.postings[p]! & 15]! / bm25.below(snapshot.docLength[doc]!);
      if (value > best.value) best = { value, quality: Math.fround(q * weight), stem: id };
    }
  }
  return best;
}

// The whole ranking, fact by fact: matched words first, then the score, then article order.
function plainRanking(terms: readonly ExpandedTerm[], accept: (doc: number) => boolean, limit: number) {
  const idfs = terms.map((t) => {
    const own = index.vocabulary.id(t.stem);
    return own !== undefined ? bm25.idf(own) : Math.min(...[...t.matches.keys()].map((st) => bm25.idf(index.vocabulary.id(st))));
  });
  const rows = [];
  for (let doc = 0; doc < facts.length; doc++) {
    let matched = 0;
    let sum = 0;
    const found = new Map<string, number>();
    const foundStems = new Set<string>();
    const bests = terms.map((t, i) => bestOf(t, idfs[i]!, doc));
    terms.forEach((t, i) => {
      const b = bests[i]!;
      if (b.value > 0) {
        // A word matching by a relation the data word another word matches better, the two words no
        // relatives of each other, is no word matched.
        const shared = b.quality < 1 && bests.some((o, j) => j !== i && o.value > 0 && o.stem === b.stem && o.quality > b.quality && !t.matches.has(terms[j]!.stem) && !terms[j]!.matches.has(t.stem));
        if (b.quality >= VOUCH_QUALITY && !shared) matched++;
        sum += b.value;
        found.set(t.stem, b.quality);
        foundStems.add(stems[b.stem]!);
      }
    });
    if (matched === 0 || !accept(doc)) continue;
    let hint = 0;
    for (const t of terms) for (const h of t.hints ?? []) hint = Math.max(hint, bestOf(h, 0, doc, 0.25).value);
    sum += hint;
    const score = Math.round(((matched + Math.min(1, sum / (bm25.cap * terms.length))) / (terms.length + 1)) * 10000) / 10000;
    rows.push({ id: facts[doc]!.id, score, matched, rank: index.order[doc]!, terms: found, stems: [...foundStems].sort() });
  }
  rows.sort((a, b) => (a.matched !== b.matched ? b.matched - a.matched : a.score !== b.score ? b.score - a.score : a.rank - b.rank));
  return rows.slice(0, limit);
}

const QUALITIES = [1, 0.9, 0.7, 0.5, 0.35, 0.3, 0.2];
const stemOf = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: byCount.length - 1 })).map((k) => stems[byCount[k]!]!);
const termOf: fc.Arbitrary<ExpandedTerm> = fc
  .record({
    own: fc.option(stemOf, { nil: undefined }),
    matches: fc.uniqueArray(fc.tuple(stemOf, fc.constantFrom(...QUALITIES)), { minLength: 1, maxLength: 4, selector: ([st]) => st }),
    hints: fc.array(fc.uniqueArray(fc.tuple(stemOf, fc.constantFrom(...QUALITIES)), { minLength: 1, maxLength: 2, selector: ([st]) => st }), { maxLength: 2 }),
  })
  .map(({ own, matches, hints }) => ({
    stem: own ?? `not-a-stem-${matches[0]![0]}`,
    matches: new Map(matches),
    ...(hints.length ? { hints: hints.map((h) => ({ stem: h[0]![0], matches: new Map(h) })) } : {}),
  }));

describe('search: the walk through the postings', () => {
  it('keeps exactly the first `limit` of the plain ranking, walked or read through, with the same scores, words and stems', () => {
    fc.assert(
      fc.property(
        fc.array(termOf, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(1, 2, 5, 10, 25, 100),
        fc.constantFrom('all', 'statements', 'every third'),
        (terms, limit, filter) => {
          const accept = filter === 'all' ? () => true : filter === 'statements' ? (doc: number) => facts[doc]!.type === 'statement' : (doc: number) => doc % 3 === 0;
          const expected = plainRanking(terms, accept, limit);
          for (const way of ['walk', 'dense'] as const) {
            const hits = index.search(terms, filter === 'all' ? undefined : accept, limit, way);
            const got = hits.map((h) => ({ id: h.fact.id, score: h.score, matched: h.matched, rank: h.rank, terms: h.terms, stems: h.stems }));
            expect(got).toEqual(expected);
          }
        },
      ),
      { numRuns: 150, seed: 5 },
    );
  });

  it('leaps a cursor to a fact, or past its last posting', () => {
    const id = byCount[0]!;
    const from = snapshot.offsets[id]!;
    const end = snapshot.offsets[id + 1]!;
    const docs = Array.from(snapshot.postings.subarray(from, end), (p) => p >> 4);
    const cursor = new PostingCursor(snapshot.postings, from, end, id, bm25.numerators(1, 1), 1, true);
    for (const target of [0, docs[3]!, docs[3]! + 1, docs[40]!, docs.at(-1)!]) {
      expect(cursor.seek(target)).toBe(docs.find((d) => d >= target));
      expect(cursor.doc()).toBe(docs.find((d) => d >= target));
    }
    expect(cursor.seek(facts.length)).toBe(NO_FACT);
    cursor.rewind();
    expect(cursor.doc()).toBe(docs[0]);
  });
});
