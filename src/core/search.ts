// Search: from a reader's query to the best facts. The analyzer turns the query into stems, the index
// ranks the facts holding them, filters narrow the result.
import type { Corpus } from './corpus.js';
import type { Hit } from './index/search-index.js';
import type { FactFilter } from './query.js';
import type { ExpandedTerm } from './index/search-index.js';
import { ENTITY_PREFIX, entityTerm } from './index/build.js';
import { NAMING_QUALITY, mentioned } from './index/vocabulary.js';
import { CHIEF_OFFICER, POST_NOUNS, RANKS, STOP_WORDS, baseForms, capitalsOf, epithetsRead, isStopStem, countryOfCapital, countryOfWord, editDistance, englishSpellings, functionWordFor, generalWords, headOf, isAdverb, isCompound, isCompoundOf, isDigits, isEnglishWord, isKnownWord, isName, kindWords, nearQuestionWord, nearWords, queryWords, relatedWords, soundKey, stem, words } from './text/index.js';
import type { QueryTerm } from './text/index.js';
import { DEATH_WORD, INJURY_WORD } from './text/cues.js';

/** Results a search returns unless told otherwise. */
export const DEFAULT_LIMIT = 10;
/** Words of a query that count; the rest are ignored (each costs a pass over its postings). */
export const MAX_TERMS = 32;

/**
 * The query's words worth matching in this corpus. A word the data lacks that is one slip from a question
 * word ("wat", "hw") is dropped like that question word.
 */
export function termsOf(corpus: Corpus, typed: string, opts: { contentOnly?: boolean; pastForms?: boolean } = {}): QueryTerm[] {
  const query = nameSlipsRead(corpus, namesRunTogether(corpus, numbersRunTogether(corpus, typed)));
  return termsIn(corpus, query, entityPhrasesIn(corpus, query), opts);
}

// "22missiles", "5km": a figure typed against the word after it is the two, where the data has no such
// word and the letters are one it has or English does. (Not an ordinal, "22nd", nor a decade, "1990s".)
function numbersRunTogether(corpus: Corpus, query: string): string {
  if (!/\d[a-z]/i.test(query)) return query;
  const vocabulary = corpus.index.vocabulary;
  return query.replace(/\b(\d+)([A-Za-z]{2,})\b/g, (typed, figure: string, letters: string) => {
    const w = letters.toLowerCase();
    if (vocabulary.has(stem(typed.toLowerCase())) || /^(?:st|nd|rd|th|s)$/.test(w)) return typed;
    return vocabulary.has(stem(w)) || isEnglishWord(w) ? `${figure} ${letters}` : typed;
  });
}

// "alasad", "alasad airbase": a name of two words typed as one ("al-Asad") is that name, where the word is
// neither in the data nor English. Tried at each point a space could go; names of one word are untouched.
function namesRunTogether(corpus: Corpus, query: string): string {
  if (!/[a-z]{5,}/i.test(query)) return query;
  const vocabulary = corpus.index.vocabulary;
  return query.replace(/\b[A-Za-z]{5,}\b/g, (typed) => {
    const w = typed.toLowerCase();
    if (vocabulary.has(stem(w)) || corpus.entityNamed(w) !== undefined) return typed;
    // (The dictionary last: asking it reads a file.)
    for (let at = 2; at <= w.length - 2; at++) {
      const split = `${w.slice(0, at)} ${w.slice(at)}`;
      if (corpus.entityNamed(split) !== undefined) return isEnglishWord(w) ? typed : split;
    }
    return typed;
  });
}

// "trumph", "zariff": a word neither in the data nor English, one slip from exactly one word of the data's
// names, is that word, whatever English word it is also a slip of ("triumph"): a question about the
// article names its people more often than it misspells a rarer word.
// (Of four letters only typed as a name is, "Iarn": read as a name the article never mentions otherwise.)
function nameSlipsRead(corpus: Corpus, query: string): string {
  if (!/[a-z]{5,}|[A-Z][a-z]{3}\b/i.test(query)) return query;
  const vocabulary = corpus.index.vocabulary;
  return query.replace(/\b[A-Za-z]{5,}\b|\b[A-Z][a-z]{3}\b/g, (typed) => {
    const w = typed.toLowerCase();
    if (vocabulary.has(stem(w)) || corpus.entityNamed(w) !== undefined || STOP_WORDS.has(w) || isEnglishWord(w)) return typed;
    return nameWordSlip(corpus, w) ?? typed;
  });
}

