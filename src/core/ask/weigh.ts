// Weighing candidates, ask's third step: how well a fact suits the kind of answer asked for (its cue), and
// the checks a fact must pass to answer at all.
import type { Corpus } from '../corpus.js';
import type { Hit } from '../index/search-index.js';
import type { Fact, NumberFigure } from '../model.js';
import { ENTITY_PREFIX, entityTerm } from '../index/build.js';
import {
  MENTION_QUALITY,
  NAMING_QUALITY,
  ONE_SLIP_QUALITY,
  VOUCH_QUALITY,
  mentioned,
} from '../index/vocabulary.js';
import type { Vocabulary } from '../index/vocabulary.js';
import { MONTHS, spelledUnit } from '../text/extract-cues.js';
import { editDistance } from '../text/distance.js';
import { searchTerms } from '../search.js';
import {
  BUILDING_NOUNS,
  DETERMINERS,
  STOP_WORDS,
  baseForms,
  DETERMINER_WORD,
  pastForm,
  relatedWords,
  clauseOfEachWord,
  compoundHead,
  irregularBases,
  isDigits,
  KIND_NOUNS,
  PLACE_UNIT_NOUNS,
  NUMBER_WORDS_PATTERN,
  numberWord,
  isName,
  normalise,
  queryTerms,
  stem,
  words,
  countryOfWord,
  countryOfCapital,
  escapeRegExp,
  isPersonNoun,
  isPersonCompound,
  PARTICLES,
  phrasalVerb,
  MARGIN_ASKED,
  MARGIN_NAMED,
  CHANGE_TOLD,
  SHARE_UNIT,
  ROLE_NOUNS,
  isEnglishWord,
  HOW_OLD,
  PLAN_ASKED,
  AGE_UNIT,
  AGE_IN_WORDS,
  CHANGE_VERB,
  unseparated,
  COMPARISON_TOLD,
  OBJECT_PRONOUNS,
  wordOfNumber,
  numberPhrase,
  DIMENSION_ASKED,
  DIMENSION_WORDS,
  TIME_OF_DAY,
  RATE_BEFORE,
  YEAR_ASKED,
  YEAR_TOLD,
  AT_WORK_VERBS,
  COMING_VERBS,
} from '../text/index.js';
import {
  STOCK_TOLD,
  HOW_FAR,
  LIKENING,
  ACCURACY_TOLD,
  EARLIER_TIME,
  CLOCK_ASKED,
  DAY_PART_ASKED,
  NOT_A_TIME_AFTER,
  CHOICE_STATED,
  PLACE_AFTER,
  PLACE_ANSWER,
  CONDITION,
  ROLE_NAME,
  WHICH_CUE,
  WHICH_KIND,
  MANNER_TOLD,
  SAYING_NOUNS,
  SAYER_PEOPLE,
  GROUNDS_ASKED,
  GROUNDS_TOLD,
  FUTURE_IN_WORDS,
  MEASURE_UNIT,
  MONEY_UNIT,
  NEGATION,
  NOBODY,
  FIGURES_NOUN,
  DAY_TOLD,
  WEEKDAY,
  FUTURE_SAYING,
  durationsIn,
  POSTED_TOLD,
  HOW_LONG_IS,
  LENGTH_TOLD,
  ENDED,
  ENDED_ASKED,
  AVOIDANCE,
  OPPOSING,
  RELUCTANCE,
  CASUALTY_PEOPLE,
  CAUSE_AFTER,
  HARM_UNIT,
  CONDITIONAL_CLAIM,
  DECIDER_TOLD,
  PAST_ASKED,
  RANK_WORDS,
  FUTURE_TOLD,
  FUTURE_ASKED,
  PAST_TIME,
  DAY_NAMED,
  OPENING_CONDITION,
  PLAN_CONDITION,
  PLACE_WORDS,
  REASON_FOR,
  REASON_WORDS,
  TIME_PHRASE,
  TIME_WORDS,
  SPAN_UNIT,
  TYPE_HINTS,
  WHO_IS,
  RELATIVE_CLAUSE,
  CONTINUATION,
  WHERE_BEFORE_NAME,
  WHERE_FROM,
  ORIGIN,
  ORIGIN_PHRASE,
  MORE_THAN_THING,
  DIRECTION_WORD,
  MEANT_FOR,
  AS_BEFORE,
  GAINED_BY_DOING,
  WOULD_BE,
  REPORTED_CLAUSE,
  REPORTED_BY,
  PAST_WH,
  IN_THE_EVENT,
  PLACE_IN_NAME,
  DEATH_WORD,
  INJURY_WORD,
  SINCE_ANSWERS,
  SAYING_TIME_ASKED,
  saidAt,
  sideAsked,
  otherSideTold,
  AGAINST_ASKED,
  AGAINST_TOLD,
  FOR_TOLD,
  LEADING_CONDITION,
  PLAIN_PERSON_NOUNS,
  DOWNSIDE_ASKED,
  COST_TOLD,
  SUM_ASKED,
  GREATER_WORDS,
  LESSER_WORDS,
  FREQUENCY_TOLD,
  FORESEEN_ASKED,
} from '../text/cues.js';
import type { QueryTerm } from '../text/terms.js';
import {
  RELATED_MATCH,
  TELLS_OF_WORDS,
  WANTING,
  deedWord,
  entitiesMatching,
  membersNamed,
  entityAfter,
  entityNamed,
  kindNamed,
  kindWordsNamed,
  ongoingTold,
  ongoingWords,
  entityOf,
  deedOnlyPassive,
  factAgent,
  firstNamed,
  isMedium,
  isSide,
  mainSubject,
  mainSubjectOnSide,
  firstNamedIn,
  mediumNamed,
  entitiesNamedIn,
  namedAt,
  namesOf,
  namesOfSpeaker,
  speakerNamed,
  roleHolder,
  onSideOf,
  otherAgent,
  passiveBy,
  possessorOf,
  sameSide,
  speakerOf,
  subjectOf,
  subjectOnSide,
  victimsTold,
  withoutNames,
  describedAs,
  namedByPostOnly,
} from './names.js';
import type { Analysis } from './types.js';
import { DIRECTION_COMPARED, REASON_NOUNS, SAYING_VERBS, VOUCHING_TYPES, doerNamed, hintedTypes, otherMonth, otherYear, pluralNoun, reportsAsked, statesRole, wordsAfter } from './analyse.js';

/** How much a casualty report on the country a yes-or-no question names suits it. */
const SIDE_ASKED = 1.3;
/** How much a casualty report on another side than the one asked about suits a question. */
const OTHER_SIDE = 0.8;
/** How much a fact giving a reason suits a yes-or-no question asking whether something was the reason. */
const REASON_ASKED = 1.5;
/** How much a fact laying out a choice suits a question asking for one. */
const CHOICE_LAID_OUT = 1.5;
// How much a fact saying a deed is yet to be chosen weighs to "will X do it?", "is X going to do it?" (not
// "would it be ...?", which asks what something would be).
const UNDECIDED = 1.2;
const WILL_DO = /^will\b|\b(?:going to|gonna)\b(?! (?:war|the|a|an)\b)/;
// "Did the US retaliate?", "has Trump hit back?": asked whether it was done, a fact saying the one asked
// about has yet to choose whether to do it tells that it has not been: the doer, one or two words on.
const DONE_YET = /^(?:did|has|have) (?:the )?([a-z'-]+)(?: ([a-z'-]+))?/;
// How much a fact telling whether something goes on is preferred, for a question asking that.
const CONTINUES = 1.2;

// Kinds of fact that tell what may be, not what was done.
const UNDONE_TYPES: ReadonlySet<string> = new Set(['prediction', 'assessment', 'threat']);
// Whether a fact tells what someone said or will say: a quote, a statement, a report of someone's, or
// words of saying ("Iran can tell its people that ...").
function tellsWords(fact: Fact): boolean {
  return fact.quote !== undefined || fact.type === 'statement' || fact.attribution !== 'article' || TELLS_OF_WORDS.test(fact.text);
}

/**
 * The entity of the kind asked for ("which country") that a fact names and the question does not: one of
 * its entities, else one its text names ("sits in the northeast of Iraq").
 */
export function entityOfKind(a: Analysis, corpus: Corpus, fact: Fact): string | undefined {
  const fits = kindFits(a, corpus);
  return kindAfterPreposition(a, corpus, fact) ?? fact.entities.find(fits) ?? corpus.dataset.entities.map((e) => e.name).find((e) => fits(e) && namedAt(fact.text, corpus, e) !== Infinity);
}

// Whether an entity is of the kind asked for and not one the question names. ("In which city is the smaller
// base?": a thing named only by a description may be what is asked for; the reader does not know its name.)
function kindFits(a: Analysis, corpus: Corpus): (e: string) => boolean {
  return (e) => corpus.entityKind(e) === a.entityKind && (!a.namedInQuestion.has(e) || a.described?.has(e) === true);
}

// ("In which country are the US bases?": the one the fact names after "in", "bases in Iraq".)
// (`ofAsked`: only after a word of the question, "bases in Iraq" for "which country are the bases in?", not
// "52 targets in Iran".)
function kindAfterPreposition(a: Analysis, corpus: Corpus, fact: Fact, ofAsked = false): string | undefined {
  if (a.kindPreposition === undefined) return undefined;
  const fits = kindFits(a, corpus);
  const list = words(fact.text);
  for (let i = list.indexOf(a.kindPreposition); i >= 0; i = list.indexOf(a.kindPreposition, i + 1)) {
    if (ofAsked && (i === 0 || !a.terms.some((t) => heldIn(corpus, new Set([stem(list[i - 1]!)]), t)))) continue;
    const e = entityAfter(corpus, list, i, 5, fits);
    if (e !== undefined) return e;
  }
  // ("What country is the embassy in?" - "the US embassy in Baghdad": a capital after it says its country,
  // where the data names that country.)
  if (a.entityKind === 'country') {
    for (let i = list.indexOf(a.kindPreposition); i >= 0; i = list.indexOf(a.kindPreposition, i + 1)) {
      const next = list[i + 1] === 'the' ? list[i + 2] : list[i + 1];
      const country = next === undefined ? undefined : countryOfCapital(next).map((c) => corpus.entityNamed(c)).find((c) => c !== undefined && fits(c));
      if (country !== undefined) return country;
    }
  }
  return undefined;
}

// How much a fact naming the kind asked for after the question's preposition suits it ("which country are
// the bases in?" - "bases in Iraq", over "Iraq's military").
const PLACED_AS_ASKED = 1.1;

// Whether a fact's text names one of its entities of the kind asked for (and of its owner, "Iranian") by a
// name or alias the question does not use.
function namesKindAnew(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  // (One the data gives no country, whose own name is of the kind asked, is not another country's: the
  // "Democratic Party" for "which US political party".)
  const owned = (name: string): boolean => a.kindOwner === undefined || sameSide(corpus, name, a.kindOwner) || (a.kindNoun !== undefined && !corpus.countriesOf(name).length && calledBy(corpus, name, a.kindNoun));
  // (Where something came from is named after "from": "from Iranian soil".)
  const text = a.kindFrom ? (ORIGIN_PHRASE.exec(fact.text)?.[0] ?? '') : fact.text;
  // (The fact's own entities only: a large dataset's every name read for every candidate costs too much.)
  return fact.entities.some((name) => {
    const e = corpus.entity(name);
    // (One the question itself names is named anew only by a name it does not type: "which Iranian TV
    // channel?" - "pro-government TV" is Iranian TV again, no channel of it; "the US embassy" - "the US embassy
    // in Baghdad" names Baghdad.)
    const again = a.namedInQuestion.has(name) && a.described?.has(name) !== true;
    const anew = (n: string): boolean => words(n).some((w) => !a.asked.has(w) && (!again || isName(w) || corpus.entityNamed(w) !== undefined));
    // ("Which company will build the wall?": a public body, "the Environment Agency", is no firm.)
    const publicBody = a.kindNoun !== undefined && TRADING_KINDS.has(a.kindNoun.replace(/s$/, '')) && PUBLIC_BODY.test(name);
    // ("Which area is al-Asad in?" - "in western Iraq": where something lies, a country is a place too.)
    const kind = corpus.entityKind(name);
    return e !== undefined && (kind === a.entityKind || (a.intent === 'where' && a.entityKind === 'place' && kind === 'country')) && owned(name) && !publicBody && [e.name, ...e.aliases].some((n) => namedAt(text, corpus, n) !== Infinity && !a.asked.has(words(n).join(' ')) && anew(n));
  });
}
// Kinds of body that trade, and the words naming a public body, which is none of them.
const TRADING_KINDS: ReadonlySet<string> = new Set(['firm', 'company', 'business']);
const PUBLIC_BODY = /\b(?:agency|council|authority|department|ministry|government|police|commission|parliament|assembly|court|executive)\b/i;

// Whether a fact says which kind of the thing asked of it tells: a word qualifying a word for the thing, just
// before it ("covert operations", "the launch video", "pro-government television") or after it by an "of"
// ("video of its missiles rising"), in its text or its short
// answer. A figure, a name or a people's word says how many or whose, not which kind: "22 missiles" and "the
// Iranian missiles" do not answer "what kind of missiles", nor does a fact that matched the thing (through
// its asks) without naming it. One that does not vouch for the thing at all ("covert operations" for "what
// kind of action", in no words the lexicon relates) is left to the other checks.
function saysWhichKind(thing: QueryTerm, corpus: Corpus, hit: Hit): boolean {
  const matches = corpus.index.vocabulary.expand(thing);
  const qualifies = (w: string | undefined): boolean =>
    w !== undefined && !STOP_WORDS.has(w) && !isDigits(stem(w)) && numberWord(w) === undefined && corpus.entityNamed(w) === undefined && !countryOfWord(w).length;
  let named = false;
  for (const text of [hit.fact.text, hit.fact.answer ?? '']) {
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      if ((matches.get(stem(ws[i]!)) ?? 0) < VOUCH_QUALITY) continue;
      // (Or after it, by what it is of: "video of its missiles rising".)
      const of = ws[i + 1] === 'of' ? ws.slice(i + 2).find((w) => !DETERMINERS.has(w)) : undefined;
      if (qualifies(ws[i - 1]) || qualifies(of)) return true;
      named = true;
    }
  }
  return !named && (hit.terms.get(thing.stem) ?? 0) < VOUCH_QUALITY;
}

