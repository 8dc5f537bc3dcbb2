// The English dictionary, distilled at build time (scripts/lexicon.mjs) from WordNet (which words are real
// English words, their base forms, the words related to them) and from GloVe word vectors (words near in
// meaning, data/neighbours.json). Read from dist/lexicon/shards.pack, one small shard per first two letters
// of a word, and only the shards a query's words need.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { oneEditAway, soundKey } from './distance.js';
import { keyedLines, keyedLookup } from './lines.js';
import { PARTICLES } from './lexicon.js';

// Where the built lexicon lies: the build sets this to the bundle's own folder, vitest to dist/.
declare const __FACTQ_DIST__: string;

interface Shard {
  /** The shard's words, sorted, each between spaces: a membership test is one indexOf, with no Set built. */
  words: string;
  names: string;
  adverbs: string;
  related: Record<string, string>;
  /** The more general verb a verb's commonest sense is a way of doing ("plot" -> "plan"): one way. */
  general: Record<string, string>;
  /** The more general noun a noun's commonest sense is a kind of ("missile" -> "rocket weapon"). */
  kind: Record<string, string>;
  irregular: Record<string, string>;
  near: Record<string, string>;
  compounds: Record<string, string>;
  /** Phrasal verbs: a verb -> its particles ("back" -> "down off"). */
  phrasal: Record<string, string>;
  /** Opposites of a word's commonest senses ("east" -> "west"). */
  opposite: Record<string, string>;
  /** National capitals and their countries' names ("tehran" -> "Iran"). */
  capital: Record<string, string>;
  /** The capitals of a country, in lower case ("iran" -> "tehran|teheran"). */
  capitals: Record<string, string>;
  /** Countries' names in lower case, "|" between them ("iran|iraq"), of those the capitals are of. */
  countries?: string;
}

const shards = new Map<string, Shard | null>();

// What the dictionary says of the bundled dataset's words and of stop and question words, worked out by
// the build (see knownWordsText) into dist/known-words.txt: a query of such words reads no dictionary
// shard, only this small file. The answers are the shards' own. (None when run from source.)
declare const __FACTQ_KNOWN_WORDS__: boolean | undefined;
let knownWordsRead: string | undefined;
function knownWordsFile(): string {
  if (knownWordsRead !== undefined) return knownWordsRead;
  try {
    knownWordsRead = typeof __FACTQ_KNOWN_WORDS__ === 'boolean' ? readFileSync(join(__FACTQ_DIST__, 'known-words.txt'), 'utf8') : '';
  } catch {
    // A damaged install: the shards still say the same, a little slower.
    knownWordsRead = '';
  }
  return knownWordsRead;
}

interface KnownWord {
  /**
   * Looked up for the data, no word of it: a stem ("missil" of "missiles") or what stands before another
   * word of it in a compound ("air" of "airbase"). No slip of one, and no proof of one.
   */
  lookedUp: boolean;
  bases: string[];
  name: boolean;
  adverb: boolean;
  compounds: string;
  opposites: string[];
  /** The particles that make phrasal verbs with it, between spaces. */
  particles: string;
  /** The country it is the capital of, if any ("tehran" -> "Iran"). */
  capital: string[];
  /** The capitals of several words that begin with it, and their countries ("kuala lumpur=Malaysia;..."). */
  longerCapitals: string;
  /** Its capitals, when it is a country ("iran" -> "tehran", "teheran"). */
  capitals: string[];
}

// A word's line in the known words, if it has one:
// "word<TAB>flags<TAB>bases<TAB>compounds<TAB>opposites<TAB>particles<TAB>capital<TAB>longer capitals<TAB>capitals".
// A query looks up a few words, each found in place; a build of a large dataset's index looks up every
// word it has, and after a few dozen lookups the lines go into a map.
let knownLine: ((word: string) => string | undefined) | undefined;
function knownWord(word: string): KnownWord | undefined {
  if (!knownLine) {
    const text = knownWordsFile();
    if (!text) return undefined;
    knownLine = keyedLookup(text);
  }
  const line = knownLine(word);
  if (line === undefined) return undefined;
  const [flags = '', bases = '', compounds = '', opposites = '', particles = '', capital = '', longer = '', capitals = ''] = line.split('\t');
  return {
    lookedUp: flags.includes('s'),
    bases: bases ? bases.split(' ') : [],
    name: flags.includes('n'),
    adverb: flags.includes('a'),
    compounds,
    opposites: opposites ? opposites.split(' ') : [],
    particles: ` ${particles} `,
    capital: capital ? capital.split('|') : [],
    longerCapitals: longer,
    capitals: capitals ? capitals.split('|') : [],
  };
}