// termsOf, given the query's entity phrases and the words left.
function termsIn(corpus: Corpus, query: string, { entities, rest }: { entities: QueryTerm[]; rest: string }, opts: { contentOnly?: boolean; pastForms?: boolean }): QueryTerm[] {
  const vocabulary = corpus.index.vocabulary;
  // Words typed with two capitals or more ("FM", "MoD") are acronyms even when English has the word.
  const capitals = new Set((query.match(/\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b/g) ?? []).map((w) => w.toLowerCase()));
  // Words typed with a capital, but for the first of a sentence: names, when the data lacks them.
  const typed = query.trim().split(/\s+/);
  // (And words typed all in capitals, "IRGC", "JCPOA": an acronym is a name wherever it stands.)
  const names = new Set(typed.filter((w, i) => (/^[A-Z][a-z]/.test(w) && (i > 0 || typed.length === 1)) || /^[A-Z]{3,6}s?[,.?!]*$/.test(w)).flatMap((w) => words(w)));
  // A slip of a question word ("wat", "hw") is no word to find; a common English word one slip from one
  // ("die", "aid", "whole") is, but where a question word would open the query ("wen is trump speaking").
  const all = words(query);
  const opening = all.length > 1 ? all[0] : undefined;
  // ("Gen. Soleimani", "Mr. Trump": a title's abbreviation before a name says no more than the name.)
  const named = (w: string): boolean => names.has(w) || corpus.entityNamed(w) !== undefined;
  // (And a post's initials typed before its holder's name, "FM Zarif": "foreign minister" is one of his names.)
  const postOf = (w: string, next: string): boolean => capitals.has(w) && initialsOf(corpus, corpus.entityNamed(next)).has(w);
  // (And an English word in capitals the data lacks, before a name it knows, an honorific of it: "Grand
  // Ayatollah" is the ayatollah the data names, no "Grand" it never mentions.)
  const capitalised = new Set(typed.filter((w) => /^[A-Z][a-z]/.test(w)).flatMap((w) => words(w)));
  const honorific = (w: string, next: string): boolean => capitalised.has(w) && capitalised.has(next) && !vocabulary.has(stem(w)) && isEnglishWord(w) && !isName(w) && corpus.entityNamed(next) !== undefined;
  const titled = new Set(all.filter((w, i) => i + 1 < all.length && (TITLE_ABBREVIATIONS.has(w) ? named(all[i + 1]!) : postOf(w, all[i + 1]!) || honorific(w, all[i + 1]!))));
  const plain = joinedCompounds(corpus, rest, queryWords(rest, opts))
    .filter((t) => !titled.has(t.word) || vocabulary.has(t.stem))
    // (A slip of a function word, "abut" for "about", is no word to find; nor is one whose stem is a stop
    // word's, though the index holds that stem: "wer", stemmed as "were" is.)
    .filter((t) => (vocabulary.has(t.stem) && !isStopStem(t.stem)) || functionWordFor(t.word) === undefined)
    .filter((t) => vocabulary.has(t.stem) || !nearQuestionWord(t.stem) || (t.word !== opening && nearWords(t.word).direct.length > 0))
    .map((t) => acronymTerm(corpus, t, capitals) ?? countryTerm(corpus, t, names) ?? (names.has(t.word) && !vocabulary.has(t.stem) ? { ...t, name: true } : t));
  return [...entities, ...plain].slice(0, MAX_TERMS);
}

// Two words typed apart that the data writes as one ("air base" for its "airbase") are that one word.
function joinedCompounds(corpus: Corpus, text: string, terms: QueryTerm[]): QueryTerm[] {
  if (terms.length < 2) return terms;
  const typed = ` ${words(text).join(' ')} `;
  const out: QueryTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const [a, b] = [terms[i]!, terms[i + 1]];
    const joined = b && /^[a-z]+$/.test(a.word) && /^[a-z]+$/.test(b.word) ? a.word + b.word : undefined;
    if (joined !== undefined && corpus.index.vocabulary.has(stem(joined)) && typed.includes(` ${a.word} ${b!.word} `)) {
      out.push({ word: joined, stem: stem(joined) });
      i++;
    } else out.push(a);
  }
  return out;
}

