// Folding and the tokenizer: what a word is. Indexing and querying both go through here, so both sides
// fold identically (or nothing would match).

// Typographic punctuation and its plain form. Folded in a loop, like the rest of the ASCII path: every
// regular expression costs its first compile (~0.05 ms) in every run, and a run is 30 ms.
const FOLDS: ReadonlyMap<number, string> = new Map([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4].map((c): [number, string] => [c, "'"]),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb].map((c): [number, string] => [c, '"']),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d].map((c): [number, string] => [c, '-']),
]);
// Prefixes that reverse or negate the word they are hyphenated to: "de-escalate" is one word, and not
// "escalate". Other hyphens separate words ("al-Asad", "pro-government", "self-defence").
const JOINED_PREFIXES: ReadonlySet<string> = new Set(['de', 'non', 'anti', 'un', 'counter', 'dis']);
const PREFIXES = [...JOINED_PREFIXES].join('|');
// Unicode property classes cost ~0.3 ms to create (ICU loads the sets): made for the first non-ASCII text.
let unicode: { marks: RegExp; word: RegExp; prefix: RegExp; initial: RegExp; ampersand: RegExp } | undefined;
const unicodeRegExps = (): { marks: RegExp; word: RegExp; prefix: RegExp; initial: RegExp; ampersand: RegExp } =>
  (unicode ??= {
    marks: /\p{M}+/gu,
    word: /[\p{L}\p{N}]+/gu,
    prefix: new RegExp(`(?<![\\p{L}\\p{N}])(${PREFIXES})-(?=\\p{L})`, 'gu'),
    // A letter and a full stop before another such letter: an initialism's ("u.s." is "us").
    initial: /(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}(?:\.|(?![\p{L}\p{N}])))/gu,
    // An ampersand between one or two letters either side ("a&e" is "ae"), as ampersandAt.
    ampersand: /(?<![\p{L}\p{N}])(\p{L}{1,2})&(?=\p{L}{1,2}(?![\p{L}\p{N}]))/gu,
  });
// Whether plain ASCII text may hold a joining prefix (apostrophes between go before joining): such text
// takes the regular-expression path, which decides.
const MAY_JOIN = new RegExp(`(?:${PREFIXES})'*-`);

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Fold case, diacritics and typographic apostrophes, quotes and dashes to plain ASCII forms. */
export function normalise(s: string): string {
  // Most text is plain ASCII: nothing to decompose or fold but case. Much of the rest is ASCII but for
  // typographic punctuation, which needs no Unicode decomposition either (whose first use costs ~0.5 ms).
  if (isAscii(s)) return s.toLowerCase();
  const plain = punctuation(s);
  if (isAscii(plain)) return plain.toLowerCase();
  // Decomposition can yield more such punctuation (a fullwidth dash, a small em dash): fold it too.
  return punctuation(plain.normalize('NFKD').replace(unicodeRegExps().marks, '')).toLowerCase();
}

