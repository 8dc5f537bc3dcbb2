import Fuse from 'fuse.js/basic';

/** Up to `n` candidates that look like `input`, best first: for "did you mean" hints. */
export function suggest(candidates: readonly string[], input: string, n = 3): string[] {
  const fuse = new Fuse(candidates, { threshold: 0.45, ignoreLocation: true, includeScore: true });
  return fuse
    .search(input.slice(0, 64))
    .slice(0, n)
    .map((r) => r.item);
}

/** " (did you mean a, b?)" or nothing. */
export function didYouMean(candidates: readonly string[], input: string): string {
  const hits = suggest(candidates, input);
  return hits.length ? ` (did you mean ${hits.join(', ')}?)` : '';
}