// The initials of an entity's names of two words or more ("fm" of Javad Zarif's "foreign minister").
function initialsOf(corpus: Corpus, entity: string | undefined): ReadonlySet<string> {
  const e = entity === undefined ? undefined : corpus.entity(entity);
  if (!e) return new Set();
  return new Set(
    [e.name, ...e.aliases]
      .map((n) => words(n))
      .filter((list) => list.length >= 2)
      .map((list) => list.map((w) => w[0]).join('')),
  );
}

// Abbreviations of titles written before a name.
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['gen', 'mr', 'mrs', 'ms', 'dr', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov', 'pres', 'prof']);

// A word the data lacks, and no English word, that is the initials of a phrase of the data ("potus",
// "fm") stands for it: the entity the phrase names, else the phrase's head word ("president" of
// "president of the united states"; "minister" of "foreign minister"), its other words ranking.
function acronymTerm(corpus: Corpus, t: QueryTerm, capitals: ReadonlySet<string>): QueryTerm | undefined {
  if (t.word.length < 2 || t.word.length > 6 || isDigits(t.word) || corpus.index.vocabulary.has(t.stem)) return undefined;
  // (A chief's post is shortened so in lower case too: "who is the ceo?".)
  if (!capitals.has(t.word) && isEnglishWord(t.word) && !CHIEF_OFFICER.test(t.word)) return undefined;
  const found = corpus.acronym(t.word);
  if (!found) return undefined;
  // A phrase's initials in lower case may be a slip of a word the data has ("trmp"): that reading wins.
  if (found.entity === undefined && !capitals.has(t.word) && mentioned(corpus.index.vocabulary.expand(t)).length) return undefined;
  const entity = found.entity ?? postHolder(corpus, found.phrase);
  if (entity !== undefined) return { word: t.word, stem: entityTerm(entity), words: queryWords(found.phrase.join(' '), { contentOnly: true }) };
  const phrase = headOf(found.phrase);
  return phrase && { word: t.word, stem: phrase.head.stem, words: phrase.others };
}

// A name of a country, or a word for its people, that the data never uses ("Britons", "Persians") stands
// for the country entity the data names by another of them. Only a name: typed with a capital, or one in
// the dictionary ("poles" is no word for Poland's people unless typed "Poles").
function countryTerm(corpus: Corpus, t: QueryTerm, typed: ReadonlySet<string>): QueryTerm | undefined {
  if (t.word.length < 3 || !/^[a-z]+$/.test(t.word) || corpus.index.vocabulary.has(t.stem) || corpus.entityNamed(t.word) !== undefined) return undefined;
  if (!typed.has(t.word) && !isName(t.word) && !(t.word.endsWith('s') && isName(t.word.slice(0, -1)))) return undefined;
  // (Or a kind of a country's people, in the dictionary: "Yanks" are Americans, "Brits" British.)
  const named = countryOfWord(t.word).length ? countryOfWord(t.word) : [t.word, ...baseForms(t.word)].flatMap((w) => kindWords(w)).flatMap((k) => countryOfWord(k));
  const countries = new Set(named.flatMap((n) => corpus.entityNamed(n) ?? []).filter((e) => corpus.entityKind(e) === 'country'));
  const [country] = countries;
  return countries.size === 1 && country !== undefined ? { word: t.word, stem: entityTerm(country) } : undefined;
}

/** The entity a word typed as initials of the data stands for ("POTUS": Donald Trump; "MoD"), if one. */
export function entityByAcronym(corpus: Corpus, word: string): string | undefined {
  const typed = words(word);
  const found = typed.length === 1 ? corpus.acronym(typed[0]!) : undefined;
  return found ? (found.entity ?? postHolder(corpus, found.phrase)) : undefined;
}

// The one entity holding a post of an owner the data names ("president of the united states": the one
// going by "US president"), by any of the owner's names.
function postHolder(corpus: Corpus, phrase: readonly string[]): string | undefined {
  const of = phrase.indexOf('of');
  if (of < 1) return undefined;
  const owner = corpus.entity(corpus.entityNamed(phrase.slice(phrase[of + 1] === 'the' ? of + 2 : of + 1).join(' ')) ?? '');
  if (!owner) return undefined;
  const post = phrase.slice(0, of).join(' ');
  const holders = new Set([owner.name, ...owner.aliases].flatMap((n) => corpus.entityNamed(`${words(n).join(' ')} ${post}`) ?? []));
  return holders.size === 1 ? [...holders][0] : undefined;
}

// Entity names and aliases of two words or more, matched as wholes and longest first: "state TV" is
// Iranian state television, not any fact with "state" in it. The words left are matched one by one.
function entityPhrasesIn(corpus: Corpus, query: string): { entities: QueryTerm[]; rest: string } {
  const { byWords, longest } = corpus.entityPhrases();
  const all = words(query);
  if (!longest || all.length < 2) return { entities: [], rest: query };
  const entities: QueryTerm[] = [];
  const rest: string[] = [];
  // A slip of an English word in a name is read as that word ("iranain tv" is "iranian tv"); so is a rare
  // English word one slip from a word of the names, where read so it completes one ("foreign minster" is
  // "foreign minister": "minster" is a word, but no common one).
  // (And a slip that keeps a word's stem, "suprem leader", is read as the word of the names with that stem.)
  // (A word of three letters only as a slip of a name's word, no English one: "ayn al-asad" is "ain al-asad".)
  // (The dictionary asked only of a slip found: a look-up may read a file.)
  const shortSlip = (w: string): string => {
    const slip = STOP_WORDS.has(w) || corpus.index.vocabulary.has(stem(w)) ? undefined : nameWordSlip(corpus, w);
    return slip !== undefined && !isEnglishWord(w) ? slip : w;
  };
  const read = all.map((w) =>
    w.length === 3
      ? shortSlip(w)
      : w.length < 4 || STOP_WORDS.has(w)
      ? w
      : corpus.index.vocabulary.has(stem(w))
        ? // (A slip that keeps a stem is its own stem, "suprem"; a known word is none.)
          isKnownWord(w) || stem(w) !== w
          ? w
          : (nameWordOfStem(corpus, w) ?? w)
        : isEnglishWord(w)
        ? (nearWords(w).direct.length ? w : (nameWordSlip(corpus, w) ?? w))
        : (englishSpellings(w).find((r) => r.alike)?.word ?? (w.length >= LONG_SLIP ? nameWordSlip(corpus, w, 2) : undefined) ?? w),
  );
  for (let i = 0; i < all.length; ) {
    let taken = 0;
    for (let n = Math.min(longest, all.length - i); n >= 2 && !taken; n--) {
      const phrase = all.slice(i, i + n).join(' ');
      // (A compound written as two words, "al-Asad air base", names what "al-Asad airbase" does.)
      // (And so with a slip in the word they make: "al asad air bace".)
      const joined = n >= 3 ? `${all.slice(i, i + n - 2).join(' ')} ${all[i + n - 2]}${all[i + n - 1]}` : undefined;
      const slip = (): string | undefined => {
        const word = `${all[i + n - 2]}${all[i + n - 1]}`;
        // (Only a word of letters the data does not have: the look-up reads every word of the names.)
        const meant = word.length >= 6 && /^[a-z]+$/.test(word) && !corpus.index.vocabulary.has(stem(word)) ? nameWordSlip(corpus, word) : undefined;
        return meant === undefined ? undefined : byWords.get(`${all.slice(i, i + n - 2).join(' ')} ${meant}`);
      };
      // (A possessive typed without its apostrophe, "karen whitlows job", is the name's.)
      const owned = (): string | undefined => (/[a-z]{3}s$/.test(phrase) ? byWords.get(phrase.slice(0, -1)) : undefined);
      const name = byWords.get(phrase) ?? byWords.get(read.slice(i, i + n).join(' ')) ?? (joined === undefined ? undefined : (byWords.get(joined) ?? slip())) ?? owned();
      if (name !== undefined) {
        // A first name the data leaves out, right before a person's whole name ("Mohammad Javad Zarif"), is
        // part of that name, not a name the article never mentions.
        const given = i > 0 && rest.at(-1) === all[i - 1] && corpus.entityKind(name) === 'person' ? all[i - 1]! : undefined;
        const more = given !== undefined && !STOP_WORDS.has(given) && !corpus.index.vocabulary.has(stem(given)) && (isName(given) || !isEnglishWord(given));
        if (more) rest.pop();
        const said = more ? `${given} ${phrase}` : phrase;
        if (!entities.some((t) => t.stem === entityTerm(name))) entities.push({ word: said, stem: entityTerm(name), words: queryWords(phrase, { contentOnly: true }) });
        taken = n;
      }
    }
    // A middle name or initial the data leaves out, inside a person's whole name ("Ayatollah Seyed Ali
    // Khamenei", "Donald J Trump"), is part of that name too.
    if (!taken) {
      for (let n = Math.min(longest + 1, all.length - i); n >= 3 && !taken; n--) {
        for (let gap = i + 1; gap < i + n - 1 && !taken; gap++) {
          const given = all[gap]!;
          if (STOP_WORDS.has(given) || corpus.index.vocabulary.has(stem(given))) continue;
          const name = byWords.get([...all.slice(i, gap), ...all.slice(gap + 1, i + n)].join(' '));
          // (The dictionary asked only where the rest is a person's name: a look-up may read a file.)
          if (name === undefined || corpus.entityKind(name) !== 'person' || !(given.length === 1 || isName(given) || !isEnglishWord(given))) continue;
          const said = all.slice(i, i + n).join(' ');
          if (!entities.some((t) => t.stem === entityTerm(name))) entities.push({ word: said, stem: entityTerm(name), words: queryWords(said, { contentOnly: true }) });
          taken = n;
        }
      }
    }
    if (!taken) rest.push(all[i]!);
    i += taken || 1;
  }
  return { entities, rest: entities.length ? rest.join(' ') : query };
}

// The one word of the data's entity names a word is a slip of (the first letter kept), if exactly one.
// (Two slips apart only for a long word no dictionary knows that sounds like it, one slip apart as sounds:
// "forien" is "foreign", not "forces".)
function nameWordSlip(corpus: Corpus, word: string, edits = 1): string | undefined {
  const sounds = (n: string): boolean => edits === 1 || editDistance(soundKey(n), soundKey(word), 1, true) <= 1;
  const near = corpus.phraseWords().filter((n) => n[0] === word[0] && n !== word && editDistance(n, word, edits, true) <= edits && sounds(n));
  return near.length === 1 ? near[0] : undefined;
}

// How long a word no dictionary knows must be to be read as a name's word two slips from it.
const LONG_SLIP = 6;

// The one word of the data's entity names with a word's stem, where the word is no English word but a slip
// keeping its stem ("suprem" for "supreme"); none for the name's own word or an English one ("iranians").
function nameWordOfStem(corpus: Corpus, word: string): string | undefined {
  const st = stem(word);
  const same = corpus.phraseWords().filter((n) => n !== word && n[0] === word[0] && stem(n) === st);
  return same.length === 1 && !isEnglishWord(word) ? same[0] : undefined;
}

// Whether every stem a word was found by is reached only through neighbours in news text that do not have
// the word among their own, and through no relative in the dictionary.
function oneWayOnly(word: string, found: readonly string[]): boolean {
  const own = stem(word);
  const related = new Set(relatedWords(word).map(stem));
  if (found.some((st) => related.has(st))) return false;
  const near = nearWords(word).direct;
  return found.every((st) => !near.some((n) => stem(n) === st && nearWords(n).direct.some((m) => m === word || stem(m) === own)));
}

// Facts read for a word found only one way beside others: those matching the most of the query first.
const ONE_WAY_FACTS = 50;
// A neighbour in news text found at this quality or more is a near one (the rest are further relatives).
const HALF_NEAR = 0.5;

/** What a search found, and the query's words that match nothing in the corpus. */
export interface Found {
  hits: Hit[];
  /** Content words found nowhere: not as typed, nor related, near in meaning or a near spelling. */
  missing: string[];
}

/**
 * Rank facts for a query: best first, ties in article order. Every content word must be found somewhere
 * in the corpus, or the query finds nothing: the article does not mention what it names. A query of stop
 * words alone finds nothing.
 */
export function findFacts(corpus: Corpus, typed: string, filter: FactFilter = {}, limit = DEFAULT_LIMIT): Found {
  // ("Top diplomat": the office, as ask reads it.)
  const query = nameSlipsRead(corpus, namesRunTogether(corpus, numbersRunTogether(corpus, epithetsRead(typed))));
  const phrases = entityPhrasesIn(corpus, query);
  let expanded = expand(corpus, termsIn(corpus, query, phrases, { contentOnly: true }));
  // ("IRNA": a word typed all in capitals that the data lacks, and no acronym of it, is an acronym of
  // something the article never names, no slip of a word it has: "Iran".)
  const typedAcronyms = new Set((typed.match(/\b[A-Z]{3,6}\b/g) ?? []).map((w) => w.toLowerCase()));
  if (typedAcronyms.size)
    expanded = expanded.map((t) => (typedAcronyms.has(t.word) && !corpus.index.vocabulary.has(t.stem) && !t.stem.startsWith(ENTITY_PREFIX) && corpus.acronym(t.word) === undefined ? { ...t, matches: new Map() } : t));
  // An adverb the article lacks ("the ball is firmly in Trump's court") says how, not what: with other
  // words found, it is no word the article must mention. Alone, it is one.
  // A word found only as a neighbour in news text of another word typed, and that other word found as
  // itself ("troops withdrawal": "withdrawal" is near "troops"), is found by the other word, not on its
  // own: the article need not mention a withdrawal.
  const asTyped = (t: { matches: ReadonlyMap<string, number> }): string[] => [...t.matches].filter(([, q]) => q === 1).map(([st]) => st);
  const others = (t: object): Set<string> => new Set(expanded.filter((o) => o !== t).flatMap(asTyped));
  // (Nor is one found only as a more general verb than it: a bombing the article never mentions is no
  // "attack" it does.)
  const unsaid = (t: { word: string; matches: ReadonlyMap<string, number> }): boolean => {
    let found = mentioned(t.matches);
    // (Found as itself, it is said; only otherwise is the dictionary asked, which may read a file.)
    if (found.some((st) => t.matches.get(st) === 1)) return false;
    // (Nor one found only as a kind of it: "withdrawal" is no "retreat" the article mentions; a kind that is
    // also a neighbour in news text, "missiles" of "rockets", is found as that.)
    if (found.length) {
      const near = new Set(nearWords(t.word).direct.map(stem));
      const general = new Set([...generalWords(t.word).map(stem), ...corpus.index.vocabulary.kindStems(t.word).filter((st) => !near.has(st))]);
      found = found.filter((st) => !general.has(st));
    }
    if (!found.length || found.some((st) => t.matches.get(st)! >= NAMING_QUALITY)) return !found.length;
    const echoed = others(t);
    if (found.every((st) => echoed.has(st))) return true;
    // (Nor one whose nearer neighbours are all another word's own reach, one of them that word as typed:
    // "troop reinforcements" - "forces" and "troops" are what "troop" finds; the article need not mention
    // reinforcements.)
    const near = found.filter((st) => t.matches.get(st)! >= HALF_NEAR);
    if (near.some((st) => echoed.has(st)) && near.every((st) => expanded.some((o) => o !== t && o.matches.has(st)))) return true;
    // (Nor one typed alone and found only through a neighbour in news text that is no neighbour of it in
    // turn: a sniper is near shootings, shootings are not near a sniper; vengeance and revenge are each
    // other's.)
    // (Beside other words, only where no fact holds it with one of them as typed: "us presence middle east"
    // finds forces beside the US; "stationed asad" finds personnel in one fact and al-Asad only in others.)
    if (!oneWayOnly(t.word, found)) return false;
    if (expanded.length === 1) return true;
    return !rank(corpus, expanded, filter, ONE_WAY_FACTS).some((h) => h.stems.some((st) => found.includes(st)) && expanded.some((o) => o !== t && h.terms.get(o.stem) === 1));
  };
  // ("Did anyone die?": a question of anyone at all is answered by a fact of no one, "killed or wounded
  // nobody": the facts saying "nobody" weigh a little more, among those holding the query's words.)
  // (And one of killing or hurting by a report of casualties, the word that counts the killed and the
  // hurt: "no americans killed" - "no Americans were among the casualties".)
  const typedWords = words(query);
  const hinted = [...(typedWords.some((w) => ANYONE.has(w)) ? ['nobody'] : []), ...(typedWords.some((w) => DEATH_WORD.test(w) || INJURY_WORD.test(w)) && !typedWords.some((w) => w.startsWith('casualt')) ? ['casualties'] : [])];
  if (expanded.length && hinted.length) {
    // (The word itself: its relatives, "death" of "casualties", would weigh other facts.)
    const hints = hinted.map((word) => ({ word, stem: stem(word) })).map((t) => ({ ...t, matches: new Map(corpus.index.vocabulary.has(t.stem) ? [[t.stem, 1]] : []) }));
    expanded = [{ ...expanded[0]!, hints: [...(expanded[0]!.hints ?? []), ...hints] }, ...expanded.slice(1)];
  }
  const manner = expanded.filter((t) => unsaid(t) && isAdverb(t.word));
  if (manner.length && manner.length < expanded.length) expanded = expanded.filter((t) => !manner.includes(t));
  const missing = expanded.filter(unsaid).map((t) => t.word);
  missing.push(...absentCompounds(corpus, phrases.rest), ...unknownNamePhrases(corpus, typed, phrases.entities), ...postsNoOneHolds(corpus, query));
  if (missing.length || !expanded.length) return { hits: [], missing };
  return { hits: rank(corpus, expanded, filter, limit), missing };
}

// "Iranian president", "Iraq prime minister": a post of a country (its name or its people's word before
// the post) that no name of the data, and no fact among those holding the post's noun, gives that country:
// the article names no one holding it, however many facts name the country or another's president. (Not a
// rank many hold: "Iranian general".)
function postsNoOneHolds(corpus: Corpus, query: string): string[] {
  const list = words(query);
  const out: string[] = [];
  list.forEach((post, i) => {
    if (!POST_NOUNS.has(post) || RANKS.has(post)) return;
    const owner = [list[i - 1], list[i - 2]].find((w) => w !== undefined && countryOfWord(w).length > 0);
    if (owner === undefined) return;
    const country = countryOfWord(owner).map((n) => corpus.entityNamed(n)).find((e) => e !== undefined && corpus.entityKind(e) === 'country');
    if (country === undefined) return;
    const own = new Set([country, ...(corpus.entity(country)?.aliases ?? [])].flatMap((n) => words(n)));
    const holds = (text: string): boolean => {
      const said = words(text);
      return said.some((w, k) => w === post && said.slice(Math.max(0, k - 3), k).some((x) => own.has(x)));
    };
    if ([...corpus.entityNames().keys()].some(holds)) return;
    if (searchTerms(corpus, [{ word: post, stem: stem(post) }], {}, POST_FACTS).some((h) => holds(h.fact.text))) return;
    out.push(`${owner} ${post}`);
  });
  return out;
}
/** Facts read for a post: those holding its noun (or naming its holder), the likeliest first. @internal */
export const POST_FACTS = 50;

// Names of two words or more typed in capitals ("Fox News") that are no entity of the data and whose words
// the data does not all hold as typed: a name the article never mentions, however its words relate to the
// data's ("fox" is "confuse", near "television"). One opening a sentence counts only as the whole query, and
// one holding stop words ("Did Trump Say") is words typed in capitals, no name ("of", "the" and "and" may
// be in one: "Bank of England").
// (Nor one an entity's name was read in, with a name of theirs the data leaves out: "Seyed Ali Khamenei".)
function unknownNamePhrases(corpus: Corpus, typed: string, named: readonly QueryTerm[] = []): string[] {
  const out: string[] = [];
  const namesRead = new Set(named.flatMap((t) => words(t.word)));
  for (const m of typed.matchAll(TITLE_RUN)) {
    // (At the start of a sentence, only as the whole query: "When Will Trump Speak" is a question in capitals.)
    if ((m.index === 0 || /[.?!]\s*$/.test(typed.slice(0, m.index))) && m[0] !== typed.trim()) continue;
    const list = m[0].split(/\s+/);
    if (list.some((w) => STOP_WORDS.has(w.toLowerCase()) && !NAME_JOINERS.has(w.toLowerCase()))) continue;
    if (list.length < 2 || corpus.entityNamed(list.join(' ')) !== undefined) continue;
    // (Known as typed, as an acronym of the data, or as a slip of a word of it: "Ayatollah Khomenei", "FM
    // Zarif" are names the data knows; not by a word it relates to: "fox" is no "confuse".)
    const vocabulary = corpus.index.vocabulary;
    const known = (w: string): boolean => {
      const st = stem(w);
      return vocabulary.has(st) || corpus.acronym(w) !== undefined || [...vocabulary.expand({ word: w, stem: st })].some(([found, q]) => q >= NAMING_QUALITY && editDistance(found, st) <= 2);
    };
    const run = words(list.join(' '));
    if (run.every((w) => namesRead.has(w) || known(w))) continue;
    // (Nor English words before a name the data knows, its honorifics: "Grand Ayatollah".)
    const last = run.length - 1;
    if (corpus.entityNamed(run[last]!) !== undefined && run.slice(0, last).every((w) => known(w) || (isEnglishWord(w) && !isName(w)))) continue;
    out.push(list.join(' '));
  }
  return out;
}
// Words in capitals, one after another ("Fox News", "Quds Force"), and the stop words a name may hold.
const TITLE_RUN = /\b[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|and))*\s+[A-Z][\w'\u2019-]*/g;
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and']);

// Two words that name one thing ("prime minister", "United Nations") are found only together, as the
// data has them, in one fact: "minister" and "united" found apart do not make the article mention a prime
// minister or the United Nations. Read in the words left once entity names and aliases are matched.
function absentCompounds(corpus: Corpus, rest: string): string[] {
  const list = words(rest);
  const index = corpus.index;
  const out: string[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    const [a, b] = [list[i]!, list[i + 1]!];
    if (STOP_WORDS.has(a) || STOP_WORDS.has(b) || !isCompound(a, b)) continue;
    // Found together, or as one word ("air base" is the data's "airbase").
    if (!index.together(stem(a), stem(b)) && !index.vocabulary.has(stem(a + b))) out.push(`${a} ${b}`);
  }
  return [...out, ...absentTriples(corpus, list)];
}

// Three words that name one thing ("commander in chief", "secretary of state"), its first and last never
// found together.
function absentTriples(corpus: Corpus, list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < list.length; i++) {
    const [a, joiner, c] = [list[i]!, list[i + 1]!, list[i + 2]!];
    if (STOP_WORDS.has(a) || STOP_WORDS.has(c) || !isCompoundOf(a, joiner, c)) continue;
    if (!corpus.index.together(stem(a), stem(c))) out.push(`${a} ${joiner} ${c}`);
  }
  return out;
}