/**
 * What the dictionary says of some words (base forms, name, adverb, compounds, opposites, phrasal particles)
 * and of others that a query of them looks up (stems, heads of compounds), as the text the build writes to
 * dist/known-words.txt.
 */
export function knownWordsText(list: Iterable<string>, lookedUp: Iterable<string> = []): string {
  const rows: Array<[string, string]> = [];
  const words = new Set(list);
  // (A query of the data's words asks whether a stem of them is a word of its own, "missil" of "missiles",
  // and whether what stands before a word in a compound is, "air" of "airbase": with these it reads no shard.)
  const others = new Set([...lookedUp].filter((w) => !words.has(w)));
  for (const word of [...words, ...others]) {
    // (And names of several words, "united states", for what is said of a name as a whole: its capitals.)
    if (!/^[a-z0-9'-]+(?: [a-z0-9'-]+)*$/.test(word)) continue;
    const shard = shardOf(word);
    const flags = `${isName(word) ? 'n' : ''}${isAdverb(word) ? 'a' : ''}${others.has(word) ? 's' : ''}`;
    const longer = Object.entries(shard?.capital ?? {}).filter(([city]) => city.startsWith(`${word} `)).map(([city, country]) => `${city}=${country}`);
    rows.push([word, `${flags}\t${baseForms(word).join(' ')}\t${shard?.compounds[word] ?? ''}\t${oppositeWords(word).join(' ')}\t${shard?.phrasal[word] ?? ''}\t${shard?.capital[word] ?? ''}\t${longer.join(';')}\t${shard?.capitals[word] ?? ''}`]);
  }
  return keyedLines(rows);
}

