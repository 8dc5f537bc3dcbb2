// From a query to the terms worth matching.
import { editDistance } from './distance.js';
import { baseForms, irregularBases, isAdjective, countryOfWord, isAdverb, isEnglishWord, isKnownWord, isName, nearWords, phrasalSense, phrasalVerb } from './english.js';
import { escapeRegExp, normalise, words } from './fold.js';
import { LEAD_WH, WHEN_SCENE } from './cues.js';
import { DETERMINERS, EPITHETS, IDIOMS, OBJECT_PRONOUNS, OPENING_AUXILIARIES, PARTICLES, QUESTION_WORDS, STOP_WORDS } from './lexicon.js';
import { isDigits, numberWord, stem } from './stem.js';

/** A word of a query as typed (folded) and as matched (its stem). */
/** What kind of answer a question wants, read from its wording (see INTENT_CUES). */
export type Intent = 'count' | 'outcome' | 'quote' | 'who' | 'where' | 'when' | 'why' | 'yesno' | 'what';

export interface QueryTerm {
  word: string;
  stem: string;
  /**
   * For a name matched as a whole (an entity's phrase), its own content words: they rank the facts that
   * name the entity ("US president" puts the fact saying "president" before Trump's others) but are
   * not required, so a fact naming the entity another way still matches.
   */
  words?: QueryTerm[];
  /** A phrasal verb ("back down"), matched as a whole through the dictionary; `stem` is its verb's. */
  phrasal?: boolean;
  /** Typed as a name ("the Pentagon"): words near it in meaning are other things, not it. */
  name?: boolean;
  /** A phrasal verb WordNet lacks, read as a related one it lists ("hit back" as "strike back"). */
  sense?: string;
  /** Quoted in the query ("who tweeted 'all is well'"): the word itself, not words related to it. */
  exact?: boolean;
  /** A past form that is a word of its own too, read as its verb's ("who found the pup?": "find", not "found" a firm). */
  form?: string;
}

/**
 * The content words of a query, each once: stop words go (all of them, with `contentOnly`; otherwise only
 * when something else is left), and number words join ("twenty two" -> 22).
 * @internal
 */
export function queryWords(query: string, opts: { contentOnly?: boolean; pastForms?: boolean } = {}): QueryTerm[] {
  const senses = new Map<string, string>();
  // (Words typed with a capital past the first: names, "Trump's list".)
  const capitalised = new Set([...query.slice(1).matchAll(/\b\p{Lu}\p{Ll}+/gu)].map((m) => m[0].toLowerCase()));
  const all = joinPhrasalVerbs(countered(inReturn(joinIdioms(joinNumbers(withoutAsWell(hyphensMended(words(query))))))), senses, capitalised);
  // ("Can I use a watering can?": a "can" closing the question after a word of content is a thing.)
  const content = all.filter((w, i) => !STOP_WORDS.has(w) || (w === 'can' && i > 0 && i === all.length - 1 && !STOP_WORDS.has(all[i - 1]!)));
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  const quoted = quotedWords(query);
  // (Read by ask only: a search of the data's words opens no shard of the dictionary.)
  const forms = opts.pastForms ? pastForms(all) : new Map<string, string>();
  for (const word of content.length || opts.contentOnly ? content : all) {
    // A phrasal verb ("carry on") is related as a whole, and its verb alone as a related word.
    const space = word.indexOf(' ');
    const st = stem(space < 0 ? word : word.slice(0, space));
    if (seen.has(st)) continue;
    seen.add(st);
    const sense = senses.get(word);
    const form = quoted.has(word) || capitalised.has(word) ? undefined : forms.get(word);
    out.push(space < 0 ? (quoted.has(word) ? { word, stem: st, exact: true } : form !== undefined ? { word, stem: st, form } : { word, stem: st }) : sense === undefined ? { word, stem: st, phrasal: true } : { word, stem: st, phrasal: true, sense });
  }
  return out;
}

// "As well" and "as well as" join words ("Trump as well as Iran"): no "well" of anything's health or good.
// ("In order to", "in order that": for a purpose, no order given.)
function withoutAsWell(list: string[]): string[] {
  const at = list.findIndex((w, i) => (w === 'as' && list[i + 1] === 'well') || (w === 'in' && list[i + 1] === 'order' && (list[i + 2] === 'to' || list[i + 2] === 'that')));
  return at < 0 ? list : [...list.slice(0, at), ...withoutAsWell(list.slice(at + 2 + (list[at + 2] === 'as' ? 1 : 0)))];
}

// "Climbdown" typed closed where English writes the noun with a hyphen ("climb-down"), from a phrasal verb:
// the verb and its particle, as the hyphenated word is read ("climb down"). Only a word English lacks as
// typed (a slip is no such word), and only a verb and particle: "ceasefire" is no "fire".
function hyphensMended(list: string[]): string[] {
  if (!list.some(closedCompound)) return list;
  return list.flatMap((w) => {
    if (!closedCompound(w)) return [w];
    for (const particle of PARTICLES) {
      const verb = w.slice(0, -particle.length);
      if (w.endsWith(particle) && verb.length >= 3 && isEnglishWord(`${verb}-${particle}`) && phrasalVerb(verb, particle) !== undefined) return [verb, particle];
    }
    return [w];
  });
}
const closedCompound = (w: string): boolean => w.length >= 6 && w.length <= 16 && /^[a-z]+$/.test(w) && !isKnownWord(w) && !isEnglishWord(w);

// The words a query quotes: between double quotes (straight or curly), or single ones that open after a
// space or the start and close before a space, punctuation or the end (not an apostrophe: "Iran's").
function quotedWords(query: string): ReadonlySet<string> {
  if (!/["\u201c\u201d\u2018\u2019']/.test(query)) return NONE;
  const out = new Set<string>();
  for (const m of query.matchAll(QUOTED)) for (const w of words(m[1] ?? m[2] ?? m[3]!)) out.add(w);
  return out;
}
const NONE: ReadonlySet<string> = new Set();
const QUOTED = /"([^"]+)"|\u201c([^\u201c\u201d]+)\u201d|(?<![\w\u2019'])['\u2018]([^'\u2018\u2019]+)['\u2019](?![\w'\u2019])/g;

/**
 * The head of a phrase of the data, as a query word with the others: the last content word before "of"
 * ("president" of "president of the united states"), else the last ("minister" of "foreign minister").
 * @internal
 */
export function headOf(phrase: readonly string[]): { head: QueryTerm; others: QueryTerm[] } | undefined {
  const all = queryWords(phrase.join(' '), { contentOnly: true });
  const of = phrase.indexOf('of');
  const head = of > 0 ? queryWords(phrase.slice(0, of).join(' '), { contentOnly: true }).at(-1) : all.at(-1);
  return head ? { head, others: all.filter((w) => w.stem !== head.stem) } : undefined;
}

/** Stems of a query worth matching (see queryWords). @internal */
export function queryTerms(query: string, opts: { contentOnly?: boolean } = {}): string[] {
  return queryWords(query, opts).map((t) => t.stem);
}

// The verb each past form that is also a word of its own is read as: "found" as "find", "left" as "leave",
// "saw" as "see" - unless a word before it asks the word itself ("to found", "will found", "her left flipper").
function pastForms(list: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  list.forEach((word, i) => {
    // (Only a word that could be one, read in the dictionary: no stop word, no regular ending, no figure.)
    if (STOP_WORDS.has(word) || word.includes(' ') || /(?:s|ed|ing|ly)$|\d|-/.test(word)) return;
    const bases = irregularBases(word);
    if (bases.length !== 1 || bases[0] === word || !baseForms(word).includes(word) || OWN_WORD_BEFORE.has(list[i - 1] ?? '')) return;
    // (One that is an adjective too is the verb's only where a deed is asked: "who found ...", "when was
    // Pebble found?"; "Trump's basically stuck" is a state.)
    if (isAdjective(word) && !DOER_BEFORE.has(list[i - 1] ?? '') && !list.slice(0, i).some((w) => PAST_AUXILIARIES.has(w))) return;
    out.set(word, bases[0]!);
  });
  return out;
}
// Words right before such a form that make it a deed done: "who found the pup?".
const DOER_BEFORE: ReadonlySet<string> = new Set(['who', 'what', 'which', 'that']);
// Auxiliaries before such a form that make it a deed done: "when was Pebble found?".
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'had', 'has', 'have', 'having', 'got', 'get', 'gets']);
// Words after which such a form is the word itself: a verb's plain form, or a noun's or adjective's.
const OWN_WORD_BEFORE: ReadonlySet<string> = new Set(['to', 'will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'do', 'does', 'i', 'we', 'you', 'they', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'my', 'your', 'our', 'this', 'that', 'these', 'those', 'on', 'at', 'and', 'or']);

// Words only a noun follows: a verb after one is a noun ("the count on", "a call for").
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'their', 'our', 'my', 'your']);
// Particles that are prepositions after a noun too ("the count on", "a call for").
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'at', 'about', 'with', 'to', 'into', 'of']);