/** The person whose home a question asks ("where is Darius Kemp from?", "where does she come from?"), named in it. */
export function homeAsked(a: Analysis, corpus: Corpus): string | undefined {
  const m = PERSON_FROM.exec(a.folded);
  const who = m?.[1] ?? m?.[2];
  if (who === undefined) return undefined;
  return [...a.namedInQuestion].find((e) => corpus.entityKind(e) === 'person' && namesOf(corpus, e).some((n) => words(who).join(' ').includes(words(n).join(' '))));
}
/** Where a text says someone is from, beside their name after "of" or "from": "34-year-old Darius Kemp, of Warrington," - "Warrington". */
export function homeTold(corpus: Corpus, person: string, text: string): string | undefined {
  for (const n of namesOf(corpus, person)) {
    const home = new RegExp(`${words(n).map(escapeRegExp).join('\\W+')}(?:, [^,.;]{1,40})?,? (?:of|from) ((?:the )?\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)*)`, 'iu').exec(text);
    if (home) return home[1];
  }
  return undefined;
}
// "Where is Darius Kemp from?", "where does he come from": a few words of someone, then "from".
const PERSON_FROM = /^where (?:is|was|are|were) ((?:[a-z'.-]+ ){0,3}[a-z'.-]+) (?:originally )?from\W*$|^where (?:does|did|do) ((?:[a-z'.-]+ ){0,3}[a-z'.-]+) (?:originally )?(?:come|hail) from\W*$/;

// A month's name as a thing, after a determiner: "the march", "their march".
const MONTH_AS_THING = /\b(?:the|a|their|this|that|his|her|its|our) (march)\b/;

// "Leader of the council": a post, and what it is of.
const POST_OF = /^(?:the )?([a-z]+) of (?:the )?(.+)$/;

// Whether the entity a "which Q K" question would be answered with is a K: true unless the question's
// qualifier Q only qualifies one of its names ("Democratic" in "Democratic Party") and neither its names nor
// its description say K.
function qualifiedOne(asked: { qualifier: string; kind: string }, corpus: Corpus, name: string | undefined): boolean {
  const e = name === undefined ? undefined : corpus.entity(name);
  if (!e) return true;
  const names = [e.name, ...e.aliases].map((n) => words(n));
  const qualifies = names.some((ws) => ws.indexOf(asked.qualifier) >= 0 && ws.indexOf(asked.qualifier) < ws.length - 1);
  const kind = stem(asked.kind);
  return !qualifies || [...names, words(e.description)].some((ws) => ws.some((w) => stem(w) === kind));
}

/**
 * Whether a fact lays out a choice ("Trump has to decide between letting the strikes pass and hitting
 * back"), one for whoever the question names ("Iran's options" are not Trump's): named before its verb.
 */
export function statesChoice(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const text = normalise(fact.text);
  const m = CHOICE_STATED.exec(text);
  if (!m) return false;
  const whose = a.terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined && corpus.entityKind(n) !== 'place');
  return whose.every((name) => namedAt(text.slice(0, m.index), corpus, name) !== Infinity);
}
// The same as a hit's match quality holds it: the index keeps qualities as 32-bit floats, and 0.7 is
// 0.699999988 there, under RELATED_MATCH, so a related word compared with it never counted.
export const RELATED_HIT = Math.fround(RELATED_MATCH);
// (And the least quality at which a word names what the data's does, as the index keeps it.)
const NAMING_HIT = Math.fround(NAMING_QUALITY);

// How much grounds given suit a question asking how a deed is justified: more than a reason for it.
const GROUNDS_FIRST = 2.2;

// How much a prediction suits a question asking what will happen.
const PREDICTED = 1.6;
// How much a fact telling what was still going on is lifted, where that is asked.
const ONGOING = 1.3;

// How much words telling of what is to come suit a question asking what someone said would be.
const FUTURE_SAID = 1.3;

// How much a fact supposing what the question supposes is lifted.
const SAME_SUPPOSED = 1.3;

// How much a fact of what follows only if something is so weighs to a question supposing nothing.
const ONLY_IF = 0.85;

/**
 * Whether a fact opens with a condition (or states a claim that holds if one is) that holds half or more of
 * the words the question supposes, as typed or by a relation, names aside ("the US" for "Trump").
 */
export function supposesAlike(supposed: readonly QueryTerm[], corpus: Corpus, fact: Fact): boolean {
  const text = normalise(fact.text);
  const opening = OPENING_CONDITION.exec(text)?.[0] ?? (CONDITIONAL_CLAIM.test(text) ? text.slice(text.search(/\bif\b/)) : undefined);
  if (opening === undefined) return false;
  const own = new Set(words(opening).map(stem));
  const asked = supposed.filter((t) => entityOf(corpus, t) === undefined);
  const held = asked.filter((t) => heldIn(corpus, own, t));
  return held.length > 0 && held.length * 2 >= asked.length;
}

// A verb of money and who it falls on ("cost the airline", "pay the workers"), in a question and a fact.
// (A verb, not the noun after its article: "how much has the cost gone up by?" names no payer.)
// (Nor a noun before its own verb: "parking charges will rise", "costs are up".)
const PAYER = /(?<!\b(?:the|its|their|his|her|our|your|a|total|overall|extra|running) )\b(cost|costs|costing|pay|pays|paid|charge|charges|charged|fine|fined|owe|owes|owed|save|saves|saved) (?!(?:will|would|could|can|may|might|should|must|have|has|had|are|is|were|was|rose|rise|rising|risen|fell|fall|falling|go|went|gone|up|down|increased|increase|jumped)\b)(?:the |its |their |a )?([a-z-]+(?: [a-z-]+)?)/;
// The one a fact says a deed of money falls on, where the question asks of another ("the tourism sector").
function otherPayer(folded: string, text: string, raw: string): string | undefined {
  const asked = PAYER.exec(folded);
  if (!asked) return undefined;
  const told = new RegExp(PAYER.source, 'g');
  const askedStem = stem(asked[2]!.split(' ')[0]!);
  // (The same verb in any form: "cost", "costing"; "fine", "fined".)
  const falls = [...text.matchAll(told)].filter((m) => stem(m[1]!) === stem(asked[1]!) || m[1]!.slice(0, 3) === asked[1]!.slice(0, 3));
  if (!falls.length || falls.some((m) => m[2]!.split(' ').some((w) => stem(w) === askedStem))) return undefined;
  // (Not a sum or a figure right after the verb: "would cost about €25 million" names no one.)
  // (Nor a noun's "of", "hotel costs of up to £120", nor a pronoun, "would cost us £6.5 million": the one
  // who says it, whoever that is; "us" typed in capitals is the country.)
  const named = falls.map((m) => m[2]!).find((o) => !/^(?:about|around|some|nearly|almost|up|over|more|less|at|of|for|in|on|to|by)\b|^\d/.test(o) && !(OBJECT_PRONOUNS.has(o.split(' ')[0]!) && !new RegExp(`\\b${o.split(' ')[0]!.toUpperCase()}\\b`).test(raw)));
  return named;
}

// "What happened at (to, in) X?", "what's going on with X?": what happened, of a thing named.
const HAPPENED_AT = /^(?:(?:so|ok|okay|well|and) )?what(?:'s| has| is)? (?:happened|happening|going on|went on) (?:at|to|in|with|inside)\b/;
// A fact saying only who or what someone is ("Priya Nair is a Meridian Pay spokeswoman.").
const WHO_IS_ONLY = /^\p{Lu}[\p{L}'\u2019. -]+ is (?:the|a|an) [^,;]+\.$/u;
const WHO_IS_FOR_WHAT_HAPPENED = 0.8;
const STANCE_AGAINST = 1.15;
// Whether a (folded) fact tells of keeping away from something or not wanting it.
const keptFrom = (text: string): boolean => AVOIDANCE.test(text) || (NEGATION.test(text) && WANTING.test(text));
const LEDE = 1.1;
// "What does X think (make of, believe) ...?": a view asked of someone, which their own facts give (see cue).
const THINKS_ASKED = /^what (?:does|did|do) (?:[a-z'.-]+ ){1,4}(?:think|believe|feel|reckon|make of)\b/;
const VIEW_OF_NAMED = 1.1;
// A fact whose sayer is the one the question says it of, asked who said it (see cue).
const SAID_OF_ITSELF = 0.75;

// Whether a fact's own clause tells of a year before the article's, and of nothing still to come.
function ofYearGoneBy(corpus: Corpus, text: string): boolean {
  const own = text.replace(/,\s*(?:who|which|whose|where|when)\b[^,]*,?/g, ' ');
  return yearGoneBy(corpus, own) && !FUTURE_TOLD.test(own) && !/\b(?:will|would|shall|plans?|planned|intends?|intended|wants?)\b/.test(own);
}

/** Whether a time is told as gone by: "the previous week", or a year before the article's own. */
export function timeGoneBy(corpus: Corpus, time: string): boolean {
  return PAST_TIME.test(time) || yearGoneBy(corpus, time);
}

// Whether a time names a year before the article's own.
function yearGoneBy(corpus: Corpus, time: string): boolean {
  const year = /\b(?:1[89]|20)\d\d\b/.exec(time)?.[0];
  return year !== undefined && Number(year) < Number(corpus.dataset.article.date.slice(0, 4));
}

// Whether a time names a day before the article's date ("on Thursday 27 November", of an article of 1
// December): one with no year, a day of the two months before it; one with a year, any day before it.
function dayGoneBy(corpus: Corpus, time: string): boolean {
  const m = DAY_OF_MONTH.exec(time);
  if (m === null) return false;
  const month = MONTHS.indexOf((m[2] ?? m[3])!.toLowerCase());
  const day = Number(m[1] ?? m[4]);
  const article = new Date(`${corpus.dataset.article.date.slice(0, 10)}T00:00:00Z`);
  if (month < 0 || !Number.isFinite(article.getTime())) return false;
  const year = m[5] !== undefined ? Number(m[5]) : article.getUTCFullYear();
  const gone = article.getTime() - Date.UTC(year, month, day);
  return gone > 0 && (m[5] !== undefined || gone <= DAYS_BACK * 86_400_000);
}
// Whether every time a text tells is a day gone by (see dayGoneBy), or a part of one.
function daysGoneBy(corpus: Corpus, text: string): boolean {
  const times = timesIn(text);
  const dated = times.filter((t) => DAY_OF_MONTH.test(t[0]));
  return dated.length > 0 && dated.every((t) => dayGoneBy(corpus, t[0])) && times.every((t) => dated.includes(t) || PART_OF_DAY.test(t[0]));
}
// Whether a question asks which people: "which councillors ...?", "which MPs ...?".
function whichPeople(folded: string): boolean {
  const noun = /^which ([a-z]+)/.exec(folded)?.[1];
  return noun !== undefined && (isPersonNoun(noun) || isPersonNoun(noun.replace(/s$/, '')));
}

// Whether every time a (folded) text gives is told of a deed done: a verb in the past a few words before it
// in its clause, and no word of what is to come in the clause ("approved the plan on Monday night"; not "are
// due to begin replacing the damaged cables in May", "promised the pool would open next summer").
function timesOfDeedsDone(text: string): boolean {
  const times = timesIn(text);
  return (
    times.length > 0 &&
    times.every((t) => {
      const before = text.slice(0, t.index);
      // (Its own clause, after any word opening one: "will build a new wing after the board approved ...".)
      const clause = words(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)).reduce<string[]>((own, w) => (CLAUSE_OPENS.test(w) ? [] : [...own, w]), []);
      // (A verb, not a word describing a thing: "the damaged cables"; an irregular form that is no plural:
      // "built", "began", not "children".)
      const past = clause.slice(-5).some((w, i, near) => (/[^e]ed$/.test(w) || (irregularBases(w).length > 0 && !/(?:s|ren|men)$/.test(w))) && !DETERMINER_WORD.test(near[i - 1] ?? ''));
      return past && !clause.some((w) => FUTURE_WORD.test(w));
    })
  );
}
// Whether every time a (folded) text gives comes round again: "at the end of each month".
function recursOnly(text: string): boolean {
  const times = timesIn(text);
  return times.length > 0 && times.every((t) => RECURRING_BEFORE.test(text.slice(Math.max(0, t.index - 12), t.index)));
}
const RECURRING_BEFORE = /\b(?:each|every)\s+$/;
const FUTURE_WORD = /^(?:will|would|shall|to|due|expected|expects|scheduled|set|planned|plans|going|hoped|hopes|intended|aims|likely|unlikely|could|may|might|should)$/;
const CLAUSE_OPENS = /^(?:after|before|when|because|since|once|until|while|whereas|although|though)$/;
const PART_OF_DAY = /^(?:(?:on|in|at|during) )?(?:the )?(?:early |late )?(?:morning|afternoon|evening|night|overnight|day)$/i;
// How far back a day with no year is still read as of the article's year (see dayGoneBy).
const DAYS_BACK = 61;
// "27 November", "November 27", with a year after: "27 November 2025".
const DAY_OF_MONTH = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS.join('|')})|(${MONTHS.join('|')}) (\\d{1,2})(?:st|nd|rd|th)?)\\b(?:,? ((?:19|20)\\d\\d)\\b)?`, 'i');

/**
 * The side of a vote a yes-or-no question asks of someone it names ("did the Green Future Party vote against
 * the bill?": against, the Green Future Party), if it asks one (of its words as `folded` reads them).
 */
export function voteAsked(a: Analysis, corpus: Corpus, folded: string): { side: 'against' | 'for'; voter: string } | undefined {
  const side = sideAsked(folded);
  const voter = side === undefined ? undefined : [...a.namedInQuestion].find((e) => corpus.entityKind(e) !== 'place' && corpus.entityKind(e) !== 'country');
  return side !== undefined && voter !== undefined ? { side, voter } : undefined;
}

// Whether a set of stems holds a question's word, as typed or by a relation.
function heldIn(corpus: Corpus, own: ReadonlySet<string>, t: QueryTerm): boolean {
  return own.has(t.stem) || [...corpus.index.vocabulary.expand(t)].some(([st, q]) => q >= RELATED_HIT && own.has(st));
}

// Whether a question asks if its doer did what the fact says is theirs to choose: the fact's subject on the
// doer's side ("Trump" for "the US"), and each of the question's other words in the fact, as typed or by a
// relation ("did Iran retaliate?" is not asked of Trump's choice; "did Trump freak out?" not of one to hit back).
function notYetDone(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const m = DONE_YET.exec(a.folded);
  if (m === null) return false;
  const doer = (m[2] === undefined ? undefined : doerNamed(corpus, `${m[1]} ${m[2]}`)) ?? doerNamed(corpus, m[1]);
  if (doer === undefined || !mainSubjectOnSide(corpus, fact, doer)) return false;
  const own = new Set(words(normalise(fact.text)).map(stem));
  return a.terms.every((t) => entityOf(corpus, t) !== undefined || heldIn(corpus, own, t));
}

// Whether what follows a fact's opening condition holds a word of the question, as typed or by a relation,
// names aside.
function followsHold(terms: readonly QueryTerm[], corpus: Corpus, fact: Fact): boolean {
  const text = normalise(fact.text);
  const opening = OPENING_CONDITION.exec(text);
  if (opening === null) return true;
  const own = new Set(words(text.slice(opening[0].length)).map(stem));
  return terms.some((t) => entityOf(corpus, t) === undefined && heldIn(corpus, own, t));
}

// Words asking of deaths, and words of a fact that tells of them (or of casualties, losses, a toll, or no one
// killed).
const DEATH_ASKED: ReadonlySet<string> = new Set(['die', 'died', 'dies', 'dying', 'dead', 'deaths', 'kill', 'killed', 'kills', 'fatalities', 'fatality', 'perish', 'perished', 'lives']);
const DEATH_TOLD = /\b(?:kill\w*|die[sd]?|dying|dead|deaths?|fatal\w*|casualt\w*|lives|lost|loss\w*|lose|toll|perish\w*|slain|murder\w*|assassinat\w*|harmless)\b/;

// What a prediction weighs for a yes-or-no question about what happened.
const WHAT_MAY_HAPPEN = 0.9;

/**
 * The times a text tells, in order: not a rate ("a mobile van two mornings a week") nor a time word naming
 * the kind of a thing after it ("recruiting for weekend feeding shifts", "night buses").
 */
export function timesIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(TIME_PHRASE.source, 'gi'))].filter((m) => {
    if (RATE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
    const next = /^ ([a-z]+)\b/.exec(text.slice(m.index + m[0].length))?.[1];
    const before = words(text.slice(Math.max(0, m.index - 20), m.index)).at(-1) ?? '';
    return m[0].includes(' ') || next === undefined || STOP_WORDS.has(next) || TIME_WORDS.has(next) || TIME_BEFORE.has(before.toLowerCase());
  });
}
// Words before a bare time word that make it a time: "on Monday", "every weekend", "early Wednesday".
const TIME_BEFORE: ReadonlySet<string> = new Set(['on', 'at', 'in', 'by', 'this', 'next', 'last', 'every', 'each', 'the', 'that', 'until', 'till', 'since', 'from', 'during', 'over', 'early', 'late', 'before', 'after', 'one', 'of']);

/** How well a fact suits the kind of answer wanted: 1 is neutral. */
export function cue(a: Analysis, hinted: readonly Fact['type'][], fact: Fact, corpus: Corpus, question: string): number {
  // "Will Iran attack again?", "are more attacks coming?", "is Iran done?": whether something goes on is
  // told by a fact that says so ("more", "further", "keep", "finished"), one way or the other, whatever its
  // type: it tells what comes. ("More" that compares, "more Americans or more Iraqis", asks no such thing.)
  const goesOn = a.goesOnAsked && !a.compare && !a.difference && tellsWhetherItGoesOn(fact);
  // "What are Trump's options?": a fact that lays out a choice, in whatever words.
  // ("Will Trump retaliate?": where the fact says he has yet to choose between that and something else, it
  // tells that it is not settled - the answer, over what follows if he does; and it tells what comes, as a
  // prediction would.)
  const undecided = a.intent === 'yesno' && !a.supposing?.length && (WILL_DO.test(a.folded) || notYetDone(a, corpus, fact)) && CHOICE_STATED.test(normalise(fact.text)) ? UNDECIDED : 1;
  const typeCue = hinted.length === 0 ? 1 : hinted.includes(fact.type) || goesOn || undecided > 1 ? 1.25 : 0.95;
  const choiceCue = ((a.choice.length || a.choiceAsked) && statesChoice(a, corpus, fact) ? CHOICE_LAID_OUT : 1) * undecided;
  // "What did Tehran do to hit back?": a deed is asked for; a vow or a statement is words.
  // ("What did the US do?" - "Soleimani had been killed by the United States": a deed told of its doer by
  // "by", whatever the fact's type, as an event is.)
  const deedCue = a.doer === undefined ? 1 : WORDS_TYPES.has(fact.type) ? WORDS_FOR_DEED : typeCue < 1 && passiveBy(corpus, fact, a.doer) ? 1.25 / typeCue : 1;
  // "How did Trump respond?", "what did Iran do?": asked what happened, what may happen tells it less.
  const pastCue = a.intent === 'what' && fact.type === 'prediction' && PAST_WH.test(normalise(question)) ? WHAT_MAY_HAPPEN : 1;
  // "If the US lets it go, will things calm down?": a fact supposing the same ("if Trump overlooks the
  // strikes, ...") tells what follows from it.
  const sameSupposed = a.supposing?.length && supposesAlike(a.supposing, corpus, fact) ? SAME_SUPPOSED : 1;
  // ("What's next for Trump?", supposing nothing, is told less by what follows only if he retaliates; not
  // "us retaliation consequences", which names the condition.)
  // (Nor is whether something is so: "is Iran done shooting?" - "should Trump pick retaliation, more
  // shooting is to be expected".)
  // (A yes or no of the condition itself is told nothing by what follows from it: "is Trump going to
  // retaliate?" - "should Trump pick retaliation, more shooting is to be expected".)
  const onlyIf =
    !a.supposing?.length &&
    (a.intent === 'what' || a.intent === 'outcome' || a.intent === 'yesno') &&
    OPENING_CONDITION.test(fact.text) &&
    // (Not the plan's own going ahead: "If approved, the Millbrook building could be sold" tells what comes.)
    !PLAN_CONDITION.test(fact.text) &&
    (!supposesAlike(a.terms, corpus, fact) || (a.intent === 'yesno' && !followsHold(a.terms, corpus, fact)))
      ? ONLY_IF
      : 1;
  // "What did Soleimani's killing lead to?": a fact telling what was done in answer to it ("the strikes were
  // Iran's answer to America killing Soleimani") tells what followed.
  const effectCue = a.effectOf?.length && effectTold(a.effectOf, fact) ? EFFECT_TOLD : 1;
  // (Only where the kind asked for is named after the question's preposition.)
  const placed = a.entityKind !== undefined && a.kindPreposition !== undefined && kindAfterPreposition(a, corpus, fact, true) !== undefined ? PLACED_AS_ASKED : 1;
  // ("Has the damage been fully counted yet?", "what was still being worked out?": a fact telling what was
  // still going on.)
  const ongoing = a.ongoingAsked && ongoingTold(fact) ? ONGOING : 1;
  // ("Who said Iran is not looking for war?" - "Zarif said Iran wants neither escalation nor war", over
  // "Iran is indicating ...": a sayer the question names as what is said of is the less likely answer.)
  const sayer = a.whoSaid ? corpus.entityNamed(speakerOf(corpus, fact)) : undefined;
  const ofItself = sayer !== undefined && a.namedInQuestion.has(sayer) ? SAID_OF_ITSELF : 1;
  // ("What does Sarah Whitlock think of the rent cap?": the view of the one named, over a fact on the thing
  // alone that ties it.)
  const viewOf = a.intent === 'what' && THINKS_ASKED.test(a.folded) && [...a.namedInQuestion].some((e) => corpus.entityKind(e) === 'person' && (speakerOf(corpus, fact) === e || fact.attribution === e)) ? VIEW_OF_NAMED : 1;
  // ("What happened at Meridian Pay?": a fact saying only who someone is tells nothing that happened.)
  // (And the article's opening tells it first: a news story leads with what happened.)
  const happenedAt = HAPPENED_AT.test(a.folded.trim());
  const happened = happenedAt && fact.type === 'background' && WHO_IS_ONLY.test(fact.text) ? WHO_IS_FOR_WHAT_HAPPENED : happenedAt && fact.paragraph === 1 ? LEDE : 1;
  // ("When did the dispute begin?": a time to come, "talks are due to begin on Monday", tells less of what
  // has been.)
  // (Every time it gives after its words of what is to come: not "started at 5am and is due to end at 5am
  // on Sunday".)
  // (Unless a plan is asked: "when was the unit meant to open?" - "was due to open in November 2023".)
  const yetToCome = a.intent === 'when' && PAST_WHEN.test(a.folded.trim()) && timesToCome(normalise(fact.text), (t) => timeGoneBy(corpus, t)) ? (PLAN_ASKED.test(a.folded) ? PLAN_TOLD : TO_COME_FOR_PAST) : 1;
  // ("How does the US military compare with Iran's?": a fact stating a comparison, "the stronger US military".)
  // (So does "how many fewer plots ...?" by one weighing two counts of them: "50 plots is fewer than the 64".)
  const compared = (a.comparisonAsked && COMPARISON_TOLD.test(fact.text)) || (a.intent === 'count' && HOW_MANY_WEIGHED.test(a.folded) && countsWeighed(fact) !== undefined) ? COMPARISON_STATED : 1;
  // ("Will the Democrats look silly?": a fact telling what they were said or shown to be, over one of them.)
  const looks = looksTold(a, corpus, fact).length ? LOOK_TOLD : 1;
  // ("What were residents told to do?": a fact telling what someone was advised or ordered to do.)
  const instructed = INSTRUCTION_ASKED.test(a.folded) && INSTRUCTION_TOLD.test(normalise(fact.text)) ? INSTRUCTION : 1;
  // ("Is Iran scared of a war with the US?", "is Trump against a war?": a stance against something, told by a
  // fact of keeping away from it or not wanting it, over one that only names it.)
  // (Of the one the question asks of, named first: "is Iran scared of a war with the US?" is not told by
  // "Trump does not want to go to war with Iran".)
  const stanceAsked = a.intent === 'yesno' && (RELUCTANCE.test(a.folded) || OPPOSING.test(a.folded));
  const stanceOf = stanceAsked ? firstNamedIn(a.folded, corpus, [...a.namedInQuestion]) : undefined;
  const against = stanceAsked && keptFrom(normalise(fact.text)) && (stanceOf === undefined || mainSubjectOnSide(corpus, fact, stanceOf)) ? STANCE_AGAINST : 1;
  // ("How long is the path?": a length of a thing, "a 9.5-mile path", over how long its building takes.)
  const measured = a.lengthAsked && LENGTH_TOLD.test(normalise(fact.text)) && HOW_LONG_IS.test(a.folded.trim()) ? LENGTH_OF_THING : 1;
  // ("How long is the consultation?": "a six-week public consultation", a span told, over "runs until 25
  // April", the day it ends.)
  const spanned = a.lengthAsked && measured === 1 && durationsIn(normalise(fact.text), false).some((m) => !/^(?:until|till|since)\b/i.test(m[0])) ? SPAN_TOLD : 1;
  // ("What does the opposition leader think will happen?": what they foretold, "warned that the change would
  // lead to ...", over something else they said.)
  // (The question's patterns only where it opens or holds their words: cue runs for every candidate.)
  const told = normalise(fact.text);
  const foreseen = a.folded.startsWith('what ') && FORESEEN_ASKED.test(a.folded) && FORESEEN_TOLD.test(told) ? FORESEEN_WEIGHT : 1;
  // ("What was the vote?": its tally, "voted five to two", over a fact of one who voted.)
  const tallied = (a.asked.has('vote') || a.asked.has('voting') || a.asked.has('tally')) && VOTE_ASKED.test(a.folded.trim()) && /\bvot(?:e|es|ed|ing)\b/.test(told) && TALLY_TOLD.test(unseparated(told)) ? TALLY_WEIGHT : 1;
  // ("When does the inquiry start?": a fact telling the time of another thing, "construction could begin",
  // below one of the inquiry.)
  const ofOther = a.timeOf !== undefined && !words(told).some((w) => a.timeOf!.has(stem(w))) ? TIME_OF_OTHER : 1;
  // ("When will the ban end?": "will stay in place until reservoir levels recover" tells the end.)
  const untilEnd = a.intent === 'when' && [...a.asked].some((w) => END_ASKED.has(w)) && /\b(?:until|till)\b/.test(told) ? UNTIL_WEIGHT : 1;
  return untilEnd * foreseen * tallied * ofOther * spanned * measured * against * instructed * looks * yetToCome * compared * happened * viewOf * ofItself * ongoing * placed * effectCue * typeCue * choiceCue * deedCue * pastCue * sameSupposed * onlyIf * (goesOn ? CONTINUES : 1) * (narrowerReport(a, corpus, fact) ? NARROWER : 1) * (a.intent !== 'yesno' && a.intent !== 'outcome' && hinted.includes('casualties') ? oneSideReport(a, corpus, fact) : 1) * intentCue(a, fact, corpus, question) * (othersOnly(a, corpus, fact) ? OTHERS_ONLY : 1);
}

// ("What will the council do about rent?" - "has agreed to waive rent": a deed agreed, promised or voted
// for is one to come.)
const COMMITTED_TO = /\b(?:agreed|agrees|promised|promises|pledged|pledges|vowed|vows|undertook|undertaken|committed|commits|decided|decides|voted|votes|resolved) to (?!(?:the|a|an|its|his|her|their|this|that|those|these|it|them|him)\b)[a-z]/;

// A fact foretelling, what FORESEEN_ASKED asks (see cue).
const FORESEEN_TOLD = /\b(?:would|will|could|might|may|warn(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|fear(?:s|ed)?)\b/;
const FORESEEN_WEIGHT = 1.1;
// "What was the vote?", "how did the vote go?": its result asked, which a tally tells (see cue).
const VOTE_ASKED = /^(?:(?:so|and|ok) )?(?:what (?:was|is|were) the (?:final |actual |overall )?(?:vote|voting|tally|result of the vote|outcome of the vote|vote count)|how did the (?:final )?vote (?:go|end|turn out|come out))\W*$/;
const TALLY_WEIGHT = 1.2;
// How much a fact telling the time of another thing than the one asked weighs (see cue).
const TIME_OF_OTHER = 0.85;
// Words asking when something ends, and how much a fact telling what it lasts until weighs (see cue).
const END_ASKED: ReadonlySet<string> = new Set(['end', 'ends', 'finish', 'finishes', 'lifted', 'lift', 'over', 'stop', 'stops', 'expire', 'expires']);
const UNTIL_WEIGHT = 1.3;
// How much a length told weighs where a question asks how long a thing is (see cue).
const LENGTH_OF_THING = 1.2;
// How much a span of time told weighs where a question asks how long, over the day something ends (see cue).
const SPAN_TOLD = 1.1;

// "Are the Democrats gonna look dumb?", "why might they end up looking foolish?": the look asked of someone
// the question names, and what they look.
const LOOK_ASKED = /\b(?:look|looks|looking|looked|seem|seems|seeming|appear|appears|appearing|come across as|comes across as|coming across as)\s+(?:(?:kind of|kinda|sort of|a bit|a little|really|so|very|pretty|rather|quite|like)\s+)?([a-z]+)\b/;
// What a fact says someone was: "showed the Democrats were hysterical", "called the failure unacceptable" (a
// word of judgement, no name or post: "Zarif is Iran's foreign minister" says who he is).
const SAID_TO_BE = (name: string): RegExp => new RegExp(`\\b${name}\\s+(?:were|was|are|is|had been|have been|looked|seemed)\\s+(?:(?:so|very|too|being)\\s+)?([a-z]+)(?=\\s+(?:in|about|over|for|and|but|at)\\b|\\s*$)|\\b(?:call|calls|called|calling|brand|branded|label|labelled|labeled|paint|painted)\\s+(?:the\\s+)?${name}\\s+([a-z]+)`, 'g');

/** The question's words for how someone it names looks, where the fact tells what they were said or shown to be. */
export function looksTold(a: Analysis, corpus: Corpus, fact: Fact): QueryTerm[] {
  const look = LOOK_ASKED.exec(a.folded);
  if (!look) return [];
  const text = words(normalise(fact.text)).join(' ');
  const judgement = (w: string): boolean => isEnglishWord(w) && !isName(w) && !STOP_WORDS.has(w) && !DETERMINERS.has(w) && !countryOfWord(w).length && corpus.entityNamed(w) === undefined;
  const judged = [...a.namedInQuestion].some((e) => namesOf(corpus, e).some((n) => [...text.matchAll(SAID_TO_BE(words(n).map(escapeRegExp).join(' ')))].some((m) => judgement(m[1] ?? m[2]!))));
  if (!judged) return [];
  const lookWords = new Set(words(look[0]));
  return a.terms.filter((t) => lookWords.has(t.word));
}

// "Which body confirmed that no British personnel were hurt?": of the casualty reports, the one on the side
// the question names answers first, one on another side only last. (Yes-or-no questions weigh sides in
// intentCue, with the report on everyone; other questions only where they name one side asking of harm:
// "how might Iran spin the reports of zero US dead?" names two, and asks of Iran.)
function oneSideReport(a: Analysis, corpus: Corpus, fact: Fact): number {
  const sides = sidesNamed(a, corpus);
  return sides.length === 1 ? reportSide(sides, corpus, fact) : 1;
}
// A casualty report on a side the question names, on another side only, or neither.
function reportSide(sides: readonly string[], corpus: Corpus, fact: Fact): number {
  if (fact.type !== 'casualties' || !sides.length) return 1;
  if (fact.entities.some((e) => sides.some((c) => sameSide(corpus, e, c)))) return SIDE_ASKED;
  return fact.entities.some((e) => corpus.countriesOf(e).length > 0) ? OTHER_SIDE : 1;
}

// "Were there casualties?", "how many casualties were there?": a question of harm alone, naming no side,
// asks of everyone; a casualty report on one side ("no UK casualties") tells of fewer than asked.
function narrowerReport(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  // (The question's conditions first: telling a side among a large dataset's entities reads them all.)
  return fact.type === 'casualties' && a.terms.length > 0 && asksHarmOnly(a, corpus) && !sidesNamed(a, corpus).length && fact.entities.some((e) => isSide(corpus, e));
}
const NARROWER = OTHER_SIDE;

// The sides a question names.
function sidesNamed(a: Analysis, corpus: Corpus): string[] {
  return [...a.namedInQuestion].filter((n) => isSide(corpus, n));
}

/** Whether a question asks nothing but whether anyone was harmed: its every word says harm, or sets a scene. */
export function asksHarmOnly(a: Analysis, corpus: Corpus): boolean {
  // ("What was the death toll from Iran's strikes?": the harm in the event, whose words and doer set the
  // scene, as words before the question do.)
  const event = a.folded.includes("'s ") || / (?:in|during|from|by) /.test(a.folded) ? new Set(words(IN_THE_EVENT.exec(a.folded)?.[0] ?? '').map(stem)) : NO_WORDS;
  return a.terms.every((t) => a.scene.has(t.stem) || event.has(t.stem) || vouchesFor('casualties', t, corpus.index.vocabulary));
}
const NO_WORDS: ReadonlySet<string> = new Set();

const DOER_NAMED = 1.2;
const COMPARISON_STATED = 1.5;
// "What were residents told to do?", "what have people been asked to do?": an instruction asked.
const INSTRUCTION_ASKED = /\b(?:told|asked|advised|urged|ordered|instructed|warned|encouraged) to (?:do|stay|keep|avoid)\b/;
// "Were advised to keep windows closed": an instruction told.
const INSTRUCTION_TOLD = /\b(?:told|asked|advised|urged|ordered|instructed|warned|encouraged|requested) (?:[a-z]+ ){0,2}to [a-z]+/;
// How much a fact telling an instruction is lifted, asked one.
const INSTRUCTION = 1.3;
// How much a fact telling what someone was said or shown to be is lifted, asked how they look.
const LOOK_TOLD = 1.2;
const PAST_WHEN = /^when (?:did|was|were|had)\b/;
/** "How many fewer plots ...?", "how many more bays ...?": a difference of two counts asked (of a folded question). */
export const HOW_MANY_WEIGHED = /^how (?:many|much) (?:more|fewer|less)\b/;

/**
 * Two counts of one thing a fact weighs against each other, as it tells them ("50 plots is fewer than the 64
 * being lost"): the first, the second, and whether the first is the fewer; undefined where it weighs none.
 */
export function countsWeighed(fact: Fact): { first: NumberFigure; second: NumberFigure; fewer: boolean } | undefined {
  const figures = fact.numbers ?? [];
  if (figures.length < 2) return undefined;
  const text = unseparated(normalise(fact.text));
  for (const first of figures)
    for (const second of figures) {
      if (first === second || first.unit !== second.unit) continue;
      const m = new RegExp(`\\b${figureSaid(first.value)}\\b(?:\\s+[a-z-]+){0,3}?\\s+(?:(?:is|are|was|were|will be|would be)\\s+)?(fewer|less|lower|more|greater|higher) than (?:the |a |an )?${figureSaid(second.value)}\\b`).exec(text);
      if (m) return { first, second, fewer: /^(?:fewer|less|lower)$/.test(m[1]!) };
      // ("an average of 38 patients between 10pm and 8am, compared with 210 during the day": the larger first.)
      const set = first.value > second.value ? [second, first] : [first, second];
      if (new RegExp(`\\b${figureSaid(set[0]!.value)}\\b(?:[\\s,]+[a-z0-9-]+){0,8}?,?\\s+(?:compared with|compared to|against|versus|vs) (?:the |a |an )?${figureSaid(set[1]!.value)}\\b`).test(text)) return { first: set[1]!, second: set[0]!, fewer: false };
    }
  return undefined;
}

/** Whether a text gives times, each after words of what is to come ("talks are due to begin on Monday"). */
export function timesToCome(text: string, goneBy: (time: string) => boolean = () => false): boolean {
  // (Or a modal of what is to be: "the council said the new station should open in June 2026".)
  const future = FUTURE_TOLD.exec(text) ?? /\b(?:will|should|shall)\b/.exec(text);
  if (!future) return false;
  const times = [...text.matchAll(new RegExp(TIME_PHRASE.source, 'gi'))];
  // (Not one gone by, though told after it: "will reopen a section of trackbed closed by British Rail in 1964".)
  return times.length > 0 && times.every((m) => m.index > future.index && !goneBy(m[0]));
}
const TO_COME_FOR_PAST = 0.6;
// How much a time planned is lifted where a question asks when something was meant to happen.
const PLAN_TOLD = 1.2;
const WORDS_TYPES: ReadonlySet<Fact['type']> = new Set(['threat', 'statement']);
const WORDS_FOR_DEED = 0.9;

/**
 * Whether a fact's text gives a reason: a word of reason, or what someone did to another "for" something.
 * (Only the first explains another event the article tells: the second explains its own act.)
 */
export function givesReason(text: string): boolean {
  return REASON_WORDS.test(text) || REASON_FOR.test(text);
}

/**
 * Whether a fact says why more than a thing is wanted: "why does Khamenei want more than military action?" -
 * "military action on its own could not avenge him" (that it alone is not enough).
 */
export function moreNeeded(a: Analysis, text: string): boolean {
  return (MORE_THAN_THING.test(a.folded) || ONLY_THING.test(a.folded)) && ALONE_NOT_ENOUGH.test(text);
}
// "Why isn't Khamenei satisfied with just the missile strikes?": content with a thing alone, asked why not.
const ONLY_THING = /\b(?:with|by|from) (?:just|only|merely|simply|mere) (?:a |an |the )?[a-z]/;

// "What were the Democrats saying would happen once Soleimani was taken out?": a question naming several
// people or groups asks of them together; a fact telling of only some of them ("Trump could point out that
// he killed Soleimani") tells of something else.
function othersOnly(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const named = [...a.namedInQuestion].filter((n) => ['person', 'group'].includes(corpus.entityKind(n) ?? ''));
  return named.length > 1 && !named.every((n) => tellsOf(corpus, fact, n));
}
// How much a fact telling of only some of the people a question names suits it.
const OTHERS_ONLY = 0.7;

/**
 * "Why could de-escalating be a win for Trump?" - "By de-escalating now, Trump could point out that he
 * killed Soleimani": what a deed the question names lets someone do, told by a fact opening with it done
 * ("by de-escalating"), is why it would serve them.
 */
export function gainedBy(a: Analysis, corpus: Corpus, text: string): boolean {
  const opening = BY_DOING.exec(text)?.[1];
  // (Or after what it gains: "Iran can confuse the information war by telling its people ... are lying", by
  // a word of the deed, not a name it shares with the gain: "why is Iran keen to avoid war with the US?".)
  const deed = opening ?? GAINED_BY_DOING.exec(text)?.[1];
  if (deed === undefined) return false;
  // (As the index reads it: "de-escalating" is one word, "deescalating".)
  const done = new Set(words(deed).map(stem));
  return a.terms.some((t) => (opening !== undefined || entityOf(corpus, t) === undefined) && saidAmong(corpus, t, done, RELATED_HIT));
}
const BY_DOING = /^by ([a-z-]+ing)\b/;

/**
 * "Why did Doyle oppose the scheme?" - "Councillor Martin Doyle, who voted against it, said the money would
 * be better spent fixing potholes": a stance asked of someone is explained by their own words beside it.
 */
export function stanceExplained(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const stance = STANCE_ASKED.exec(a.folded)?.[0];
  if (stance === undefined || fact.type !== 'statement') return false;
  const people = [...a.namedInQuestion].filter((e) => corpus.entityKind(e) === 'person');
  const text = normalise(fact.text);
  // ("Why did residents object?" - "Objectors, led by the residents' group, argued that smoke ... would harm
  // homes": those the fact names by the stance, what they argued.)
  const root = stem(baseForms(stance)[0] ?? stance);
  const byStance = words(text).slice(0, 2).some((w) => w.length > root.length + 1 && stem(w).startsWith(root) && isPersonNoun(w.replace(/s$/, '')));
  return (byStance || (people.some((e) => fact.attribution === e || fact.quote?.speaker === e) && STANCE_TOLD.test(text))) && SAID_BESIDE.test(text);
}
const STANCE_ASKED = /\b(?:oppose|opposes|opposed|opposing|object|objects|objected|reject|rejects|rejected|criticise|criticised|criticize|criticized|resist|resisted|support|supports|supported|back|backs|backed|favour|favours|favoured|favor|favors|favored|welcome|welcomed|welcomes|vote|votes|voted)\b/;
const STANCE_TOLD = /\b(?:against|oppos\w*|object\w*|reject\w*|criticis\w*|criticiz\w*|resist\w*|support\w*|backed|backing|in favou?r|welcom\w*)\b/;
const SAID_BESIDE = /\b(?:said|says|argued|argues|warned|warns|told|claimed|claims|insisted|insists|complained|complain|complains)\b/;

// Whether a question asks the grounds given for a deed and the fact gives some.
function groundsGiven(a: Analysis, text: string): boolean {
  return GROUNDS_ASKED.test(a.folded) && GROUNDS_TOLD.test(text);
}

// "Why does the council want to sell the field?" - "Because the field belongs to a school, the council must
// get consent ... before it can sell the land": a reason opening a sentence explains its main clause, not a
// deed asked that only a clause of time or condition after it tells.
function becauseOfOther(a: Analysis, corpus: Corpus, text: string): boolean {
  const m = BECAUSE_OPENING.exec(text);
  if (!m) return false;
  const tail = SUBORDINATE.exec(m[2]!);
  if (!tail) return false;
  const told = (part: string): Set<string> => new Set(words(part).map(stem));
  const [reason, main, after] = [told(m[1]!), told(m[2]!.slice(0, tail.index)), told(m[2]!.slice(tail.index))];
  return unnamedTerms(a, corpus).some((t) => after.has(t.stem) && !main.has(t.stem) && !reason.has(t.stem));
}
const BECAUSE_OPENING = /^because ([^,]+), (.+)$/i;
const SUBORDINATE = /\b(?:before|after|until|unless|if|when|once|so that)\b/i;

// Whether a fact gives the reason a why-question asks for: a word of reason, or what someone did to another
// "for" something ("punished Iran for its assault"), unless the question asks about that something: "why
// did Iran attack?" is not answered by why Trump would punish the attack.
// So too a deed done "in retaliation for" (revenge for, in response to) something: "why did Iran launch the
// strike?" is not answered by Trump's threat to hit back "in retaliation for any Iranian strike".
function reasonFor(a: Analysis, corpus: Corpus, text: string): boolean {
  const m = REASON_FOR.exec(text) ?? CAUSE_AFTER.exec(text);
  if (!m) return REASON_WORDS.test(text);
  return !causeAsked(a, corpus, text, MENTION_QUALITY);
}

// "Why is the pier closed?" - "the pier has been closed to the public after Storm Ingrid tore away decking":
// the thing asked, then in the same clause "after" and what someone or something did, tells what brought it.
// (Not a time: "closed after the meeting" names no deed.)
function afterCause(a: Analysis, corpus: Corpus, text: string): boolean {
  const asked = new Set(unnamedTerms(a, corpus).map((t) => t.stem));
  if (!asked.size) return false;
  // (The clause "after" opens after a comma is the claim's still: "will close on 1 December for at least eight
  // months, after engineers found corroded steel beams".)
  return text.split(/[;:]|,(?!\s+after\b)/).some((clause) => {
    const list = words(clause);
    const at = list.indexOf('after');
    if (at < 1 || !list.slice(0, at).some((w) => asked.has(stem(w)))) return false;
    // (The verb of the words after it, not one of a clause of theirs: "after a planning meeting that lasted
    // almost four hours" is a time.)
    const after = list.slice(at + 2, at + 7);
    const own = after.slice(0, [...after, 'that'].findIndex((w) => /^(?:that|which|who|whose|where|when)$/.test(w)));
    return own.some((w) => !STOP_WORDS.has(w) && pastForm(w));
  });
}

// "Why might Iran's leaders be relieved?" - "... may be relieved that the strikes killed no Americans": the
// state asked about, followed by what it is felt at, gives its reason. (Not words said: "said that" tells
// what was said, no reason.)
function feltThat(a: Analysis, text: string): boolean {
  const list = words(text);
  return list.some((w, i) => (list[i + 1] === 'that' || list[i + 1] === 'because') && !SAYING_VERBS.test(w) && a.terms.some((t) => !t.stem.startsWith(ENTITY_PREFIX) && t.stem === stem(w)));
}

// Whether every word a why-question asks about (names aside) is, in the fact, in a clause of what someone
// said ("warned that killing Soleimani would lead to war"), as the word or a slip of it.
function saidOfOnly(a: Analysis, corpus: Corpus, text: string): boolean {
  const m = REPORTED_CLAUSE.exec(text);
  if (!m) return false;
  const clause = new Set(words(text.slice(m.index + m[0].length)).map(stem));
  const asked = unnamedTerms(a, corpus);
  return asked.length > 0 && asked.every((t) => saidAmong(corpus, t, clause, ONE_SLIP_QUALITY));
}

// Whether a fact's every content word, names aside, is one the question matched in it: it says nothing more.
function restatesOnly(corpus: Corpus, hit: Hit): boolean {
  const names = new Set(hit.fact.entities.flatMap((name) => namesOf(corpus, name)).flatMap((n) => words(n)));
  const matched = new Set(hit.stems);
  return words(hit.fact.text).every((w) => STOP_WORDS.has(w) || names.has(w) || matched.has(stem(w)));
}

// Whether what a why-question asks about is, in the fact, the cause of something else: "why did the US kill
// Soleimani?" - "The strikes were Iran's answer to America killing Qassim Soleimani" explains the strikes,
// not the killing. A question word counts where the cause has it, or a word it matches at least `quality`.
// (A word of reason before the cause still gives one.)
function causeAsked(a: Analysis, corpus: Corpus, text: string, quality: number): boolean {
  const m = REASON_FOR.exec(text) ?? CAUSE_AFTER.exec(text);
  if (!m || REASON_WORDS.test(text.slice(0, m.index))) return false;
  const cause = new Set(words(text.slice(m.index + m[0].length)).map(stem));
  const asked = unnamedTerms(a, corpus);
  return asked.some((t) => saidAmong(corpus, t, cause, quality));
}

/** The question's words that are no name: what it asks about a deed or a thing. */
export function unnamedTerms(a: Analysis, corpus: Corpus): QueryTerm[] {
  return a.terms.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && corpus.entityNamed(t.word) === undefined);
}

/**
 * Whether a question word is among some stems of a fact's words: its own stem, or one it matches at least
 * `quality`.
 */
export function saidAmong(corpus: Corpus, t: QueryTerm, stems: ReadonlySet<string>, quality: number): boolean {
  return stems.has(t.stem) || [...corpus.index.vocabulary.expand(t)].some(([st, q]) => q >= quality && stems.has(st));
}

// Whether a fact tells of an entity: lists it, or names it in its text.
function tellsOf(corpus: Corpus, fact: Fact, name: string): boolean {
  return fact.entities.includes(name) || namedAt(fact.text, corpus, name) !== Infinity;
}

/**
 * "Why might the attack end up humbling for Iran?" - "It will be humbling for Iran if its revenge turns out
 * to be fireworks": a claim that holds if something is so gives, in its condition, why it would, to a
 * question asking about that claim: one saying a word of the claim found in no more than one other fact.
 * (So does a threat or a vow made on a condition, asked of the one who made it: "Trump had threatened to
 * strike 52 targets if Iran attacked" says why he threatened them; not why Iran struck, nor why he chose
 * the number.)
 */
export function conditionGivesReason(a: Analysis, corpus: Corpus, text: string): boolean {
  // ("Why might ignoring the missiles be good for the region?" - "If Trump overlooks the strikes, the cycle
  // of escalation has a good chance of ending": a course judged is judged by what it leads to, which a
  // fact telling what follows if it is taken gives, to a question naming the course in the words the
  // condition has.)
  const course = JUDGED_COURSE.test(a.folded) ? LEADING_CONDITION.exec(text)?.[0] : undefined;
  if (course !== undefined && courseNamed(a, corpus, course)) return true;
  // ("Why will there be more shooting?" - "Should Trump pick retaliation, more shooting is to be expected":
  // what is to come under a condition opening the fact comes of that condition, where the question asks of
  // what follows it, every word of it, and names nothing of the condition.)
  const opening = OPENING_CONDITION.exec(text)?.[0];
  if (opening !== undefined && !courseNamed(a, corpus, opening) && wholeCourseNamed(a, corpus, text.slice(opening.length))) return true;
  let m = CONDITIONAL_CLAIM.exec(text);
  if (!m) {
    m = CONDITIONAL_THREAT.exec(text);
    const before = m ? text.slice(0, m.index) : '';
    if (!m || NUMBER_CHOSEN.test(a.folded) || ![...a.namedInQuestion].some((n) => namedAt(before, corpus, n) !== Infinity)) return false;
  }
  const claim = new Set(words(text.slice(0, m.index + m[0].length)).map(stem));
  const n = corpus.dataset.facts.length;
  // (bm25's idf of a word in two facts.)
  const rare = Math.log(1 + (n - 2 + 0.5) / (2 + 0.5));
  return a.terms.some((t) => claim.has(t.stem) && corpus.index.idf(t.stem) >= rare);
}
// "Why only 22?", "why so few?": why so many of a thing, no more, which a reason with no amount does not
// tell (nor one for the number chosen: NUMBER_CHOSEN).
const HOW_MANY_WHY = /\b(?:only|just|merely|as (?:many|few) as|no more than)\s+(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b)|\bso (?:few|many|little)\b/;
const AMOUNT_TOLD = /\d|\b(?:number|figure|few|fewer|many|more|less|amount|count|limited|small|large|token|symbolic)\b/;
// "Why did he pick the number 52?", "why 52?": the reason for a figure, which a condition does not give.
const NUMBER_CHOSEN = /\b(?:choose|chose|chosen|choosing|pick|picked|picking|select|selected|settle on|settled on)\b.*\b(?:number|figure)\b|\bwhy (?:the number )?\d+\b/;
// Words asking why someone leans a way ("prefer", "tempted", "appeal to", "would rather"), and how much a
// fact telling what they want or shun weighs then, above a reason's 2.
const LEANING_ASKED = /\b(?:prefer|prefers|preferred|tempted|tempting|temptation|appeal|appeals|appealing|attractive|rather|inclined|inclination|keen|eager|reluctant|hesitant|hesitate|hesitates)\b/;
const MOTIVE_TOLD = 2.2;
// Whether a figure counts harm: in a unit of harm, or a casualty report's none.
function harmCounted(fact: Fact, figure: { value: number; unit: string }): boolean {
  return HARM_UNIT.test(figure.unit) || (fact.type === 'casualties' && (figure.value === 0 || !(fact.numbers ?? []).some((n) => n.value !== 0 && !HARM_UNIT.test(n.unit))));
}
// A course judged good or bad, wise or risky ("why might ignoring them be good?", "why is retaliating risky?").
const JUDGED_COURSE = /\b(?:good|bad|better|worse|best|worst|wise|unwise|smart|sensible|risky|dangerous|safe|safer|helpful|beneficial|costly|mistake|positive|negative)\b/;
// Whether a condition's words (stemmed, through the dictionary's relatives) hold a word of the question
// that names no one: the deed supposed.
function courseNamed(a: Analysis, corpus: Corpus, condition: string): boolean {
  const stems = new Set(words(condition).map(stem));
  return a.terms.some((t) => !t.stem.startsWith(ENTITY_PREFIX) && entityOf(corpus, t) === undefined && saidAmong(corpus, t, stems, RELATED_HIT));
}
// Whether a clause's words hold every word of the question that names no one.
function wholeCourseNamed(a: Analysis, corpus: Corpus, clause: string): boolean {
  const stems = new Set(words(clause).map(stem));
  const asked = a.terms.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && entityOf(corpus, t) === undefined);
  return asked.length > 0 && asked.every((t) => saidAmong(corpus, t, stems, RELATED_HIT));
}
export const CONDITIONAL_THREAT = /\b(?:threaten(?:s|ed)?|vow(?:s|ed)?|warn(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)) to\b[^,;.]*?\bif\b/;
/**
 * "Why is Trump reluctant to strike?", "why might he not retaliate?": not wanting something (a war), or
 * keeping away from it, is why not.
 */
export function notWanting(a: Analysis, text: string): boolean {
  return a.whyNot && keptFrom(text);
}

// A plan told in the past before a time: "was due to be finished in", "had been expected to open by".
const PAST_PLAN = /\b(?:was|were|had been) (?:originally |first |initially )?(?:due|meant|supposed|scheduled|expected|planned|set|intended) to (?:[a-z]+ ){1,4}$/;

// Whether the question says what it asks of comes from someone, after "from": "a lesson from Trump".
function givenBy(a: Analysis, corpus: Corpus, entity: string): boolean {
  return namesOf(corpus, entity).some((n) => wordsAfter(a.folded, '\\bfrom', n));
}
// Whether a fact's main subject is the one the question says the thing comes from.
function givenByMainSubject(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const subject = mainSubject(corpus, fact);
  return subject !== undefined && givenBy(a, corpus, subject);
}

// Whether a question asks a direction: a word of one not set before a common noun it says the kind of.
function directionAsked(a: Analysis, corpus: Corpus): boolean {
  const asked = words(a.folded);
  return asked.some((w, i) => DIRECTION_WORD.test(w) && (i + 1 === asked.length || STOP_WORDS.has(asked[i + 1]!) || corpus.entityNamed(asked[i + 1]!) !== undefined || !isEnglishWord(asked[i + 1]!)));
}

/** Whether a fact says something goes on or has ended ("no more direct attacks", "they were finished"). */
export function tellsWhetherItGoesOn(fact: Fact): boolean {
  const text = normalise(fact.text);
  // ("Are bins still being collected?" - "bin collections are running as normal": going on as before.)
  // ("Is anyone still in hospital?" - "a 47-year-old man remains in hospital": a state kept.)
  return CONTINUATION.test(text) || ENDED.test(text) || AS_BEFORE.test(text) || STATE_KEPT.test(text);
}
// A state told as kept: "remains in hospital", "remained closed".
const STATE_KEPT = /\b(?:remains|remained|remain)\b(?! (?:to be seen|unclear|unknown|to)\b)/;

// What a statement says may come: "could be sold", "will reopen" (not "would", as often what was said then).
const SAID_TO_COME = /\b(?:will|could|might|may)\b(?! (?:have|not)\b)/;

function intentCue(a: Analysis, fact: Fact, corpus: Corpus, question: string): number {
  // Worked out only by the intents that read them: every candidate of every question comes through here.
  const names = (kinds: readonly string[]): boolean => fact.entities.some((n) => kinds.includes(corpus.entityKind(n) ?? ''));
  const text = (): string => normalise(fact.text);
  // ("What will Trump do?", "what's he gonna do now": where he has yet to choose between deeds, that choice
  // is what he will do; what he could say of it after is no deed.)
  if (a.futureDoer !== undefined && CHOICE_STATED.test(text())) return PREDICTED * UNDECIDED;
  switch (a.intent) {
    case 'count': {
      // "How many people were injured": a figure of "people killed or injured" fits better than one of
      // "people killed": each further word of the question its unit holds lifts it.
      const figure = unitFigure(a, fact);
      if (figure) return 1.35 + 0.15 * Math.min(2, unitFit(a, figure));
      return fact.numbers?.length ? 1.15 : 0.6;
    }
    case 'outcome':
      // "What happens if ...?" wants what the article expects: a prediction, not the choice or its background.
      // ("What would it mean for Trump if ...?" asks what it would be for him: a judgement of what the deed
      // would be, "leaving the missiles unanswered would be a retreat for Trump", as well.)
      // ("What's the downside if Trump lets the missiles go?": what the course costs, told of it, "a bit of a
      // climb-down", before what good may follow it.)
      if (DOWNSIDE_ASKED.test(a.folded) && (fact.type === 'prediction' || fact.type === 'assessment')) return COST_TOLD.test(text()) ? PREDICTED : 0.75;
      // (So is what someone says may come: "the Millbrook building could be sold ..., the council said".)
      return fact.type === 'prediction' || (fact.type === 'assessment' && MEANT_FOR.test(a.folded) && WOULD_BE.test(text())) || (fact.type === 'statement' && SAID_TO_COME.test(text())) ? PREDICTED : 0.75;
    case 'quote':
      // ("Who tweeted that all was well?": of the words said, those whose own words hold what the
      // question says was said, as typed, first: "All is well!" before "So far, so good!".)
      if (a.whoSaid) return (fact.attribution !== 'article' || fact.quote ? 1.3 : 0.8) * (1 + SAID_WORDS_HELD * saidClauseHeld(a, fact));
      // ("What did Zarif say Iran would do?": his words of what is to come, "will defend ourselves", first.)
      // (A threat is words said too, where it gives the figure asked: "didn't Trump say he'd bomb 52 places?")
      return (fact.quote || (fact.type === 'threat' && a.terms.some((t) => isDigits(t.stem) && (fact.numbers ?? []).some((n) => String(n.value) === t.stem))) ? 1.3 : fact.type === 'statement' || fact.attribution !== 'article' ? 1.1 : 0.85) * (a.reportedFuture && FUTURE_IN_WORDS.test(normalise(fact.quote?.text ?? fact.text)) ? FUTURE_SAID : 1);
    case 'who': {
      // ("Who gave the breakdown of the missiles?": the source of figures, told by a fact giving some and
      // saying whose they are.)
      // (Figures of what the question counts first: "who counted the missiles?" - 17 missiles, not two bases.)
      // (Or the figures named: "who's the source for the 17/5 split?")
      if (a.whoSaid && FIGURES_NOUN.test(a.folded)) {
        const named = words(a.folded).filter(isDigits).map(Number);
        return (fact.attribution !== 'article' ? 1.3 : 0.8) * (!fact.numbers?.length ? 0.7 : fact.numbers.some((n) => named.includes(n.value) || a.terms.some((t) => words(n.unit).some((w) => stem(w) === t.stem))) ? 1 : 0.85);
      }
      // ("Whose call is it now?": a fact telling that it is up to someone.)
      if (a.decider && DECIDER_TOLD.test(text())) return names(['person', 'group', 'organization', 'country']) ? 1.5 : 1.2;
      const agent = names(['person', 'group', 'organization', 'country']) ? 1.1 : 0.9;
      // "Who killed Soleimani?": a fact naming who did it ("America's killing of Qassim Soleimani") beats
      // one where the doer is only "he".
      if (a.deed !== undefined && !WHO_IS.test(a.folded)) {
        const doer = factAgent(corpus, text(), a.deed.word);
        return doer !== undefined && !a.namedInQuestion.has(doer) ? agent * DOER_NAMED : agent;
      }
      if (!WHO_IS.test(a.folded)) return agent;
      // "Who is the US president?", "who is Donald Trump?": a fact calling them by their post ("The US
      // president must decide") says who they are best; a background fact about them, next.
      if (a.identity !== undefined && saysPostOf(a.identity, corpus, fact)) return agent * 1.45;
      return fact.type === 'background' ? agent * 1.3 : agent;
    }
    case 'where': {
      // "Where did Trump post about the strikes?": where words were put, a medium the fact names first.
      if (a.mediumAsked && mediumNamed(corpus, fact) !== undefined) return 1.4;
      // "Where ... from?" asks for an origin: a fact saying from where.
      // (Or where a sum comes from: "the remainder will come from government flood defence grant".)
      if (WHERE_FROM.test(a.folded) && (ORIGIN.test(fact.text) || sourceTold(a, fact))) return 1.4;
      // A country is a place too ("from Iranian soil"), and so is a name after "in", "at" or "from". (A word
      // of place inside a name, "Western media", places nothing.)
      return saysPlace(corpus, fact) ? 1.4 : names(['place', 'country']) || PLACE_AFTER.test(fact.text) ? 1.1 : 0.85;
    }
    case 'when':
      return TIME_PHRASE.test(text()) ? 1.4 : 0.8;
    case 'why': {
      // A why-question wants a reason: a fact that gives one beats one that only shares its words.
      // ("Why is Trump reluctant to strike?": not wanting a war is why not.)
      // ("How did Zarif justify the strikes?": the grounds he gave, "measures in self-defence", are why.)
      // ("How is Iran justifying the strikes?": the grounds given for a deed, before the reason for it.)
      if (groundsGiven(a, text())) return GROUNDS_FIRST;
      // (Not wanting it is why not only of the one asked about: "why wouldn't Iran go to war?" is not answered
      // by Americans not wanting one.)
      const notWanted = notWanting(a, text()) && (a.agent === undefined || mainSubjectOnSide(corpus, fact, a.agent.entity));
      // ("Why would Trump prefer to de-escalate?": a leaning asked is told first by what they want or shun,
      // "Trump does not want to go to war", before what the course would gain them.)
      if (LEANING_ASKED.test(a.folded) && (WANTING.test(text()) || AVOIDANCE.test(text())) && (a.agent === undefined || mainSubjectOnSide(corpus, fact, a.agent.entity))) return MOTIVE_TOLD;
      return reasonFor(a, corpus, text()) || afterCause(a, corpus, text()) || conditionGivesReason(a, corpus, text()) || notWanted || moreNeeded(a, text()) || gainedBy(a, corpus, text()) || feltThat(a, text()) || stanceExplained(a, corpus, fact) ? 2 : fact.type === 'background' || fact.type === 'assessment' ? 1.1 : 0.7;
    }
    case 'yesno': {
      // "Did Iran fire 30 missiles?": a fact with a figure in the unit asked about can say yes or no to it.
      if (a.terms.some((t) => isDigits(t.stem)) && figureAsked(a, fact)) return 1.3;
      // "Was his death the reason for the strikes?": a fact giving a reason says whether it was.
      if (a.terms.some((t) => REASON_NOUNS.has(t.word)) && givesReason(text())) return REASON_ASKED;
      // "Is Soleimani dead?" asks about Soleimani: a fact that never names him ("no one was killed") is
      // about something else.
      // (So with a place: "is the A614 open?" is not told by "the council would open a hardship fund". Not
      // a casualty report, which tells of every place: "no one was killed" answers for al-Asad.)
      const about = a.terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined && (corpus.entityKind(n) === 'person' || (corpus.entityKind(n) === 'place' && fact.type !== 'casualties')));
      if (about.length && !about.some((p) => fact.entities.includes(p))) return ABOUT_SOMEONE_ELSE;
      // "Is Irbil in western Iraq?": where a place lies is told by a fact of that place giving a direction
      // (the Irbil base "sits in the northeast"), not one of another place, nor one of missiles fired at it.
      if ([...a.asked].some((w) => DIRECTION_WORD.test(w))) {
        const places = a.terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined && corpus.entityKind(n) === 'place');
        if (places.length && !places.some((p) => fact.entities.includes(p))) return ABOUT_SOMEONE_ELSE;
        // (Of the place it is about: the first place it names, "the Irbil base ... sits in the northeast" is
        // no direction of al-Asad, which it names after.)
        const first = firstNamed(corpus, fact, (e) => corpus.entityKind(e) === 'place');
        if (words(text()).some((w) => DIRECTION_WORD.test(w))) return !places.length || (first !== undefined && places.includes(first)) ? DIRECTION_TOLD : ABOUT_SOMEONE_ELSE;
      }
      // "Did the US lose anyone?": of the casualty reports, the one on the country asked about (or one of
      // its side, "US officials" for the US) answers first.
      if (fact.type === 'casualties') {
        const sides = sidesNamed(a, corpus);
        // (A report on another side only, "the Iraqi army say none of its personnel were killed" for US
        // soldiers, tells of others.)
        if (sides.length) return reportSide(sides, corpus, fact);
        // ("Was anyone injured in the strikes?", asking nothing but whether anyone was harmed: the report on
        // everyone, "nobody at all", answers first; "any Brits hurt?" asks of some.)
        if (!sides.length && a.existential && asksHarmOnly(a, corpus) && NOBODY.test(text())) return SIDE_ASKED;
      }
      // "Did Trump respond?" asks what happened: what may happen ("if Trump overlooks the strikes, ...")
      // tells it less than a fact of what did.
      if (fact.type === 'prediction' && PAST_ASKED.test(question)) return WHAT_MAY_HAPPEN;
      return 1;
    }
    case 'what':
      // ("What footage does Tehran have?", "what's Tehran got on video?": what someone has is told by a fact
      // saying they have it, before one of what others will do with it.)
      if (HAVE_ASKED.test(a.folded) && HAVE_TOLD.test(text())) return HAS_IT;
      // ("What's the name of the airbase in western Iraq?", read as al-Asad's: a fact naming it in its text,
      // before one that only counts it among "the two targets".)
      if (a.nameOf && a.described !== undefined && [...a.described].some((e) => fact.entities.includes(e) && namedAt(fact.text, corpus, e) === Infinity)) return UNNAMED_IN_TEXT;
      return 1;
    default:
      return 1;
  }
}
// Words that refer to a person, or to a body, named before ("he", "the company").
const PERSON_REFERRED = /\b(?:he|she|his|her|him|they|their)\b/;
const BODY_REFERRED = /\b(?:its|it|they|their|the (?:company|firm|group|business|bank|club|team|council|party|government|agency|ministry|organi[sz]ation|retailer|maker|manufacturer|carrier|airline|operator|insurer|lender|chain|brand|charity|union|school|university|hospital|board|authority))\b/;

// A degree of harm a fact says no one came to ("no one was seriously hurt").
const HARM_DEGREE = /\b(seriously|badly|critically|severely|gravely)\s+(?:hurt|injured|wounded|harmed|burned|burnt|ill)\b/;

// An age told in words of age: "aged 52", "a 52-year-old", "is 52 years old", "turned 52".
const AGE_TOLD = /\baged? (?:of )?\d{1,3}\b|\b\d{1,3}[- ]years?[- ]old\b|\b(?:turned|turns|is|was)\s+\d{1,3}(?!\s*(?:%|per\b|[a-z]))/i;
/** The people whose age a fact gives beside their name ("Grace Okonjo, 49,", "81-year-old Margaret Foley"). */
function agesOf(corpus: Corpus, fact: Fact): string[] {
  const ages = (fact.numbers ?? []).filter((n) => n.unit.startsWith(AGE_UNIT)).map((n) => n.value);
  // (A name not ending a longer one: "Okonjo, 49" in "Grace Okonjo, 49" is hers, not Daniel Okonjo's.)
  return fact.entities.filter(
    (e) =>
      corpus.entityKind(e) === 'person' &&
      namesOf(corpus, e).some((name) => ages.some((v) => new RegExp(`(?<!\\p{Lu}\\p{L}*\\s)\\b${escapeRegExp(name)},? (?:aged )?${v}\\b|\\b${v}-year-old (?:[a-z]+ ){0,3}${escapeRegExp(name)}\\b`, 'u').test(fact.text))),
  );
}
// How much a saying whose words hold all of what the question says was said is lifted (a tie-break).
const SAID_WORDS_HELD = 0.1;
// The share of the content words of a "that" clause after a verb of saying in the question ("who tweeted
// that all was well") that the fact's quote, else its text, holds by stem.
function saidClauseHeld(a: Analysis, fact: Fact): number {
  const m = SAID_THAT.exec(a.folded);
  if (m === null) return 0;
  const said = words(m[1]!).filter((w) => !STOP_WORDS.has(w)).map(stem);
  if (!said.length) return 0;
  const own = new Set(words(normalise(fact.quote?.text ?? fact.text)).map(stem));
  return said.filter((st) => own.has(st)).length / said.length;
}
const SAID_THAT = /\b(?:say|says|said|tweet|tweets|tweeted|write|writes|wrote|claim|claims|claimed|post|posts|posted|announce|announced|declare|declared|state|stated|insist|insisted|warn|warned)\s+that\s+(.+?)\W*$/;
const HAVE_ASKED = /\bwhat\b.*? (?:does|do|did) (?:[a-z'-]+ ){1,3}(?:now |still |actually )?(?:have|own|possess|hold)\b(?! to\b)|^what(?:'s|s| has| have)? (?:[a-z'-]+ ){1,3}got\b/;
// (Not "has" helping another verb: "had vowed", "has been".)
const HAVE_TOLD = /\b(?:has|have|had)\b(?!\s+(?:been|[a-z]+(?:ed|en|wn|un|ne|t)\b))|\b(?:owns?|possess(?:es)?|holds?)\b/;
const HAS_IT = 1.05;
const UNNAMED_IN_TEXT = 0.95;

// How much a fact giving a direction suits a yes or no about where a place lies (one giving another
// place's direction, though it names the one asked about, is about someone else).
const DIRECTION_TOLD = 1.3;

/** A figure of the fact in the unit a difference weighs the count against ("than missiles"). */
export function thanFigureOf(a: Analysis, fact: Fact): NumberFigure | undefined {
  return a.thanUnits ? fact.numbers?.find((n) => unitTerms(n.unit).some((st) => a.thanUnits!.has(st))) : undefined;
}

/** A figure of the fact in a unit the question names ("missiles" in "were 22 missiles fired"). */
export function figureAsked(a: Analysis, fact: Fact): NumberFigure | undefined {
  const units = a.figureUnits.size ? a.figureUnits : a.wanted;
  return fact.numbers?.find((n) => unitTerms(n.unit).some((st) => units.has(st)));
}

// Facts read for one naming the thing priced with the word before it.
const PRICED_WITH = 10;

// A figure's unit that counts people harmed: "people killed", "casualties", "injuries".
const HARM_FIGURE_UNIT = /\b(?:killed|injured|hurt|wounded|dead|died|missing|deaths|casualties|injuries|fatalities)$/;
/** Whether a fact reports harm in someone's words, with its figure: "We are very lucky that nobody was killed," he said. (Not a judgement of a report, "relieved that no Americans were killed".) */
export function harmSaid(fact: Fact): boolean {
  return fact.type === 'statement' && (fact.numbers ?? []).some((n) => HARM_FIGURE_UNIT.test(n.unit));
}

const PRICE_ASKED = /\b(?:cost|costs|costing|price|prices|priced|worth|spend|spent|pay|paid|paying|charge|charged|lose|lost|losing|earn|earned|raise|raised|raising|owe|owed|insured|valued|sell|sold|fetch|fetched|buy|bought|fined|offer|offered|bid|give|gave|given|giving|donate|donated|contribute|contributed|contributing|invest|invested|award|awarded|grant|granted)\b/;

// Each unit's query terms, worked out once per unit: every candidate's figures are weighed against the
// question, and most share a few units. Bounded, for a dataset of many units.
const UNIT_TERMS = new Map<string, readonly string[]>();
/** A figure's unit as query terms. */
export function unitTerms(unit: string): readonly string[] {
  let terms = UNIT_TERMS.get(unit);
  if (!terms) {
    if (UNIT_TERMS.size >= 4096) UNIT_TERMS.clear();
    UNIT_TERMS.set(unit, (terms = queryTerms(spelledUnit(unit))));
  }
  return terms;
}

// Words for a sum of money that a question may count ("the total cost").
const SUM_NOUN = /^(?:cost|costs|price|prices|bill|bills|budget|fee|fees|expense|expenses|expenditure|spend|spending|outlay|fare|fares|charge|charges|overspend|overrun)$/;

/** The figure of a fact whose unit is what the question counts ("how many soldiers" is not "17 missiles"). */
// ("How many British personnel died?" - "no Iraqi personnel killed": a count of another country's people
// is none of theirs.)
function ofOtherSide(a: Analysis, unit: string): boolean {
  return !!a.unitSide?.length && words(unit).some((w) => countryOfWord(w).length > 0 && !countryOfWord(w).some((n) => a.unitSide!.includes(n)));
}
// Words for people in general, as a count's unit.
const PEOPLE_UNIT = /^(?:people|persons|individuals|folks|humans)$/;
/** "How many people use the bridge a day?" - "about 4,000 pedestrians": a fact's count of a kind of person, where people are counted. */
export function peopleFigure(a: Analysis, fact: Fact): NumberFigure | undefined {
  if (a.unitWord === undefined || !PEOPLE_UNIT.test(a.unitWord)) return undefined;
  // ("How many people live in Saltmarsh Bay?" is not told by "the festival drew around 12,000 visitors":
  // people counted by a deed are those of a word of it, in the figure's noun or the fact's words.)
  const deed = peopleDeed(a);
  // (Only where the figure's noun is the doer of a deed of its own, "visitors" of "visit": "the pool's 23
  // staff will not lose their jobs" counts those who keep them.)
  const deedOfNoun = (w: string): string | undefined => {
    const one = w.replace(/s$/, '');
    return relatedWords(one).find((r) => r !== one && r.length >= 4 && r.slice(0, 4) === one.slice(0, 4) && !isPersonNoun(r));
  };
  const ofDeed = (said: readonly string[]): boolean => {
    const nounDeeds = said.map(deedOfNoun).filter((v): v is string => v !== undefined);
    if (deed === undefined || !nounDeeds.length) return true;
    return nounDeeds.some((v) => deed.related.has(stem(v))) || words(normalise(fact.text)).some((w) => deed.bases.has(stem(w)));
  };
  // ("How many people have signed the petition?" - "already collected 1,460 signatures": a count of the
  // deed's own noun counts those who did it.)
  const deedCounted = deed === undefined ? undefined : fact.numbers?.find((n) => words(n.unit).some((w) => w.length > 3 && !deed.bases.has(stem(w)) && formIn(w, deed.related)));
  if (deedCounted !== undefined) return deedCounted;
  return fact.numbers?.find((n) => {
    const said = words(n.unit);
    // (Or a body of people: "the pool's 23 staff". Not a participle of a person's noun: "three
    // neighbouring villages" counts no neighbours.)
    return said.some((w) => w.length > 2 && (isPersonNoun(w) || CASUALTY_PEOPLE.has(w)) && !/[^l]ing$/.test(w)) && !ofOtherSide(a, n.unit) && (PEOPLE_UNIT.test(n.unit) ? !peopleOfOtherDeed(a, fact, n) : ofDeed(said));
  });
}
// Whether a figure counts people as such ("2,300 people") where people are counted by a deed ("have signed")
// that the fact tells in none of its words or their relatives.
function peopleOfOtherDeed(a: Analysis, fact: Fact, n: NumberFigure): boolean {
  if (a.unitWord === undefined || !PEOPLE_UNIT.test(a.unitWord) || !PEOPLE_UNIT.test(n.unit)) return false;
  const deed = peopleDeed(a);
  // (Not a deed saying only that they came or are at work, "how many people turned up?": told in any words.)
  if (deed === undefined || [...deed.bases].some((b) => COMING_OR_AT_WORK.has(b))) return false;
  return !words(normalise(fact.text)).some((w) => formIn(w, deed.related));
}
const COMING_OR_AT_WORK: ReadonlySet<string> = new Set([...COMING_VERBS, ...AT_WORK_VERBS].map(stem));
// Whether a word, or one of its dictionary forms, has one of some stems.
const formIn = (w: string, stems: ReadonlySet<string>): boolean => [w, ...baseForms(w)].some((b) => stems.has(stem(b)));
// The deed people are counted by ("how many people live in ...?": live), read once per question (every
// candidate's figures ask it): the stems of its dictionary forms, and of them and their relatives.
const PEOPLE_DEEDS = new WeakMap<Analysis, { bases: ReadonlySet<string>; related: ReadonlySet<string> } | null>();
function peopleDeed(a: Analysis): { bases: ReadonlySet<string>; related: ReadonlySet<string> } | undefined {
  let known = PEOPLE_DEEDS.get(a);
  if (known === undefined) {
    const deed = new RegExp(`^how many (?:[a-z]+ ){0,2}?${escapeRegExp(a.unitWord!)} (?:(?:have|has|had|were|was|are|is|do|did|will|would|can|could|now|actually|really|still|currently) )*([a-z]{3,})`).exec(a.folded)?.[1];
    const bases = deed === undefined || STOP_WORDS.has(deed) ? [] : baseForms(deed).filter((b) => !STOP_WORDS.has(b));
    PEOPLE_DEEDS.set(a, (known = bases.length ? { bases: new Set(bases.map(stem)), related: new Set(bases.flatMap((b) => [b, ...relatedWords(b)]).map(stem)) } : null));
  }
  return known ?? undefined;
}
export function unitFigure(a: Analysis, fact: Fact): NumberFigure | undefined {
  if (!fact.numbers?.length) return undefined;
  // ("What percentage of the participants were women?" - "Women made up 55% of the participants": a share
  // asked in percent is told by one.)
  if (a.share && PERCENT_ASKED.test(a.folded)) {
    const told = fact.numbers.find((n) => SHARE_UNIT.test(n.unit));
    if (told) return told;
  }
  // ("How much did the shares rise?" - "Harlow's shares rose 9.4% to 1,286 pence": the figure told with
  // the change, not the level it reached.)
  // (Of the thing asked of, where the fact tells several changes: "net profit rose to £57 million, while
  // sales from its cloud division jumped 38%" tells no size of the profit's rise.)
  if (a.changeAsked) {
    const text = unseparated(normalise(fact.text));
    // (Or told as a noun, its thing after it: "blamed a 38% rise in energy costs".)
    const changes = [...text.matchAll(CHANGE_TOLD), ...text.matchAll(CHANGE_NOUN_TOLD)];
    const asked = new Set(a.terms.flatMap((t) => words(t.word)).filter((w) => !CHANGE_VERB.test(w)).map(stem));
    const ofAsked = changes.filter((m) => {
      const before = text.slice(0, m.index);
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.search(/\b(?:while|whereas|and)\b(?!.*\b(?:while|whereas|and)\b)/)) + 1);
      const thingAfter = m[0].endsWith(' in') || m[0].endsWith(' of') ? (/^[^,;.]*/.exec(text.slice(m.index + m[0].length))?.[0] ?? '') : '';
      // (With the words of the change itself: "raise public transport fares by 15%" names the fares.)
      return words(`${clause} ${m[0]} ${thingAfter}`).some((w) => asked.has(stem(w)));
    });
    // (With none of its words before it, the one change the fact tells, where it tells one.)
    const verbs = words(text).filter((w) => CHANGE_VERB.test(w) && !/^(?:up|down|go|gone)$/.test(w)).length;
    // (And only where it names the thing asked, its time aside: "profit fell 38%" is no fall of shares.)
    const thing = [...asked].filter((st) => !a.scene.has(st));
    // (Or by a name holding it: "the Wend rose 2.3 metres", of the River Wend, to "how much did the river rise?")
    const named = !thing.length || words(text).some((w) => thing.includes(stem(w))) || fact.entities.some((e) => words(normalise(e)).some((w) => thing.includes(stem(w))));
    const told = (ofAsked.length ? ofAsked : changes.length === 1 && verbs === 1 && named ? changes : []).map((m) => Number(m[1]!.replace(/^[\u00a3$\u20ac]/, '')));
    // ("By how much will the single fare go up?" - "will rise from £2.00 to £2.40": the level it goes to,
    // whose change from the other the answer tells.)
    return fact.numbers.find((n) => told.includes(n.value)) ?? (changes.length ? undefined : changedLevels(fact)?.[1]);
  }
  // ("Total cost of the project?", "what's the bill?": a word for a sum counted is counted in money.)
  if (a.unitWord !== undefined && SUM_NOUN.test(a.unitWord)) {
    const sums = fact.numbers.filter((n) => MONEY_UNIT.test(n.unit));
    if (sums.length) return figureBeside(a, fact, sums) ?? sums[0];
  }
  // ("How much does one of the missiles cost?": a price asked, with no unit named, is a sum of money.)
  if (a.unit === undefined) {
    if (a.asked.has('much') && !a.asked.has('many') && PRICE_ASKED.test(a.folded)) {
      const sums = fact.numbers.filter((n) => MONEY_UNIT.test(n.unit));
      return sumPricedBy(a, unseparated(normalise(fact.text)), sums) ?? sums[0];
    }
    // ("How many were hurt?": the figure of that harm, where the fact tells one.)
    const ofHarm = [...a.asked].some((w) => harmKind(w) !== undefined) ? fact.numbers.find((n) => unitFit(a, n) > 0 && words(n.unit).some((w) => harmKind(w) !== undefined)) : undefined;
    // ("How much did the fund give?": "how much" asks an amount, never a length of time, "18 months".)
    const muchAsked = a.asked.has('much') && !a.asked.has('many') && !a.asked.has('time');
    // ("How big is the field?" is not told by "Families raised £8,000 on that field": a sum is a thing's size
    // only where the fact gives it as the thing's, "a £4.2 million funding gap", "a gap of £4.2 million".)
    const sized = BIG_ASKED.test(a.folded) ? fact.numbers.filter((n) => !MONEY_UNIT.test(n.unit) || sumOfThing(a, fact, n)) : fact.numbers;
    const noSpans = muchAsked ? sized.filter((n) => !SPAN_UNIT.test(n.unit)) : sized;
    // (Nor a count of things, where the fact gives a sum or a measure: "how much over budget is it?" - "640
    // homes and 85 businesses ... cost £4.2 million more".)
    const measured = muchAsked ? noSpans.filter((n) => MONEY_UNIT.test(n.unit) || MEASURE_UNIT.test(n.unit) || SHARE_UNIT.test(n.unit)) : [];
    const amounts = measured.length ? measured : noSpans;
    if (!amounts.length) return undefined;
    // (A sum handed over by the one named, beside their name a few words on: "a £48,000 loan from Aldermoor
    // Town Council".)
    return ofHarm ?? figureBeside(a, fact, amounts) ?? (amounts === fact.numbers ? undefined : figureBeside(a, fact, amounts, true, PAYER_REACH)) ?? amounts[0];
  }
  // ("How much is the day pass?" asks for a sum or a measure: "20,000 daily passengers" counts, and says
  // no price.)
  // (Not "how much missiles": a plural counts, however it is asked.)
  // ("By how much did the targets exceed the missiles?" weighs two counts.)
  const much = a.asked.has('much') && !a.asked.has('many') && !a.muchCounts && !a.difference;
  // ("How much money did the cuts save?": money counts a sum in any currency.)
  const money = moneyCounted(a);
  // ("How much will the project cost?": a sum of money, whatever the thing priced.)
  const text = unseparated(normalise(fact.text));
  // ("How many objections?" - "1,240 letters of objection": the kind a unit is of counts as the unit does.)
  const kindOf = (n: NumberFigure): boolean => {
    const m = new RegExp(`(?<![\\d.,])${figureSaid(n.value)}\\s+${words(n.unit).map(escapeRegExp).join('\\s+')}\\s+of\\s+([a-z]+)\\b`).exec(text);
    return m !== null && !STOP_WORDS.has(m[1]!) && a.units.has(stem(m[1]!));
  };
  // ("How many launches?" - "launched 22 missiles": a count of a deed, told as the count of what it was done
  // with, the deed's verb right before the figure.)
  const deedBases = a.unitWord === undefined ? [] : baseForms(a.unitWord).filter((b) => b !== a.unitWord);
  const deedOf = (n: NumberFigure): boolean => {
    if (!deedBases.length) return false;
    const verb = new RegExp(`\\b([a-z]+)\\s+(?:(?:some|about|around|at least|more than|nearly|almost|over) )?${figureSaid(n.value)}\\s`).exec(text)?.[1];
    // (Not the noun asked itself: "how many books?" - "lend books three days a week" counts days.)
    return verb !== undefined && verb !== a.unitWord && !STOP_WORDS.has(verb) && (deedBases.includes(verb) || baseForms(verb).some((b) => deedBases.includes(b)));
  };
  // (People counted as people by a deed the fact tells nothing of are others: "how many people have signed the
  // petition?" is not told by "Hollins Green, which has a population of about 2,300".)
  const fitting = a.priced ? fact.numbers.filter((n) => MONEY_UNIT.test(n.unit)) : fact.numbers.filter((n) => (unitTerms(n.unit).some((st) => a.units.has(st)) || countsAnyThing(a, n.unit) || (money && MONEY_UNIT.test(n.unit)) || kindOf(n) || deedOf(n)) && (!much || MEASURE_UNIT.test(n.unit)) && !ofOtherSide(a, n.unit) && !peopleOfOtherDeed(a, fact, n));
  if (a.priced && !fitting.length) return undefined;
  // "How many soldiers were injured?", "how many Iraqis died?": a count of harm to everyone, none, answers
  // for any people of no side named; one to a side's people ("Iraqi personnel killed") for that side's.
  const word = a.unitWord;
  if (!fitting.length && word !== undefined && [...a.asked].some((w) => HARM_UNIT.test(w))) {
    const side = [...countryOfWord(word), ...(a.unitSide ?? [])];
    // ("How many casualties were there?": the harm word counted is the people harmed, of no side.)
    if (CASUALTY_PEOPLE.has(word) || side.length || HARM_UNIT.test(word)) {
      const harm = fact.numbers.filter((n) => HARM_UNIT.test(n.unit));
      const own = harm.find((n) => side.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(n.unit)));
      // (Everyone's only for people of no side named: "how many Americans" wants the Americans' count.)
      // (A report of none of a harm counts no people of it: "no deaths" for "how many people died?", not for
      // "how many were injured?".)
      const ofHarm = (unit: string): boolean => /^(?:casualties|victims)\b/.test(unit) || (/^(?:deaths|fatalities)\b/.test(unit) && [...a.asked].some((w) => DEATH_WORD.test(w))) || (/^injuries\b/.test(unit) && [...a.asked].some((w) => INJURY_WORD.test(w)));
      const everyone = side.length ? undefined : harm.find((n) => n.value === 0 && (/^(?:people|persons|anyone|nobody)\b/.test(n.unit) || ofHarm(n.unit)));
      if (own ?? everyone) return own ?? everyone;
    }
  }
  const people = fitting.length || much ? undefined : peopleFigure(a, fact);
  if (people) return people;
  // ("How many councillors voted against?" - "by 27 votes to 21": people who voted are counted by their votes.)
  // (Of a tally, "27 votes to 21", the side asked: for first, against after, where the fact tells a passing;
  // the other way round where it tells a defeat.)
  const votes = fitting.length || much || a.unitWord === undefined || !isPersonNoun(a.unitWord) || !VOTED.test(a.folded) ? [] : fact.numbers.filter((n) => /^votes?$/.test(n.unit));
  if (votes.length) {
    const side = sideAsked(a.folded);
    const defeat = DEFEAT_TOLD.test(normalise(fact.text)) || TALLY_AGAINST.test(normalise(fact.text));
    return votes.length === 2 && side !== undefined ? votes[(side === 'against') !== defeat ? 1 : 0] : votes[0];
  }
  const places = fitting.length ? undefined : placesFigure(a, fact);
  if (places) return places;
  // ("How much is the interest rate now?" - "lifting the rate from 5.00 percent to 5.25 percent": the level
  // it went to, not the one it went from, unless the one before is asked.)
  // (A price in pence written out too: "from £2.80", the value 2.8.)
  const fromValues = new Set(fact.numbers.filter((n) => new RegExp(`\\bfrom \\D{0,3}${escapeRegExp(String(n.value))}${Number.isInteger(n.value) ? '(?:\\.0+)?' : '0*'}\\b[^.;]{0,30}?\\bto\\b`).test(text)).map((n) => n.value));
  const from = (n: NumberFigure): boolean => fromValues.has(n.value);
  const before = PREVIOUS_ASKED.test(a.folded);
  // "How much aid did the government promise?" - "promised 50 million euros in emergency aid": a sum or a
  // measure, of the thing asked about where the fact names it.
  if (!fitting.length && much) {
    const said = words(text);
    // (A sum of money first: "receive 185 pence in cash for each share, a premium of 32%". Of two, the one
    // nearest the thing asked: "losing £410,000 a year and needed repairs estimated at £2.3 million".)
    // (In a plural of its own too: "children" of "child".)
    const at = a.unit === undefined ? -1 : said.findIndex((w) => stem(w) === a.unit || irregularBases(w).some((b) => stem(b) === a.unit));
    // (Not a figure it changed by: "net profit fell 38%" tells no profit made.)
    // (Unless the change is the deed asked: "how much water does the company lose?" - "it lost 142 million
    // litres a day".)
    const verbAsked = (m: RegExpMatchArray): boolean => {
      const verb = m[0].split(' ')[0]!;
      return [verb, ...irregularBases(verb)].some((v) => a.terms.some((t) => stem(t.word) === stem(v)));
    };
    const changes = new Set([...text.matchAll(CHANGE_TOLD)].filter((m) => !verbAsked(m)).map((m) => Number(m[1]!.replace(/^[\u00a3$\u20ac]/, ''))));
    const levels = fact.numbers.filter((n) => !changes.has(n.value));
    const level = levels.some((n) => from(n) === before) ? levels.filter((n) => from(n) === before) : levels;
    // ("How much is a ticket for children?" - "£16 for adults and £9 for children": the one figure a word of
    // the question follows.)
    const asked = new Set(a.terms.flatMap((t) => words(t.word)).filter((w) => stem(w) !== a.unit).map(stem));
    // ("How much of the pier is fenced off?" - "About 90 metres of the 410-metre pier": a part asked is the
    // figure told of the whole, not the whole's own measure.)
    if (PART_ASKED.test(a.folded)) {
      const parts = level.filter((n) => MEASURE_UNIT.test(n.unit) && new RegExp(`${figureSaid(n.value)}\\s+${words(n.unit).map(escapeRegExp).join('\\s+')}\\s+of\\s+(?:the|its|their|this|that)\\s`).test(text));
      if (parts.length === 1) return parts[0];
    }
    const qualified = level.filter((n) => (MONEY_UNIT.test(n.unit) || MEASURE_UNIT.test(n.unit)) && figureFollowedBy(text, n.value, asked));
    if (qualified.length === 1) return qualified[0];
    // (In the word's own clause first: "£1.5 million will come from the council's reserves and the remaining
    // £800,000 from a grant" - the reserves' is the one before them.)
    // (Not the lead-in's word where a word of the question's stands after the first figure: "how much will
    // the council borrow?" - "The council will take £1.5 million from its reserves and borrow the remaining
    // £800,000".)
    const first = Math.min(...level.map((n) => figureAt(said, n)).filter((i) => i >= 0));
    const later = at >= 0 && at < first ? said.findIndex((w, i) => i > first && asked.has(stem(w))) : -1;
    const start = later >= 0 ? later : at;
    if (start >= 0) {
      const clauses = clauseOfEachWord(text);
      return nearestSaid(said, start, level.filter((n) => MONEY_UNIT.test(n.unit)), clauses) ?? nearestSaid(said, start, level.filter((n) => MEASURE_UNIT.test(n.unit)), clauses);
    }
    // ("How much water does the company lose through leaks?" - "it lost 142 million litres a day through
    // leaks": a thing measured that the fact never names is told by the one measure it gives, not a sum.)
    if (at < 0 && a.unit !== undefined) {
      const measures = level.filter((n) => MEASURE_UNIT.test(n.unit) && !MONEY_UNIT.test(n.unit) && !SHARE_UNIT.test(n.unit));
      if (measures.length === 1) return measures[0];
    }
  }
  // ("How many voted against?" - "approved by 64 votes to 56": of a tally, the count after "to" is against.)
  const tally = TALLY_TOLD.exec(text);
  // (Of one "against" the question names after it, "seven votes to three against": the first is against,
  // and the other for whichever side the question asks.)
  const firstAgainst = tally !== null && TALLY_AGAINST.test(text);
  const side = tally !== null ? sideAsked(a.folded) : undefined;
  const tallied = side === 'against' || (tally !== null && AGAINST_ASKED.test(a.folded)) ? tallyCount(tally![firstAgainst ? 1 : 2]!) : side === 'for' && firstAgainst ? tallyCount(tally![2]!) : undefined;
  // ("How many visitors last year?" - "from about 96,000 in 2015 to 51,000 last year": the figure told right
  // before the time asked.)
  const timed = timedFigure(a, text, fitting);
  // ("How many cables does the bridge have?" - "9 of the bridge's 24 main hanger cables": the whole, where
  // what there is in all is asked; else the part the fact is about.)
  const wholeAsked = fitting.length > 1 && WHOLE_ASKED.test(a.folded);
  const whole = wholeAsked ? Number(PART_OF_WHOLE_TOLD.exec(text)?.[1]?.replace(/,/g, '')) : NaN;
  // ("How many teachers are in the union?" - "Twenty-three of the school's 26 teachers are members of the
  // union": the part, where the question asks what the fact says of it, a word of the question told outside
  // the part and its whole; "how many teachers at the school?" asks the whole. In words too: "six of its 14".)
  const partOfWhole = fitting.length > 1 && Number.isNaN(whole) ? partOrWhole(a, text, fitting, wholeAsked) : undefined;
  // ("How deep is the hole?" - "four metres wide and three metres deep": the figure told with the dimension.)
  const dimension = fitting.length > 1 ? DIMENSION_ASKED.exec(a.folded)?.[1] : undefined;
  const dimensioned = dimension === undefined ? undefined : fitting.find((n) => new RegExp(`\\b${figureSaid(n.value)}[ -][a-z]+[ -](?:${DIMENSION_WORDS[dimension]})\\b`).test(text));
  // ("How much money is Sport England putting in?" - "£1.5 million will come from the council's reserves and
  // the remaining £800,000 from a grant from Sport England": of sums alike, the one in a clause naming what is
  // asked of. So of any figures alike: "Rahman came third with 864 votes and the Green Party's Oliver Stamp
  // fourth with 311".)
  const clauseNamed = fitting.length > 1 ? figureInClauseOf(a, text, fitting) : undefined;
  const pricedNear = a.priced ? sumPricedBy(a, text, fitting) : undefined;
  // ("How many letters of support?" - "1,240 letters of objection and 86 letters of support": of figures
  // alike, the one a word of the question follows.)
  const askedBeside = new Set(a.terms.filter((t) => t.stem !== a.unit).flatMap((t) => words(t.word)).map(stem));
  const followed = fitting.length > 1 ? fitting.filter((n) => figureFollowedBy(text, n.value, askedBeside)) : [];
  const qualified = followed.length === 1 ? followed[0] : undefined;
  // ("How many cameras recorded it?" - "runs 40 cameras ..., recorded it on 11 of them": of figures in the
  // unit asked, the one told beside the question's other words.)
  const besideAsked = fitting.length > 1 && a.unit !== undefined ? figureBeside(a, fact, fitting, false) : undefined;
  const fit = (n: NumberFigure): number => unitFit(a, n) + (fitting.length > 1 && from(n) !== before ? -0.25 : 0) + (tallied !== undefined && n.value === tallied ? 0.5 : 0) + (n === timed ? 1 : 0) + (n.value === whole ? 1 : 0) + (n === partOfWhole ? 1 : 0) + (n === dimensioned ? 1 : 0) + (n === clauseNamed ? 0.5 : 0) + (n === pricedNear ? 0.5 : 0) + (n === qualified ? 0.5 : 0) + (n === besideAsked ? 0.25 : 0);
  return fitting.reduce<NumberFigure | undefined>((best, n) => (best === undefined || fit(n) > fit(best) ? n : best), undefined);
}

// A thing asked the age of, by its noun: "how old is the school?", "how old is Saltmarsh Bay's pier?".
const THING_OLD = /\bhow old (?:is|was|are|were) (?:the |this |that |its |their |[a-z]+'s )?(?:[a-z-]+ ){0,2}([a-z]{3,})\s*\??$/;
// A span of years, in figures or words: "142 years", "almost five years", "about a year".
const YEARS_SPAN = String.raw`(?:(?:more than|over|almost|nearly|some|about|around|just over|just under) )?(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) years|an? year)`;
/** Whether a text tells how old a thing is: "the 140-year-old pier", "Rusty, a four-year-old male", "the pier is 140 years old", "the school has served the village for 142 years". */
function thingAgeTold(text: string, thing: string): boolean {
  const noun = escapeRegExp(thing.replace(/s$/, ''));
  return new RegExp(`\\b${YEARS_SPAN} old\\b|\\b(?:\\d+|[a-z]+)-years?-old (?:[a-z-]+ ){0,2}${noun}s?\\b|\\b${noun}s?,? (?:a|an|the) (?:\\d+|[a-z]+)-years?-old\\b|\\b${noun}s?\\b[^,.;:]{0,80}?\\b(?:has|have|had)\\b(?: [a-z]+){1,6}? for ${YEARS_SPAN}\\b`).test(text);
}
// A person asked of by a plain noun for one: "how old is the man who ...?", "the woman".
const PLAIN_PERSON_ASKED = new RegExp(`\\bhow old (?:is|was|are|were) (?:the|that|this) (?:${[...PLAIN_PERSON_NOUNS].join('|')})\\b`);

// Whether a figure in a (folded) text is followed, within a few words after "for", "per" or "of", by a word of
// the question (its stem, or an irregular plural's): "£9 for children".
function figureFollowedBy(text: string, value: number, asked: ReadonlySet<string>): boolean {
  const figure = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',?');
  return [...text.matchAll(new RegExp(`(?<![\\d.,])${figure}(?![\\d.,]\\d)[^,;.]{0,12}?\\b(?:for|per|of|to) (?:the |a |an |each |every )?([a-z-]+)`, 'g'))].some((m) => asked.has(stem(m[1]!)) || irregularBases(m[1]!).some((b) => asked.has(stem(b))));
}

// A question opening "what" and a noun: "what river does the bridge cross?".
const WHAT_NOUN_OPENING = /^what ([a-z]+) (?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b/;
// What there is in all, asked: "how many cables does the bridge have?", "how many are there in total?".
const WHOLE_ASKED = /\b(?:does|do|did) (?:the |its |their )?[a-z'-]+(?: [a-z'-]+)? (?:have|hold|contain|own|run|operate)\b|\b(?:are|were) there\b|\b(?:in (?:total|all)|altogether|all told)\b/;
// "9 of the bridge's 24 cables": a part of a whole, the whole's figure.
const PART_OF_WHOLE_TOLD = /\b\d[\d,]* of (?:the |its |their |[a-z]+'s )+(\d[\d,]*)\b/;

/** Of figures in a (folded) text, two told as a part of a whole ("six of its 14 jobs", "twenty-three of the school's 26 teachers"): the part, the whole and the phrase telling them. */
export function partAndWhole(text: string, figures: readonly NumberFigure[]): { part: NumberFigure; whole: NumberFigure; phrase: RegExpExecArray; relative?: boolean } | undefined {
  for (const part of figures)
    for (const whole of figures) {
      if (part === whole) continue;
      const phrase = new RegExp(`\\b${figureSaid(part.value)} of (?:the |its |their |([a-z]+)'s )+${figureSaid(whole.value)}\\b(?: [a-z-]+){0,3}`).exec(text);
      if (phrase) return { part, whole, phrase };
      // (Or the whole, then the part of it in a clause of its own: "48 houses on the site, sixteen of which
      // would be affordable".)
      const relative = part.value < whole.value ? new RegExp(`\\b${figureSaid(whole.value)}\\b(?:[^.;]|\\.\\d)*?,\\s+${figureSaid(part.value)} of (?:which|whom|them)\\b`).exec(text) : null;
      if (relative) return { part, whole, phrase: relative, relative: true };
    }
  return undefined;
}