function punctuation(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const plain = FOLDS.get(s.charCodeAt(i));
    if (plain === undefined) continue;
    out += s.slice(from, i) + plain;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The word a reversing prefix was joined to ("deescalation" -> "escalation"), if it opens with one. */
export function afterReversingPrefix(word: string): string | undefined {
  for (const prefix of JOINED_PREFIXES) if (word.length >= prefix.length + 4 && word.startsWith(prefix)) return word.slice(prefix.length);
  return undefined;
}

/** Whether a folded word, hyphenated to the next, is a prefix that joins it ("de" in "de-escalate"). */
export function joinsNext(word: string): boolean {
  return JOINED_PREFIXES.has(word);
}

/**
 * Split text into runs of words that one phrase may span: a possessive ends one ("Trump's first reaction":
 * "trump", then "first reaction"), and so does punctuation between clauses; an initialism's stops do not.
 */
export function phraseRuns(s: string): string[][] {
  return normalise(s)
    .split(/'s\b|[,;:!?()"]|(?<!(?:^|[\s.])[a-z])\.(?=\s|$)|\s-+\s/)
    .map((part) => words(part))
    .filter((run) => run.length > 0);
}

/** The clause of each word of a text, numbered in order (one per word of words()): a comma, a semicolon, a colon, or "and", "but", "while", "whereas", opens the next. */
export function clauseOfEachWord(s: string): number[] {
  const out: number[] = [];
  let clause = 0;
  for (const part of normalise(s).split(CLAUSE_BREAK)) {
    if (CLAUSE_BREAK_ALONE.test(part)) clause++;
    for (let n = words(part).length; n > 0; n--) out.push(clause);
  }
  return out;
}
const CLAUSE_BREAK = /([,;:]|\b(?:and|but|while|whereas)\b)/;
const CLAUSE_BREAK_ALONE = /^(?:[,;:]|and|but|while|whereas)$/;

/** Split folded text into words: possessive 's goes, other apostrophes join ("don't" -> "dont"), and so do reversing prefixes ("de-escalate" -> "deescalate"). */
export function words(s: string): string[] {
  const folded = normalise(s);
  if (isAscii(folded) && !MAY_JOIN.test(folded)) {
    const out: string[] = [];
    scanAscii(folded, (w) => out.push(w));
    return out;
  }
  // (An initialism's stops go first, apostrophes next: as the ASCII scan meets them.)
  const stopped = folded.includes('.') ? folded.replace(unicodeRegExps().initial, '$1') : folded;
  const joined = stopped.includes('&') ? stopped.replace(unicodeRegExps().ampersand, '$1') : stopped;
  const bare = joined.includes("'") ? joined.replace(/'s\b/g, '').replace(/'/g, '') : joined;
  return bare.replace(unicodeRegExps().prefix, '$1').match(unicodeRegExps().word) ?? [];
}

/**
 * Visit the words of `s` exactly as `words(s)` lists them, without building the list. For indexing large
 * datasets: plain ASCII text (nearly all of it) is scanned once, with no regular expressions or copies.
 */
export function forEachWord(s: string, visit: (word: string) => void): void {
  const lower = isAscii(s) ? s.toLowerCase() : undefined;
  if (lower !== undefined && !MAY_JOIN.test(lower)) scanAscii(lower, visit);
  else for (const w of words(s)) visit(w);
}

// The words of lower-case ASCII text: runs of letters and digits. "'s" before a non-word character goes
// and every other apostrophe is dropped, both joining what is either side ("don't" -> "dont"); the full
// stops of an initialism join its letters ("u.s." -> "us", "u.k" -> "uk").
function scanAscii(t: string, visit: (word: string) => void): void {
  let pending = ''; // a word's pieces before an apostrophe, which joins them
  let start = -1; // where the current run of letters and digits began
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) pending += t.slice(start, i);
    start = -1;
    if (c === 39) {
      if (t.charCodeAt(i + 1) === 115 && !isWordChar(t.charCodeAt(i + 2))) i++;
      continue;
    }
    // (As the unicode path's `initial` and `ampersand`.)
    if (c === 46 && initialAt(t, i)) continue;
    if (c === 38 && ampersandAt(t, i)) continue;
    if (pending) visit(pending);
    pending = '';
  }
}

/**
 * Whether the full stop at `i` joins an initialism's letters: one ASCII letter before it, and after it a
 * letter alone or before another stop ("u.s.", "u.k"). @internal
 */
export function initialAt(text: string, i: number): boolean {
  // (NaN, before the start or past the end, is neither a letter nor a digit.)
  const letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const alnum = (c: number): boolean => letter(c) || (c >= 48 && c <= 57);
  return letter(text.charCodeAt(i - 1)) && !alnum(text.charCodeAt(i - 2)) && letter(text.charCodeAt(i + 1)) && (text.charCodeAt(i + 2) === 46 || !alnum(text.charCodeAt(i + 2)));
}

/**
 * Whether the ampersand at `i` joins a short initialism's letters, one or two either side with no space
 * ("a&e", "r&d", "at&t" as "ae", "rd", "att"): such a name is one word, not its letters. @internal
 */
export function ampersandAt(text: string, i: number): boolean {
  const letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const alnum = (c: number): boolean => letter(c) || (c >= 48 && c <= 57);
  const before = letter(text.charCodeAt(i - 1)) ? (letter(text.charCodeAt(i - 2)) ? 2 : 1) : 0;
  const after = letter(text.charCodeAt(i + 1)) ? (letter(text.charCodeAt(i + 2)) ? 2 : 1) : 0;
  return before > 0 && after > 0 && !alnum(text.charCodeAt(i - before - 1)) && !alnum(text.charCodeAt(i + after + 1));
}

// \w in a regular expression: ASCII letters, digits and underscore (NaN, past the end, is none).
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A string matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A text with its figures' thousands separators dropped ("14,208 votes" as "14208 votes"), as figures are stored. */
export function unseparated(text: string): string {
  return text.replace(/(\d),(?=\d{3}\b)/g, '$1');
}