// Nouns that "on" makes a set phrase of manner or state with, no particle of a verb ("on average", "on time").
// Nouns of a time a particle may open ("on a summer day", "in the morning").
const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'days', 'night', 'nights', 'morning', 'mornings', 'afternoon', 'evening', 'evenings', 'week', 'weeks', 'weekend', 'weekends', 'weekday', 'month', 'months', 'year', 'years', 'summer', 'winter', 'spring', 'autumn', 'season', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'holiday', 'holidays']);
const ON_PHRASES: ReadonlySet<string> = new Set(['average', 'time', 'foot', 'purpose', 'schedule', 'duty', 'record', 'behalf', 'balance', 'demand', 'occasion', 'paper', 'loan', 'call', 'site', 'hand', 'air', 'weekdays', 'weekends', 'sundays', 'saturdays', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays']);

// A verb and its particle that English uses as one verb ("carry on", "backs down", "shrug it off") are
// one word: "carry on" is "continue", where "carry" and "on" apart are not. The verb's dictionary form
// leads ("backs down" -> "back down").
function joinPhrasalVerbs(list: string[], senses: Map<string, string>, capitalised: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    // The particle next, or after an object pronoun ("let it go" is no phrasal verb; "shrug it off" is).
    const gap = OBJECT_PRONOUNS.has(list[i + 1] ?? '') ? 2 : 1;
    const particle = list[i + gap];
    // ("Was on the receiving end": after a form of "be", a particle opening a noun phrase is a preposition.)
    // (So is one before a common noun: "were on duty", "are on strike"; not a name's: "on Trump's list".)
    const object = list[i + gap + 1];
    const noun = object !== undefined && !STOP_WORDS.has(object) && /^[a-z]+$/.test(object) && isEnglishWord(object) && !isName(object) && !capitalised.has(object);
    // (So is "on" after "go" before a bare noun: "went on strike", "goes on trial"; "go on" that continues
    // is followed by a deed, "went on fighting", or by nothing.)
    const goneOn = particle === 'on' && gap === 1 && noun && !/ing$/.test(object) && (w === 'go' || baseForms(w).includes('go'));
    // (Nor is one opening a set phrase of manner: "carry on average", "arrive on time", "travel on foot".)
    // (Nor "out" opening "out of" after "take": "take £7 million out of the economy" takes it from
    // something; "pull out of Iraq" is the phrasal verb.)
    // (Nor one opening a time: "get on a summer day", "come in the morning".)
    const setPhrase = (particle === 'on' && gap === 1 && object !== undefined && ON_PHRASES.has(object)) || (gap === 1 && (particle === 'on' || particle === 'in') && object !== undefined && DETERMINERS.has(object) && list.slice(i + 3, i + 6).some((x) => TIME_NOUNS.has(x))) || (particle === 'out' && object === 'of' && (w === 'take' || baseForms(w).includes('take')));
    // (Nor is a preposition after a noun, after its determiner: "what was the count on al-Asad?" asks a
    // count; "a strike back" is still one.)
    const nounBefore = NOUN_DETERMINERS.has(list[i - 1] ?? '') && NOUN_PREPOSITIONS.has(particle ?? '');
    const place = goneOn || setPhrase || nounBefore || (BE_FORMS.has(w) && object !== undefined && (DETERMINERS.has(object) || noun));
    let verb = particle !== undefined && PARTICLES.has(particle) && !place ? phrasalVerb(w, particle) : undefined;
    // One WordNet does not list has the sense of a related verb's that it does ("hit back": "strike back").
    const sense = verb === undefined && particle === 'back' && gap === 1 && !STOP_WORDS.has(w) && isEnglishWord(w) ? phrasalSense(w, particle) : undefined;
    if (sense !== undefined) {
      verb = `${baseForms(w)[0] ?? w} ${particle}`;
      senses.set(verb, sense);
    }
    if (verb) {
      out.push(verb);
      if (gap === 2) out.push(list[i + 1]!);
      i += gap;
    } else out.push(w);
  }
  return out;
}

// "Strike Iran in return", "hit them in response": the verb done back, as "strike back" is (its object
// kept after it). Only a verb that English, or a related verb, uses with "back" is read so.
function inReturn(list: string[]): string[] {
  const at = list.findIndex((w, i) => w === 'in' && RETURN_WORDS.has(list[i + 1] ?? ''));
  if (at < 1) return list;
  for (let v = at - 1; v >= Math.max(0, at - 3); v--) {
    const w = list[v]!;
    if (STOP_WORDS.has(w) || !isEnglishWord(w)) continue;
    if (phrasalVerb(w, 'back') === undefined && phrasalSense(w, 'back') === undefined) continue;
    return [...list.slice(0, v + 1), 'back', ...list.slice(v + 1, at), ...list.slice(at + 2)];
  }
  return list;
}
const RETURN_WORDS: ReadonlySet<string> = new Set(['return', 'response', 'kind', 'retaliation']);

// "A US counterstrike": the deed done back, as "strike back" is, where English (or a related verb) uses the
// deed with "back" (WordNet lists "counterstrike" but relates it to nothing; "counterattack", whose "attack"
// takes no "back", stays as typed).
function countered(list: string[]): string[] {
  if (!list.some((w) => w.startsWith('counter'))) return list;
  return list.flatMap((w) => {
    const rest = w.startsWith('counter') ? w.slice('counter'.length).replace(/^-/, '') : '';
    if (rest.length < 3 || !isEnglishWord(rest)) return [w];
    const base = baseForms(rest)[0] ?? rest;
    return phrasalVerb(base, 'back') !== undefined || phrasalSense(base, 'back') !== undefined ? [rest, 'back'] : [w];
  });
}

const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);

// An idiom is the word it means, its object kept ("let the rockets slide" -> "ignore the rockets").
function joinIdioms(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const idiom = idiomAt(list, i);
    if (idiom) {
      out.push(idiom.means, ...list.slice(i + 1, i + idiom.length - 1));
      i += idiom.length - 1;
    } else out.push(list[i]!);
  }
  return out;
}

/** A list of folded words with each idiom put as the one word it means, its object too ("keep his cool": calm). */
export function idiomsMeant(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const idiom = idiomAt(list, i);
    out.push(idiom ? idiom.means : list[i]!);
    if (idiom) i += idiom.length - 1;
  }
  return out;
}

/** The idiom a list of folded words opens at `i` ("freak out": agitated): what it means and how many words it spans, its object's included. @internal */
export function idiomAt(list: readonly string[], i: number): { means: string; length: number } | undefined {
  // (Of the idioms a verb opens, the first that closes: "make the call", "make up his mind".)
  for (const idiom of idiomsOpenedBy().get(list[i]!) ?? []) {
    const close = list.slice(i + 1, i + 2 + (idiom.gap ?? 3)).findIndex((w) => idiom.closes.has(w));
    // (The words that must follow the close, where the idiom has them: "out of it".)
    const then = idiom.then ?? [];
    if (close < 0 || !then.every((words, k) => words.has(list[i + close + 2 + k] ?? '')) || idiom.unless?.has(list[i + close + 2] ?? '')) continue;
    const noun = idiom.noun !== undefined && i > 0 && (DETERMINERS.has(list[i - 1]!) || NOUN_OPENERS.has(list[i - 1]!));
    return { means: noun ? idiom.noun! : idiom.means, length: close + 2 + then.length };
  }
  return undefined;
}

// The idioms each word opens, in the table's order: every word of a question is looked up, and the table
// holds some two hundred idioms. Made on first use.
let openedBy: Map<string, Array<(typeof IDIOMS)[number]>> | undefined;
function idiomsOpenedBy(): ReadonlyMap<string, ReadonlyArray<(typeof IDIOMS)[number]>> {
  if (openedBy === undefined) {
    openedBy = new Map();
    for (const idiom of IDIOMS) for (const w of idiom.verbs) openedBy.set(w, [...(openedBy.get(w) ?? []), idiom]);
  }
  return openedBy;
}

// Words before a noun besides the determiners ("this tit-for-tat", "any more tit-for-tat").
const NOUN_OPENERS: ReadonlySet<string> = new Set(['this', 'that', 'any', 'more', 'endless', 'ongoing', 'whole']);

// "twenty two" and "twenty-two" are one number: a tens word followed by a units word is their sum.
// ("No one" is nobody, and "which one", "this one" a pronoun: no figure of one.)
const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set(['no', 'any', 'every', 'each', 'which', 'this', 'that', 'the', 'some']);
const DESCRIBING_ONE: ReadonlySet<string> = new Set(['big', 'small', 'large', 'little', 'bigger', 'smaller', 'larger', 'biggest', 'smallest', 'largest', 'other', 'main', 'western', 'eastern', 'northern', 'southern', 'northeastern', 'same']);
function joinNumbers(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] === 'one' && i > 0 && PRONOUN_ONE_AFTER.has(list[i - 1]!)) {
      if (list[i - 1] === 'no') out.push('nobody');
      continue;
    }
    // ("Was Irbil the bigger one?": nor after a determiner and a word describing it.)
    if (list[i] === 'one' && i > 1 && list[i - 2] !== 'no' && PRONOUN_ONE_AFTER.has(list[i - 2]!) && numberWord(list[i - 1]!) === undefined && !isDigits(list[i - 1]!)) continue;
    // ("Seventeen at one base and five at the other": "one" set against "the other" is no figure; nor is
    // "one more", which asks whether it goes on.)
    if (list[i] === 'one' && (list[i + 1] === 'more' || list.slice(i + 2, i + 10).join(' ').includes('the other'))) continue;
    // ("Is it the big one or the small one?", "it is big one or small one": "one" after a word describing
    // it stands for the thing, with or without a determiner.)
    if (list[i] === 'one' && i > 0 && DESCRIBING_ONE.has(list[i - 1]!)) continue;
    const tens = numberWord(list[i]!);
    const units = i + 1 < list.length ? numberWord(list[i + 1]!) : undefined;
    if (tens !== undefined && tens >= 20 && tens % 10 === 0 && units !== undefined && units > 0 && units < 10) {
      out.push(String(tens + units));
      i++;
    } else out.push(list[i]!);
  }
  return out;
}

/** The question word a short misspelt word stands for ("wat" -> "what", "wen" -> "when"), if one. @internal */
export function questionWordFor(word: string): string | undefined {
  if (word.length > 5 || QUESTION_WORDS.includes(word)) return undefined;
  const near = QUESTION_WORDS.filter((w) => editDistance(w, word, 1, true) <= 1);
  // (A letter left out before one put wrong: "whn" is "when", not "who".)
  return near.find((w) => w.length === word.length + 1 && isSubsequence(word, w)) ?? near[0];
}

// Whether a word's letters are all in another's, in order.
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}

/**
 * The function word a slip stands for ("mnay" - "many", "abut" - "about"): one edit from it, the first
 * letter kept, and no word of its own, or a rare one (no neighbours in news text: "abut" is a word, but no
 * common one).
 * @internal
 */
export function functionWordFor(word: string): string | undefined {
  return slipOf(word, FUNCTION_WORDS);
}

// The word of `list` a slip stands for, by the rules of functionWordFor.
function slipOf(word: string, list: readonly string[]): string | undefined {
  // (A number's word is a number, never a slip: "three" is not "there".)
  if (word.length < 3 || STOP_WORDS.has(word) || numberWord(word) !== undefined) return undefined;
  const near = list.find((f) => f[0] === word[0] && editDistance(f, word, 1, true) <= 1);
  if (near === undefined) return undefined;
  return !isEnglishWord(word) || !nearWords(word).direct.length ? near : undefined;
}
// Verbs that ask for words said ("what did trump twet" asks for a quote as "tweet" does), and "happen": put right in the
// question whose intent is read, though as terms they stay the words typed (a slip of one still finds
// what the word does).
const SAYING_WORDS: readonly string[] = ['said', 'says', 'tweet', 'tweeted', 'wrote', 'write', 'quote', 'claimed', 'warned', 'stated'];
// ("what will hapen if ...": a slip of "happen" asks for an outcome as the word does.)
const HAPPENING_WORDS: readonly string[] = ['happen', 'happens', 'happened', 'happening'];
// ("where is the base locaed": a slip of a word asking where asks it as the word does.)
const PLACING_WORDS: readonly string[] = ['located', 'situated', 'location', 'whereabouts'];
/** The word asking where a slip stands for ("locaed" - "located"), by the rules of functionWordFor. @internal */
export function placingWordFor(word: string): string | undefined {
  return slipOf(word, PLACING_WORDS);
}
// Words asking whether something has ended or goes on, which the yes or no of such a question turns on.
const ASPECT_WORDS: readonly string[] = ['over', 'again', 'anymore', 'further', 'more', 'another', 'finished', 'ended', 'still', 'continue', 'continuing'];

/**
 * A question with slips of the words asking whether something has ended or goes on put right ("is irans
 * attack ovr" -> "... over"): a yes or no turns on them. Only words neither English nor common are read so,
 * and never one the data holds (`known`): "when did the spill happen?" asks of the spill, not "still".
 * @internal
 */
export function aspectSlipsFixed(question: string, known: (word: string) => boolean = () => false): string {
  return question.replace(/[A-Za-z]{3,}/g, (w) => (known(w.toLowerCase()) ? undefined : slipOf(w.toLowerCase(), ASPECT_WORDS)) ?? w);
}
/**
 * A question with each word that is neither English nor the data's, and is one doubled letter from exactly
 * one English word, put right ("who did the americans kil" -> "kill", "where is it locatted" -> "located"),
 * or else two letters swapped ("decied" -> "decide"): typing a doubled letter once, or a single one twice,
 * is the commonest slip, and one put right reads as the word it is in every cue that reads the question,
 * not only where it is matched. Case is kept.
 * @internal
 */