// Of figures told as a part of a whole, the whole where what there is is asked, and the part where a word the
// question asks is told outside that phrase (what is said of the part: "cut", "members of the union");
// undefined otherwise, the figures weighed as any are.
function partOrWhole(a: Analysis, text: string, fitting: readonly NumberFigure[], wholeAsked: boolean): NumberFigure | undefined {
  const told = partAndWhole(text, fitting);
  if (told === undefined || wholeAsked) return told?.whole;
  const m = told.phrase;
  // (Not the whole's owner, told elsewhere too: "the school's governing body".)
  const owner = m[1] === undefined ? undefined : stem(m[1]);
  // (Of a part told in a clause of its own, what that clause says of it: the words before the whole are the
  // whole's, "plans to build 48 houses".)
  const outside = new Set(words((told.relative ? '' : text.slice(0, m.index)) + text.slice(m.index + m[0].length)).map(stem));
  const asked = a.terms.filter((t) => t.stem !== a.unit && !a.units.has(t.stem)).flatMap((t) => (t.stem.startsWith(ENTITY_PREFIX) ? words(t.word).map(stem) : [t.stem]));
  return asked.some((st) => st !== owner && outside.has(st)) ? told.part : undefined;
}

// A time a question asks a figure at: "last year", "in 2015".
const TIME_ASKED = /\b(?:(?:last|this|next) (?:year|month|week|season|quarter)|in (?:19|20)\d\d)\b/;

