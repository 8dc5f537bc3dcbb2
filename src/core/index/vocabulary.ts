// The index's vocabulary: stem ids, and what one query word may match in it — itself, its synonyms,
// longer forms (a prefix search in the sorted vocabulary) and, for a word the data lacks, near spellings
// (Fuse.js over the vocabulary, narrowed by shared letter pairs when the vocabulary is large).
import Fuse from 'fuse.js/basic';
import { synonymsOf } from '../text/index.js';

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
// A vocabulary larger than this is narrowed by shared letter pairs before Fuse ranks it.
const SHORTLIST_ABOVE = 2000;

/** How Fuse is used on the vocabulary: over all of it (the plain path) or over a shortlist (indexed). */
export type FuzzyMode = 'auto' | 'plain' | 'shortlist';

/** The stems of an index, each with its id (its place in `stems`). */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private sorted: string[] | undefined;
  private fuse: Fuse<string> | undefined;
  private bigrams: Map<string, number[]> | undefined;
  fuzzyMode: FuzzyMode = 'auto';

  constructor(readonly stems: readonly string[]) {
    stems.forEach((st, id) => this.ids.set(st, id));
  }

  /** The id of a stem, or undefined when the data lacks it. */
  id(st: string): number | undefined {
    return this.ids.get(st);
  }

  has(st: string): boolean {
    return this.ids.has(st);
  }

  /** Vocabulary stems close to a word, with Fuse's score (0 is exact), best first. */
  fuzzy(term: string): Array<{ stem: string; score: number }> {
    const shortlist = this.fuzzyMode === 'shortlist' || (this.fuzzyMode === 'auto' && this.stems.length > SHORTLIST_ABOVE);
    const fuse = shortlist ? fuseOver(this.shortlist(term)) : (this.fuse ??= fuseOver(this.stems));
    return fuse
      .search(term)
      .map((r) => ({ stem: r.item, score: r.score ?? 0 }))
      .sort((a, b) => a.score - b.score || (a.stem < b.stem ? -1 : 1));
  }

  // Words that could be within Fuse's threshold of `term`: a word within k edits of a substring keeps at
  // least (pairs - 2k) of the term's letter pairs (the q-gram lemma), so nothing Fuse accepts is lost.
  private shortlist(term: string): string[] {
    this.bigrams ??= bigramIndex(this.stems);
    const pairs = [...new Set(letterPairs(term))];
    const k = Math.floor(FUZZY_THRESHOLD * term.length);
    const need = Math.max(1, pairs.length - 2 * k);
    const counts = new Map<number, number>();
    for (const p of pairs) for (const id of this.bigrams.get(p) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const out: string[] = [];
    for (const [id, c] of counts) if (c >= need) out.push(this.stems[id]!);
    return out;
  }

  // Stems that begin with `term`, found by binary search in the sorted vocabulary.
  private withPrefix(term: string): string[] {
    const sorted = (this.sorted ??= [...this.stems].sort());
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

  /** What one query stem may match, each with how well (1 is the word itself): stem -> quality. */
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

// 0 means "no match". Short words must agree in the first letter: typos rarely start a word.
function fuzzyQuality(term: string, candidate: string, fuseScore: number): number {
  if (candidate.startsWith(term) || term.startsWith(candidate)) return PREFIX_QUALITY;
  if (fuseScore === 0) return term.length >= 5 ? 0.6 : 0; // inside a longer word: "asad" in "alasad"
  if (term.length < EDIT_MIN_LENGTH) return 0;
  if (term.length < 6 && candidate[0] !== term[0]) return 0;
  return Math.max(0.3, 0.85 - fuseScore);
}