export function doubledSlipsFixed(question: string, known: (word: string) => boolean): string {
  return question.replace(/(?<![\w'\u2019-])[A-Za-z]{3,}(?![\w'\u2019-])/g, (typed: string, at: number) => {
    // (A capitalised word is a name, "Biden" no "bidden"; a name the data knows is put right where it is
    // matched, and one it does not, "Assad", is not made one it does, "Asad".)
    if (/^[A-Z]/.test(typed) && at > 0) return typed;
    const w = typed.toLowerCase();
    // (Chat's words, "lol", "nah", and slips of the words a question asks with, "wat", "abot", are read
    // as what they are elsewhere: "loll", "watt" and "abbot" are no readings of them.)
    if (STOP_WORDS.has(w) || numberWord(w) !== undefined || CHAT.has(w) || isEnglishWord(w) || known(w)) return typed;
    if ((questionWordFor(w) ?? functionWordFor(w) ?? slipOf(w, SAYING_WORDS) ?? slipOf(w, HAPPENING_WORDS) ?? slipOf(w, ASPECT_WORDS)) !== undefined) return typed;
    // ("what was the reson for the strikes": a slip of a noun asking why is that noun, in every cue.)
    const asking = slipOf(w, REASON_ASKING);
    if (asking !== undefined) return typed[0] === w[0] ? asking : asking[0]!.toUpperCase() + asking.slice(1);
    const found = new Set<string>();
    const common = (candidate: string | undefined): void => {
      // (A common word: a name the data lacks, "biden", is likelier than a slip of a rare one, "bidden".)
      if (candidate !== undefined && !STOP_WORDS.has(candidate) && isEnglishWord(candidate) && nearWords(candidate).direct.length > 0) found.add(candidate);
    };
    for (let i = 0; i < w.length; i++) common(w[i] === w[i + 1] ? w.slice(0, i) + w.slice(i + 1) : /[a-z]/.test(w[i]!) && !VOWEL.test(w[i]!) ? w.slice(0, i + 1) + w.slice(i) : undefined);
    // ("what does trump have to decied": two letters typed the wrong way round, where no doubling reads it;
    // not in a short word, "app" no "pap".)
    if (!found.size && w.length >= 5) for (let i = 0; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) common(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    return found.size === 1 ? [...found][0]! : typed;
  });
}
const VOWEL = /[aeiouy]/;
// Nouns a why-question asks with, a slip of which reads as the noun.
const REASON_ASKING: readonly string[] = ['reason', 'reasons', 'cause', 'causes', 'motive', 'motives', 'purpose', 'rationale', 'justification'];
// Words of chat that no dictionary has.
const CHAT: ReadonlySet<string> = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'tbh', 'ngl', 'imo', 'imho', 'smh', 'idk', 'nah', 'yeah', 'yep', 'nope', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'dunno', 'btw', 'fwiw', 'pls', 'plz', 'thx', 'tho', 'thru', 'cuz', 'abt', 'ppl', 'ima', 'lemme', 'gimme', 'ya', 'yall', 'whats', 'hows']);

const FUNCTION_WORDS: readonly string[] = ['about', 'many', 'much', 'there', 'their', 'where', 'which', 'would', 'could', 'should', 'these', 'those', 'with', 'from', 'were', 'after', 'before'];

// The verb a misspelt word opening a question stands for ("wil iran strike again", "shoud trump ..."):
// it makes the question one of yes or no. Only verbs of four letters or more: a slip of "is" or "do" is
// too like other words.
function auxiliaryFor(word: string): string | undefined {
  if (word.length < 3 || word.length > 6) return undefined;
  return OPENING_AUXILIARIES.find((w) => editDistance(w, word, 1, true) <= 1);
}

