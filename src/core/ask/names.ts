// Who and what a text names: the entities of a question or a fact, a deed's doer, the sides of the story, a
// speaker. The other steps of ask read names through these.
import type { Corpus } from '../corpus.js';
import type { Entity, Fact } from '../model.js';
import { ENTITY_PREFIX } from '../index/build.js';
import { ONE_SLIP_QUALITY } from '../index/vocabulary.js';
import {
  DETERMINERS,
  STOP_WORDS,
  KIND_NOUNS,
  PLACE_UNIT_NOUNS,
  baseForms,
  isName,
  isPersonNoun,
  normalise,
  stem,
  words,
  escapeRegExp,
  countryOfCapital,
  countryOfWord,
  ROLE_NAME,
  editDistance,
  isEnglishWord,
} from '../text/index.js';
import {
  PLACE_PREPOSITIONS,
  SAYING_VERBS_IN_TEXT,
  OPENING_CONDITION,
  AGENT_SKIPPED,
  DIRECTION_WORD,
  COMPLETION_ASKED,
  ONGOING_ASKED,
  ONGOING_TOLD,
  PARTICIPLE_ENDING,
  KILLING_TOLD,
  POST_ACRONYMS,
  ROLE_NOUNS,
} from '../text/cues.js';
import type { QueryTerm } from '../text/terms.js';
import type { Analysis } from './types.js';

/**
 * The one a question says gave what it asks ("how many ... did Iranian state TV say were killed?"), if
 * the words between the verb asking and the saying name one.
 */
export function sayerOf(corpus: Corpus, folded: string): string | undefined {
  const m = SAYING_WORD.test(folded) ? SAID_BY.exec(folded) : null;
  const named = m ? entitiesNamedIn(corpus, words(m[1]!)) : [];
  return named.length === 1 ? named[0] : undefined;
}
// ("What did the council put the cost at?"; not "how much has the council put aside?", a deed.)
const SAID_VERBS: readonly string[] = ['say', 'claim', 'report', 'announce', 'state', 'tell', 'confirm', 'estimate', 'reckon', String.raw`put(?!\s+(?:aside|away|in|into|up|forward|forth|down|off|on|together|out|back|by)\b)`];
const SAYING_WORD = new RegExp(SAID_VERBS.join('|'));
const SAID_BY = new RegExp(`\\b(?:did|does|do|had|has|have)\\s+((?:\\S+\\s+){0,4}?\\S+)\\s+(?:${SAID_VERBS.join('|')})\\b`);

/** The entities runs of up to four words name ("al-asad", "the us embassy"), each once. */
export function entitiesNamedIn(corpus: Corpus, list: readonly string[]): string[] {
  const found = new Set<string>();
  for (let i = 0; i < list.length; i++) for (let n = 1; n <= 4 && i + n <= list.length; n++) {
    const e = corpus.entityNamed(list.slice(i, i + n).join(' '));
    if (e !== undefined) found.add(e);
  }
  return [...found];
}

/**
 * The entity a speaker's name (a quote's speaker, an attribution) is: the one it names, or, for a name given
 * with a post or a body ("Ashford manager Steve Kowalski", "analyst Sophie Brandt of Kessler Bank"), the
 * person it names, else the last entity it names.
 */
export function speakerNamed(corpus: Corpus, name: string): string | undefined {
  const whole = corpus.entityNamed(name);
  if (whole !== undefined) return whole;
  const list = words(name);
  if (list.length < 2) return undefined;
  const named = entitiesNamedIn(corpus, list).sort((x, y) => namedAt(name, corpus, x) - namedAt(name, corpus, y));
  return named.find((e) => corpus.entityKind(e) === 'person') ?? named.at(-1);
}

/** Whether the data knows a name as a person's, as something else's ("Iran": no "he" points to it), or not at all. */
export function kindOfName(corpus: Corpus, name: string): 'person' | 'other' | undefined {
  const e = corpus.entityNamed(name);
  return e === undefined ? undefined : corpus.entityKind(e) === 'person' ? 'person' : 'other';
}
/**
 * The entities a plain word of the question is a name of, where it names several ("Americans": the United
 * States and the American public); none where it names one or none.
 */
