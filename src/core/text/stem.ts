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

// Words whose suffix belongs to the word as readers use it: "united" (States, Kingdom, Nations) is no
// form of "unit", which a reader asking about a military unit means. Stripped, each would be another
// common word: "news" is no "new" (Porter's second stemmer keeps it too), "early" no "ear", "plane" no
// "plan", "note" no "not" (a negation), "according" (to) no "accord" (an agreement: near "peace").
const KEPT: ReadonlySet<string> = new Set(['united', 'news', 'early', 'plane', 'note', 'according']);

const NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen',
    'seventeen eighteen nineteen',
  ]
    .join(' ')
    .split(' ')
    .map((w, i): [string, number] => [w, i])
    .concat(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i): [string, number] => [w, 20 + 10 * i])),
);

/** The value of a number word ("seventeen" -> 17), if it is one. */
export function numberWord(word: string): number | undefined {
  return NUMBERS.get(word);
}

const ORDINALS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** The number an ordinal stands for ("third", "3rd" -> 3), if the word is one. */
export function ordinalValue(word: string): number | undefined {
  const at = ORDINALS.indexOf(word.toLowerCase());
  if (at >= 0) return at + 1;
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
  return m ? Number(m[1]) : undefined;
}

/** The number words, largest first, as an alternation for a regular expression ("seventeen|...|one|zero"): a longer word before the one it opens ("seventeen" before "seven"). */
export const NUMBER_WORDS_PATTERN: string = [...NUMBERS.keys()].sort((x, y) => y.length - x.length).join('|');

/** The word for a number below a hundred that is one word ("three" for 3), if one is. */
export function wordOfNumber(value: number): string | undefined {
  for (const [word, n] of NUMBERS) if (n === value) return word;
  return undefined;
}

/** The value of a number in words, a tens word and a units word joined too ("thirty-one", "forty two" -> 31, 42). */
export function numberPhrase(phrase: string): number | undefined {
  const [tens, units, ...rest] = phrase.toLowerCase().split(/[\s-]+/);
  if (units === undefined) return NUMBERS.get(tens!);
  const t = NUMBERS.get(tens!);
  const u = NUMBERS.get(units);
  return rest.length === 0 && t !== undefined && t >= 20 && t % 10 === 0 && u !== undefined && u >= 1 && u <= 9 ? t + u : undefined;
}

/**
 * A light suffix-stripping stem, applied alike to data and queries ("fired", "fire" -> "fir"). Number
 * words stem to their digits, so "seventeen" and "17" are one term.
 */
export function stem(word: string): string {
  const n = NUMBERS.get(word);
  if (n !== undefined) return String(n);
  // (Before the plural's "s" comes off: "news" is kept whole; "planes" is "plane", then kept.)
  if (word.length <= 3 || isDigits(word) || KEPT.has(word)) return word;
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    const bare = word.slice(0, -1);
    if (bare.length >= 3) return stem(bare);
  }
  // Indexed, without destructuring: run cold (as most runs are), for-of and array destructuring each
  // allocate iterator results, a few hundred kilobytes a run.
  for (let i = 0; i < SUFFIXES.length; i++) {
    const rule = SUFFIXES[i]!;
    const suffix = rule[0];
    const replacement = rule[1];
    if (word.endsWith(suffix)) {
      // (A "y" after a vowel is the word's own, as it stays before "-ed" and "-ing": "delay", "delayed" and
      // "delaying" are one stem, "delay"; after a consonant it is "i", as "-ies" and "-ied" leave it.)
      if (suffix === 'y' && VOWELS.has(word[word.length - 2]!)) return word;
      const base = word.slice(0, -suffix.length) + replacement;
      // "-ment" leaves a word of its own only on a longer stem: "comment" is no form of "come", "element"
      // none of "ele" ("movement" is "move", "agreement" "agree"). So does "-ation": "station" is no form of
      // "state", "nation" none of "nate" ("creation" is "create").
      if (base.length >= (suffix === 'ment' ? 4 : suffix === 'ation' ? 5 : 3)) return suffix === 'ing' || suffix === 'ed' ? consonantY(undoubled(base)) : base;
    }
  }
  return word;
}

// A consonant doubled before "-ing" or "-ed" is the word's one ("hitting", "stopped", "planning": "hit",
// "stop", "plan"), as Porter's stemmer has it; not l, s, z or f, which words end in doubled ("killed",
// "missed", "buzzed", "staffed"), nor where one letter would leave a stem of two ("added" is "add").
function undoubled(base: string): string {
  const last = base.charCodeAt(base.length - 1);
  if (base.length < 4 || last !== base.charCodeAt(base.length - 2) || !DOUBLED.has(base[base.length - 1]!)) return base;
  return base.slice(0, -1);
}
const DOUBLED: ReadonlySet<string> = new Set('bdgkmnprtv'.split(''));
const VOWELS: ReadonlySet<string> = new Set('aeiou'.split(''));

// A "y" after a consonant left by "-ing" (or "-ed") is "i", as the word alone stems: "studying", "study" -> "studi".
function consonantY(base: string): string {
  return base.length > 3 && base.endsWith('y') && !VOWELS.has(base[base.length - 2]!) ? `${base.slice(0, -1)}i` : base;
}

/** Whether a word is all digits (a number, which no suffix rule touches). */
export function isDigits(word: string): boolean {
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