const PROVIDE_REQUEST = /^(?:(?:kindly|please)[\s,]+(?:provide|give|share|state|supply|quote|list|cite)|(?:provide|supply))(?: (?:me|us))?\s+(?=(?:the|a|an)\s|[a-z]+['\u2019]s\s)/i;
// (A word before the plural is no plural itself: "of the two bases is" is no "is" qualified by "bases".)
const WHICH_OF_TWO = /^which (?:one )?of (?:the )?(?:two|2|both) (?:(?![a-z-]+s\b)[a-z-]+ )?([a-z-]+s)\b/i;
// (With what was done to them said after: "of the two sites Iran targeted, which ...".)
const OF_TWO_WHICH = /^(?:out )?of (?:the )?(?:two|2|both) (?:[a-z-]+ )?([a-z-]+s)(?:\s*,?\s*|(?: (?!which\b)[a-z'-]+){1,4}\s*,\s*)which(?: one)?\b/i;
// Two things offered before the question of which: "Of al-Asad and Irbil, which ...", "out of the two
// bases, ..." (see OF_TWO_WHICH), "between Trump and Khamenei, who ...".
const OFFERED_FIRST = /^(?:out of|of|between) (?:the )?([^,?]{2,40}?) and (?:the )?([^,?]{2,40}?),\s*(which|who)\b([^?]*\??)\s*$/i;
const OFFERED_OPENERS: ReadonlySet<string> = new Set(['of', 'out', 'between']);
// A thing named in four words or fewer, no deed ("ignoring the missiles").
const thingNamed = (s: string): boolean => s.split(/\s+/).length <= 4 && !/^[a-z]+ing\b/i.test(s);
// A plural's singular, by its last letters only ("bases" - "base", "installations" - "installation").
const singular = (w: string): string => (/(?:ss|us)$/.test(w) ? w : w.replace(/ies$/, 'y').replace(/s$/, ''));
const YES_NO_THEN_WH = /^(is|are|was|were|will|would|did|does|do|has|have|can|could)\s+(.+?),?\s+(?:and|&)\s+(when|where|why|how|who)\W*$/i;
// "Say the US hits back - what then?", "let's say Trump lets it go. Does it end?", "imagine that ...,": a
// supposition the reader sets up before the question proper, read as the "if" clause it is. (Not "say" as
// a request: "say what Trump tweeted", "say it again, what ...".)
const SUPPOSITION_OPENING = /^(?:let['\u2019]?s say|let us say|say|suppose|supposing|imagine|assume|assuming)\s+(?:that\s+)?(?!(?:what|who|whom|whose|where|when|why|how|which|it|this|again|so|hello|hi|please)\b)([^,;:?.!\u2013\u2014]*?[a-z'\u2019])(?:\s*[,;:]|\s+[-\u2013\u2014]+|[.!](?=\s))\s+(?=\S)/i;
const SUPPOSITION_OPENERS: ReadonlySet<string> = new Set(['let', 'say', 'suppose', 'supposing', 'imagine', 'assume', 'assuming']);
const GUESS_OPENING = /^(?:let me guess|i bet|i guess|i suppose|i reckon|i take it|i assume)\b[\s,:-]*(?=\S)/i;
const sortedLetters = (w: string): string => [...w].sort().join('');
// The auxiliaries of four letters or more by their letters, sorted: a question's second word is looked up,
// not sorted against each of them.
const AUXILIARY_BY_LETTERS: ReadonlyMap<string, string> = new Map(OPENING_AUXILIARIES.filter((x) => x.length > 3).map((x) => [sortedLetters(x), x]));
const WH_THEN_WORD = /^(what|who|where|when|why|how|which)\s+([a-z]{4,6})\b/i;

// Question words that open a question, and the verbs that follow one there.
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'who', 'where', 'when', 'why', 'how', 'which']);
const ASKING_VERB = /^ (?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|many|much)\b/;

// A question word and "is" run together with no apostrophe ("whats" as "what's" is read, or "what has"
// before a verb's past form: "whats happened", "whats he got").
const HAS_AFTER = /^whats\b(?: [a-z]+){0,4} (?:got|been|done|happened|gone|changed|become)\b/;
const CONTRACTED_WH: ReadonlyMap<string, string> = new Map([
  ['whats', "what's"],
  ['whens', 'when is'],
  ['wheres', 'where is'],
  ['whos', 'who is'],
  ['hows', 'how is'],
]);

/**
 * A question folded, with misspelt question words put right ("wen is trump speeking" -> "when is ..."),
 * where the word is not an English word, and run together with "is" ("whens"): question words carry a
 * question's intent.
 * @internal
 */
export function questionWordsFixed(question: string): string {
  // "So is Iran done?", "ok, what did Zarif say", "honestly, was it ...": words that open a reply, not
  // the question.
  return withoutOpening(normalise(question).trim())
    // Words whole with their apostrophes: "didn't" is no slip of "did".
    .replace(/[a-z]+(?:['\u2019][a-z]+)*/g, (w, at: number, text: string) => {
      // ("whens trump speaking": "when is", its apostrophe left out.)
      // ("whats he got on video": "what has", before a verb's past form.)
      const contracted = w === 'whats' && HAS_AFTER.test(text.slice(at)) ? 'what has' : CONTRACTED_WH.get(w);
      if (contracted !== undefined) return contracted;
      // ("y did iran do this": chat's "y" for "why", opening a question.)
      if (w === 'y' && at === 0 && ASKING_VERB.test(text.slice(1))) return 'why';
      // Stop words are English words too, though WordNet lists none of them ("that" is not "what").
      if (STOP_WORDS.has(w)) return w;
      const fixed = questionWordFor(w) ?? (at === 0 ? auxiliaryFor(w) : undefined);
      // ("How mnay missiles", "what did he say abut it": a slip of a word that says how a question asks.)
      // ("How much wil the repairs cost": "will", but only from no English word; "well" is one.)
      if (fixed === undefined) return functionWordFor(w) ?? slipOf(w, SAYING_WORDS) ?? slipOf(w, HAPPENING_WORDS) ?? (isEnglishWord(w) ? undefined : slipOf(w, ['will'])) ?? w;
      // A rare word ("wen", "wat") is still a slip of "when" or "what" where a question opens with it and
      // a verb of asking follows ("wen is trump speaking?").
      const opens = at === 0 && WH_WORDS.has(fixed) && asksAfter(fixed, text.slice(w.length));
      return opens || !isEnglishWord(w) ? fixed : w;
    });
}

// Words that follow "how" and no other question word.
const HOW_AFTER = /^\s+(?:many|much|long|far|often|old|big|come)\b/i;
// Whether a question word's slip opens a question: a verb of asking follows it ("wen is trump speaking?"),
// or, after "which", its noun and then the verb ("wich base was bigger?").
function asksAfter(fixed: string, rest: string): boolean {
  return ASKING_VERB.test(rest) || (fixed === 'which' && ASKING_VERB.test(rest.replace(/^ [a-z]+/, '')));
}

/**
 * A question whose opening word is a slip of a question word ("wich base was bigger?", "wat did Zarif say")
 * with that word put right, as questionWordsFixed reads it; as typed otherwise. Read first, so every
 * reading after it sees the question word.
 * @internal
 */
export function openingSlipFixed(question: string): string {
  const m = /^\s*([A-Za-z]+)\b/.exec(question);
  const w = m?.[1]!.toLowerCase();
  if (w === undefined || STOP_WORDS.has(w)) return question;
  const rest = question.slice(m![0].length);
  // ("hwo many missiles": "how", which "many" follows, of the words it is one slip from.)
  const fixed = HOW_AFTER.test(rest) && w !== 'how' && editDistance('how', w, 1, true) <= 1 ? 'how' : questionWordFor(w);
  if (fixed === undefined || !WH_WORDS.has(fixed)) return question;
  return asksAfter(fixed, ` ${normalise(rest).trimStart()}`) || !isEnglishWord(w) ? `${fixed}${rest}` : question;
}

/**
 * A question without the words that open a reply ("ok so", "honestly,"), a request around it ("could you
 * tell me ...", "..., can you break it down") or words naming the article as its source ("according to the
 * piece"), and with "what's the deal with X" read as "what about X": as typed otherwise (case kept).
 * @internal
 */
export function withoutOpening(question: string): string {
  let rest = withoutFiller(question);
  // (Only a question opening with a word a supposition does runs the pattern.)
  if (SUPPOSITION_OPENERS.has(leadingWord(rest).toLowerCase())) rest = rest.replace(SUPPOSITION_OPENING, 'if $1, ');
  // ("was any1 killed", "b4 the strikes": chat's digits for sounds.)
  if (/[14]/.test(rest)) rest = rest.replace(CHAT_DIGITS, (m) => CHAT_WORDS[m.toLowerCase()] ?? m);
  // ("what did trump tweet abt it lmao": chat's closing laugh or hedge says nothing.)
  rest = withoutClosingChat(rest);
  // ("why dose the regime ...": after a question word, the letters of an auxiliary in another order are it,
  // though "dose" is a word.)
  rest = rest.replace(WH_THEN_WORD, (m, wh: string, w: string) => {
    const swapped = AUXILIARY_BY_LETTERS.get(sortedLetters(w.toLowerCase()));
    return swapped === undefined || swapped === w.toLowerCase() ? m : `${wh} ${swapped}`;
  });
  rest = rest.replace(WH_INTENSIFIER, '$1 ');
  // ("I was reading about the attack on the smaller base and wondered how many missiles were sent its way":
  // the reader's reading and wondering are no words of what is asked; what they read about is.)
  const reading = READER_READING.exec(rest);
  const wondering = reading ? READER_WONDERING.exec(rest) : null;
  // (A "whether" or "if" asked is asked as wondered: "I wonder whether anyone died".)
  if (reading && wondering) {
    const asked = rest.slice(wondering.index + wondering[0].length);
    rest = /^(?:whether|if)\b/i.test(asked) ? `I wonder ${asked}` : `${rest.slice(reading[0].length, wondering.index)} - ${asked}`;
  }
  // ("Which of the two bases is larger?", "Of the two bases, which is the larger?": which base.)
  if (/\bof (?:the )?(?:two|2|both)\b/i.test(rest)) rest = rest.replace(WHICH_OF_TWO, (m, noun: string) => `which ${singular(noun)}`).replace(OF_TWO_WHICH, (m, noun: string) => `which ${singular(noun)}`);
  // ("Of al-Asad and Irbil, which base is bigger?": the two offered first, asked as a choice after, "which base
  // is bigger, al-Asad or Irbil?".)
  // (Things named in a word or a few: not deeds, "between ignoring the missiles and hitting back, which ...".)
  else if (OFFERED_OPENERS.has(leadingWord(rest).toLowerCase())) rest = rest.replace(OFFERED_FIRST, (m, one: string, other: string, wh: string, asked: string) => ([one, other].every(thingNamed) ? `${wh}${asked.replace(/\?\s*$/, '')}, ${one} or ${other}?` : m));
  // ("Is the President going to speak about it, and when?": a yes or no closed by a question word asks that.)
  rest = rest.replace(YES_NO_THEN_WH, (m, aux: string, clause: string, wh: string) => `${wh} ${aux} ${clause}?`);
  // ("What did Oduya use to do for a living?": "did ... use to" asks what was done then; no using.)
  if (/\bused? to\b/i.test(rest)) rest = rest.replace(DID_USE_TO, '$1');
  // ("Why might he feel he has no choice but to hit back?": having no choice but to do it is having to; no
  // choice to find.)
  if (/\bbut to\b/i.test(rest)) rest = rest.replace(NO_CHOICE_BUT, 'to');
  // ("once more", "one more time": again.)
  if (/\bon(?:c)?e more\b/i.test(rest)) rest = rest.replace(/\b(?:once more|one more time)\b/gi, 'again');
  // ("Kindly provide the Foreign Minister's precise wording on escalation": a request for a thing asks what it is.)
  rest = rest.replace(PROVIDE_REQUEST, 'what is ');
  // ("Let me guess, Khamenei thinks ..., right?", "I bet Iran ...": the reader's guess, then what it asks.)
  rest = rest.replace(GUESS_OPENING, '');
  // ("Can Trump walk away with a W?", "take the L": chat's letters for a win and a loss.)
  rest = rest.replace(/\b(a|the) ([WL])\b(?!['\u2019.])/g, (m, det: string, letter: string) => `${det} ${letter === 'W' ? 'win' : 'loss'}`);
  // ("did zarif lowkey say ...", "is iran tryna start ww3": chat's words inside the question, read as what
  // they say, or as nothing where they say only how the reader talks.)
  // (Only where one is: the pattern reads words, no pattern of its own.)
  if (words(rest.toLowerCase()).some((w) => CHAT_INSIDE.has(w))) rest = rest.replace(CHAT_INSIDE_WORD, (m) => CHAT_INSIDE_READ[m.toLowerCase()] ?? '').replace(/\s{2,}/g, ' ').trim();
  // ("Is Tehran low-key relieved?": chat's "low-key" before a word, no restraint; "a low-key response" is one.)
  if (/\b(?:low|high)-key\b/i.test(rest)) rest = rest.replace(CHAT_KEY, '').replace(/\s{2,}/g, ' ').trim();
  // ("who's the foreign minister again?": "again" asks to be told once more, not whether it happened again.)
  if (/\bagain\W*$/i.test(rest) && IDENTITY_OPENING.test(rest)) rest = rest.replace(/,?\s+again(\W*)$/i, '$1');
  // ("when is Trump supposed to come out and talk about it?", "go ahead and hit back": the first verb only
  // leads to the second.)
  if (/\band\b/i.test(rest)) rest = rest.replace(LEADING_VERB_AND, '');
  // ("whats the deal w the democrats", "ppl", "rn", "wud": chat's shortenings of words.)
  // (The pattern runs only where one of those words is: the check reads words, no pattern of its own.)
  if (words(rest.toLowerCase()).some((w) => CHAT_SHORTENINGS.has(w))) rest = rest.replace(CHAT_SHORT, (m) => CHAT_WORDS[m.toLowerCase().replace('/', '')] ?? m);
  // ("takin out soleimani", "wat r they doin": a word in -ing typed without its g, where only the word with
  // it is English.)
  if (/[a-z]in\b/i.test(rest)) rest = rest.replace(/\b([a-z]{2,}in)\b(?!['\u2019])/gi, (m) => {
      const w = m.toLowerCase();
      return !STOP_WORDS.has(w) && !isEnglishWord(w) && isEnglishWord(`${w}g`) ? `${m}g` : m;
    });
  // Only words in -ly are looked up: every question starts with a word, and a lookup reads a file.
  // (And only a first word in -ly runs the pattern.)
  for (let m = opensInLy(rest) ? OPENING_ADVERB.exec(rest) : null; m && isAdverb(m[1]!.toLowerCase()); m = opensInLy(rest) ? OPENING_ADVERB.exec(rest) : null) rest = withoutFiller(rest.slice(m[0].length));
  // ("How does the write-up describe ...?": the article by a name of its kind, as "the piece" is.)
  if (/write[- ]?up|op-?ed/i.test(rest)) rest = rest.replace(/\b(the|this|that) (?:write[- ]?up|op-?ed)\b/gi, '$1 article');
  // ("whats the US presidents name": a plural before a singular "name" is a possessive typed without its
  // apostrophe; "the bases name" is "the base's name". Only a word whose singular is English.)
  if (/s name\b/i.test(rest)) rest = rest.replace(/\b([a-z]{2,}[^\Ws'])s name\b/gi, (m, one: string) => (isEnglishWord(one.toLowerCase()) ? `${one}'s name` : m));
  // (Only a question opening with "what" runs the patterns: each costs its compiling.)
  if (/^what/i.test(rest)) rest = rest.replace(ABOUT_IDIOM, 'what about').replace(OWN_DEAL, 'what about $1').replace(BECAME_OF, 'what happened to').replace(IN_IT_FOR, 'what would $1 gain');
  // ("names of bases hit": a search-box request for the names of things of a kind asks which ones.)
  if (/^(?:the )?names of /i.test(rest)) rest = rest.replace(NAMES_OF_KIND, 'which $1');
  // "Could you tell me who fired?", "do you know where al-Asad is": a request, then the question proper.
  // (Only a question opening with a word a request does runs the patterns: each takes time to compile.)
  const space = rest.indexOf(' ');
  let requested = false;
  if (REQUEST_OPENERS.has((space < 0 ? rest : rest.slice(0, space)).toLowerCase())) {
    const before = rest;
    rest = rest.replace(REQUEST, '').replace(REQUEST_ABOUT, 'what about');
    requested = rest !== before;
  }
  // (Run only where a word for the article is: the pattern takes half a millisecond to compile.)
  const lower = rest.toLowerCase();
  // "..., can you break it down?": a request closing the question asks nothing more.
  if (lower.includes(' you ')) rest = rest.replace(CLOSING_REQUEST, '');
  // ("..., does it calm down, you reckon?", "..., do you think?": the reader asking for a view closes it.)
  if (/\b(?:you|ya|u|they|it|anyone|we|article|piece|story|report)\b/.test(lower)) rest = rest.replace(CLOSING_OPINION, '$1');
  // ("is trump gonna bomb iran back?? whats the deal": nor does a vague "what's the story" after it.)
  if (lower.includes(' what')) rest = rest.replace(CLOSING_VAGUE, '$1');
  if (/^how (?:many|much)\b/i.test(rest) && lower.includes(' what')) rest = rest.replace(CLOSING_FIGURE, '$1');
  // "..., as far as anyone can tell": how sure the reader may be, not what is asked; "..., as far as the
  // article says": where the answer is, which every answer is.
  if (lower.includes(' as far as ')) rest = rest.replace(CLOSING_HEDGE, '');
  // "..., because the news seemed to say different things?": why the reader asks, not what.
  if (lower.includes('because ') || lower.includes('since ') || lower.includes('cause ')) rest = rest.replace(CLOSING_REASON, '$1$2');
  // ("According to the article, does Trump want war?": the question proper opens after the source's comma.)
  if (ARTICLE_WORDS.some((w) => lower.includes(w))) {
    // ("Does the article suggest Trump wants war?": the article's saying it opened the question, so what it
    // says is asked yes or no, as "did Trump want war?" asks it.)
    const opened = ARTICLE_SAYS_OPENING.test(rest);
    rest = rest.replace(PER_THE_ARTICLE, '').replace(/^[\s,;:]+/, '').trim();
    if (opened && !OPENS_AS_QUESTION.test(rest)) rest = `did ${rest}`;
  }
  // ("Is it true Trump's tweet said ...?", "true or false: ...": whether what follows is so, a yes or no.)
  // ("True" is how sure, no word to find: the question is whether it is so.)
  if (TRUE_THAT_OPENING.test(rest)) {
    const claim = rest.replace(TRUE_THAT_OPENING, '').trim();
    rest = OPENS_AS_QUESTION.test(claim) ? claim : `did ${claim}`;
  }
  // ("Is there a way for Trump to come out ahead?", "is there any chance Iran backs down?": whether it could
  // be so. The way or chance is how it is asked, no thing to find; "a chance of war" stays as typed.)
  if (/^is there /i.test(rest)) rest = rest.replace(POSSIBILITY_FOR, 'could $1 ').replace(POSSIBILITY_THAT, 'could ');
  // "According to Zarif, is Iran looking for war?": whose word is wanted, then the question proper, which
  // opens as questions do once the source goes after it.
  if (lower.startsWith('according to ') || lower.startsWith('in the view of ') || lower.startsWith('per ')) rest = rest.replace(LEADING_SOURCE, '$2, according to $1');
  // ("As far as Iran's top diplomat is concerned, ...", "in Zarif's view, ...": the same.)
  else if (lower.startsWith('as far as ') || lower.startsWith('in ')) rest = rest.replace(LEADING_VIEW, '$3, according to $1$2');
  // ("Compared with Trump's threat to hit 52 targets, how many missiles did Iran fire?": what a figure is set
  // beside is no word of what is asked, unless the question proper weighs one against it.)
  if (/^(?:compared|in comparison|as opposed|as against|next to|set against)\b/i.test(rest)) {
    const proper = LEADING_COMPARISON.exec(rest)?.[1];
    if (proper !== undefined && OPENS_AS_QUESTION.test(proper) && !WEIGHING.test(proper)) rest = proper;
  }
  // "I'd like to know whether anyone was hurt", "does the article say whether Iran wants war": whether it
  // is so is asked, as "was anyone hurt?" asks it. ("If" only after a request: "if Trump hits back, ..."
  // opens a condition.)
  return rest.replace(requested ? /^(?:whether|if)\s+(?=\S)/i : /^whether\s+(?=\S)/i, 'did ');
}

const POSSIBILITY = String.raw`^is there (?:a|an|any|some)(?: real| good| realistic| possible)? (?:way|chance|possibility|prospect|hope|likelihood|scenario|path|route)(?: at all)?`;
const POSSIBILITY_FOR = new RegExp(String.raw`${POSSIBILITY} for ((?:the |an? )?[a-z'\u2019-]+(?: [a-z'\u2019-]+)?) to\s+(?=\S)`, 'i');
const POSSIBILITY_THAT = new RegExp(String.raw`${POSSIBILITY}(?: that| where| in which)?\s+(?!(?:of|for|to|in|at|on|that)\b)(?=\S)`, 'i');
// ("Politically speaking, what ...": a sentence adverb with its "speaking" says how the reader puts it.)
const OPENING_ADVERB = /^([a-z]+ly)(?:\s+speaking\b)?[\s,]+/i;
// Whether a text's first word ends in -ly, as OPENING_ADVERB's does.
function opensInLy(text: string): boolean {
  const first = leadingWord(text);
  return first.length > 2 && first.endsWith('ly');
}
const LEADING_SOURCE = /^(?:according to|in the view of|per) ([^,;:]+)[,;:]\s*(.+)$/i;
// A comparison opening a question, up to its comma, then the question proper.
const LEADING_COMPARISON = /^(?:compared (?:with|to)|in comparison (?:with|to)|as opposed to|as against|next to|set against) [^,;:]+[,;:]\s*(.+)$/i;
// Words weighing one thing against another.
const WEIGHING = /\b(?:more|less|fewer|than|bigger|smaller|larger|greater|higher|lower|stronger|weaker|worse|better|compare|compared|difference)\b/i;
const LEADING_VIEW = /^(?:as far as ([^,;:]+?) (?:is|are) concerned|in ([^,;:]+?)['\u2019]s? (?:view|opinion|eyes|account))[,;:]\s*(.+)$/i;
// "Names of the bases hit": the names of things of a kind (a plural noun), asked as "which bases".
const NAMES_OF_KIND = /^(?:the )?names of (?:the |all the )?([a-z]+s)\b/i;
const REQUEST_OPENERS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'do', 'does', 'any', 'i', "i'd", "i'm", 'tell', 'explain', 'please', 'describe', 'walk', 'fill', 'help', 'let', 'give', 'show', 'remind', 'clarify', 'summarise', 'summarize', 'outline']);
// (Only after a question that goes before it, ending the message.)
const CLOSING_REASON = /(\S)[,;]?\s+(?:because|since|'?cause) (?:i|i've|i'm|i'd|i've been|my|we|we've|we're|the news|the media|people|everyone|everybody|some people|others|there(?:'s| is| are| were| was)) [^?.!,;]*([?.!]?)\s*$/i;
// ("..., as far as this piece tells us": the article tells every answer.)
const CLOSING_HEDGE = /[,;]?\s*\bas far as (?:(?:anyone|anybody|we|i|you|one) (?:can tell|can see|knows?)|(?:the|this) (?:article|piece|story|report|text|explainer|writer|author) (?:tells us|tells me|says|goes|knows|is concerned|lets on|reveals|shows|explains|can tell))(?: so far| now| yet| for now)?\W*$/i;
/**
 * A question without what the reader rules out at its close ("Were the missiles launched from Iran itself,
 * not by proxies?"): that is not what it asks about, and its "not" denies nothing asked.
 * @internal
 */
export function withoutContrast(question: string): string {
  const lower = question.toLowerCase();
  return lower.includes(', not ') || lower.includes(' rather than ') || lower.includes(' instead of ') ? question.replace(CLOSING_CONTRAST, '$1') : question;
}
const CLOSING_CONTRAST = /\s*(?:,\s*(?:and |but )?not|,?\s+rather than|,?\s+instead of)\s+(?!(?:at all|yet|really|exactly|quite|even|ever|so|too|only|just|sure|true|so far|anymore|any more)\b)(?:by |from |with |through |via |in |at |on )?(?:(?![.!]\s)[^,;?])+(\?*)\s*$/i;
// (Or after a chat closing of a yes or no with no stop: "is iran done or nah whats the deal".)
const CLOSING_VAGUE = /(\S[?.!,;]+|\bor (?:nah|not|no))\s*(?:(?:so|and|like)\s+)?what(?:'s|\u2019s|s| is) (?:the )?(?:deal|story|score|situation|scoop|verdict|tea)(?: (?:here|there|now|then))?\W*$/i;
// ("How many missiles hit al-Asad, what's the number?": after a count asked, asking the figure asks nothing more.)
const CLOSING_FIGURE = /(\S[?.!,;]+)\s*(?:(?:so|and)\s+)?what(?:'s|\u2019s|s| is) (?:the )?(?:number|count|figure|tally|total)\W*$/i;
const CLOSING_OPINION = /[,;]\s*(?:(?:(?:do|did|would|d['\u2019]?)\s*)?(?:you|ya|u) (?:reckon|think|suppose|figure|guess|imagine|reckon so|think so)|(?:do|does|did) (?:they|it|anyone|we|the (?:article|piece|story|report)) (?:say|know|mention|tell|report))(\??)\s*$/i;
const CLOSING_REQUEST = /[,;]\s*(?:(?:so|and|but)\s+)?(?:can|could|would|will) you\b[^,;?]*\??\s*$/i;
// A request's opening ("please, could you", "can you please") and its verb of telling ("tell me", "explain",
// "walk me through", "fill me in on", "help me understand"): what follows is what it asks.
const REQUEST_ABOUT =
  /^(?:please[\s,]+)?(?:(?:can|could|would|will) you (?:please )?)?(?:(?:tell me|explain|fill me in) (?:about|on)|(?:give|get) me (?:a|an|the) (?:rundown|summary|overview|breakdown|recap|outline|explanation|lowdown|gist) (?:of|on|about))\b/i;
const REQUEST =
  /^(?:(?:please[\s,]+)?(?:(?:can|could|would|will) you (?:please )?)?(?:(?:tell|show|remind|give) me|explain(?: to me)?|describe(?: to me)?|clarify|outline|summari[sz]e|walk me through|fill me in(?: on)?|help me understand|let me know)|(?:do|does) (?:you|anyone|anybody) know|any idea|i(?: wonder(?:ed)?|(?:'m| am| was)? (?:curious|wondering)| (?:want|wanted|need|needed|would like|would love) to know|'d (?:like|love) to know))[\s,]+(?=(?:what|who|whom|whose|where|when|why|how|which|whether|if)\b)/i;
const CHAT_WORDS: Readonly<Record<string, string>> = {
  any1: 'anyone', ne1: 'anyone', some1: 'someone', sum1: 'someone', every1: 'everyone', no1: 'no one', b4: 'before',
  w: 'with', abt: 'about', ppl: 'people', rn: 'now', cuz: 'because', tho: 'though', thru: 'through',
  wud: 'would', cud: 'could', shud: 'should', wat: 'what', wut: 'what', coz: 'because', bc: 'because',
  // (Clipped nouns: "the launch vid", "any pics", "the govt".)
  vid: 'video', vids: 'videos', pic: 'picture', pics: 'pictures', govt: 'government', prez: 'president', convo: 'conversation', msg: 'message',
};
const DID_USE_TO = /\b(did\s+(?:[\w'\u2019-]+\s+){1,3}?)used? to\s+(?=[a-z])/gi;
const NO_CHOICE_BUT = /\b(?:no|little) (?:other )?(?:choice|option|alternative) (?:left )?but to\b/gi;
const CHAT_DIGITS = /\b(?:any1|ne1|some1|sum1|every1|no1|b4)\b/gi;
const CHAT_SHORTENINGS: ReadonlySet<string> = new Set(['w', 'abt', 'ppl', 'rn', 'cuz', 'tho', 'thru', 'wud', 'cud', 'shud', 'wat', 'wut', 'coz', 'bc', 'vid', 'vids', 'pic', 'pics', 'govt', 'prez', 'convo', 'msg']);
// ("W" only before a word, "w the democrats", "w iran": no letter of a list, "w, x and y", nor one of
// letters, "w x y".)
const CHAT_SHORT = /\bw\/(?=\s?\w)|\bw(?= (?:a|[a-z][a-z'-]+)\b)|\b(?:abt|ppl|rn|cuz|tho|thru|wud|cud|shud|wat|wut|coz|bc|vids?|pics?|govt|prez|convo|msg)\b/gi;
/** Words opening a reply before the question ("ok so", "quick q:"). @internal */
// ("So like did anyone get hurt?": chat's "like" before the question proper opens it.)
export const LEADING_FILLER = /^(?:(?:so|ok|okay|well|and|but|hey|um|uh|also|then|now|right|wait|yo|hi|hello|hmm|oh|ah|alright|btw|ngl|tbh|imo|imho|lol|lmao|idk|fwiw|bro|dude|(?:like|mate|man|guys|folks|fam|bruh|buddy|pal|sis)(?=[\s,]+(?:did|do|does|is|was|were|are|will|would|can|could|has|have|had|what|who|whose|why|how|when|where|which)\b)|real talk(?=\s*[,:-])|(?:a )?quick (?:q|qq|question|check)|(?:a )?quick one(?=\s*[,:-])|(?:one more |another )?(?:q|qq|question)(?=\s*[,:-])|(?:confirm|check|verify|query|clarify)(?=\s*:))\b[\s,:-]*)+/i;
// The words LEADING_FILLER can begin with (a test holds the two alike): a question opening with none of
// them, as most do, never runs it, which costs more to compile than any other pattern a question meets (a
// word boundary inside a repeat). (A literal, not built from the list: no pattern is built at start-up.)
/** The words LEADING_FILLER can begin with. @internal */
export const FILLER_OPENERS: ReadonlySet<string> = new Set(['so', 'ok', 'okay', 'well', 'and', 'but', 'hey', 'um', 'uh', 'also', 'then', 'now', 'right', 'wait', 'yo', 'hi', 'hello', 'hmm', 'oh', 'ah', 'alright', 'btw', 'ngl', 'tbh', 'imo', 'imho', 'lol', 'lmao', 'idk', 'fwiw', 'bro', 'dude', 'like', 'mate', 'man', 'guys', 'folks', 'fam', 'bruh', 'buddy', 'pal', 'sis', 'real', 'a', 'quick', 'one', 'another', 'q', 'qq', 'question', 'confirm', 'check', 'verify', 'query', 'clarify']);
// Chat's words inside a question: what each reads as (nothing: only how the reader talks).
const CHAT_INSIDE_READ: Readonly<Record<string, string>> = { tryna: 'trying to', ww3: 'a war', wwiii: 'a war', rn: 'now', chill: 'calm' };
const CHAT_INSIDE: ReadonlySet<string> = new Set(['lowkey', 'highkey', 'deadass', 'fr', 'frfr', 'ngl', 'tbh', 'smh', 'lol', 'lmao', 'tryna', 'ww3', 'wwiii', 'chill']);
// ("How chill was Trump", "was it chill": chat's "chill" is calm, not cold; "chill out" is read as an idiom.)
// A reader's opening of what they read ("I was reading about", "I've been following"), and of their
// wondering after it ("and wondered", "and I'm wondering whether").
const READER_READING = /^(?:i|we)(?:['\u2019]ve| have| had)?(?: (?:was|were|am|been|just|recently))*(?:['\u2019]m)? (?:reading|hearing|seeing|learning|following|looking)(?: up)?(?: (?:about|on|into|through|at))? /i;
const READER_WONDERING = /,?\s+and (?:i(?:['\u2019]m| am| was)? )?(?:now |just |still )?(?:wondered|wondering|wonder|curious)(?: about)?,?\s+(?=(?:how|what|who|whom|whose|where|when|why|which|whether|if|is|are|was|were|do|does|did|will|would|can|could|has|have|had)\b)/i;
const CHAT_KEY = /(?<!\b(?:a|an|the|very|quite|rather|more|most|so|fairly|pretty|relatively|too)\s)\b(?:low|high)-key\b(?=\s+[a-z])/gi;
const CHAT_INSIDE_WORD = /\b(?:lowkey|highkey|deadass|frfr|fr|ngl|tbh|smh|lol|lmao|tryna|ww3|wwiii|chill(?! out\b))\b/gi;
// A question asking who someone is, what they are called or do, or where something is.
const IDENTITY_OPENING = /^(?:(?:who|where)(?:'s|\u2019s|s| is| was| are| were)|what(?:'s|\u2019s|s| is| was) (?:the|his|her|their|its) (?:name|title|job|role|post|position)s?)\b(?!.*\b(?:whether|if|will|would)\b)/i;
// "Come out and", "go ahead and", "turn around and": a verb leading to the one after "and".
const LEADING_VERB_AND = /\b(?:come|comes|came|coming|go|goes|went|going|turn|turns|turned|turning) (?:out|ahead|around|on) and (?=[a-z])/gi;
// "Why on earth", "what the hell": how strongly the reader asks, not what.
const WH_INTENSIFIER = /^(what|why|how|who|where|when)\s+(?:on earth|in the world|the hell|the heck|in god['\u2019]?s name)\b\s*/i;
// A question without chat's words closing it ("lol", "lmao", "tbh"), found with no pattern.
const CLOSING_CHAT: ReadonlySet<string> = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'tbh', 'ngl', 'imo', 'imho', 'smh', 'fr', 'idk', 'xd']);
function withoutClosingChat(question: string): string {
  // ("is iran tryna start a war fr or nah": chat before a closing "or nah" goes too, the tag kept.)
  const tag = / or (?:nah|not|what|no|nope)\W*$/i.exec(question);
  if (tag && tag.index > 0) return `${withoutClosingChat(question.slice(0, tag.index))}${question.slice(tag.index)}`;
  let rest = question.trimEnd();
  for (;;) {
    let end = rest.length;
    while (end > 0 && '?.! '.includes(rest[end - 1]!)) end--;
    const at = rest.lastIndexOf(' ', end - 1);
    if (at < 0 || !CLOSING_CHAT.has(rest.slice(at + 1, end).toLowerCase())) return rest;
    let before = at;
    while (before > 0 && ', '.includes(rest[before - 1]!)) before--;
    rest = rest.slice(0, before) + rest.slice(end);
  }
}

// A question without the filler words opening it.
function withoutFiller(question: string): string {
  return FILLER_OPENERS.has(leadingWord(question)) ? question.replace(LEADING_FILLER, '') : question;
}

/** The ASCII letters a text opens with, in lower case: no pattern, for the checks that decide whether to run one. @internal */
export function leadingWord(text: string): string {
  let end = 0;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return text.slice(0, end).toLowerCase();
}

// An ASCII letter.
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
// "..., according to the piece?": the article is every answer's source, so naming it asks nothing.
// ("Per the analysis", "in the explainer": the article as it calls itself.)
const ARTICLE_WORDS: readonly string[] = ['article', 'piece', 'story', 'report', 'author', 'writer', 'text', 'journalist', 'analysis', 'explainer'];
// ("Does the article suggest ...", "what does the piece say Trump could do", "..., as the writer sees it",
// "in the writer's view": the article tells every answer.)
// ("Who is the supreme leader mentioned in the piece?", "the leader that the article names": where the
// article names someone is in it, and asks nothing more.)
const PER_THE_ARTICLE = new RegExp(
  `(?:,?\\s*\\bas )?\\s*\\b(?:(?:mentioned|named|cited|referenced|noted|referred to|discussed|talked about|featured|described|portrayed|depicted|presented|characteri[sz]ed|reported|explained|covered) (?:in|by) (?:the|this) (?:${ARTICLE_WORDS.join('|')})|(?:that|which|whom?) (?:the|this) (?:${ARTICLE_WORDS.join('|')}) (?:mentions|names|cites|refers to|discusses|talks about|features))\\b|,?\\s*(?:in|from|by) (?:the|this) (?:${ARTICLE_WORDS.join('|')})['\u2019]?s (?:(?:own )?(?:view|opinion|eyes|estimation|judge?ment|reading|telling|account|assessment|take|reckoning|point of view|perspective))\\b|,?\\s*(?:according to|in|per) (?:the|this) (?:${ARTICLE_WORDS.join('|')})\\b|,?\\s*as (?:the|this) (?:${ARTICLE_WORDS.join('|')}) (?:sees|puts|tells|describes|presents|frames|has) it\\b|\\b(?:(?:does|did|do) (?:the|this) (?:${ARTICLE_WORDS.join('|')}) (?:suggest|say|claim|report|imply|indicate|mention|think|argue)s?|(?:is|was) (?:the|this) (?:${ARTICLE_WORDS.join('|')}) (?:saying|suggesting|claiming|reporting|implying|indicating|arguing))(?: that)?\\b`,
  'gi',
);
// A question opening with the article's saying something: "does the piece suggest (that) ...".
// ("Is the article saying Iran was behind it?" too.)
const ARTICLE_SAYS_OPENING = new RegExp(`^(?:(?:does|did|do) (?:the|this) (?:${ARTICLE_WORDS.join('|')}) (?:suggest|say|claim|report|imply|indicate|mention|think|argue)s?|(?:is|was) (?:the|this) (?:${ARTICLE_WORDS.join('|')}) (?:saying|suggesting|claiming|reporting|implying|indicating|arguing))\\b`, 'i');
// "Is it true (that)", "is it correct that", "true or false:": whether what follows is so.
const TRUE_THAT_OPENING = /^(?:is it (?:true|correct|right|accurate|the case)(?: that)?|true or false[:,]?|am i right (?:that|in thinking(?: that)?)|did i hear (?:right|correctly)(?: that)?)\s+(?=\S)/i;
// What opens a question already: a question word or a verb asking.
const OPENS_AS_QUESTION = /^(?:what|who|whom|whose|where|when|why|how|which|whether|if|is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|shall|may|might|must)\b/i;
// "What's the deal with the video?", "what's up with Iran", "what is known so far about the dead", "what do we
// know about Zarif", "what's the latest on the embassy", "what have early reports said about the dead": what
// about (a report in general is no speaker: the article tells what the reports say).
const ABOUT_IDIOM = /^(?:what(?:'s|\u2019s|s| is) (?:the (?:big )?(?:deal|story)|up) with|what(?:'s|\u2019s|s| is) (?:(?:been )?(?:known|reported|said)|the latest)(?: so far| yet| now| at this point)? (?:about|on|of|regarding)|what do (?:we|you|they) (?:know|have)(?: so far| yet| now)? (?:about|on|of|regarding)|what (?:do|does|did|have|has) (?:the )?(?:(?:first|early|earliest|initial|latest|preliminary|news|media) )*(?:reports?|indications?|signs?|accounts?) (?:say|said|suggest|suggested|show|showed|shown|tell|told|indicate|indicated)(?: so far| yet| now)? (?:about|on|of|regarding))\b/i;
// "What's in it for Trump?": what he would gain.
const IN_IT_FOR = /^what(?:'s|\u2019s|s| is) in it for ([a-z-]+(?: [a-z-]+)?)(?=\s+(?:if|when|now|to|by)\b|\W*$)/i;
// "What became of Soleimani?": what happened to him.
const BECAME_OF = /^what (?:became|has become) of\b/i;
// "What's Khamenei's deal?", "whats iran's story": what about Khamenei.
const OWN_DEAL = /^what(?:'s|\u2019s|s| is) ([a-z-]+(?: [a-z-]+)?)['\u2019]s? (?:deal|story)\b/i;

// A guess of one to three words after a question and a comma, bare or after "was it": "how was Soleimani
// killed, was it a drone strike?", "what does the ayatollah want, just more missiles?".
const GUESS = /^(?:(?:was|is|were|are) (?:it|they|that|this) )?(?:just |only |maybe |perhaps |like )?((?:[a-z'-]+ ){0,2}[a-z'-]+)\s*\?*$/i;
/** A question word opening a question ("how", "what", ...; not "whose"). @internal */
export const WH_OPENING = /^(?:how|what|who|whom|which|where|when|why)\b/i;
// A head closing on an article and an adjective, its noun still to come.
const DESCRIBING_CLOSE = /\b(?:the|a|an)\s+([a-z]+)$/i;
const BLANKS: ReadonlySet<string> = new Set(['something', 'somethin', 'smth', 'whatever', 'etc', 'blank']);
const GUESS_NOT_OPENING: ReadonlySet<string> = new Set(['after', 'before', 'during', 'since', 'until', 'on', 'in', 'at', 'to', 'from', 'for', 'with', 'without', 'by', 'of', 'about', 'against', 'over', 'according', 'apart', 'besides', 'except', 'not', 'and', 'but', 'if', 'or', 'then', 'now', 'again', 'exactly', 'precisely', 'roughly', 'approximately']);

/**
 * A question without the guess a reader put after it ("how was Soleimani killed, was it a drone strike?" -
 * "how was Soleimani killed?"): right or wrong, the guess is not what is asked, and its words would find
 * facts of other things ("strike"). A choice ("calm or angry?") is kept, as is a phrase that says more
 * of the question ("..., after the strikes?"). @internal
 */
export function withoutGuess(question: string): string {
  const at = question.lastIndexOf(',');
  if (at < 0) return question;
  const head = question.slice(0, at).trim();
  const guess = GUESS.exec(question.slice(at + 1).trim());
  // (Nor a tail asking, offering or listing what is wanted: "'severe' what?", "calm or angry?", "dead and
  // wounded"; nor words the reader recalls of the answer, quoted or with a blank: "'severe' something?".)
  const tail = guess?.[1]!.toLowerCase().split(' ') ?? [];
  // (Nor the question after a time set by "when": "when the missiles hit, was anyone hurt?")
  if (!guess || !WH_OPENING.test(withoutOpening(head).trim()) || WHEN_SCENE.test(question.toLowerCase()) || GUESS_NOT_OPENING.has(tail[0]!) || tail.some((w) => w === 'and' || w === 'or' || w.includes("'") || BLANKS.has(w) || WH_OPENING.test(w))) return question;
  // (Nor the rest of a thing described twice: "how many struck the bigger, western base?")
  const described = DESCRIBING_CLOSE.exec(head)?.[1];
  if (described !== undefined && tail.length > 1 && isAdjective(described.toLowerCase()) && isAdjective(tail[0]!)) return question;
  return `${head}?`;
}

/**
 * A statement asked for evidence of, as the statement asked: "is there any sign Tehran wants this to spiral
 * further?" asks "Tehran wants this to spiral further?" (not "is there any sign of ...?"). @internal
 */
export function evidenceRead(question: string): string {
  const evidence = question.includes('there') ? EVIDENCE_ASKED.exec(question.trim()) : null;
  return evidence ? `${evidence[1]!.replace(/[?!.\s]+$/, '')}?` : question;
}

/**
 * The question a longer message asks, without what it says around it: "A buddy of mine was deployed out
 * there, and I keep seeing different numbers - how many missiles hit al-Asad?" asks "how many missiles hit
 * al-Asad?". The message is cut into sentences and clauses (at a sentence's end, a dash, a colon or a
 * semicolon, and at ", but", ", so" or ", anyway" before a question's opening word); the last that opens as a
 * question does (else the last ending with "?") is the question, when what goes before it is the reader
 * speaking of themselves and the question can be read alone: two content words or more, and none
 * pointing back ("I read it. Why?" and "I'm confused - how many were aimed there?" keep the whole). As
 * typed when nothing is cut.
 * @internal
 */
export function questionProper(typed: string, kindOf: (name: string) => 'person' | 'other' | undefined = () => undefined): string {
  // ("Donald Trump, he is the president?", "the attack on al-Asad, it used more missiles than ...?": a topic
  // set before the question and taken up again by a pronoun at once is the question's subject.)
  const dislocated = typed.includes(',') ? LEFT_DISLOCATED.exec(typed) : null;
  if (dislocated && topicAlone(dislocated[1]!)) return `${dislocated[1]!.trim()} ${typed.slice(dislocated[0].length)}`;
  // ("How was Soleimani killed - was it a drone strike?": a guess after a dash is one after a comma.)
  const dashed = typed.includes('-') || typed.includes('\u2013') || typed.includes('\u2014') ? DASHED_GUESS.exec(typed) : null;
  if (dashed && WH_OPENING.test(withoutOpening(dashed[1]!).trim())) {
    const unguessed = withoutGuess(`${dashed[1]}, ${dashed[2]}`);
    if (unguessed !== `${dashed[1]}, ${dashed[2]}`) return unguessed;
  }
  // ("I was reading about it and I'm wondering, like, did anyone die?": the reader's words about
  // themselves, then a comma and a question, are cut there as at a dash.)
  // (Not one opening with a condition: "if we hit back, I wonder, would Iran strike again?" asks under it.)
  const comma = typed.includes(',') ? ASKED_AFTER_COMMA.exec(typed) : null;
  // (Or a claim, then a comma and the figure asked again: "I heard Iran fired 50 missiles, what was the real
  // number?")
  const again = !comma && typed.includes(',') ? FIGURE_AGAIN_AFTER_COMMA.exec(typed) : null;
  const message = comma && !CONDITION_OPENING.test(comma[1]!) ? `${comma[1]} - ${comma[2]}` : again && REAL_FIGURE_ASKED.test(again[2]!) ? `${again[1]} - ${again[2]}` : typed;
  if (!PROPER_BREAK.test(message)) return typed;
  const parts: string[] = [];
  for (const piece of message.split(PROPER_SPLIT)) {
    const p = piece.trim();
    if (parts.length && NO_SENTENCE_END.test(parts.at(-1)!)) parts[parts.length - 1] += ` ${p}`;
    else if (p.length) parts.push(p);
  }
  if (parts.length < 2) return typed;
  // ("Someone told me the missiles were launched from inside Iraq. Does the article back that up?": the
  // claim before a check of it is what is asked, whoever made it.)
  if (CLAIM_CHECKED.test(parts.at(-1)!)) {
    const claim = parts.slice(0, -1).join(' ').replace(CLAIM_OPENING, '').replace(/[.!?]+$/, '');
    if (words(claim).filter((w) => !STOP_WORDS.has(w)).length >= 2 && !OPENS_AS_QUESTION.test(claim)) return `is it true that ${claim}?`;
  }
  // ("I heard Iran fired about 30 missiles - what's the real number?": the figure a reader was told, asked
  // again, is asked as "Iran fired how many missiles?"; the one they heard is no figure to find.)
  if (REAL_FIGURE_ASKED.test(parts.at(-1)!)) {
    const claim = parts.slice(0, -1).join(' ').replace(CLAIM_OPENING, '').replace(/[.!?]+$/, '');
    const figures = claim.split(/\s+/).filter((w) => isDigits(w.replace(/,/g, '')) || numberWord(w.toLowerCase()) !== undefined);
    if (figures.length === 1 && !OPENS_AS_QUESTION.test(claim)) return `${claim.replace(new RegExp(`(?:\\b(?:something like|somewhere around|about|around|roughly|some|like|nearly|almost|over|under|maybe|perhaps|approximately) )?${escapeRegExp(figures[0]!)}\\b`), 'how many')}?`;
  }
  // ("My students asked why Trump might not hit back. What reasons does the article give?": a question told
  // of, before one asking only what the article gives, is the question.)
  if (ARTICLE_GIVES_ASKED.test(parts.at(-1)!)) {
    const told = REPORTED_QUESTION.exec(parts.slice(0, -1).join(' '));
    if (told && words(told[2]!).some((w) => !STOP_WORDS.has(w))) return `${told[1]!.toLowerCase()} ${told[2]!.replace(/[.!]+$/, '')}?`;
  }
  // ("The piece says Iran will keep planning something against US interests. What?": a bare question word
  // after a statement asks for its "something".)
  const bare = /^(what|who|where|when)\W*$/i.exec(parts.at(-1)!);
  const statement = parts.slice(0, -1).join(' ').replace(/^(?:the|this) (?:article|piece|story|report|text|writer|author) (?:says|said|mentions|reports|claims|suggests|notes)(?: that)?\s+/i, '');
  if (bare && INDEFINITE.test(statement)) return `${statement.replace(/[.!]+$/, '').replace(INDEFINITE, bare[1]!.toLowerCase())}?`;
  const opened = parts.map((p) => p.replace(PROPER_FILLER, ''));
  // The last clause opening as a question does; else the last ending with "?" ("..., Iran's motive?").
  // (Not a choice after it: "where did Zarif say it - on twitter or in a speech?")
  let at = opened.findLastIndex((p) => {
    const first = words(p)[0];
    return first !== undefined && (WH_WORDS.has(first) || PROPER_AUXILIARIES.has(first));
  });
  if (at < 0) at = parts.findLastIndex((p) => p.endsWith('?'));
  // ("What is al-Asad? I keep hearing the name on the news.": the reader's words about themselves after the
  // question, asking nothing, are no part of it; it comes first, so it points back to nothing.)
  if (at === 0 && parts.slice(1).every((p) => !p.endsWith('?') && words(p).some((w) => FIRST_PERSON.has(w)))) {
    const alone = words(opened[0]!);
    return alone.some((w) => !STOP_WORDS.has(w)) && !alone.some((w) => POINTING_BACK.has(w)) ? opened[0]! : typed;
  }
  if (at <= 0) return typed;
  const part = opened[at]!;
  // (A name of its own, "... what had Trump threatened, and how many targets did he mention?", is what
  // its pronouns point to.)
  // (Not where its names are no one a "he" could be: "Who is Ali Khamenei? Which position he has in Iran?")
  const ownNames = [...part.matchAll(/(?<=\s)(?!I\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*/g)].map((m) => m[0]);
  const onePerson = words(part).some((w) => ONE_PERSON_BACK.has(w));
  const namesItsOwn = ownNames.length > 0 && !(onePerson && ownNames.every((n) => kindOf(n) === 'other'));
  // What goes must be the reader speaking of themselves ("I keep seeing different numbers"), not the
  // topic ("Regarding the Irbil base: how many missiles were fired?"), unless the question names what it
  // is about itself ("Sure, Iran 'doesn't want war'. So what did Zarif say they'd do?": the aside is the
  // reader's, and the question needs none of it).
  const said = words(part.replace(PER_THE_ARTICLE, ''));
  const before = parts.slice(0, at).join(' ');
  // ("Trump threatened 52 targets; did Iran fire more or fewer missiles than that?": what "that" is weighed
  // against is the figure said before, the one figure there.)
  const than = /\bthan (?:that|this|it)\b/i.exec(part);
  const figures = than ? [...before.matchAll(/\b(\d[\d,]*) ([a-z]+s)\b/gi)] : [];
  if (than && figures.length === 1) return part.replace(than[0], `than the ${figures[0]![1]} ${figures[0]![2]}`);
  if (!namesItsOwn && !words(before).some((w) => FIRST_PERSON.has(w))) {
    // ("Totally calm Trump, said nobody ever. Was his first reaction chill?": a pronoun pointing back to the
    // one name the aside gives, inside it, is that name; the aside's other words are no part of the question.)
    // (Not a supposition: "Suppose Trump backs down - what could he brag about?" asks under it.)
    if (CONDITION_OPENING.test(before)) return typed;
    // (A name opening a sentence counts where the data knows it: "Zarif claims ... What were his words?")
    const opening = parts.slice(0, at).flatMap((p) => /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/.exec(p)?.[0] ?? []).filter((n) => kindOf(n) !== undefined);
    // (A plural is not one person: "Trump's threat vs. his reaction: how do they differ?" weighs two things.)
    const back = said.filter((w) => PERSONAL_BACK.has(w) && !(PLURAL_BACK.has(w) && WEIGHED_THEM.test(part)));
    // (A "he" or "his" points to a person, not to the country named beside him.)
    const named = [...new Set([...before.matchAll(/(?<=[a-z,]\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g)].map((m) => m[0]).concat(opening))].filter((n) => !onePerson || back.some((w) => !ONE_PERSON_BACK.has(w)) || kindOf(n) !== 'other');
    return named.length === 1 && back.length > 0 && said.filter((w) => !STOP_WORDS.has(w)).length >= 2 ? part.replace(new RegExp(`\\b(?:${back.join('|')})\\b`, 'i'), (w) => (/^(?:his|her|its|their)$/i.test(w) ? `${named[0]!}'s` : named[0]!)) : typed;
  }
  // ("Erbil - how many rockets were aimed there?": a word pointing back needs what came before; "this
  // piece" is the article.)
  // (Not "these" or "that" before a thing the reader's aside does not name: "my son's posted out in iraq, did
  // anyone get hurt in these rocket attacks?" points to the story's attacks.)
  const asideNamesNone = !/(?<=\s)[A-Z]/.test(before) && !/\d/.test(before);
  const aside = new Set(words(before));
  const pointsBack = (w: string, i: number): boolean => POINTING_BACK.has(w) && !(asideNamesNone && DEMONSTRATIVES.has(w) && said[i + 1] !== undefined && !STOP_WORDS.has(said[i + 1]!) && !aside.has(said[i + 1]!));
  if (!namesItsOwn && said.some(pointsBack)) return typed;
  // (Nor, naming its own, a choice among those named before: "Zarif and Khamenei both spoke - which of them
  // said Iran was done?" chooses between the two.)
  if (OF_THEM.test(part) && /(?<=^|\s)[A-Z]/.test(before)) return typed;
  // (Nor "the other one" of a thing named before: "17 hit al-Asad - how many hit the other base?")
  if (/\bthe other\b/i.test(part) && /(?<=^|\s)[A-Z]|\d/.test(before)) return typed;
  // (Nor, naming its own, a subject pointing back: "Trump threatened 52 targets - is that more than the
  // missiles Iran fired?" weighs the 52.)
  if (PROPER_AUXILIARIES.has(said[0] ?? '') && SUBJECT_BACK.has(said[1] ?? '') && (namesItsOwn || pointsBack(said[1]!, 1))) return typed;
  // (Someone asked of is a word of it: "... - did anybody die?")
  return said.filter((w) => !STOP_WORDS.has(w) || INDEFINITE_PEOPLE.has(w)).length >= 2 ? part : typed;
}

// Evidence asked of a statement: "is there any sign (that) Tehran wants ...", "any indication Iran will ...".
const EVIDENCE_ASKED = /^(?:(?:so|and|but|ok|okay)\W+)?(?:is|was|are|were) there (?:(?:any|a|some|much|real|clear) )?(?:sign|signs|indication|indications|evidence|hint|hints|suggestion|suggestions|proof)(?: at all)?,? (?:that )?((?!(?:of|for|from|about|in|on|to|yet)\b)(?:[a-z'\u2019-]+ ){1,4}(?:is|are|was|were|has|have|had|will|would|could|might|may|can|[a-z]+s|[a-z]+ed)\b.*)$/i;
// A question, a dash, and a guess at its answer ("was it a drone strike?").
const DASHED_GUESS = /^(.*\S)\s+[-\u2013\u2014]+\s+((?:was|is|were|are) (?:it|they|that|this) [^-\u2013\u2014]*)$/i;
// A topic, a comma, and the pronoun taking it up: "Donald Trump, he ...", "the base, it ...".
const LEFT_DISLOCATED = /^([^,?!.;:]{3,60}),\s*(?:he|she|it|they)\s+(?=[a-z])/i;
// Words that are no topic of their own: a reader's fillers and interjections.
const NO_TOPIC: ReadonlySet<string> = new Set(['ok', 'okay', 'so', 'well', 'yeah', 'yes', 'no', 'lol', 'hey', 'um', 'uh', 'like', 'right', 'sure', 'look', 'listen', 'wait', 'real', 'talk', 'thanks', 'please', 'hi', 'hello', 'btw', 'also', 'and', 'but', 'now', 'then']);

// Whether words before a question are a topic alone: a few words naming a thing, with no verb of their own
// (no auxiliary, no past form), no reader speaking of themselves, and more than fillers.
function topicAlone(text: string): boolean {
  const list = words(text);
  if (!list.length || list.length > 6 || /[.!?]\s*$/.test(text.trim())) return false;
  if (list.some((w) => FIRST_PERSON.has(w) || PROPER_AUXILIARIES.has(w) || MODAL_VERBS.has(w) || WH_WORDS.has(w) || /^(?:has|have|had|been|being|be|says|said|think|thinks)$/.test(w))) return false;
  // (A past form is a verb: "Trump threatened 52 targets - is that more ...?" is a sentence.)
  if (list.some((w) => /[^e]ed$/.test(w) && baseForms(w).some((b) => b !== w))) return false;
  return list.some((w) => !STOP_WORDS.has(w) && !NO_TOPIC.has(w) && !isAdverb(w) && w.length > 2);
}

// Asking only what the article gives: "what reasons does the article give?", "what does the piece say?".
const ARTICLE_GIVES_ASKED = /^(?:(?:so|and|but|ok|okay)\W+)?(?:what|which) (?:(?:reasons?|answers?|explanations?|grounds|causes?) )?(?:does|did|do|can|could|would) (?:the |this )?(?:article|piece|story|report|text|writer|author|it) (?:give|gives|offer|say|suggest|provide|mention|list)(?: (?:about|for|to) (?:that|this|it))?\W*$/i;
// A question told of, with its question word and the rest: "(my students) asked why Trump might ...", "I
// wonder how ...", "(they) want to know what ...".
const REPORTED_QUESTION = /\b(?:asked|asks|asking|wondered|wonders|wondering|wonder|want to know|wants to know|wanted to know|would like to know)(?: (?:me|us|him|her|them))? (why|how|what|who|where|when) (.+)$/i;
// Asking again for a figure said before it: "what's the real number?", "how many really?".
const REAL_FIGURE_ASKED = /^(?:(?:so|but|and|ok|okay)\W+)?(?:(?:what(?:'s|\u2019s| is| was| were| are)|whats) (?:the |it )?(?:real|actual|correct|true|right|exact|accurate|proper|official) (?:number|figure|count|total|tally|one)|how many (?:was it |were there |were they )?(?:really|actually|in fact))\W*$/i;
// A claim, a comma and a clause asking a figure again: "I heard it was 50, what's the real number?".
const FIGURE_AGAIN_AFTER_COMMA = /^(.*),\s*((?:(?:so|but|and|ok|okay)\W+)?(?:what|whats|how many)\b[^,]*)$/i;
// A check of what was said before it: "does the article back that up?", "is that true?", "true?".
const CLAIM_CHECKED = /^(?:(?:does|did|do|can|will) (?:the |this )?(?:article|piece|story|report|text|writer|author|it) (?:back|bear|support|confirm|say|agree with|match) (?:that|this|it)(?: up| out)?|(?:is|was) (?:that|this|it) (?:really )?(?:true|right|correct|accurate|so|the case)|(?:true|right|correct)(?: or (?:not|false))?)\W*$/i;
// Who made a claim, before it: "someone told me (that)", "I heard", "I thought I heard", "my uncle says", "a
// colleague's copy says" (someone or something unnamed, up to three words with a determiner before them).
const CLAIM_OPENING = /^(?:(?:so|ok|okay|well|hey)\W+)?(?:i (?:thought|think|could have sworn|swear|was sure) )?(?:someone|somebody|people|they|i|we|(?:a|an|my|our|one|some|this|that|the|his|her|their) (?:[a-z-]+(?:'s|\u2019s)? ){0,2}[a-z-]+)(?: [a-z]+)? (?:told me|tells me|said|says|claims?|claimed|heard|read|saw|keeps? saying|reckons?|reports?|reported|states?|stated)(?: that)?\s+/i;
// Words opening a supposition, under which what follows is asked.
const CONDITION_OPENING = /^(?:suppose|supposing|if|imagine|say|assuming|assume|when|once|let's say|what if|in case)\b/i;
// A clause of the reader's own that ends in their wondering (a word of the first person in it: "I'm
// wondering", "I'd like to know", "my question is"), or a few words of what they do ("I trade oil"), a comma,
// a filler or two, and a clause opening as a question does, to the end with no comma in it. (Or of someone of
// theirs out there: "my son's posted out in Iraq, ...", "my son is deployed in Iraq right now, ...".)
const ASKED_AFTER_COMMA =
  /^(i (?:[a-z'\u2019-]+ ){0,4}[a-z'\u2019-]+|.*\b(?:i|im|i'm|i\u2019m|ive|i've|id|i'd|me|my|we)\b.*?\b(?:wonder|wondering|wondered|curious|ask|asking|know|question|is|unsure|confused)|(?:my|our) [a-z]+(?:'s|\u2019s| is| are)? (?:[a-z'-]+ ){0,5}?(?:stationed|deployed|posted|based|serving|living|there)(?: (?:out|over|away|abroad|overseas))?(?: (?:in|at|on|near) [a-z'-]+(?: [a-z'-]+)?)?(?: (?:right now|now|at the moment|currently|atm))?),\s*(?:(?:like|so|well|ok|okay|um|uh|basically|honestly|seriously)\s*,?\s*)*((?:what|who|whom|whose|where|when|why|how|which|is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b[^,]*)$/i;
// Where a message may hold more than one clause worth cutting at (a cheap test before the split).
const INDEFINITE = /\b(?:something|someone|somebody|somewhere|sometime)\b/i;
const PROPER_BREAK = /[.!?;:]\s|\s[-\u2013\u2014]+\s|,\s*(?:but|so|anyway|anyways)\b/i;
// Cuts: a sentence's end, a dash between spaces, a colon or semicolon, and ", but", ", so" or ", anyway"
// before a question's opening word.
const PROPER_SPLIT =
  /(?<=[.!?])\s+|\s+[-\u2013\u2014]+\s+|[;:]\s+|,\s*(?:but|so|anyway|anyways)\s*,?\s+(?=(?:what|who|whom|whose|where|when|why|how|which|is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)\b)/i;
// A period that ends no sentence: after an initial ("U.S.") or a title ("Mr.").
const NO_SENTENCE_END = /(?:^|[\s.])[a-z]\.$|\b(?:mr|mrs|ms|dr|st|gen|col|sen|rep|vs)\.$/i;
// Words opening a clause that are not what it asks ("anyway, what do Americans want?").
const PROPER_FILLER = /^(?:(?:anyway|anyways|so|ok|okay|well|and|but|also|then|now|still)\b[\s,]*)+/i;
/** Modal verbs: in news text "can" and "will" are these, never the tin or the testament. @internal */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'will', 'would', 'shall', 'should']);
// Auxiliaries a yes-or-no question opens with.
const PROPER_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'may', 'might', 'must', 'isnt', 'wasnt', 'didnt', 'doesnt', 'wont',
]);
// Words of a reader speaking of themselves.
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'myself', 'we', 'our', 'ours']);
// Pronouns pointing back to a person or a party named before the question.
// Of them, those pointing back to one person.
const ONE_PERSON_BACK: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);
const PERSONAL_BACK: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'them', 'their']);
// Of them, the plural ones.
const PLURAL_BACK: ReadonlySet<string> = new Set(['they', 'them', 'their']);
// A choice among things named before: "which of them", "who of the two", "which one of those".
const OF_THEM = /\b(?:which|who|whom|whose)(?: one)? of (?:them|the two|these|those|these two|those two|the pair)\b/i;
// Two things named before, then weighed: "how do they compare?", "how do they differ in tone?".
const WEIGHED_THEM = /\b(?:they|them|their)\b.*\b(?:compare|compared|differ|differs|contrast|stack up|measure up|match up|difference|differences)\b|\b(?:compare|contrast) (?:them|the two)\b/i;
// A subject pointing back, right after a yes-or-no question's opening verb ("is that ...").
const SUBJECT_BACK: ReadonlySet<string> = new Set(['that', 'this', 'it', 'these', 'those']);
// Someone asked of without a name ("did anybody die?").
const INDEFINITE_PEOPLE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody']);
// Words pointing back to what a message said before its question ("there", "that attack", "he").
const POINTING_BACK: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'them', 'him', 'her', 'his', 'its', 'their', 'this', 'that', 'these', 'those', 'there', 'such']);
// Of them, those pointing with a noun after them ("these attacks").
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such']);

/** Whether a short word is one slip from a question word ("wat", "hw"). @internal */
export function nearQuestionWord(word: string): boolean {
  if (word.length > 5) return false;
  return QUESTION_WORDS.some((w) => editDistance(w, word, 1) <= 1);
}

/**
 * What a question needs of another to restate it: the stem of its leading question word ('' for none)
 * first, then its distinct words' stems.
 * @internal
 */
export function restatementKey(question: string): string[] {
  const wh = LEAD_WH.exec(normalise(question));
  return [wh ? stem(wh[0]) : '', ...new Set(words(question).map(stem))];
}

/** A query with journalists' names for an office read as the office ("Iran's top diplomat": Iran's foreign minister); see EPITHETS. @internal */
export function epithetsRead(query: string): string {
  if (!EPITHET_WORDS.test(query)) return query;
  let out = query;
  for (const [pattern, office] of EPITHETS) out = out.replace(pattern, office);
  // ("The Iranian diplomat", "America's diplomat": the one diplomat a country's story names is its foreign
  // minister.)
  return out.replace(COUNTRY_DIPLOMAT, (all, country: string) => (countryOfWord(country.toLowerCase().replace(/['\u2019]s$/, '')).length ? `${country} foreign minister` : all));
}
const COUNTRY_DIPLOMAT = /\b([A-Za-z]+(?:['\u2019]s)?) diplomat\b/g;
// (The patterns, a compile each in every run that tries them, only where one of their words is.) @internal
export const EPITHET_WORDS = /diplomat|cleric|clergyman|religious|commander|occupant|incumbent|resident|oval office|white house chief|in the white house|of the white house|running|ruling|leading|governing|in charge|at the helm|who (?:run|rule|lead|govern)/i;

