import Fuse from 'fuse.js/basic';
import { editDistance } from './text/distance.js';

/** A function giving up to `n` candidates that look like an input, best first: for "did you mean" hints. */
export function suggester(candidates: readonly string[]): (input: string, n?: number) => string[] {
  let fuse: Fuse<string> | undefined;
  // Fuse finds the input inside longer candidates too: "nope-id" in "no-iraqi-personnel-killed". A slip
  // is about as long as what was meant.
  const alike = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 0.6 * Math.max(a.length, b.length);
  // A slip keeps the first letter of what was meant, or one of its words', or is a slip or two from it:
  // "Narnia" is no "Iranian", though one holds most of the other's letters.
  const begins = (candidate: string, input: string): boolean => {
    const typed = input.toLowerCase();
    const parts = [candidate, ...candidate.split(/[\s-]+/)].map((w) => w.toLowerCase()).filter(Boolean);
    return parts.some((w) => w[0] === typed[0] || editDistance(w, typed, 2, true) <= 2);
  };
  return (input, n = 3) =>
    (fuse ??= new Fuse(candidates, { threshold: 0.45, ignoreLocation: true, includeScore: true }))
      .search(input.slice(0, 64))
      .filter((r) => alike(r.item, input) && begins(r.item, input))
      .slice(0, n)
      .map((r) => r.item);
}

/** Up to `n` candidates that look like `input`, best first: for "did you mean" hints. */
export function suggest(candidates: readonly string[], input: string, n = 3): string[] {
  return suggester(candidates)(input, n);
}

/** " (did you mean a, b?)" or nothing. */
export function didYouMean(candidates: readonly string[], input: string): string {
  return meanings(suggest(candidates, input));
}

/** " (did you mean a, b?)" for suggestions already found, or nothing. */
export function meanings(hits: readonly string[]): string {
  return hits.length ? ` (did you mean ${hits.join(', ')}?)` : '';
}
