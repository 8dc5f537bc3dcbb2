// The stemmer: English suffixes, stripped alike from the data's words and the query's.
import { words } from './fold.js';

// One suffix at most, and the stem keeps three letters, so short words ("us", "was", "use") stay as they are.
const SUFFIXES: ReadonlyArray<[string, string]> = [
  ['ation', 'at'],
  ['ment', ''],
  ['ness', ''],
  ['ies', 'i'],
  ['ing', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['y', 'i'],
  ['e', ''],
];

/** A light suffix-stripping stem, applied alike to data and queries ("fired", "fire" -> "fir"). */
export function stem(word: string): string {
  if (word.length <= 3 || isDigits(word)) return word;
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    const bare = word.slice(0, -1);
    if (bare.length >= 3) return stem(bare);
  }
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + replacement;
      if (base.length >= 3) return base;
    }
  }
  return word;
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Words of a text as stems, in order. */
export function stems(s: string): string[] {
  return words(s).map(stem);
}