/** Of a fact's figures in one's unit, the one told just before the time the question asks ("51,000 last year"), if one. */
export function figureAtTime(a: Analysis, fact: Fact, figure: NumberFigure): NumberFigure | undefined {
  return timedFigure(a, unseparated(normalise(fact.text)), (fact.numbers ?? []).filter((n) => n.unit === figure.unit));
}

// Of two or more figures of a text, the one it tells just before the time the question asks, if one.
function timedFigure(a: Analysis, text: string, figures: readonly NumberFigure[]): NumberFigure | undefined {
  const when = figures.length > 1 ? TIME_ASKED.exec(a.folded)?.[0] : undefined;
  return when === undefined ? (figures.length > 1 ? spanFigure(a, text, figures) : undefined) : toldBefore(text, when, figures);
}

// ("How many passengers could it carry in 5 yrs?" - "62,000 passengers last year ... 95,000 a year within
// five years": a span of time asked, in digits or words, is the text's in either; the figure told just
// before it, a rate between them or none.)
function spanFigure(a: Analysis, text: string, figures: readonly NumberFigure[]): NumberFigure | undefined {
  const asked = SPAN_ASKED.exec(a.folded);
  if (asked === null) return undefined;
  const n = /^\d+$/.test(asked[1]!) ? Number(asked[1]) : numberPhrase(asked[1]!);
  if (n === undefined) return undefined;
  const unit = asked[2]!.startsWith('y') ? 'years?' : asked[2]!.startsWith('m') ? 'months?' : 'weeks?';
  const told = new RegExp(`([\\d,.]+)(?: (?:a|per|each) (?:year|month|week|day))? (?:in|within|after) (?:${n}|${wordOfNumber(n) ?? n}) ${unit}\\b`, 'i').exec(unseparated(text));
  return told === null ? undefined : figures.find((f) => saysFigure(told[1]!.replace(/,/g, ''), f));
}
const SPAN_ASKED = /\b(?:in|within|after) (\d+|[a-z]+) (years?|yrs?|months?|weeks?)\b/;

// Of some figures, the one a text tells just before a time ("51,000 last year"), if one.
function toldBefore(text: string, time: string, figures: readonly NumberFigure[]): NumberFigure | undefined {
  const at = text.toLowerCase().indexOf(time);
  if (at < 0) return undefined;
  const before = text.slice(Math.max(0, at - 16), at);
  return figures.find((n) => new RegExp(`(?<![\\d.])${escapeRegExp(String(n.value))}\\s*$`).test(before.trimEnd()));
}