export function aliasOwners(corpus: Corpus, a: Analysis): string[] {
  const out: string[] = [];
  for (const t of a.terms) {
    // (Only a word that names an entity at all looks through them: most do not.)
    if (t.stem.startsWith(ENTITY_PREFIX) || t.word.includes(' ') || corpus.entityNamed(t.word) === undefined) continue;
    const owners = corpus.entitiesOf(corpus.entitiesNamed(t.word)).filter((e) => [e.name, ...e.aliases].some((n) => normalise(n) === t.word)).map((e) => e.name);
    if (owners.length > 1) out.push(...owners);
  }
  return out;
}
export const TELLS_OF_WORDS = /\b(?:say|says|said|saying|tell|tells|told|telling|point(?:s|ed|ing)? out|claim(?:s|ed|ing)?|warn(?:s|ed|ing)?|insist(?:s|ed|ing)?|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|tweet(?:s|ed|ing)?|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\b/i;
// Words of wishing (not of intending: "does not intend to launch more attacks" tells what Iran will do): a
// fact telling only what someone wishes ("Trump does not want to go to war") settles whether they wish it,
// not whether it will happen ("will there be a war?"); what it says besides still settles a question of
// how things are ("is the US stronger?" - "keen to stay out of a war with the stronger US military").
export const WISH_WORDS = 'want|wants|wanted|wanting|wish|wishes|keen|eager|hope|hopes|hoping';
// Words asking whether someone wants or seeks something (wishing among them): avoiding it answers them no.
export const WANTING = new RegExp(`\\b(?:${WISH_WORDS}|wanna|seek|seeks|seeking|looking for|intend|intends|try|tries|trying|tried|aim|aims|aiming)\\b`);

// The least match quality of the thing a "what X of" question asks for: the word, a spelling of it, or a
// dictionary relation.
export const RELATED_MATCH = 0.7;

/** A side is a country, or a body of one: "American troops" are the US forces. */
export function isSide(corpus: Corpus, name: string): boolean {
  return corpus.entityKind(name) === 'country' || corpus.countriesOf(name).length > 0;
}

/**
 * The stems of the names of whoever a fact reports: its quote's speaker or its source, with the names and
 * aliases of the entity that is ("Javad Zarif": "zarif", "foreign", "minister", "iran", ...).
 */
export function namesOfSpeaker(corpus: Corpus, fact: Fact): Set<string> {
  const out = new Set<string>();
  for (const name of [fact.quote?.speaker, fact.attribution]) {
    if (!name || name === 'article') continue;
    const entity = speakerNamed(corpus, name);
    // (A speaker given with their post, "Ashford manager Steve Kowalski": the post's words are theirs too.)
    if (entity !== undefined && corpus.entityNamed(name) === undefined) for (const w of words(name)) out.add(stem(w));
    const e = entity === undefined ? undefined : corpus.entity(entity);
    for (const n of e ? [e.name, ...e.aliases] : [name]) for (const w of words(n)) out.add(stem(w));
    // (And the post an appositive gives them, "Sophie Laurent, an analyst at Berenberg": "what did the
    // analyst say?" asks for her words.)
    // (Its head noun only, before what it is of or at: "the union's representative on the board" is no union.)
    const post = e?.kind === 'person' && words(e.description).length <= DESCRIPTION_WORDS ? /^(?:an?|the) ((?:[a-z][\w'\u2019-]* ){0,3}?[a-z]+)(?: (?:at|of|for|on|in|with|from)\b|$)/.exec(e.description)?.[1] : undefined;
    if (post !== undefined) out.add(stem(words(post).at(-1)!));
  }
  return out;
}

/** The medium a fact's text names ("Twitter", named by "Trump's tweet" too), by its name, if one. */
export function mediumNamed(corpus: Corpus, fact: Fact): string | undefined {
  return fact.entities.find((e) => corpus.entityKind(e) === 'media' && namedAt(fact.text, corpus, e) !== Infinity);
}

/**
 * The entity a thing is of in a text: named right before it ("the US embassy", "Iran's forces", the
 * possessive dropped as words are read) or after "of" ("the embassy of the United States").
 */
export function possessorOf(corpus: Corpus, text: string, thing: string, fits: (entity: string) => boolean = () => true): string | undefined {
  const list = words(normalise(text));
  const st = stem(thing);
  // ("Which country's Minstry of Defence ...?": a slip of the thing, no English word, is the thing.)
  let slip: boolean | undefined;
  const slipOf = (w: string): boolean => (slip ??= thing.length >= 5 && !isEnglishWord(thing)) && editDistance(w, thing, 1, true) <= 1;
  for (let i = 0; i < list.length; i++) {
    if (stem(list[i]!) !== st && !slipOf(list[i]!)) continue;
    const before = entityBefore(corpus, list, i, 3);
    if (before !== undefined && fits(before)) return before;
    if (list[i + 1] === 'of') {
      const after = entityAfter(corpus, list, i + 1);
      if (after !== undefined && fits(after)) return after;
    }
  }
  return undefined;
}

/**
 * Who said what a fact reports: the quote's speaker, the source it is attributed to, or, for a claim the
 * article reports itself ("The Democrats had warned ..."), the person or group it names first.
 */
export function speakerOf(corpus: Corpus, fact: Fact): string {
  if (fact.quote) return fact.quote.speaker;
  if (fact.attribution !== 'article') return fact.attribution;
  // A claim the article reports itself: whoever it says said it ("the Democrats had warned ..."); one it
  // makes in its own voice ("Trump's first reaction has been unusually relaxed") is the article's.
  const said = TELLS_OF_WORDS.test(fact.text) || SAYING_VERBS_IN_TEXT.test(fact.text);
  const sayer = fact.entities.find((e) => ['person', 'group', 'organization'].includes(corpus.entityKind(e) ?? ''));
  return said ? (sayer ?? fact.text) : 'The article';
}

/** The entity a question's term names: an entity matched as a phrase, or a word that is a name or alias. */
export function entityOf(corpus: Corpus, t: QueryTerm): string | undefined {
  if (t.stem.startsWith(ENTITY_PREFIX)) return t.stem.slice(ENTITY_PREFIX.length);
  const named = corpus.entityNamed(t.word);
  if (named !== undefined || t.word.includes(' ')) return named;
  // A name spelt another way ("Erbil" for the data's "Irbil", "Suleimani"): the one entity whose name the
  // word is a slip of, as search matched it; or, for a name the dictionary relates to one of the data's
  // ("Brits", British), the one entity that name is of.
  const least = isName(t.word) ? RELATED_MATCH : ONE_SLIP_QUALITY;
  let slip: string | undefined;
  for (const [st, q] of corpus.index.vocabulary.expand(t)) {
    if (q < least || q >= 1) continue;
    const e = corpus.entityNamed(st);
    if (e === undefined) continue;
    if (slip !== undefined && slip !== e) return undefined;
    slip = e;
  }
  return slip;
}

/** Of entities a question names, the one it names first. */
export function firstNamedIn(question: string, corpus: Corpus, names: readonly string[]): string | undefined {
  return names.length > 1 ? names.reduce((x, y) => (namedAt(question, corpus, y) < namedAt(question, corpus, x) ? y : x)) : names[0];
}

/** Where in the question an entity is first named, by any of its names (Infinity when it is not). */
export function namedAt(question: string, corpus: Corpus, name: string): number {
  const e = corpus.entity(name);
  const text = ` ${words(question).join(' ')} `;
  let at = Infinity;
  for (const n of e ? [e.name, ...e.aliases] : [name]) {
    for (const form of nameForms(n)) {
      const i = text.indexOf(form);
      if (i >= 0) at = Math.min(at, i);
    }
  }
  return at;
}

// A name's forms as namedAt looks for them, spaced: its own words, and, for a name opening with a people's
// word, its country's names in that word's place ("Iraqi army" is "Iraq's army", read as "iraq army").
// Worked out once per name, bounded.
const NAME_FORMS = new Map<string, readonly string[]>();
function nameForms(name: string): readonly string[] {
  let forms = NAME_FORMS.get(name);
  if (!forms) {
    const list = words(name);
    const others = list.length > 1 ? countryOfWord(list[0]!).map((c) => words(c)).filter((c) => c.join(' ') !== list[0]) : [];
    forms = [` ${list.join(' ')} `, ...others.map((c) => ` ${[...c, ...list.slice(1)].join(' ')} `)];
    if (NAME_FORMS.size >= 4096) NAME_FORMS.clear();
    NAME_FORMS.set(name, forms);
  }
  return forms;
}

/** "Which embassy?": the entity of the fact whose name holds the word asked about. */
export function entityNamed(focus: string, corpus: Corpus, fact: Fact): string | undefined {
  // A name holding the word itself first ("Irbil base"), else one closing a compound with it ("airbase").
  const exact = entitiesMatching(focus, corpus, fact, false);
  const matching = exact.length ? exact : entitiesMatching(focus, corpus, fact, true);
  return matching.length === 1 ? matching[0] : undefined;
}

/** The fact's entities whose names hold the word asked about, alone or closing a compound ("airbase" is a base). */
export function entitiesMatching(focus: string, corpus: Corpus, fact: Fact, compounds = true): string[] {
  return fact.entities.filter((name) => {
    const e = corpus.entity(name);
    return e && [e.name, ...e.aliases].some((n) => words(n).map(stem).some((st) => namesKind(st, focus, compounds)));
  });
}

/**
 * The entities a fact names that are members of the kind a plural asks for ("which two bases": "Irbil
 * base", "al-Asad airbase"); a general word for a kind ("which sites", "what locations", "which
 * authorities") takes any of that kind the fact names, as no place need be called a site by name.
 */
export function membersNamed(noun: string, corpus: Corpus, fact: Fact): string[] {
  const named = entitiesMatching(stem(noun), corpus, fact);
  // (So does a general word for bodies, people or media: "which authorities", "which outlets". Not "city",
  // a place of a kind the data may not say a place is.)
  const general = [noun, ...baseForms(noun)].find((w) => KIND_NOUNS.has(w) && (KIND_NOUNS.get(w) !== 'place' || PLACE_UNIT_NOUNS.has(w)));
  if (general === undefined) return named;
  const kind = KIND_NOUNS.get(general);
  const members = fact.entities.filter((e) => corpus.entityKind(e) === kind && namedAt(fact.text, corpus, e) !== Infinity);
  return [...new Set([...named, ...members])];
}

// Whether a stem of a name is the word asked about, or (with `compounds`) a compound closing with it ("airbase").
function namesKind(st: string, focus: string, compounds = true): boolean {
  return st === focus || (compounds && focus.length >= 3 && st.length >= focus.length + 3 && st.endsWith(focus));
}

/**
 * Whether the data names things of this kind: an entity's name or alias holds the word ("Irbil base",
 * "al-Asad airbase" for "base"). Not people: a title names some of them ("supreme leader"), and a leader
 * with no title of it is a leader still.
 */
export function kindNamed(focus: string, corpus: Corpus): boolean {
  // (Asked of every candidate of a question: worked out once a corpus and word, as a dataset may have many names.)
  let known = KINDS_NAMED.get(corpus);
  if (!known) KINDS_NAMED.set(corpus, (known = new Map()));
  const cached = known.get(focus);
  if (cached !== undefined) return cached;
  let found = false;
  for (const [name, owners] of corpus.nameOwners()) {
    if (name.split(' ').map(stem).some((st) => namesKind(st, focus)) && owners.some((e) => corpus.entityKind(e) !== 'person')) {
      found = true;
      break;
    }
  }
  known.set(focus, found);
  return found;
}
const KINDS_NAMED = new WeakMap<Corpus, Map<string, boolean>>();

/** An entity's name and aliases (none for a name the dataset does not hold). */
export function namesOf(corpus: Corpus, name: string): string[] {
  const e = corpus.entity(name);
  return e ? [e.name, ...e.aliases] : [];
}

/** A fact's text, folded, without the names of its entities: "Western media" is no place in the west. */
export function withoutNames(corpus: Corpus, fact: Fact): string {
  let text = ` ${words(fact.text).join(' ')} `;
  for (const e of corpus.entitiesOf(fact.entities)) {
    for (const n of [e.name, ...e.aliases]) text = text.split(` ${words(n).join(' ')} `).join(' ');
  }
  return text;
}

/** The entity named first in a phrase. */
export function firstEntityIn(corpus: Corpus, phrase: string): string | undefined {
  return entitiesNamedIn(corpus, words(phrase))[0];
}

/**
 * The entity named right after the word at `at` ("by the United States", "in Iraq"; a "the" between
 * aside), the longest name first; of those, the first `fits` accepts.
 */
export function entityAfter(corpus: Corpus, list: readonly string[], at: number, longest = 4, fits: (entity: string) => boolean = () => true): string | undefined {
  const from = list[at + 1] === 'the' ? at + 2 : at + 1;
  for (let n = Math.min(longest, list.length - from); n >= 1; n--) {
    const entity = corpus.entityNamed(list.slice(from, from + n).join(' '));
    if (entity !== undefined && fits(entity)) return entity;
  }
  return undefined;
}

/** The entity named right before the word at `at` ("the US embassy", "Trump had threatened"), the longest name first. */
export function entityBefore(corpus: Corpus, list: readonly string[], at: number, longest = 4): string | undefined {
  for (let n = Math.min(longest, at); n >= 1; n--) {
    const entity = corpus.entityNamed(list.slice(at - n, at).join(' '));
    if (entity !== undefined) return entity;
  }
  return undefined;
}

// The prepositions a verb takes before "by" in a passive: "paid for by", "looked after by".
const VERB_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'with', 'on', 'off', 'up', 'out', 'after', 'over', 'into']);

/**
 * The entity the fact says did what the question asks about, when it names one: before the verb ("America
 * killing Soleimani", "Trump had threatened"), or after "by" ("killed by the United States").
 */
export function factAgent(corpus: Corpus, text: string, verb: string): string | undefined {
  // ("Corvane, which is based in Reading, runs two centres": a clause set off by commas between the subject
  // and its verb is no part of either.)
  // (So is a bracket: "Cllr Padraig Rooney (Sinn Féin) proposed a motion" is the councillor's.)
  const isVerb = deedWord(verb);
  // ("Neighbour Karen Doyle, who raised the alarm, said ...": a deed in a clause of who someone is, set off
  // after their name, is theirs.)
  for (const m of text.includes(' who') ? text.matchAll(WHO_CLAUSE) : []) {
    if (!words(m[2]!).some(isVerb)) continue;
    const before = words(m[1]!);
    const who = entityBefore(corpus, before, before.length);
    if (who !== undefined && corpus.entityKind(who) === 'person') return who;
  }
  const list = words(text.replace(ASIDE_CLAUSE, ' ').replace(/\s*\([^()]*\)/g, ' '));
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (!isVerb(w)) continue;
    // ("Fired by Iran", and "missiles launched from Iran": where a deed comes from is who did it.)
    // (With its preposition, "paid for by"; and by a description set beside the name, "by a local charity,
    // the Friends of St Aldric".)
    const by = list[i + 1] === 'by' ? i + 1 : list[i + 2] === 'by' && VERB_PREPOSITIONS.has(list[i + 1] ?? '') ? i + 2 : -1;
    if (by >= 0 || (list[i + 1] === 'from' && list[i] !== verb)) {
      const at = by >= 0 ? by : i + 1;
      // (Or by a post before the name: "led by retired headteacher Margaret Ellison".)
      // (Or by "the" and what they are: "designed by the Leeds-based architects Marlow & Finch".)
      const the = list[at + 1] === 'the' ? 1 : 0;
      const described =
        by >= 0 && (list[at + 1] === 'a' || list[at + 1] === 'an')
          ? [2, 3, 4, 5].map((k) => entityAfter(corpus, list, at + k)).find((e) => e !== undefined)
          : by >= 0
            ? [1, 2, 3, 4]
                .filter((k) => list.slice(at + 1 + the, at + 1 + the + k).every((x) => !STOP_WORDS.has(x) && corpus.entityNamed(x) === undefined))
                .map((k) => entityAfter(corpus, list, at + the + k))
                .find((e) => e !== undefined && (the ? ['person', 'organization', 'group'] : ['person']).includes(corpus.entityKind(e) ?? ''))
            : undefined;
      const entity = entityAfter(corpus, list, at) ?? described;
      // ("Started by Saltmarsh resident Helen Ashworth": a place before the one who did it says where they
      // are from.)
      const resident =
        entity !== undefined && corpus.entityKind(entity) === 'place'
          ? [2, 3, 4, 5].filter((k) => list.slice(at + 1, at + k + 1).every((x) => !STOP_WORDS.has(x))).map((k) => entityAfter(corpus, list, at + k)).find((e) => e !== undefined && corpus.entityKind(e) === 'person')
          : undefined;
      if (entity !== undefined) return resident ?? entity;
    }
    // "Trump threatened to hit 52 targets in Iran in retaliation for ...": a deed named as a noun after
    // "in" is the clause's subject's, the entity the sentence opens with.
    if (list[i - 1] === 'in' && list[i] !== verb) {
      for (let at = 0; at < Math.min(3, i); at++) {
        const subject = entityAfter(corpus, list, at - 1);
        if (subject !== undefined) return subject;
      }
      continue;
    }
    let end = i;
    while (end > 0 && AGENT_SKIPPED.has(list[end - 1]!)) end--;
    // ("Plans to extend the Derbyshire quarry were rejected": the subject of a passive, no one said by
    // whom, is what the deed was done to.)
    if (PASSIVE_BE.has(list[i - 1] ?? '') && !w.endsWith('ing')) continue;
    const before = entityBefore(corpus, list, end);
    // ("Trump's tweet confirmed ...": a medium is its owner's voice; the one named before it did it.)
    if (before !== undefined && corpus.entityKind(before) === 'media') {
      const owner = entityBefore(corpus, list, end - 1);
      if (owner !== undefined && corpus.entityKind(owner) !== 'media') return owner;
    }
    if (before !== undefined) return ofHead(corpus, list, end, before) ?? before;
  }
  return undefined;
}

// "The ruling National Union party of Prime Minister Viktor Halden won ...": a name after "of" (a title
// between) is a body's, whose name before "of" (a word for what it is between) is the doer.
function ofHead(corpus: Corpus, list: readonly string[], end: number, named: string): string | undefined {
  const length = words(named).length;
  const at = [...namesOf(corpus, named)].map((n) => words(n).length).find((n) => corpus.entityNamed(list.slice(end - n, end).join(' ')) === named) ?? length;
  for (let k = end - at - 1; k >= Math.max(0, end - at - 3); k--) {
    if (list[k] !== 'of') continue;
    const head = entityBefore(corpus, list, k) ?? (HEAD_NOUNS.has(list[k - 1] ?? '') ? entityBefore(corpus, list, k - 1) : undefined);
    return head !== undefined && head !== named && corpus.entityKind(head) !== 'place' && corpus.entityKind(head) !== 'country' ? head : undefined;
  }
  return undefined;
}
const ASIDE_CLAUSE = /,\s*(?:which|who|whom|whose)\b[^,;.]*,/g;
// A name, then a clause of who they are set off by commas: its first word or two (a verb, or an auxiliary and
// its verb).
const WHO_CLAUSE = /([^,;.]+),\s*who\s+((?:[a-z'\u2019]+\s+){0,1}[a-z]+)\b[^,;.]*,/g;
const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/**
 * Whether a fact tells a deed only as done to something, by no one it names, or only as a word quoted: "it
 * was stolen", "a card saying 'stolen'" tell no one who stole it ("paid for by a local charity" does). Not
 * to a question asking who underwent it ("who was killed?").
 */
export function deedOnlyPassive(text: string, deed: QueryTerm, folded: string, raw = text): boolean {
  const forms = new Set([deed.word, ...baseForms(deed.word)]);
  // ("An underweight grey seal pup found alone on a Lincolnshire beach has become ...": a participle after a
  // common noun, before a place or state and the clause's own verb, describes the thing.)
  const reduced = new Set([...raw.matchAll(REDUCED_RELATIVE), ...raw.matchAll(APPOSED_PARTICIPLE)].map((m) => m[1]!.toLowerCase()));
  if (new RegExp(`\\b(?:was|were|is|are|be|been|being|get|got) ${escapeRegExp(deed.word)}\\b`).test(folded)) return false;
  const isDeed = (w: string): boolean => stem(w) === deed.stem || baseForms(w).some((b) => forms.has(b));
  if (!words(text).some(isDeed)) return false;
  const list = words(text.replace(SHORT_QUOTE, (quoted) => quoted.replace(/\p{L}+/gu, 'quoted')));
  // (A participle of its own after no "have" describes the thing: "stolen cultural property", "the stolen
  // sword".)
  // (A participle only: "the owner" is the one who owns.)
  const undone = (w: string, before: string): boolean =>
    /[dtn]$/.test(w) && (PASSIVE_BE.has(before) || ATTRIBUTIVE_BEFORE.has(before) || reduced.has(w) || (/en$/.test(w) && baseForms(w).some((b) => b !== w) && !HAVE.has(before)));
  // (By whom, told within a few words: "spotted on Friday by Tom Harcourt".)
  return list.every((w, i) => !isDeed(w) || (undone(w, list[i - 1] ?? '') && !list.slice(i + 1, i + 6).includes('by')));
}
// A participle after a common noun, a place or state after it, then the clause's own verb with no joint
// between: "a seal pup found alone on a beach has become ..." (group 1 the participle).
const REDUCED_RELATIVE = /\b[a-z]+ ([a-z]+(?:ed|nd|wn|en|ght|t)) (?:(?:alone|dead|abandoned|injured|unharmed|stranded|lying|floating) )?(?:on|in|at|near|off|outside|inside|beside|along|under|during|after|with|from)\b[^,;.:]*?\b(?:has|have|had|is|was|were|are|will|would)\b/g;
// A participle set off by commas after a noun, a time or place after it: "The Save Hexley Library group, set
// up on Tuesday, has ..." (group 1 the participle).
const APPOSED_PARTICIPLE = /\b[a-z]+, ([a-z]+(?:ed|nd|wn|en|ght|t))(?: (?:up|out|off|down|back))? (?:on|in|at|near|during|after|last|this|earlier)\b[^,;.:]*,/g;
// Words before a participle that make it describe a thing: "the stolen sword".
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
// The auxiliary of a perfect, after which a participle is a deed done: "had stolen".
const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 've']);
// A word or three in quotation marks: "a card saying 'stolen'".
const SHORT_QUOTE = /(?<=^|\s)['\u2018"\u201c][^'\u2019"\u201d]{1,30}['\u2019"\u201d](?=[\s,.;:!?]|$)/g;
const CLAUSE_JOINT = /,\s+(?:while|whereas|but)\b|;/;
const HEAD_NOUNS: ReadonlySet<string> = new Set(['party', 'government', 'administration', 'team', 'side', 'club', 'company', 'firm', 'group', 'campaign', 'movement', 'coalition']);

/**
 * Whether a fact names an entity only beside what happened, as no doer of it: where it happened ("at US
 * bases in Iraq", a preposition of place before the name, determiners or a direction between) or who says so
 * ("according to the Iraqi military"). Undefined when the fact does not name it.
 */
export function namedBesideOnly(corpus: Corpus, fact: Fact, entity: string): boolean | undefined {
  const list = words(normalise(fact.text));
  const names = namesOf(corpus, entity).map((n) => words(n)).filter((n) => n.length > 0);
  let named = false;
  for (let i = 0; i < list.length; i++) {
    if (!names.some((n) => n.every((w, j) => list[i + j] === w))) continue;
    named = true;
    let before = i - 1;
    // (And a direction: "in northeast Iraq".)
    while (before >= 0 && (DETERMINERS.has(list[before]!) || DIRECTION_WORD.test(list[before]!))) before--;
    const beside = before >= 0 && (PLACE_PREPOSITIONS.has(list[before]!) || (list[before] === 'to' && list[before - 1] === 'according'));
    if (!beside) return false;
  }
  return named ? true : undefined;
}

/**
 * "What did Soleimani do?": a person's deed is told by a fact whose subject they are: named before anyone
 * else, and not as the one something was done to ("Qassim Soleimani had been killed by the United States").
 */
export function subjectOf(corpus: Corpus, fact: Fact, person: string): boolean {
  const at = namedAt(fact.text, corpus, person);
  if (at === Infinity || fact.entities.some((e) => e !== person && namedAt(fact.text, corpus, e) < at)) return false;
  // (Nor as what they are: "Javad Zarif is Iran's foreign minister", background, tells no deed.)
  const after = ` ${words(fact.text).join(' ')} `.slice(at);
  return !DONE_TO.test(after) && !(fact.type === 'background' && /^ (?:\S+ ){1,3}?(?:is|are|was|were|holds) /.test(after));
}
// A name, then a passive: "Qassim Soleimani had been killed by ...".
const DONE_TO = /^ (?:\S+ ){1,3}?(?:had been|has been|have been|was|were|is|are) \w+(?:ed|en|t) by /;

/** Whether a fact names one of its entities on a side after a passive's "by" ("killed by the United States"). */
export function passiveBy(corpus: Corpus, fact: Fact, side: string): boolean {
  const list = words(normalise(fact.text));
  return list.some((w, i) => w === 'by' && entityAfter(corpus, list, i, 4, (e) => fact.entities.includes(e) && onSideOf(corpus, e, side)) !== undefined);
}

/**
 * Whether the first entity a fact names after any condition opening it (the main clause's subject) is on a
 * side, or the side's name follows a passive's "by".
 */
export function mainSubjectOnSide(corpus: Corpus, fact: Fact, side: string): boolean {
  if (passiveBy(corpus, fact, side)) return true;
  // ("'I'll give what I can to the food bank,' she said": the "I" of words quoted is the one saying them.)
  if (fact.quote !== undefined && FIRST_PERSON_OPENING.test(fact.quote.text) && onSideOf(corpus, fact.quote.speaker, side)) return true;
  const subject = mainSubject(corpus, fact);
  return subject !== undefined && (onSideOf(corpus, subject, side) || titledBy(corpus, fact, subject, side));
}

// Whether a fact names someone by a post of a body before their name: "Castleford Town Council leader Martin
// Heywood said ..." - the body names the post; the person is the subject.
function titledBy(corpus: Corpus, fact: Fact, body: string, person: string): boolean {
  if (corpus.entityKind(person) !== 'person') return false;
  const text = ` ${words(fact.text).join(' ')} `;
  const forms = (name: string): string[] => {
    const e = corpus.entity(name);
    return (e ? [e.name, ...e.aliases] : [name]).flatMap((n) => nameForms(n));
  };
  return forms(body).some((b) => {
    const at = text.indexOf(b);
    if (at < 0) return false;
    const after = text.slice(at + b.length).split(' ').filter(Boolean);
    // (One to three words of the post, each a common word, then the name: "leader", "chief executive".)
    return forms(person).some((p) => {
      const name = p.trim().split(' ');
      for (let k = 1; k <= 3; k++) if (after.slice(k, k + name.length).join(' ') === name.join(' ') && after.slice(0, k).every((w) => isPersonNoun(w) || !isName(w))) return after.slice(0, k).some((w) => isPersonNoun(w));
      return false;
    });
  });
}

// Words quoted that open with the speaker as the subject: "I'll give ...", "we do not seek ...".
const FIRST_PERSON_OPENING = /^["\u201c\u2018']?(?:i|we)(?:['\u2019](?:ll|m|ve|d|re))?\s/i;

/** The first entity, no place, a fact names after any condition opening it: its main clause's subject. */
export function mainSubject(corpus: Corpus, fact: Fact): string | undefined {
  const clause = fact.text.slice(OPENING_CONDITION.exec(fact.text)?.[0].length ?? 0);
  const subject = firstNamed(corpus, fact, (e) => corpus.entityKind(e) !== 'place', clause);
  return subject !== undefined && namedAt(clause, corpus, subject) !== Infinity ? subject : undefined;
}

/**
 * Of a fact's entities (those kept), the one its text names first; ties and ones it only lists keep their order.
 * (In `text`, a part of the fact's: "after the condition opening it".)
 */
export function firstNamed(corpus: Corpus, fact: Fact, keep: (name: string) => boolean = () => true, text = fact.text): string | undefined {
  return fact.entities.filter(keep).sort((x, y) => namedAt(text, corpus, x) - namedAt(text, corpus, y))[0];
}

/** Whether the entity a fact names first in its text (its subject) is on a side, or the fact names none. */
export function subjectOnSide(corpus: Corpus, fact: Fact, side: string): boolean {
  const first = firstNamed(corpus, fact);
  return first === undefined || namedAt(fact.text, corpus, first) === Infinity || onSideOf(corpus, first, side);
}

/** Whether a word is a form of a verb (or, for a verb of wanting, any word of wanting). */
export function deedWord(verb: string): (w: string) => boolean {
  const base = new Set([verb, ...baseForms(verb)].map(stem));
  // An irregular form is looked up only when it begins as the verb does ("shot" - "shoot"): a dictionary
  // look-up for every word of every candidate was most of a count question on a large dataset.
  // (A word of wanting is another's: "is Iran hoping for war" - "Trump does not want war" tells of Trump.)
  const wanting = WANTING.test(verb);
  return (w) => base.has(stem(w)) || (w[0] === verb[0] && baseForms(w).some((b) => base.has(stem(b)))) || (wanting && WANTING.test(w));
}

/** Whether the fact names another entity than the question as the one who did what it asks about. */
export function otherAgent(corpus: Corpus, a: Analysis, fact: Fact): boolean {
  const asked = a.agent;
  if (!asked) return false;
  // (Only the doer of the verb itself: reading the sentence's subject as the doer of any verb, "Iran's
  // military launched" for "did Iraq fire", cost two questions on data made by extract.)
  const text = normalise(fact.text);
  const told = factAgent(corpus, text, asked.verb);
  // ("The Green Alliance came third with 26 seats, while the Valdorian Front won 22": the one asked about,
  // subject of a clause of its own before the deed's, is not told as having it done by another.)
  if (told !== undefined && !sameSide(corpus, told, asked.entity)) {
    const joint = CLAUSE_JOINT.exec(text);
    const isVerb = deedWord(asked.verb);
    const verbAt = words(text).findIndex(isVerb);
    const own = joint !== null && namedAt(text.slice(0, joint.index), corpus, asked.entity) !== Infinity && verbAt >= words(text.slice(0, joint.index)).length;
    return !own;
  }
  if (told !== undefined) return false;
  // ("Who did the Americans kill?" - "the strikes killed no Americans": the doer asked is who the deed was
  // done to.)
  const list = words(text);
  const isVerb = deedWord(asked.verb);
  return list.some((w, i) => {
    if (!isVerb(w) || list[i + 1] === 'by') return false;
    const object = entityAfter(corpus, list, list[i + 1] === 'no' ? i + 1 : i);
    return object !== undefined && sameSide(corpus, object, asked.entity);
  });
}

/**
 * Whether two entities may stand for one another as doers: the same, or of the same country by their
 * names ("Tehran", alias "Iranian leadership", acts for Iran; "Iran's military" too; Trump, "US president",
 * for the United States).
 * Whether an entity is on the side of a doer, a capital standing for its country's government ("what did
 * Tehran do" - "the Iranian military fired ...").
 */
export function onSideOf(corpus: Corpus, entity: string, doer: string): boolean {
  if (sameSide(corpus, entity, doer)) return true;
  if (corpus.entityKind(doer) !== 'place') return false;
  return countryOfCapital(doer.toLowerCase()).some((c) => {
    const country = corpus.entityNamed(c);
    return country !== undefined && sameSide(corpus, entity, country);
  });
}

/** Whether a word names a medium of the data ("tweet": Twitter), which carries someone's words. */
export function isMedium(corpus: Corpus, word: string): boolean {
  const named = corpus.entityNamed(word);
  return named !== undefined && corpus.entityKind(named) === 'media';
}

/** Whether two entities stand on one side of the story: the same, or of a country in common. */
export function sameSide(corpus: Corpus, a: string, b: string): boolean {
  if (a === b) return true;
  const of = new Set(corpus.countriesOf(a));
  return corpus.countriesOf(b).some((c) => of.has(c));
}

/** Whether a person's description names a body by one of its names: "the regional conservation officer for the RSPB" is the RSPB's. */
export function describedAs(corpus: Corpus, person: string, body: string): boolean {
  const e = corpus.entity(person);
  if (e?.kind !== 'person' || e.description === undefined || words(e.description).length > DESCRIPTION_WORDS) return false;
  const said = ` ${words(e.description).join(' ')} `;
  return namesOf(corpus, body).some((n) => said.includes(` ${words(n).join(' ')} `));
}

/** The question's general words for a kind of thing the fact names one of ("installations" - a base; "social media" - Twitter). */
export function kindWordsNamed(a: Analysis, corpus: Corpus, fact: Fact): QueryTerm[] {
  // (With the word just before each, which says which of the kind. Not the kind asked for, "which Democratic
  // politicians ...?", whose checks are entityOfKind's.)
  // (Of places and media only: a fact naming someone does not make them "the Democratic politicians" asked of.)
  const named = new Set<string | undefined>(fact.entities.filter((e) => namedAt(fact.text, corpus, e) !== Infinity).map((e) => corpus.entityKind(e)).filter((k) => k === 'place' || k === 'media'));
  const out: QueryTerm[] = [];
  const said = words(a.folded);
  a.terms.forEach((t, i) => {
    if (t.stem.startsWith(ENTITY_PREFIX) || t.stem === a.focus || ![t.word, ...baseForms(t.word)].some((w) => named.has(KIND_NOUNS.get(w)))) return;
    out.push(t);
    const before = a.terms[i - 1];
    if (before && !before.stem.startsWith(ENTITY_PREFIX) && said[said.indexOf(t.word) - 1] === before.word) out.push(before);
  });
  return out;
}

/** Whether a fact, or the words it quotes, tells that something was still going on ("still being assessed", "taking place now"). */
export function ongoingTold(fact: Fact): boolean {
  return ONGOING_TOLD.test(normalise(fact.text)) || (fact.quote !== undefined && ONGOING_TOLD.test(normalise(fact.quote.text)));
}

/** The question's words a fact telling what was still going on vouches for, where that is asked: the verbs of the doing ("counted", "worked out", "known") and the words asking it. */
export function ongoingWords(a: Analysis, fact: Fact): QueryTerm[] {
  if (!a.ongoingAsked || !ongoingTold(fact)) return [];
  return a.terms.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && (t.phrasal === true || PARTICIPLE_ENDING.test(t.word) || COMPLETION_ASKED.test(t.word) || ONGOING_ASKED.test(t.word)));
}

/** The people a fact tells of as killed or dead, for "whose killing ...?": those it names that the question does not, and not a doer of the killing it tells. */
export function victimsTold(a: Analysis, corpus: Corpus, fact: Fact): string[] {
  const text = normalise(fact.text);
  if (!KILLING_TOLD.test(text)) return [];
  const doer = factAgent(corpus, text, 'killing') ?? factAgent(corpus, text, 'killed');
  return fact.entities.filter((e) => corpus.entityKind(e) === 'person' && e !== doer && !a.namedInQuestion.has(e) && namedAt(fact.text, corpus, e) !== Infinity);
}

// The most words a description that is a phrase has ("Mayor of Marlow Cross", "the returning officer for the borough").
const DESCRIPTION_WORDS = 8;

/**
 * The one person whose title or description is a role (its words, folded), held at `place` where one is
 * asked: "Mayor Okafor", "Mayor of Marlow Cross".
 */
export function roleHolder(corpus: Corpus, role: string, place: string | undefined, anyPerson = false): string | undefined {
  // ("Who is the CEO?": the post its letters stand for, titled in full or without its "officer".)
  const spelt = POST_ACRONYMS[words(role).join(' ')];
  if (spelt !== undefined) return roleHolder(corpus, spelt, place) ?? roleHolder(corpus, spelt.replace(/ officer$/, ''), place);
  const asked = words(role);
  // (Any noun for a person, where the words are known to be someone's: "what did the lead engineer say?".)
  if (!asked.length || !(ROLE_NOUNS.has(asked.at(-1)!) || (anyPerson && isPersonNoun(asked.at(-1)!)))) return undefined;
  const opens = (n: string): boolean => ` ${words(n).join(' ')} `.startsWith(` ${asked.join(' ')} `);
  const there = (e: Entity): boolean => place === undefined || namesOf(corpus, place).some((p) => ` ${words(e.description).join(' ')} `.includes(` ${words(p).join(' ')} `));
  // (A description that is a phrase, or the sentence first naming them right after the role, "Ashford
  // manager Steve Kowalski said ...": "Judge Whitcombe said Daniel Okonjo, 52, ..." is no description of
  // Okonjo as the judge.)
  // (Or, in a short one, after whose post it is: "Caldwell Structural's lead engineer" is the lead engineer.)
  const owned = (d: string): string => d.replace(/^(?:the )?(?:[\w-]+ ){0,3}?[\w-]+['\u2019]s /i, '');
  // (Or the sentence first naming them with the role set beside the name: "Peter Grainger, 45, a lorry
  // driver who has worked at the quarry ..." is the lorry driver.)
  const apposedRole = new RegExp(`^(?:\\d{1,3} )?(?:a|an|the) ${asked.map(escapeRegExp).join(' ')}\\b`);
  const described = (e: Entity): boolean => {
    const [said, name] = [words(e.description), words(e.name)];
    const apposed = said.slice(0, name.length).join(' ') === name.join(' ') && apposedRole.test(said.slice(name.length).join(' '));
    return (
      apposed ||
      (opens(e.description) && (said.length <= DESCRIPTION_WORDS || ` ${said.join(' ')} `.startsWith(` ${[...asked, ...name].join(' ')} `))) ||
      (said.length <= DESCRIPTION_WORDS && owned(e.description) !== e.description && opens(owned(e.description)))
    );
  };
  const holders = corpus.dataset.entities.filter((e) => e.kind === 'person' && (e.aliases.some((n) => opens(n) && words(n).length > asked.length) || described(e)) && there(e));
  return holders.length === 1 ? holders[0]!.name : undefined;
}

/** Whether the question calls an entity only by a post of theirs ("foreign minister"), never by a name. */
export function namedByPostOnly(a: Analysis, corpus: Corpus, entity: string): boolean {
  const said = a.terms.filter((t) => entityOf(corpus, t) === entity).map((t) => words(t.word).join(' '));
  const posts = (corpus.entity(entity)?.aliases ?? []).filter((alias) => ROLE_NAME.test(alias)).map((alias) => words(alias).join(' '));
  return said.length > 0 && said.every((w) => posts.includes(w));
}