// A question's word for anyone at all.
const ANYONE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'someone', 'somebody']);

/** The hits of findFacts. */
export function searchFacts(corpus: Corpus, query: string, filter: FactFilter = {}, limit = DEFAULT_LIMIT): Hit[] {
  return findFacts(corpus, query, filter, limit).hits;
}

/** Rank facts for words already worked out (see termsOf), whichever of them match. */
export function searchTerms(corpus: Corpus, terms: readonly QueryTerm[], filter: FactFilter = {}, limit = DEFAULT_LIMIT): Hit[] {
  return rank(corpus, expand(corpus, terms), filter, limit);
}

function expand(corpus: Corpus, terms: readonly QueryTerm[]): Array<ExpandedTerm & { word: string }> {
  const vocabulary = corpus.index.vocabulary;
  return terms.map((t) => ({
    word: t.word,
    stem: t.stem,
    matches: withCountry(corpus, t, vocabulary.expand(t)),
    ...(t.words?.length ? { hints: t.words.map((w) => ({ stem: w.stem, matches: vocabulary.expand(w) })) } : {}),
  }));
}

// A capital the data names as a place of its own ("Tehran") matches its country's entity too, a little
// weaker: "did Tehran launch the strike" asks about what Iran did.
// And the other way: a country matches the capital the data names for its government ("what is Iran
// likely to do next" finds "Meanwhile, it [Tehran] is likely to ...").
function withCountry(corpus: Corpus, t: QueryTerm, matches: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const name = t.stem.startsWith(ENTITY_PREFIX) ? t.stem.slice(ENTITY_PREFIX.length) : t.name === undefined && /^[a-z]/.test(t.word) ? corpus.entityNamed(t.word) : undefined;
  if (name === undefined) return matches;
  const kind = corpus.entityKind(name);
  const others = kind === 'place' ? [capitalsCountry(corpus, name)] : kind === 'country' ? countrysCapitals(corpus, name) : [];
  const added = others.map((n) => (n === undefined || n === name ? undefined : entityTerm(n))).filter((st): st is string => st !== undefined && corpus.index.vocabulary.has(st));
  return added.length ? new Map([...matches, ...added.map((st) => [st, CAPITAL_QUALITY] as const)]) : matches;
}

// The data's entity for the country a place is the capital of.
function capitalsCountry(corpus: Corpus, place: string): string | undefined {
  return countryOfCapital(words(place).join(' '))
    .map((n) => corpus.entityNamed(n))
    .find((n) => n !== undefined && n !== place);
}

// The data's places that are a country's capital ("Tehran" for Iran): by name, not by an alias ("Baghdad"
// is also how the data may name the US embassy there).
function countrysCapitals(corpus: Corpus, country: string): string[] {
  return capitalsOf(words(country).join(' ')).flatMap((city) => {
    const e = corpus.entityNamed(city);
    return e !== undefined && e !== country && corpus.entityKind(e) === 'place' && words(e).join(' ') === city ? [e] : [];
  });
}

// How well a capital matches its country: as a word related by the dictionary.
const CAPITAL_QUALITY = 0.7;

function rank(corpus: Corpus, terms: readonly ExpandedTerm[], filter: FactFilter, limit: number): Hit[] {
  return corpus.index.search(terms, corpus.accepts(filter), limit);
}