function shardOf(word: string): Shard | null {
  const letter = word.slice(0, 2);
  let shard = shards.get(letter);
  if (shard === undefined) {
    shard = null;
    if (/^[a-z][a-z'-]?$/.test(letter)) {
      try {
        const text = shardText(letter);
        if (text === undefined) throw new Error(`no shard ${letter}`);
        const raw = JSON.parse(text) as {
          words: string;
          names: string;
          adverbs?: string;
          compounds?: Record<string, string>;
          related: Record<string, string>;
          general?: Record<string, string>;
          kind?: Record<string, string>;
          irregular: Record<string, string>;
          near: Record<string, string>;
          phrasal?: Record<string, string>;
          opposite?: Record<string, string>;
          capital?: Record<string, string>;
          capitals?: Record<string, string>;
        };
        shard = { ...raw, words: ` ${raw.words} `, names: ` ${raw.names} `, adverbs: ` ${raw.adverbs ?? ''} `, compounds: raw.compounds ?? {}, general: raw.general ?? {}, kind: raw.kind ?? {}, phrasal: raw.phrasal ?? {}, opposite: raw.opposite ?? {}, capital: raw.capital ?? {}, capitals: raw.capitals ?? {} };
      } catch {
        // No lexicon (a damaged install): every word counts as unknown, and relations are not used.
      }
    }
    shards.set(letter, shard);
  }
  return shard;
}

// Where each shard lies in the pack (see scripts/lexicon.mjs), read with the first shard asked for.
let packIndex: { shards: Record<string, [number, number]>; base: number } | null | undefined;

// A shard's JSON text, read from its place in the pack: one open and one or two reads (the index, the
// first time), where a file a shard cost the package a tar header each.
function shardText(key: string): string | undefined {
  if (packIndex === null) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(join(__FACTQ_DIST__, 'lexicon', 'shards.pack'), 'r');
    const read = (at: number, length: number): Buffer => {
      const buffer = Buffer.allocUnsafe(length);
      if (readSync(fd!, buffer, 0, length, at) !== length) throw new Error('a short read of the lexicon');
      return buffer;
    };
    if (packIndex === undefined) {
      const length = parseInt(read(0, 8).toString('latin1'), 16);
      packIndex = { shards: JSON.parse(read(8, length).toString('utf8')) as Record<string, [number, number]>, base: 8 + length };
    }
    const at = Object.hasOwn(packIndex.shards, key) ? packIndex.shards[key] : undefined;
    return at && read(packIndex.base + at[0], at[1]).toString('utf8');
  } catch {
    // (No pack, or a damaged one, is read as no lexicon, once.)
    packIndex ??= null;
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isLemma(word: string): boolean {
  return lemmaMark(word) !== undefined;
}

/** Whether a (folded) word is an adjective in the dictionary ("european", "victorian"; not "tehran"). */
export function isAdjective(word: string): boolean {
  // (Adjectives are marked in a shard's word list with a "*".)
  return lemmaMark(word)?.includes('*') ?? false;
}

/** Whether a word is a noun for people, its commonest noun sense a kind of person ("pedestrians", "residents"): a count of them is a count of people. */
export function isPersonNoun(word: string): boolean {
  return [word, ...baseForms(word)].some((w) => lemmaMark(w)?.includes('+') ?? false);
}

// A word's entry in its shard's word list: its marks ('' for none, '*' for an adjective, '+' for a noun
// for people), undefined for no entry. One search of the list (sorted, so " word" may first meet " words").
function lemmaMark(word: string): string | undefined {
  const list = shardOf(word)?.words;
  if (list === undefined) return undefined;
  for (let at = list.indexOf(` ${word}`); at >= 0; at = list.indexOf(` ${word}`, at + 1)) {
    const end = at + word.length + 1;
    let marks = '';
    while (list[end + marks.length] === '*' || list[end + marks.length] === '+') marks += list[end + marks.length];
    if (list[end + marks.length] === ' ') return marks;
  }
  return undefined;
}

// WordNet's detachment rules ("morphy"): the endings inflection adds, and what they replace.
// The third field marks the comparative and superlative endings, which only adjectives take.
const DETACH: ReadonlyArray<[string, string, boolean?]> = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', '', true],
  ['est', '', true],
  ['er', 'e', true],
  ['est', 'e', true],
];

/** The phrasal verb ("back down") a folded word and a particle after it make, if English has it. */
export function phrasalVerb(word: string, particle: string): string | undefined {
  const forms = [word, ...baseForms(word)];
  const takes = (form: string): boolean => (knownWord(form)?.particles ?? ` ${shardOf(form)?.phrasal[form] ?? ''} `).includes(` ${particle} `);
  const own = forms.find(takes);
  if (own !== undefined) return `${own} ${particle}`;
  return undefined;
}

/**
 * A verb and particle WordNet does not list, read as a related verb's that it does ("hit back" as "strike
 * back": "retaliate"), if one.
 */
export function phrasalSense(word: string, particle: string): string | undefined {
  for (const form of [word, ...baseForms(word)]) {
    for (const other of relatedWords(form)) if (!other.includes(' ') && phrasalVerb(other, particle) === `${other} ${particle}`) return `${other} ${particle}`;
  }
  return undefined;
}

/** Whether a folded word is a verb's past form: "designed", "built" (not "leads", "wants", "running", "need"). */
export function pastForm(word: string): boolean {
  return /[^e]ed$/.test(word) || (!/(?:s|ing)$/.test(word) && baseForms(word).some((b) => b !== word));
}

/** The dictionary forms of a folded word: itself if it is one, its irregular bases, and what its endings undo. */
export function baseForms(word: string): string[] {
  // A phrasal verb ("carry on") is its own dictionary form. (The dictionary holds no other phrase, so
  // a phrase of any other second word, "al asad", reads no shard.)
  if (word.includes(' ')) {
    const [verb = '', particle = '', more] = word.split(' ');
    if (more !== undefined || !PARTICLES.has(particle) || knownWord(verb)?.particles.includes(` ${particle} `) === false) return [];
    return shardOf(word)?.related[word] ? [word] : [];
  }
  const known = knownWord(word);
  if (known) return [...known.bases];
  const out = new Set<string>();
  if (isLemma(word)) out.add(word);
  const irregular = shardOf(word)?.irregular[word];
  if (irregular) for (const base of irregular.split(' ')) out.add(base);
  for (const [ending, replacement, adjective] of DETACH) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      const base = word.slice(0, -ending.length) + replacement;
      // (A plain "-es" follows a hiss, above, or an "o": "goes", "echoes". WordNet's own rule takes it off
      // anything, and "planes" read as a form of "plan", "notes" of "not".)
      if (ending === 'es' && replacement === '' && !base.endsWith('o')) continue;
      // (A verb's ending is no name's: "used" and "using" are no forms of "US".)
      if ((ending === 'ed' || ending === 'ing') && isName(base)) continue;
      if (adjective ? isAdjective(base) : isLemma(base)) out.add(base);
    }
  }
  return [...out];
}