// A verb of change before "from" ("rise from", "go from", "up from"), its object between or none ("raised the
// pitch fee from"): the figures after it are two levels.
const CHANGED_FROM_TO = /\b(?:ris(?:e|es|en|ing)|rose|go(?:es|ing|ne)?|went|increas\w*|decreas\w*|cut(?:s|ting)?|fall\w*|fell|jump\w*|climb\w*|drop\w*|mov(?:e|es|ed|ing)|chang\w*|rais\w*|lift\w*|reduc\w*|grow\w*|grew|up|down|doubl\w*|halv\w*)(?:\s+(?!(?:and|but|or|which|who|that)\b)[a-z'\u2019-]+){0,4}\s+$/i;
// "From £65 to £74": two levels, a currency or a sign before each.
const FROM_TO = /\bfrom\s+[^\d\s]{0,3}(\d+(?:\.\d+)?)\S*(?:\s+(?:thousand|million|billion|trillion))?\s+to\s+[^\d\s]{0,3}(\d+(?:\.\d+)?)/i;
/** Whether a text closes on a verb of change (and its object: "raised the pitch fee"), so that "from X to Y" after it tells a change, not a range. */
export function changeBefore(text: string): boolean {
  return CHANGED_FROM_TO.test(text);
}
/** The two levels of a change a fact tells from one to the other in one unit ("will go from £65 to £74"). */
export function changedLevels(fact: Fact): [NumberFigure, NumberFigure] | undefined {
  const text = unseparated(fact.text);
  const m = FROM_TO.exec(text);
  if (!m || !changeBefore(text.slice(0, m.index))) return undefined;
  const find = (v: string): NumberFigure | undefined => fact.numbers?.find((n) => n.value === Number(v));
  const [from, to] = [find(m[1]!), find(m[2]!)];
  return from && to && from.unit === to.unit && from.value !== to.value ? [from, to] : undefined;
}

// Words for money in general, counted by a sum in a currency.
const MONEY_WORDS: ReadonlySet<string> = new Set(['money', 'cash', 'funds', 'funding', 'sum', 'amount']);
/** "How much money is Sport England putting in?": a sum of the fact in a currency, where money is counted by a word for it. */
export function moneyFigure(a: Analysis, fact: Fact): NumberFigure | undefined {
  return moneyCounted(a) ? fact.numbers?.find((n) => MONEY_UNIT.test(n.unit)) : undefined;
}
// Whether money is counted by a word for it ("how much money", "how much funding").
function moneyCounted(a: Analysis): boolean {
  return a.unitWord !== undefined && MONEY_WORDS.has(a.unitWord);
}

/** A tally told as "64 votes to 56", "voted 27 to 21" or "by seven votes to four": those for, then those against (not a range, "from 40 to 60"). */
export const TALLY_TOLD = new RegExp(`(?<!\\b(?:from|between) )\\b(\\d+|${NUMBER_WORDS_PATTERN})(?: [a-z]+s)? to (\\d+|${NUMBER_WORDS_PATTERN})\\b`);
// ("Voted by seven votes to three against the application": a tally of the side named after it, the
// larger count first.)
const TALLY_AGAINST = new RegExp(`${TALLY_TOLD.source} against\\b`);
/** A count of a tally, in digits or in words ("seven votes to four"). */
export function tallyCount(said: string): number {
  return isDigits(said) ? Number(said) : (numberWord(said) ?? NaN);
}

// Words asking for the level before a change ("what was the rate before?", "the previous rate").
const PREVIOUS_ASKED = /\b(?:previous|previously|prior|before|old|earlier|former|formerly|originally|initially|used to)\b/;

// Whether a fact names a place joined by "and" to another of its places ("the United States and Canada").
function togetherWithAnother(corpus: Corpus, fact: Fact, place: string): boolean {
  const text = ` ${words(fact.text).join(' ')} `;
  const own = namesOf(corpus, place).map((n) => words(n).join(' '));
  const others = fact.entities.filter((e) => e !== place && ['place', 'country'].includes(corpus.entityKind(e) ?? '')).flatMap((e) => namesOf(corpus, e).map((n) => words(n).join(' ')));
  return own.some((p) => others.some((o) => text.includes(` ${o} and ${p} `) || text.includes(` ${o} and the ${p} `) || text.includes(` ${p} and ${o} `) || text.includes(` ${p} and the ${o} `)));
}

// "How many heaters were sold in Canada?" - "312,000 units were sold in the US and 28,000 in Canada": a
// word for things of any kind counts the things asked of (not people, nor places).
function countsAnyThing(a: Analysis, unit: string): boolean {
  const word = a.unitWord;
  return GENERIC_UNIT.test(unit) && word !== undefined && ![word, ...baseForms(word)].some((w) => isPersonNoun(w) || KIND_NOUNS.has(w) || HARM_UNIT.test(w));
}
const GENERIC_UNIT = /^(?:units|items|pieces|products)$/;

/**
 * "How many Iranian sites did Trump threaten to strike?" - "to strike 52 targets": a general word for
 * places counts the places a figure counts in a word of its own for them.
 */
export function placesFigure(a: Analysis, fact: Fact): NumberFigure | undefined {
  const word = a.unitWord;
  if (word === undefined || ![word, ...baseForms(word)].some((w) => KIND_NOUNS.get(w) === 'place')) return undefined;
  return fact.numbers?.find((n) => words(n.unit).some((w) => [w, ...baseForms(w)].some((b) => PLACE_UNIT_NOUNS.has(b))));
}

// How many of the question's other words a figure's unit holds.
function unitFit(a: Analysis, figure: NumberFigure): number {
  // (And a word of harm asked, as the unit says it: "how many were injured?" - "610 people injured", not
  // "43 people killed".)
  const harmed = words(figure.unit).some((w) => {
    const kind = harmKind(w);
    return kind !== undefined && [...a.asked].some((h) => harmKind(h) === kind);
  });
  // (And the unit asked by its own word before one only related to it: "destroying at least 87 homes", not
  // "about 12,000 residents", of "how many homes?".)
  const own = a.unit !== undefined && unitTerms(figure.unit).includes(a.unit);
  return unitTerms(figure.unit).filter((st) => !a.units.has(st) && a.wanted.has(st)).length + (harmed ? 1 : 0) + (own ? 0.5 : 0);
}

/** The kind of harm a word tells ("killed", "died": death; "hurt": injury), if any. */
export function harmKind(word: string): 'death' | 'injury' | undefined {
  return DEATH_WORD.test(word) ? 'death' : INJURY_WORD.test(word) ? 'injury' : undefined;
}

/** The kind of harm a figure's unit tells by its last word ("people killed", "died"): deaths are alike however told, and so are injuries. */
export function harmOf(unit: string): 'death' | 'injury' | undefined {
  return harmKind(words(unit).at(-1) ?? '');
}

// A sum asked as someone's pay: "how much do midwives earn?", "how much are midwives paid?" (not "how much is
// the council paying?", which a contribution may tell).
const EARNED = /\b(earn|earns|earned|earning|salary|salaries|wage|wages)\b/;
const PAID_TO = /\b(?:is|are|was|were|get|gets|got|being) (?:[a-z]+ ){0,3}?(paid)\b/;
// The word asking someone's pay, with the stems of it and its relatives, read once per question.
const PAYS_ASKED = new WeakMap<Analysis, { word: string; related: ReadonlySet<string> } | null>();
function payAsked(a: Analysis): { word: string; related: ReadonlySet<string> } | undefined {
  let known = PAYS_ASKED.get(a);
  if (known === undefined) {
    const word = a.intent === 'count' && a.asked.has('much') ? (EARNED.exec(a.folded)?.[1] ?? PAID_TO.exec(a.folded)?.[1]) : undefined;
    const bases = word === undefined ? [] : baseForms(word);
    PAYS_ASKED.set(a, (known = word === undefined ? null : { word, related: new Set([word, ...bases, ...bases.flatMap((b) => relatedWords(b))].map(stem)) }));
  }
  return known ?? undefined;
}
/** Whether a person speaks for a body: a post of theirs is held "for" or "of" it ("regional officer for the Royal College of Midwives"). */
function speaksFor(corpus: Corpus, person: string, body: string): boolean {
  const own = corpus.entity(person);
  const other = corpus.entity(body);
  if (own === undefined || other === undefined || corpus.entityKind(person) !== 'person' || ['person', 'place', 'country'].includes(other.kind)) return false;
  const bodyNames = [other.name, ...other.aliases].map((n) => words(n).join(' ')).filter((n) => n.includes(' '));
  return own.aliases.some((alias) => {
    const said = words(alias).join(' ');
    return bodyNames.some((n) => said.endsWith(` for ${n}`) || said.endsWith(` of ${n}`) || said.endsWith(` for the ${n}`) || said.endsWith(` of the ${n}`));
  });
}

// "Who owns the hardware shop?" - "Graham Tuttle, 67, who runs a hardware shop": one running a business is
// told as its owner, as a local paper tells it.
const OWNING = /^(?:own|owns|owned|owning)$/;
const RUNS_BUSINESS = /\b(?:runs|ran|run|running|owner|owners|co-owner|proprietor)\b (?:(?:a|an|the|his|her|their|its) )?(?:[a-z-]+ ){0,3}(?:shop|store|cafe|caf\u00e9|pub|restaurant|business|firm|bakery|salon|hotel|bar|garage|farm|company|stall|newsagent|takeaway|workshop|studio|gallery|bookshop|butchers?|florist|pharmacy|chemist|boutique|brewery|inn)\b/;
// A pronoun as a fact's subject, after a time it may open with: "By Thursday evening it had raised £41,700".
const PRONOUN_SUBJECT = /^(?:(?:by|on|in|at|since|until|after|before|over|so far|to date|now)\b(?: [a-z0-9]+){0,3}?,? )?(?:it|this|they)\b/;
// "How much of the pier ...?", "how much of it": a part of a thing asked.
const PART_ASKED = /\bhow much of (?:the|its|their|this|that|it)\b/;
const PERCENT_ASKED = /\bper ?cent(?:age)?\b/;
const VOTED = /\bvot(?:e|ed|es|ing)\b/;
const DEFEAT_TOLD = /\b(?:rejected|defeated|voted down|threw out|thrown out|blocked|turned down)\b/;
const PAST_HOLDER_ASKED = /\b(?:former|previous|ex|onetime|once|was|were|had been|used to|before)\b/;

// A figure told as a margin: "won by 612 votes", "ahead by just 540 votes", "rose by 5%", "rose by £7.5 million"; after a word of
// winning, leading or changing in its clause ("beating the sitting mayor Peter Hughes by 612 votes"), not
// after one whose doer "by" names ("supported by 9 helicopters").
const MARGIN_WORDS = String.raw`(?:won|win\w*|lost|los(?:e|es|ing)|beat\w*|defeat\w*|edg\w*|ahead|behind|le(?:d|ads?|ading)|trail\w*|r[io]s\w*|rais\w*|fell|fall\w*|increas\w*|decreas\w*|cut|cuts|gr[eo]w\w*|drop\w*|climb\w*|gain\w*|exceed\w*|outnumber\w*|short|up|down|higher|lower|more|less|larger|smaller|bigger|jump\w*|slipp?\w*|slid\w*|plung\w*|soar\w*|surg\w*|tumbl\w*|declin\w*|shr[iau]nk\w*|expand\w*|reduc\w*|lift\w*|boost\w*|margin)`;
// The nouns of a margin: "a lead of 540".
const MARGIN_NOUNS: readonly string[] = ['lead', 'majority', 'margin', 'advantage', 'deficit'];
// (Or as a noun of one: "had given Ms Marchetti a lead of 11 votes", "a majority of 540".)
const MARGIN_TOLD = (value: number): RegExp =>
  new RegExp(`\\b(?:${MARGIN_WORDS}(?: [^\\s,.;]+){0,6} by|(?:${MARGIN_NOUNS.join('|')}) of) (?:just |only |some |about |around |nearly |almost |a mere )?[£$€]?${String(value).replace('.', '\\.')}(?![\\d])`);

// A figure told as so many more or fewer than another: "22 fewer hours", "300 more jobs".
const COMPARED_COUNT_TOLD = (value: number): RegExp => new RegExp(`(?<![\\d.,])${String(value).replace('.', '\\.')} (?:fewer|more|less)\\b`);
// A question asking so many more or fewer: "how many fewer hours ...", "how many more jobs ...".
const COMPARED_COUNT_ASKED = /\b(?:fewer|more|less)\b/;

// The role a who-question asks the holder of, where no name of the data is it: "who was the referee?", "who
// is the chairman of Harlow?" (the role before its place).
// (With whether it is held of a thing named in words, "the mayor of Harlow Bridge".)
function roleAsked(a: Analysis, corpus: Corpus): { role: string; heldOf: boolean } | undefined {
  // (Not one held of something the data names, "who is Iran's leader?", "who is America's president?":
  // a fact of it says who.)
  // (A place a post is held at is no holder: "who is the commander at al-Asad?" asks the post there.)
  const at = / at (?:the )?(.+)$/.exec(a.identity ?? '')?.[1];
  const placeAt = (t: QueryTerm): boolean => at !== undefined && words(t.word).join(' ') === words(at).join(' ') && ['place', 'country'].includes(corpus.entityKind(entityOf(corpus, t) ?? '') ?? '');
  if (a.intent !== 'who' || a.identity === undefined || a.terms.some((t) => (t.stem.startsWith(ENTITY_PREFIX) || entityOf(corpus, t) !== undefined) && !placeAt(t))) return undefined;
  const of = /^(.+?) (?:in|of|for|at) (.+)$/.exec(a.identity);
  const heldOf = of !== null && words(of[2]!).some((w) => !STOP_WORDS.has(w));
  const role = words(of?.[1] ?? a.identity);
  // (A role typed with a slip, "supream leader", is left to the search that put it right.)
  return role.length && role.length <= 3 && ROLE_NOUNS.has(role.at(-1)!) && role.every((w) => isEnglishWord(w)) ? { role: role.join(' '), heldOf } : undefined;
}

// What a count asks of, read once per question (every candidate's checks ask it): the one place or country
// named as where ("in Canada"), and the people and bodies it is asked of.
const COUNTS_ASKED = new WeakMap<Analysis, { where: string | undefined; countedOf: string[] }>();
const NOTHING_COUNTED = { where: undefined, countedOf: [] };
function countAsked(a: Analysis, corpus: Corpus): { where: string | undefined; countedOf: string[] } {
  if (a.intent !== 'count') return NOTHING_COUNTED;
  let known = COUNTS_ASKED.get(a);
  if (!known) {
    const where = a.terms
      .map((t) => ({ t, name: entityOf(corpus, t) }))
      .filter(({ t, name }) => name !== undefined && ['place', 'country'].includes(corpus.entityKind(name) ?? '') && new RegExp(`\\b(?:in|at|across|into) (?:the )?${escapeRegExp(t.word)}\\b`).test(a.folded));
    // (Not a name that only qualifies the thing counted, "US military bases", nor a total added up.)
    const qualifies = (e: string): boolean =>
      a.unitWord !== undefined && namesOf(corpus, e).some((n) => new RegExp(`\\b${escapeRegExp(words(n).join(' '))}(?:['\u2019]s)?(?: [a-z-]+)? ${escapeRegExp(a.unitWord!)}\\b`).test(a.folded));
    // (A place too, as the subject that has them: "how many pupils does Stanbridge have?", or one of a
    // longer name, "does Stanbridge Primary have?" of Stanbridge Primary School; not one naming a thing of
    // its own, "does Castle Street car park have?".)
    // (The data's names read only where a name is followed by more words before "have".)
    const longer = (phrase: string): boolean => corpus.dataset.entities.some((x) => [x.name, ...x.aliases].some((n) => ` ${words(n).join(' ')} `.startsWith(` ${phrase} `)));
    const owning = (e: string): boolean =>
      namesOf(corpus, e).some((n) => {
        const m = new RegExp(`\\b(?:does|do|did|has|have|had) (?:the )?(${escapeRegExp(words(n).join(' '))}(?: [a-z]+)*?) have\\b`).exec(a.folded);
        return m !== null && (m[1] === words(n).join(' ') || longer(m[1]!));
      });
    const countedOf = !a.compare && !a.difference && !a.total ? [...a.namedInQuestion].filter((e) => (['person', 'organization', 'group'].includes(corpus.entityKind(e) ?? '') || owning(e)) && !qualifies(e)) : [];
    COUNTS_ASKED.set(a, (known = { where: where.length === 1 ? where[0]!.name : undefined, countedOf }));
  }
  return known;
}

// The one person the data titles with a role, looked up once per question (every candidate asks it).
const HOLDERS = new WeakMap<Analysis, { holder: string | undefined }>();
function holderOf(a: Analysis, corpus: Corpus, role: string): string | undefined {
  let known = HOLDERS.get(a);
  if (!known) HOLDERS.set(a, (known = { holder: roleSpellings(role).map((r) => roleHolder(corpus, r, undefined)).find((h) => h !== undefined) }));
  return known.holder;
}

// Whether a fact says only who someone the data names is ("Donald Trump is the president of the United
// States."), not that there is something ("But there is a political win here").
function whoIsOnly(corpus: Corpus, fact: Fact): boolean {
  const subject = WHO_IS_ONLY.test(fact.text) ? /^(.+?) is /.exec(fact.text)?.[1] : undefined;
  return subject !== undefined && corpus.entityNamed(subject) !== undefined;
}

// A role as asked and as a title writes it: "transport minister" is the "minister for transport".
function roleSpellings(role: string): string[] {
  const list = role.split(' ');
  return list.length < 2 ? [role] : [role, `${list.at(-1)} for ${list.slice(0, -1).join(' ')}`, `${list.at(-1)} of ${list.slice(0, -1).join(' ')}`];
}

// Whether a text names someone as holding a role: "referee Mike Dean", "Mike Dean, the referee", "Javad
// Zarif is Iran's foreign minister".
function namesHolder(text: string, role: string): boolean {
  const r = role.split(' ').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${escapeRegExp(w.slice(1))}`).join('\\s+');
  const name = String.raw`\p{Lu}[\p{L}'\u2019-]+`;
  return (
    new RegExp(String.raw`\b${r}\s+${name}`, 'u').test(text) ||
    // ("the council's head of leisure, Sarah Lind")
    new RegExp(String.raw`\b${r}(?:\s+(?:of|for)\s+(?:the\s+)?[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+){0,2})?,\s+${name}`, 'u').test(text) ||
    new RegExp(String.raw`${name},\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}'\u2019-]+\s+){0,3}${r}\b`, 'u').test(text) ||
    new RegExp(String.raw`${name}\s+(?:is|was|has been|had been|became|remains|holds the (?:title|post|office|role) of|serves as|served as)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}'\u2019-]+\s+){0,3}${r}\b`, 'u').test(text)
  );
}

/** What a candidate lacks to answer this question; none means it can. */
export function failedChecks(a: Analysis, hit: Hit, corpus: Corpus, hinted: readonly Fact['type'][]): string[] {
  const fact = hit.fact;
  const failed: string[] = [];
  // ("Who was the referee?" - "Kowalski said his side had been let down by the referee": a role no name of
  // the data is, asked who holds it, is answered by a fact naming the one who does, or by the one person
  // the data titles so; a fact only mentioning the role names no one in it.)
  // ("Is there any advantage for Trump if he stands down?" - "Trump is the president": who someone is tells
  // nothing of what follows from a deed supposed.)
  if (a.supposing?.length && (a.intent === 'yesno' || a.intent === 'outcome') && whoIsOnly(corpus, fact) && !supposesAlike(a.supposing, corpus, fact)) failed.push('nothing of what follows');
  // ("Where is Darius Kemp from?" - "34-year-old Darius Kemp, of Warrington,": where someone comes from is
  // told beside their name, after "of" or "from", not by where they will be.)
  const native = a.intent === 'where' ? homeAsked(a, corpus) : undefined;
  if (native !== undefined && homeTold(corpus, native, fact.text) === undefined) failed.push(`not where ${native} is from`);
  // ("When is the march?" - "opened on 3 March": a month's name asked as a thing, after "the", is not the
  // month a fact dates something by.)
  const monthThing = a.intent === 'when' ? MONTH_AS_THING.exec(a.folded)?.[1] : undefined;
  if (monthThing !== undefined && !new RegExp(`\\b${monthThing}\\b`).test(fact.text)) failed.push(`only the month ${monthThing}`);
  // ("Who is the harbourmaster at Skelmouth?": a post the data gives one person by, asked who holds it, is
  // told by a fact of them, not by one of the place alone.)
  // ("Who led the Save Our Regal campaign?" - "A campaign group, Save Our Regal, was formed within weeks": a
  // fact naming no one but those the question names, and no one by a description, cannot say who.)
  if (a.intent === 'who' && /^who\b/.test(a.folded) && !a.whoSaid && a.identity === undefined && !a.decider && fact.entities.length > 0 && fact.entities.every((e) => a.namedInQuestion.has(e)) && !fact.answer && !/\b(?:by|from) (?:an?|the) [a-z]/i.test(fact.text) && !PEOPLE_WORD.test(normalise(fact.text))) failed.push('names no one the question does not');
  // ("Who reported the breakdown of missiles between the bases?" - "Trump's tweet: missiles at two bases": a
  // source of each place's share gives a figure of the thing divided, not only a count of the places.)
  if (a.dividedThing !== undefined && !(fact.numbers ?? []).some((n) => words(normalise(n.unit)).some((w) => stem(w) === a.dividedThing))) failed.push(`gives no share of the ${a.dividedThing}`);
  // ("Who is the director of the Wexcombe Land Trust?" - "the reserve, run by the Wexcombe Land Trust": a post
  // held of something, asked who holds it, is told by a fact naming a person besides those asked of.)
  // (And the post in its own word or a form of it: "Paul Dembrowski is the reserve manager" holds no
  // directorship.)
  // (Or held of something named before it: "who is Harwick Town's chairman?".)
  const postOf = a.intent === 'who' && !a.whoSaid ? (POST_OF_ASKED.exec(a.folded) ?? POST_OF_OWNER_ASKED.exec(a.folded))?.[1] : undefined;
  // (Not a post the data names someone by, "the president of the US": it names its holder.)
  // (Where the data calls one person by the post alone, "chairman" for Graham Oduya, a fact not naming them
  // tells of someone else: "who is Harwick Town's chairman?" - "Harwick Town Football Club will expand ...".)
  const postName = postOf === undefined ? undefined : a.terms.find((t) => words(t.word).includes(postOf) && entityOf(corpus, t) !== undefined);
  const postHeldBy = postName === undefined ? undefined : entityOf(corpus, postName);
  if (postOf !== undefined && ROLE_NOUNS.has(postOf) && postName === undefined) {
    // ("Who runs the Anchor Inn?", read as its leader - "Sandra Okafor is the council leader": a post held of
    // a thing the question names is told by a fact of that thing.)
    const heldOf = [...a.namedInQuestion].filter((e) => corpus.entityKind(e) !== 'person');
    if (!fact.entities.some((e) => corpus.entityKind(e) === 'person' && !a.namedInQuestion.has(e))) failed.push('names no one holding it');
    else if ((hit.terms.get(stem(postOf)) ?? 0) < POST_HELD_QUALITY) failed.push(`names no ${postOf}`);
    else if (heldOf.length && !heldOf.some((e) => tellsOf(corpus, fact, e))) failed.push(`not of ${heldOf.join(', ')}`);
    // ("Who is the secretary of state?" - "the group's secretary, Alison Meer": a post held of a thing named
    // in a common word is held where the fact says the word.)
    else {
      const of = new RegExp(`\\b${postOf} (?:of|for) (?:the )?([a-z]+)`).exec(a.folded)?.[1];
      if (!heldOf.length && of !== undefined && !STOP_WORDS.has(of) && !words(normalise(fact.text)).some((w) => stem(w) === stem(of))) failed.push(`not of ${of}`);
    }
  } else if (postHeldBy !== undefined && postName!.word === postOf && corpus.entityKind(postHeldBy) === 'person' && !fact.entities.includes(postHeldBy)) failed.push(`not of ${postHeldBy}`);
  // ("Who is the chief executive of Westway Ferries?" - "Alan Fairbairn is Westway's operations director": a
  // post of two words asked is held where the fact says both, or the data names its holder by it.)
  const pair = a.intent === 'who' && !a.whoSaid && postOf === undefined ? (POST_PAIR_ASKED.exec(a.folded) ?? POST_PAIR_OWNER_ASKED.exec(a.folded)) : null;
  if (pair && ROLE_NOUNS.has(pair[2]!) && !a.terms.some((t) => words(t.word).includes(pair[2]!) && entityOf(corpus, t) !== undefined) && [pair[1]!, pair[2]!].some((w) => (hit.terms.get(stem(w)) ?? 0) < POST_HELD_QUALITY)) failed.push(`names no ${pair[1]} ${pair[2]}`);
  const postHolder = a.intent === 'who' && a.identity !== undefined && !a.whoSaid ? a.terms.find((t) => t.stem.startsWith(ENTITY_PREFIX) && /^the /.test(t.word) && corpus.entityKind(t.stem.slice(ENTITY_PREFIX.length)) === 'person') : undefined;
  if (postHolder !== undefined && !fact.entities.includes(postHolder.stem.slice(ENTITY_PREFIX.length))) failed.push(`not of ${postHolder.stem.slice(ENTITY_PREFIX.length)}`);
  const asked = roleAsked(a, corpus);
  if (asked !== undefined && !roleSpellings(asked.role).some((r) => namesHolder(fact.text, r))) {
    // ("Who is the judge?" - "his wife ... was acquitted": where the data titles one person so, a fact not
    // naming them tells of someone else.)
    // (Not of one held of a thing named in words, "the leader of the opposition": the one the data titles
    // leader of something else is not it. A fact naming no holder of the role at all tells of neither:
    // "who is the mayor of Harlow Bridge?" - "Tom Achebe is the owner of the Harlow Bridge Otters".)
    const holder = asked.heldOf ? undefined : holderOf(a, corpus, asked.role);
    if (holder === undefined) failed.push(`names no ${asked.role}`);
    else if (!fact.entities.includes(holder)) failed.push(`not of ${holder}`);
  }
  // ("What is Steve Kowalski's age?" - "Kwame Mensah, 19, scored the winner": an age is of the one it is
  // given beside; a fact not naming the person asked of gives someone else's.)
  if (a.intent === 'count' && HOW_OLD.test(a.folded)) {
    const people = [...a.namedInQuestion].filter((e) => corpus.entityKind(e) === 'person');
    if (people.length && !people.some((e) => tellsOf(corpus, fact, e))) failed.push(`not of ${people.join(' or ')}`);
    // ("How old is Daniel Okonjo?" - "his wife, Grace Okonjo, 49, was acquitted": a fact of him, but the age
    // set beside another's name is theirs.)
    // (Nor a span of years told of something else: "How old is Alan Pryce?" - "our energy bill has more than
    // doubled in three years," he said.)
    else if (people.length) {
      const aged = agesOf(corpus, fact);
      if (aged.length ? !aged.some((e) => people.includes(e)) : !AGE_TOLD.test(fact.text)) failed.push(`no age of ${people.join(' or ')}`);
    }
    // ("How old is the man who found him?": a person asked of by a plain noun is one the fact names.)
    else if (PLAIN_PERSON_ASKED.test(a.folded) && !fact.entities.some((e) => corpus.entityKind(e) === 'person' && namedAt(fact.text, corpus, e) !== Infinity)) failed.push('of no one named');
    // ("How old is the school?" - "a school that has served the community for 142 years", not "we have
    // fought for this school for three years": a thing's age is a span it has lasted, told of it.)
    else if (!PLAIN_PERSON_ASKED.test(a.folded)) {
      const thing = THING_OLD.exec(a.folded)?.[1];
      // (A noun set before a person's name is who they are: "Allotment holder Sue Pennock, 72".)
      const titled = (thing: string): boolean => fact.entities.some((e) => corpus.entityKind(e) === 'person' && new RegExp(`\\b${escapeRegExp(thing)} ${escapeRegExp(e)}\\b`, 'i').test(fact.text));
      if (thing !== undefined && !isPersonNoun(thing) && !thingAgeTold(normalise(fact.text), thing) && !titled(thing)) failed.push(`no age of the ${thing}`);
    }
  }
  // "How many people died in the 2015 floods?": a year asked that is not the article's own is told only by a
  // fact giving it; the others tell of the article's time.
  // (So is a month other than the article's: "how many hours will the library open from July?" is told by
  // "from July it will open for 32 hours", not by what it does now.)
  const otherTimes = a.terms.filter((t) => otherYear(corpus, t) || otherMonth(corpus, t));
  if (otherTimes.length && !otherTimes.every((t) => new RegExp(`\\b${t.word}\\b`, 'i').test(fact.text))) failed.push(`not of ${otherTimes.map((t) => t.word).join(' or ')}`);
  // ("How much will the repairs cost?" - "the last major repair, in 1998, cost £1.2 million": what a year
  // before the article's tells of was, not what will be.)
  // (The year of the fact's own deed, not of a clause of who or which: "Pettifer, who bought the club in
  // 2016, has said he will sell"; nor one telling of what is to come besides.)
  else if (!otherTimes.length && FUTURE_ASKED.test(a.folded) && a.intent !== 'when' && ofYearGoneBy(corpus, normalise(fact.text))) failed.push('a time gone by');
  // "Apart from al-Asad, which base was hit?": a fact naming what is set aside answers something else.
  // ("What did Soleimani's killing lead to?" - "the Democrats had warned that killing Soleimani would lead
  // to war": what someone said would follow is not what did.)
  if (a.effectOf && /^what (?:did|has|have|had)\b/.test(a.folded) && /\bwould\b/.test(normalise(fact.text)) && !CAUSE_AFTER.test(normalise(fact.text))) failed.push('only foretold');
  const aside = a.setAside?.filter((e) => namedAt(fact.text, corpus, e) !== Infinity) ?? [];
  if (aside.length) failed.push(`set aside: ${aside.join(', ')}`);
  // "..., according to Zarif, ...": whose word it is; a fact that is someone else's (the article's own
  // account, another's report) is not his.
  // (A body's is said by one of its people too: "according to the RSPB?" - Helen Cartwright, "the regional
  // conservation officer for the RSPB".)
  if (a.accordingTo !== undefined && !sameSide(corpus, a.accordingTo, speakerOf(corpus, fact)) && fact.attribution !== a.accordingTo && !describedAs(corpus, speakerOf(corpus, fact), a.accordingTo)) failed.push(`not according to ${a.accordingTo}`);
  // ("Besides military strikes, what does Khamenei think is needed?": a fact holding most of the words of the
  // thing set aside, "military action", answers something else.)
  else if (a.asideThings?.length) {
    const own = new Set(words(normalise(fact.text)).map(stem));
    // (As typed: a related word, "force" near "push", may be the very thing asked for.)
    const told = a.asideThings.filter((w) => own.has(stem(w)));
    if (told.length * 2 >= a.asideThings.length && told.length > 0) failed.push(`set aside: ${told.join(', ')}`);
    // ("Beyond force, what is needed to avenge him?" - "military action on its own could not avenge him": a
    // fact saying one thing alone is not enough restates what the question sets aside, not what else.)
    else if (ALONE_NOT_ENOUGH.test(normalise(fact.text))) failed.push('set aside: alone not enough');
  }
  // (The fact's text as the checks read it, folded once.)
  const factText = normalise(fact.text);
  // "Was anyone killed in the attack?" asks whether there were casualties at all: a fact of another kind
  // that uses the word ("America killing Soleimani") answers something else.
  // (So does one weighing harm to two sides: "were there more Iraqi or American casualties?")
  // (A casualty report is one too in someone's words, with its figure of harm: "nobody was killed," he said.)
  const reportsHarm = hinted.includes('casualties') && harmSaid(fact);
  // (Not a kind hinted of what someone named does, "is Iran signalling any wish to go further?": the fact
  // telling what they do answers, whatever its kind; harm asked of them stays a casualty report's.)
  const kindAsked = hinted.includes('casualties') || a.agent === undefined;
  if (a.intent === 'yesno' && (a.existential || (a.compare && hinted.includes('casualties'))) && kindAsked && hinted.length && !hinted.includes(fact.type) && !reportsHarm) failed.push(`not of ${hinted.join(' or ')}`);
  // ("Was anyone hurt?" - "no one was seriously hurt": none hurt badly says no to harm of that degree only;
  // "three passengers were treated for minor injuries" answers.)
  const degree = a.intent === 'yesno' && hinted.includes('casualties') && NOBODY.test(factText) ? HARM_DEGREE.exec(factText)?.[1] : undefined;
  if (degree !== undefined && !words(a.folded).includes(degree)) failed.push(`only no ${degree} harm`);
  // ("What force did Soleimani command?": a deed asked of a person is told by a fact of theirs, not one that
  // only matches the thing asked for.)
  // (Not one named as an owner, "what had Trump's opponents said?", whose deed it is not.)
  if ((a.intent === 'what' || a.intent === 'where' || a.intent === 'when') && a.agent !== undefined && corpus.entityKind(a.agent.entity) === 'person' && !fact.entities.includes(a.agent.entity) && fact.attribution !== a.agent.entity && fact.quote?.speaker !== a.agent.entity && !a.agentOwnerOnly) failed.push(`not of ${a.agent.entity}`);
  // "Is the American public eager for war?" is not settled by a fact about Iran's eagerness, nor "did Iraq
  // kill Soleimani?" by one of Iraq's own dead: the first person or group a yes-or-no question names, the
  // fact must (or tell that another did the deed asked of them: "did Zarif confirm ..." - Trump's tweet).
  if (a.intent === 'yesno') {
    const who = a.firstPerson;
    if (who !== undefined && !fact.entities.includes(who) && fact.attribution !== who && !(a.agent?.entity === who && otherAgent(corpus, a, fact))) failed.push(`not of ${who}`);
    // ("Did Trump call Khamenei?" - "Trump ended his tweet by calling the situation good": a second person
    // a question of someone's deed names, the fact must name too. Not "is Zarif the supreme leader?", which
    // names a post.)
    // ("Was Trump freaking out?" - "... he proved that the Democrats were being hysterical": the state the
    // fact matched is said of another, by a form of "be" after their name, and nothing else of it matched.)
    else if (who !== undefined && corpus.entityKind(who) === 'person' && saidOfOtherOnly(corpus, hit, who)) failed.push(`said of another than ${who}`);
    else if (a.agent !== undefined && a.agent.entity === who) {
      const others = [...a.namedInQuestion].filter((e) => e !== who && corpus.entityKind(e) === 'person' && !fact.entities.includes(e) && fact.attribution !== e && fact.quote?.speaker !== e);
      if (others.length) failed.push(`not of ${others.join(' or ')}`);
    }
  }
  // ("Did Iran use more than twenty missiles on the two bases?": a yes or no weighing a figure of a thing is
  // settled only by a fact giving a figure of that thing, not one counting the bases.)
  if (a.intent === 'yesno') {
    const counted = a.weighed;
    // (By the fact's figures, or a figure its text puts before the thing: a dataset need not list figures.)
    const told = (): boolean => {
      const list = words(fact.text);
      return list.some((w, i) => stem(w) === stem(counted!) && [list[i - 1], list[i - 2]].some((x) => x !== undefined && isDigits(stem(x))));
    };
    if (counted !== undefined && !STOP_WORDS.has(counted) && !(fact.numbers ?? []).some((n) => unitTerms(n.unit).includes(stem(counted))) && !told()) failed.push(`no figure of ${counted}`);
  }
  // ("Will Iran keep hitting the US?" is not settled by the reason for its strikes: a yes or no on whether
  // something goes on wants a fact telling whether it does.)
  // (Not one asked only of a supposition: "will Iran defend itself if attacked again?")
  if (a.intent === 'yesno' && a.goesOnAsked && !a.goesOnSupposed && !a.compare && !a.difference && !tellsWhetherItGoesOn(fact)) failed.push('tells not whether it goes on');
  // "How many US bases are in Iraq?" - "missiles were launched at two military bases in Iraq": a figure of
  // what something was done to is no count of what there is.
  if (a.stockAsked && !STOCK_TOLD.test(factText)) failed.push('counts what was done, not what there is');
  // ("How many beds does the hospital have?" - "Willow Ward, a 28-bed unit on the hospital's second floor": a
  // capacity before its noun is the capacity of the one named just before it, not of another the fact names.)
  else if (a.stockAsked && !capacityOf(a.folded, factText)) failed.push('a capacity of another');
  // "How many firefighters died?", "did any firefighters die?" - "two firefighters were treated for heat
  // exhaustion": deaths asked are told by a fact of deaths or casualties (or of no one killed), not by one of
  // harm short of death.
  // (Asked, not supposed: "would Iran be embarrassed if its revenge killed nobody?")
  if ((a.intent === 'count' || a.intent === 'yesno') && a.terms.some((t) => DEATH_ASKED.has(t.word) && !a.supposing?.includes(t)) && !DEATH_TOLD.test(factText)) failed.push('tells of no deaths');
  // ("How many votes did Hughes get?" - "put Lindqvist ahead by just 540 votes": a margin, by how many one
  // led another, is no count of what was got, unless a margin is asked. "By how many votes did Lindqvist
  // win?" - "beating Hughes by 612 votes": a margin asked is told as one; each candidate's own count is not it.)
  const figure = a.intent === 'count' && !a.difference && !a.compare ? unitFigure(a, fact) : undefined;
  if (figure) {
    const text = unseparated(fact.text);
    // ("How many hours will the library open?" - "will open for 22 fewer hours a week": a figure told as so many
    // more or fewer is a change too, unless the question asks so many more or fewer.)
    const comparedAsked = COMPARED_COUNT_ASKED.test(a.folded);
    const margins = (fact.numbers ?? []).filter((n) => n.unit === figure.unit).map((n) => MARGIN_TOLD(n.value).test(text) || (!comparedAsked && COMPARED_COUNT_TOLD(n.value).test(text)));
    // (A change's size asked is told so: "how much have costs risen?" - "have risen by 23%".)
    // ("How big is Millbrook's deficit?" - "a deficit of £84,000": the noun of the margin asked is it.)
    const nounAsked = a.terms.some((t) => MARGIN_NOUNS.some((n) => (corpus.index.vocabulary.expand(t).get(stem(n)) ?? 0) >= MENTION_QUALITY));
    if (!MARGIN_ASKED.test(a.folded) && !a.changeAsked && !nounAsked && margins.every(Boolean)) failed.push('only a margin');
    // (Of a change, "by how much did deliveries drop?" asks the change, no margin over another.)
    else if (MARGIN_NAMED.test(a.folded) && !a.changeAsked && !margins.some(Boolean)) failed.push('no margin');
    // ("How many heaters were sold in Canada?" - "340,000 heaters sold across the United States and Canada":
    // one figure of two places named together is of both, no count of the one asked.)
    const place = countAsked(a, corpus).where;
    if (place !== undefined && margins.length === 1 && togetherWithAnother(corpus, fact, place)) failed.push(`of ${place} and another together`);
  }
  // ("How many people work at Brightline?" - "eleven people suffered burns": a count asked of someone
  // named is told by a fact of them, or in their words.)
  const { countedOf } = countAsked(a, corpus);
  // (Or one naming no one, that refers to one of their kind: "the company now has 2,300 employees".)
  const others = fact.entities.some((e) => ['person', 'organization', 'group'].includes(corpus.entityKind(e) ?? ''));
  // (Not "the council" of a question asking of a company the data names apart from its council.)
  const referred = (e: string): boolean => {
    if (others) return false;
    if (corpus.entityKind(e) === 'person') return PERSON_REFERRED.test(factText);
    const noun = BODY_REFERRED.exec(factText)?.[0].split(' ')[1];
    if (noun === undefined) return BODY_REFERRED.test(factText);
    const named = (x: { name: string; aliases: readonly string[] }): boolean => [x.name, ...x.aliases].some((n) => words(n).includes(noun));
    const own = corpus.entity(e);
    return (own !== undefined && (named(own) || words(own.description ?? '').includes(noun))) || !corpus.dataset.entities.some((x) => x.name !== e && named(x));
  };
  if (countedOf.length && !countedOf.some((e) => tellsOf(corpus, fact, e) || fact.attribution === e || fact.quote?.speaker === e || referred(e))) failed.push(`not of ${countedOf.join(' or ')}`);
  // ("How much are midwives paid?" is not told by "a £38 million maternity unit ... struggled to recruit
  // enough midwives": someone's pay is told by a fact saying so, in the word asked or one related to it.)
  const pay = payAsked(a);
  if (pay !== undefined && !words(factText).some((w) => pay.related.has(stem(w)) || irregularBases(w).some((b) => pay.related.has(stem(b))))) failed.push(`nothing ${pay.word}`);
  // ("How much will the strike cost the airline?" - "would cost the tourism sector €8 million": the sum a
  // deed of money costs another.)
  const payer = a.intent === 'count' ? otherPayer(a.folded, normalise(fact.text), fact.text) : undefined;
  if (payer !== undefined) failed.push(`costs ${payer}`);
  // ("How much does a family ticket cost?" - "tickets cost £16 for adults": a sum of another thing.)
  // (A word before the thing priced is told where the fact says "the" thing that another fact names with it:
  // "how much will the nest camera cost?" - "the camera ... at a cost of about £4,000", the camera "near the
  // nest" of another; not "tickets cost £16 for adults", no family ticket.)
  const head = a.priced?.at(-1);
  const namedWith = (t: QueryTerm): boolean =>
    head !== undefined && t !== head && (hit.terms.get(head.stem) ?? 0) >= VOUCH_QUALITY && new RegExp(`\\bthe ${escapeRegExp(head.word)}\\b`).test(factText) &&
    // (Found through the index, as a large dataset's facts are read only where a query needs them.)
    searchTerms(corpus, [t, head], {}, PRICED_WITH).some((h) => h.fact !== fact && [t, head].every((w) => (h.terms.get(w.stem) ?? 0) >= 1));
  // ("How much has the appeal raised?" - "... has launched a public appeal with a target of £250,000. By
  // Thursday evening it had raised £41,700": a fact whose subject is a pronoun names what the fact before it
  // in its paragraph names.)
  // (Or the one before that, past a line of who someone is that may come between: "Friends of Saltmarsh Bay
  // Pier is a volunteer group founded in 1998".)
  const before = a.priced?.length && PRONOUN_SUBJECT.test(factText) ? [corpus.factBefore(hit.rank), corpus.factBefore(hit.rank - 1)].filter((f) => f !== undefined && f.paragraph === fact.paragraph) : [];
  const namedBefore = (t: QueryTerm): boolean => before.some((f) => words(normalise(f!.text)).some((w) => stem(w) === t.stem));
  const unpriced = a.priced?.filter((t) => (hit.terms.get(t.stem) ?? 0) < VOUCH_QUALITY && !namedWith(t) && !namedBefore(t)) ?? [];
  if (unpriced.length) failed.push(`no price of ${unpriced.map((t) => t.word).join(' ')}`);
  // ("How old is the heron?" - "probably a young bird, about a year old": an age told in words answers.)
  const countFigure = a.intent === 'count' ? (unitFigure(a, fact) ?? thanFigureOf(a, fact)) : undefined;
  if (a.intent === 'count' && countFigure === undefined && !ageInWords(a, corpus, fact) && !changeInWords(a, fact)) failed.push(a.unit ? `no figure in ${a.unit}` : 'no figure');
  // "How many missiles didn't hit al-Asad?": a figure counts what did happen, not what did not.
  // (A casualty report's zero counts the harm that did not happen in its own "no": "how many were not hurt".)
  // (Unless the rest of a whole is asked of one place it names: "how many missiles were not aimed at
  // al-Asad?" - the whole less al-Asad's figure; see countAnswer.)
  else if (a.intent === 'count' && a.negated && !a.compare && !a.difference && !NEGATION.test(factText) && !restAsked(a, corpus, fact)) failed.push('counts what did happen');
  // "How many people live in Iraq?": a count of casualties answers only a question about harm.
  // (Not another figure a casualty report gives: "no one was hurt, and the 62 passengers on board were taken
  // to the terminal" counts the passengers.)
  else if (a.intent === 'count' && !hinted.includes('casualties') && countFigure !== undefined && harmCounted(fact, countFigure)) failed.push('no harm asked');
  // "How many were hurt at Irbil?": harm asked wants a figure of harm, not "5 missiles"; with a unit of
  // people too: "how many people died?" is not told by "27 people rescued". (Not "how much is the pool
  // losing?": money lost is no harm.)
  else if (a.intent === 'count' && (!a.unit || (a.unitWord !== undefined && CASUALTY_PEOPLE.has(a.unitWord))) && hinted.includes('casualties') && fact.type !== 'casualties' && !HARM_UNIT.test((unitFigure(a, fact) ?? thanFigureOf(a, fact))!.unit)) failed.push('no harm told');
  // "How many of the 22 missiles hit their targets?" asks for a part of the 22: the 22 is no answer.
  else if (a.intent === 'count' && a.partOf !== undefined && unitFigure(a, fact)?.value === a.partOf) failed.push(`the whole ${a.partOf}, not a part`);
  // ("How many of the 22 missiles hit their targets?" is not answered by the 17 fired at al-Asad: a part
  // at a place the question does not name is another part.)
  else if (a.intent === 'count' && a.partOf !== undefined && !a.places.length && fact.entities.some((e) => corpus.entityKind(e) === 'place')) failed.push('a part at one place');
  // "What is the airbase in western Iraq called?" wants a name: the question's own entity, or one of the
  // fact's whose name holds the word asked about.
  // "Which country's bases were targeted?": a fact saying whose they are ("US bases"), not only what was done.
  // (Not "whose missiles were fired?", whose doer says whose.)
  // (Not of two offered and rated: "which side's forces are stronger, Iran's or America's?" is answered by
  // the one the fact rates so, "the stronger US military".)
  if (a.folded.includes("'s ") && /^(?:which|what) /.test(a.folded.trim()) && WHOSE.test(a.folded.trim()) && ownerAsked(corpus, a.folded, fact) === undefined && ratedOffered(a, corpus) === undefined) failed.push('does not say whose');
  // "Whose bases got hit?" - "Trump has to decide ... having the US hit back": a fact not telling of the
  // thing whose owner is asked says not whose it is; nor does one of a base with no owner named ("a base in
  // Irbil").
  const whose = a.folded.includes('whose') ? whoseAsked(a.folded) : undefined;
  // (A place's, "whose bases": not whose move, call or view, which a fact says in words of its own.)
  const owned = whose?.kind === undefined && PLACE_UNIT_NOUNS.has(whose?.thing.replace(/s$/, '') ?? '') ? whose!.thing : undefined;
  const ownedTerm = owned === undefined ? undefined : a.terms.find((t) => t.word === owned);
  if (ownedTerm !== undefined && (hit.terms.get(ownedTerm.stem) ?? 0) < RELATED_MATCH) failed.push(`no ${owned}`);
  else if (owned !== undefined && ownerAsked(corpus, a.folded, fact) === undefined) failed.push('does not say whose');
  // "Who is Iran's top diplomat?": one of Iran's people, which a fact naming none of them (only Iran and
  // the embassy it attacked) does not say.
  if (a.intent === 'who' && a.identity !== undefined && corpus.entityNamed(a.identity) === undefined) {
    const owner = /^([a-z-]+)(?:'s|\u2019s|s') \S/.exec(a.identity)?.[1];
    const side = owner === undefined ? undefined : corpus.entityNamed(owner);
    if (side !== undefined && corpus.entityKind(side) === 'country' && !fact.entities.some((e) => e !== side && ['person', 'group', 'organization'].includes(corpus.entityKind(e) ?? '') && sameSide(corpus, e, side))) failed.push(`names none of ${side}'s people`);
  }
  // ("What's the name of the airbase that was targeted in western Iraq?": no name in the question, but a
  // name of the fact's calls a thing so, "al-Asad airbase".)
  // ("What did Iran call its measures?": what someone called a thing, asked of their words, a quote gives.)
  if (a.nameOf && !a.terms.some((t) => t.stem.startsWith(ENTITY_PREFIX)) && !(a.focus && entityNamed(a.focus, corpus, fact)) && calledThing(corpus, a, fact) === undefined && !(a.intent === 'quote' && fact.quote)) failed.push('no name');
  // "What was the name of the Iranian military operation?": a name is of a thing the fact names, one that a
  // name of its own calls so ("al-Asad airbase" is a base); the data's "Iranian military" is no operation.
  else if (a.calledNoun !== undefined && !fact.entities.some((e) => calledBy(corpus, e, a.calledNoun!) || typedAs(a, e, a.calledNoun!)) && calledThing(corpus, a, fact) === undefined) failed.push(`names no ${a.calledNoun}`);
  // "How many targets did Iran threaten?" is not answered by the targets Trump threatened.
  if ((a.intent === 'count' || a.intent === 'why') && otherAgent(corpus, a, fact)) failed.push('done by another');
  // ("Why might the US feel it has to strike back?" is not answered by the reason for Iran's strikes: a
  // reason is its subject's, and the subject must be on the side of the one asked about.)
  // (Where the fact names one on that side by words namedAt cannot find, "Iran's leaders" for Tehran, it may
  // be the subject still.)
  // (Nor where the subject is the one the question says the thing comes from: "why did Iran deserve a
  // lesson from Trump?" - "Trump could say he had punished Iran for ...".)
  else if (a.whyOf !== undefined && !subjectOnSide(corpus, fact, a.whyOf) && fact.entities.every((e) => !onSideOf(corpus, e, a.whyOf!) || namedAt(fact.text, corpus, e) !== Infinity) && !givenByMainSubject(a, corpus, fact)) failed.push(`not of ${a.whyOf}`);
  // "How could Trump characterise the Democrats' warnings?" is told by his words, or a fact whose subject he
  // is, not by one telling of the warnings; nor by who he is ("Javad Zarif is Iran's foreign minister").
  if (a.describer !== undefined && !describedBy(corpus, fact, a.describer)) failed.push(`not put by ${a.describer}`);
  // "How many Americans did Soleimani kill?": a count of what someone did to people, told by a fact naming
  // them (or their side) at all; "no American casualties" of Iran's strikes is no count of his.
  // (A casualty report only: a figure of the strikes need not name Iran, whose missiles the article counts.)
  else if (a.intent === 'count' && a.agent && fact.type === 'casualties' && !fact.entities.some((e) => onSideOf(corpus, e, a.agent!.entity))) failed.push(`not of ${a.agent.entity}`);
  // "How many missiles were fired at Baghdad?" is not answered by the figure for Irbil.
  // ("Did anyone die at Erbil?": a report that nobody was hurt anywhere answers for every place.)
  // (And counts it, "how many were hurt at Irbil?", where it says nobody at all, at a place of the events it
  // reports: none there either. Not at the embassy attacked the week before, whose harm it does not tell.)
  const everywhere =
    (a.intent === 'yesno' && VOUCHING_TYPES.has(fact.type) && hinted.includes(fact.type)) ||
    (a.intent === 'count' && fact.type === 'casualties' && hinted.includes('casualties') && NOBODY.test(normalise(fact.text)) && a.places.every((t) => placeOfEvent(corpus, a.namedPlaces.get(t.stem))));
  // (The place itself, not the country it is the capital of: "hit Tehran" is not "Iran fired".)
  // (A country a count is asked in, not one things came from: "52 targets in Iran", not "missiles from Iran
  // had been launched at two bases in Iraq".)
  const namesPlace = (t: QueryTerm): boolean => {
    const name = a.namedPlaces.get(t.stem);
    return name === undefined || (tellsOf(corpus, fact, name) && !(a.intent === 'count' && corpus.entityKind(name) === 'country' && onlyOrigin(corpus, fact, name)));
  };
  // ("How much will the repairs to the Harnley Bridge cost?" - "repairs will cost £6.8 million", in an
  // article headed "Harnley Bridge closed ...": the place its headline is about is where a fact naming no
  // place of its own is.)
  const headlineHere = (t: QueryTerm): boolean => {
    const name = a.namedPlaces.get(t.stem);
    return a.intent === 'count' && name !== undefined && corpus.entityKind(name) === 'place' && namedAt(corpus.dataset.article.title, corpus, name) !== Infinity && !fact.entities.some((e) => ['place', 'country'].includes(corpus.entityKind(e) ?? ''));
  };
  // ("Should I brace for more fighting in the region?": a place typed by a common noun the data calls it,
  // "the region", is the story's setting, where a fact naming no place of its own is too.)
  const settingHere = (t: QueryTerm): boolean => {
    const e = corpus.entity(a.namedPlaces.get(t.stem) ?? '');
    return e !== undefined && [e.name, ...e.aliases].some((n) => n === n.toLowerCase() && words(n).join(' ') === words(t.word).join(' ')) && !fact.entities.some((x) => ['place', 'country'].includes(corpus.entityKind(x) ?? ''));
  };
  const elsewhere = everywhere ? [] : a.places.filter((t) => ((hit.terms.get(t.stem) ?? 0) < VOUCH_QUALITY || !namesPlace(t)) && !headlineHere(t) && !settingHere(t));
  // (A count of several places may take a fact for each: one naming none of them answers for none.)
  if (a.countedIn.some((e) => onlyOrigin(corpus, fact, e))) failed.push(`not in ${a.countedIn.join(', ')}`);
  // ("How many rescue workers?" is not told by "4,500 job cuts": where the fact counts another word for the
  // thing, the word saying which of them must be its too. One counting it by its word, "22 missiles", tells
  // "how many ballistic missiles" all it can.)
  // (A report of none harmed counts none of any of them: "how many American service members died?" - "no
  // Americans were among the casualties".)
  const noneHarmed = fact.type === 'casualties' && (NOBODY.test(factText) || /\bno [a-z]+/.test(factText));
  if (a.countQualifier !== undefined && (hit.terms.get(a.countQualifier.stem) ?? 0) < MENTION_QUALITY && !noneHarmed && !fact.numbers?.some((n) => a.unit !== undefined && unitTerms(n.unit).includes(a.unit))) failed.push(`not ${a.countQualifier.word}`);
  if (a.muchOf !== undefined && (hit.terms.get(a.muchOf.stem) ?? 0) < MENTION_QUALITY) failed.push(`not of ${a.muchOf.word}`);
  // ("How wide is the Ridge?" - "about 12 kilometres north of the harbour": a depth, a height or a width is
  // told in its own word, "260 metres tall", "its height", not by a distance.)
  const dimension = a.intent === 'count' ? DIMENSION_ASKED.exec(a.folded)?.[1] : undefined;
  if (dimension !== undefined && !DIMENSION_NAMED[dimension]!.test(factText)) failed.push(`no ${dimension}`);
  // (And of the thing asked: "how deep is the main pool?" is not told by a hole "three metres deep".)
  const measuredThing = dimension === undefined ? [] : a.terms.filter((t) => !DIMENSION_NAMED[dimension]!.test(t.word));
  // (Named by its head too: "how wide is the sinkhole?" - "the hole".)
  const headed = (t: QueryTerm): boolean => {
    const head = compoundHead(t.word);
    return head !== undefined && words(factText).includes(head);
  };
  if (measuredThing.length && !measuredThing.some((t) => (hit.terms.get(t.stem) ?? 0) >= RELATED_MATCH || headed(t))) failed.push(`not of ${measuredThing.map((t) => t.word).join(' ')}`);
  // ("Does the 14 run on Sundays?" is settled by a fact telling of a day of the week, "There is no Sunday
  // service", "Monday to Saturday"; not by one of its drivers.)
  const day = a.intent === 'yesno' ? a.terms.find((t) => WEEKDAY.test(t.word.replace(/s$/, ''))) : undefined;
  if (day !== undefined && !WEEKDAY_TOLD.test(factText)) failed.push(`not of ${day.word}`);
  // (A distance is of one of the places asked, from the other: "the library ... about 2.5 miles away". Or of
  // a body's building: "the Central Library".)
  const distanceOf = elsewhere.length > 0 && a.intent === 'count' && HOW_FAR.test(a.folded) && [...a.namedInQuestion].some((e) => ['place', 'organization'].includes(corpus.entityKind(e) ?? '') && tellsOf(corpus, fact, e));
  if (elsewhere.length && (!a.perPlace.length || elsewhere.length === a.places.length) && !distanceOf) failed.push(`not at ${elsewhere.map((t) => t.word).join(', ')}`);
  // ("When did the Castleby factory open?" - "the Wrexford factory opened in 1968": asked the time of a
  // place's deed, a fact telling it of another place, and not of that one, tells another's.)
  else if (a.intent === 'when' && a.namedPlaces.size) {
    const asked = [...a.namedPlaces.values()].filter((e) => corpus.entityKind(e) === 'place');
    const other = fact.entities.filter((e) => corpus.entityKind(e) === 'place' && !asked.includes(e) && namedAt(fact.text, corpus, e) !== Infinity);
    if (asked.length && other.length && !asked.some((e) => tellsOf(corpus, fact, e))) failed.push(`of ${other.join(', ')}`);
  }
  // "How many missiles were fired from Iraq?" is not answered by those fired "from Iranian soil at US bases in
  // Iraq", nor by five fired "at a smaller base in Irbil in northeast Iraq": a fact saying where from must
  // say the place asked, and one naming it as where things went says the opposite. (One saying neither,
  // "no UK casualties" for "anyone from the UK hurt?", is left to the rest.)
  // (A fact saying another place answers a yes-or-no question: no.)
  if (a.origins.length && !comesFrom(a.origins, corpus, fact) && !(a.intent === 'yesno' && ORIGIN_PHRASE.test(fact.text))) failed.push(`not from ${a.origins.join(', ')}`);
  if (a.intent === 'when') {
    // A time that is only the question's own words ("what time of night?" - "night") tells nothing; nor does
    // a rate ("a mobile van two mornings a week").
    const time = timesIn(factText)[0];
    // ("In May": a time phrase's "may" is the month, no modal.)
    if (!time || words(time[0]).every((w) => (STOP_WORDS.has(w) && w !== 'may') || a.asked.has(w))) failed.push('no time');
    // ("When did the hackers get in?" - "... said on Tuesday that hackers had stolen ...": only when it was
    // said, which is not what is asked.)
    else if (!SAYING_TIME_ASKED.test(a.folded) && [...fact.text.matchAll(new RegExp(TIME_PHRASE.source, 'gi'))].every((m) => saidAt(fact.text, m.index))) failed.push('only when it was said');
    // "At what exact time?" asks for a clock time: "into the night" is when, not exactly when.
    // ("What time exactly ...", "what time were the missiles launched?" ask the same: "what time" asks the
    // hour, which "into the night sky" does not tell, where "Wednesday morning" does.)
    else if ((a.asked.has('exact') || a.asked.has('precise') || a.asked.has('exactly') || a.asked.has('precisely')) && !/\d|o ?clock|noon|midnight/.test(time[0])) failed.push('no exact time');
    // ("What year did the post office open?" - "starting on 17 March": a day tells no year.)
    else if (YEAR_ASKED.test(a.folded) && !YEAR_TOLD.test(factText)) failed.push('no year');
    // ("What time does the pool open?" - "next summer", "on 1 May": a season or a day tells no time of day.)
    else if (CLOCK_ASKED.test(a.folded) && ((NOT_A_TIME_AFTER.test(factText.slice(time.index + time[0].length)) && !DAY_PART_ASKED.test(a.folded)) || ![...factText.matchAll(new RegExp(TIME_PHRASE.source, 'gi'))].some((m) => TIME_OF_DAY.test(m[0])))) failed.push('no time of day');
    // "The previous week Trump had threatened ... if Iran attacked": the attack is only supposed there,
    // and the time is the threat's.
    else if (onlySupposed(corpus, factText, hit.stems)) failed.push('only supposed');
    // "When is the strike?" - "governors would meet the union on Wednesday afternoon, the day before the
    // strike": a thing told only as what a time is set by is not what happens then.
    else if (onlyAnchoring(corpus, factText, hit.stems)) failed.push('a time of another deed');
    // "When will the next Iranian attack happen?": a time gone by ("the previous week") is no time to come.
    // (Nor a year before the article's: "when will the museum reopen?" - "which opened in 1911".)
    // (Nor a day the article tells as gone by: "when will Pebble be released?" - "spotted ... on Thursday 27
    // November", of an article of 1 December.)
    // (Nor the time of a deed told as done: "will expand its ground ... after councillors approved the plan
    // on Monday night".)
    // (Every time it tells: "the firm that has run the crossing since 2009 announced it would stop at the end
    // of September" tells one to come after one gone by.)
    else if (FUTURE_ASKED.test(a.folded) && (timesIn(factText).every((t) => timeGoneBy(corpus, t[0])) || daysGoneBy(corpus, factText) || timesOfDeedsDone(factText))) failed.push('a time gone by');
    // ("When will the ban end?" - "It will review the restrictions at the end of each month": a time that
    // comes round again tells how often, not when.)
    else if (!a.oftenAsked && recursOnly(factText)) failed.push('a time that recurs');
    // ("When will the defences be finished now?" - "was due to be finished in autumn 2024": a time once
    // planned, told in the past, has been put back, unless the plan is asked.)
    else if (FUTURE_ASKED.test(a.folded) && !PLAN_ASKED.test(a.folded) && timesIn(factText).every((t) => PAST_PLAN.test(factText.slice(Math.max(0, t.index - 40), t.index)))) failed.push('a plan put back');
  }
  // "What did Trump announce on Wednesday?": a day the question names is one the fact must tell of; a
  // fact of no day says nothing of what happened on it.
  // (A yes or no is answered by a fact giving another day: "is Trump due to speak on Thursday?" - "on
  // Wednesday" is a no.)
  // (Not one of what is still to come, to a question of what has been: "did Trump speak on Tuesday?".)
  // "How long has Khamenei been supreme leader?": a length of time asked is told by one.
  if (a.lengthAsked && !durationsIn(factText, SINCE_ANSWERS.test(a.folded)).length && !(HOW_LONG_IS.test(a.folded.trim()) && LENGTH_TOLD.test(factText))) failed.push('no length of time');
  // "How often will bins be collected?": a frequency asked is told by one ("every three weeks", "weekly").
  if (a.oftenAsked && !FREQUENCY_TOLD.test(factText) && !FREQUENCY_TOLD.test(normalise(fact.answer ?? ''))) failed.push('no frequency');
  // "What day of the week was the attack?" - "The previous week": a day asked for is told by a day.
  // (Of the fact's own text or the stored answer written for it.)
  if (a.dayAsked && !DAY_TOLD.test(factText) && !DAY_TOLD.test(normalise(fact.answer ?? ''))) failed.push('no day');
  const otherDay = a.intent === 'yesno' && dayTold(a.folded, factText);
  for (const day of a.folded.match(DAY_NAMED) ?? []) if (!factText.includes(day) && !otherDay) failed.push(`not on ${day}`);
  // (A person's role is a post; a group's, "what role do the Democrats play", its part in the story.)
  if (a.roleOf !== undefined && corpus.entityKind(a.roleOf) === 'person' && !statesRole(corpus, fact, a.roleOf)) failed.push(`no role of ${a.roleOf}`);
  // ("Who is the leader of the council?" - "Tuttle is the leader of the Liberal Democrat group": the post of
  // another, which the fact names, not the one asked.)
  const post = a.intent === 'who' && a.identity !== undefined ? POST_OF.exec(a.identity) : null;
  if (post !== null) {
    const owner = words(post[2]!).filter((w) => !STOP_WORDS.has(w));
    const told = new RegExp(`\\b${escapeRegExp(post[1]!)} of (?:the )?([a-z][\\w' -]*)`).exec(factText);
    const own = new Set(words(factText).map(stem));
    if (told !== null && owner.length > 0 && !owner.some((w) => own.has(stem(w)) || [...corpus.index.vocabulary.expand({ word: w, stem: stem(w) })].some(([st, q]) => q >= RELATED_HIT && own.has(st)))) failed.push(`${post[1]} of another`);
  }
  // "Who replaced Soleimani?": a fact that does not tell of the deed asked about, in its words or related
  // ones, does not say who did it, whoever else it names.
  // "What did Iran do in response?": a fact naming no one on Iran's side tells someone else's deed.
  if (a.doer !== undefined && !fact.entities.some((e) => onSideOf(corpus, e, a.doer!))) failed.push(`no deed of ${a.doer}`);
  else if (a.doer !== undefined && corpus.entityKind(a.doer) === 'person' && !subjectOf(corpus, fact, a.doer)) failed.push(`no deed of ${a.doer}`);
  // ("What did the US do?" - not "Trump is scheduled to make remarks", a deed still to come, nor one whose
  // subject is another side's; "Soleimani had been killed by the United States" is the US's deed.)
  else if (a.doer !== undefined && corpus.entityKind(a.doer) !== 'person' && !sideDeed(corpus, fact, a.doer)) failed.push(`no deed of ${a.doer}`);
  // "What did Iran not do?", "what does Iran not plan?": what someone does not do is told by a fact saying
  // so ("Iran does not intend to launch more attacks"), not by one telling what they do.
  // ("What did Iran not do?" - not "Trump does not want a war": what the one asked of does not do.)
  if (a.whatNot) {
    if (!NEGATION.test(factText.replace(RELATIVE_CLAUSE, ' ')) && !AVOIDANCE.test(factText)) failed.push('tells what is, not what is not');
    else if (a.negatedDoer !== undefined && !mainSubjectOnSide(corpus, fact, a.negatedDoer)) failed.push(`not of ${a.negatedDoer}`);
  }
  if (a.saidNot && ![factText, normalise(fact.quote?.text ?? '')].some((t) => NEGATION.test(t.replace(RELATIVE_CLAUSE, ' ')) || AVOIDANCE.test(t))) failed.push('tells what is, not what is not');
  // ("Who will be finance minister?", "who is the finance minister?" - "led by former finance minister Elena
  // Marsh": one who held the post once is no holder now, unless the past is asked.)
  if (a.intent === 'who' && !PAST_HOLDER_ASKED.test(a.folded)) {
    const post = a.terms.find((t) => ROLE_NOUNS.has(t.word));
    if (post !== undefined && new RegExp(`\\b(?:former|ex|onetime|one-time|then)[ -](?:[a-z]+ ){0,2}${escapeRegExp(post.word)}`).test(factText) && !new RegExp(`(?<!\\b(?:former|ex|onetime|one-time|then)[ -](?:[a-z]+ ){0,2})\\b${escapeRegExp(post.word)}\\b`).test(factText)) failed.push(`a former ${post.word}`);
  }
  // ("Who will be finance minister?" - "Halden had served as prime minister": a post of two words is told by
  // both, not by its noun alone.)
  if (a.intent === 'who' && a.identity === undefined) {
    const post = a.terms.find((t) => ROLE_NOUNS.has(t.word));
    const modifier = post === undefined ? undefined : new RegExp(`\\b([a-z]+) ${escapeRegExp(post.word)}\\b`).exec(a.folded)?.[1];
    // (Matched as the fact is, its entities' names too: "Prime Minister Viktor Halden" is no finance minister.)
    const matched = (w: string): boolean => (hit.terms.get(stem(w)) ?? 0) >= RELATED_HIT;
    if (post !== undefined && modifier !== undefined && !STOP_WORDS.has(modifier) && !DETERMINERS.has(modifier) && matched(post.word) && !matched(modifier)) failed.push(`not the ${modifier} ${post.word}`);
  }
  // ("What do US leaders want?" - not "Khamenei wants the US out of the Middle East": a wish is its subject's.)
  if (a.wanter !== undefined && !mainSubjectOnSide(corpus, fact, a.wanter)) failed.push(`no wish of ${a.wanter}`);
  // "What will the US do next?" - not "Iran will probably keep planning covert action against US interests",
  // nor "if Trump overlooks the strikes, escalation may end": a deed to come is the side's whose name is the
  // subject of the fact's main clause, after any condition opening it; and a fact telling only what was
  // ("Iran attacked the US embassy") tells nothing to come.
  if (a.futureDoer !== undefined && !mainSubjectOnSide(corpus, fact, a.futureDoer)) failed.push(`no deed of ${a.futureDoer}`);
  else if (a.futureDoer !== undefined && !UNDONE_TYPES.has(fact.type) && fact.type !== 'statement' && !FUTURE_TOLD.test(factText) && !COMMITTED_TO.test(factText)) failed.push('nothing to come');
  // ("Which councillor voted against?" - not "the plan passed by 27 votes to 11": a kind of person asked
  // for is told by a fact naming a person or a group of them, other than those the question names.)
  if (a.peopleAsked !== undefined && !fact.entities.some((n) => ['person', 'group'].includes(corpus.entityKind(n) ?? '') && !a.namedInQuestion.has(n))) failed.push(`names no ${a.peopleAsked}`);
  // ("Who voted against the bill?" - "..., the Green Future Party, voting in favour": the other side. So
  // with those asked for by a noun, "which councillors voted against?" - "Mark Feeney voted for the scheme".)
  const side = a.intent === 'who' || a.intent === 'what' ? sideAsked(a.folded) : undefined;
  if (side !== undefined && otherSideTold(side, factText)) failed.push(`not ${side}`);
  // (Nor, to one asking who, one telling no side at all: "Councillor Jo Reid, who chairs the committee, said
  // ...". Not to one asking what: "what did they vote for?" - "councillors voted to close the pool".)
  else if (side !== undefined && (a.intent === 'who' || whichPeople(a.folded)) && !AGAINST_TOLD.test(factText) && !FOR_TOLD.test(factText)) failed.push('tells no side');
  // ("Did the Citizens' Party vote against the bill?": a vote's side is told of the one asked by a fact
  // naming it, not by one of the others' votes.)
  const vote = a.intent === 'yesno' ? voteAsked(a, corpus, a.folded) : undefined;
  if (vote !== undefined && namedAt(fact.text, corpus, vote.voter) === Infinity) failed.push(`not of ${vote.voter}`);
  if (a.blamed && a.deed !== undefined) {
    // (Of a deed done: what may or will happen, or how it may be judged, tells no one did it.)
    if (UNDONE_TYPES.has(fact.type) || factAgent(corpus, factText, a.deed.word) === undefined) failed.push(`does not tell who ${a.deed.word}`);
  } else if (a.decider && !DECIDER_TOLD.test(factText)) failed.push('does not tell who decides');
  else if (a.intent === 'who' && a.deed !== undefined && !(a.decider && DECIDER_TOLD.test(factText)) && !(OWNING.test(a.deed.word) && RUNS_BUSINESS.test(factText)) && !postOfDeed(a.deed, factText) && ((hit.terms.get(a.deed.stem) ?? 0) < RELATED_HIT || !(deedInWords(corpus, fact, a.deed) || doerOfNamed(a, corpus, factText)) || deedOnlyAsPhrasal(fact, a.deed) || deedOnlyPassive(factText, a.deed, a.folded, fact.text) || pastOfAnother(a.deed, factText)) && doerNamedBy(corpus, fact, a.deed) === undefined) failed.push(`does not tell who ${a.deed.word}`);
  // "Who will succeed Soleimani?" - "Trump can come out of this with a political win": who did a deed to
  // someone is told by a fact about them, not by another deed's word near it.
  if (a.intent === 'who' && a.deed !== undefined && !a.whoSaid) {
    const at = a.folded.indexOf(a.deed.word);
    const objects = [...a.namedInQuestion].filter((e) => corpus.entityKind(e) === 'person' && at >= 0 && namedAt(a.folded, corpus, e) > at);
    if (objects.length && !objects.some((e) => tellsOf(corpus, fact, e))) failed.push(`not about ${objects.join(' or ')}`);
  }
  // ("Where did Trump post his reaction?": a medium is where words were put, "on Twitter".)
  const medium = a.mediumAsked ? mediumNamed(corpus, fact) : undefined;
  if (a.intent === 'where' && medium === undefined && (!givesPlace(a, fact, corpus) || !placesAnother(a, corpus, fact)) && !sourceTold(a, fact)) failed.push('no place');
  // "Where is al-Asad?" is not answered by where Irbil is, in a fact that lists al-Asad among its entities
  // ("the smaller of the two") but never names it: the place it locates is another.
  // (One place asked about: a question naming two compares them, or offers a choice.)
  if (a.intent === 'where' && !a.compare && !a.difference) {
    // (Not one set aside: "apart from al-Asad, which base was hit?" asks of another.)
    const places = [...a.namedPlaces.values()].filter((p) => !a.setAside?.includes(p));
    if (places.length === 1 && namedAt(fact.text, corpus, places[0]!) === Infinity) failed.push(`does not name ${places[0]}`);
    // "Where was Soleimani when ...?": where someone was is told by a fact about them (one the question
    // names only as a place or a country does not count: "where did Iran fire from").
    const people = [...a.namedInQuestion].filter((n) => corpus.entityKind(n) === 'person');
    if (!places.length && people.length && !people.some((p) => tellsOf(corpus, fact, p))) failed.push(`not about ${people.join(' or ')}`);
  }
  // ("Is al-Asad in northeast Iraq?" is not settled by the Irbil base's direction, in a fact that lists
  // al-Asad as the other of two but never names it: where a place lies is told of that place.)
  // (A direction in a name is none: "is Tehran going to claim the Western media is lying?")
  // (Nor one saying of what kind a common noun is: "the western news", "eastern culture".)
  if (a.intent === 'yesno' && directionAsked(a, corpus) && a.terms.some((t) => !t.stem.startsWith(ENTITY_PREFIX) && words(t.word).some((w) => DIRECTION_WORD.test(w)))) {
    const places = [...a.namedPlaces.values()];
    if (places.length === 1 && namedAt(fact.text, corpus, places[0]!) === Infinity) failed.push(`does not name ${places[0]}`);
  }
  if (a.intent === 'quote' && a.whoSaid && fact.attribution === 'article' && !fact.quote) failed.push('no speaker');
  // "Which US official confirmed it?" asks for one: a fact telling only of a body of them ("US officials")
  // names none.
  if (a.oneOf !== undefined && onlyMany(a.oneOf, corpus, fact)) failed.push(`names no one ${a.oneOf}`);
  // ("Which Iranian official said ...?" - "Iran is indicating ...": a country saying it is no person of it.)
  if (a.whoSaid && a.oneOf !== undefined && SAYER_PEOPLE.has(a.oneOf) && corpus.entityKind(corpus.entityNamed(speakerOf(corpus, fact)) ?? '') === 'country') failed.push(`said by no ${a.oneOf}`);
  // "What did Trump tweet about the strikes?": words said on a medium the question names are a fact of that
  // medium's; what he said elsewhere (the week before, a threat) is no answer, however well it matches.
  if (a.intent === 'quote') {
    const media = a.terms.flatMap((t) => (isMedium(corpus, t.word) ? [corpus.entityNamed(t.word)!] : []));
    if (media.length && !media.some((m) => fact.entities.includes(m))) failed.push(`not on ${media.join(' or ')}`);
  }
  // "What did the Democrats say about Iran's missile strikes?": what they said of something else is no
  // answer; the fact must match a word of the topic, or be of the kind it asks for ("losses": casualties).
  if (a.intent === 'quote' && a.speaker.length && a.topic.size) {
    // (Or it tells of the story itself, which the topic names in the article's own words for it: "what did
    // Trump tweet about the strikes?" - "Missiles launched from Iran at two military bases located in Iraq".)
    // (And what the one asked of said at the time is said of the story: "what did the Ayatollah say about the
    // strikes?" - "Khamenei said that military action on its own could not avenge Soleimani"; not what they
    // had said before it, "the Democrats had warned ...".)
    const saidThen = fact.type === 'statement' && !EARLIER_TIME.test(factText) && !HAD_SAID.test(factText);
    const onTopic = (t: QueryTerm): boolean => (hit.terms.get(t.stem) ?? 0) >= VOUCH_QUALITY || (VOUCHING_TYPES.has(fact.type) && vouchesFor(fact.type, t, corpus.index.vocabulary)) || (storyWord(corpus, t) && (tellsStory(corpus, fact) || saidThen));
    if (!a.terms.some((t) => a.topic.has(t.stem) && onTopic(t))) failed.push('not about that');
  }
  // Said by the word or a dictionary relation of it: a word near it in news text ("capital" and
  // "government") is not enough.
  // "Is there footage of the launch?" asks whether the footage exists: a fact not telling of it (in its
  // words or related ones) tells nothing of that, however much of the rest it matches.
  if (a.thereIs && (hit.terms.get(a.thereIs.stem) ?? 0) < VOUCH_QUALITY) failed.push(`no ${a.thereIs.word}`);
  // (A kind of entity, "what country", is said by naming one: a country the question does not name.)
  const namesOfKind = a.entityKind !== undefined && entityOfKind(a, corpus, fact) !== undefined;
  // "Which city ...?", asked by a word the data need not use: a fact naming no place of its own (by a name
  // the question does not use: "the US embassy in Baghdad" names Baghdad) does not say which.
  if (a.kindNoun !== undefined && !namesKindAnew(a, corpus, fact)) failed.push(`no ${a.kindNoun}`);
  // ("Which country are the targeted US bases in?" - "Trump threatened 52 targets in Iran": a fact not
  // telling of the thing placed, only of a word describing it, places something else.)
  if (a.placedThing !== undefined && (hit.terms.get(a.placedThing.stem) ?? 0) < RELATED_MATCH) failed.push(`not of ${a.placedThing.word}`);
  // ("Which Iranian general replaced Soleimani?" - a fact whose one general is Soleimani: the one the
  // question names is no answer to which one did something to him.)
  // (Not one offering a choice of them: "which base got more, al-Asad or Irbil?")
  if (a.focus !== undefined && a.intent !== 'yesno' && !a.compare && !a.difference && !a.folded.includes(' or ') && WHICH_CUE.test(a.folded.trim())) {
    const named = entityNamed(a.focus, corpus, fact);
    // (Named only by the common noun asked which of: "which museum was robbed?" where the data calls the
    // Voss Municipal Museum "the museum" asks its name.)
    if (named !== undefined && a.namedInQuestion.has(named) && a.described?.has(named) !== true && !namedByNounOnly(a, corpus, named, a.focus)) failed.push(`names only ${named}, whom the question names`);
  }
  // "Which bases did Iran go after?": where the data names things of the kind asked for ("Irbil base",
  // "al-Asad airbase"), a fact naming none of them ("US bases in Iraq") does not say which.
  // (So does "what river does the bridge cross?" - "the Oakfield side of the river", where the data names
  // the River Wend.)
  const whatNoun = WHAT_NOUN_OPENING.exec(a.folded.trim())?.[1];
  const whichOpening = a.focus !== undefined && !a.compare && !a.difference && !a.folded.includes(' or ') && (WHICH_KIND.exec(a.folded)?.index === 0 || (whatNoun !== undefined && stem(whatNoun) === a.focus && corpus.entityNamed(whatNoun) === undefined));
  if (whichOpening && a.intent === 'what' && a.entityKind === undefined && a.kindNoun === undefined && kindNamed(a.focus!, corpus) && !entitiesMatching(a.focus!, corpus, fact).length) failed.push(`names no ${a.terms.find((t) => t.stem === a.focus)?.word ?? a.focus}`);
  // ("Which contractor will replace the cables?" - "Contractors are due to begin ...": which one is asked,
  // told by a fact naming something the question does not; one naming nothing new says not which.)
  else if (whichOpening && WHICH_KIND.exec(a.folded)?.index === 0 && a.intent !== 'yesno') {
    const word = a.terms.find((t) => t.stem === a.focus)?.word;
    // ("Which Iranian official serves as foreign minister?": one the question calls by the post asked of is
    // who it asks for, not one it names.)
    if (word !== undefined && isPersonNoun(word) && !fact.entities.some((e) => (!a.namedInQuestion.has(e) || namedByPostOnly(a, corpus, e)) && namedAt(fact.text, corpus, e) !== Infinity)) failed.push(`names no ${word}`);
  }
  // "Which site lies further east?": a fact giving no direction but in a name ("Middle East") says not.
  if (DIRECTION_COMPARED.test(a.folded) && !words(withoutNames(corpus, fact)).some((w) => DIRECTION_WORD.test(w))) failed.push('gives no direction');
  // "Which Democratic politicians predicted war?" - "Democrats": the entity the qualifier names is no one
  // of the kind asked for, unless its names or description say it is.
  // "Which 52 sites did Trump threaten?": a fact that gives the number but names none of them says not which.
  if (a.listed !== undefined && !membersNamed(a.listed, corpus, fact).length) failed.push(`no ${a.listed} named`);
  if (a.qualifiedKind && a.focus && !qualifiedOne(a.qualifiedKind, corpus, entityNamed(a.focus, corpus, fact))) failed.push(`no ${a.qualifiedKind.kind}`);
  if (a.sortOf && !saysWhichKind(a.sortOf, corpus, hit)) failed.push(`no kind of ${a.sortOf.word}`);
  // (A word asking for a report that answers whatever it says, "what toll", is answered by such a report.)
  if (a.attribute && (hit.terms.get(a.attribute.stem) ?? 0) < (pluralNoun(a.attribute.word) ? MENTION_QUALITY : RELATED_MATCH) && !(a.choice.includes(a.attribute) && statesChoice(a, corpus, fact)) && !namesOfKind && !reportsAsked(a.attribute.word).includes(fact.type) && !(fact.type === 'threat' && hintedTypes([a.attribute.word]).includes('threat') && [...a.namedInQuestion].every((e) => sameSide(corpus, e, fact.attribution))) && !(SAYING_NOUNS.has(a.attribute.word) && tellsWords(fact))) failed.push(`no ${a.attribute.word}`);
  // "How was he killed, by drone or airstrike?": a fact naming neither answers neither.
  if (a.alternatives.length && a.alternatives.every((t) => (hit.terms.get(t.stem) ?? 0) < VOUCH_QUALITY)) failed.push(`neither ${a.alternatives.map((t) => t.word).join(' nor ')}`);
  // A why-question wants a reason: an event or a statement that gives none only restates what happened.
  if (a.intent === 'why' && becauseOfOther(a, corpus, factText)) failed.push('a reason for another deed');
  if (a.intent === 'why' && fact.type !== 'background' && fact.type !== 'assessment' && !givesReason(factText) && !afterCause(a, corpus, factText) && !conditionGivesReason(a, corpus, factText) && !groundsGiven(a, factText) && !gainedBy(a, corpus, factText) && !moreNeeded(a, factText) && !stanceExplained(a, corpus, fact)) failed.push('no reason');
  // ("Why did Iran fire only 22 missiles?" asks why so many, no more: a reason for firing at all, with no
  // figure or amount in it, is no reason for the number.)
  else if (a.intent === 'why' && (HOW_MANY_WHY.test(a.folded) || NUMBER_CHOSEN.test(a.folded)) && !AMOUNT_TOLD.test(factText)) failed.push('no reason for the number');
  // (The question's own words or slips of them: "why did Iran shoot missiles?" is not asked of the killing
  // that "shoot" is related to.)
  else if (a.intent === 'why' && causeAsked(a, corpus, factText, ONE_SLIP_QUALITY)) failed.push('tells what it caused');
  // "Why did the US kill Soleimani?" - "The Democrats had warned that killing Soleimani would lead to war":
  // the deed asked about, only in what someone said of it, is what was said, not why it was done.
  else if (a.intent === 'why' && saidOfOnly(a, corpus, factText)) failed.push('tells what was said of it');
  // "Why did the US kill Soleimani?" - "Soleimani had been killed by the United States": a fact saying
  // nothing but what the question says gives no reason, whatever its kind.
  else if (a.intent === 'why' && restatesOnly(corpus, hit)) failed.push('only restates it');
  // "What were the missile strikes meant to answer for?" - "... may require that the US strike back": the
  // strikes asked of, a fact has only as a verb with its particle, another deed.
  else if (a.intent === 'why' && a.terms.some((t) => pluralNoun(t.word) && (hit.terms.get(t.stem) ?? 0) > 0 && deedOnlyAsPhrasal(fact, t))) failed.push('tells another deed');
  // "Why did the US kill Soleimani?" is not answered by why anything else was done to anyone else: a reason
  // is about the person the question names.
  if (a.intent === 'why') {
    const absent = [...a.namedInQuestion].filter((n) => corpus.entityKind(n) === 'person' && !tellsOf(corpus, fact, n));
    if (absent.length) failed.push(`not about ${absent.join(' or ')}`);
  }
  // "Why did Iran retaliate against the US?" - "Trump could say he had punished Iran for its assault on the
  // embassy": a reason for a deed of another side's, whose subject is another, is not the one asked of.
  // (Not one the deed is done to: "why did Iran need to be taught a lesson?".)
  if (a.intent === 'why' && a.agent !== undefined && !PASSIVE_ASKED.test(a.folded)) {
    const subject = mainSubject(corpus, fact);
    // (Nor one the question says the thing comes from: "why did Iran deserve a lesson from Trump?".)
    if (subject !== undefined && corpus.entityKind(subject) === 'person' && !mainSubjectOnSide(corpus, fact, a.agent.entity) && !sameSide(corpus, subject, a.agent.entity) && !givenBy(a, corpus, subject)) failed.push(`a deed of ${subject}'s`);
  }
  // "Why might Trump not retaliate?": a reason for what does not happen says so ("does not want a war");
  // a fact with no "not" gives the reason it might.
  // (Not a "not" of the words said: "why did Khamenei say military action was not enough?" asks why he said it.)
  if (a.intent === 'why' && (a.negated || a.whyNot) && !NOT_SAID.test(a.folded) && !NEGATION.test(factText) && !AVOIDANCE.test(factText)) failed.push('no reason for not');
  // "How was Soleimani killed?" - "... had been killed by the United States": a fact telling the deed asked
  // about by no means and in no manner tells who or that, not how.
  // ("How did the Greens vote?" - "... voted against": the side of a vote is how it was cast.)
  if (a.mannerOf !== undefined && mentionsDeed(fact, a.mannerOf) && !MANNER_TOLD.test(factText) && !(/^vot/.test(a.mannerOf) && (AGAINST_TOLD.test(factText) || FOR_TOLD.test(factText)))) failed.push('tells no manner');
  // ("How did America kill Soleimani?" - not "no Americans were among the casualties": how something was
  // done to someone is told by a fact about them.)
  else if (a.mannerOf !== undefined) {
    const people = [...a.namedInQuestion].filter((n) => ['person', 'group'].includes(corpus.entityKind(n) ?? ''));
    if (people.length && !people.some((p) => tellsOf(corpus, fact, p))) failed.push(`not about ${people.join(' or ')}`);
  }
  // "What did Iraq's prime minister say?" is not answered by what Iraq's army said.
  // The speaker named must be the fact's: matched in its text, and (as typed, or as the word it is a slip
  // of) a word of the speaker's own names ("what did Iran's president say" is not answered by Trump's
  // tweet about Iran).
  const speakerWords = a.speaker.length ? namesOfSpeaker(corpus, fact) : undefined;
  const speakers = a.speaker.length ? [fact.quote?.speaker, fact.attribution].map((n) => (n ? speakerNamed(corpus, n) : undefined)) : [];
  // ("What did Washington say?", "what did Tehran say?": a country, or its capital standing for it, says
  // what its own people and bodies say: Trump, US officials; Zarif, Khamenei.)
  const forCountry = (t: QueryTerm): boolean => {
    const side = entityOf(corpus, t);
    return side !== undefined && ['country', 'place'].includes(corpus.entityKind(side) ?? '') && speakers.some((sp) => sp !== undefined && sp !== side && onSideOf(corpus, sp, side));
  };
  // (A word near the speaker's in news text names another: "the Pentagon" did not speak as Britain's
  // Ministry of Defence, though "pentagon" is near "defense". Beside a word naming the speaker, a common
  // noun near a word of the speaker's own names is another way of naming the post: "British defence
  // department" for the Ministry of Defence, "Iran's top cleric" for the ayatollah.)
  const expandsTo = (t: QueryTerm, least: number): boolean => speakerWords !== undefined && [...corpus.index.vocabulary.expand(t)].some(([st, q]) => q >= least && speakerWords.has(st));
  const names = (t: QueryTerm, least: number): boolean =>
    forCountry(t) ||
    (t.stem.startsWith(ENTITY_PREFIX)
      ? // A speaker named whole ("Iranian state TV") is the fact's own speaker, not one it mentions.
        // (Or one speaking for it: "Sandra Hughes, the regional officer for the Royal College of Midwives".)
        speakers.includes(t.stem.slice(ENTITY_PREFIX.length)) || speakers.some((sp) => sp !== undefined && speaksFor(corpus, sp, t.stem.slice(ENTITY_PREFIX.length)))
      : (hit.terms.get(t.stem) ?? 0) >= least &&
        // ("What did the tweet say?": what a medium says is said on it by its speaker, named or not.)
        (speakerWords === undefined || isMedium(corpus, t.word) || expandsTo(t, least)));
  const named = a.speaker.filter((t) => names(t, NAMING_HIT));
  const anchored = named.some((t) => !RANK_WORDS.has(t.word));
  // (Beside a word naming the speaker, a plain word the fact itself says tells which of their words: "did
  // Trump's first tweet ...?" - "Trump's first reaction on Twitter".)
  const own = anchored ? new Set(words(normalise(fact.text)).map(stem)) : undefined;
  // ("Did the opposition party in Washington warn ...?" - the Democrats' warning: a place the speaker is in,
  // beside a word naming them, where the data places them in no country.)
  const placedIn = (t: QueryTerm): boolean => {
    const place = entityOf(corpus, t);
    const known = speakers.filter((sp) => sp !== undefined);
    return place !== undefined && ['country', 'place'].includes(corpus.entityKind(place) ?? '') && known.length > 0 && known.every((sp) => !corpus.countriesOf(sp!).length) && wordsAfter(a.folded, '\\bin', t.word);
  };
  const unsaid = a.speaker.filter((t) => !named.includes(t) && !(anchored && ((!t.name && !isName(t.word) && (names(t, MENTION_QUALITY) || own!.has(t.stem))) || placedIn(t))));
  // ("Iran's top cleric": how high the post is goes with naming it, and says nothing of whose it is.)
  const unranked = unsaid.length < a.speaker.length ? unsaid.filter((t) => !RANK_WORDS.has(t.word)) : unsaid;
  // ("What did the lead engineer say?": the one person the data titles so, "Caldwell Structural's lead
  // engineer", where the words are theirs.)
  const titled = unranked.length && !a.speaker.some((t) => t.stem.startsWith(ENTITY_PREFIX)) ? roleHolder(corpus, a.speaker.map((t) => t.word).join(' '), undefined, true) : undefined;
  if (unranked.length && !(titled !== undefined && speakers.includes(titled))) failed.push(`not by ${unranked.map((t) => t.word).join(' ')}`);
  // A fact someone reported ("Iraq's army reports ...") says what they said, whatever its type.
  // So does one telling what someone says or will say ("Iran can tell its people that ..."), whatever its type.
  const saysWords = (): boolean => tellsWords(fact);
  if (a.intent === 'quote' && !a.whoSaid && !a.articleWording && !saysWords()) failed.push('no words said');
  // "What is Trump going to say?", "what will Trump say in his speech?": words to come are told by a fact
  // of words he may or will say, not by his tweet's, nor by when he is due to speak.
  else if ((a.intent === 'quote' || a.intent === 'outcome') && !a.whoSaid && FUTURE_SAYING.test(a.folded)) {
    if (!saysWords()) failed.push('no words said');
    else if (fact.type !== 'prediction' && fact.type !== 'assessment' && !FUTURE_TOLD.test(factText)) failed.push('words said already');
  }
  // ("What did Trump end up announcing in his Wednesday speech?" - "Trump is scheduled to make remarks on
  // Wednesday": what was done at a thing still to come is told by no fact of it to come.)
  if (fact.type !== 'prediction' && PAST_WH.test(a.folded) && FUTURE_TOLD.test(factText) && !STILL_TO_COME_ASKED.test(a.folded)) failed.push('still to come');
  // ("What phrase does the article use for ...?" is not answered by a tweet it quotes.)
  if (a.articleWording && (fact.quote || fact.attribution !== 'article')) failed.push("not the article's words");
  if (a.likened && !LIKENING.test(factText)) failed.push('likens it to nothing');
  if (a.accuracyAsked && !ACCURACY_TOLD.test(factText)) failed.push('tells not whether they hit');
  // ("What did Trump post after the strikes?" - "the previous week Trump had threatened ...": before, not after.)
  if (a.afterAsked && EARLIER_TIME.test(factText)) failed.push('told of before');
  // ("How many missiles did Iran fire last week?" - "Iran's military launched 22 missiles": told of the
  // article's own time, not of the week before, which only "the previous week Trump had threatened ..." is.)
  else if (a.earlierAsked && !EARLIER_TIME.test(factText)) failed.push('not told of before');
  // ("Whose killing set off the strikes?" - "should Trump pick retaliation, more shooting ...": no one killed.)
  if (a.victimAsked && !victimsTold(a, corpus, fact).length) failed.push('tells of no one killed');
  // ("What did Trump post about the strikes?" - "the previous week Trump had threatened ...": words of no post.)
  if (a.postedAsked && !POSTED_TOLD.test(factText) && mediumNamed(corpus, fact) === undefined) failed.push('told of no post');
  // ("What did Trump say in his speech?", "on TV" - his tweet: words posted are none spoken.)
  if (a.spokenAsked && POSTED_TOLD.test(factText)) failed.push('said in no speech');
  // "Did Trump declare war on Iran?" asks whether those words were said: words of some other thing
  // (Trump's tweet, with no war in it) do not answer it.
  if (a.intent === 'quote' && a.asksWhether) {
    const speaker = new Set(a.speaker.map((t) => t.stem));
    // (The verb of saying after the speaker, "did Trump claim ...", "did Trump's tweet claim ...", asks
    // whether it was said, as "say" does, whatever verb a fact quoting the words has.)
    const saying = (t: QueryTerm): boolean => fact.quote !== undefined && a.sayingAfterSpeaker.has(t.stem);
    const said = a.terms.filter((t) => !speaker.has(t.stem) && !saying(t));
    // (Nor the words naming what a fact judging sufficiency judges: "did Khamenei say the strikes were
    // enough to avenge him?" - "military action on its own could not".)
    const judged = new Set(judgedThing(a.folded, normalise(fact.text), hit.terms, stem));
    // (Nor the harm and the people a casualty report tells of in its own words: "did the MoD say any British
    // troops were hurt?" - "no UK casualties"; nor the harm a fact of another kind tells in its word for it:
    // "did the tweet say the toll of dead was known?" - "casualties were still being assessed".)
    // (Nor a general word for a kind of thing the fact names: "did Trump say anything on social media?" - his tweet.)
    // (Nor the verbs of a doing the fact tells was still going on: "did the tweet say the count was already known?".)
    const kindNamedHere = new Set([...kindWordsNamed(a, corpus, fact), ...ongoingWords(a, fact)]);
    // (Nor the other party to what words deny of no one in particular: "did Zarif say Iran is looking for
    // a war with the US?" - "we do not seek escalation or war".)
    const denied = NEGATION.test(normalise(fact.quote?.text ?? fact.text));
    const partyOnly = (t: QueryTerm): boolean => denied && entityOf(corpus, t) !== undefined && new RegExp(`\\b(?:with|against|toward|towards)\\s+(?:the\\s+)?${words(t.word).join('\\W+')}\\b`).test(a.folded);
    const unmatched = said.filter((t) => (hit.terms.get(t.stem) ?? 0) < MENTION_QUALITY && !kindNamedHere.has(t) && !partyOnly(t) && !words(t.word).every((w) => judged.has(w)) && !(storyWord(corpus, t) && tellsStory(corpus, fact)) && !((fact.type === 'casualties' || HARM_UNIT.test(factText)) && vouchesFor('casualties', t, corpus.index.vocabulary)));
    // (One word in three may be the reader's own: "warned that killing Soleimani would start a war" is
    // "would lead to war", "said missiles hit two bases" "launched at two bases"; "declare war on Iran" asks
    // of a declaration no fact tells, and a word the article never mentions, "sanctions", of something else.)
    const nowhere = unmatched.some((t) => !mentioned(corpus.index.vocabulary.expand(t)).length);
    // ("Did Zarif say the retaliation was over?" - "Iran ... concluded proportionate measures": words telling
    // that something ended tell it of the thing the question names, whatever the fact calls it, so one word
    // for that thing, and the word for ending, may be the reader's own.)
    const ending = ENDED_ASKED.test(a.folded) && ENDED.test(factText) ? unmatched.filter((t) => !ENDED_ASKED.test(t.word)) : undefined;
    const unexplained = ending !== undefined && ending.length <= 1 ? [] : unmatched;
    if (unexplained.length && (nowhere || unexplained.length * 3 > said.length)) failed.push(`not of ${unexplained.map((t) => t.word).join(', ')}`);
  }
  return failed;
}

// Whether the words a fact matched (those in its text, names aside) are all in its "if" clause: what it
// supposes, not what it tells.
function onlySupposed(corpus: Corpus, text: string, matched: readonly string[]): boolean {
  // (Or one opening it, "should", "unless": "should Trump pick retaliation, more shooting is to be expected
  // over the coming days" gives the time of the shooting, not of his retaliating.)
  const condition = CONDITION.exec(text) ?? SUPPOSING_OPENING.exec(text);
  return condition !== null && matchedOnlyIn(corpus, matched, condition[1]!, text.replace(condition[0], ' '));
}

// Whether the words a fact matched that it tells (names aside) are all in `inside`, none in `rest`.
function matchedOnlyIn(corpus: Corpus, matched: readonly string[], inside: string, rest: string): boolean {
  const within = new Set(words(inside).map(stem));
  const without = new Set(words(rest).map(stem));
  const told = matched.filter((st) => !st.startsWith(ENTITY_PREFIX) && corpus.entityNamed(st) === undefined && (within.has(st) || without.has(st)));
  return told.length > 0 && told.every((st) => within.has(st) && !without.has(st));
}

// A thing a time is told by, before or after it: "the day before the strike", "after the vote", "since the fire".
const ANCHORING = /\b(?:(?:the|a|one|two|three|a few|several) (?:day|days|night|nights|week|weeks|month|months|hour|hours|morning|evening|year|years) )?(?:before|after|since|ahead of|following|until) (?:the |this |that |its |their |his |her )(?:[a-z-]+ ){0,2}[a-z-]+/g;

// Whether the words a fact matched (names aside) are all in phrases telling a time by another thing ("the day
// before the strike"): its time is of something else.
function onlyAnchoring(corpus: Corpus, text: string, matched: readonly string[]): boolean {
  const anchors = [...text.matchAll(ANCHORING)].map((m) => m[0]);
  return anchors.length > 0 && matchedOnlyIn(corpus, matched, anchors.join(' '), anchors.reduce((t, x) => t.replace(x, ' '), text));
}

// Whether a place's description puts it in another place ("Airbase in western Iraq"), not where something
// is denied ("a bird almost never seen in North America").
function describedWithin(corpus: Corpus, e: string): boolean {
  const description = corpus.entity(e)?.description ?? '';
  const others = entitiesNamedIn(corpus, words(normalise(description))).filter((o) => o !== e && (locatable(corpus, o) || corpus.entityKind(o) === 'country')).flatMap((o) => namesOf(corpus, o));
  if (!others.length) return false;
  return [...description.matchAll(new RegExp(`${WHERE_BEFORE_NAME}(?:${others.map(escapeRegExp).join('|')})\\b`, 'gi'))].some((x) => !deniedAt(description, x.index));
}

// "Who is the director of the trust?", "who's the current leader of the council": a post held of something.
// (Not a deed one is in charge of: "who is in charge of deciding ...".)
const POST_OF_ASKED = /^who(?:['\u2019]s| is| was| are| were) (?:the |its |their )?(?:(?:current|new|former|present|acting|interim) )?([a-z]+) (?:of|at|for|in) (?![a-z]+ing\b)[a-z]/;
// "Who is Harwick Town's chairman?": a post held of something named before it.
const POST_OF_OWNER_ASKED = /^who(?:['\u2019]s| is| was| are| were) (?:the )?(?:[a-z0-9-]+ ){0,4}?[a-z0-9-]+['\u2019]s? (?:(?:current|new|former|present|acting|interim) )?([a-z]+)\W*$/;

// How well a fact must match a post asked of ("director"): its word or a form of it, not a related post.
const POST_HELD_QUALITY = 0.85;
// "Who is the chief executive of X?", "who is X's finance director?": a post of two words.
const POST_PAIR_ASKED = /^who(?:['\u2019]s| is| was| are| were) (?:the |its |their )?(?:(?:current|new|former|present|acting|interim) )?([a-z]+) ([a-z]+) (?:of|at|for|in) (?![a-z]+ing\b)[a-z]/;
const POST_PAIR_OWNER_ASKED = /^who(?:['\u2019]s| is| was| are| were) (?:the )?(?:[a-z0-9-]+ ){0,4}?[a-z0-9-]+['\u2019]s? (?:(?:current|new|former|present|acting|interim) )?([a-z]+) ([a-z]+)\W*$/;

// A change told as a noun with its size: "a 38% rise in energy costs", "a £2m increase in the budget".
const CHANGE_NOUN_TOLD = /\ban? (?:about |around |nearly |almost |more than |over |some )?([\u00a3$\u20ac]?\d[\d,]*(?:\.\d+)?)(?: ?%| percent| per cent| pence|p| million| billion| points?)? (?:rise|increase|fall|drop|jump|hike|cut|decrease|reduction|growth|decline|surge|leap|slump) (?:in|of)\b/g;

// A denial right before a place: "never seen in", "not found at", "rarely spotted in".
const DENIED_BEFORE = /\b(?:never|not|n't|rarely|seldom|no longer)\s+(?:[a-z]+\s+){0,2}$/i;
// Whether a text denies what it says at `at` (a denial in the few words before).
const deniedAt = (text: string, at: number): boolean => DENIED_BEFORE.test(text.slice(Math.max(0, at - 40), at));

const SUPPOSING_OPENING = /^\W*(?:should|unless|once|in case)\b([^,;]*)[,;]/;

// A place's name owning the place: "'s church hall" (of "St Luke's church hall"), up to three words, no word
// going on to say more ("'s home in ...").
const OWNED_PLACE = String.raw`['\u2019]s(?: (?!(?:and|or|in|on|at|for|with|to|of|from|by|the|a|an|after|before|where|which|who|that|was|were|is|are|had|has|have|said)\b)[a-z]+){1,3}(?=[.,;:!?]|$)`;

/**
 * The place a fact says something is in ("in the west of Iraq", "in Baghdad"): a place or country it
 * names, after a preposition and any direction, and not the question's own place; the first after the
 * thing asked about, when the fact names that. (A name going on, "at US bases", is no place named.)
 */
export function placeGiven(a: Analysis, corpus: Corpus, fact: Fact): string | undefined {
  const medium = a.mediumAsked ? mediumNamed(corpus, fact) : undefined;
  if (medium !== undefined) return `On ${medium}`;
  const asked = [...a.namedInQuestion].filter((e) => !a.described?.has(e));
  const names = fact.entities.filter((e) => (locatable(corpus, e) || corpus.entityKind(e) === 'country') && !asked.includes(e) && !(a.intent === 'where' && askedItself(a, e))).flatMap((e) => namesOf(corpus, e));
  if (!names.length) return buildingNamed(fact.text);
  const pattern = new RegExp(`${WHERE_BEFORE_NAME}(?:${names.map(escapeRegExp).join('|')})\\b(?! [a-z])`, 'gi');
  const lower = fact.text.toLowerCase();
  const at = asked.flatMap((e) => namesOf(corpus, e)).map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0);
  const after = at.length ? Math.min(...at) : 0;
  // (Not where something is denied: "a bird almost never seen in North America, has been spotted at ...".)
  // (Of the places told, the first after the thing asked about, else the first.)
  const firstAfter = <M extends { index: number }>(found: readonly M[]): M | undefined => found.find((x) => x.index >= after) ?? found[0];
  const m = firstAfter([...fact.text.matchAll(pattern)].filter((x) => !deniedAt(fact.text, x.index)));
  if (m) return sentenceCase(m[0]);
  // ("Has been spotted at the Wexcombe Marshes Wildlife Reserve": where none is named after "in" or "near",
  // a place after "at" - the place's whole name, not a name going on, "at US bases". Not one whose
  // description says where it is, "al-Asad airbase: in western Iraq", which says it better.)
  const unplaced = fact.entities.filter((e) => locatable(corpus, e) && !asked.includes(e) && !describedWithin(corpus, e) && !(a.intent === 'where' && askedItself(a, e))).flatMap((e) => namesOf(corpus, e));
  if (!unplaced.length) return buildingNamed(fact.text);
  const placeNames = unplaced.map(escapeRegExp).join('|');
  const told = (re: RegExp): RegExpExecArray | undefined => firstAfter([...fact.text.matchAll(re)].filter((x) => !deniedAt(fact.text, x.index)));
  // (With the thing of theirs that is the place: "at St Luke's church hall".)
  const there = told(new RegExp(`\\bat (?:the )?(?:${placeNames})(?:${OWNED_PLACE})?\\b(?! [A-Za-z])`, 'gi'));
  if (there) return sentenceCase(there[0]);
  // ("Will ... move to Cooper's Field on the edge of town": where a thing goes, after a verb of going.)
  const to = told(new RegExp(`\\b${GOING_VERB} (?:[a-z]+ ){0,2}?(to (?:the )?(?:${placeNames}))\\b(?! [A-Z])`, 'g'));
  return to ? sentenceCase(to[1]!) : buildingNamed(fact.text);
}
// Verbs of going somewhere, before "to" and the place gone to.
const GOING_VERB = String.raw`(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|go(?:es|ing)?|went|head(?:s|ed|ing)?|taken|sent|transferr?(?:ed|ing|s)?|return(?:s|ed|ing)?|switch(?:es|ed|ing)?)`;

// Whether a fact names a place only as where something came from ("missiles from Iran had been launched at
// two bases in Iraq").
function onlyOrigin(corpus: Corpus, fact: Fact, name: string): boolean {
  const origin = ORIGIN_PHRASE.exec(fact.text);
  return origin !== null && namedAt(origin[0], corpus, name) !== Infinity && namedAt(fact.text.replace(origin[0], ' '), corpus, name) === Infinity;
}

/**
 * Whether a fact allows that something came from each of the places asked: its "from" phrase names them;
 * or, saying nowhere from, it names them (not only as whose report it is, "according to Iraq's military")
 * and not as where something went ("in northeast Iraq"). "No UK casualties" allows "anyone from the UK".
 */
export function comesFrom(origins: readonly string[], corpus: Corpus, fact: Fact): boolean {
  const origin = ORIGIN_PHRASE.exec(fact.text)?.[0];
  const told = fact.text.replace(REPORTED_BY, '');
  return origins.every((e) => {
    if (origin !== undefined) return namedAt(origin, corpus, e) !== Infinity;
    const names = namesOf(corpus, e).map(escapeRegExp).join('|');
    return namedAt(told, corpus, e) !== Infinity && !new RegExp(`\\b(?:at|in|into|on|near)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?(?:${names})\\b`, 'i').test(told);
  });
}

// "Where is Baghdad?": a question asking only where a place lies (its every word a place's name) wants a fact
// that puts it somewhere: another place the fact names after a preposition ("in western Iraq"), words of
// place ("northeast"), or a short answer of place. "Iran attacked the US embassy in Baghdad" names Baghdad,
// and Iran, but says not where Baghdad is.
function placesAnother(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const place = (t: QueryTerm): boolean => {
    const e = entityOf(corpus, t);
    return e !== undefined && (corpus.entityKind(e) === 'place' || corpus.entityKind(e) === 'country') && !a.described?.has(e);
  };
  // ("Where in Iraq is this al-Asad base they hit?": where a place lies is asked, however the question
  // describes it; a fact naming it and no other place, "aimed at al-Asad airbase", does not say.)
  // (Not a place whose own name says where it is, "the US embassy in Baghdad": its name answers.)
  const located = LOCATED_ASKED.test(a.folded) && ![...a.namedInQuestion].some((e) => corpus.entityKind(e) === 'place' && PLACE_IN_NAME.test(e));
  if (!a.terms.length || !(located ? a.terms.some(place) : a.terms.every(place))) return true;
  return placeGiven(a, corpus, fact) !== undefined || saysPlace(corpus, fact) || (fact.answer !== undefined && PLACE_ANSWER.test(fact.answer));
}

// "Where is ...", "which part of Iraq is ... in": where something lies (not where something came from).
const LOCATED_ASKED = /^(?:\W*(?:so|ok|okay|and|but|wait)\b\W*)*(?:(?:in|on|at) )?(?:where|which (?:part|region|area|corner|section|zone))\b(?!.*\b(?:from|concerned)\b).*\b(?:is|are|lies|lie|sits|sit|located|situated)\b/;

// Whether an entity is somewhere one can be: a place, or a body named as its building ("... Secondary School").
function locatable(corpus: Corpus, e: string): boolean {
  const kind = corpus.entityKind(e);
  return kind === 'place' || (kind === 'organization' && BUILDING_NOUNS.has(words(e).at(-1) ?? ''));
}

// Whether a fact says where: words of place ("in the west", "sits"), a place it names, or a name after
// "in", "at" or "near" ("bases in Iraq").
// Whether a fact says where in words of place ("in the west", "lies", "where"), names aside. (Not "where"
// after a thing of no name: "the land where it falls" says of any land.)
function saysPlace(corpus: Corpus, fact: Fact): boolean {
  return PLACE_WORDS.test(withoutNames(corpus, fact).replace(ANY_PLACE_WHERE, ' '));
}
const ANY_PLACE_WHERE = /\b(?:the|a|an|any|every|some)\s+[a-z]+\s+where\b/g;

// "Where will the extra £700,000 come from?" - "will be taken from the council's reserves": where a sum or a
// thing comes from is what it is taken (paid, drawn, funded) from, no place needed; not a level a change
// starts from ("risen from £1.2 million").
function sourceTold(a: Analysis, fact: Fact): boolean {
  return WHERE_FROM.test(a.folded) && SOURCE_TOLD.test(normalise(fact.text));
}
const SOURCE_TOLD = /\b(?:taken|take|takes|paid|pay|pays|drawn|draw|come|comes|came|funded|fund|met|raised|borrowed|found) (?:\w+ ){0,2}?from (?![\u00a3$\u20ac\d])/;

// Whether a place is the thing a where-question asks of, named by its common noun: "where is the
// reservoir?" - "Brenfield Reservoir is the company's largest" says not where it is.
// (A place the question names is another matter: placesAnother's. Nor one whose name says where it is:
// "where is the embassy?" - "the US embassy in Baghdad".)
function askedItself(a: Analysis, e: string): boolean {
  return !a.namedInQuestion.has(e) && !PLACE_IN_NAME.test(e) && words(normalise(e)).some((w) => a.terms.some((t) => !t.name && !t.words && t.stem === stem(w)));
}

// A text with the names given cut out, its case kept.
function namesCut(text: string, names: readonly string[]): string {
  return names.reduce((t, n) => t.replace(new RegExp(escapeRegExp(n), 'gi'), ' '), text);
}

function givesPlace(a: Analysis, fact: Fact, corpus: Corpus): boolean {
  // (Nor a place named only within another's name: "The Save Hexley Library group" names no Hexley.)
  const within = (e: string): boolean => {
    const holders = fact.entities.filter((o) => o !== e && namesOf(corpus, o).some((n) => namedAt(n, corpus, e) !== Infinity));
    if (!holders.length) return false;
    return namedAt(namesCut(fact.text, holders.flatMap((o) => namesOf(corpus, o))), corpus, e) === Infinity;
  };
  return (
    saysPlace(corpus, fact) ||
    fact.entities.some((e) => locatable(corpus, e) && !askedItself(a, e) && !within(e)) ||
    PLACE_AFTER.test(namesCut(fact.text, fact.entities.filter((e) => askedItself(a, e)).flatMap((e) => namesOf(corpus, e)))) ||
    buildingNamed(fact.text) !== undefined
  );
}

// A building or a place named by its common noun after a preposition of place ("hold a jobs fair at the town
// hall", "in the village hall"), as a short answer: "At the town hall".
function buildingNamed(text: string): string | undefined {
  const m = BUILDING_AT.exec(text) ?? ROUTE_TO_BUILDING.exec(text);
  return m ? sentenceCase(m[0]) : undefined;
}
// A building's or an open place's common noun, as a pattern's alternatives.
const BUILDING_WORD = `${[...BUILDING_NOUNS].join('|')}|square|park|market|club|pub`;
// ("Where will the march go?" - "a protest march from the school gates to the town hall": a way from one
// place to a building.)
const ROUTE_TO_BUILDING = new RegExp(`\\bfrom the (?:[a-z-]+ ){0,2}[a-z-]+ to the (?:[a-z-]+ ){0,2}(?:${BUILDING_WORD})\\b`, 'u');
// (With the name it is of: "in the sports hall of St. Brendan's Secondary School".)
const BUILDING_AT = new RegExp(`\\b(?:at|in|inside|outside) the (?:[a-z-]+ ){0,2}(?:${BUILDING_WORD})\\b(?: of (?:the )?\\p{Lu}[\\p{L}'\u2019.&-]*(?: \\p{Lu}[\\p{L}'\u2019.&-]*)*)?`, 'u');

// Whether a place is one an event of the data happened at (a fact of type event names it).
function placeOfEvent(corpus: Corpus, name: string | undefined): boolean {
  return name !== undefined && searchTerms(corpus, [{ word: name, stem: entityTerm(name) }], {}, FEW_FACTS).some((h) => h.fact.type === 'event');
}

// How many facts naming an entity are looked through for one of a kind (the deed a reason names, an event
// at a place): a large dataset reads no more.
export const FEW_FACTS = 20;

/**
 * Whether a fact of a kind that vouches for its words (a casualty report) answers a question's word: one
 * asking for that kind ("hurt", "losses", or put right from a slip), or naming whom it counts ("troops").
 */
export function vouchesFor(type: Fact['type'], t: QueryTerm, vocabulary: Vocabulary): boolean {
  const cues = TYPE_HINTS.find(([kind]) => kind === type)?.[1] ?? [];
  const asks = (w: string): boolean => cues.some((c) => (c.endsWith('*') ? w.startsWith(c.slice(0, -1)) : w === c)) || (type === 'casualties' && CASUALTY_PEOPLE.has(w));
  return asks(t.word) || [...vocabulary.expand(t)].some(([st, q]) => q >= ONE_SLIP_QUALITY && asks(st));
}

// A verb in the passive: "to be taught", "was punished", "got hit".
const PASSIVE_ASKED = /\b(?:be|been|being|was|were|is|are|get|got|gets|getting)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ught|hit|struck)\b/;

// A fact saying something alone does not do ("on its own could not", "by itself is not enough").
const ALONE_NOT_ENOUGH = /\b(?:on its own|on their own|by itself|by themselves|alone)\b.*\b(?:not|never|cannot|can't|insufficient)\b|\b(?:not|never|cannot|can't)\b.*\b(?:on its own|on their own|by itself|by themselves|alone)\b|\bnot (?:enough|sufficient)\b|\binsufficient\b/;

// "Whose X ...?": the thing asked about, whose owner is the answer.
// ("Which country's bases were targeted?" asks whose, as "whose bases" does.)
// (After a reply's opening too: "ok so whose bases got hit?")
// ("Against whose military bases were the missiles aimed?": after a preposition, and the thing's words.)
const WHOSE = /^(?:\W*(?:ok|okay|so|and|but|wait|well|hey|then)\b\W*)*((?:(?:against|at|to|toward|towards|from|on|onto|in|into|with|for|of|by) )?whose|(?:which|what) (?:country|nation|side|state|government)(?:'|\u2019)s) (\w+(?: [\w-]+){0,2})/;

/** The two entities a question offers and its word asking which is more or less so ("stronger, Iran's or America's"), if it asks so. */
export function ratedOffered(a: Analysis, corpus: Corpus): { offered: string[]; word: string } | undefined {
  const offered = [...new Set(a.alternatives.flatMap((t) => entityOf(corpus, t) ?? []))];
  const word = offered.length === 2 ? words(a.folded).find((w) => GREATER_WORDS.has(w) || LESSER_WORDS.has(w)) : undefined;
  return word === undefined ? undefined : { offered, word };
}

/**
 * Whose thing a question asks: the owner's kind ("which country's": a country) and the thing, a place's
 * word among its first words ("whose military bases": bases), else its first word ("whose move").
 */
export function whoseAsked(folded: string): { kind: string | undefined; thing: string; said: readonly string[] } | undefined {
  const m = WHOSE.exec(folded.trim());
  if (!m) return undefined;
  const said = m[2]!.split(' ');
  const thing = said.find((w) => PLACE_UNIT_NOUNS.has(w.replace(/s$/, ''))) ?? said[0]!;
  return { kind: m[1]!.endsWith('whose') ? undefined : 'country', thing, said };
}

/**
 * "Whose embassy in Baghdad was attacked?": the one the fact says the thing is of ("the US embassy"), of the
 * kind asked ("which country's bases" are the US's, not Irbil's); undefined where it says none, or nothing
 * whose is asked.
 */
export function ownerAsked(corpus: Corpus, folded: string, fact: Fact): string | undefined {
  const whose = whoseAsked(folded);
  if (!whose) return undefined;
  const fits = (e: string): boolean => whose.kind === undefined || corpus.entityKind(e) === whose.kind;
  // (The thing may be told by a word after it: "which country's defence ministry" - "Britain's Ministry of
  // Defence", whose is the ministry.)
  for (const thing of [whose.thing, ...whose.said.slice(whose.said.indexOf(whose.thing) + 1).filter((w) => !STOP_WORDS.has(w))]) {
    const owner = possessorOf(corpus, fact.text, thing, fits);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

// "How big is the budget gap?" - "the first increase in five years, as the authority struggles with a £42
// million budget gap": of several figures, the one told right beside a word of the question (three words
// at most away), if one is.
/** Whether a fact says who does a deed by a word for its doer made from its verb ("chairs" - "chairwoman", "leads" - "leader"). */
export function postOfDeed(deed: QueryTerm, factText: string): boolean {
  const root = stem(deed.word);
  return root.length >= 3 && words(factText).some((w) => w !== deed.word && w.startsWith(root) && w.length > root.length + 1 && (isPersonNoun(w) || isPersonCompound(w)));
}

// A word for people, which may be who a fact says did something ("officials", "residents", "a spokesman").
const PEOPLE_WORD = /\b(?:officials?|residents?|people|spokes(?:man|woman|person)|police|officers?|staff|workers?|volunteers?|members?|parents?|protesters?|campaigners?|councillors?|engineers?|experts?|critics?|troops|soldiers?|forces?|students?|villagers?|locals?|fans?|passengers?|drivers?)\b/;
// How many words from a sum its payer's name may stand (see unitFigure).
const PAYER_REACH = 6;
function figureBeside(a: Analysis, fact: Fact, figures: readonly NumberFigure[], besideUnit = true, reach = 3): NumberFigure | undefined {
  if (figures.length < 2) return undefined;
  const said = words(unseparated(normalise(fact.text)));
  const asked = new Set(a.terms.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && !a.scene.has(t.stem) && (besideUnit || !a.units.has(t.stem))).map((t) => t.stem));
  let best: { figure: NumberFigure; far: number } | undefined;
  said.forEach((w, at) => {
    if (!asked.has(stem(w))) return;
    const figure = nearestSaid(said, at, figures);
    // (Where words() wrote it: "£4.2 million" is "4", "2", "million".)
    const i = figure === undefined ? -1 : figureAt(said, figure);
    const far = i < 0 ? Infinity : Math.abs(i - at);
    if (figure && far <= reach && (best === undefined || far < best.far)) best = { figure, far };
  });
  return best?.figure;
}

// ("How much was it insured for?" - "valued it at $45,000, fifteen times the $3,000 at which it was
// insured": of sums in a (folded) text, the one told nearest the verb the question prices it by.)
function sumPricedBy(a: Analysis, text: string, sums: readonly NumberFigure[]): NumberFigure | undefined {
  const pricing = sums.length > 1 ? SUM_ASKED.exec(a.folded.trim())?.[2] : undefined;
  if (pricing === undefined) return undefined;
  const said = words(text);
  const at = said.findIndex((w) => stem(w) === stem(pricing) || irregularBases(w).some((b) => stem(b) === stem(pricing)));
  return at < 0 ? undefined : nearestSaid(said, at, sums);
}

// A day of the week, told, or days of it.
const WEEKDAY_TOLD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)s?\b/i;
// "How big", "how large": a size asked.
const BIG_ASKED = /\bhow (?:big|large|huge|small)\b/;
// Whether a fact gives a sum as the size of a thing asked: the thing's word a few words after the figure
// ("a £4.2 million funding gap"), or before it and "of" ("a gap of about £4.2 million").
function sumOfThing(a: Analysis, fact: Fact, n: NumberFigure): boolean {
  const said = words(unseparated(normalise(fact.text)));
  const at = figureAt(said, n);
  if (at < 0) return false;
  // (Typed with a slip too: "how big is the defecit?")
  const asked = a.terms.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && !a.manner.has(t.stem)).map((t) => t.stem);
  const isAsked = (w: string): boolean => asked.some((st) => editDistance(st, stem(w), 2, true) <= (st.length > 5 ? 2 : 0));
  const of = said.slice(Math.max(0, at - 3), at).lastIndexOf('of');
  const before = of < 0 ? undefined : said[Math.max(0, at - 3) + of - 1];
  // (Its own words only, up to the thing: not "raised £8,000 on that field".)
  const after = said.slice(at + 1, at + 5);
  const end = after.findIndex((w) => STOP_WORDS.has(w));
  return after.slice(0, end < 0 ? undefined : end).some(isAsked) || (before !== undefined && isAsked(before));
}

// Of some figures of a fact (its words `said`), the one written nearest the word at `at`.
// (And, given each word's clause, one in the clause of that word before any other.)
function nearestSaid(said: readonly string[], at: number, figures: readonly NumberFigure[], clauses?: readonly number[]): NumberFigure | undefined {
  const where = (n: NumberFigure): number => {
    const i = figureAt(said, n);
    return i < 0 ? Infinity : Math.abs(i - at) + (clauses && clauses[i] !== clauses[at] ? said.length : 0);
  };
  return [...figures].sort((x, y) => where(x) - where(y))[0];
}

// Of some figures of a (folded) text, the one alone in a clause holding a word of the question's (its unit
// aside), if one is.
function figureInClauseOf(a: Analysis, text: string, figures: readonly NumberFigure[]): NumberFigure | undefined {
  const said = words(text);
  const clauses = clauseOfEachWord(text);
  const asked = new Set(a.terms.filter((t) => t.stem !== a.unit).flatMap((t) => words(t.word)));
  const named = new Set(said.flatMap((w, i) => (asked.has(w) ? [clauses[i]] : [])));
  const inNamed = figures.filter((n) => {
    const i = figureAt(said, n);
    return i >= 0 && named.has(clauses[i]);
  });
  return inNamed.length === 1 ? inNamed[0] : undefined;
}

// Where a figure stands among a text's words (its digits; a decimal's whole part, as words() splits it), -1
// for nowhere.
function figureAt(said: readonly string[], n: NumberFigure): number {
  return said.findIndex((w) => saysFigure(w, n));
}

/** Whether a word (of words()) is a figure's digits, or a decimal's whole part, as words() splits it. */
export function saysFigure(w: string, n: NumberFigure): boolean {
  return w === String(n.value) || w === String(n.value).replace(/\.\d+$/, '');
}

/**
 * "How many missiles were not aimed at al-Asad?": a count denied of the one place it names, which the fact
 * names with a figure in the unit counted - the rest of a whole is asked.
 */
export function restAsked(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  if (a.intent !== 'count' || !a.negated || a.compare || a.difference || a.total || a.share || a.namedPlaces.size !== 1) return false;
  const place = a.namedPlaces.values().next().value as string;
  return namedAt(fact.text, corpus, place) !== Infinity && unitFigure(a, fact) !== undefined && !NEGATION.test(normalise(fact.text));
}

/**
 * Whether one of an entity's names calls it by a noun ("al-Asad airbase" a base, "Irbil base" a base,
 * "foreign minister" a minister, "minster" a slip of it), or the noun is one of its names' words.
 */
export function calledBy(corpus: Corpus, entity: string, noun: string): boolean {
  const stems = [stem(noun), ...[...corpus.index.vocabulary.expand({ word: noun, stem: stem(noun) })].filter(([, q]) => q >= ONE_SLIP_QUALITY).map(([st]) => st)];
  // (Or by what the article says it is, a few words closing on the noun: "Save Hadley School" is "the
  // campaign group".)
  const described = DESCRIBED_AS.exec(corpus.entity(entity)?.description ?? '')?.[1];
  return namesOf(corpus, entity).some((n) => words(n).some((w) => stems.some((st) => stem(w).endsWith(st)))) || (described !== undefined && stems.includes(stem(described)));
}
// A description that is a few words closing on a noun: "the campaign group", "a local charity".
const DESCRIBED_AS = /^(?:the|an?) (?:[a-z-]+ ){0,3}([a-z-]+)$/;

/**
 * The fact's entity, not named in the question, whose name calls it the thing whose name is asked.
 * (Not where the question names a place: "the name of the base in Irbil" is of a thing there, and another
 * place called a base, al-Asad, is somewhere else.)
 */
export function calledThing(corpus: Corpus, a: Analysis, fact: Fact): string | undefined {
  const thing = a.calledNoun;
  if (thing === undefined || [...a.namedInQuestion].some((e) => corpus.entityKind(e) === 'place')) return undefined;
  // ("What's the name of the guy the US killed?": a noun for a person is called so by any person's name the
  // fact gives, one the question does not.)
  // (A noun of what someone does, "the head baker", only by a person the fact tells of as one: "Driver Kieran
  // Moss" is no baker.)
  if (isPersonNoun(thing) && !ROLE_NOUNS.has(thing)) {
    // ("The name of the van driver?" - "the lorry driver, Darius Kemp": one of another kind, a word saying
    // which before the noun that is not the one asked.)
    const text = normalise(fact.text);
    const which = new RegExp(`\\b([a-z]+) ${escapeRegExp(thing)}\\b`).exec(a.folded)?.[1];
    const asked = which !== undefined && !STOP_WORDS.has(which) ? which : undefined;
    if (asked !== undefined && !words(text).includes(asked) && [...text.matchAll(new RegExp(`\\b([a-z]+) ${escapeRegExp(thing)}\\b`, 'g'))].some((m) => !STOP_WORDS.has(m[1]!))) return undefined;
    // (A noun of what someone does is theirs where the name stands beside it: "the lorry driver, 34-year-old
    // Darius Kemp", not "Inspector Joanne Greaves ... said the driver had been at the wheel".)
    const list = words(text);
    const at = list.flatMap((w, i) => (stem(w) === stem(thing) ? [i] : []));
    const beside = (e: string): boolean => namesOf(corpus, e).some((n) => {
      const name = words(n);
      return list.some((_, i) => name.every((w, k) => list[i + k] === w) && at.some((j) => (i > j && i - j <= 5) || (j >= i + name.length && j - (i + name.length) <= 3)));
    });
    const told = (e: string): boolean => PLAIN_PERSON_NOUNS.has(thing) || (at.length > 0 && beside(e));
    return fact.entities.find((e) => !a.namedInQuestion.has(e) && corpus.entityKind(e) === 'person' && namedAt(fact.text, corpus, e) !== Infinity && (told(e) || calledBy(corpus, e, thing)));
  }
  return fact.entities.find((e) => (!a.namedInQuestion.has(e) || namedByNounOnly(a, corpus, e, stem(thing))) && calledBy(corpus, e, thing)) ?? calledInText(corpus, a, fact, thing);
}

// "What's the ferry called?" - "The ferry, a 12-metre boat called the Kell Maid, carries ...": the name the
// fact's words give the thing, after "called" (named, known as) with the thing a few words before.
function calledInText(corpus: Corpus, a: Analysis, fact: Fact, thing: string): string | undefined {
  const list = words(normalise(fact.text));
  for (let i = 1; i < list.length; i++) {
    const at = list[i] === 'called' || list[i] === 'named' || list[i] === 'dubbed' || list[i] === 'nicknamed' ? i : list[i] === 'known' && list[i + 1] === 'as' ? i + 1 : -1;
    if (at < 0 || !list.slice(Math.max(0, i - CALLED_REACH), i).some((w) => stem(w) === stem(thing))) continue;
    const named = entityAfter(corpus, list, at);
    if (named !== undefined && !a.namedInQuestion.has(named)) return named;
  }
  return undefined;
}
// How many words before "called" the thing named may stand: "the ferry, a 12-metre boat called".
const CALLED_REACH = 6;

/**
 * Whether the question names an entity only by the common noun it asks which one of, or the name of ("the
 * museum", which the data makes a name of the Voss Municipal Museum): that asks its name, not of it.
 */
function namedByNounOnly(a: Analysis, corpus: Corpus, entity: string, noun: string): boolean {
  return a.terms.filter((t) => entityOf(corpus, t) === entity).every((t) => t.stem === noun && !t.word.includes(' ') && isEnglishWord(t.word));
}

/**
 * Whether the question names an entity by words holding the noun ("irans foriegn minster": Zarif, read as
 * a slip of his "foreign minister").
 */
export function typedAs(a: Analysis, entity: string, noun: string): boolean {
  return a.terms.some((t) => t.stem === entityTerm(entity) && (t.words ?? []).some((w) => w.word === noun));
}

// Whether a fact calls the entity asked about ("the US president", "Donald Trump") by a post of theirs, in its
// own words: it says who they are.
function saysPostOf(asked: string, corpus: Corpus, fact: Fact): boolean {
  const named = corpus.entityNamed(asked);
  if (named === undefined || !fact.entities.includes(named)) return false;
  const e = corpus.entity(named)!;
  const text = ` ${words(fact.text).join(' ')} `;
  return e.aliases.some((alias) => ROLE_NAME.test(alias) && text.includes(` ${words(alias).join(' ')} `));
}

// Whether the fact's entities of a kind asked for in the singular ("official") are all named only in the
// plural ("US officials", "American officials"): groups of them, none of them one.
function onlyMany(kind: string, corpus: Corpus, fact: Fact): boolean {
  const matching = entitiesMatching(stem(kind), corpus, fact, false);
  return (
    matching.length > 0 &&
    matching.every((name) => {
      const e = corpus.entity(name)!;
      return [e.name, ...e.aliases].every((n) => words(n).every((w) => stem(w) !== stem(kind) || w !== kind));
    })
  );
}

/**
 * The words before "enough" in a question asking whether something suffices for a deed ("is firing
 * missiles enough to avenge him?"), where the fact judges the same: it says whether something suffices
 * ("on its own", "alone", "enough", "sufficient"), and holds the deed asked.
 */
export function judgedThing(folded: string, text: string, matched: ReadonlyMap<string, number> | undefined, stemOf: (w: string) => string): string[] {
  // ("Does Khamenei think the missiles were sufficient?": sufficiency asked for no deed named, which the
  // fact's judgement answers as it stands.)
  const bare = SUFFICES_TOLD.test(text) ? SUFFICES_CLOSING.exec(folded) : null;
  if (bare) return words(bare[1]!);
  const toDo = SUFFICES_ASKED.exec(folded);
  const asked = toDo ?? SUFFICES_FOR_NOUN.exec(folded);
  if (!asked || !SUFFICES_TOLD.test(text) || matched === undefined) return [];
  const deed = words(asked[2]!).find((w) => !STOP_WORDS.has(w));
  // (A noun for what it was to be enough for need only be near a word of the fact: "payback" - "avenge".)
  if (deed === undefined || (matched.get(stemOf(deed)) ?? 0) < (toDo ? RELATED_HIT : Number.MIN_VALUE)) return [];
  return toDo ? words(asked[1]!) : [...words(asked[1]!), deed];
}
export const SUFFICES_CLOSING = /^(.*?)\b(?:enough|sufficient|adequate)\W*$/;
export const SUFFICES_ASKED = /^(.*?)\b(?:enough|sufficient|suffice|suffices|adequate)\b(?:\s+(?:on (?:its|their) own|by (?:itself|themselves)|alone))?\s+(?:for \w+ )?to\s+([a-z]+(?:\s+[a-z]+)?)/;
// ("Were the missiles enough payback?": the noun after "enough" is what they were to be enough for, as
// "enough to avenge him" is.)
export const SUFFICES_FOR_NOUN = /^(.*?)\b(?:enough|sufficient|adequate)\s+(?:of\s+an?\s+)?([a-z]+)\b(?!\s+(?:to|for)\b)/;
const SUFFICES_TOLD = /\b(?:on (?:its|their) own|by (?:itself|themselves)|alone|enough|sufficient|insufficient|suffices?)\b/;

// How much a fact that never names the person a yes-or-no question asks about suits it.
const ABOUT_SOMEONE_ELSE = 0.8;

// The words the article's title and its questions use for what it tells ("Iran's missile strikes on US
// bases in Iraq", "is Iran's attack over?"), as stems: the story itself, named in its own words.
const STORY_STEMS = new WeakMap<Corpus, ReadonlySet<string>>();
function storyStems(corpus: Corpus): ReadonlySet<string> {
  let found = STORY_STEMS.get(corpus);
  if (!found) {
    const { article } = corpus.dataset;
    // (Not the names in them: "Iran", "US bases" tell who and where, not what happened.)
    const named = new Set(corpus.dataset.entities.flatMap((e) => [e.name, ...e.aliases]).flatMap((n) => words(n)));
    found = new Set(words([article.title, ...article.questions.map((q) => q.text)].join(' ')).filter((w) => !STOP_WORDS.has(w) && !named.has(w)).map(stem));
    STORY_STEMS.set(corpus, found);
  }
  return found;
}
// Whether a word of a question is one the article uses for the event it tells, not a name ("the strikes",
// "the attack"; not "Iran").
function storyWord(corpus: Corpus, t: QueryTerm): boolean {
  return !t.stem.startsWith(ENTITY_PREFIX) && entityOf(corpus, t) === undefined && storyStems(corpus).has(t.stem);
}
// "Had warned", "had said": told as said before the story's events.
const HAD_SAID = /\bhad (?:already )?(?:said|told|warned|claimed|predicted|threatened|vowed|promised|stated|tweeted|argued)\b/;
// Whether every word a fact matched (its names aside) is one it says of another entity than `who`, by a
// form of "be" after their name ("the Democrats were being hysterical").
function saidOfOtherOnly(corpus: Corpus, hit: Hit, who: string): boolean {
  const fact = hit.fact;
  const said = words(normalise(fact.text));
  const nameWords = new Set(fact.entities.flatMap((e) => namesOf(corpus, e)).flatMap((n) => words(normalise(n))).map(stem));
  const matched = hit.stems.filter((st) => !st.startsWith(ENTITY_PREFIX) && !nameWords.has(st));
  if (!matched.length) return false;
  const ofOther = new Set<string>();
  for (const e of fact.entities) {
    if (e === who || sameSide(corpus, e, who)) continue;
    for (const n of namesOf(corpus, e)) {
      const nw = words(normalise(n));
      for (let i = 0; i + nw.length < said.length; i++) {
        if (!nw.every((w, k) => said[i + k] === w)) continue;
        let j = i + nw.length;
        if (!BE_STATE.has(said[j]!)) continue;
        if (said[j + 1] === 'being') j++;
        if (said[j + 1] !== undefined) ofOther.add(stem(said[j + 1]!));
      }
    }
  }
  return matched.every((st) => ofOther.has(st));
}
const BE_STATE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'seems', 'seemed', 'looks', 'looked']);

// Whether a fact tells of the story itself: two or more of the words its title and questions use, names
// aside ("Missiles launched ... at two military bases").
function tellsStory(corpus: Corpus, fact: Fact): boolean {
  const story = storyStems(corpus);
  return new Set(words(`${fact.text} ${fact.quote?.text ?? ''}`).map(stem).filter((st) => story.has(st))).size >= 2;
}

// Whether a fact tells of something done in answer to a thing (its stems after "in response to", "answer
// to", "in retaliation for").
const EFFECT_TOLD = 1.5;
function effectTold(cause: readonly string[], fact: Fact): boolean {
  const text = normalise(fact.text);
  const m = CAUSE_AFTER.exec(text);
  if (!m) return false;
  const after = new Set(words(text.slice(m.index)).map(stem));
  return cause.some((st) => after.has(st));
}

// Whether a fact tells a deed done by a side: its subject (the first of the fact's doers it names) is on the
// side and the deed is no longer to come, or the side's name follows a passive's "by".
function sideDeed(corpus: Corpus, fact: Fact, side: string): boolean {
  if (passiveBy(corpus, fact, side)) return true;
  const text = normalise(fact.text);
  const first = firstNamed(corpus, fact, (e) => corpus.entityKind(e) !== 'place');
  return first !== undefined && namedAt(fact.text, corpus, first) !== Infinity && onSideOf(corpus, first, side) && !FUTURE_TOLD.test(text);
}

// Whether a fact's own words (its text, or the questions written for it) tell a deed, as typed or by a
// relation: "who ordered the strike on Soleimani?" is not told by a fact naming "Iran's government",
// whose "government" a dictionary relates to "order".
// "Who built the bridge?" - "corrosion that had built up": a verb the fact holds only with a particle that
// English makes another verb of ("build up", to accumulate) tells of another deed.
function deedOnlyAsPhrasal(fact: Fact, deed: QueryTerm): boolean {
  if (deed.phrasal) return false;
  const list = words(normalise(fact.text));
  const at = list.flatMap((w, i) => (stem(w) === deed.stem ? [i] : []));
  return at.length > 0 && at.every((i) => PARTICLES.has(list[i + 1] ?? '') && phrasalVerb(list[i]!, list[i + 1]!) !== undefined);
}

// Whether a (folded) fact names the doer of the deed asked by their post of a thing the question names:
// "Tom Reddick is the owner of the Copper Kettle café" tells who owns the Copper Kettle ("owner" of "own").
function doerOfNamed(a: Analysis, corpus: Corpus, text: string): boolean {
  const deed = a.deed;
  if (deed === undefined) return false;
  const doers = [...new Set([deed.word, ...baseForms(deed.word)])].flatMap((v) => [`${v}er`, `${v.replace(/e$/, '')}er`, `${v}or`]);
  return [...a.namedInQuestion].some((e) => namesOf(corpus, e).some((n) => new RegExp(`\\b(?:${doers.map(escapeRegExp).join('|')}) of (?:the )?${words(n).map(escapeRegExp).join('\\W+')}\\b`).test(text)));
}

// "How many delivery rooms are there?", "how many staff does it have?": a count asked as it stands now.
const PRESENT_COUNT = /^how (?:many|much)\b(?:(?!\b(?:did|was|were|had|used|last|ago|previously|originally|before|then)\b).)*\b(?:are|is|does|do|has|have|now)\b(?:(?!\b(?:did|was|were|had|used|last|ago|previously|originally|before|then)\b).)*$/;
/** Whether a count is asked as it stands now ("how many delivery rooms are there?"). */
export function presentCountAsked(a: Analysis): boolean {
  return a.intent === 'count' && PRESENT_COUNT.test(a.folded);
}
/** Whether the figure a fact gives for a count asked is told of a time gone by ("which had 14 delivery rooms"), if it gives one. */
export function figureInPast(a: Analysis, fact: Fact): boolean | undefined {
  const n = unitFigure(a, fact);
  return n === undefined ? undefined : new RegExp(`\\b(?:had|was|were)\\s+(?:(?:about|around|only|just|some|nearly|almost|more than|over|fewer than|less than)\\s+)?${figureSaid(n.value)}\\b`).test(normalise(fact.text));
}

/** Whether a fact tells a figure for each one of a thing asked ("£6,900 per pupil", "£90 a night"). */
export function rateTold(fact: Fact, rate: QueryTerm): boolean {
  const said = words(normalise(fact.text));
  // ("A" only after a figure: "£90 a night", not "aimed at a base".)
  return said.some((w, i) => i > 0 && (RATE_WORDS.has(said[i - 1]!) || (/^an?$/.test(said[i - 1]!) && /\d/.test(said[i - 2] ?? ''))) && stem(w) === rate.stem);
}
const RATE_WORDS: ReadonlySet<string> = new Set(['per', 'each', 'every']);

/** Whether a fact tells a deed asked only as one planned or expected ("was due to open", "is expected to open"). */
export function deedOnlyPlanned(fact: Fact, deed: QueryTerm): boolean {
  const said = words(normalise(fact.text));
  // (Its verb, not a noun of it: "delayed the opening".)
  const at = said.flatMap((w, i) => (stem(w) === deed.stem && !/^(?:the|a|an|its|their|his|her|this|that)$/.test(said[i - 1] ?? '') ? [i] : []));
  return at.length > 0 && at.every((i) => said[i - 1] === 'to' && PLANNED_BEFORE.has(said[i - 2] ?? ''));
}
const PLANNED_BEFORE: ReadonlySet<string> = new Set(['due', 'expected', 'scheduled', 'set', 'supposed', 'meant', 'planned', 'planning', 'plans', 'hoped', 'hopes', 'hoping', 'intended', 'going', 'slated', 'aims', 'aimed', 'aiming']);

// "Who founded the ferry service?" - "a report by the campaign group found that ...": a word the asked verb's
// past is made from ("founded" of "found") that is itself another verb's past ("find") is that other verb's
// in a fact with no word before it that takes a base form ("to found", "will found").
function pastOfAnother(deed: QueryTerm, text: string): boolean {
  if (!/[^e]ed$/.test(deed.word)) return false;
  const list = words(text);
  const at = list.flatMap((w, i) => (stem(w) === deed.stem ? [i] : []));
  return at.length > 0 && at.every((i) => list[i] !== deed.word && baseForms(deed.word).includes(list[i]!) && irregularBases(list[i]!).some((b) => b !== list[i]) && !BASE_TAKERS.has(list[i - 1] ?? ''));
}
const BASE_TAKERS: ReadonlySet<string> = new Set(['to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do']);

/** Whether a fact tells of a deed asked, in its words or related ones, outside the names it holds. */
export function deedInWords(corpus: Corpus, fact: Fact, deed: QueryTerm): boolean {
  // (Not in a name: "the supreme leader" tells no one leads anything.)
  const names = corpus.entitiesOf(fact.entities).flatMap((e) => [e.name, ...e.aliases]).map((n) => ` ${words(n).join(' ')} `);
  const unnamed = (t: string): string => names.reduce((rest, n) => rest.split(n).join(' '), ` ${words(normalise(t)).join(' ')} `);
  const own = new Set([fact.text, ...(fact.asks ?? [])].flatMap((t) => words(unnamed(t)).map(stem)));
  if (heldIn(corpus, own, deed)) return true;
  // ("Who chairs the committee?" - "Renshaw is the committee's chairman": a post named for the one who
  // does the deed, in a fact stating someone's post, tells who does it.)
  const doer = (st: string): boolean => st.startsWith(deed.stem) && DOER_ENDING.test(st.slice(deed.stem.length));
  return words(normalise(fact.text)).some((w) => doer(stem(w))) && fact.entities.some((e) => statesRole(corpus, fact, e));
}
const DOER_ENDING = /^(?:man|woman|person|er|or)$/;

/**
 * "Who set up the group?" - "Its founder, retired teacher Graham Oduya, said ...": a noun for the one who does
 * a verb the deed is (a founder founds, which is setting up), set right before a person's name: that person.
 */
export function doerNamedBy(corpus: Corpus, fact: Fact, deed: QueryTerm): string | undefined {
  const related = corpus.index.vocabulary.expand(deed);
  const said = words(normalise(fact.text));
  const people = fact.entities.filter((e) => corpus.entityKind(e) === 'person');
  const at = said.findIndex((w) => /[a-z]{3}(?:er|or)$/.test(w) && (related.get(stem(w)) ?? 0) >= DOER_HIT);
  return at < 0 ? undefined : people.find((e) => said.slice(at + 1, at + 4).includes(words(normalise(e))[0]!));
}
// How near in meaning a doer's noun must be to the deed asked: "founder" to "set up", 0.63.
const DOER_HIT = 0.6;

// A "not" only inside words said: "why did Khamenei say military action was not enough?", "saying it isn't".
const NOT_SAID = /^(?:why|how come|what(?:'s| is) behind)\b(?:(?!\b(?:not|never)\b|n't\b).)*\b(?:say|says|said|saying|tell|tells|told|claim|claims|claimed|claiming|insist|insists|insisted|state|states|stated|argue|argued|argues)\b.*(?:\bnot\b|n't\b|\bnever\b)/;

// Words of a question that ask of what is to come ("what did Trump say he would do?", "what was he due to say?").
const STILL_TO_COME_ASKED = /\b(?:will|would|shall|going|gonna|scheduled|due|set to|plan|plans|planned|planning|expected|supposed|slated|about to|next)\b/;

/**
 * Whether a fact gives a day that answers one a question names, the same or another: it names a weekday,
 * and does not tell what is still to come to a question of what has been ("did Trump speak on Tuesday?" -
 * "Trump is scheduled to make remarks on Wednesday").
 */
export function dayTold(folded: string, text: string): boolean {
  return (text.match(DAY_NAMED) ?? []).length > 0 && !(PAST_ASKED.test(folded) && FUTURE_TOLD.test(text));
}

// Whether a fact tells how someone puts something: their words (its source or speaker on their side), or a
// fact of theirs, not about who they are, whose subject they (or one on their side) are.
// (Or a pronoun before any name, where the one on their side the fact lists is not named in its text: the
// pronoun is them, as a dataset made by extract has it.)
// (A person's own: their country's words, "Iran is indicating ...", are not the foreign minister's.)
function describedBy(corpus: Corpus, fact: Fact, who: string): boolean {
  const own = corpus.entityKind(who) === 'person' ? (e: string): boolean => e === who : (e: string): boolean => onSideOf(corpus, e, who);
  if ([fact.attribution, fact.quote?.speaker].some((s) => s !== undefined && own(s))) return true;
  if (fact.type === 'background' && IDENTITY_TOLD.test(normalise(fact.text))) return false;
  const theirs = fact.entities.filter(own);
  if (!theirs.length) return false;
  const pronoun = SUBJECT_PRONOUN.exec(fact.text)?.index;
  if (pronoun !== undefined && theirs.some((e) => namedAt(fact.text, corpus, e) === Infinity) && fact.entities.every((e) => namedAt(fact.text, corpus, e) > pronoun)) return true;
  if (passiveBy(corpus, fact, who)) return true;
  const subject = mainSubject(corpus, fact);
  return subject !== undefined && own(subject);
}
// A sentence telling who or what someone is ("javad zarif is iran's foreign minister").
const IDENTITY_TOLD = /^(?:\S+ ){1,4}?(?:is|are|was|were) (?:the|a|an|\S+'s)\b/;
// A pronoun that may be a clause's subject.
const SUBJECT_PRONOUN = /\b(?:he|she|they)\b/i;

/** Whether a fact tells of the deed a verb names, in a form of the verb. */
export function mentionsDeed(fact: Fact, verb: string): boolean {
  return words(normalise(fact.text)).some(deedWord(verb));
}

/** The text with its first letter a capital. */
export function sentenceCase(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

// Whether a fact's figures of how many there are are of the owner a "how many X does Y have" question asks
// of, where the fact tells them only as a capacity before its noun ("a 28-bed unit"): the words right
// before it, the name it stands beside, must hold the owner's.
const CAPACITY = /\b(?:an?|the) \d[\d,]*-[a-z]+\b/;
const OWNER_ASKED = /\b(?:does|do) (?:the |a |an |its |their )?([a-z][a-z' -]{0,40}?) (?:have|own|possess|hold|keep|house|host)\b/;
function capacityOf(folded: string, text: string): boolean {
  const capacity = CAPACITY.exec(text);
  if (!capacity || STOCK_TOLD.test(text.slice(0, capacity.index) + text.slice(capacity.index + capacity[0].length))) return true;
  const owner = OWNER_ASKED.exec(folded)?.[1];
  if (owner === undefined) return true;
  const before = new Set(words(text.slice(0, capacity.index)).slice(-4).map(stem));
  const owned = words(owner).filter((w) => !STOP_WORDS.has(w));
  // (Or the noun the capacity is of, right after it: "the 180-space car park" is the car park's, whichever.)
  const after = new Set(words(text.slice(capacity.index + capacity[0].length)).slice(0, 3).map(stem));
  return owned.every((w) => before.has(stem(w))) || (owned.length > 0 && after.has(stem(owned.at(-1)!)));
}

// Whether a text (or a word) tells the dimension asked.
const DIMENSION_NAMED: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(DIMENSION_WORDS).map(([k, w]) => [k, new RegExp(`\\b(?:${w})\\b`)]));
// A figure as a text may say it: in digits, or in a word ("three metres deep").
function figureSaid(value: number): string {
  const digits = `(?<![\\d.])${escapeRegExp(String(value))}(?:\\.0+)?`;
  // (A tens word and a units word joined: "twenty-three".)
  const tens = value > 20 && value < 100 && value % 10 !== 0 ? wordOfNumber(value - (value % 10)) : undefined;
  const word = tens === undefined ? wordOfNumber(value) : `${tens}[- ]${wordOfNumber(value % 10)!}`;
  return word === undefined ? digits : `(?:${digits}|${word})`;
}

/** The size of a change a fact tells as a share in words, asked how much something changed ("down by almost a third"), if it tells one. */
export function changeInWords(a: Analysis, fact: Fact): string | undefined {
  return a.changeAsked ? SHARE_IN_WORDS.exec(normalise(fact.text))?.[1] : undefined;
}
// A share in words a change is told by: "down by almost a third", "a fall of a quarter", "halved".
const SHARE_IN_WORDS = /\b(?:by|of) ((?:(?:almost|nearly|about|around|roughly|more than|over|less than|under|just over|just under|some) )?(?:a|one|two|three) (?:half|third|quarter|fifth|tenth|thirds|quarters|fifths))\b/;

/** The age a fact tells in words, asked how old ("about a year old", "six months old"), if it tells one and no figure in years. */
export function ageInWords(a: Analysis, corpus: Corpus, fact: Fact): string | undefined {
  if (!HOW_OLD.test(a.folded) || (fact.numbers ?? []).some((n) => n.unit.startsWith(AGE_UNIT))) return undefined;
  // (A thing's, not a person's: "how old is Amy Kessler?" is not answered by the heron's age she gave.)
  if (PLAIN_PERSON_ASKED.test(a.folded) || [...a.namedInQuestion].some((e) => corpus.entityKind(e) === 'person')) return undefined;
  return AGE_IN_WORDS.exec(normalise(fact.text))?.[0];
}
