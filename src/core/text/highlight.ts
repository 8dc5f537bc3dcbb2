// Marking the words of a text that matched, for people reading results.
import { words } from './fold.js';
import { stem } from './stem.js';

/** Wrap each word of `text` whose stem is in `stems` with `mark`, leaving everything else as it is. */
export function highlightWords(text: string, stems: readonly string[], mark: (s: string) => string): string {
  if (!stems.length) return text;
  const wanted = new Set(stems);
  return text.replace(/[\p{L}\p{N}'\u2019]+(?:&[\p{L}\p{N}]+)*/gu, (w) => {
    const folded = words(w);
    return folded.some((f) => wanted.has(stem(f))) ? mark(w) : w;
  });
}