/** The dictionary forms an irregular form is of ("began" -> "begin", "fled" -> "flee"); none for a regular one. */
export function irregularBases(word: string): string[] {
  return shardOf(word)?.irregular[word]?.split(' ') ?? [];
}

/** Whether a folded word is a name in English ("israel", "nato"): a word only ever written capitalised. */
export function isName(word: string): boolean {
  const known = knownWord(word);
  if (known) return known.name;
  return shardOf(word)?.names.includes(` ${word} `) === true;
}

/** Whether a folded word is only ever an adverb ("honestly", "basically"): how a question is said. */
export function isAdverb(word: string): boolean {
  const known = knownWord(word);
  if (known) return known.adverb;
  return shardOf(word)?.adverbs.includes(` ${word} `) === true;
}

/** Whether two folded words, in this order, are the name of one thing ("prime minister", "united nations"). */
export function isCompound(first: string, second: string): boolean {
  return spellings(first).some((a) => {
    const seconds = knownWord(a)?.compounds ?? shardOf(a)?.compounds[a];
    if (!seconds) return false;
    const list = ` ${seconds} `;
    return [second, ...baseForms(second)].flatMap(spellings).some((w) => list.includes(` ${w} `));
  });
}

/** The head of a word written as two joined ("sinkhole" -> "hole", "footpath" -> "path"), where both parts and the whole are English words. */
export function compoundHead(word: string): string | undefined {
  if (word.length < 7 || !isEnglishWord(word)) return undefined;
  for (let at = 3; at <= word.length - 3; at++) {
    const [first, head] = [word.slice(0, at), word.slice(at)];
    if (isEnglishWord(first) && isEnglishWord(head) && !isName(head)) return head;
  }
  return undefined;
}

/** Whether a folded word the dictionary lacks joins a word and a word for a person ("harbourmaster": harbour, master). */
export function isPersonCompound(word: string): boolean {
  if (word.length < 8 || isEnglishWord(word) || isName(word)) return false;
  for (let at = 4; at <= word.length - 3; at++) {
    const [first, head] = [word.slice(0, at), word.slice(at)];
    if (isEnglishWord(first) && !isName(first) && isPersonNoun(head) && !isName(head)) return true;
  }
  return false;
}

/** Whether three folded words, "X in Y" or "X of Y", are the name of one thing ("commander in chief"). */
export function isCompoundOf(first: string, joiner: string, last: string): boolean {
  return (joiner === 'of' || joiner === 'in') && spellings(first).some((a) => {
    const seconds = knownWord(a)?.compounds ?? shardOf(a)?.compounds[a];
    return seconds !== undefined && [last, ...baseForms(last)].flatMap(spellings).some((w) => ` ${seconds} `.includes(` ${joiner}_${w} `));
  });
}

// A word as British and American English spell it: WordNet's compounds are American ("defense
// secretary"), a reader may write "defence".
function spellings(word: string): string[] {
  const american = word.replace(/ence$/, 'ense').replace(/our$/, 'or').replace(/ise$/, 'ize');
  return american === word ? [word] : [word, american];
}

/** Whether a folded word is a real English word (or a form of one): a word never to "correct". */
export function isEnglishWord(word: string): boolean {
  return baseForms(word).length > 0;
}

/**
 * Whether the build's table of known words (the bundled dataset's words, stop and question words) has a
 * folded word: a word of it is no slip. Reads no dictionary shard, unlike isEnglishWord.
 */
export function isKnownWord(word: string): boolean {
  const known = knownWord(word);
  return known !== undefined && !known.lookedUp;
}

/**
 * English words one slip from a folded word that is none (a letter dropped, added, changed, or two
 * swapped; the first letter kept, as typists keep it), the likeliest first: those with the word's
 * consonants (the slip was in a vowel or a doubled letter: "speeking" is "speaking", more than "seeking"),
 * then common words (those news text has neighbours for). A form of a rare word ("speking") is no reading.
 */
export function englishSpellings(word: string): Array<{ word: string; alike: boolean; common: boolean }> {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  // The second letter dropped or swapped: the only slips there tried, each one more file to read.
  const second = new Set([word[0]! + word.slice(2), word[0]! + word[2]! + word[1]! + word.slice(3)]);
  const key = consonants(word);
  const found: Array<{ word: string; alike: boolean; common: boolean }> = [];
  for (const w of oneEditAway(word)) {
    if (!w.startsWith(word.slice(0, 2)) && !second.has(w)) continue;
    const common = (shardOf(w)?.near[w] ?? '') !== '';
    if (common || isLemma(w)) found.push({ word: w, alike: consonants(w) === key, common });
  }
  const rank = (r: { alike: boolean; common: boolean }): number => (r.alike ? 0 : 2) + (r.common ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || (a.word < b.word ? -1 : 1));
}

/** Whether two spellings keep the same consonants: a slip in a vowel or a doubled letter only. */
export function soundsAlike(a: string, b: string): boolean {
  return consonants(a) === consonants(b);
}

// A word's sound without its vowels after the first letter.
function consonants(word: string): string {
  return word[0]! + soundKey(word.slice(1)).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

function lookUp(word: string, table: 'related' | 'general' | 'kind' | 'near' | 'opposite'): string[] {
  const out = new Set<string>();
  for (const form of [word, ...baseForms(word)]) {
    const found = shardOf(form)?.[table][form];
    if (found) for (const r of found.split(' ')) out.add(r);
  }
  out.delete(word);
  return [...out];
}

/** Whether a name in lower case is a country's (one a national capital is of: "iran", "united states"). */
export function isCountry(name: string): boolean {
  const countries = shardOf(name)?.countries;
  return countries !== undefined && `|${countries}|`.includes(`|${name}|`);
}

/**
 * The name of the country a place is the capital of ("tehran" -> Iran), as written: news text names a
 * government by its capital. None for other places.
 */
export function countryOfCapital(place: string): string[] {
  // The data's own words are answered without a dictionary file: a place of one word from its line, a
  // longer one from the capitals its first word begins.
  const space = place.indexOf(' ');
  const known = knownWord(space < 0 ? place : place.slice(0, space));
  if (known && space < 0) return known.capital;
  if (known) {
    const pair = known.longerCapitals.split(';').find((p) => p.startsWith(`${place}=`));
    return pair ? pair.slice(place.length + 1).split('|') : [];
  }
  return shardOf(place)?.capital[place]?.split('|') ?? [];
}

let adverbPhraseList: Map<string, string[][]> | undefined;
// WordNet's adverbs of three or four words opening with a preposition, by first word, read when first needed.
function adverbPhrases(): Map<string, string[][]> {
  if (adverbPhraseList) return adverbPhraseList;
  adverbPhraseList = new Map();
  try {
    for (const line of readFileSync(join(__FACTQ_DIST__, 'lexicon', 'adverb-phrases.txt'), 'utf8').split('\n')) {
      const list = line.split(' ');
      if (list.length < 3) continue;
      const known = adverbPhraseList.get(list[0]!);
      if (known) known.push(list);
      else adverbPhraseList.set(list[0]!, [list]);
    }
  } catch {
    // No list: no phrase is read as one adverb.
  }
  return adverbPhraseList;
}

/**
 * WordNet's adverbs of three or four words opening with a preposition in a list of folded words ("in the
 * first place", "for the time being"), the longest where two start at one word: where each starts and how
 * many words it has.
 */
export function adverbPhrasesIn(list: readonly string[]): Array<{ at: number; length: number }> {
  const out: Array<{ at: number; length: number }> = [];
  for (let i = 0; i < list.length; i++) {
    const phrases = adverbPhrases().get(list[i]!);
    if (!phrases) continue;
    const found = phrases.filter((p) => p.every((w, k) => list[i + k] === w)).reduce((n, p) => Math.max(n, p.length), 0);
    if (found) {
      out.push({ at: i, length: found });
      i += found - 1;
    }
  }
  return out;
}

let countryLines: { text: string; lower: string } | undefined;
// The lexicon's country lines ("Iran|Persia|Iranian"), read when first needed, as written and in lower case
// with a line break at each end: a lookup finds the lines holding a name and reads only those (a question
// looks up its words one by one, and parsing every line first was most of a lookup's cost at start-up).
function countryText(): NonNullable<typeof countryLines> {
  if (countryLines) return countryLines;
  let text = '\n';
  try {
    text = `\n${readFileSync(join(__FACTQ_DIST__, 'lexicon', 'countries.txt'), 'utf8')}\n`;
  } catch {
    // No lexicon: no country names.
  }
  countryLines = { text, lower: text.toLowerCase() };
  return countryLines;
}

// The names of the country line starting at `start`: a people's word in -an or -i names its people in the
// plural too ("Germans", "Iraqis"); the country's own names, first in the line, and the -stans are no such
// word (nor one whose plural the lexicon gives: "Englishmen", not "Englishmans"; "Germans" all the same).
function groupAt(text: string, start: number): string[] {
  const names = text.slice(start, text.indexOf('\n', start)).split('|');
  const plurals = names.slice(1).filter((n) => /^[A-Z][a-z]+(?:an|i)$/.test(n) && !/stan$/.test(n) && !names.includes(`${n.slice(0, -2)}en`)).map((n) => `${n}s`);
  return [...new Set([...names, ...plurals])];
}

// The country groups one of whose names is `name`, as written (or, with `folded`, in lower case): the lines
// holding it or, for a plural, the word it is the plural of.
function groupsNaming(name: string, folded: boolean): string[][] {
  const { text, lower } = countryText();
  const haystack = folded ? lower : text;
  const starts = new Set<number>();
  for (const key of name.endsWith('s') ? [name, name.slice(0, -1)] : [name]) {
    if (key === '' || /[|\n]/.test(key)) continue;
    for (let at = haystack.indexOf(key); at >= 0; at = haystack.indexOf(key, at + 1)) {
      const before = haystack[at - 1];
      const after = haystack[at + key.length];
      if ((before === '|' || before === '\n') && (after === '|' || after === '\n')) starts.add(haystack.lastIndexOf('\n', at - 1) + 1);
    }
  }
  return [...starts]
    .sort((a, b) => a - b)
    .map((start) => groupAt(text, start))
    .filter((names) => names.some((n) => (folded ? n.toLowerCase() : n) === name));
}

/**
 * The names a country goes by and its people's words, as WordNet has them ("UK" -> United Kingdom, UK,
 * Britain, Great Britain, British, ...), for a name as written; none for a name of no country or of several.
 */
export function countryNames(name: string): string[] {
  const all = groupsNaming(name, false);
  // ("Russia" is a name of the Soviet Union too: the country it is the first name of.)
  const own = all.length > 1 ? all.filter((names) => names[0] === name) : all;
  return own.length === 1 ? own[0]! : [];
}

/**
 * The names of the one country a word in lower case names or whose people it names ("britons" -> United
 * Kingdom, UK, Britain, ...); none for a word of no country or of several.
 */
export function countryOfWord(word: string): string[] {
  const all = groupsNaming(word, true);
  return all.length === 1 ? all[0]! : [];
}

/** The capitals of a country, by its name in lower case ("iran" -> "tehran", "teheran"); none for other names. */
export function capitalsOf(country: string): string[] {
  const known = knownWord(country);
  if (known) return known.capitals;
  return shardOf(country)?.capitals[country]?.split('|') ?? [];
}

/**
 * The noun or verb a word is by its final f or v ("relief" -> "relieve", "believe" -> "belief", "proof"
 * -> "prove"), when English has it: WordNet does not relate all such pairs.
 */
export function voicedForms(word: string, keep: (spelling: string) => boolean = () => true): string[] {
  const other = /fe?$/.test(word) ? word.replace(/fe?$/, 've') : /ved?$/.test(word) ? word.replace(/ved?$/, 'f') : undefined;
  // (`keep` first, as for comparedForms: a spelling no one needs, "zarive" of "zarif", reads no dictionary file.)
  return other !== undefined && other !== word && keep(other) && isEnglishWord(other) ? [other] : [];
}

/**
 * A verb and the noun for the one who does it, made from it ("object" -> "objector", "protest" ->
 * "protester", "campaigners" -> "campaign"), when English has both and the noun is one for a person:
 * WordNet does not relate all such pairs. `keep` first narrows the spellings tried to the ones wanted.
 */
export function doerForms(word: string, keep: (spelling: string) => boolean = () => true): string[] {
  const one = /[^s]s$/.test(word) && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
  const doer = /^([a-z]{2,}?)([a-z])(\2?)(?:er|or)$/.exec(one);
  const spellings = doer ? [`${doer[1]}${doer[2]}`, ...(doer[3] ? [] : [`${doer[1]}${doer[2]}e`])] : [`${one}er`, `${one}or`, ...(one.endsWith('e') ? [`${one}r`] : [`${one}${one.at(-1)}er`])];
  return spellings.filter((w) => w !== one && keep(w) && isEnglishWord(w) && (doer ? isEnglishWord(one) && isPersonNoun(one) : isPersonNoun(w)));
}

/**
 * The comparative and superlative forms of an adjective that are its forms ("small" -> "smaller",
 * "smallest"; "big" -> "bigger"; "large" -> "larger"), as the dictionary reads them back. `keep` first
 * narrows the spellings tried, so that a spelling no one needs ("supremer") reads no dictionary file.
 */
export function comparedForms(base: string, keep: (spelling: string) => boolean = () => true): string[] {
  const stems = new Set([base, `${base}${base.at(-1)}`, base.replace(/e$/, '')]);
  return [...stems].flatMap((b) => [`${b}er`, `${b}est`]).filter((f) => keep(f) && baseForms(f).includes(base));
}

/** Opposites of a folded word or of its dictionary forms ("bigger" -> "little", "small"), from WordNet's antonyms. */
export function oppositeWords(word: string): string[] {
  return knownWord(word)?.opposites ?? lookUp(word, 'opposite');
}

/** Words related to a folded word or its dictionary forms: synonyms of common senses, derivations, causes. */
export function relatedWords(word: string): string[] {
  const general = lookUp(word, 'general');
  return general.length ? [...new Set([...lookUp(word, 'related'), ...general])] : lookUp(word, 'related');
}

/** The more general verbs a verb's commonest sense is a way of doing ("plot" -> "plan"), which relatedWords includes. */
export function generalWords(word: string): string[] {
  return lookUp(word, 'general');
}

/** The more general nouns a noun's commonest sense is a kind of ("missile" -> "rocket", "weapon"): read backwards by the index. */
export function kindWords(word: string): string[] {
  return lookUp(word, 'kind');
}

/** The words related to a word both ways: relatedWords without the more general verbs it is a way of doing (which are not related back). */
export function mutualRelatives(word: string): string[] {
  return lookUp(word, 'related');
}

/**
 * Words near a folded word in meaning, by how news text uses them ("fatalities" -> "casualties"); names
 * have none. `direct` are the word's own neighbours; `viaBase` those of its dictionary forms only, a step
 * further away ("sanctions" -> "sanction" -> "punishment").
 */
export function nearWords(word: string): { direct: string[]; viaBase: string[] } {
  const direct = shardOf(word)?.near[word]?.split(' ') ?? [];
  const viaBase = lookUp(word, 'near').filter((w) => !direct.includes(w));
  return { direct, viaBase };
}
