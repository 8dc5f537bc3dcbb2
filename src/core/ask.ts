// Answering a plain-English question in four steps: read the question (what kind of answer it wants, the
// unit it counts, the names it mentions, what it is about); find candidate facts with search; keep only
// candidates that can give that kind of answer about those names; compose the answer for the question
// asked. A confidence floor, and checks a candidate must pass, decline what the article does not answer.
import type { Corpus } from './corpus.js';
import { usageError } from './errors.js';
import type { Hit } from './index/search-index.js';
import type { Fact, NumberFigure } from './model.js';
import { ENTITY_KINDS, knownFact } from './model.js';
import { ENTITY_PREFIX, entityTerm } from './index/build.js';
import { MENTION_QUALITY, NAMING_QUALITY, ONE_SLIP_QUALITY, VOUCH_QUALITY, mentioned } from './index/vocabulary.js';
import type { Vocabulary } from './index/vocabulary.js';
import { POST_FACTS, searchTerms, termsOf } from './search.js';
import {
  questionWordsFixed,
  doubledSlipsFixed,
  withoutContrast,
  placingWordFor,
  questionProper,
  functionWordFor,
  withoutOpening,
  aspectSlipsFixed,
  leadingWord,
  DETERMINERS,
  epithetsRead,
  comparedForms,
  STOP_WORDS,
  INTERPOSED_ADVERBS,
  isAdverb,
  baseForms,
  isDigits,
  KIND_NOUNS,
  PLACE_UNIT_NOUNS,
  WHICH_OF_KIND,
  numberWord,
  englishSpellings,
  isEnglishWord,
  capitalsOf,
  isName,
  normalise,
  oppositeWords,
  oneEditAway,
  queryTerms,
  queryWords,
  stem,
  words,
  countryOfCapital,
  countryOfWord,
  escapeRegExp,
  idiomAt,
  adverbPhrasesIn,
  afterReversingPrefix,
} from './text/index.js';
// The cues of questions, from their own module: constants only, which the ask bundle carries itself (see
// scripts/build.mjs), while the analyzer's functions and their state stay one copy in the CLI's.
import {
  ABSENCE_WORDS,
  ALTERNATIVES,
  SUBJECT_ALTERNATIVES,
  STOCK_ASKED,
  STOCK_TOLD,
  CHOICE_STATED,
  CHOICE_WORDS,
  OBLIGED_DEED,
  OBLIGED_WORDS,
  CHOSEN_DEED,
  CLOSING_TAG,
  CLOSING_CHECK,
  DIVIDED_AMONG,
  DIVISION_ASKED,
  VERSUS,
  EACH_OF,
  EFFECT_ASKED,
  EFFECT_WORDS,
  RATIO_ASKED,
  GREATER_WORDS,
  LESSER_WORDS,
  ONE_OF_KIND,
  ONE_OF_KIND_WORDS,
  OPPOSING,
  ANSWER_FORM_WORDS,
  HAPPEN_HEDGE,
  WHEN_HEDGE,
  HOW_OLD,
  SHARE_ASKED,
  SHARE_OF,
  HOW_FAR,
  DISTANCE_UNITS,
  HOW_OPENS,
  AGE_UNIT,
  OUTCOME_ASKED,
  ROLE_STATED,
  DESCRIPTION_ASKED,
  DESCRIPTION_ASKED_AFTER,
  DESCRIBED,
  postPhrases,
  ROLE_VERB,
  ROLE_WORDS,
  ASPECT_VERB,
  ATTRIBUTE_CUE,
  POSSESSED_ASKED,
  AUXILIARY,
  PLACE_AFTER,
  PREPOSITION_NAME,
  PURPOSE_ANSWER,
  COMPARATIVE,
  NAME_OF,
  PLACE_ANSWER,
  PLACE_PREPOSITIONS,
  YES_OR_NO,
  CHOICE_CUE,
  CONDITION,
  DESCRIBING_WORD,
  DIFFERENCE,
  DIFFERENCE_WORDS,
  WEIGHED_AGAINST,
  FIGURES_WEIGHED,
  WEIGHED_WITH,
  COUNT_CUE,
  FOCUS_CUE,
  IDENTITY,
  ROLE_NAME,
  WHICH_CUE,
  WHICH_KIND,
  WHAT_KIND,
  WHEN_WORD,
  WHERE_WORDS,
  INTENT_CUES,
  LATER_WH,
  LEAD_WH,
  HOW_PASSIVE,
  INFORMAL_PEOPLE,
  LESS_WORDS,
  MANNER_TOLD,
  SAYING_ASKED,
  SAYING_NOUNS,
  SAYER_PEOPLE,
  GROUNDS_ASKED,
  GROUNDS_TOLD,
  SAYER_TO_COME,
  REPORTED_FUTURE,
  FUTURE_IN_WORDS,
  MEASURE_UNIT,
  MONEY_UNIT,
  MORE_WORDS,
  NEGATION,
  NOBODY,
  SAID_ABOUT,
  SAID_ABOUT_WORDS,
  CLAUSE_WH,
  PLACE_TIME_REASON,
  NAMING_CUE_WORDS,
  WHO_SAID_WORDS,
  FIGURES_NOUN,
  RETALIATION_WORD,
  SOURCE_VERBS,
  HAPPENED_TO,
  OR_CLAUSE,
  COUNTING_VERB,
  TELLING_VERB,
  ADDS_UP,
  EXPECTED_TO,
  DONE_ASKED,
  NAME_OF_THING,
  DAY_ASKED,
  DAY_TOLD,
  FUTURE_SAYING,
  MEDIUM_ASKED,
  MEDIUM_NOUN_ASKED,
  HOW_LONG,
  DURATION_TOLD,
  GOES_ON_WORDS,
  ENDED,
  AVOIDANCE,
  UNHARMED,
  CALLED_THING,
  CALLED_PASSIVE,
  CALLED_QUALIFIER,
  CASUALTY_DOER,
  CASUALTY_EVENT,
  CASUALTY_PEOPLE,
  CAUSE_AFTER,
  HARM_UNIT,
  OUTCOME_FORM_WORDS,
  EXISTENTIAL,
  HEDGE,
  UNMARKED_NEGATION,
  ARTICLE_NOUNS,
  ARTICLE_WORDING,
  WHICH_VERBS,
  SUBORDINATE_CLAUSE,
  WHY_NOT,
  CONDITIONAL_CLAIM,
  SAYING_VERBS_IN_TEXT,
  CONDITION_WORDS,
  GOVERNED,
  QUOTE_PLACE_WORDS,
  QUOTE_START,
  QUOTE_END,
  DECIDER_ASKED,
  DECIDER_TOLD,
  DECIDING_WORDS,
  RELUCTANCE,
  YES_OR_NO_QUESTION,
  ENDED_ASKED,
  PART_OF_WHOLE,
  PAST_ASKED,
  CLAUSE_TURN,
  DETERMINED,
  HARM_THEN,
  HARMED_BEFORE,
  RESPONSIBLE_FOR,
  DEATH_NOUNS,
  WHY_MODAL,
  DESCRIBER_ASKED,
  BY_MEANS,
  OR_ELSE,
  MEMBERS_ASKED,
  BLAME_WORDS,
  DENIED_CLAIM,
  STORED_VERDICT,
  ORDINAL_OR_TIME,
  HARM_VERB,
  PREPOSITION_ONE,
  PREPOSITION_WORD,
  RANKS,
  RANK_WORDS,
  WEIGHT_WORDS,
  DEGREE_WORDS,
  HOW_DONE,
  HEDGED_SAYING,
  FUTURE_TOLD,
  FUTURE_DEED_ASKED,
  FUTURE_ASKED,
  PAST_TIME,
  DAY_NAMED,
  WEEKDAY,
  WHAT_NOT,
  THERE_OPENS,
  OPENING_CONDITION,
  PLACE_PARTS,
  PLACE_WORDS,
  POSSESSIVE,
  POST_NOUNS,
  REASON_FOR,
  REASON_WORDS,
  REFERENCE,
  SPEAKER_CUE,
  TIME_PHRASE,
  TIME_WORDS,
  THAN,
  THERE_IS,
  TOTAL,
  TYPE_HINTS,
  WHO_IS,
  WHO_SAID,
  WHO_SAID_VERBS,
  WHY_VERBS,
  ARTICLE_MADE,
  VIEW_ASKED,
  VIEW_VERBS,
  RELATIVE_CLAUSE,
  CONTINUATION,
  ORDER_ASKED,
  BEFORE_THEN,
  LATER_TOLD,
  EARLIER_TOLD,
  WHERE_BEFORE_NAME,
  WHERE_FROM,
  ORIGIN,
  ORIGIN_PHRASE,
  NAMING_WORDS,
  AGENT_AUXILIARY,
  AGENT_SKIPPED,
  TIME_CLAUSE,
  WHEN_CLAUSE,
  LEADING_TIME_CLAUSE,
  LEADING_CONDITION,
  SCENE_CLAUSE,
  SET_ASIDE,
  SET_ASIDE_WORDS,
  CONDITION_OPENS,
  QUESTION_PROPER,
  COMPOUND_DIRECTION,
  DIRECTION_SUFFIXES,
  DIRECTION_WORD,
  SORT_OF,
  REPORTED_CLAUSE,
  REPORTED_BY,
  OF_THE_TWO,
  PAST_WH,
} from './text/cues.js';
import type { Intent, QueryTerm } from './text/terms.js';

export type { Intent } from './text/terms.js';

// "Who killed X?" asks for an agent, not a toll: type hints apply only to these intents.
const HINTED_INTENTS: ReadonlySet<Intent> = new Set(['count', 'yesno', 'what']);
// "What did Iran do ...?": a question asking what someone did.
// (Not what someone vowed, planned or wanted "to do": words or an aim, no deed.)
const DEED_ASKED = /^what (?:did|does|do|has|have|had) (?:the |its |their )?([a-z' -]{2,40}?)(?<! to) (?:do|done)\b/;
const DEED_VERB_ASKED = /^what (?:did|has|had) (?:the )?([a-z' -]{2,40}?) ([a-z]+)\W*$/;
// The fact types whose kind answers the words that ask for it (see TYPE_HINTS): a casualty report answers
// "hurt", "killed" or "dead" whichever it says.
const VOUCHING_TYPES: ReadonlySet<Fact['type']> = new Set(['casualties']);
/** How much a casualty report on the country a yes-or-no question names suits it. */
const SIDE_ASKED = 1.3;
/** How much a casualty report on another side than the one asked about suits a question. */
const OTHER_SIDE = 0.8;
/** How much a fact giving a reason suits a yes-or-no question asking whether something was the reason. */
const REASON_ASKED = 1.5;
/** Nouns asking for a reason ("was it the reason for ...", "the motive"). */
const REASON_NOUNS: ReadonlySet<string> = new Set(['reason', 'reasons', 'motive', 'motives', 'cause', 'causes', 'motivation', 'motivations', 'rationale', 'trigger', 'triggers']);
/** How much a fact laying out a choice suits a question asking for one. */
const CHOICE_LAID_OUT = 1.5;
// How much a fact saying a deed is yet to be chosen weighs to "will X do it?", "is X going to do it?" (not
// "would it be ...?", which asks what something would be).
const UNDECIDED = 1.2;
// A sum to work out: two figures joined by an operator ("2+2", "17 x 5", "10 plus 12").
const ARITHMETIC = /\b(\d+)\s*(?:[+*/\u00d7\u00f7^=]|\bx\b|\bplus\b|\bminus\b|\btimes\b)\s*(\d+)\b/g;
const OPERATOR_WORDS: ReadonlySet<string> = new Set(['x', 'plus', 'minus', 'times']);
const WILL_DO = /^will\b|\b(?:going to|gonna)\b(?! (?:war|the|a|an)\b)/;
// "Did the US retaliate?", "has Trump hit back?": asked whether it was done, a fact saying the one asked
// about has yet to choose whether to do it tells that it has not been: the doer, one or two words on.
const DONE_YET = /^(?:did|has|have) (?:the )?([a-z'-]+)(?: ([a-z'-]+))?/;

/**
 * The confidence a best fact needs before factq answers: the share of the question's words it matches,
 * each weighed by how well and by how much it says. Set from `npm run eval` on the project's own set and
 * the shared dev set; the checks below do the rest of the declining. (0.48 until a session whose checks
 * caught a price and a part of a count asked: on the read question sets, 0.46 answered 17 more questions
 * and declined 1 fewer unanswerable one.)
 * @internal
 */
export const MIN_CONFIDENCE = 0.46;
/**
 * The floor for a fact with no hand-written `asks` (a user's own data, or extract's): its words are only
 * its text, so the same evidence covers less of a question. Set from `npm run eval` without asks, where it
 * answered 15 more questions across the five sets and declined 6 fewer unanswerable ones than MIN_CONFIDENCE.
 * @internal
 */
export const BARE_CONFIDENCE = 0.44;
const CANDIDATES = 25;
// How much a fact telling whether something goes on is preferred, for a question asking that.
const CONTINUES = 1.2;
// How many of the best search hits the cues may reorder; facts below them are not considered.
const POOL = 200;
const SUPPORTING = 3;

/** A supporting fact with its score and, when asked, why it scored so. */
export type AskFact = Fact & { score: number };

/**
 * The reply to a question. `answer` is null when the article does not answer it. `verdict`, for a question
 * asking yes or no that is answered: "yes" or "no" as the answer opens, or "unsettled" where the facts
 * cannot settle it and the answer is the nearest fact; null for any other question, or one not answered.
 */
export interface Reply {
  question: string;
  answer: string | null;
  facts: AskFact[];
  verdict: 'yes' | 'no' | 'unsettled' | null;
}

/** What a question asks, as ask reads it. @internal */
export interface Analysis {
  intent: Intent;
  /** The question as read: folded, its opening and closing filler gone. */
  folded: string;
  /** The question's words worth matching. */
  terms: QueryTerm[];
  /**
   * Names the question mentions that the article never does ("Israel", "NATO"), and a kind of thing asked
   * for by "which" that it never mentions ("which province"): it cannot answer.
   */
  absentNames: string[];
  /** The thing counted by "how many X", as a stem. */
  unit?: string | undefined;
  /** That thing's word as typed ("missiles"): whether it is a plural, what side its people are of. */
  unitWord?: string | undefined;
  /** "How many British personnel died?": the country whose people a count is of, by the word before its unit (its names). */
  unitSide?: readonly string[];
  /** "..., according to Zarif": the person or body whose word the question asks for. */
  accordingTo?: string | undefined;
  /** "How much missiles": a plural right after "how much", which counts as "how many" does. */
  muchCounts?: boolean;
  /** The stems that name that thing in the data: the unit's own, and what the dictionary relates to it. */
  units: ReadonlySet<string>;
  /** Every stem the question's words match in the data: what a figure's unit is read against. */
  wanted: ReadonlySet<string>;
  /** The stems a word right after a figure of the question matches ("three bases"): that figure's unit. */
  figureUnits: ReadonlySet<string>;
  /** The word asked about right after "what", "which" or "how many": it weighs double. */
  focus?: string | undefined;
  /** "Which got more / fewer": the direction. */
  compare?: 'more' | 'less' | undefined;
  /** "How many more / fewer ... than": the direction of a difference to work out. */
  difference?: 'more' | 'less' | undefined;
  /** "How many more targets ... than missiles": the other unit of a difference between two kinds of thing. */
  thanUnits?: ReadonlySet<string> | undefined;
  /** "Were more missiles fired than targets threatened?": the two kinds of thing a yes or no counts against each other. */
  kindsWeighed?: readonly [string, string] | undefined;
  /** "In total", "add up". */
  total: boolean;
  /** "What percentage of the missiles ...": a part asked as a share of its whole. */
  share: boolean;
  /** "Who said ...": a speaker is wanted. */
  whoSaid: boolean;
  /** "What did Zarif say Iran would do?": words said of what is to come are asked. */
  reportedFuture: boolean;
  /** "Who is X?" / "What is X?": X. */
  identity?: string | undefined;
  /** "What did X say about Y": the stems of Y, which the words said must be about. */
  topic: ReadonlySet<string>;
  /** Whether something goes on, or has ended, is asked ("will Iran attack again", "is it over"). */
  goesOnAsked: boolean;
  /** Whether the words asking it are all in an "if" clause: the supposition goes on, not the question. */
  goesOnSupposed?: boolean;
  /** "If Washington lets it go, will things calm down?": the words of what the question supposes. */
  supposing?: readonly QueryTerm[];
  /** "Will Iran keep hitting the US?": going on asked by a verb (see ASPECT_VERB), not among the terms. */
  aspectAsked: boolean;
  /** "How was Soleimani killed?": the way something was done is asked, which no name answers. */
  howDone: boolean;
  /** "How was Soleimani killed?", "how did America kill him?": the verb whose manner is asked. */
  mannerOf?: string | undefined;
  /** "Khamenei's title": the entity whose role is asked; only a fact stating it answers. */
  roleOf?: string | undefined;
  /** "What did X say?": the question's terms that name X, each of which a fact must match to say X's words. */
  speaker: QueryTerm[];
  /** "What type of ...": the term for the thing asked for, which a fact must match to say it. */
  attribute?: QueryTerm | undefined;
  /** Who the question says did what ("did Iran kill ..."): a fact naming another doer of it answers no. */
  agent?: { entity: string; verb: string } | undefined;
  /** "By drone or airstrike?": the terms of the alternatives offered; a fact must match one. */
  alternatives: QueryTerm[];
  /** The question's words as typed (folded). */
  asked: ReadonlySet<string>;
  /** "How many missiles were fired from Iraq?": the places or countries something came from, as asked. */
  origins: string[];
  /** The places a question names ("how many missiles hit Irbil"): a figure must be about them. */
  places: QueryTerm[];
  /**
   * The places of a count naming two or more ("how many hit al-Asad and Irbil?"), in the order asked: when
   * no one fact gives a figure for them all, each is answered by a fact of its own.
   */
  perPlace: string[];
  /** "Which country is al-Asad in?": a kind of entity asked for, which a fact naming one of it answers. */
  entityKind?: (typeof ENTITY_KINDS)[number] | undefined;
  /** "Which city ...?": the general noun the kind was asked by, which the data need not use (see KIND_NOUNS). */
  kindNoun?: string | undefined;
  /** "What kind of missiles ...?": the thing whose kind is asked for, which the fact must qualify. */
  sortOf?: QueryTerm | undefined;
  /** "Which two bases ...?": a kind whose instances are to be named, so many of them. */
  listed?: string | undefined;
  /** "Which Democratic politicians ...?": a kind asked for (politicians) and the name word qualifying it (Democratic). */
  qualifiedKind?: { qualifier: string; kind: string } | undefined;
  /** "Who replaced Soleimani?": the deed a who-question asks the doer of. */
  deed?: QueryTerm | undefined;
  /** "How many of the 22 missiles ...?": the whole a count asks a part of. */
  partOf?: number | undefined;
  /** "Which Iranian city ...?": whose the thing of that kind must be. */
  kindOwner?: string | undefined;
  /** "Which city did they come from?": the thing of that kind is where something came from. */
  kindFrom?: boolean;
  /** "In which country are the bases?": the preposition before "which", which the fact's answer follows. */
  kindPreposition?: string | undefined;
  /** "Which official confirmed it?": the one kind of thing asked for, in the singular. */
  oneOf?: string | undefined;
  /** "What are Trump's options?": the terms asking for choices, which a fact laying one out answers. */
  choice: QueryTerm[];
  /** "Apart from al-Asad, which base was hit?": the entities a question sets aside, which a fact naming them does not answer. */
  setAside?: readonly string[];
  /** "Besides military strikes, what ...": the words of what is set aside that name no entity. */
  asideThings?: readonly string[];
  /** "Is Trump gonna hit back or let it slide?": a yes-or-no question offering two deeds asks which, a choice; "what should Trump do?", what he is bound to do. */
  choiceAsked?: boolean;
  /** "How many missiles hit each base?": the kind (a stem) whose places are each answered by a fact. */
  each?: string | undefined;
  /** "Were all the missiles fired at the same base?": whether all went to one thing of a kind (a stem); places of that kind each with its own figure say no. */
  single?: string | undefined;
  /** "What did Soleimani's killing lead to?": the stems of the thing whose effect is asked. */
  effectOf?: readonly string[] | undefined;
  /** "How were the missiles split between the bases?", "did Iraq give a breakdown ...?": a whole divided among places, each one's figure asked. */
  divided?: boolean;
  /** Every place the question names, by its term's stem: the entity's name. */
  namedPlaces: ReadonlyMap<string, string>;
  /** Every entity the question's terms name. */
  namedInQuestion: ReadonlySet<string>;
  /** "How could Trump characterise the warnings?", "what stance has Zarif taken on war?": the one whose way of putting something, or view, is asked. */
  describer?: string | undefined;
  /** "Why might the US feel it must strike back?": the one whose reason is asked (after "why" and a verb). */
  whyOf?: string | undefined;
  /** "Which 52 sites ...?", "list the 52 targets": that many things of a kind, each to be named. */
  manyAsked?: { count: number; noun: string } | undefined;
  /** "Which Democrats warned ...?": members of a group, which the data names only as a whole. */
  membersAsked?: boolean;
  /** "Who was responsible for X?": whoever did X, which a fact must name as its doer. */
  blamed?: boolean;
  /** The person or group the question names first: whom a yes-or-no question is about. */
  firstPerson?: string | undefined;
  /** Of those, the ones it names only by how the article describes them ("the smaller base"). */
  described?: ReadonlySet<string>;
  /** Whether it asks for a name ("what is the name of the supreme leader?"). */
  nameOf: boolean;
  /** "How long has Khamenei been supreme leader?": a length of time is asked. */
  lengthAsked: boolean;
  /** "What day of the week was the attack?": a day is asked, of a when-question. */
  dayAsked: boolean;
  /** "Where did Trump post his reaction?": where words were put is asked, which a medium answers. */
  mediumAsked: boolean;
  /** "What was the name of the operation?", "what is the airbase called?": the noun of the thing named, as typed. */
  calledNoun?: string | undefined;
  /** Whether it asks yes or no ("did Trump say ...?"), whatever its intent. */
  asksWhether: boolean;
  /** Whether it asks about something that does not happen ("why might Trump not retaliate?"). */
  negated: boolean;
  /** A why-question asking why something is not done, or would rather not be ("reluctant"). */
  whyNot: boolean;
  /** "What term does the writer use for ...?": the article's own words are asked for. */
  articleWording?: boolean;
  /** "What about Soleimani?", "what's the deal with the video?": a topic, no question about it. */
  topicOnly?: boolean;
  /** "What were his opening words?": the first or the last words of a quote are asked for. */
  quotePart?: 'first' | 'last' | undefined;
  /** "What did Iran do in response?": the one whose deed is asked for, an entity. */
  doer?: string | undefined;
  /** "What will the US do next?": the one whose deed to come is asked for, an entity. */
  futureDoer?: string | undefined;
  /** "What did Iran not do?", "what does Iran not plan": what someone does not do is asked. */
  whatNot?: boolean;
  /** "How many US bases are in Iraq?": how many there are is asked, not how many something was done to. */
  stockAsked?: boolean;
  /** "What did Iran not do?": the one named right after the question's verb, an entity. */
  negatedDoer?: string | undefined;
  /** "Whose call is it now?": asks who decides what happens. */
  decider: boolean;
  /** Whether it asks if anyone or anything at all did or was something ("was anyone hurt?"). */
  existential: boolean;
  /** "Is there footage of the launch?": the term for what is asked to exist, which a fact must match. */
  thereIs?: QueryTerm | undefined;
  /** Stems of adverbs ("simply", "really"): how the question is put more than what it asks. */
  manner: ReadonlySet<string>;
  /**
   * Stems of the verb of a question asking who said something ("which official described the strikes as
   * ...?"): it says only that someone said it. Unmatched, it weighs as little as a manner word; a fact
   * saying it with that verb ("the Democrats had warned") is the better for it.
   */
  speech: ReadonlySet<string>;
  /** Stems of words only before the question word ("I've been reading all morning ... why ..."): the scene, not the ask. */
  scene: ReadonlySet<string>;
}

/** One candidate as --explain shows it. */
export interface CandidateExplained {
  id: string;
  search: number;
  cue: number;
  score: number;
  matched: string[];
  /** The checks it failed, if any: it cannot answer this question. */
  failed: string[];
}

/** A reply plus the reasoning behind it, for --explain. */
export interface ExplainedReply extends Reply {
  explain: {
    intent: Intent;
    terms: string[];
    absentNames: string[];
    unit: string | null;
    focus: string | null;
    articleQuestion: number | null;
    confidence: number;
    threshold: number;
    /** Why nothing was answered, in words (null when something was). */
    declined: string | null;
    ranking: CandidateExplained[];
  };
}

// Why a question went unanswered, the first reason that holds, as --explain says it.
function declinedFor(a: Analysis, passing: number, confidence: number, floor: number, tooFew: boolean): string {
  if (a.absentNames.length) return `it names what the article never mentions: ${a.absentNames.join(', ')}`;
  if (a.membersAsked) return 'it asks for members of a group the article names only as a whole';
  if (tooFew) return `it asks for ${a.manyAsked!.count} ${a.manyAsked!.noun} and the facts name fewer`;
  if (!passing) return 'no fact can give the kind of answer asked for';
  if (confidence < floor) return `the best facts cover too little of the question (${round(confidence).toFixed(2)}, below ${floor.toFixed(2)})`;
  return 'the facts name no other one of what is asked for';
}

/** Read the intent from a question's wording. @internal */
export function intentOf(question: string): Intent {
  return intentIn(questionWordsFixed(question));
}

const ARTICLE_SAYS = /^\W*(?:the|this) (?:article|piece|story|report|text|writer|author|reporter|journalist) (?:says?|said|states?|stated|writes?|wrote|notes?|noted|claims?|claimed|reports?|reported|tells? us|told us)\b(?: that\b)?/;
const ARTICLE_SAYS_OPENS: ReadonlySet<string> = new Set(['the', 'this']);
// ("In the supreme leader's own words, how did ...?": his words asked, as exact ones are.)
const EXACTLY: readonly string[] = ['exact', 'precise', 'verbatim', 'actual', 'very', 'own'];
const EXACT_WORDS = new RegExp(`\\b(?:${EXACTLY.join('|')}) (?:line|lines|words?|wording|phrasing|quote)\\b`);
function intentIn(folded: string): Intent {
  // ("Given how much mightier the US military is, what is Iran keen to avoid?": the question proper asks.)
  // (Only a question opening with a word a scene does runs the pattern.)
  const scene = SCENE_OPENERS.has(leadingWord(folded)) ? SCENE_CLAUSE.exec(folded) : null;
  if (scene) return intentIn(folded.slice(scene[0].length));
  // ("The article says 'the ball is firmly in' whose court?": the article says everything it does; a
  // question word after its saying asks.)
  const articleSays = ARTICLE_SAYS_OPENS.has(leadingWord(folded)) ? ARTICLE_SAYS.exec(folded) : null;
  if (articleSays && LEAD_WH.test(folded.slice(articleSays[0].length))) return intentIn(folded.slice(articleSays[0].length));
  // "If Washington lets it go, will things calm down?": the question proper follows its opening condition.
  // (With no comma, up to where the question proper begins: "if trump hits back are we ...".)
  const comma = LEADING_CONDITION.exec(folded)?.[0];
  const proper = comma === undefined && CONDITION_OPENS.test(folded) ? QUESTION_PROPER.exec(folded) : null;
  const opening = comma ?? (proper ? folded.slice(0, proper.index + 1) : undefined);
  if (opening && !LEAD_WH.test(opening)) {
    const rest = folded.slice(opening.length);
    if (YES_OR_NO_QUESTION.test(rest)) return 'yesno';
    // "If Trump hits back, what happens?" asks what follows from the condition, as "what if" does.
    // ("What should we expect?", "what will we see?": the same.)
    if (OUTCOME_ASKED.test(rest)) return 'outcome';
  }
  const lead = LEAD_WH.exec(folded);
  // "Was anybody hurt when the missiles hit?": a question opening with its verb asks yes or no; a "when"
  // or "where" after it opens a clause that says when or where.
  if (lead && lead.index > 0 && CLAUSE_WH.has(lead[0]) && YES_OR_NO_QUESTION.test(folded)) return 'yesno';
  const end = lead ? lead.index + lead[0].length : 0;
  // A question word that opens a clause after a scene ("given everything he said last week, why ...")
  // asks from there: the scene's words ("said") are not the ask.
  const from = lead && SCENE_END.test(folded.slice(0, lead.index)) ? lead.index : 0;
  // (Not one opening a question put again after a dash or colon: "what was the human cost - how many dead?")
  const asked = lead ? folded.slice(from, end) + folded.slice(end).replace(LATER_WH, (w, at: number, rest: string) => (/[-\u2013\u2014:;]\s*$/.test(rest.slice(Math.max(0, at - 3), at)) ? w : '_')) : folded;
  // "Why (when, where) did Trump say ...?" asks a reason (a time, a place), not the words: the question
  // word says what is asked before a word of saying does.
  const asks = lead && lead.index === from ? PLACE_TIME_REASON.get(lead[0]) : undefined;
  // ("In Zarif's exact words, what does Iran not seek?", "give Zarif's precise line on war": the words
  // themselves, wherever the question asks for them.)
  if (EXACTLY.some((w) => folded.includes(w)) && EXACT_WORDS.test(folded) && lead?.[0] !== 'who') return 'quote';
  for (const [intent, cue, needs] of INTENT_CUES) if ((!needs || needs.some((w) => asked.includes(w))) && cue.test(asked)) return intent === 'quote' && asks !== undefined ? asks : intent;
  return 'what';
}


// The one a question says gave what it asks ("how many ... did Iranian state TV say were killed?"), if
// the words between the verb asking and the saying name one.
function sayerOf(corpus: Corpus, folded: string): string | undefined {
  const m = SAYING_WORD.test(folded) ? SAID_BY.exec(folded) : null;
  const named = m ? entitiesNamedIn(corpus, words(m[1]!)) : [];
  return named.length === 1 ? named[0] : undefined;
}
const SAID_VERBS: readonly string[] = ['say', 'claim', 'report', 'announce', 'state', 'tell', 'confirm', 'estimate', 'reckon', 'put'];
const SAYING_WORD = new RegExp(SAID_VERBS.join('|'));
const SAID_BY = new RegExp(`\\b(?:did|does|do|had|has|have)\\s+((?:\\S+\\s+){0,4}?\\S+)\\s+(?:${SAID_VERBS.join('|')})\\b`);

// A word of harm before "from", which then gives its cause, not an origin.
const HARMED_BY = '(?<!\\b(?:die|died|dies|dying|dead|deaths?|killed|hurt|injured|injuries|wounded|harmed|suffered|casualties)\\s)';

// The entities runs of up to four words name ("al-asad", "the us embassy"), each once.
function entitiesNamedIn(corpus: Corpus, list: readonly string[]): string[] {
  const found = new Set<string>();
  for (let i = 0; i < list.length; i++) for (let n = 1; n <= 4 && i + n <= list.length; n++) {
    const e = corpus.entityNamed(list.slice(i, i + n).join(' '));
    if (e !== undefined) found.add(e);
  }
  return [...found];
}

// Whether the data knows a name as a person's, as something else's ("Iran": no "he" points to it), or not at all.
function kindOfName(corpus: Corpus, name: string): 'person' | 'other' | undefined {
  const e = corpus.entityNamed(name);
  return e === undefined ? undefined : corpus.entityKind(e) === 'person' ? 'person' : 'other';
}

// Whether an entity is named by the words a question sets aside, and by no other of its words.
function asideNames(corpus: Corpus, entity: string, aside: readonly string[], all: readonly string[]): boolean {
  const names = namesOf(corpus, entity).map((n) => words(n));
  const inAside = names.some((n) => n.length && ` ${aside.join(' ')} `.includes(` ${n.join(' ')} `));
  const times = names.reduce((most, n) => Math.max(most, n.length ? ` ${all.join(' ')} `.split(` ${n.join(' ')} `).length - 1 : 0), 0);
  return inAside && times === 1;
}

// Whether a (folded) phrase names an entity only as the owner of a thing: "Trump's personal prestige" sets
// aside the prestige, not Trump, whose other things a fact may tell.
function ownerIn(corpus: Corpus, entity: string, phrase: string): boolean {
  return namesOf(corpus, entity).some((n) => new RegExp(`\\b${words(n).map(escapeRegExp).join('\\W+')}(?:'s|\u2019s|s')\\s+[a-z]`).test(phrase));
}

// The words of the thing set aside, up to the question after it ("besides al-Asad which base was hit").
function asideThingWords(aside: readonly string[]): readonly string[] {
  const end = aside.findIndex((w) => ASIDE_ENDS.has(w));
  return end < 0 ? aside : aside.slice(0, end);
}
const ASIDE_ENDS: ReadonlySet<string> = new Set(['which', 'what', 'who', 'whom', 'whose', 'how', 'why', 'where', 'when', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'might', 'may']);

// Words that open a question rather than a search: a question word or an auxiliary.
const QUESTION_OPENERS: ReadonlySet<string> = new Set([...ASIDE_ENDS, 'if', 'tell', 'give', 'list', 'show']);

// The words that open a clause setting the scene (see SCENE_CLAUSE).
const SCENE_OPENERS: ReadonlySet<string> = new Set(['given', 'considering', 'seeing', 'knowing', 'in', 'despite', 'regardless', 'with']);

// The end of a clause that sets a scene before the question proper.
const SCENE_END = /[,;:]\s*$/;

// The words naming what "how many" counts: the names before it and the first other content word ("how
// many Iranian sites" counts sites, of Iran; "how many Iraqi soldiers" may be counted as Iraqi personnel),
// comparison words skipped ("how many more missiles"). The thing itself is the last.
function countedAfter(folded: string, cue: RegExp): string[] {
  const m = cue.exec(folded);
  if (!m) return [];
  const out: string[] = [];
  const after = words(folded.slice(m.index + m[0].length));
  for (const [i, w] of after.entries()) {
    // ("How many went to each base?": what each place got is counted, and the place is no unit.)
    if (!out.length && EACH_WORDS.has(w)) return [];
    // ("Of all the missiles, how many went toward al-Asad?": a verb right after the cue, and the thing
    // counted is named elsewhere, not after it.)
    if (i === 0 && COUNTED_VERB.has(w)) return [];
    // ("How many times more missiles ...?": a ratio asked; the thing counted comes after.)
    if (i === 0 && w === 'times') continue;
    // ("How many at Erbil?": a place right after the cue, the thing counted left unsaid.)
    if (i === 0 && PLACE_PREPOSITIONS.has(w)) return [];
    // ("How many of the 22 missiles": the figure is the whole asked a part of, not what is counted.)
    if (STOP_WORDS.has(w) || MORE_WORDS.has(w) || LESS_WORDS.has(w) || isDigits(stem(w))) {
      if (out.length) break;
      continue;
    }
    // "How many hit the big base?": a word with its object after it is what they did, and the question
    // names no thing it counts.
    // (Or a name after it, a word no dictionary has: "how many hit erbil".)
    const next = after[i + 1];
    if (!out.length && next !== undefined && (DETERMINERS.has(next) || (!STOP_WORDS.has(next) && (isName(next) || !isEnglishWord(next)) && isEnglishWord(w)))) return [];
    out.push(w);
    if (isName(w)) continue;
    // ("How many military bases", "separate military bases": words before a plural noun say what kind; the
    // plural is the thing counted.)
    if (!w.endsWith('s')) {
      for (let j = i + 1; j <= i + 2 && j < after.length && !STOP_WORDS.has(after[j]!); j++) {
        if (pluralNoun(after[j]!)) {
          out[out.length - 1] = after[j]!;
          break;
        }
      }
    }
    break;
  }
  return out;
}

// The entities a plain word of the question is a name of, where it names several ("Americans": the United
// States and the American public); none where it names one or none.
const NAMED_OWNER = 1.02;
function aliasOwners(corpus: Corpus, a: Analysis): string[] {
  const out: string[] = [];
  for (const t of a.terms) {
    // (Only a word that names an entity at all looks through them: most do not.)
    if (t.stem.startsWith(ENTITY_PREFIX) || t.word.includes(' ') || corpus.entityNamed(t.word) === undefined) continue;
    const owners = corpus.entitiesOf(corpus.entitiesNamed(t.word)).filter((e) => [e.name, ...e.aliases].some((n) => normalise(n) === t.word)).map((e) => e.name);
    if (owners.length > 1) out.push(...owners);
  }
  return out;
}

// "Of the two bases, which got more missiles?", "between the two bases, which one was hit harder?": the
// things chosen among, set before the question, are its "which of": "which of the two bases got more
// missiles?".
const CHOICE_FRONTED = /^\s*(?:out of|of|between|among|amongst) ((?:the|these|those|both) [^,?]+?),\s*(which|who)(?: one| of them| of the two)?\b/i;
function choiceFronted(question: string): string {
  const head = question.trimStart().slice(0, 8).toLowerCase();
  if (!['of ', 'between ', 'among', 'out of '].some((p) => head.startsWith(p))) return question;
  const m = CHOICE_FRONTED.exec(question);
  return m ? `${m[2]} of ${m[1]}${question.slice(m.index + m[0].length)}` : question;
}

// "Soleimanis funeral", "irans government": a name the data knows with an "s" typed for its possessive,
// where the word with the "s" names nothing and the data holds no such word ("Americans", "Iraqis" are names).
function possessivesMended(corpus: Corpus, question: string): string {
  // (The pattern, a compile in every run that tries it, only where such a word is.)
  const mended = (w: string): boolean => w.length > 3 && w.endsWith('s') && corpus.entityNamed(w.slice(0, -1)) !== undefined && corpus.entityNamed(w) === undefined;
  if (!words(normalise(question)).some(mended)) return question;
  return question.replace(/\b([a-z]{3,})s\b(?!['\u2019])/gi, (m, base: string) =>
    corpus.entityNamed(base.toLowerCase()) !== undefined && corpus.entityNamed(m.toLowerCase()) === undefined && !corpus.index.vocabulary.has(stem(m.toLowerCase())) ? `${base}'s` : m,
  );
}

// "Claimed any lives", "claim no lives", "claimed 3 lives": killed (anyone, no one, 3 people).
const CLAIMED_LIVES = /\bclaim(ed|s|ing)?\s+(?:(any|no|many|some|several|\d+|[a-z]+)\s+)?lives\b/gi;
const LIVES_TAKEN: Readonly<Record<string, string>> = { any: 'anyone', no: 'no one', many: 'many people', some: 'some people', several: 'several people' };

// "Did the barrage claim any lives?": whether it killed anyone, not words claimed.
function livesClaimed(question: string): string {
  if (!/lives\b/i.test(question)) return question;
  return question.replace(CLAIMED_LIVES, (_m, ending: string | undefined, how?: string) => `kill${ending ?? ''} ${how === undefined ? 'people' : (LIVES_TAKEN[how.toLowerCase()] ?? `${how} people`)}`);
}

// "Who took out Soleimani?": "take out" done to a person the data names is killing them (the dictionary
// knows only removing, buying food and dating). Not "take out the troops".
const TAKEN_OUT = /\b(take|takes|took|taken|taking) out (?:(?:the|general|gen\.?|commander) )*([a-z'\u2019-]+)(?: ([a-z'\u2019-]+))?/gi;
const KILL_FORM: Readonly<Record<string, string>> = { take: 'kill', takes: 'kills', took: 'killed', taken: 'killed', taking: 'killing' };
function takenOut(corpus: Corpus, question: string): string {
  if (!/\bt(?:a|oo)k\w* out\b/i.test(question)) return question;
  return question.replace(TAKEN_OUT, (m, verb: string, first: string, second?: string) => {
    const named = (phrase: string): string | undefined => corpus.entityNamed(phrase.toLowerCase().replace(/['\u2019]s$/, ''));
    const person = named(first) ?? (second === undefined ? undefined : named(`${first} ${second}`));
    return person !== undefined && corpus.entityKind(person) === 'person' ? `${KILL_FORM[verb.toLowerCase()]!} ${m.slice(m.toLowerCase().indexOf(' out ') + 5)}` : m;
  });
}

// "Why could backing down be a win for Trump?", "if he steps back now": pulling back from a confrontation
// is de-escalating it, which the article's own word is (the dictionary knows retreating only). Read so in
// questions only: a search for "backing down" looks for the words.
const DE_ESCALATION = /\b(?:back(?:s|ed|ing)? (?:down|off)|st(?:and|ands|ood|anding) down|step(?:s|ped|ping)? back)\b/gi;
function deEscalationRead(question: string): string {
  return /\b(?:back|stand|stood|step)/i.test(question) ? question.replace(DE_ESCALATION, 'de-escalate') : question;
}

// "Which act by Washington prompted the strikes?", "what event led to the attack?": what caused it, whoever
// the question says did the deed that did (the one whose deed is explained is the one it prompted).
const DEED_THAT_CAUSED = /^(?:what|which) (?:[a-z-]+ ){0,2}?(?:act|action|move|step|event|incident|deed|development|decision)s? (?:(?:by|of|from|on the part of) [^?]+? )?(prompted|caused|triggered|motivated|provoked|sparked|drove|led to|set off)\b/i;
function causeRead(question: string): string {
  return /^(?:what|which)\b/i.test(question) ? question.replace(DEED_THAT_CAUSED, 'what $1') : question;
}

// "Who will make the final call?", "who calls the shots?": who decides, in the idioms' words (WordNet has
// neither), read so before anything takes the call for a saying. Questions only, as de-escalation is.
const MAKING_THE_CALL = /\b(?:mak(?:e|es|ing)|made) (?:the |a |this |that )?(?:(?:final|next|big|tough|right|wrong|last|hard|difficult|key|crucial|ultimate|decisive) )?call\b(?! (?:to|from|with)\b)|\bcall(?:s|ed|ing)? the shots\b/gi;
function decidingRead(question: string): string {
  return /\bcall/i.test(question) ? question.replace(MAKING_THE_CALL, 'decide') : question;
}

// "How might Iran spin the reports to its people?", "what spin might it put on them?": the news sense of
// spin, telling a story one's way, which the dictionary does not have (it knows whirling only). Read so in
// questions only, as de-escalation is.
// (Its audience "back home", "at home": a country's own people.)
const SPIN = /\bspin(?:s|ning)?\b|\bspun\b/gi;
const AT_HOME = /\b(?:(?:folks?|people|audiences?|viewers) )?(?:back home|at home)\b/gi;
// "If the White House lets the missiles slide": in a question, the White House (or the Oval Office) acting
// or reacting is the president, where the data names no such place (search reads the words as typed).
const WHITE_HOUSE = /\bthe (?:white house|oval office)\b/gi;
function whiteHouseRead(corpus: Corpus, question: string): string {
  if (!/white house|oval office/i.test(question) || corpus.entityNamed('white house') !== undefined || corpus.entityNamed('oval office') !== undefined) return question;
  return question.replace(WHITE_HOUSE, 'the president');
}

// "Where do Americans stand on a war?", "where does Iran stand with regard to escalation": a stance, asked
// as what stance they take on it, not a place.
const STANCE = /\bwhere (do|does|did) (.+?) stand (?:on|regarding|about|over|when it comes to|with regard to|in regard to)\b/i;
function stanceRead(question: string): string {
  if (!/\bstand\b/i.test(question)) return question;
  return question.replace(STANCE, (_m, aux: string, who: string) => `what stance ${aux} ${who} take on`);
}

function spinRead(question: string): string {
  if (!/\bsp[iu]n/i.test(question)) return question;
  return question.replace(SPIN, 'tell').replace(AT_HOME, 'its people');
}

// "The Iraqi capital", "the capital of Iraq", "Iraq's capital": the city, where the data names it (its
// capitals from the dictionary: "Baghdad").
// (After a preposition of place only: "what is the capital of Iraq?" asks the capital, which the article
// never names as such.)
const CAPITAL_OF = /\b(in|at|near|to|from|inside|outside|around|across) (?:the ([a-z]+) capital|the capital (?:city )?of (?:the )?([a-z]+(?: [a-z]+)?)|([a-z]+)(?:'|\u2019)s capital)\b/gi;
function capitalsNamed(corpus: Corpus, question: string): string {
  if (!/capital/i.test(question)) return question;
  return question.replace(CAPITAL_OF, (m, at: string, a?: string, b?: string, c?: string) => {
    const country = corpus.entityNamed((a ?? b ?? c ?? '').toLowerCase());
    if (country === undefined || corpus.entityKind(country) !== 'country') return m;
    const city = capitalsOf(words(country).join(' ')).find((n) => corpus.entityNamed(n) !== undefined);
    return city === undefined ? m : `${at} ${city.replace(/\b[a-z]/g, (l) => l.toUpperCase())}`;
  });
}

// "What did London's defence ministry report?": a capital the data never names, of a country it knows, is
// that country's government, as news text names one by its capital; so is one the data has only in the
// name of something else, owning what follows ("Baghdad's armed forces": Iraq's, not the US embassy's).
// (Only a capitalised word past the first: each is looked up in the dictionary.)
function capitalsForCountries(corpus: Corpus, question: string): string {
  return question.replace(/(?<=\S\s+)[A-Z][a-z]+(?: [A-Z][a-z]+)?\b(?=(['\u2019]s\b)?)/g, (m, owns?: string) => {
    // (A capital the data has as a place of its own, "Tehran", is the place it means; one it has only in
    // another's name, "Baghdad" for the US embassy there, owning anything is its government.)
    const known = corpus.entityNamed(m);
    if ((!owns && (known !== undefined || corpus.index.vocabulary.has(stem(m.toLowerCase())))) || (known !== undefined && words(known).join(' ') === words(m).join(' '))) return m;
    const country = countryOfCapital(m.toLowerCase())
      .map((c) => corpus.entityNamed(c))
      .find((e) => e !== undefined && corpus.entityKind(e) === 'country');
    // (Nor another spelling of a capital the data names, "Teheran": read as the data's own, a slip of it.)
    const capitalNamed = country !== undefined && !owns && capitalsOf(words(country).join(' ')).some((c) => corpus.entityNamed(c) !== undefined);
    return country === undefined || capitalNamed ? m : country;
  });
}

// "Who serves as Iran's foreign minister?" asks who is (see SERVES_AS); "who leads Iran?" who is its leader.
// (Only a question with "who" runs the patterns: each costs its compiling.)
function whoVerbsRead(question: string): string {
  if (!/who/i.test(question)) return question;
  return question.replace(SERVES_AS, (m) => `${m.slice(0, 3)} is`).replace(LEADS, (m) => `${m.slice(0, 3)} is the leader of`);
}

// "Who serves as", "who acts as": "who is" (a verb before "as" says what someone is, as "is" does).
const SERVES_AS = /\bwho (?:serves|served|acts|acted|works|worked|functions|functioned) as\b/gi;
// "Who leads Iran?", "who runs the country?", "who's the guy in charge of Iran?": who is its leader (a post
// the data may give someone).
const LEADS = /\bwho(?: (?:leads|led|heads|headed|rules|ruled|governs|governed|runs|ran)|(?: is| was|['\u2019]s) (?:the (?:guy|person|man|woman|one|individual) )?in charge of)\b(?! (?:the )?(?:strikes?|attacks?|operations?|missiles?)\b)(?= [a-z])/gi;

// The verb right after "who" ("who replaced Soleimani", "who fired"), as one of the question's terms: not
// a verb of being, having or saying (those ask who someone is, or whose words), nor a stop word. ("Who
// serves as" has been read as "who is" before: see SERVES_AS.)
// "What did Iran do in response to ...?", "what has Tehran done": the entity whose deed is asked for.
function doerAsked(corpus: Corpus, folded: string): string | undefined {
  const m = DEED_ASKED.exec(folded);
  if (m) return doerNamed(corpus, m[1]);
  // ("What did Iran target?", "what had the US hit?": a deed's verb closing the question asks its doer's too.)
  const verb = DEED_VERB_ASKED.exec(folded);
  return verb && !STOP_WORDS.has(verb[2]!) && !SAYING_VERBS.test(verb[2]!) ? doerNamed(corpus, verb[1]) : undefined;
}

// The entity a question's words for a doer name ("the US", "Iran's"), if any.
function doerNamed(corpus: Corpus, phrase: string | undefined): string | undefined {
  return phrase === undefined ? undefined : corpus.entityNamed(phrase.trim().replace(/['\u2019]s$/, ''));
}

// "How did Iran respond (hit back, retaliate)?" asks for a deed too, as "what did Iran do?" does.
const RESPONDED: readonly string[] = ['respond', 'react', 'retaliat', 'repl', 'answer', 'back', 'aveng', 'revenge'];
const HOW_RESPONDED = /\bhow (?:did|does|do|has|have|had) (?:the )?([a-z' -]{2,40}?) (?:respond|react|retaliate|reply|answer|hit back|strike back|fight back|avenge|get revenge|take revenge)\b/;

// "What will the US do next?", "what's Iran going to do": the entity whose deed to come is asked for.
function futureDoerAsked(corpus: Corpus, folded: string): string | undefined {
  const m = FUTURE_DEED_ASKED.exec(folded);
  return doerNamed(corpus, m?.[1] ?? m?.[2]);
}

// The entities a phrase names, by a name of theirs or a word of one ("the embassy attack": the US embassy
// in Baghdad), not by a word all the data's names share.
// (Each word's entities together: a word of several names, "Iranian", stands for any of them.)
function entitiesWorded(corpus: Corpus, phrase: string): string[][] {
  const said = words(phrase).filter((w) => !STOP_WORDS.has(w));
  const entities = said.length ? corpus.dataset.entities : [];
  return said.map((w) => entities.filter((e) => [e.name, ...e.aliases].some((n) => words(n).includes(w))).map((e) => e.name)).filter((named) => named.length > 0);
}

// The words a fact telling who decides says it with, as query terms.
const DECIDER_TERMS: readonly QueryTerm[] = ['decide', 'choose'].map((word) => ({ word, stem: stem(word) }));

// Kinds of fact that tell what may be, not what was done.
const UNDONE_TYPES: ReadonlySet<string> = new Set(['prediction', 'assessment', 'threat']);

// The word for a death whose doer a question asks ("who was responsible for Soleimani's death", "who was
// behind the killing"), if it asks that: the head of the thing done, a verb's -ing opening it ("killing
// Soleimani"), else its last word. (Other deeds, "who was behind the strikes", are left to the words.)
function blamedDeath(folded: string): string | undefined {
  const phrase = RESPONSIBLE_FOR.exec(folded)?.[1]?.split(' ');
  const head = phrase === undefined ? undefined : phrase[0]!.endsWith('ing') ? phrase[0] : phrase.at(-1);
  return head !== undefined && DEATH_NOUNS.has(head) ? head : undefined;
}

function deedAsked(folded: string, terms: readonly QueryTerm[]): QueryTerm | undefined {
  // "Who was responsible for Soleimani's death?", "who was behind the killing?": the death, read as
  // "killed" (who is responsible for one killed).
  const named = blamedDeath(folded) === undefined ? undefined : terms.find((t) => t.word === 'killed');
  if (named) return named;
  // ("Who should lead the push?", "who did Khamenei say should lead it?": the deed after a modal, or after
  // a saying that someone should do it.)
  const m = /^who (?!(?:is|was|are|were|'s|has|have|had)\b)([a-z]+)\b/.exec(folded);
  const modal = m && WHO_AUXILIARIES.has(m[1]!) ? MODAL_DEED.exec(folded) : null;
  const verb = modal ? modal[1] : m?.[1];
  return verb !== undefined && !STOP_WORDS.has(verb) && !SAYING_VERBS.test(verb) ? terms.find((t) => t.word === verb) : undefined;
}

// "As many missiles as", "as hard as", "as big as": two things asked to be alike.
const AS_MUCH_AS = /\bas (?:many|much|hard|heavily|badly|often|big|large|small|strong|powerful)\b(?: [a-z]+){0,2}? as\b/;

// "Is it up to Iran?", "is it Iran's move?", "is the ball in Iran's court?", "does Iran get to decide?".
const DECIDER_WHETHER = /\bup to\b|(?:'s|s) (?:move|call|decision|choice|turn)\b|\bin [a-z]+(?:'s|s)? court\b|\b(?:get|gets|has|have) to decide\b|\b(?:the one|who) (?:has to |must |gets to |will )?decides?\b|\bmust decide\b/;

// The one a fact says decides: named after "up to" ("squarely up to Donald Trump"), else the first person or
// side it names.
function deciderTold(corpus: Corpus, fact: Fact): string | undefined {
  const text = normalise(fact.text);
  const upTo = text.indexOf(' up to ');
  return firstEntityIn(corpus, upTo >= 0 ? words(text.slice(upTo + 7)).slice(0, 4).join(' ') : text);
}

// "More or fewer", "bigger or smaller": a comparison asked either way.
const MORE_OR_LESS = /\b(?:more|fewer|less|bigger|smaller|larger|greater) or (?:more|fewer|less|bigger|smaller|larger|greater)\b/;

// "Where did most of the missiles go?", "where ... the bulk of them": the place with the larger part of a whole.
const MOST_OF = /\bwhere\b.*\b(?:most|bulk|majority|brunt|lion's share|fewest|least)\b(?!.*\bfrom\b)/;

// Words after "who" that only say how sure the deed is, or open a saying of it ("who did X say should ...").
const WHO_AUXILIARIES: ReadonlySet<string> = new Set(['should', 'would', 'will', 'could', 'might', 'must', 'did', 'does', 'do']);
const MODAL_DEED = /^who (?:(?:did|does|do) .{1,40}? (?:say|said|think|thought|suggest|suggested|want|wanted|expect|expected|hint|hinted) )?(?:should|would|will|could|might|must|ought to|is to|was to|is going to) ([a-z]+)\b/;

// Verbs of saying, calling and describing: "who called it not sufficient" asks whose words, whatever verb.
// A verb telling of words said, in any tense.
// Verbs asking what someone could say in their favour ("what could Trump claim?", "brag about").
// ("Take credit for": a claim too.)
const CLAIMING_VERBS: ReadonlySet<string> = new Set(['claim', 'boast', 'brag', 'tout', 'trumpet', 'cite', 'argue', 'say', 'point', 'credit']);
// Their stems, for any form typed ("bragging", "boasted").
const CLAIMING_STEMS: ReadonlySet<string> = new Set([...CLAIMING_VERBS].map(stem));
const TELLS_OF_WORDS = /\b(?:say|says|said|saying|tell|tells|told|telling|point(?:s|ed|ing)? out|claim(?:s|ed|ing)?|warn(?:s|ed|ing)?|insist(?:s|ed|ing)?|announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|tweet(?:s|ed|ing)?|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\b/i;
// Whether a fact tells what someone said or will say: a quote, a statement, a report of someone's, or
// words of saying ("Iran can tell its people that ...").
function tellsWords(fact: Fact): boolean {
  return fact.quote !== undefined || fact.type === 'statement' || fact.attribution !== 'article' || TELLS_OF_WORDS.test(fact.text);
}
const SAYING_VERBS = /^(?:call|describ|argu|label|term|brand|characteri|dub|insist|suggest|hint|note|stress|admit|claim|warn|predict|tweet|post|writ|wrote|announc|declar|stat|report|confirm|deni|said|say|told|tell)/;

// Words before "of" in "which X of Y" that ask no kind of thing: a part of a place, one of several.
const PART_WORDS: ReadonlySet<string> = new Set([...PLACE_PARTS, 'parts', 'side', 'end', 'half', 'one', 'ones', 'kind', 'type', 'sort', 'of']);

// The whole a count asks a part of ("how many of the 22 missiles", "how many of the twenty-two"), if one.
function partAsked(folded: string): number | undefined {
  const m = /\bhow many of (?:the |those |these |its |their |all |[a-z]+(?:'|\u2019)s )?([a-z0-9]+(?:[ -][a-z]+)?)/.exec(folded);
  if (!m) return undefined;
  // (Number words joined as a query joins them: "twenty-two" is 22.)
  const n = queryWords(m[1]!.replace('-', ' '))[0]?.stem;
  return n !== undefined && isDigits(n) ? Number(n) : undefined;
}

// "At the two bases", "both sites", "the bases": every place of a kind the article tells of, together.
const ALL_PLACES = /\b(?:(?:at|on|against|to|toward|towards|into|in) )?(?:the two|both(?: the)?|both of the|all(?: the)?|the) (?:us |american |military |us military |american military )?(?:bases|airbases|sites|targets|installations|facilities)\b(?! (?:in|at) (?:al-asad|irbil|erbil)\b)/;

// The things a count asks a part of, after their figure: "how many of Trump's 52 targets".
const PART_OF_COUNTED = /\bhow many of (?:the |those |these |its |their |all |[a-z]+(?:'|\u2019)s )?(?:[0-9]+|[a-z]+-[a-z]+) ([a-z]+)\b/;

// What a total adds up, when no word after "how many" or "number of" says: the first plural noun of the
// question that no figure goes before ("the missiles", not "the two bases").
function addedUp(folded: string): string[] {
  const list = words(folded);
  const at = list.findIndex((w, i) => pluralNoun(w) && !isDigits(list[i - 1] ?? '') && numberWord(list[i - 1] ?? '') === undefined);
  return at < 0 ? [] : [list[at]!];
}

// Whether a word is a noun's plural ("bases", "soldiers"): in -s, with a base form of its own, and no
// stop word or verb in -ed or -ing.
function pluralNoun(word: string): boolean {
  return /[^su]s$/.test(word) && !STOP_WORDS.has(word) && baseForms(word).some((b) => `${b}s` === word || `${b}es` === word);
}

// "What embassy was attacked?", "what country launched the missiles?": "what", a common noun (no name)
// that is what the question asks about, then a verb (an auxiliary or one in -ed): it asks which.
// ("What military unit ...": the noun goes on; "what's Iran up to": a name.)
function whatKind(corpus: Corpus, said: readonly string[], focus: string): boolean {
  const [what, noun, next] = said;
  if (what !== 'what' || noun === undefined || next === undefined || stem(noun) !== focus) return false;
  if (isName(noun) || corpus.entityNamed(noun) !== undefined) return false;
  return VERB_AFTER_KIND.has(next) || (next.endsWith('ed') && baseForms(next).some((b) => b !== next));
}

// The entity of the kind asked for ("which country") that a fact names and the question does not: one of
// its entities, else one its text names ("sits in the northeast of Iraq").
function entityOfKind(a: Analysis, corpus: Corpus, fact: Fact): string | undefined {
  // ("In which city is the smaller base?": a thing named only by a description may be what is asked for;
  // the reader does not know its name.)
  const fits = (e: string): boolean => corpus.entityKind(e) === a.entityKind && (!a.namedInQuestion.has(e) || a.described?.has(e) === true);
  // ("In which country are the US bases?": the one the fact names after "in", "bases in Iraq".)
  if (a.kindPreposition !== undefined) {
    const list = words(fact.text);
    for (let i = list.indexOf(a.kindPreposition); i >= 0; i = list.indexOf(a.kindPreposition, i + 1)) {
      const e = entityAfter(corpus, list, i, 5, fits);
      if (e !== undefined) return e;
    }
  }
  return fact.entities.find(fits) ?? corpus.dataset.entities.map((e) => e.name).find((e) => fits(e) && namedAt(fact.text, corpus, e) !== Infinity);
}

// Verbs that send or give what is said ("what message is Iran sending", "what warning did he give").
const SENDING_WORDS: ReadonlySet<string> = new Set(['send', 'sends', 'sending', 'sent', 'give', 'gives', 'giving', 'gave', 'given', 'deliver', 'delivers', 'delivering', 'delivered', 'convey', 'conveys', 'conveying', 'conveyed']);
// "Going to" a noun: a place or a state gone to ("going to war"), not what is going to happen.
const GOING_TO_PLACE = /\bgoing to (?:war|the|a|an|its|his|her|their|that|this|my|our|your)\b/;
// The verb of "end up".
const END_UP: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'ending', 'end up', 'ends up', 'ended up', 'ending up']);
// A plan's verb, which "to" and a deed after it make a future (see FUTURE_IN_WORDS).
const PLANNING: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning']);
// Words of wishing (not of intending: "does not intend to launch more attacks" tells what Iran will do): a
// fact telling only what someone wishes ("Trump does not want to go to war") settles whether they wish it,
// not whether it will happen ("will there be a war?"); what it says besides still settles a question of
// how things are ("is the US stronger?" - "keen to stay out of a war with the stronger US military").
const WISH_WORDS = 'want|wants|wanted|wanting|wish|wishes|keen|eager|hope|hopes|hoping';
const WISHING = new RegExp(`\\b(?:${WISH_WORDS})\\b`);
// Questions asking a wish, or a liking or a plan, that such a fact answers ("is Iran looking to escalate?",
// "do Americans support a war?").
const WISH_ASKED = /\b(?:looking to|supports?|favou?rs?|willing|desires?|plans?|planning|prefers?|(?:would|had|'d) (?:rather|sooner))\b/;
// A vow, a threat or a promise ("Iran had vowed severe revenge") settles whether it was made, asked in those
// words, not whether what it promised came about ("was Iran's revenge severe?").
const VOW_ASKED = /\b(?:vow\w*|promis\w*|threat\w*|pledg\w*|swear|swore|sworn|warn\w*)\b/;
// A question of what may be, or is to come (FUTURE_ASKED), or was meant: a threat's figure answers it.
const MAYBE_ASKED = /\b(?:would|could|might|may|plan\w*|intend\w*|want\w*|aim\w*)\b|['\u2019]d\b/;
// A question of what will happen ("will there be a war?", "is Iran going to ..."), which a wish does not settle.
const WILL_HAPPEN = /^(?:will|would|shall|could|might)\b|\b(?:going to|gonna)\b/;
// Whether a fact (folded) tells only a wish where the question (folded) asks what will happen.
function wishOnly(text: string, question: string): boolean {
  return WISHING.test(text) && WILL_HAPPEN.test(question) && !WANTING.test(question) && !WISH_ASKED.test(question);
}
// Words asking whether someone wants or seeks something (wishing among them): avoiding it answers them no.
const WANTING = new RegExp(`\\b(?:${WISH_WORDS}|wanna|seek|seeks|seeking|looking for|intend|intends|try|tries|trying|tried|aim|aims|aiming)\\b`);

// A common noun right after a place's name, that the data does not match ("the Irbil facility", "the Erbil
// site"): what kind of place it is, said in the reader's words; it weighs as little as an adverb.
function placeKind(corpus: Corpus, list: readonly string[], t: QueryTerm): boolean {
  if (mentioned(corpus.index.vocabulary.expand(t)).length) return false;
  const at = list.indexOf(t.word);
  // (After "the" and the name: the head of the phrase, "the Irbil facility"; not "irbil base size".)
  for (let n = 1; n <= 3 && at - n - 1 >= 0; n++) {
    const name = corpus.entityNamed(list.slice(at - n, at).join(' '));
    if (name !== undefined && list[at - n - 1] === 'the') return corpus.entityKind(name) === 'place';
  }
  return false;
}

// Adjectives saying how sure what they qualify is ("a potential win"): how the question is put, as an
// adverb is.
const HEDGING: ReadonlySet<string> = new Set(['potential', 'possible', 'probable', 'conceivable', 'prospective']);

// "Post" as a noun asked for: "what post did Zarif hold" (not "what was in Trump's post", his tweet).
const POST_NOUN = /\b(?:what|which) post (?:did|does|do|has|had|have|is|was)\b/;

// Words qualifying a role asked about ("official position", "exact title").
const ROLE_QUALIFIERS: ReadonlySet<string> = new Set(['official', 'current', 'exact', 'formal', 'actual', 'precise', 'main', 'military', 'political']);

// Words for the source of a claim, and for the claim itself, in a question asking who made it.
const SOURCE_WORDS: ReadonlySet<string> = new Set(['source', 'sources', 'claim', 'claims', 'statement', 'assertion', 'origin', 'behind']);

// "What's a good phone ...", "what is an ICBM": a thing of a kind asked for.
const INDEFINITE_ASKED = /^what(?:'s|\u2019s|s| is| was| are| were)? an? /;

// A preposition closing a question ("which country were the bases in?").
const CLOSING_PREPOSITION = /\b(in|from|at|to|on|into|near)\W*$/;

// Words asking what is to come ("brace for"; "expect" stays a word to find: predictions say "expected").
const AWAITING_WORDS: ReadonlySet<string> = new Set(['brace', 'prepare', 'anticipate', 'foresee', 'follow', 'follows', 'result', 'results', 'ensue', 'ensues', 'risk', 'risks', 'danger', 'dangers', 'downside', 'downsides', 'fallout']);

// Words saying how a count is made ("add up", "the combined figure"), not what it counts.
const COUNTING_WORDS: ReadonlySet<string> = new Set(['add up', 'added up', 'adding up', 'add', 'combined', 'overall', 'altogether', 'figure', 'figures', 'sum', 'tally', 'tallies']);

// Whether a fact's text names one of its entities of the kind asked for (and of its owner, "Iranian") by a
// name or alias the question does not use.
function namesKindAnew(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const owned = (name: string): boolean => a.kindOwner === undefined || sameSide(corpus, name, a.kindOwner);
  // (Where something came from is named after "from": "from Iranian soil".)
  const text = a.kindFrom ? (ORIGIN_PHRASE.exec(fact.text)?.[0] ?? '') : fact.text;
  // (The fact's own entities only: a large dataset's every name read for every candidate costs too much.)
  return fact.entities.some((name) => {
    const e = corpus.entity(name);
    return e !== undefined && corpus.entityKind(name) === a.entityKind && owned(name) && [e.name, ...e.aliases].some((n) => namedAt(text, corpus, n) !== Infinity && !a.asked.has(words(n).join(' ')) && !words(n).every((w) => a.asked.has(w)));
  });
}

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

// Whether a word after "which" is a number ("which two bases", "which 52 sites"): the kind is the word after it.
function isCount(word: string): boolean {
  return isDigits(stem(word));
}

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

// Auxiliaries that may follow the kind of thing "what" asks for ("what embassy was ...").
const VERB_AFTER_KIND: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'did', 'does', 'do', 'will', 'would', 'could', 'can']);

// Words asking for a figure for every one of a kind (see EACH_OF).
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'every', 'per']);
// Verbs that may follow "how many" with no thing counted between ("how many went", "how many were fired").
// (Not an auxiliary before a subject: "how many did Iran fire", "how much did the missiles cost".)
const COUNTED_VERB: ReadonlySet<string> = new Set(['went', 'go', 'goes', 'were', 'was', 'got', 'get', 'came', 'come']);

// The English word a slip stands for ("optoins" - "options"): one keeping its consonants; none for a name.
function englishReading(t: QueryTerm): string | undefined {
  return t.name || t.words ? undefined : englishSpellings(t.word).find((r) => r.alike)?.word;
}

// Whether a fact lays out a choice ("Trump has to decide between letting the strikes pass and hitting
// back"), one for whoever the question names ("Iran's options" are not Trump's): named before its verb.
function statesChoice(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const text = normalise(fact.text);
  const m = CHOICE_STATED.exec(text);
  if (!m) return false;
  const whose = a.terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined && corpus.entityKind(n) !== 'place');
  return whose.every((name) => namedAt(text.slice(0, m.index), corpus, name) !== Infinity);
}

// The stem of a word naming a kind of thing, if it is no stop word ("each of them" names none).
function kindOf(word: string | undefined): string | undefined {
  return word === undefined || STOP_WORDS.has(word) ? undefined : stem(word);
}

// Whether a word of the question stands just before or after the name of a person or a place among its
// terms ("Qasem" in "Qasem Soleimani"), or beside another capitalised word that the data knows as such a
// name ("Qasem Suleimani", a slip of one): another way of writing that name, not a name of its own.
function besideName(corpus: Corpus, typedWords: readonly string[], terms: readonly QueryTerm[], t: QueryTerm, knownName: (word: string) => boolean = () => false): boolean {
  const i = typedWords.indexOf(t.word);
  if (i < 0) return false;
  if ([typedWords[i - 1], typedWords[i + 1]].some((w) => w !== undefined && w !== t.word && knownName(w))) return true;
  return terms.some((e) => {
    const name = e.stem.startsWith(ENTITY_PREFIX) ? e.stem.slice(ENTITY_PREFIX.length) : undefined;
    const own = e.words?.map((w) => w.word) ?? [];
    const kind = name === undefined ? undefined : corpus.entityKind(name);
    return (kind === 'person' || kind === 'place') && own.length > 0 && (typedWords[i + 1] === own[0] || typedWords[i - 1] === own.at(-1));
  });
}

// "Did the missiles kill anyone, yes or no?", "..., right?": a question without its closing tag or check,
// whose words ask nothing (as the folded question is read: see analyse).
// (The typed casing kept where lower-casing keeps every place: the patterns read it lower-cased.)
function withoutClosingTag(question: string): string {
  let rest = question.toLowerCase().length === question.length ? question : question.toLowerCase();
  const tag = CLOSING_TAG.exec(rest.toLowerCase());
  if (tag) rest = rest.slice(0, tag.index);
  const check = CLOSING_CHECK.exec(rest.toLowerCase());
  if (check) rest = `${rest.slice(0, check.index)}?`;
  return rest;
}

/** Read a question: its intent, its words, its names, its unit and focus. @internal */
export function analyse(corpus: Corpus, question: string): Analysis {
  const spaced = questionWordsFixed(question).replace(/\s+/g, ' ');
  // (The closing tag's pattern runs only where "or" is.)
  const untagged = spaced.includes(' or ') ? spaced.replace(CLOSING_TAG, '') : spaced;
  // ("The attack is over, right?": the closing check asks nothing more.)
  const checked = untagged.includes(',') && CLOSING_CHECK.test(untagged);
  const folded = checked ? untagged.replace(CLOSING_CHECK, '?') : untagged;
  // ("Iran fired 22 missiles, right?": a statement closed by a check asks whether it is so.)
  // (A question word inside the statement is no question's: "Trump's brand is the tough guy who ..., right?")
  // Cue patterns each take a fraction of a millisecond to compile, paid by every ask that runs one: a
  // pattern whose words the question lacks is not run.
  const foldedWords = words(folded);
  // ("Al-Asad vs Irbil missiles": each place's figure, as a whole divided among them. Not where a question
  // word says what is asked: "al-Asad vs Irbil - where is each?")
  const placesVersus = (foldedWords.includes('vs') || foldedWords.includes('versus')) && VERSUS.test(folded) && !LEAD_WH.test(folded) && entitiesNamedIn(corpus, foldedWords).filter((e) => corpus.entityKind(e) === 'place').length > 1;
  const intent = checked && !OPENS_WH.test(folded.trimStart()) ? 'yesno' : placesVersus ? 'count' : intentIn(folded);
  const said = new Set(foldedWords);
  const nameOf = NAMING_CUE_WORDS.some((w) => said.has(w)) && NAME_OF.test(folded);
  const vocabulary = corpus.index.vocabulary;
  const known = (t: QueryTerm): boolean => mentioned(vocabulary.expand(t)).length > 0;
  // Words asking how, not what, each pattern run once for the question: "what (exact) time were the missiles
  // launched?" (the word asking when is no time to match: "US time"); "when is Trump expected to speak?" (how
  // sure the time is); "what happens if Trump decides to strike back?" (the deed is the condition, not the
  // choosing of it); "what is likely to happen?" (how sure the outcome is).
  const asking = new Set<string | undefined>(
    intent === 'when' ? [...(WHEN_WORD.exec(folded)?.slice(1) ?? []), WHEN_HEDGE.exec(folded)?.[1]] : intent === 'outcome' ? [CHOSEN_DEED.exec(folded)?.[1], HAPPEN_HEDGE.exec(folded)?.[1]] : [],
  );
  // Words neither in the article nor in the dictionary, and no misspelling of either, are filler
  // ("gonna", "toward", "lol"): they are not what the question is about.
  // The question proper: "ok so" and "honestly," open a reply; they are not what it asks about.
  const asksWhoSaid = WHO_SAID_WORDS.some((w) => said.has(w)) && WHO_SAID.test(folded);
  // ("Iran's top diplomat", "its highest cleric": a word ranking a post before it says which of a side's
  // people, not what the fact must say; "expected to", "supposed to" how sure, as an adverb does.)
  const ranking = (w: string): boolean => RANK_WORDS.has(w) && new RegExp(`\\b${w} (?!of\\b)[a-z]`).test(folded);
  // ("What big decision does Trump face?": a word weighing the thing after it, which the data never uses,
  // says how much it matters; the thing is what is asked about.)
  // ("Trump seemed pretty chill": nor one saying how much of it, or how it looked.)
  const weighs = (w: string): boolean => (WEIGHT_WORDS.has(w) || DEGREE_WORDS.has(w)) && !vocabulary.has(stem(w)) && foldedWords.some((x, i) => x === w && foldedWords[i + 1] !== undefined && !STOP_WORDS.has(foldedWords[i + 1]!));
  const hedgedBy = (w: string): boolean => EXPECTED_TO.test(w) && new RegExp(`\\b${w} to\\b`).test(folded);
  // ("What had the US done to Soleimani?", "what does Khamenei want done": "done" is the deed asked for, as
  // "do" is in "what did Iran do", not one a fact must say.)
  const doneAsked = (w: string): boolean => w === 'done' && DONE_ASKED.test(folded);
  // (Run only where a word for the article or its writer is: each pattern costs its compiling.)
  const articleWording = [...ARTICLE_NOUNS].some((w) => said.has(w)) && ARTICLE_WORDING.test(folded);
  // ("What were Trump's opening words?", "how did the tweet end": the first or the last of a quote.)
  const quotePart = intent !== 'quote' || asksWhoSaid ? undefined : QUOTE_START.test(folded) ? 'first' : QUOTE_END.test(folded) ? 'last' : undefined;
  const viewAsked = VIEW_WORDS.test(folded) ? VIEW_ASKED.exec(folded) : null;
  const view = viewAsked?.[1];
  const aspect = new Set([...said].some((w) => GOES_ON_WORDS.has(w) || w === 'kept') ? [...folded.matchAll(ASPECT_VERB)].map((m) => m[1]!) : []);
  // ("Did Trump say anything on tiktok?": a word neither English nor the data's nor a slip of either, after a
  // preposition of place or medium, is a name typed in lower case - a place, a medium - the article never mentions; elsewhere
  // it is filler, as "gonna" is.)
  // (And so is one in the thing a "who is" or "what is" question asks about - "what is the quds force?",
  // "who is al-Muhandis?": a name, where there is little else to be filler in.)
  // (A short one: "what are trump's options now, like what's he gotta pick" asks more than who or what.)
  const identityOf = IDENTITY.exec(folded)?.[1];
  const identityWords = identityOf !== undefined && identityOf.split(' ').length <= IDENTITY_WORDS ? words(identityOf) : [];
  const afterPlace = PREPOSITION_ONE.test(folded) || identityWords.length ? new Set([...folded.matchAll(PREPOSITION_WORD)].map((m) => m[1]!).concat(identityWords)) : undefined;
  // (So is any in a search-box question of three words or fewer, "bitcoin price": no sentence to be filler in.)
  const terse = foldedWords.length <= 3 && !QUESTION_OPENERS.has(foldedWords[0] ?? '');
  const nameSlot = (w: string): boolean => terse || afterPlace?.has(w) === true;
  // (A word of letters and digits the data lacks, "ww3", "ps752", is a name too, wherever it is.)
  const nameTyped = (t: QueryTerm): QueryTerm =>
    /\d/.test(t.word) && /[a-z]/.test(t.word) && !ORDINAL_OR_TIME.test(t.word) && !known(t) ? { ...t, name: true } :
    nameSlot(t.word) && t.name !== true && t.word.length > 3 && !isDigits(t.stem) && !known(t) && functionWordFor(t.word) === undefined && !isEnglishWord(t.word) && !englishSpellings(t.word).length ? { ...t, name: true } : t;
  const formCounted = new Set(foldedWords.filter((w, i) => ANSWER_FORM_WORDS.has(foldedWords[i + 1] ?? '') && isDigits(stem(w))));
  // ("What are his two options?": how many choices there are, which the fact laying them out need not say.)
  const choicesCounted = new Set(foldedWords.filter((w, i) => CHOICE_WORDS.has(foldedWords[i + 1] ?? '') && isDigits(stem(w))));
  const death = intent === 'who' ? blamedDeath(folded) : undefined;
  const blamed = death !== undefined;
  const asideWords = SET_ASIDE_WORDS.some((w) => folded.includes(w)) ? words(SET_ASIDE.exec(folded)?.[1] ?? '') : [];
  const setAside = new Set(asideWords.filter((w) => folded.split(w).length === 2));
  const asideNamed = asideWords.length ? entitiesNamedIn(corpus, asideWords).filter((e) => asideNames(corpus, e, asideWords, foldedWords) && !ownerIn(corpus, e, SET_ASIDE.exec(folded)?.[1] ?? '')) : [];
  const storyWord = said.has('this') ? STORY_NAMED.exec(folded)?.[0].split(' ').at(-1) : undefined;
  // (Tried only where there are two figures: each pattern costs its compiling in every run that tries it.)
  const arithmetic = new Set(foldedWords.filter((w) => isDigits(w)).length > 1 ? [...folded.matchAll(ARITHMETIC)].flatMap((m) => [m[1]!, m[2]!]) : []);
  // ("How were the missiles split between the bases?", "where did most of the missiles land?": each place's
  // share, or which got most, asked; read once, for the words and the answer both.)
  const divisionWorded = (intent === 'count' || intent === 'yesno') && DIVISION_ASKED.test(folded);
  const mostOf = intent === 'where' && MOST_OF.test(folded);
  const effectWorded = effectAsked(folded);
  const typedAll = termsOf(corpus, withoutClosingTag(withoutOpening(question.trim())), { contentOnly: true })
    .map(nameTyped)
    // ("Who was responsible for Soleimani's death?" asks who killed him.)
    .map((t) => (t.word === death ? { word: 'killed', stem: stem('killed') } : t))
    // (A word capitalised inside the question that neither the data nor the dictionary knows, "Biden", is a
    // name the article does not mention, not filler: see absentNames.)
    // (A slip of a word asking for choices, "optoins", is kept as that word typed right would be: a fact
    // laying out a choice answers it. Other slips the data lacks stay filler, as "gonna" is.)
    // (Nor is an English compound written as one word: "codename" is "code name", a thing asked about.)
    .filter((t) => known(t) || isDigits(t.stem) || isEnglishWord(t.word) || isName(t.word) || t.name === true || CHOICE_WORDS.has(englishReading(t) ?? '') || closedCompound(t.word))
    // ("What's 2+2?": figures in a sum to work out are no figures of the article's.)
    .filter((t) => !arithmetic.size || (isDigits(t.stem) ? !arithmetic.has(t.word) : !OPERATOR_WORDS.has(t.word)))
    // An adverb the data does not hold ("honestly", "basically") says how the question is asked.
    // (Unless the data holds its opposite: "is Trump usually relaxed?" - "unusually calm" - asks how usual.)
    .filter((t) => known(t) || !isAdverb(t.word) || [`un${t.word}`, ...(t.word.startsWith('un') ? [t.word.slice(2)] : []), ...oppositeWords(t.word)].some((w) => vocabulary.has(stem(w))))
    // ("What did the foreign minister guy say?": an informal word for a person the data never uses is no
    // word to find; the name or post beside it says who.)
    .filter((t) => !INFORMAL_PEOPLE.has(t.word) || vocabulary.has(t.stem))
    // "What were his exact words?": words about the answer's form are not what it is about.
    .filter((t) => (intent !== 'quote' && intent !== 'outcome') || !ANSWER_FORM_WORDS.has(t.word))
    // ("What two words did Iran use?": nor is the number of them.)
    .filter((t) => intent !== 'quote' || !isDigits(t.stem) || !formCounted.has(t.word))
    .filter((t) => intent === 'count' || !isDigits(t.stem) || !choicesCounted.has(t.word))
    // "Suppose the US hits back - what does the week look like?": words setting up the supposition and
    // asking what follows are not what it is about.
    .filter((t) => intent !== 'outcome' || !OUTCOME_FORM_WORDS.has(t.word))
    // "What were Trump's opening words?": where in the quote, not what it is about.
    .filter((t) => quotePart === undefined || !QUOTE_PLACE_WORDS.has(t.word))
    // "What term does the writer use for ...?": the article and its using words say whose words, not what about.
    .filter((t) => !articleWording || (!ARTICLE_NOUNS.has(t.word) && !ANSWER_FORM_WORDS.has(t.word)))
    // "Who is the source for the claim that ...?": words for a claim's source ask who made it.
    // ("Who gave the numbers of missiles?": nor the word for the figures given, which a fact gives as figures.)
    .filter((t) => !asksWhoSaid || (!SOURCE_WORDS.has(t.word) && !FIGURES_NOUN.test(t.word)))
    // "What stance has Zarif taken on war?": the words asking for a view are not what it is about.
    .filter((t) => !view || (t.word !== view && !VIEW_VERBS.has(t.word.split(' ')[0]!)))
    // ("Which is further west, al-Asad or Irbil?": "further" says how the places are weighed, no "further
    // attacks".)
    .filter((t) => !FURTHER.has(t.word) || !DIRECTION_COMPARED.test(folded))
    // ("What did Soleimani's killing lead to?": nor those asking what followed.)
    .filter((t) => !EFFECT_WORDS.has(t.word) || !effectWorded)
    // "What prompted the launches?": the words asking why are not what it is about.
    .filter((t) => intent !== 'why' || !WHY_VERBS.has(t.word))
    // ("How were the missiles split between the bases?": nor those asking for each place's share.)
    // (Nor, there, a verb of where each went: "a breakdown of where the missiles landed" - "aimed at".)
    // (Or which place most went to: "where did most of the missiles land?")
    .filter((t) => !(divisionWorded || mostOf) || (!DIVISION_ASKED.test(t.word) && !WENT_TO.has(t.word)))
    // ("Who was responsible for the attack?": nor those asking who did it.)
    .filter((t) => !blamed || !BLAME_WORDS.has(t.word))
    // "The lack of US deaths": a word saying there is none of something says "no", as "no" does.
    .filter((t) => !ABSENCE_WORDS.has(t.word) || !folded.includes(`${t.word} of `))
    // Words saying how a time or an outcome is asked, not what it is of (see asking).
    .filter((t) => !asking.has(t.word))
    // "Add up the missiles - what's the combined figure?": words saying how to count are not what is counted.
    .filter((t) => intent !== 'count' || !COUNTING_WORDS.has(t.word))
    // "How has Trump's reaction been described?": how the article puts it is asked, not a word it uses.
    // ("What word could Trump use to describe the Democrats?": the same.)
    .filter((t) => !DESCRIBING_WORD.test(t.word) || !(HOW_OPENS.test(folded) || [...said].some((w) => ANSWER_FORM_WORDS.has(w))))
    // "Which part of Iraq is it situated in?": the words asking where are not what it is about.
    .filter((t) => intent !== 'where' || !WHERE_WORDS.has(placingWordFor(t.word) ?? t.word))
    // ("In which part of the country is it?": the country is the place asked about's, no word to find.)
    .filter((t) => intent !== 'where' || t.word !== PART_OF_WHOLE.exec(folded)?.[1])
    // "What is the name of the supreme leader?": the word asking for a name is not what it is about.
    .filter((t) => !nameOf || !NAMING_WORDS.has(t.word))
    // "What should we brace for?": the words asking for what comes are not what it is about.
    .filter((t) => intent !== 'outcome' || !AWAITING_WORDS.has(t.word))
    // "Will Iran keep hitting the US?": whether it goes on is a cue (see goesOnAsked), the deed the content;
    // a fact saying someone will "keep planning" something else is no answer for the "keep".
    .filter((t) => !aspect.has(t.word))
    // ("Does Iran plan to keep attacking?": a plan to do something is what will be done, as "going to" is;
    // the deed is the content, and a fact that "keeps planning" something else no answer.)
    // ("Would he rather not end up in a war?", "could it end up being embarrassing": "end up" says what comes
    // to be, the words after it; no end of anything.)
    .filter((t) => !END_UP.has(t.word) || !/\b(?:end|ends|ended|ending) up\b/.test(folded))
    // ("Would it be a bit of a retreat?", "a bit embarrassing": how much, as "somewhat" says; no thing to find.)
    .filter((t) => (t.word !== 'bit' && t.word !== 'tad') || !/\ba (?:little )?(?:bit|tad)\b/.test(folded))
    .filter((t) => !PLANNING.has(t.word) || !new RegExp(`\\b${t.word} to (?!do\\b)[a-z]`).test(folded))
    // ("Whose move is it now in this standoff?": the story named in the reader's word, one the data does not
    // hold, is what the whole article is about, as "the situation" is; no word to find.)
    .filter((t) => t.word !== storyWord || vocabulary.has(t.stem) || isName(t.word))
    // ("Would US retaliation mean more violence?": the verb asking what something brings asks nothing;
    // "in the days ahead" says when, as "coming" does.)
    .filter((t) => intent !== 'yesno' || !CONSEQUENCE_VERBS.has(t.word) || !CONSEQUENCE_ASKED.test(folded))
    .filter((t) => t.word !== 'ahead' || !/\b(?:days|weeks|months|years|hours|times?) ahead\b/.test(folded))
    // ("..., according to Zarif?": whose word it is, named by the words after it; "according" asks nothing.)
    .filter((t) => t.word !== 'according' || !said.has('to'))
    // ("Had the Democrats previously warned of war?": before then, which the past tense asks already, not a
    // word a fact must hold.)
    .filter((t) => !BEFORE_THEN.has(t.word))
    // ("What does Khamenei want besides military action?": what is set aside is no word to find.)
    .filter((t) => !setAside.has(t.word))
    // ("What is Trump supposed to do?": that he is bound to, asked of a fact laying out his choice (see
    // choiceAsked), not a word to find: "suppose" is "say" to the dictionary.)
    .filter((t) => !OBLIGED_WORDS.has(t.word) || !OBLIGED_DEED.test(folded));
  const typedWords = words(question);
  // A capitalised word the data and the dictionary lack, beside a person's or a place's name the question
  // names ("Qasem Soleimani", "Gen Soleimani"), is a way of writing that name: as filler, it asks nothing more.
  const capitalised = new Set(question.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).flatMap((w) => words(w)));
  // (Beside a name, not a title or a word: "President Rouhani" is no way of writing Trump's name, though
  // "president" may be one of Trump's aliases.)
  const personOrPlace = (st: string): boolean => ['person', 'place'].includes(corpus.entityKind(corpus.entityNamed(st) ?? '') ?? '');
  const knownName = (w: string): boolean => capitalised.has(w) && !isEnglishWord(w) && typedAll.some((t) => t.word === w && mentioned(vocabulary.expand(t)).some(personOrPlace));
  const typed = typedAll.filter((t) => t.name !== true || known(t) || isEnglishWord(t.word) || isName(t.word) || !besideName(corpus, typedWords, typedAll, t, knownName));
  // "Khamenei's title", "what is Zarif's job": a name and a word asking for its role ask who it is.
  // (The role word is the answer's form: a fact need not say "role" to tell it.)
  // ("What role does Zarif play": the verb of the idiom is no more its content.)
  // ("Soleimani's official position in Iran": a word qualifying the role, and the country it is held in,
  // ask no more than the role.)
  // ("What post does Zarif hold?": the noun, not the verb of "what did Trump post?")
  const roleWord = (t: QueryTerm): boolean => ROLE_WORDS.has(t.word) || (t.word === 'post' && POST_NOUN.test(folded));
  const roleRest = typed.some(roleWord) ? typed.filter((t) => !roleWord(t) && !ROLE_VERB.test(t.word) && !ROLE_QUALIFIERS.has(t.word)) : [];
  const landOf = (t: QueryTerm): boolean => ['country', 'place'].includes(corpus.entityKind(entityOf(corpus, t) ?? '') ?? '');
  const holders = roleRest.filter((t) => !landOf(t));
  const roleOf = roleRest.length === 1 ? roleRest[0] : holders.length === 1 && entityOf(corpus, holders[0]!) !== undefined ? holders[0] : undefined;
  const roleAsked = roleOf && entityOf(corpus, roleOf);
  const terms = roleAsked ? typed.filter((t) => t === roleOf) : typed;
  const all = words(question);
  const after = (cue: RegExp): string | undefined => {
    const m = cue.exec(folded);
    if (!m) return undefined;
    // ("What stance has Zarif taken?" asks about no stance: see VIEW_ASKED.)
    const rest = words(folded.slice(m.index + m[0].length));
    const at = rest.findIndex((w) => !STOP_WORDS.has(w) && w !== view && !weighs(w));
    if (at < 0) return undefined;
    // ("What's a good phone under $300?": after "a", the thing is the last word of the phrase, its noun.)
    if (rest[at - 1] === 'a' || rest[at - 1] === 'an') {
      let end = at;
      while (end + 1 < rest.length && !STOP_WORDS.has(rest[end + 1]!) && !isDigits(rest[end + 1]!) && rest[end + 1] !== view) end++;
      return rest[end];
    }
    return rest[at];
  };
  // "How old was Soleimani?" counts years.
  // ("How far apart are the bases?" measures a distance, in whichever unit.)
  const share = intent === 'count' && SHARE_ASKED.test(folded);
  // ("What share of the missiles hit al-Asad?": a count of missiles, told as a share of them all.)
  const sharedOut = share ? SHARE_OF.exec(folded)?.[1] : undefined;
  const counted = intent === 'count' ? (HOW_OLD.test(folded) ? [AGE_UNIT] : HOW_FAR.test(folded) ? [...DISTANCE_UNITS] : share ? [sharedOut ?? 'percent'] : countedAfter(folded, COUNT_CUE)) : [];
  // "Add up the missiles fired at the two bases - what's the combined figure?": a total of what is added.
  if (intent === 'count' && !counted.length && TOTAL.test(folded)) counted.push(...addedUp(folded));
  // ("How many of Trump's 52 targets were cultural sites?": a part of so many things counts those things.)
  const partNoun = intent === 'count' && !counted.length ? PART_OF_COUNTED.exec(folded)?.[1] : undefined;
  if (partNoun !== undefined && pluralNoun(partNoun)) counted.push(partNoun);
  // "Which number is bigger: the missiles or the targets?": the first of the things weighed is counted.
  // (Read once: the cue serves this and the difference below.)
  const weighed = intent === 'count' ? FIGURES_WEIGHED.exec(folded) : null;
  if (weighed && !counted.length) {
    const first = words(folded.slice(weighed.index + weighed[0].length)).find((w) => !STOP_WORDS.has(w) && pluralNoun(w));
    if (first !== undefined) counted.push(first);
  }
  // ("How were the 22 missiles split between the bases?": the whole divided is counted, each place's share;
  // the kind of place it is divided among is no unit.)
  // (Asked yes or no too: "did Iraq give a breakdown of where the missiles landed?")
  const division = ((intent === 'count' && !counted.length) || intent === 'yesno') && (divisionWorded || placesVersus) ? DIVIDED_AMONG.exec(folded) : undefined;
  if (division !== undefined && intent === 'count') {
    const among = division?.[1];
    const first = words(division ? folded.slice(0, division.index) : folded).find((w) => !STOP_WORDS.has(w) && w !== among && pluralNoun(w));
    if (first !== undefined) counted.push(first);
  }
  const unitWord = counted.at(-1);
  // "From which province ...?": a kind of thing the article never mentions (and that is no kind of entity
  // it names, as "country" or "person" are) has no instance in it to answer with.
  // ("Which part of Iraq" names no kind of thing: a part of something is a place in it.)
  const which = WHICH_KIND.exec(folded);
  // A name or a word for one ("which Iranian province") says whose: the kind is the word after it.
  // ("Which earlier Iranian action": so does a word saying which of the kind.)
  const named = (w: string): boolean => isName(w) || corpus.entityNamed(w) !== undefined || WHICH_OF_KIND.has(w);
  // ("Which political party": a kind of entity after a word saying which of it; "which one": no kind.)
  const kindAfter = (w: string | undefined): boolean => w !== undefined && (KIND_NOUNS.has(w) || (ENTITY_KINDS as readonly string[]).includes(w));
  // ("Which part of Iraq": where; "which branch of Iran's forces": a branch, the kind asked.)
  const ofKind = which && which[2] === 'of' && !PART_WORDS.has(which[1]!) ? which[1] : undefined;
  // ("Which is further west, Irbil or al-Asad?": "which" alone, a verb after it, names no kind.)
  // ("Which American diplomatic compound ...": a kind of entity after a word saying which and one more.)
  // ("Which other Iraqi base": a name after the word saying which says whose too.)
  const second = which && which[2] !== undefined && ((!kindAfter(which[2]) && kindAfter(which[3])) || (named(which[2]) && which[3] !== undefined && !STOP_WORDS.has(which[3]))) ? which[3] : which?.[2];
  const kind =
    ofKind ?? (which && which[2] !== 'of' && which[1] !== 'one' && !WHICH_VERBS.has(which[1]!) ? ((named(which[1]!) || isCount(which[1]!) || kindAfter(which[2])) && which[2] && !STOP_WORDS.has(which[2]) ? second : which[1]) : undefined);
  // What is asked about: the thing counted, else the kind "which" asks for, else the word after "what".
  const whichFocus = kind !== undefined && !STOP_WORDS.has(kind) && WHICH_CUE.test(folded.trim()) ? kind : undefined;
  // "Which Democrats warned ...?", "which US officials said ...?": which members of a group the data names
  // only as a whole: none it can name.
  const groupNamed = (phrase: string): boolean => corpus.entityKind(corpus.entityNamed(phrase) ?? '') === 'group';
  // "Which 52 sites did Trump threaten?", "list the 52 targets": so many things of a kind, each asked for.
  const membersCounted = MEMBERS_ASKED.exec(folded);
  const manyAsked = membersCounted ? { count: Number(stem(membersCounted[1]!)), noun: membersCounted[2]! } : undefined;
  // ("Which Democratic politician ...?": a person of a group the data names only as a whole, by its word.)
  const memberOf = (w: string, noun: string | undefined): boolean =>
    noun !== undefined && KIND_NOUNS.get(noun) === 'person' && corpus.dataset.entities.some((e) => e.kind === 'group' && [e.name, ...e.aliases].some((n) => words(n).some((x) => x === w || stem(x) === stem(w))));
  const membersAsked = which !== null && WHICH_CUE.test(folded.trim()) && (groupNamed(`${which[1]} ${which[2] ?? ''}`.trim()) || groupNamed(which[1]!) || memberOf(which[1]!, which[2]));
  // ("What did Iran call the operation?" asks about the operation, not Iran.)
  // ("What was the Iranian operation called?" asks what the operation was called: its last word.)
  const calledThing = nameOf ? (CALLED_THING.exec(folded)?.[1] ?? CALLED_PASSIVE.exec(folded)?.[1]?.replace(CALLED_QUALIFIER, '').split(' ').at(-1)) : undefined;
  const calledNoun = nameOf ? calledNounOf(folded) : undefined;
  const whichOne = which !== null && WHICH_VERBS.has(which[1]!) && /^which\b/.test(folded.trim());
  const focusWord = unitWord ?? (intent === 'why' || whichOne ? undefined : (calledThing ?? whichFocus ?? after(FOCUS_CUE)));
  // ("What military unit did Soleimani command?": the thing asked for, named before the verb. Unknown, it
  // is a thing the article never names only when what is said of it is unknown too: "what wider goal did
  // Khamenei hint at" asks for what he hinted, whatever the reader calls it.)
  const whatKindWord = which || !folded.trimStart().startsWith('what ') ? undefined : WHAT_KIND.exec(folded.trim())?.[1];
  // (A kind noun in the plural too: "which American installations".)
  const kindNoun = (w: string): boolean => KIND_NOUNS.has(w) || KIND_NOUNS.has(w.replace(/s$/, ''));
  const kindTerm = whatKindWord !== undefined && !STOP_WORDS.has(whatKindWord) && !ANSWER_FORM_WORDS.has(whatKindWord) && !ENTITY_KINDS.some((k) => stem(k) === stem(whatKindWord)) && !kindNoun(whatKindWord) ? terms.find((t) => t.word === whatKindWord) : kind && !STOP_WORDS.has(kind) && !ENTITY_KINDS.some((k) => stem(k) === stem(kind)) && !kindNoun(kind) ? terms.find((t) => t.word === kind) : undefined;
  // The kind must be in the data as that word, another form of it or a slip of it: a word related to it
  // ("state" for "province") is another kind of thing.
  // (A word asking for a kind of report that answers whatever it says, "what toll", is no thing named: a
  // casualty report answers it.)
  // (Nor is one asking for what someone says, "what message": a fact telling it answers, whatever it calls it.)
  const kindKnown = (t: QueryTerm): boolean => [...vocabulary.expand(t).values()].some((q) => q > RELATED_MATCH) || reportsAsked(t.word).length > 0 || SAYING_NOUNS.has(t.word);
  // "How many missiles were intercepted?": a figure counts what the fact says happened; a word for what
  // happened that the article never uses is no figure of it.
  // (Verbs only, read by their -ed or -ing: a noun the article lacks, "salvo", may still be what it counts.)
  // (A phrasal verb, "shot down", is found only through its meaning: its verb alone, "shoot" as in
  // "shooting", is another event.)
  // Only one saying what the things counted underwent, after "how many": "if you add up ..., what's the
  // total" asks no event.
  // (In the count's own clause: "..., can you break it down" after it asks nothing of what happened.)
  const counting = intent === 'count' ? (COUNT_CUE.exec(folded)?.index ?? 0) : 0;
  const clauseEnd = folded.slice(counting).search(/[,;?]/);
  const countClause = words(clauseEnd < 0 ? folded.slice(counting) : folded.slice(counting, counting + clauseEnd));
  const happened = (t: QueryTerm): boolean => countClause.includes(t.word.slice(t.word.lastIndexOf(' ') + 1));
  const phrasalKnown = (t: QueryTerm): boolean => [...vocabulary.expand(t)].some(([st, q]) => st !== t.stem && q >= MENTION_QUALITY);
  // ("How many people live in Iraq?": the verb right after the thing counted, in any form, is what they
  // did; one the data neither has nor relates to is no event it counts.)
  const verbAt = unitWord === undefined ? -1 : countClause.indexOf(unitWord) + 1;
  const verbAfter = verbAt > 0 ? countClause[verbAt] : undefined;
  const uncounted =
    intent === 'count'
      ? terms
          // (A word comparing, "exceed", says how the figures compare, not what happened.)
          // (Nor a word telling that they were told of: "how many bases were cited?")
          .filter((t) => !MORE_WORDS.has(t.word) && !LESS_WORDS.has(t.word) && !COUNTING_VERB.test(t.word) && !TELLING_VERB.test(t.word))
          // (Nor does a word of harm, "lost", "died": a casualty report counts what it tells, in its words.)
          .filter((t) => !hintedTypes([t.word]).includes('casualties'))
          // (A verb of sending or putting, "put on", "sent at", "rained down on", says where they went, not
          // what happened to them.)
          .filter((t) => !SENDING_VERBS.has(t.word.split(' ')[0]!))
          .filter((t) => (t.phrasal ? happened(t) && !phrasalKnown(t) : (/(?:ed|ing)$/.test(t.word) || t.word === verbAfter) && !known(t) && baseForms(t.word).length > 0))
          .map((t) => t.word)
      : [];
  // (A word typed with a capital inside the question, "the Revolutionary Guards", is a name too.)
  // (Not a word typed in lower case that is the plural of a common one: "TV stations" are stations, whatever
  // the dictionary capitalises, "the Stations of the Cross".)
  const commonPlural = (w: string): boolean => !capitalised.has(w) && w.endsWith('s') && baseForms(w).some((b) => b !== w);
  // (Not a word typed as part of the name of a person or place the data knows, next to it: "Ain al-Asad",
  // "Mohammad Javad Zarif" are those the data calls al-Asad and Javad Zarif.)
  const partOfName = (t: QueryTerm): boolean => besideName(corpus, typedWords, terms, t);
  // ("Is Zarif Iran's president?" asks of Zarif, whose post the data gives, and it is another: a no, not a
  // post the article never mentions. See otherPost.)
  const unsaidPosts = postsUnsaid(corpus, folded);
  const postOther = intent === 'yesno' && unsaidPosts.length > 0 && terms.some((t) => {
    const e = entityOf(corpus, t);
    return e !== undefined && corpus.entityKind(e) === 'person' && postsHeld(corpus, e).some((held) => !words(folded).includes(held));
  });
  // ("Which newspaper published this?": who made the article itself, which its facts do not tell.)
  const madeBy = [...ARTICLE_NOUNS].some((w) => said.has(w)) || said.has('this') ? ARTICLE_MADE.exec(folded)?.[0] : undefined;
  // ("Was Soleimani killed by a drone?", "how was he killed - drone strike or something else?": the means or
  // doer asked about, after "by" or offered against anything else, found nowhere in the data, is something
  // the article never tells.)
  // (Or one the question says was used for a deed: "was a drone used to kill Soleimani?")
  const byWhat = (said.has('by') ? BY_MEANS.exec(folded) : null) ?? (said.has('or') ? OR_ELSE.exec(folded) : null) ?? (said.has('used') ? USED_MEANS.exec(folded) : null);
  const byWords = byWhat ? words(byWhat[1]!).filter((w) => !STOP_WORDS.has(w)) : [];
  const byUnsaid = byWords.some((w) => {
    const t = terms.find((x) => x.word === w);
    return t !== undefined && !known(t) && !isDigits(t.stem);
  }) ? [byWords.join(' ')] : [];
  // ("What's Zarif's age?": a thing of a person's that the data never mentions, in its word or one related
  // to it, is not given, however well the person is known.)
  const possessed = intent === 'what' ? POSSESSED_ASKED.exec(folded) : null;
  const possessedTerm = possessed && corpus.entityKind(corpus.entityNamed(possessed[1]!) ?? '') === 'person' ? terms.find((t) => t.word === possessed[2]) : undefined;
  // (Not a word asking for a choice: "what is Trump's dilemma?" asks for the one a fact lays out.)
  const possessedUnsaid = possessedTerm && !known(possessedTerm) && !CHOICE_WORDS.has(possessedTerm.word) ? [possessedTerm.word] : [];
  // ("How did oil prices react to the strikes?": one who responded, no entity of the data, with a word the
  // data neither has nor relates to, is something the article never tells of.)
  const responder = intent === 'what' && RESPONDED.some((w) => folded.includes(w)) ? HOW_RESPONDED.exec(folded)?.[1] : undefined;
  // (Each word as the question's terms read it: "POTUS" is the president, an acronym of the data.)
  const responderUnsaid =
    responder !== undefined && doerNamed(corpus, responder) === undefined && words(responder).some((w) => {
      const t = terms.find((x) => words(x.word).includes(w));
      return t !== undefined && !t.stem.startsWith(ENTITY_PREFIX) && entityOf(corpus, t) === undefined && !known(t);
    })
      ? [responder.trim()]
      : [];
  // ("What's a good phone under $300?": a thing of a kind asked for that the data never mentions, in its
  // word or one related to it, has no instance in it.)
  const indefiniteTerm = intent === 'what' && focusWord !== undefined && INDEFINITE_ASKED.test(folded.trimStart()) ? terms.find((t) => t.word === focusWord) : undefined;
  // (Named as the data names it, or by a dictionary relation: "phone" is near "call" in news text, and no call.)
  const indefiniteUnsaid = indefiniteTerm && !kindKnown(indefiniteTerm) && entityOf(corpus, indefiniteTerm) === undefined ? [indefiniteTerm.word] : [];
  const absentNames = [...indefiniteUnsaid, ...possessedUnsaid, ...responderUnsaid, ...byUnsaid, ...(madeBy ? [madeBy] : []), ...terms.filter((t) => !known(t) && ((isName(t.word) && !commonPlural(t.word)) || t.name === true) && !partOfName(t) && !(intent === 'yesno' && WEEKDAY.test(t.word))).map((t) => t.word), ...(postOther ? [] : unsaidPosts), ...(kindTerm && !kindKnown(kindTerm) && !CHOICE_WORDS.has(kindTerm.word) && (whatKindWord === undefined || terms.some((t) => t !== kindTerm && !kindKnown(t))) ? [kindTerm.word] : []), ...uncounted];
  const unitTerm = unitWord === undefined ? undefined : { word: unitWord, stem: stem(unitWord) };
  const units = new Set(
    counted.flatMap((word) => {
      const t = { word, stem: stem(word) };
      return [t.stem, ...mentioned(vocabulary.expand(t))];
    }),
  );
  const wanted = new Set(terms.flatMap((t) => mentioned(vocabulary.expand(t))));
  // ("Were missiles fired at three bases?": the figure is of the word after it, bases, not missiles.)
  const afterFigure = new Set(foldedWords.flatMap((w, i) => (isDigits(stem(w)) && i + 1 < foldedWords.length && !STOP_WORDS.has(foldedWords[i + 1]!) ? [foldedWords[i + 1]!] : [])));
  const figureUnits = new Set(terms.filter((t) => afterFigure.has(t.word)).flatMap((t) => mentioned(vocabulary.expand(t))));
  const more = all.some((w) => MORE_WORDS.has(w));
  const less = all.some((w) => LESS_WORDS.has(w));
  // A name alone ("soleimani") asks who or what it is.
  const bare = terms.length === 1 && words(folded).length <= 3 && !LEAD_WH.test(folded) && !YES_OR_NO_QUESTION.test(folded) && entityOf(corpus, terms[0]!) !== undefined;
  const identity = roleAsked ?? IDENTITY.exec(folded)?.[1] ?? (bare ? folded.replace(/\?+$/, '').trim() : undefined);
  // Each cue is run only where it can apply: its first use in a run compiles it.
  const attributeWord = folded.startsWith('what') ? ATTRIBUTE_CUE.exec(folded)?.[1] : undefined;
  // "What kind of missiles": "kind", "sort" and "type" ask which kind, which a fact says by qualifying the
  // thing, not by naming a type (see saysWhichKind).
  const sortWord = folded.startsWith('what') || folded.startsWith('which') ? SORT_OF.exec(folded)?.[1] : undefined;
  const sortOf = sortWord === undefined ? undefined : terms.find((t) => t.word === sortWord);
  // ("What phrase did ...", "what words": the form of the answer, no attribute of a thing.)
  const attribute = attributeWord === undefined || sortOf !== undefined || STOP_WORDS.has(attributeWord) || (intent === 'why' && REASON_NOUNS.has(attributeWord)) || ANSWER_FORM_WORDS.has(attributeWord) || DIFFERENCE_WORDS.has(attributeWord) || nameOf || roleAsked || share ? undefined : terms.find((t) => t.word === attributeWord);
  const speakerWords = new Set(intent === 'quote' ? words(SPEAKER_CUE.exec(folded)?.[1] ?? '') : []);
  const speaker = intent === 'quote' ? terms.filter((t) => words(t.word).every((w) => speakerWords.has(w))) : [];
  // "Which got more", "X or Y", and "did more hit X than Y?".
  // (Not "or" opening a second clause: "is Iran done or are more hits coming?" compares nothing.)
  // ("Where did most of the missiles land?", "the bulk of them": which place got more, as "which" asks.)
  const comparing = (CHOICE_CUE.test(folded) && (/^which\b/.test(folded) || !OR_CLAUSE.test(folded))) || (intent === 'yesno' && THAN.test(folded)) || mostOf;
  // ("Which base did not get more missiles?", "which is not the smaller one?": the other way round.)
  const notCompared = comparing && intent !== 'yesno' && [NEGATION, UNMARKED_NEGATION].some((re) => re.test(folded));
  // ("Did Irbil get more or fewer missiles than al-Asad?": either way, asked which: the comparison.)
  const eitherWay = more && less && said.has('than') && MORE_OR_LESS.test(folded);
  // ("Did Irbil get as many missiles as al-Asad?": whether the two are alike, weighed as a comparison is.)
  const alike = intent === 'yesno' && said.has('as') && AS_MUCH_AS.test(folded);
  const compare = (comparing || alike) && (more !== less || eitherWay || alike) ? (more !== notCompared || eitherWay || alike ? 'more' : 'less') : undefined;
  // Two words offered, neither a stop word ("or what" offers nothing): the fact must match one of those
  // worth matching ("airstrike", no English word, is not). A comparison weighs its alternatives with a
  // fact for each, so no one fact need name either.
  // (The patterns run only where "or" is: each costs its compiling.)
  const offered = compare || !said.has('or') ? null : (ALTERNATIVES.exec(folded) ?? SUBJECT_ALTERNATIVES.exec(folded));
  const offeredWords = new Set(offered && !STOP_WORDS.has(offered[1]!) && !STOP_WORDS.has(offered[2]!) ? words(`${offered[1]} ${offered[2]}`) : []);
  const alternatives = terms.filter((t) => words(t.word).some((w) => offeredWords.has(w)));
  // ("The difference between ...", with no word saying which way: how many more the bigger has.)
  // ("How does the number of targets compare with the number of missiles?": two figures set against each
  // other, the difference of the first from the second.)
  // (Only where what it is weighed with is another kind of thing: "how many hit al-Asad versus Erbil?" asks
  // the two counts of one.)
  const differenceCue = intent === 'count' && DIFFERENCE.test(folded);
  const weighing = !differenceCue && weighed !== null;
  const differenceAsked = differenceCue ? (more !== less ? (more ? 'more' : 'less') : !more && foldedWords.some((w) => DIFFERENCE_WORDS.has(w)) ? 'more' : undefined) : undefined;
  // ("How many more targets did Trump threaten than missiles Iran fired?": the plural after "than", when
  // it is another thing than the one counted, is what the count is weighed against.)
  const thanAt = foldedWords.findIndex((w, i) => (weighing ? WEIGHED_WITH.has(w) || (w === 'to' && foldedWords[i - 1]?.startsWith('compar')) : WEIGHED_AGAINST.has(w)));
  const thanWord = (differenceAsked || weighing) && thanAt >= 0 ? foldedWords.slice(thanAt + 1, thanAt + 5).find((w) => !STOP_WORDS.has(w) && pluralNoun(w)) : undefined;
  const thanUnits = thanWord === undefined || units.has(stem(thanWord)) ? undefined : new Set([stem(thanWord), ...mentioned(vocabulary.expand({ word: thanWord, stem: stem(thanWord) }))]);
  const difference = differenceAsked ?? (weighing && thanUnits ? (less && !more ? 'less' : 'more') : undefined);
  // A long question that sets a scene before its question word: the words after it are what it asks.
  const lead = LEAD_WH.exec(folded);
  const asked = new Set(lead && lead.index > 0 ? words(folded.slice(lead.index)).map(stem) : []);
  const scene = new Set(lead && lead.index > 0 ? terms.filter((t) => !words(t.word).some((w) => asked.has(stem(w)))).map((t) => t.stem) : []);
  // "Why did Iran strike this week?": when, in a question that does not ask when, sets the scene too.
  // (Only a question with a word of time, or a figure, runs the time pattern: it takes a millisecond and
  // a half to compile.)
  if (intent !== 'when' && terms.length > 1 && terms.some((t) => TIME_WORDS.has(t.word) || isDigits(t.stem))) {
    const when = new Set(words(TIME_PHRASE.exec(folded)?.[0] ?? '').map(stem));
    for (const t of terms) if (when.has(t.stem)) scene.add(t.stem);
  }
  // "Where is Irbil's base compared with al-Asad's western location?": what it is compared with is a
  // reference, as a scene is, and not what is asked about. (Not in a comparison, which weighs both.)
  if (said.has('compared') || said.has('relative') || said.has('opposed')) {
    const reference = REFERENCE.exec(folded);
    if (reference && intent !== 'count' && !compare) {
      const clause = new Set(words(reference[0]).map(stem));
      for (const t of terms) if (words(t.word).every((w) => clause.has(stem(w)))) scene.add(t.stem);
    }
  }
  // "Did Iran say it would defend itself if attacked again?": the condition says when, the rest what is
  // asked. (Not for "what if", whose condition is what it asks about.)
  // ("Did Trump freak out when the missiles hit?": so does a clause saying when, in a yes or no.)
  const condition = intent === 'outcome' ? null : (CONDITION.exec(folded) ?? (intent === 'yesno' ? (TIME_CLAUSE.exec(folded) ?? (folded.includes('when') ? WHEN_CLAUSE.exec(folded) : null)) : LEADING_TIME_CLAUSE.exec(folded)));
  // (Each word by its base forms too: "came down" is the term "come down".)
  const stemsOf = (text: string): Set<string> => new Set(words(text).flatMap((w) => [stem(w), ...baseForms(w).map(stem)]));
  const conditionStems = condition ? stemsOf(condition[1]!) : new Set<string>();
  const main = stemsOf(condition ? folded.replace(condition[0], ' ') : folded);
  const unconditioned = terms.filter((t) => !conditionStems.has(t.stem) || main.has(t.stem));
  // A question all condition ("what if it is attacked again") keeps its words.
  const kept = condition && unconditioned.length >= 2 ? unconditioned : terms;
  // "Whose call is it now?", "who gets to make the next move?": who decides what happens.
  // ("Is the ball in Iran's court?", "is the decision up to Iran?": whether it is someone's to decide.)
  const decider = (intent === 'who' && DECIDER_ASKED.test(folded)) || (intent === 'yesno' && DECIDER_WHETHER.test(folded));
  // The places the question names, each term's stem to its entity.
  const namedPlaces = new Map<string, string>();
  for (const t of terms) {
    const name = entityOf(corpus, t);
    if (name !== undefined && corpus.entityKind(name) === 'place') namedPlaces.set(t.stem, name);
  }
  // Whether the question has the term's name right after words `before` match ("the" between them).
  const namedAfter = (before: string, t: QueryTerm): boolean => new RegExp(`${before}\\s+(?:the\\s+)?${words(t.word).join('\\W+')}\\b`).test(folded);
  // A place the question names as where ("fired at Baghdad", "hit Irbil"), not as who ("did Tehran launch").
  const placeOf = (t: QueryTerm): boolean => namedPlaces.has(t.stem) && !namedAfter(AUXILIARY.source, t);
  // (In a yes-or-no question with no figure, a place where something happened: after "at", "in", "hit"
  // and the like, not one named as a point to compare with, "east or west of Erbil".)
  const placeWhere = (t: QueryTerm): boolean => namedAfter('\\b(?:at|in|on|into|onto|to|hit|hits|struck|strike|strikes|targeted|targeting)', t);
  const yesnoFigure = intent === 'yesno' && kept.some((t) => isDigits(t.stem));
  const kindAsked = focusWord !== undefined && (WHICH_CUE.test(folded.trim()) || whatKind(corpus, foldedWords, stem(focusWord)));
  // (Not of what an "if" clause supposes: "would Iran be embarrassed if its revenge killed nobody?")
  const unsupposed = folded.includes('if ') ? folded.replace(CONDITION, ' ') : folded;
  const existential = EXISTENTIAL.test(unsupposed) || harmsPeople(unsupposed);
  const single = intent === 'yesno' && !compare ? kindOf(ONE_OF_KIND.exec(folded)?.[1]) : undefined;
  // ("What did Soleimani's killing lead to?": what followed from it.)
  const effect = intent === 'what' || intent === 'outcome' ? effectWorded : null;
  const agent = askedAgent(corpus, folded);
  const whoSaid = asksWhoSaid;
  const placed = (intent === 'count' || intent === 'yesno' || whoSaid) && !compare && !difference ? kept.filter((t) => placeOf(t) && (intent !== 'yesno' || yesnoFigure || placeWhere(t))) : [];
  // (Who told of one place is asked of that place's fact as any question is; of two or more, of a fact each.)
  const places = intent === 'count' || intent === 'yesno' || placed.length > 1 ? placed : [];
  // ("Fired from Iraq": where from, not where at.)
  // ("From inside Iraq", "from within Iran": where from, all the same.)
  // (Not harm "from" something, its cause: "did anybody die from Iran's missiles?")
  const origins = (intent === 'count' || intent === 'yesno') && said.has('from') ? kept.filter((t) => namedAfter(`${HARMED_BY}\\bfrom(?:\\s+(?:inside|within|in))?`, t)).flatMap((t) => entityOf(corpus, t) ?? []).filter((e) => ['place', 'country'].includes(corpus.entityKind(e) ?? '')) : [];
  const placeNames = [...new Set(places.map((t) => namedPlaces.get(t.stem)!))].sort((x, y) => {
    // In the order asked; one only described ("the big base") keeps its place.
    const [i, j] = [namedAt(folded, corpus, x), namedAt(folded, corpus, y)];
    return i === j ? 0 : i < j ? -1 : 1;
  });
  const namedInQuestion = new Set(terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined));
  const goesOnWord = [...said].some((w) => GOES_ON_WORDS.has(w));
  return {
    intent,
    folded,
    namedPlaces,
    namedInQuestion,
    firstPerson: firstNamedIn(folded, corpus, [...namedInQuestion].filter((e) => PEOPLE_KINDS.has(corpus.entityKind(e) ?? ''))),
    asked: new Set(words(folded)),
    scene,
    // (Words alone: a name matched whole, "al asad", is no adverb, and asking would read a lexicon shard.)
    // (A word of reluctance in a why-question says "not", which the reason's own "not" says.)
    manner: new Set(kept.filter((t) => !t.word.includes(' ') && !t.stem.startsWith(ENTITY_PREFIX) && (isAdverb(t.word) || HEDGING.has(t.word) || ranking(t.word) || weighs(t.word) || hedgedBy(t.word) || doneAsked(t.word) || placeKind(corpus, all, t) || (intent === 'why' && RELUCTANCE.test(t.word)))).map((t) => t.stem)),
    // (And "what message is Iran sending?": the noun for what is said, and the verb sending it, ask for the
    // words, which a fact tells by what it says, whatever it calls them. Not so in a yes-or-no question:
    // "did Iraq get advance warning?" asks whether there was one.)
    speech: new Set([
      ...(whoSaid ? kept.filter((t) => WHO_SAID_VERBS.has(t.word) || SOURCE_VERBS.has(t.word) || COUNTING_VERB.test(t.word)) : []),
      ...(intent !== 'yesno' && kept.some((t) => SAYING_NOUNS.has(t.word)) ? kept.filter((t) => SAYING_NOUNS.has(t.word) || SENDING_WORDS.has(t.word)) : []),
    ].map((t) => t.stem)),
    existential,
    thereIs: said.has('there') ? terms.find((t) => t.word === THERE_IS.exec(folded)?.[1]) : undefined,
    nameOf,
    calledNoun,
    lengthAsked: HOW_LONG.test(folded.trim()),
    dayAsked: intent === 'when' && DAY_ASKED.test(folded),
    mediumAsked: intent === 'where' && (MEDIUM_ASKED.test(folded) || MEDIUM_NOUN_ASKED.test(folded)),
    asksWhether: YES_OR_NO_QUESTION.test(folded),
    // Read in the question proper: from its question word on, its "if" clause aside.
    negated: [NEGATION, UNMARKED_NEGATION].some((re) => re.test(folded.slice(lead?.index ?? 0).replace(CONDITION, ' '))),
    // ("Why would Trump be reluctant to strike?" asks why he would not.)
    whyNot: intent === 'why' && (RELUCTANCE.test(folded) || WHY_NOT.test(folded.replace(SUBORDINATE_CLAUSE, ''))),
    topicOnly: /^what (?:about|regarding|concerning)\b/.test(folded.trim()),
    articleWording,
    quotePart,
    decider,
    // A comparison's places are weighed a fact each.
    // So do yes-or-no questions with a figure in them ("were 22 missiles fired at al-Asad?").
    places,
    origins,
    entityKind: kindAsked ? (ENTITY_KINDS.find((k) => k === focusWord) ?? KIND_NOUNS.get(focusWord!)) : undefined,
    kindNoun: kindAsked && KIND_NOUNS.has(focusWord!) ? focusWord : undefined,
    kindOwner: kindAsked && which && (kind === which[2] || kind === which[3]) ? corpus.entityNamed(which[1]!) : undefined,
    kindFrom: kindAsked && /\bfrom\b/.test(folded),
    // ("Which two bases": the kind after a number, its instances to be named.)
    // ("Which two words did Khamenei use?" asks for words said, a quote, no things to name.)
    listed: which && isCount(which[1]!) && whichFocus === which[2] && !ANSWER_FORM_WORDS.has(which[2]!) ? which[2] : undefined,
    // ("Which Democratic politicians": the word after the qualifier is the kind, where the focus is the qualifier.)
    qualifiedKind: which && whichFocus === which[1] && which[2] !== undefined && !STOP_WORDS.has(which[2]) && !VERB_AFTER_KIND.has(which[2]) ? { qualifier: which[1]!, kind: which[2] } : undefined,
    partOf: intent === 'count' ? partAsked(folded) : undefined,
    deed: intent === 'who' && !whoSaid ? deedAsked(folded, kept) : undefined,
    blamed,
    membersAsked,
    // ("Which two words did Khamenei use?" asks for words, which a quote gives.)
    manyAsked: manyAsked && Number.isInteger(manyAsked.count) && manyAsked.count > 1 && !ANSWER_FORM_WORDS.has(manyAsked.noun) ? manyAsked : undefined,
    // (entityAfter steps over a "the" after the modal itself.)
    describer: doerNamed(corpus, DESCRIBER_ASKED.exec(folded)?.[1]?.replace(/^the /, '')) ?? viewHolder(corpus, folded, viewAsked, namedInQuestion),
    // ("What was Tehran avenging?": the one whose deed's reason is asked, after "what" and its verb.)
    whyOf: intent === 'why' && WHY_MODAL.test(folded) ? entityAfter(corpus, foldedWords, foldedWords.indexOf('why') + 1) : intent === 'why' && AVENGING_ASKED.test(folded) ? entityAfter(corpus, foldedWords, 1) : undefined,
    doer: intent === 'what' ? (doerAsked(corpus, folded) ?? (RESPONDED.some((w) => folded.includes(w)) ? doerNamed(corpus, HOW_RESPONDED.exec(folded)?.[1]) : undefined)) : undefined,
    futureDoer: intent === 'what' || intent === 'outcome' ? futureDoerAsked(corpus, folded) : undefined,
    negatedDoer: intent === 'what' && /^what [a-z']+ /.test(folded) ? entityAfter(corpus, foldedWords, 1, 3) : undefined,
    stockAsked: intent === 'count' && (said.has('is') || said.has('are') || said.has('does') || said.has('do')) && STOCK_ASKED.test(folded),
    whatNot: intent === 'what' && !compare && WHAT_NOT.test(folded.replace(/n['\u2019]t\b/g, ' not')),
    // (Named only there: "besides Trump, who spoke about Trump's tweet?" asks of Trump still.)
    setAside: asideNamed,
    asideThings: asideThingWords(asideWords).filter((w) => setAside.has(w) && !STOP_WORDS.has(w) && !asideNamed.some((e) => namesOf(corpus, e).some((n) => words(n).includes(w)))),
    // (Or closing the question: "which country were the bases in?")
    kindPreposition: kindAsked ? (WHICH_CUE.exec(folded.trim())?.[1] ?? CLOSING_PREPOSITION.exec(folded)?.[1]) : undefined,
    // (A word with no other base form is no plural: "official", not "officials".)
    oneOf: whichFocus !== undefined && baseForms(whichFocus).every((b) => b === whichFocus) ? whichFocus : undefined,
    // (A slip is read only for a word neither the data nor English has: a look-up reads a dictionary file.)
    choice: terms.filter((t) => CHOICE_WORDS.has(t.word) || (!known(t) && !isEnglishWord(t.word) && CHOICE_WORDS.has(englishReading(t) ?? ''))),
    // (Not two things offered, "is al-Asad east or west of Irbil?", nor compared, "did more missiles hit
    // Irbil or al-Asad?"; nor "was anyone killed or injured?", whether either happened.)
    // (And what someone is bound to do: "what should Trump do now?" - "Trump has to decide between ...".)
    choiceAsked: (intent === 'yesno' && !compare && alternatives.length < 2 && !existential && / or (?!not\b)/.test(folded)) || (intent !== 'yesno' && OBLIGED_DEED.test(folded)),
    // ("Who reported 17 missiles at al-Asad and five at Irbil?": a source of the figures for each.)
    perPlace: (intent === 'count' || whoSaid) && placeNames.length > 1 ? placeNames : [],
    // (Or of a whole divided: "split between the bases"; where no kind is named, among places of any kind.)
    each: intent === 'count' && !TOTAL.test(folded) && [...EACH_WORDS].some((w) => said.has(w)) ? kindOf(EACH_OF.exec(folded)?.[1]) : division !== undefined ? (kindOf(division?.[1]) ?? ANY_PLACE) : single,
    single,
    divided: division !== undefined,
    effectOf: effect ? words(effect[1] ?? effect[2]!).filter((w) => !STOP_WORDS.has(w)).map(stem) : undefined,
    // "More" and "fewer" say how to compare, not what about; nor, asking which, do "the two" things
    // compared and "the smaller one" of them count anything.
    // (Nor do "single" and "same" in "at a single base": they ask whether all went to one.)
    terms: compare || difference ? kept.filter((t) => !MORE_WORDS.has(t.word) && !LESS_WORDS.has(t.word) && !DIFFERENCE_WORDS.has(t.word) && !(intent !== 'yesno' && countsAlternatives(t, folded))) : single !== undefined ? kept.filter((t) => !ONE_OF_KIND_WORDS.has(t.word)) : kept,
    absentNames,
    unit: unitTerm?.stem,
    unitWord: unitTerm?.word,
    accordingTo: said.has('according') ? accordingTo(corpus, folded) : undefined,
    unitSide: unitWord === undefined ? [] : countryOfWord(foldedWords[foldedWords.indexOf(unitWord) - 1] ?? ''),
    // ("How much missiles": a plural right after "how much" counts; "how much would repairs cost" asks a sum.)
    muchCounts: unitWord !== undefined && pluralNoun(unitWord) && new RegExp(`\\bhow much (?:of )?(?:the )?${escapeRegExp(unitWord)}\\b`).test(folded),
    units,
    wanted,
    figureUnits,
    focus: focusWord === undefined ? undefined : stem(focusWord),
    // (Two kinds of thing weighed, "the missiles or the targets", are their figures' difference, no
    // comparison of places.)
    compare: thanUnits ? undefined : compare,
    difference,
    thanUnits,
    kindsWeighed: intent === 'yesno' && (compare || difference) && said.has('than') ? kindsWeighed(foldedWords) : undefined,
    // ("How many missiles hit the two bases?", "at both bases": every place of the kind together, a total.)
    // (Not each of them: "how many were fired at each of the bases?" asks each one's figure.)
    total: TOTAL.test(folded) || (intent === 'count' && ![...EACH_WORDS].some((w) => said.has(w)) && ALL_PLACES.test(folded)),
    share,
    whoSaid,
    reportedFuture: intent === 'quote' && REPORTED_FUTURE.test(folded),
    topic: new Set(SAID_ABOUT_WORDS.some((w) => said.has(w)) ? words(SAID_ABOUT.exec(folded)?.[1] ?? '').filter((w) => !STOP_WORDS.has(w)).map(stem) : []),
    goesOnAsked: goesOnWord && !eitherWay && !DIRECTION_COMPARED.test(folded) && asksGoesOn(folded),
    goesOnSupposed: goesOnWord && CONDITION.test(folded) && !asksGoesOn(folded.replace(CONDITION, ' ')),
    supposing: supposedTerms(folded, terms),
    aspectAsked: aspect.size > 0,
    howDone: HOW_DONE.test(folded),
    // (Not a verb of saying, describing or ending: "how did Zarif describe the strikes?", "how did Trump end his
    // tweet?" ask for the words.)
    mannerOf: HOW_DONE.test(folded) && intent !== 'quote' ? mannerAsked(folded, agent) : undefined,
    identity: identity && words(identity).length <= 4 ? identity : undefined,
    roleOf: roleAsked,
    speaker,
    attribute,
    sortOf,
    agent,
    alternatives,
  };
}

/** The article question this one restates, if it restates one closely. @internal */
export function matchArticleQuestion(corpus: Corpus, question: string): number | null {
  const mine = new Set(words(question));
  if (!mine.size) return null;
  const { sizes, byWord, position } = corpus.questionWords();
  // Nearly all words shared both ways: a restatement, not a new question on the same topic. At least
  // `need` of the question's words, so at least `need - slips` of them as typed (or by stem).
  const need = Math.ceil(RESTATES_ASKED * mine.size);
  const lists: Array<ReadonlySet<number>> = [];
  const unmatched: string[] = [];
  for (const w of mine) {
    // A word's stem lists every question with a word of that stem, the word itself among them.
    const found = byWord.get(stem(w)) ?? byWord.get(w);
    if (found) lists.push(found);
    else unmatched.push(w);
  }
  // Words that may be slips: not stop words, nor words the data has (a real word is never respelt).
  const vocabulary = corpus.index.vocabulary;
  const slipped = unmatched.filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !vocabulary.has(stem(w)));
  const slips = slipped.length;
  if (lists.length + slips < need) return null;
  // A question sharing that many shares one of the rarest words: only those questions are counted, so an
  // article of thousands of questions is not read again for every question asked.
  lists.sort((x, y) => x.size - y.size);
  const exact = Math.max(0, need - slips);
  const candidates = new Map<number, number>();
  if (exact === 0) for (const n of sizes.keys()) candidates.set(n, 0);
  else for (const list of lists.slice(0, lists.length - exact + 1)) for (const n of list) candidates.set(n, 0);
  for (const n of candidates.keys()) for (const list of lists) if (list.has(n)) candidates.set(n, candidates.get(n)! + 1);
  // A misspelt word ("ovr") meets the question word one slip away; a real word is never respelt. Tried
  // only when it could make a restatement (reading the dictionary costs).
  let most = 0;
  for (const count of candidates.values()) most = Math.max(most, count);
  if (slips && most + slips >= need) {
    for (const w of slipped) {
      if (isEnglishWord(w)) continue;
      const found = new Set<number>();
      for (const v of oneEditAway(w)) for (const n of byWord.get(v) ?? []) if (candidates.has(n)) found.add(n);
      for (const n of found) candidates.set(n, candidates.get(n)! + 1);
    }
  }
  let best: number | null = null;
  for (const [n, common] of candidates) {
    if (common / sizes.get(n)! >= RESTATES_QUESTION && common / mine.size >= RESTATES_ASKED && (best === null || position.get(n)! < position.get(best)!)) best = n;
  }
  return best;
}

// "Was a drone used to kill Soleimani?", "were rockets used in the attack?": the means a deed was done with.
const USED_MEANS = /^(?:was|were|is|are|had|has|have) (?:an? |the |some |any )?([a-z-]+(?: [a-z-]+)?) (?:been )?used (?:to|in|for|against|on)\b/;

// A word VIEW_ASKED asks for a view by, before it is compiled.
const VIEW_WORDS = /stance|position|view|attitude|line|stand|opinion|posture|outlook|thinking|mood|feeling|sentiment|mindset/;

// A word of harm, before the patterns that need one are compiled.
const HARM_WORD = /kill|hurt|injur|wound|harm|die|dead/;

// "Did the missiles kill Americans?": whether any of a people, or of people of some kind, were harmed, as
// "any Americans" asks it: a harm verb, then (past a word or two of who they are) a plural of people.
function harmsPeople(folded: string): boolean {
  // (Or, asking whether they were harmed, "were people killed?", "did soldiers die?".)
  if (!HARM_WORD.test(folded)) return false;
  return [HARM_THEN.exec(folded), HARMED_BEFORE.exec(folded)].some((m) => m !== null && words(m[1]!).some((w) => CASUALTY_PEOPLE.has(w) || (w.endsWith('s') && countryOfWord(w).length > 0)));
}

// The shares of words a restatement has in common with what it restates (an article question, an ask),
// and with the question asked.
const RESTATES_QUESTION = 0.8;
const RESTATES_ASKED = 0.75;

// The least match quality of the thing a "what X of" question asks for: the word, a spelling of it, or a
// dictionary relation.
const RELATED_MATCH = 0.7;
// The same as a hit's match quality holds it: the index keeps qualities as 32-bit floats, and 0.7 is
// 0.699999988 there, under RELATED_MATCH, so a related word compared with it never counted.
const RELATED_HIT = Math.fround(RELATED_MATCH);
// (And the least quality at which a word names what the data's does, as the index keeps it.)
const NAMING_HIT = Math.fround(NAMING_QUALITY);

// How much an adverb the data knows counts towards confidence (one it does not know does not count).
const MANNER_WEIGHT = 0.25;

// How much a word of the scene a long question sets before its question word counts towards confidence.
const SCENE_WEIGHT = 0.25;

// Below this share of the search score of the best fact that failed a check, a fact that passes is about
// something else.
const ABOUT_ELSE = 0.6;

// The share of a fact's own words a why-question must say to restate it (see askExplained).
const RESTATES_CLAIM = 0.6;

// How much the share of a scene-setting question's words a fact covers moves it (see askExplained).
const SCENE_PULL = 0.4;

// How much a reason in the premise's section is lifted.
const SAME_SECTION = 1.2;
// The share of the premise's score a reason told in its paragraph is taken to have, at least.
const BESIDE_PREMISE = 0.9;

// How much a fact whose `asks` holds the question, reworded at most a little, is lifted.
const RESTATED = 1.5;

// Whether a question (its words' stems) says nearly what an ask (its restatement key) says: nearly all
// words shared both ways.
function restates(mine: ReadonlySet<string>, key: readonly string[]): boolean {
  // "Why did Iran fire missiles" is another question than "did Iran fire 30 missiles".
  if (key[0] && !mine.has(key[0])) return false;
  let common = 0;
  for (let i = 1; i < key.length; i++) if (mine.has(key[i]!)) common++;
  return common / (key.length - 1) >= RESTATES_QUESTION && common / mine.size >= RESTATES_ASKED;
}

// The fact types a word asks for whose reports answer it whatever they say ("toll": a casualty report).
function reportsAsked(word: string): Array<Fact['type']> {
  return hintedTypes([word]).filter((type) => VOUCHING_TYPES.has(type));
}

function hintedTypes(questionWords: readonly string[]): Array<Fact['type']> {
  const hints = (cue: string, w: string): boolean => (cue.endsWith('*') ? w.startsWith(cue.slice(0, -1)) : w === cue);
  return TYPE_HINTS.filter(([, cues]) => questionWords.some((w) => cues.some((c) => hints(c, w)))).map(([type]) => type);
}

// How much grounds given suit a question asking how a deed is justified: more than a reason for it.
const GROUNDS_FIRST = 2.2;

// How much a prediction suits a question asking what will happen.
const PREDICTED = 1.6;

// How much words telling of what is to come suit a question asking what someone said would be.
const FUTURE_SAID = 1.3;

// How much a fact supposing what the question supposes is lifted.
const SAME_SUPPOSED = 1.3;

// How much a fact of what follows only if something is so weighs to a question supposing nothing.
const ONLY_IF = 0.85;

// The question's terms in the condition it opens or closes with ("if Washington lets it go").
function supposedTerms(folded: string, terms: readonly QueryTerm[]): readonly QueryTerm[] {
  // ("Would a US counterstrike mean more violence?": what the question supposes is its subject, whose
  // consequence it asks.)
  const m = CONDITION.exec(folded) ?? (words(folded).some((w) => CONSEQUENCE_VERBS.has(w)) ? CONSEQUENCE_ASKED.exec(folded) : null);
  if (m === null) return [];
  const said = new Set(words(m[1]!).map(stem));
  return terms.filter((t) => said.has(t.stem));
}

// Whether a fact opens with a condition (or states a claim that holds if one is) that holds half or more of
// the words the question supposes, as typed or by a relation, names aside ("the US" for "Trump").
function supposesAlike(supposed: readonly QueryTerm[], corpus: Corpus, fact: Fact): boolean {
  const text = normalise(fact.text);
  const opening = OPENING_CONDITION.exec(text)?.[0] ?? (CONDITIONAL_CLAIM.test(text) ? text.slice(text.search(/\bif\b/)) : undefined);
  if (opening === undefined) return false;
  const own = new Set(words(opening).map(stem));
  const asked = supposed.filter((t) => entityOf(corpus, t) === undefined);
  const held = asked.filter((t) => heldIn(corpus, own, t));
  return held.length > 0 && held.length * 2 >= asked.length;
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

// What a prediction weighs for a yes-or-no question about what happened.
const WHAT_MAY_HAPPEN = 0.9;

// How well a fact suits the kind of answer wanted: 1 is neutral.
function cue(a: Analysis, hinted: readonly Fact['type'][], fact: Fact, corpus: Corpus, question: string): number {
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
    (!supposesAlike(a.terms, corpus, fact) || (a.intent === 'yesno' && !followsHold(a.terms, corpus, fact)))
      ? ONLY_IF
      : 1;
  // "What did Soleimani's killing lead to?": a fact telling what was done in answer to it ("the strikes were
  // Iran's answer to America killing Soleimani") tells what followed.
  const effectCue = a.effectOf?.length && effectTold(a.effectOf, fact) ? EFFECT_TOLD : 1;
  return effectCue * typeCue * choiceCue * deedCue * pastCue * sameSupposed * onlyIf * (goesOn ? CONTINUES : 1) * (narrowerReport(a, corpus, fact) ? NARROWER : 1) * (a.intent !== 'yesno' && a.intent !== 'outcome' && hinted.includes('casualties') ? oneSideReport(a, corpus, fact) : 1) * intentCue(a, fact, corpus, question) * (othersOnly(a, corpus, fact) ? OTHERS_ONLY : 1);
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

// A side is a country, or a body of one: "American troops" are the US forces.
function isSide(corpus: Corpus, name: string): boolean {
  return corpus.entityKind(name) === 'country' || corpus.countriesOf(name).length > 0;
}

// The sides a question names.
function sidesNamed(a: Analysis, corpus: Corpus): string[] {
  return [...a.namedInQuestion].filter((n) => isSide(corpus, n));
}

// Whether a question asks nothing but whether anyone was harmed: its every word says harm, or sets a scene.
function asksHarmOnly(a: Analysis, corpus: Corpus): boolean {
  return a.terms.every((t) => a.scene.has(t.stem) || vouchesFor('casualties', t, corpus.index.vocabulary));
}
// Whether a word is two English words of four letters or more written as one ("codename", "warplane"):
// a compound the dictionary spells apart, not filler.
function closedCompound(word: string): boolean {
  if (!/^[a-z]{8,24}$/.test(word)) return false;
  for (let i = 4; i <= word.length - 4; i++) if (isEnglishWord(word.slice(0, i)) && isEnglishWord(word.slice(i))) return true;
  return false;
}

const DOER_NAMED = 1.2;
const WORDS_TYPES: ReadonlySet<Fact['type']> = new Set(['threat', 'statement']);
const WORDS_FOR_DEED = 0.9;

// Whether a fact's text gives a reason: a word of reason, or what someone did to another "for" something.
// (Only the first explains another event the article tells: the second explains its own act.)
function givesReason(text: string): boolean {
  return REASON_WORDS.test(text) || REASON_FOR.test(text);
}

// "What were the Democrats saying would happen once Soleimani was taken out?": a question naming several
// people or groups asks of them together; a fact telling of only some of them ("Trump could point out that
// he killed Soleimani") tells of something else.
function othersOnly(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  const named = [...a.namedInQuestion].filter((n) => ['person', 'group'].includes(corpus.entityKind(n) ?? ''));
  return named.length > 1 && !named.every((n) => tellsOf(corpus, fact, n));
}
// How much a fact telling of only some of the people a question names suits it.
const OTHERS_ONLY = 0.7;

// "Why could de-escalating be a win for Trump?" - "By de-escalating now, Trump could point out that he
// killed Soleimani": what a deed the question names lets someone do, told by a fact opening with it done
// ("by de-escalating"), is why it would serve them.
function gainedBy(a: Analysis, corpus: Corpus, text: string): boolean {
  const deed = BY_DOING.exec(text)?.[1];
  if (deed === undefined) return false;
  // (As the index reads it: "de-escalating" is one word, "deescalating".)
  const done = new Set(words(deed).map(stem));
  return a.terms.some((t) => saidAmong(corpus, t, done, RELATED_HIT));
}
const BY_DOING = /^by ([a-z-]+ing)\b/;

// Whether a question asks the grounds given for a deed and the fact gives some.
function groundsGiven(a: Analysis, text: string): boolean {
  return GROUNDS_ASKED.test(a.folded) && GROUNDS_TOLD.test(text);
}

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

// The question's words that are no name: what it asks about a deed or a thing.
function unnamedTerms(a: Analysis, corpus: Corpus): QueryTerm[] {
  return a.terms.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && corpus.entityNamed(t.word) === undefined);
}

// Whether a question word is among some stems of a fact's words: its own stem, or one it matches at least
// `quality`.
function saidAmong(corpus: Corpus, t: QueryTerm, stems: ReadonlySet<string>, quality: number): boolean {
  return stems.has(t.stem) || [...corpus.index.vocabulary.expand(t)].some(([st, q]) => q >= quality && stems.has(st));
}

// Whether a fact tells of an entity: lists it, or names it in its text.
function tellsOf(corpus: Corpus, fact: Fact, name: string): boolean {
  return fact.entities.includes(name) || namedAt(fact.text, corpus, name) !== Infinity;
}

// "Why might the attack end up humbling for Iran?" - "It will be humbling for Iran if its revenge turns out
// to be fireworks": a claim that holds if something is so gives, in its condition, why it would, to a
// question asking about that claim: one saying a word of the claim found in no more than one other fact.
// (So does a threat or a vow made on a condition, asked of the one who made it: "Trump had threatened to
// strike 52 targets if Iran attacked" says why he threatened them; not why Iran struck, nor why he chose
// the number.)
function conditionGivesReason(a: Analysis, corpus: Corpus, text: string): boolean {
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
const CONDITIONAL_THREAT = /\b(?:threaten(?:s|ed)?|vow(?:s|ed)?|warn(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)) to\b[^,;.]*?\bif\b/;
// "Why is Trump reluctant to strike?", "why might he not retaliate?": not wanting something (a war), or
// keeping away from it, is why not.
function notWanting(a: Analysis, text: string): boolean {
  return a.whyNot && ((NEGATION.test(text) && WANTING.test(text)) || AVOIDANCE.test(text));
}

// Whether a fact says something goes on or has ended ("no more direct attacks", "they were finished").
function tellsWhetherItGoesOn(fact: Fact): boolean {
  const text = normalise(fact.text);
  return CONTINUATION.test(text) || ENDED.test(text);
}

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
      return fact.type === 'prediction' ? PREDICTED : 0.75;
    case 'quote':
      if (a.whoSaid) return fact.attribution !== 'article' || fact.quote ? 1.3 : 0.8;
      // ("What did Zarif say Iran would do?": his words of what is to come, "will defend ourselves", first.)
      return (fact.quote ? 1.3 : fact.type === 'statement' || fact.attribution !== 'article' ? 1.1 : 0.85) * (a.reportedFuture && FUTURE_IN_WORDS.test(normalise(fact.quote?.text ?? fact.text)) ? FUTURE_SAID : 1);
    case 'who': {
      // ("Who gave the breakdown of the missiles?": the source of figures, told by a fact giving some and
      // saying whose they are.)
      // (Figures of what the question counts first: "who counted the missiles?" - 17 missiles, not two bases.)
      if (a.whoSaid && FIGURES_NOUN.test(a.folded)) return (fact.attribution !== 'article' ? 1.3 : 0.8) * (!fact.numbers?.length ? 0.7 : fact.numbers.some((n) => a.terms.some((t) => words(n.unit).some((w) => stem(w) === t.stem))) ? 1 : 0.85);
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
      // "Where ... from?" asks for an origin: a fact saying from where.
      if (WHERE_FROM.test(a.folded) && ORIGIN.test(fact.text)) return 1.4;
      // A country is a place too ("from Iranian soil"), and so is a name after "in", "at" or "from". (A word
      // of place inside a name, "Western media", places nothing.)
      return PLACE_WORDS.test(withoutNames(corpus, fact)) ? 1.4 : names(['place', 'country']) || PLACE_AFTER.test(fact.text) ? 1.1 : 0.85;
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
      return reasonFor(a, corpus, text()) || conditionGivesReason(a, corpus, text()) || notWanted || gainedBy(a, corpus, text()) ? 2 : fact.type === 'background' || fact.type === 'assessment' ? 1.1 : 0.7;
    }
    case 'yesno': {
      // "Did Iran fire 30 missiles?": a fact with a figure in the unit asked about can say yes or no to it.
      if (a.terms.some((t) => isDigits(t.stem)) && figureAsked(a, fact)) return 1.3;
      // "Was his death the reason for the strikes?": a fact giving a reason says whether it was.
      if (a.terms.some((t) => REASON_NOUNS.has(t.word)) && givesReason(text())) return REASON_ASKED;
      // "Is Soleimani dead?" asks about Soleimani: a fact that never names him ("no one was killed") is
      // about something else.
      const people = a.terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined && corpus.entityKind(n) === 'person');
      if (people.length && !people.some((p) => fact.entities.includes(p))) return ABOUT_SOMEONE_ELSE;
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
    default:
      return 1;
  }
}

// How much a fact giving a direction suits a yes or no about where a place lies (one giving another
// place's direction, though it names the one asked about, is about someone else).
const DIRECTION_TOLD = 1.3;

// The facts whose figures a difference between two kinds of thing weighs ("how many more targets ... than
// missiles ..."), the counted thing's first; of several, one at every place the question names, else the
// whole, not a part: "the missiles Iran fired" are the 22, not the 17 at al-Asad.
function unitsWeighed(a: Analysis, candidates: readonly Fact[]): [Fact, Fact] | undefined {
  if (!a.thanUnits) return undefined;
  const places = [...a.namedPlaces.values()];
  const whole = (figure: (f: Fact) => NumberFigure | undefined, not?: Fact): Fact | undefined =>
    candidates
      .filter((f) => f !== not && figure(f) !== undefined)
      .sort((f, g) => Number(places.every((p) => g.entities.includes(p))) - Number(places.every((p) => f.entities.includes(p))) || figure(g)!.value - figure(f)!.value)[0];
  const counted = whole((f) => unitFigure(a, f));
  const other = counted && whole((f) => thanFigureOf(a, f), counted);
  return counted && other ? [counted, other] : undefined;
}

// A figure of the fact in the unit a difference weighs the count against ("than missiles").
function thanFigureOf(a: Analysis, fact: Fact): NumberFigure | undefined {
  return a.thanUnits ? fact.numbers?.find((n) => unitTerms(n.unit).some((st) => a.thanUnits!.has(st))) : undefined;
}

// A figure of the fact in a unit the question names ("missiles" in "were 22 missiles fired").
function figureAsked(a: Analysis, fact: Fact): NumberFigure | undefined {
  const units = a.figureUnits.size ? a.figureUnits : a.wanted;
  return fact.numbers?.find((n) => unitTerms(n.unit).some((st) => units.has(st)));
}

const PRICE_ASKED = /\b(?:cost|costs|costing|price|prices|priced|worth|spend|spent|pay|paid|charge|charged)\b/;

// A figure's unit as query terms, worked out once per unit: every candidate's figures are weighed against
// the question, and most share a few units. Bounded, for a dataset of many units.
const UNIT_TERMS = new Map<string, readonly string[]>();
function unitTerms(unit: string): readonly string[] {
  let terms = UNIT_TERMS.get(unit);
  if (!terms) {
    if (UNIT_TERMS.size >= 4096) UNIT_TERMS.clear();
    UNIT_TERMS.set(unit, (terms = queryTerms(unit)));
  }
  return terms;
}

// The figure of a fact whose unit is what the question counts ("how many soldiers" is not "17 missiles").
function unitFigure(a: Analysis, fact: Fact): NumberFigure | undefined {
  if (!fact.numbers?.length) return undefined;
  // ("How much does one of the missiles cost?": a price asked, with no unit named, is a sum of money.)
  if (a.unit === undefined) return a.asked.has('much') && !a.asked.has('many') && PRICE_ASKED.test(a.folded) ? fact.numbers.find((n) => MONEY_UNIT.test(n.unit)) : fact.numbers[0];
  // ("How much is the day pass?" asks for a sum or a measure: "20,000 daily passengers" counts, and says
  // no price.)
  // (Not "how much missiles": a plural counts, however it is asked.)
  // ("By how much did the targets exceed the missiles?" weighs two counts.)
  const much = a.asked.has('much') && !a.asked.has('many') && !a.muchCounts && !a.difference;
  // ("How many British personnel died?" - "no Iraqi personnel killed": a count of another country's people
  // is none of theirs.)
  const ofOther = (unit: string): boolean => !!a.unitSide?.length && words(unit).some((w) => countryOfWord(w).length > 0 && !countryOfWord(w).some((n) => a.unitSide!.includes(n)));
  const fitting = fact.numbers.filter((n) => unitTerms(n.unit).some((st) => a.units.has(st)) && (!much || MEASURE_UNIT.test(n.unit)) && !ofOther(n.unit));
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
      const everyone = side.length ? undefined : harm.find((n) => n.value === 0 && /^(?:people|persons|anyone|nobody)\b/.test(n.unit));
      if (own ?? everyone) return own ?? everyone;
    }
  }
  const places = fitting.length ? undefined : placesFigure(a, fact);
  if (places) return places;
  // "How much aid did the government promise?" - "promised 50 million euros in emergency aid": a sum or a
  // measure, of the thing asked about where the fact names it.
  if (!fitting.length && much) {
    const said = words(normalise(fact.text).replace(/(\d),(?=\d{3}\b)/g, '$1'));
    // (A sum of money first: "receive 185 pence in cash for each share, a premium of 32%". Of two, the one
    // nearest the thing asked: "losing £410,000 a year and needed repairs estimated at £2.3 million".)
    const at = a.unit === undefined ? -1 : said.findIndex((w) => stem(w) === a.unit);
    if (at >= 0) return nearestSaid(said, at, fact.numbers.filter((n) => MONEY_UNIT.test(n.unit))) ?? nearestSaid(said, at, fact.numbers.filter((n) => MEASURE_UNIT.test(n.unit)));
  }
  return fitting.reduce<NumberFigure | undefined>((best, n) => (best === undefined || unitFit(a, n) > unitFit(a, best) ? n : best), undefined);
}

// "How many Iranian sites did Trump threaten to strike?" - "to strike 52 targets": a general word for
// places counts the places a figure counts in a word of its own for them.
function placesFigure(a: Analysis, fact: Fact): NumberFigure | undefined {
  const word = a.unitWord;
  if (word === undefined || ![word, ...baseForms(word)].some((w) => KIND_NOUNS.get(w) === 'place')) return undefined;
  return fact.numbers?.find((n) => words(n.unit).some((w) => [w, ...baseForms(w)].some((b) => PLACE_UNIT_NOUNS.has(b))));
}

// How many of the question's other words a figure's unit holds.
function unitFit(a: Analysis, figure: NumberFigure): number {
  return unitTerms(figure.unit).filter((st) => !a.units.has(st) && a.wanted.has(st)).length;
}


// The most words a "who is" or "what is" question's thing has where an unknown word in it is a name.
const IDENTITY_WORDS = 4;

// Kinds of entity that are someone: a yes-or-no question about them is about them.
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['person', 'group']);

// What a candidate lacks to answer this question; none means it can.
function failedChecks(a: Analysis, hit: Hit, corpus: Corpus, hinted: readonly Fact['type'][]): string[] {
  const fact = hit.fact;
  const failed: string[] = [];
  // "Apart from al-Asad, which base was hit?": a fact naming what is set aside answers something else.
  // ("What did Soleimani's killing lead to?" - "the Democrats had warned that killing Soleimani would lead
  // to war": what someone said would follow is not what did.)
  if (a.effectOf && /^what (?:did|has|have|had)\b/.test(a.folded) && /\bwould\b/.test(normalise(fact.text)) && !CAUSE_AFTER.test(normalise(fact.text))) failed.push('only foretold');
  const aside = a.setAside?.filter((e) => namedAt(fact.text, corpus, e) !== Infinity) ?? [];
  if (aside.length) failed.push(`set aside: ${aside.join(', ')}`);
  // "..., according to Zarif, ...": whose word it is; a fact that is someone else's (the article's own
  // account, another's report) is not his.
  if (a.accordingTo !== undefined && !sameSide(corpus, a.accordingTo, speakerOf(corpus, fact)) && fact.attribution !== a.accordingTo) failed.push(`not according to ${a.accordingTo}`);
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
  if (a.intent === 'yesno' && (a.existential || (a.compare && hinted.includes('casualties'))) && hinted.length && !hinted.includes(fact.type)) failed.push(`not of ${hinted.join(' or ')}`);
  // "Is the American public eager for war?" is not settled by a fact about Iran's eagerness, nor "did Iraq
  // kill Soleimani?" by one of Iraq's own dead: the first person or group a yes-or-no question names, the
  // fact must (or tell that another did the deed asked of them: "did Zarif confirm ..." - Trump's tweet).
  if (a.intent === 'yesno') {
    const who = a.firstPerson;
    if (who !== undefined && !fact.entities.includes(who) && fact.attribution !== who && !(a.agent?.entity === who && otherAgent(corpus, a, fact))) failed.push(`not of ${who}`);
    // ("Did Trump call Khamenei?" - "Trump ended his tweet by calling the situation good": a second person
    // a question of someone's deed names, the fact must name too. Not "is Zarif the supreme leader?", which
    // names a post.)
    else if (a.agent !== undefined && a.agent.entity === who) {
      const others = [...a.namedInQuestion].filter((e) => e !== who && corpus.entityKind(e) === 'person' && !fact.entities.includes(e) && fact.attribution !== e && fact.quote?.speaker !== e);
      if (others.length) failed.push(`not of ${others.join(' or ')}`);
    }
  }
  // ("Will Iran keep hitting the US?" is not settled by the reason for its strikes: a yes or no on whether
  // something goes on wants a fact telling whether it does.)
  // (Not one asked only of a supposition: "will Iran defend itself if attacked again?")
  if (a.intent === 'yesno' && a.goesOnAsked && !a.goesOnSupposed && !a.compare && !a.difference && !tellsWhetherItGoesOn(fact)) failed.push('tells not whether it goes on');
  // "How many US bases are in Iraq?" - "missiles were launched at two military bases in Iraq": a figure of
  // what something was done to is no count of what there is.
  if (a.stockAsked && !STOCK_TOLD.test(factText)) failed.push('counts what was done, not what there is');
  if (a.intent === 'count' && !unitFigure(a, fact) && !thanFigureOf(a, fact)) failed.push(a.unit ? `no figure in ${a.unit}` : 'no figure');
  // "How many missiles didn't hit al-Asad?": a figure counts what did happen, not what did not.
  // (A casualty report's zero counts the harm that did not happen in its own "no": "how many were not hurt".)
  // (Unless the rest of a whole is asked of one place it names: "how many missiles were not aimed at
  // al-Asad?" - the whole less al-Asad's figure; see countAnswer.)
  else if (a.intent === 'count' && a.negated && !a.compare && !a.difference && !NEGATION.test(factText) && !restAsked(a, corpus, fact)) failed.push('counts what did happen');
  // "How many people live in Iraq?": a count of casualties answers only a question about harm.
  else if (a.intent === 'count' && !hinted.includes('casualties') && (fact.type === 'casualties' || HARM_UNIT.test((unitFigure(a, fact) ?? thanFigureOf(a, fact))!.unit))) failed.push('no harm asked');
  // "How many were hurt at Irbil?": harm asked with no unit wants a figure of harm, not "5 missiles".
  else if (a.intent === 'count' && !a.unit && hinted.includes('casualties') && fact.type !== 'casualties' && !HARM_UNIT.test((unitFigure(a, fact) ?? thanFigureOf(a, fact))!.unit)) failed.push('no harm told');
  // "How many of the 22 missiles hit their targets?" asks for a part of the 22: the 22 is no answer.
  else if (a.intent === 'count' && a.partOf !== undefined && unitFigure(a, fact)?.value === a.partOf) failed.push(`the whole ${a.partOf}, not a part`);
  // ("How many of the 22 missiles hit their targets?" is not answered by the 17 fired at al-Asad: a part
  // at a place the question does not name is another part.)
  else if (a.intent === 'count' && a.partOf !== undefined && !a.places.length && fact.entities.some((e) => corpus.entityKind(e) === 'place')) failed.push('a part at one place');
  // "What is the airbase in western Iraq called?" wants a name: the question's own entity, or one of the
  // fact's whose name holds the word asked about.
  // "Which country's bases were targeted?": a fact saying whose they are ("US bases"), not only what was done.
  // (Not "whose missiles were fired?", whose doer says whose.)
  if (a.folded.includes("'s ") && /^(?:which|what) /.test(a.folded.trim()) && WHOSE.test(a.folded.trim()) && ownerAsked(corpus, a.folded, fact) === undefined) failed.push('does not say whose');
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
  else if (a.calledNoun !== undefined && !fact.entities.some((e) => calledBy(corpus, e, a.calledNoun!) || typedAs(a, e, a.calledNoun!))) failed.push(`names no ${a.calledNoun}`);
  // "How many targets did Iran threaten?" is not answered by the targets Trump threatened.
  if ((a.intent === 'count' || a.intent === 'why') && otherAgent(corpus, a, fact)) failed.push('done by another');
  // ("Why might the US feel it has to strike back?" is not answered by the reason for Iran's strikes: a
  // reason is its subject's, and the subject must be on the side of the one asked about.)
  // (Where the fact names one on that side by words namedAt cannot find, "Iran's leaders" for Tehran, it may
  // be the subject still.)
  else if (a.whyOf !== undefined && !subjectOnSide(corpus, fact, a.whyOf) && fact.entities.every((e) => !onSideOf(corpus, e, a.whyOf!) || namedAt(fact.text, corpus, e) !== Infinity)) failed.push(`not of ${a.whyOf}`);
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
  const namesPlace = (t: QueryTerm): boolean => {
    const name = a.namedPlaces.get(t.stem);
    return name === undefined || tellsOf(corpus, fact, name);
  };
  const elsewhere = everywhere ? [] : a.places.filter((t) => (hit.terms.get(t.stem) ?? 0) < VOUCH_QUALITY || !namesPlace(t));
  // (A count of several places may take a fact for each: one naming none of them answers for none.)
  if (elsewhere.length && (!a.perPlace.length || elsewhere.length === a.places.length)) failed.push(`not at ${elsewhere.map((t) => t.word).join(', ')}`);
  // "How many missiles were fired from Iraq?" is not answered by those fired "from Iranian soil at US bases in
  // Iraq", nor by five fired "at a smaller base in Irbil in northeast Iraq": a fact saying where from must
  // say the place asked, and one naming it as where things went says the opposite. (One saying neither,
  // "no UK casualties" for "anyone from the UK hurt?", is left to the rest.)
  // (A fact saying another place answers a yes-or-no question: no.)
  if (a.origins.length && !comesFrom(a.origins, corpus, fact) && !(a.intent === 'yesno' && ORIGIN_PHRASE.test(fact.text))) failed.push(`not from ${a.origins.join(', ')}`);
  if (a.intent === 'when') {
    // A time that is only the question's own words ("what time of night?" - "night") tells nothing.
    const time = TIME_PHRASE.exec(factText);
    if (!time || words(time[0]).every((w) => STOP_WORDS.has(w) || a.asked.has(w))) failed.push('no time');
    // "At what exact time?" asks for a clock time: "into the night" is when, not exactly when.
    else if ((a.asked.has('exact') || a.asked.has('precise')) && !/\d|o ?clock|noon|midnight/.test(time[0])) failed.push('no exact time');
    // "The previous week Trump had threatened ... if Iran attacked": the attack is only supposed there,
    // and the time is the threat's.
    else if (onlySupposed(corpus, factText, hit.stems)) failed.push('only supposed');
    // "When will the next Iranian attack happen?": a time gone by ("the previous week") is no time to come.
    else if (FUTURE_ASKED.test(a.folded) && PAST_TIME.test(time[0])) failed.push('a time gone by');
  }
  // "What did Trump announce on Wednesday?": a day the question names is one the fact must tell of; a
  // fact of no day says nothing of what happened on it.
  // (A yes or no is answered by a fact giving another day: "is Trump due to speak on Thursday?" - "on
  // Wednesday" is a no.)
  // (Not one of what is still to come, to a question of what has been: "did Trump speak on Tuesday?".)
  // "How long has Khamenei been supreme leader?": a length of time asked is told by one.
  if (a.lengthAsked && !DURATION_TOLD.test(factText)) failed.push('no length of time');
  // "What day of the week was the attack?" - "The previous week": a day asked for is told by a day.
  // (Of the fact's own text or the stored answer written for it.)
  if (a.dayAsked && !DAY_TOLD.test(factText) && !DAY_TOLD.test(normalise(fact.answer ?? ''))) failed.push('no day');
  const otherDay = a.intent === 'yesno' && dayTold(a.folded, factText);
  for (const day of a.folded.match(DAY_NAMED) ?? []) if (!factText.includes(day) && !otherDay) failed.push(`not on ${day}`);
  // (A person's role is a post; a group's, "what role do the Democrats play", its part in the story.)
  if (a.roleOf !== undefined && corpus.entityKind(a.roleOf) === 'person' && !statesRole(corpus, fact, a.roleOf)) failed.push(`no role of ${a.roleOf}`);
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
  // "What will the US do next?" - not "Iran will probably keep planning covert action against US interests",
  // nor "if Trump overlooks the strikes, escalation may end": a deed to come is the side's whose name is the
  // subject of the fact's main clause, after any condition opening it; and a fact telling only what was
  // ("Iran attacked the US embassy") tells nothing to come.
  if (a.futureDoer !== undefined && !mainSubjectOnSide(corpus, fact, a.futureDoer)) failed.push(`no deed of ${a.futureDoer}`);
  else if (a.futureDoer !== undefined && !UNDONE_TYPES.has(fact.type) && fact.type !== 'statement' && !FUTURE_TOLD.test(factText)) failed.push('nothing to come');
  if (a.blamed && a.deed !== undefined) {
    // (Of a deed done: what may or will happen, or how it may be judged, tells no one did it.)
    if (UNDONE_TYPES.has(fact.type) || factAgent(corpus, factText, a.deed.word) === undefined) failed.push(`does not tell who ${a.deed.word}`);
  } else if (a.decider && !DECIDER_TOLD.test(factText)) failed.push('does not tell who decides');
  else if (a.intent === 'who' && a.deed !== undefined && !(a.decider && DECIDER_TOLD.test(factText)) && ((hit.terms.get(a.deed.stem) ?? 0) < RELATED_HIT || !deedInWords(corpus, fact, a.deed))) failed.push(`does not tell who ${a.deed.word}`);
  // ("Where did Trump post his reaction?": a medium is where words were put, "on Twitter".)
  const medium = a.mediumAsked ? mediumNamed(corpus, fact) : undefined;
  if (a.intent === 'where' && medium === undefined && (!givesPlace(fact, corpus) || !placesAnother(a, corpus, fact))) failed.push('no place');
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
  if (a.intent === 'yesno' && [...a.asked].some((w) => DIRECTION_WORD.test(w))) {
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
    const onTopic = (t: QueryTerm): boolean => (hit.terms.get(t.stem) ?? 0) >= VOUCH_QUALITY || (VOUCHING_TYPES.has(fact.type) && vouchesFor(fact.type, t, corpus.index.vocabulary)) || (storyWord(corpus, t) && tellsStory(corpus, fact));
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
  // ("Which Iranian general replaced Soleimani?" - a fact whose one general is Soleimani: the one the
  // question names is no answer to which one did something to him.)
  // (Not one offering a choice of them: "which base got more, al-Asad or Irbil?")
  if (a.focus !== undefined && a.intent !== 'yesno' && !a.compare && !a.difference && !a.folded.includes(' or ') && WHICH_CUE.test(a.folded.trim())) {
    const named = entityNamed(a.focus, corpus, fact);
    if (named !== undefined && a.namedInQuestion.has(named) && a.described?.has(named) !== true) failed.push(`names only ${named}, whom the question names`);
  }
  // "Which Democratic politicians predicted war?" - "Democrats": the entity the qualifier names is no one
  // of the kind asked for, unless its names or description say it is.
  // "Which 52 sites did Trump threaten?": a fact that gives the number but names none of them says not which.
  if (a.listed !== undefined && !entitiesMatching(stem(a.listed), corpus, fact).length) failed.push(`no ${a.listed} named`);
  if (a.qualifiedKind && a.focus && !qualifiedOne(a.qualifiedKind, corpus, entityNamed(a.focus, corpus, fact))) failed.push(`no ${a.qualifiedKind.kind}`);
  if (a.sortOf && !saysWhichKind(a.sortOf, corpus, hit)) failed.push(`no kind of ${a.sortOf.word}`);
  // (A word asking for a report that answers whatever it says, "what toll", is answered by such a report.)
  if (a.attribute && (hit.terms.get(a.attribute.stem) ?? 0) < (pluralNoun(a.attribute.word) ? MENTION_QUALITY : RELATED_MATCH) && !(a.choice.includes(a.attribute) && statesChoice(a, corpus, fact)) && !namesOfKind && !reportsAsked(a.attribute.word).includes(fact.type) && !(SAYING_NOUNS.has(a.attribute.word) && tellsWords(fact))) failed.push(`no ${a.attribute.word}`);
  // "How was he killed, by drone or airstrike?": a fact naming neither answers neither.
  if (a.alternatives.length && a.alternatives.every((t) => (hit.terms.get(t.stem) ?? 0) < VOUCH_QUALITY)) failed.push(`neither ${a.alternatives.map((t) => t.word).join(' nor ')}`);
  // A why-question wants a reason: an event or a statement that gives none only restates what happened.
  if (a.intent === 'why' && fact.type !== 'background' && fact.type !== 'assessment' && !givesReason(factText) && !conditionGivesReason(a, corpus, factText) && !groundsGiven(a, factText) && !gainedBy(a, corpus, factText)) failed.push('no reason');
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
  // "Why did the US kill Soleimani?" is not answered by why anything else was done to anyone else: a reason
  // is about the person the question names.
  if (a.intent === 'why') {
    const absent = [...a.namedInQuestion].filter((n) => corpus.entityKind(n) === 'person' && !tellsOf(corpus, fact, n));
    if (absent.length) failed.push(`not about ${absent.join(' or ')}`);
  }
  // "Why might Trump not retaliate?": a reason for what does not happen says so ("does not want a war");
  // a fact with no "not" gives the reason it might.
  if (a.intent === 'why' && (a.negated || a.whyNot) && !NEGATION.test(factText) && !AVOIDANCE.test(factText)) failed.push('no reason for not');
  // "How was Soleimani killed?" - "... had been killed by the United States": a fact telling the deed asked
  // about by no means and in no manner tells who or that, not how.
  if (a.mannerOf !== undefined && mentionsDeed(fact, a.mannerOf) && !MANNER_TOLD.test(factText)) failed.push('tells no manner');
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
  const speakers = a.speaker.length ? [fact.quote?.speaker, fact.attribution].map((n) => (n ? corpus.entityNamed(n) : undefined)) : [];
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
        speakers.includes(t.stem.slice(ENTITY_PREFIX.length))
      : (hit.terms.get(t.stem) ?? 0) >= least &&
        // ("What did the tweet say?": what a medium says is said on it by its speaker, named or not.)
        (speakerWords === undefined || isMedium(corpus, t.word) || expandsTo(t, least)));
  const named = a.speaker.filter((t) => names(t, NAMING_HIT));
  const anchored = named.some((t) => !RANK_WORDS.has(t.word));
  const unsaid = a.speaker.filter((t) => !named.includes(t) && !(anchored && !t.name && !isName(t.word) && names(t, MENTION_QUALITY)));
  // ("Iran's top cleric": how high the post is goes with naming it, and says nothing of whose it is.)
  const unranked = unsaid.length < a.speaker.length ? unsaid.filter((t) => !RANK_WORDS.has(t.word)) : unsaid;
  if (unranked.length) failed.push(`not by ${unranked.map((t) => t.word).join(' ')}`);
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
  // ("What phrase does the article use for ...?" is not answered by a tweet it quotes.)
  if (a.articleWording && (fact.quote || fact.attribution !== 'article')) failed.push("not the article's words");
  // "Did Trump declare war on Iran?" asks whether those words were said: words of some other thing
  // (Trump's tweet, with no war in it) do not answer it.
  if (a.intent === 'quote' && a.asksWhether) {
    const speaker = new Set(a.speaker.map((t) => t.stem));
    const said = a.terms.filter((t) => !speaker.has(t.stem));
    // (Nor the words naming what a fact judging sufficiency judges: "did Khamenei say the strikes were
    // enough to avenge him?" - "military action on its own could not".)
    const judged = new Set(judgedThing(a.folded, normalise(fact.text), hit.terms, stem));
    const unmatched = said.filter((t) => (hit.terms.get(t.stem) ?? 0) < MENTION_QUALITY && !words(t.word).every((w) => judged.has(w)) && !(storyWord(corpus, t) && tellsStory(corpus, fact)));
    // (One word in three may be the reader's own: "warned that killing Soleimani would start a war" is
    // "would lead to war", "said missiles hit two bases" "launched at two bases"; "declare war on Iran" asks
    // of a declaration no fact tells, and a word the article never mentions, "sanctions", of something else.)
    const nowhere = unmatched.some((t) => !mentioned(corpus.index.vocabulary.expand(t)).length);
    if (unmatched.length && (nowhere || unmatched.length * 3 > said.length)) failed.push(`not of ${unmatched.map((t) => t.word).join(', ')}`);
  }
  return failed;
}

// Whether the words a fact matched (those in its text, names aside) are all in its "if" clause: what it
// supposes, not what it tells.
function onlySupposed(corpus: Corpus, text: string, matched: readonly string[]): boolean {
  // (Or one opening it, "should", "unless": "should Trump pick retaliation, more shooting is to be expected
  // over the coming days" gives the time of the shooting, not of his retaliating.)
  const condition = CONDITION.exec(text) ?? SUPPOSING_OPENING.exec(text);
  if (!condition) return false;
  const inCondition = new Set(words(condition[1]!).map(stem));
  const rest = new Set(words(text.replace(condition[0], ' ')).map(stem));
  const told = matched.filter((st) => !st.startsWith(ENTITY_PREFIX) && corpus.entityNamed(st) === undefined && (inCondition.has(st) || rest.has(st)));
  return told.length > 0 && told.every((st) => inCondition.has(st) && !rest.has(st));
}

const SUPPOSING_OPENING = /^\W*(?:should|unless|once|in case)\b([^,;]*)[,;]/;

// The stems of the names of whoever a fact reports: its quote's speaker or its source, with the names and
// aliases of the entity that is ("Javad Zarif": "zarif", "foreign", "minister", "iran", ...).
function namesOfSpeaker(corpus: Corpus, fact: Fact): Set<string> {
  const out = new Set<string>();
  for (const name of [fact.quote?.speaker, fact.attribution]) {
    if (!name || name === 'article') continue;
    const entity = corpus.entityNamed(name);
    const e = entity === undefined ? undefined : corpus.entity(entity);
    for (const n of e ? [e.name, ...e.aliases] : [name]) for (const w of words(n)) out.add(stem(w));
  }
  return out;
}

// The place a fact says something is in ("in the west of Iraq", "in Baghdad"): a place or country it
// names, after a preposition and any direction, and not the question's own place; the first after the
// thing asked about, when the fact names that. (A name going on, "at US bases", is no place named.)
function placeGiven(a: Analysis, corpus: Corpus, fact: Fact): string | undefined {
  const medium = a.mediumAsked ? mediumNamed(corpus, fact) : undefined;
  if (medium !== undefined) return `On ${medium}`;
  const asked = [...a.namedInQuestion].filter((e) => !a.described?.has(e));
  const names = fact.entities.filter((e) => (corpus.entityKind(e) === 'place' || corpus.entityKind(e) === 'country') && !asked.includes(e)).flatMap((e) => namesOf(corpus, e));
  if (!names.length) return undefined;
  const pattern = new RegExp(`${WHERE_BEFORE_NAME}(?:${names.map(escapeRegExp).join('|')})\\b(?! [a-z])`, 'gi');
  const lower = fact.text.toLowerCase();
  const at = asked.flatMap((e) => namesOf(corpus, e)).map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0);
  const after = at.length ? Math.min(...at) : 0;
  const found = [...fact.text.matchAll(pattern)];
  const m = found.find((x) => x.index >= after) ?? found[0];
  return m ? sentenceCase(m[0]) : undefined;
}

// The medium a fact's text names ("Twitter", named by "Trump's tweet" too), by its name, if one.
function mediumNamed(corpus: Corpus, fact: Fact): string | undefined {
  return fact.entities.find((e) => corpus.entityKind(e) === 'media' && namedAt(fact.text, corpus, e) !== Infinity);
}

// "Where is the US embassy that was attacked?": a place asked about whose own name says where it is ("US
// embassy in Baghdad"), as "In Baghdad".
function placeInName(a: Analysis, corpus: Corpus): string | undefined {
  for (const e of a.namedInQuestion) {
    if (corpus.entityKind(e) !== 'place') continue;
    const m = NAMED_IN.exec(e);
    if (m) return `In ${m[1]}`;
  }
  return undefined;
}
const NAMED_IN = /\s(?:in|at) ([A-Z][\w-]*(?: [A-Z][\w-]*)*)$/;

// Whether a fact allows that something came from each of the places asked: its "from" phrase names them;
// or, saying nowhere from, it names them (not only as whose report it is, "according to Iraq's military")
// and not as where something went ("in northeast Iraq"). "No UK casualties" allows "anyone from the UK".
function comesFrom(origins: readonly string[], corpus: Corpus, fact: Fact): boolean {
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
  if (!a.terms.length || !a.terms.every(place)) return true;
  return placeGiven(a, corpus, fact) !== undefined || PLACE_WORDS.test(withoutNames(corpus, fact)) || (fact.answer !== undefined && PLACE_ANSWER.test(fact.answer));
}

// Whether a fact says where: words of place ("in the west", "sits"), a place it names, or a name after
// "in", "at" or "near" ("bases in Iraq").
function givesPlace(fact: Fact, corpus: Corpus): boolean {
  return (
    PLACE_WORDS.test(withoutNames(corpus, fact)) ||
    fact.entities.some((e) => corpus.entityKind(e) === 'place') ||
    PLACE_AFTER.test(fact.text)
  );
}

// The share of the question's words the fact matched, each counted by match quality (1 exact, less for a
// related word or a near spelling), the focus word twice: the mean of two readings, one counting every
// word alike and one weighing each by how much it says (a word rare in the article, or absent from it,
// weighs more than one in every other fact).
function coverage(a: Analysis, corpus: Corpus, matched: ReadonlyMap<string, number>): number {
  if (!a.terms.length) return 0;
  const share = (weigh: (t: QueryTerm) => number): number => {
    let got = 0;
    let all = 0;
    for (const t of a.terms) {
      // A word matched only through a shared relative ranks the fact but does not vouch for it.
      const q = matched.get(t.stem) ?? 0;
      const light = a.manner.has(t.stem) || (a.speech.has(t.stem) && q < VOUCH_QUALITY);
      const weight = weigh(t) * (t.stem === a.focus ? 2 : 1) * (a.scene.has(t.stem) ? SCENE_WEIGHT : 1) * (light ? MANNER_WEIGHT : 1);
      all += weight;
      if (q >= VOUCH_QUALITY) got += weight * q;
    }
    return got / all;
  };
  return (share(() => 1) + share((t) => corpus.index.idf(t.stem))) / 2;
}

// "Who is Iran's president?": a post of a country or a body ("Iran's president", "Iraq's prime minister")
// that neither an entity's name nor a fact's text gives that owner names something the article never
// mentions, though it has a president (America's) and Iran.
function postsUnsaid(corpus: Corpus, folded: string): string[] {
  const out: string[] = [];
  // "Iran's president", and "the president of Iran" read the same way.
  const owned = [...folded.matchAll(POSSESSIVE)].map((m) => [m[1]!, m[2]!] as const);
  for (const m of folded.matchAll(POST_OF)) if (POST_NOUNS.has(words(m[1]!).at(-1)!)) owned.push([m[2]!, ` ${m[1]!}`]);
  // ("The Iraqi prime minister": a people's word before the post names its country.)
  const list = words(folded);
  // (An office, one holder at a time, after "the": not "which Iranian general", a rank many hold, nor "the
  // American head of state", a post of something named after it.)
  list.forEach((w, i) => {
    if (!POST_NOUNS.has(w) || RANKS.has(w) || list[i + 1] === 'of') return;
    for (const j of [i - 1, i - 2]) {
      const country = j >= 1 && list[j - 1] === 'the' && /(?:i|an|ish|ese|ch)$/.test(list[j]!) ? countryOfWord(list[j]!)[0] : undefined;
      if (country !== undefined) {
        owned.push([words(country).join(' '), ` ${list.slice(j + 1, i + 1).join(' ')}`]);
        return;
      }
    }
  });
  for (const m of owned) {
    const rest = words(m[1]);
    const post = rest.findIndex((w) => POST_NOUNS.has(w));
    const owner = corpus.entityNamed(m[0]);
    if (post < 0 || owner === undefined || !['country', 'organization', 'group'].includes(corpus.entityKind(owner) ?? '')) continue;
    const role = rest.slice(0, post + 1).join(' ');
    // Every way to say the post is the owner's ("iran president", "president of iran"), by each name of it.
    const phrases = namesOf(corpus, owner).flatMap((n) => postPhrases(words(n).join(' '), role));
    // (Or named with a word between: "Iran's supreme leader", an alias, tells of Iran's leader.)
    const ownerWords = namesOf(corpus, owner).map((n) => words(n));
    const named = phrases.some((p) => corpus.entityNamed(p) !== undefined) || [...corpus.entityNames().keys()].some((key) => {
      const list = key.split(' ');
      return list.includes(rest[post]!) && ownerWords.some((o) => o.every((w) => list.includes(w)));
    });
    const said = (text: string): boolean => phrases.some((p) => text.includes(` ${p} `));
    const told = named || searchTerms(corpus, [{ word: rest[post]!, stem: stem(rest[post]!) }], {}, POST_FACTS).some((h) => said(` ${words(h.fact.text).join(' ')} `));
    if (!told) out.push(`${m[0]}'s ${role}`);
  }
  return out;
}

// "The (prime) minister of Iraq": a post, then its owner.
const POST_OF = /\b(?:the )?((?:[a-z]+ )?[a-z]+) of (?:the )?([a-z]+)\b/g;

// The nouns of the posts the data says a person holds ("minister", of "Javad Zarif is Iran's foreign
// minister"), read from the facts that name them, the likeliest first.
function postsHeld(corpus: Corpus, person: string): string[] {
  const out = new Set<string>();
  for (const h of searchTerms(corpus, [{ word: person, stem: entityTerm(person) }], {}, POST_FACTS)) {
    if (statesRole(corpus, h.fact, person)) for (const w of words(h.fact.text)) if (POST_NOUNS.has(w)) out.add(w);
  }
  return [...out];
}

// "Did the strikes kill Soleimani?" - "... America killing Qassim Soleimani": a question whose doer is a
// thing, not someone ("the strikes"), of a deed the fact gives to someone it does not name, is a no.
// (`list`: the question's folded words; `text`: the fact's, folded.)
function thingsDoerOther(a: Analysis, corpus: Corpus, list: readonly string[], text: string): boolean {
  if (a.agent) return false;
  if (!AGENT_AUXILIARY.has(list[0]!)) return false;
  for (let i = 2; i < Math.min(list.length, 6); i++) {
    if (STOP_WORDS.has(list[i]!)) continue;
    const doer = factAgent(corpus, text, list[i]!);
    if (doer === undefined) continue;
    const subject = list.slice(1, i).filter((w) => !STOP_WORDS.has(w));
    // ("Did POTUS threaten Iran?", "did the president ...": a subject the question names by an acronym or a
    // post the data gives the doer is the doer.)
    if (a.terms.some((t) => t.stem.startsWith(ENTITY_PREFIX) && sameSide(corpus, doer, t.stem.slice(ENTITY_PREFIX.length)))) return false;
    // (Of the same deed: one done to what the question names after its verb, "kill Soleimani". "Did the
    // missiles hit any aircraft?" - "the US hit back": another deed, which says nothing of aircraft.)
    const said = new Set(words(text).map(stem));
    const object = list.slice(i + 1).filter((w) => !STOP_WORDS.has(w));
    if (object.length && !object.some((w) => said.has(stem(w)))) return false;
    return subject.length > 0 && subject.every((w) => corpus.entityNamed(w) === undefined && !isName(w));
  }
  return false;
}

// "Is Zarif Iran's president?" - "Javad Zarif is Iran's foreign minister": a fact stating the post of the
// person asked about, when the question names another post (by its noun: president, not minister), says no.
// (A post asked in other words, "top diplomat", is no post of that list, and gets no verdict.)
function otherPost(a: Analysis, corpus: Corpus, fact: Fact, list: readonly string[]): boolean {
  const asked = list.filter((w) => POST_NOUNS.has(w));
  if (!asked.length) return false;
  const held = words(fact.text).filter((w) => POST_NOUNS.has(w));
  if (!held.length || asked.some((w) => held.includes(w))) return false;
  return a.terms.some((t) => {
    const e = entityOf(corpus, t);
    return e !== undefined && corpus.entityKind(e) === 'person' && statesRole(corpus, fact, e);
  });
}

// Whether a fact says what someone is ("Javad Zarif is Iran's foreign minister", "Ali Khamenei holds the
// title of supreme leader"), not only something that happened to them ("Soleimani had been killed").
function statesRole(corpus: Corpus, fact: Fact, name: string): boolean {
  const text = ` ${words(fact.text).join(' ')} `;
  return namesOf(corpus, name).some((n) => {
    const key = ` ${words(n).join(' ')} `;
    const at = text.indexOf(key);
    return at >= 0 && ROLE_STATED.test(text.slice(at + key.length));
  });
}

// The fact after a hit's in its paragraph, among the candidates.
function nextInParagraph(claim: Hit, candidates: readonly Hit[]): Hit | undefined {
  const same = candidates.filter((h) => h.rank > claim.rank && h.fact.question === claim.fact.question && h.fact.paragraph === claim.fact.paragraph);
  return same.sort((x, y) => x.rank - y.rank)[0];
}

// Whether a place is one an event of the data happened at (a fact of type event names it).
function placeOfEvent(corpus: Corpus, name: string | undefined): boolean {
  return name !== undefined && searchTerms(corpus, [{ word: name, stem: entityTerm(name) }], {}, FEW_FACTS).some((h) => h.fact.type === 'event');
}

// How many facts naming an entity are looked through for one of a kind (the deed a reason names, an event
// at a place): a large dataset reads no more.
const FEW_FACTS = 20;

// A claim of what would follow: a modal before its verb of being.
const CONSEQUENCE_TOLD = /\b(?:would|will|could|might) be\b/;

// The fact told just before a claim in its paragraph, among the candidates, where it closes the paragraph.
function previousInParagraph(claim: Hit, candidates: readonly Hit[]): Hit | undefined {
  const same = candidates.filter((h) => h.fact.question === claim.fact.question && h.fact.paragraph === claim.fact.paragraph);
  if (same.some((h) => h.rank > claim.rank)) return undefined;
  return same.filter((h) => h.rank < claim.rank).sort((x, y) => y.rank - x.rank)[0];
}

// "Did anybody die in these Iran strikes?": whether there were casualties at all is asked; the event they
// would be of ("in these Iran strikes") is the scene, weighed as a scene's words are, for a fact telling
// of casualties need not name it. (A place, "hurt in Irbil", is still what is asked.)
function withCasualtyEvent(a: Analysis, corpus: Corpus, hinted: readonly Fact['type'][], folded: string): Analysis {
  if ((a.intent !== 'yesno' && a.intent !== 'count') || !hinted.includes('casualties')) return a;
  // ("Did Iran's strikes kill anyone?": the doer of the harm, before its verb, is the event it would be of,
  // where it names a thing, not only someone: "did Trump kill anyone" asks of Trump.)
  const doer = a.existential ? CASUALTY_DOER.exec(folded)?.[1] : undefined;
  const event = CASUALTY_EVENT.exec(folded)?.[1] ?? (doer !== undefined && words(doer).some((w) => !STOP_WORDS.has(w) && corpus.entityNamed(w) === undefined && !isName(w)) ? doer : undefined);
  if (event === undefined) return a;
  // "How many died in the stampede at Soleimani's funeral?": an event none of whose words (names aside)
  // the data holds or relates to is one the article never tells, and has no casualties in it to tell.
  const vocabulary = corpus.index.vocabulary;
  const told = words(event).filter((w) => !STOP_WORDS.has(w) && !isName(w) && corpus.entityNamed(w) === undefined && !isDigits(w));
  if (told.length && told.every((w) => !mentioned(vocabulary.expand({ word: w, stem: stem(w) })).length)) return { ...a, absentNames: [...a.absentNames, ...told] };
  // (So with "how many died in the Iranian strikes?": a count of the harm in the events, where the report
  // need not name them.)
  if (a.intent === 'yesno' && !a.existential) return a;
  const said = new Set(words(event).map(stem));
  const scene = a.terms.filter((t) => said.has(t.stem) && !a.namedPlaces.has(t.stem)).map((t) => t.stem);
  return scene.length && scene.length < a.terms.length ? { ...a, scene: new Set([...a.scene, ...scene]) } : a;
}

// Whether a fact of a kind that vouches for its words (a casualty report) answers a question's word: one
// asking for that kind ("hurt", "losses", or put right from a slip), or naming whom it counts ("troops").
function vouchesFor(type: Fact['type'], t: QueryTerm, vocabulary: Vocabulary): boolean {
  const cues = TYPE_HINTS.find(([kind]) => kind === type)?.[1] ?? [];
  const asks = (w: string): boolean => cues.some((c) => (c.endsWith('*') ? w.startsWith(c.slice(0, -1)) : w === c)) || (type === 'casualties' && CASUALTY_PEOPLE.has(w));
  return asks(t.word) || [...vocabulary.expand(t)].some(([st, q]) => q >= ONE_SLIP_QUALITY && asks(st));
}

// Each term's best match quality over several hits.
function mergedTerms(hits: readonly Hit[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hits) for (const [st, q] of h.terms) out.set(st, Math.max(q, out.get(st) ?? 0));
  return out;
}

// "Who killed Soleimani in the first place?": an adverb of several words (WordNet's, opening with a
// preposition) says how the question is put, and its words ("first", "place") are not what it asks about,
// unless it says where ("in the south").
function withoutAdverbPhrases(text: string): string {
  const list = words(text);
  let out = text;
  for (const { at, length } of adverbPhrasesIn(list)) {
    const phrase = list.slice(at, at + length);
    if (phrase.some((w) => DIRECTION_WORD.test(w))) continue;
    out = out.replace(new RegExp(`\\b${phrase.map(escapeRegExp).join('\\W+')}\\b`, 'i'), ' ');
  }
  return out === text || !words(out).length ? text : out.replace(/\s+/g, ' ').trim();
}

// "At one base and five at the other": "one" set against "the other" is no figure.
function oneOfTwo(list: readonly string[], i: number): boolean {
  return list[i] === 'one' && list.slice(i + 2, i + 10).join(' ').includes('the other');
}

// A fact opening with the condition its claim holds under ("Should Trump pick retaliation, ...", "If Trump
// overlooks the strikes, ...").
const OPENING_CONDITION_TOLD = /^(?:if|should|unless|once|in case)\b[^,;]*,/i;

// A question word opening a clause.
const OPENS_WH = /^(?:what|which|who|whose|whom|where|when|why|how)\b/;

// Verbs of sending or putting things somewhere (see uncounted).
const SENDING_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'send', 'sends', 'sent', 'sending', 'drop', 'drops', 'dropped', 'dropping', 'throw', 'throws', 'threw', 'thrown', 'lob', 'lobs', 'lobbed', 'rain', 'rains', 'rained', 'raining', 'come', 'comes', 'came', 'coming']);

// Verbs that say little alone, the deed being the word after: "go to war", "get revenge".
const LIGHT_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'get', 'gets', 'got']);

// "How did they (even) kill him": the verb after a pronoun doing it.
const HOW_ACTIVE = /^how (?:did|do|does) (?:they|he|she|we|you|it) (?:even |actually |really |exactly |ever )?([a-z]+)\b/;

// "Who did the Americans kill", "whom has Iran blamed": who the deed was done to, its doer named after it.
const OBJECT_ASKED = /\bwho(?:m)? (?:did|does|do|has|have|had|will|would) (?!not\b)/;

// How near the best match an event must come to be a why-question's premise in its place.
const PREMISE_EVENT = 0.9;

/** The longest question factq reads, in characters: reading runs regular expressions over all of it. @internal */
export const MAX_QUESTION = 2000;

/** Answer a question from the dataset, with the reasoning behind the answer. @internal */
export function askExplained(corpus: Corpus, typed: string): ExplainedReply {
  if (typed.length > MAX_QUESTION) throw usageError(`a question of ${typed.length} characters is too long: ask in at most ${MAX_QUESTION}`);
  // "How many missiles hit the smaller base?": read as the thing the article describes so; a message
  // around the question ("I keep seeing different numbers - how many ...?") read as its question.
  // ("Who serves as Iran's foreign minister?" asks who is: a verb before "as" says what someone is.)
  // (A description read as a name first: "where is the larger airbase?" names al-Asad; "which base is
  // larger?" asks it.)
  const question = oppositeNegated(corpus, describedThings(corpus, whoVerbsRead(capitalsNamed(corpus, capitalsForCountries(corpus, takenOut(corpus, spinRead(stanceRead(whiteHouseRead(corpus, deEscalationRead(decidingRead(causeRead(livesClaimed(withoutAdverbPhrases(aspectSlipsFixed(choiceFronted(possessivesMended(corpus, epithetsRead(questionProper(withoutContrast(doubledSlipsFixed(typed, (w) => corpus.index.vocabulary.has(stem(w)))), (name) => kindOfName(corpus, name))))))))))))))))))));
  const { dataset } = corpus;
  const read = analyse(corpus, question);
  // (A thing named by its description, "the base in western Iraq", is read as its name; the noun of a thing
  // whose name is asked is the one typed.)
  const analysed = question === typed ? read : { ...read, described: new Set([...read.namedInQuestion].filter((e) => namedAt(typed, corpus, e) === Infinity)), calledNoun: read.nameOf ? calledNounOf(normalise(withoutOpening(typed)).trim()) : undefined };
  const folded = normalise(question);
  // The fact types the question's wording hints at: the same for every candidate.
  // Read from the words as typed and as put right ("kiled" hints at casualties as "killed" does).
  const vocabulary = corpus.index.vocabulary;
  // (Not by the words of a clause saying when: "what did Iran do after the US killed Soleimani?" asks of
  // no casualties.)
  const whenClause = TIME_CLAUSE.exec(folded);
  const whenWords = new Set(whenClause && whenClause.index > 0 ? words(whenClause[0]) : []);
  // (Nor "going" in "going to war", "going to the region": a place or a state gone to, no future.)
  const goneTo = folded.includes('going to') && GOING_TO_PLACE.test(folded);
  const hintWords = words(folded).filter((w) => !whenWords.has(w) && !(goneTo && w === 'going'));
  const corrected = analysed.terms.filter((t) => !whenWords.has(t.word)).flatMap((t) => [...vocabulary.expand(t)].filter(([, q]) => q >= ONE_SLIP_QUALITY).map(([st]) => st));
  // ("Who said no Americans were hurt?" asks who told of casualties.)
  // ("What did Iran do in response?" asks for a deed: an event.)
  // (The question proper: "so what did Iran do?" asks it as well.)
  const hinted = HINTED_INTENTS.has(analysed.intent) || analysed.whoSaid ? [...hintedTypes([...hintWords, ...corrected]), ...(analysed.intent === 'what' && DEED_ASKED.test(normalise(withoutOpening(question.trim()))) ? (['event'] as const) : [])] : [];
  const a = withCasualtyEvent(analysed, corpus, hinted, folded);
  const terms = a.terms.map((t) => t.stem);
  const articleQuestion = matchArticleQuestion(corpus, question);

  let hits: Hit[];
  if (articleQuestion !== null) {
    // The reader asked one of the article's own questions: its facts answer it, led by the best match.
    const scored = new Map(searchTerms(corpus, a.terms, { question: articleQuestion }, Infinity).map((h) => [h.fact, h]));
    const order = corpus.order;
    hits = dataset.facts.flatMap((fact, doc) =>
      fact.question === articleQuestion
        ? [scored.get(fact) ?? { fact, score: 0, matched: 0, stems: [], terms: new Map(), rank: order[doc]! }]
        : [],
    );
  } else {
    // Cues reorder candidates, so take a pool well beyond the facts shown.
    // ("Whose call is it?": who decides is asked, and the facts telling it say "decide", "up to": the
    // pool holds those, whatever word the question says it with.)
    // (Only where its own words find none: they rank those they do find as they are.)
    hits = searchTerms(corpus, a.terms, {}, POOL);
    if (a.decider && !hits.slice(0, CANDIDATES).some((h) => DECIDER_TOLD.test(normalise(h.fact.text)))) hits = searchTerms(corpus, [...a.terms, ...DECIDER_TERMS.filter((t) => !a.terms.some((x) => x.stem === t.stem))], {}, POOL);
  }
  const mine = new Set(words(question).map(stem));
  // A why-question's premise: the fact that best matches it, the event asked about. A reason told in
  // the same section of the article is likelier its reason than one from elsewhere.
  // (An event first, when one matches near as well: "why did Tehran fire the missiles?" asks about the
  // launch, not about the footage of it that the data tells of "Tehran".)
  const bestOf = (list: readonly Hit[]): Hit | undefined => list.reduce<Hit | undefined>((best, h) => (best === undefined || h.score > best.score ? h : best), undefined);
  const bestHit = a.intent === 'why' ? bestOf(hits) : undefined;
  // (A match near as good that gives its own reason in a condition comes before both: "why could the strike
  // end up humbling for Iran?" - "it will be somewhat humbling for Iran if its revenge turns out to be ...":
  // it is the claim asked about, and its reason.)
  const ownReason = bestHit ? bestOf(hits.filter((h) => h.score >= PREMISE_EVENT * bestHit.score && conditionGivesReason(a, corpus, normalise(h.fact.text)))) : undefined;
  const bestEvent = bestHit && bestHit.fact.type !== 'event' ? bestOf(hits.filter((h) => h.fact.type === 'event')) : undefined;
  const premise = ownReason ?? (bestEvent && bestEvent.score >= PREMISE_EVENT * bestHit!.score ? bestEvent : bestHit);
  // "Does Iran want a war?": where a fact tells what Iran wants, one saying another does ("Trump does not
  // want a war with Iran") answers for another, and is passed over. (Where none tells of Iran, "did Iraq
  // launch the missiles?", the fact that another did answers no.)
  // ("Who did the US kill?": whom a doer did the deed to, so a fact of another's deed answers for no one.)
  const agent = a.intent === 'yesno' || a.intent === 'what' || (a.intent === 'who' && OBJECT_ASKED.test(folded)) ? a.agent : undefined;
  const doerTold =
    agent !== undefined &&
    hits.slice(0, CANDIDATES).some((h) => {
      const told = factAgent(corpus, normalise(h.fact.text), agent.verb);
      return told !== undefined && sameSide(corpus, told, agent.entity);
    });
  // "Did Iraq fire missiles?", "how many missiles did the US fire?": where the facts tell only of another
  // doing it ("the Iranian military fired ..."), a fact telling of it with no doer ("five missiles were
  // fired at Irbil") tells of that other's deed, not the one asked about: it answers neither yes nor a count.
  const doer = a.intent === 'yesno' || a.intent === 'count' ? a.agent : undefined;
  const doers = doer === undefined || doerTold ? [] : hits.slice(0, CANDIDATES).flatMap((h) => factAgent(corpus, normalise(h.fact.text), doer.verb) ?? []);
  const doneByOther = doer !== undefined && doers.length > 0 && doers.every((told) => !sameSide(corpus, told, doer.entity));
  // "Why did Iran fire 30 missiles?": a figure the question takes as given (its unit right after it, "30
  // missiles"), where the facts about the question give figures in that unit but never it, is a false
  // premise, and nothing answers it. (Not "which of the two sites": a determiner's number.)
  const said = words(folded);
  const given =
    a.intent !== 'yesno' && a.intent !== 'count' && !a.compare && !a.difference
      ? said.flatMap((w, i) => (isDigits(stem(w)) && i + 1 < said.length && !STOP_WORDS.has(said[i + 1]!) && !DETERMINED.has(said[i - 1] ?? '') && !oneOfTwo(said, i) ? [{ value: Number(stem(w)), unit: stem(said[i + 1]!) }] : []))
      : [];
  const inUnit = (f: Fact): readonly NumberFigure[] => (given.length ? (f.numbers ?? []).filter((n) => given.some((g) => unitTerms(n.unit).includes(g.unit))) : []);
  const figures = hits.slice(0, CANDIDATES).flatMap((h) => inUnit(h.fact));
  const premiseFalse = figures.length > 0 && !given.some((g) => figures.some((n) => n.value === g.value));
  // "Did the US kill anyone?": where a fact tells of the one asked doing that harm ("America killing
  // Qassim Soleimani"), it answers, though no casualty report; a casualty report tells of another's deed,
  // or of that side's losses (the strikes killed no Americans: the US still killed Soleimani).
  const harmAsked = a.intent === 'yesno' && a.existential && doer !== undefined && hinted.includes('casualties') ? doer : undefined;
  // (Any harm answers a harm asked: "did America hurt anybody?" - "America killing Qassim Soleimani".)
  const harms = harmAsked ? [...new Set([harmAsked.verb, ...(HARM_VERB.test(harmAsked.verb) ? ['kill', 'wound', 'injure'] : [])])] : [];
  const harmers = harmAsked ? hits.slice(0, CANDIDATES).filter((h) => harms.some((verb) => onSideOf(corpus, factAgent(corpus, normalise(h.fact.text), verb) ?? '', harmAsked.entity))).map((h) => h.fact) : [];
  // "How many missiles did the US fire?": where the facts most about it name the US only beside the deed
  // ("at US bases", "according to ..."), one that does not name it at all tells of another's deed.
  // "Why did Iraq fire missiles at Iran?": where the event asked about tells of the one the question names
  // as its doer only as where it happened or who says so, the question's premise is false: no reason answers it.
  const notTheDoer = a.intent === 'why' && a.agent !== undefined && premise !== undefined && premise.fact.type === 'event' && !aboutDoer(corpus, premise.fact, a.agent.entity) ? a.agent.entity : undefined;
  // ("How many missiles did the Iraqi military say were aimed at al-Asad?": one who says is the source of
  // the figure, not the doer of what is counted.)
  const counted = a.intent === 'count' && a.agent !== undefined && !SAYING_VERBS.test(a.agent.verb) ? a.agent : undefined;
  // (Of the facts, the best with a figure in the unit counted: "how many missiles did the US fire back?"
  // matches "the US hit back" best, which counts nothing.)
  const counting = counted === undefined ? undefined : (hits.find((h) => unitFigure(a, h.fact) !== undefined) ?? hits[0]);
  const claimedBy = a.intent !== 'count' ? undefined : a.agent !== undefined && SAYING_VERBS.test(a.agent.verb) ? a.agent.entity : sayerOf(corpus, folded);
  // (Only a deed asked of someone: "how many targets in Iran?" asks the figure, whoever gave it.)
  // (Typed with a slip too: "threten".)
  // ("How many facilities did the missiles hit?", "how many sites were hit?": a deed done, whoever the doer,
  // is no figure threatened either.)
  // (Not what was said of one to come: "how many targets did Trump say he would hit?".)
  const deedDone = a.intent === 'count' && /\bdid\b(?!.*\b(?:say|said|tell|told|plan|planned|want|wanted|vow|vowed|promise|promised|warn|warned|would|will)\b)|\b(?:were|was) (?:\w+ly )?(?:hit|struck|attacked|targeted|bombed|shelled|damaged|destroyed)\b/.test(folded);
  const threatAsked = (counted === undefined && !deedDone) || VOW_ASKED.test(folded) || /\bthre?a?te?n/.test(folded) || FUTURE_ASKED.test(folded) || MAYBE_ASKED.test(folded);
  // (A person counted as the doer by name: their side, "US forces" at the bases Iran hit, is not them. Not
  // where the count is set against another kind of thing: "how many more targets did Trump threaten than
  // missiles Iran fired?" weighs Iran's deed too.)
  const countedPerson = counted !== undefined && !a.thanUnits && a.difference === undefined && corpus.entityKind(counted.entity) === 'person';
  const besideOnly = counted !== undefined && counting !== undefined && namedBesideOnly(corpus, counting.fact, counted.entity) === true;
  // Each fact's score first, then its checks in the order of score, until enough pass: those below the
  // last of them could only rank after it (a large dataset's pool is hundreds of facts, each read from
  // its file to be checked).
  const ownersNamed = aliasOwners(corpus, a);
  // (A premise that itself tells what its deed gains, "by de-escalating now, Trump could ...", is the
  // reason asked: a reason beside it is about something else.)
  const premiseGains = a.intent === 'why' && premise !== undefined && gainedBy(a, corpus, normalise(premise.fact.text));
  const scored = hits
    .map((h) => {
      // A question that restates one of the fact's own asks, stop words and all ("is the attack over"),
      // is the question the fact was written to answer.
      const restated = corpus.restatements(h.fact, h.rank).some((key) => restates(mine, key)) ? RESTATED : 1;
      const near = premise && premise.fact !== h.fact && premise.fact.question === h.fact.question ? SAME_SECTION : 1;
      // A question that sets a scene before what it asks ("If he de-escalates, what could Trump say about
      // the Democrats?"): a fact matching what it asks beats one matching as many words of the scene.
      const scened = a.scene.size ? 1 + SCENE_PULL * (coverage(a, corpus, h.terms) - 0.5) : 1;
      // ("Do Americans want a war?": a word that is a name of several entities, "Americans" the American
      // public's as the United States', is said by a fact naming one of them, before one naming neither.)
      const owned = ownersNamed.length && h.fact.entities.some((e) => ownersNamed.includes(e)) ? NAMED_OWNER : 1;
      const c = articleQuestion === null ? cue(a, hinted, h.fact, corpus, folded) * restated * near * scened * owned : 1;
      // "Why did Iran fire the missiles?" - "The strikes were Iran's answer to ...": a reason told in the
      // paragraph of the event asked about names that event by a word of its own, and is about it as much
      // as the event's fact is.
      const beside = premise && near > 1 && !premiseGains && premise.fact.paragraph === h.fact.paragraph && givesReason(normalise(h.fact.text));
      const about = beside ? Math.max(h.score, BESIDE_PREMISE * premise.score) : h.score;
      // A cue above 1 lifts a score towards 1 and one below lowers it, never leaving 0 to 1.
      return { hit: h, cue: c, score: round(1 - (1 - about) ** c) };
    })
    .sort((x, y) => y.score - x.score || x.hit.rank - y.hit.rank);
  // "How many people were killed in the embassy attack?", "did anyone die at the Baghdad embassy?": a
  // casualty report tells of the harm in the events the article tells (its events' facts name their places
  // and parties), not of another that a thing named in the question stands for.
  // (A word of several names, "Iranian", is the events' where any of them is.)
  const harmEvent = a.intent === 'count' || a.intent === 'yesno' ? CASUALTY_EVENT.exec(a.folded)?.[1] : undefined;
  const told = (e: string): boolean => scored.some((r) => r.hit.fact.type === 'event' && r.hit.fact.entities.includes(e));
  const otherEvent = harmEvent === undefined ? [] : entitiesWorded(corpus, harmEvent).filter((named) => !named.some(told)).flat();
  const harmTold = (f: Fact): boolean => f.type === 'casualties' || (f.numbers ?? []).some((n) => HARM_UNIT.test(n.unit));
  // "Were there any deaths at all?", asked of harm alone: whether anyone was harmed is told by a casualty
  // report, where the data has one, not by a fact naming a death ("revenge for Soleimani's death").
  // (So with how many were harmed: "how many people died in the Iranian strikes?" is told by the report,
  // not by a fact whose figure of the dead is its own reading of another matter.)
  const reportAsked = ((a.intent === 'count' && hinted.includes('casualties')) || (a.intent === 'yesno' && (a.existential || a.thereIs !== undefined || THERE_OPENS.test(folded)))) && a.terms.length > 0 && asksHarmOnly(a, corpus) && scored.some((r) => r.hit.fact.type === 'casualties');
  // "How many missiles hit the bases?", naming no place: the count is of the whole, and a figure told of one
  // place (17 at al-Asad) only a part of one told of none (22), however well the part's fact matches. (Not
  // where the question describes that place: "the base in the northeast".)
  const wholeFigure = a.intent === 'count' && !a.namedPlaces.size && !a.compare && !a.perPlace.length && !a.each ? scored.find((r) => figureAsked(a, r.hit.fact) !== undefined && !r.hit.fact.entities.some((e) => corpus.entityKind(e) === 'place')) : undefined;
  const wholeValue = wholeFigure && figureAsked(a, wholeFigure.hit.fact)!.value;
  const onlyAt = (h: Hit): string | undefined => {
    const part = figureAsked(a, h.fact);
    if (!wholeFigure || h.fact === wholeFigure.hit.fact || part === undefined || part.value >= wholeValue!) return undefined;
    return h.fact.entities.find((e) => {
      const place = corpus.entity(e);
      if (place?.kind !== 'place') return false;
      const own = new Set(words([place.name, ...place.aliases, place.description].join(' ')).map(stem));
      // (Said with a slip too: "the airbse in wesern Iraq".)
      const describes = (t: QueryTerm): boolean => own.has(t.stem) || [...corpus.index.vocabulary.expand(t)].some(([st, q]) => q > RELATED_MATCH && own.has(st));
      return !a.terms.some((t) => !wholeFigure.hit.terms.has(t.stem) && describes(t));
    });
  };
  // "What will Iran tell its own public?": words to come of the one the question says will say them, told
  // by a fact opening with them (or their side); what another may say ("Trump could also say ...") is theirs.
  const toCome = (a.intent === 'outcome' || a.intent === 'quote') && !a.whoSaid ? SAYER_TO_COME.exec(folded) : null;
  const sayers = toCome ? entitiesNamedIn(corpus, words(toCome[1]!)) : [];
  const sayerToCome = sayers.length === 1 ? sayers[0] : undefined;
  const checked: Array<{ hit: Hit; cue: number; score: number; failed: string[] }> = [];
  for (let i = 0, passed = 0; i < scored.length && passed < CANDIDATES; i++) {
    const { hit: h } = scored[i]!;
    const failed = articleQuestion === null ? failedChecks(a, h, corpus, hinted) : [];
    if (doerTold && otherAgent(corpus, a, h.fact)) failed.push('done by another');
    if (premiseFalse) failed.push(`not ${given.map((g) => g.value).join(', ')}`);
    if (harmAsked && harmers.length) {
      if (harmers.includes(h.fact)) failed.splice(0, failed.length, ...failed.filter((f) => f !== `not of ${hinted.join(' or ')}`));
      else if (h.fact.type === 'casualties') failed.push(`not by ${harmAsked.entity}`);
    }
    // (A fact about the one asked of, "he doesn't want a war" of Trump, tells of them still.)
    if (doneByOther && doer && factAgent(corpus, normalise(h.fact.text), doer.verb) === undefined && mentionsDeed(h.fact, doer.verb) && !aboutDoer(corpus, h.fact, doer.entity)) failed.push('no doer told');
    if (notTheDoer !== undefined) failed.push(`no deed of ${notTheDoer}`);
    // ("How many missiles did Trump fire at Iran?", "how many people did Soleimani kill?": a fact on no side
    // of theirs counts another's deed.)
    // ("How many targets did Trump hit in Iran?" - "Trump had threatened to strike 52 targets": a figure
    // threatened is no deed done, unless the threat, or what is to come, is asked.)
    if (a.intent === 'count' && h.fact.type === 'threat' && !threatAsked) failed.push('only threatened');
    if (counted && (besideOnly || countedPerson) && (countedPerson ? !h.fact.entities.includes(counted.entity) : !aboutDoer(corpus, h.fact, counted.entity))) failed.push(`not by ${counted.entity}`);
    // ("How many deaths did Iranian state TV claim?": a figure someone gave is told by a fact of theirs, not
    // by the article's own count.)
    if (claimedBy !== undefined && !sameSide(corpus, speakerOf(corpus, h.fact), claimedBy)) failed.push(`not told by ${claimedBy}`);
    if (reportAsked && h.fact.type !== 'casualties' && !failed.includes('not of casualties')) failed.push('not of casualties');
    if (sayerToCome !== undefined) {
      const opening = entitiesNamedIn(corpus, words(h.fact.text).slice(0, 4))[0];
      if (opening !== undefined && !sameSide(corpus, opening, sayerToCome)) failed.push(`not said by ${sayerToCome}`);
    }
    const part = wholeFigure && onlyAt(h);
    if (part) failed.push(`only at ${part}`);
    if (otherEvent.length && harmTold(h.fact) && !otherEvent.some((e) => h.fact.entities.includes(e))) failed.push(`not of ${otherEvent.join(' or ')}`);
    checked.push({ ...scored[i]!, failed });
    if (!failed.length) passed++;
  }
  const ranking = checked
    .sort((x, y) => Number(x.failed.length > 0) - Number(y.failed.length > 0) || y.score - x.score || x.hit.rank - y.hit.rank)
    .slice(0, CANDIDATES);

  // The facts most about the question cannot give what it asks ("When was the embassy attacked?": the
  // facts about the embassy attack hold no time): a fact that can, but shares far fewer of its words, is
  // about something else ("the previous week, Trump threatened ..."), and answers nothing.
  // (A count's unit and a quote's speaker are the question's own words: a fact that has them is about it.)
  // (So with how a deed was done: "how was Soleimani killed?" is not answered by a fact sharing fewer words.)
  const located = ((a.intent === 'when' || a.intent === 'where') && !a.compare) || a.mannerOf !== undefined;
  const bestFailed = located ? Math.max(0, ...ranking.filter((r) => r.failed.length).map((r) => r.hit.score)) : 0;
  const passing = ranking.filter((r) => !r.failed.length && r.hit.score >= ABOUT_ELSE * bestFailed);
  // "What options does Trump have?" asks for the choice itself: where a candidate lays it out, one that
  // only shares a word with it ("should Trump pick retaliation") answers something else.
  if (a.focus !== undefined && a.choice.some((t) => t.stem === a.focus) && passing.some((r) => statesChoice(a, corpus, r.hit.fact))) {
    passing.splice(0, passing.length, ...passing.filter((r) => statesChoice(a, corpus, r.hit.fact)));
  }
  // "How many missiles hit al-Asad and Irbil?": when no fact gives a figure for every place named, each
  // place's figure comes from a fact naming it, and a place with none leaves the question unanswered.
  let placed = (a.perPlace.length || a.each) && passing[0] ? eachPlace(a, corpus, passing.map((r) => r.hit.fact)) : undefined;
  // (Who told the figures answers as one only when one source told them all; a place with none told is
  // no reason to decline who told the others.)
  if (a.intent !== 'count' && (placed === null || (placed && new Set(placed.map(([, f]) => speakerOf(corpus, f))).size > 1))) placed = undefined;
  if (placed === null) passing.splice(0);
  else if (placed) for (const [, f] of [...placed].reverse()) passing.unshift(...passing.splice(passing.findIndex((r) => r.hit.fact === f), 1));
  // Confidence is the best match's, before a whole quote may take the place of its fragment.
  // A comparison's words are matched by its two facts together (one names al-Asad, the other Irbil).
  const candidatePair = a.compare || a.difference ? compared(a, corpus, passing.map((r) => r.hit.fact)) : undefined;
  // "Which base got hit more?" with no figures to weigh: only a fact that says the comparison itself ("the
  // smaller of the two" for "which is smaller") answers; one about the bases in general would be a guess.
  if (a.compare && a.intent !== 'yesno' && !candidatePair) {
    const comparatives = words(folded).filter((w) => COMPARATIVE.test(w) || MORE_WORDS.has(w) || LESS_WORDS.has(w));
    const saysIt = (r: { hit: Hit }): boolean => words(normalise(r.hit.fact.text)).some((w) => comparatives.includes(w));
    passing.splice(0, passing.length, ...passing.filter(saysIt));
  }
  // (Or a difference's two kinds of thing: "how many more targets ... than missiles ...".)
  const weighedPair = a.intent === 'count' ? unitsWeighed(a, passing.map((r) => r.hit.fact)) : undefined;
  const pairFacts = candidatePair ? [candidatePair[0].fact, candidatePair[1].fact] : (weighedPair ?? []);
  const pairHits = passing.filter((r) => pairFacts.includes(r.hit.fact)).map((r) => r.hit);
  let matchedTerms = pairHits.length === 2 ? mergedTerms(pairHits) : placed ? mergedTerms(passing.slice(0, placed.length).map((r) => r.hit)) : passing[0]?.hit.terms;
  // A yes-or-no question's figure is answered by the fact's own figure in that unit, equal or not.
  if (a.intent === 'yesno' && matchedTerms && passing[0] && figureAsked(a, passing[0].hit.fact)) {
    matchedTerms = new Map(matchedTerms);
    for (const t of a.terms) if (isDigits(t.stem)) matchedTerms.set(t.stem, 1);
  }
  // A fact of the kind the question's words ask for answers those words, whatever word it uses itself
  // ("were any Brits hurt?" - "there were no British casualties").
  const best = passing[0]?.hit.fact;
  // The words the best fact answers, for the answer's yes or no too.
  let answerTerms = passing[0]?.hit.terms;
  // So do a fact naming an entity of the kind asked for ("which country"), one laying out a choice (the
  // words asking for one: "options", "alternatives"), and one telling whether something goes on (those
  // asking it: "is Iran done?" - "it does not intend more attacks").
  const vouched = best
    ? [
        ...(VOUCHING_TYPES.has(best.type) && hinted.includes(best.type) ? a.terms.filter((t) => vouchesFor(best.type, t, vocabulary)) : []),
        // (And the people it counts, named as a body of a side it reports on: "American troops" - "no
        // American casualties".)
        ...(best.type === 'casualties' && hinted.includes('casualties') ? a.terms.filter((t) => t.stem.startsWith(ENTITY_PREFIX) && best.entities.some((e) => e !== entityOf(corpus, t) && sameSide(corpus, e, entityOf(corpus, t)!))) : []),
        // (And any people at all, by a report that nobody was hurt, where the question names the event: "were
        // any American troops killed in the strikes?" - "the barrage killed or wounded nobody at all"; not
        // "any casualties among Iranian forces", of no event the article tells.)
        ...(best.type === 'casualties' && hinted.includes('casualties') && a.existential && CASUALTY_EVENT.test(a.folded) && NOBODY.test(normalise(best.text)) ? a.terms.filter((t) => t.stem.startsWith(ENTITY_PREFIX) && HARMED_KINDS.has(corpus.entityKind(entityOf(corpus, t) ?? '') ?? '')) : []),
        ...(a.entityKind !== undefined && entityOfKind(a, corpus, best) !== undefined ? a.terms.filter((t) => t.stem === a.focus) : []),
        // (And one giving a figure in the unit counted, that unit, however the question words it: "how many
        // rockets" - "22 missiles". Not a casualty figure counting harm in other words: "how many deaths".)
        // (Or a count of places in its own word for them: "how many sites" - "52 targets".)
        ...(a.intent === 'count' && a.unit !== undefined && ((best.numbers ?? []).some((n) => unitTerms(n.unit).some((st) => a.units.has(st))) || placesFigure(a, best) !== undefined) ? a.terms.filter((t) => t.stem === a.unit) : []),
        ...(a.choice.length && statesChoice(a, corpus, best) ? a.choice : []),
        ...(a.goesOnAsked && tellsWhetherItGoesOn(best) ? a.terms.filter((t) => GOES_ON_WORDS.has(t.word)) : []),
        // (And one giving a reason, the word asking whether something was the reason: "answer to" says so.)
        // (And to a why-question asked by a noun, "what was the cause of the strike?", that noun.)
        ...((a.intent === 'yesno' || a.intent === 'why') && givesReason(normalise(best.text)) ? a.terms.filter((t) => REASON_NOUNS.has(t.word)) : []),
        // (And one telling a deed was the answer to another, "the strikes were Iran's answer to ...", the
        // word asking whether it was: "did Iran hit back over Soleimani?")
        // (Of the side asked about: "has the US hit back?" is not answered by Iran's answer.)
        ...(a.intent === 'yesno' && CAUSE_AFTER.test(normalise(best.text)) && (a.agent === undefined || (factAgent(corpus, normalise(best.text), a.agent.verb) === undefined && subjectOnSide(corpus, best, a.agent.entity))) ? a.terms.filter((t) => RETALIATION_WORD.test(t.word)) : []),
        // (And one telling what someone could say, the verb asking it: "what could Trump claim?", "boast
        // about" - "Trump could point out that ...".)
        ...((a.intent === 'outcome' || (a.intent === 'what' && /\b(?:could|would|might|can|may)\b/.test(a.folded))) && TELLS_OF_WORDS.test(best.text) ? a.terms.filter((t) => CLAIMING_STEMS.has(t.stem)) : []),
        // (And one telling who decides, the words asking it: "whose call", "who gets to make the move".)
        ...(a.decider && DECIDER_TOLD.test(normalise(best.text)) ? a.terms.filter((t) => DECIDING_WORDS.has(t.word)) : []),
        // (And to where words were put, "on what platform did Trump post his response?", one naming the
        // medium, the verb of putting them.)
        ...(a.mediumAsked && mediumNamed(corpus, best) !== undefined ? a.terms.filter((t) => MEDIUM_VERB.test(t.word)) : []),
        // (And to whether a place lies in one direction, one putting it in a direction, the word asking it:
        // "is al-Asad in the northeast?" - "lies in the west", a no.)
        ...(a.intent === 'yesno' && a.namedPlaces.size === 1 && namedAt(best.text, corpus, [...a.namedPlaces.values()][0]!) !== Infinity && words(normalise(best.text)).some((w) => DIRECTION_WORD.test(w)) ? a.terms.filter((t) => DIRECTION_WORD.test(t.word)) : []),
        // (And to "why might Trump decide not to hit back?", one telling what he does not want, whose subject
        // is the one asked about: the words of the deed not done, which a reason for not doing it need not say.)
        ...(a.whyNot && notWanting(a, normalise(best.text)) && (a.agent === undefined || mainSubjectOnSide(corpus, best, a.agent.entity)) ? a.terms.filter((t) => entityOf(corpus, t) === undefined) : []),
      ]
    : [];
  if (matchedTerms && vouched.length) {
    matchedTerms = new Map(matchedTerms);
    answerTerms = new Map(answerTerms);
    for (const t of vouched) {
      matchedTerms.set(t.stem, 1);
      answerTerms.set(t.stem, 1);
    }
  }
  let confidence = articleQuestion !== null ? 1 : matchedTerms ? coverage(a, corpus, matchedTerms) : 0;
  // A reason names the event it explains by a word for it ("the strikes were Iran's answer to ..."): a
  // why-question about an event the article tells in the same section as the reason is as well covered
  // as that event's fact covers it.
  // (Worked out for why-questions only: `premise` is their best-scored hit.)
  // ("Why could backing down be a political win for Trump?" - "by de-escalating now, Trump could point out
  // ...": so does what a deed gains, told beside the claim of the win.)
  const reason = passing[0]?.hit.fact;
  if (premise && reason && (REASON_WORDS.test(normalise(reason.text)) || notWanting(a, normalise(reason.text)) || gainedBy(a, corpus, normalise(reason.text)))) {
    const told = hits.filter((h) => h.fact !== reason && h.fact.question === reason.question).sort((x, y) => y.score - x.score)[0];
    if (told && told.score >= 0.9 * premise.score) confidence = Math.max(confidence, coverage(a, corpus, mergedTerms([told, passing[0]!.hit])));
  }
  // "Why might Tehran be relieved that no Americans died?": a question that restates a fact, one saying
  // all the question says and most of what the fact says, and no reason, asks what lies beyond it: the
  // article gives the reason after the claim, in the next sentence of its paragraph, and that answers.
  // ("Why is Iran relieved?" restates less: the fact's "that the strikes killed no Americans" answers.)
  if (a.intent === 'why' && passing[0] && articleQuestion === null) {
    const claim = passing[0].hit;
    // ("Nobody American died" - "killed no Americans": a word for none is said by the fact's "no".)
    const claimSaysNo = NEGATION.test(normalise(claim.fact.text));
    const said = a.terms.filter((t) => (claim.terms.get(t.stem) ?? 0) >= MENTION_QUALITY || (claimSaysNo && NOBODY.test(t.word))).length;
    const own = new Set(words(claim.fact.text).filter((w) => !STOP_WORDS.has(w)).map(stem)).size;
    // (All but a manner word, and in a question of four words or more all but one: "Tehran's rulers" for its
    // leaders, "available" for "can come out of this with".)
    const asked = a.terms.filter((t) => !a.manner.has(t.stem)).length;
    // (Not one giving its own reason, its condition: "had threatened to strike ... if Iran attacked".)
    if (said >= (asked >= 4 ? asked - 1 : asked) && said >= RESTATES_CLAIM * own && !REASON_WORDS.test(normalise(claim.fact.text)) && !CONDITIONAL_THREAT.test(normalise(claim.fact.text))) {
      // ("Why would ignoring the missiles be awkward for Trump?" - "leaving them unanswered would be a
      // retreat": a consequence the article draws closing its paragraph, "so it will be a climb-down", is
      // drawn from what it told before it.)
      const drawn = WHY_MODAL.test(folded) && CONSEQUENCE_TOLD.test(normalise(claim.fact.text));
      const after = nextInParagraph(claim, passing.map((r) => r.hit)) ?? (drawn ? previousInParagraph(claim, passing.map((r) => r.hit)) : undefined);
      if (after) passing.unshift(...passing.splice(passing.findIndex((r) => r.hit === after), 1));
    }
  }
  // ("What did Iran do in response to Soleimani's death?" - "the strikes were Iran's answer to ...": a fact
  // telling only why the doer did something names the deed by a word; the event it names, told in the same
  // paragraph with the doer as its subject, says what was done, and leads.)
  const reasonFirst = a.intent === 'what' && a.doer !== undefined ? passing[0]?.hit.fact : undefined;
  if (reasonFirst && a.doer && reasonFirst.type !== 'event' && givesReason(normalise(reasonFirst.text))) {
    const doer = a.doer;
    const deed = searchTerms(corpus, [{ word: doer, stem: entityTerm(doer) }], { question: reasonFirst.question }, FEW_FACTS).find(
      (h) => h.fact.type === 'event' && h.fact.paragraph === reasonFirst.paragraph && mainSubjectOnSide(corpus, h.fact, doer),
    );
    if (deed) {
      const at = passing.findIndex((r) => r.hit.fact.id === deed.fact.id);
      const [moved] = at >= 0 ? passing.splice(at, 1) : [{ hit: deed, cue: 1, score: passing[0]!.score, failed: [] }];
      passing.unshift(moved!);
    }
  }
  // ("What did Trump's tweet say about casualties?": words of a topic beyond who spoke and where ask for
  // the part about it; those of a clause saying when, "after the missiles were fired", do not.)
  if (a.intent === 'quote' && !a.whoSaid) {
    const when = new Set(words(whenClause?.[1] ?? '').map(stem));
    const topical = a.terms.some((t) => !a.speaker.includes(t) && !when.has(t.stem) && entityOf(corpus, t) === undefined);
    // ("What exactly did Trump write in his tweet about the missiles?", "the full text of his tweet about the
    // strikes": the whole of what the topic names, which holds any part. Not "word for word, what did the
    // tweet say about casualties?", the part said of them.)
    if (!topical || a.quotePart || (WHOLE_ASKED.test(folded) && WHOLE_ABOUT.test(folded))) preferWholeQuote(passing);
    // ("How did the tweet end?": the fact quoting just that part, where there is one, tells it.)
    const whole = passing[0]?.hit.fact.quote;
    if (a.quotePart && whole) {
      const part = quotePartOf(whole.text, a.quotePart);
      const own = passing.findIndex((r) => r.hit.fact.quote?.speaker === whole.speaker && r.hit.fact.quote.text === part);
      if (own > 0) {
        const [moved] = passing.splice(own, 1);
        moved!.score = Math.max(moved!.score, passing[0]!.score);
        passing.unshift(moved!);
      }
    }
  }
  // "Do the counts at the two bases add up to the total?": the whole and its parts support the sum, first,
  // and cover the question together (the words of adding up and counting say how, not what).
  // (The whole may have failed a check the parts passed: it is read from every candidate.)
  const sum = a.intent === 'yesno' && passing.length && addsUpAsked(a) ? sumOf(a, [...passing.map((r) => r.hit.fact), ...hits.map((h) => h.fact).filter((f) => !passing.some((r) => r.hit.fact === f))]) : undefined;
  if (sum) {
    const used = [sum.whole.fact, ...sum.parts.map((p) => p.fact)];
    for (const fact of [...used].reverse()) {
      const at = passing.findIndex((r) => r.hit.fact === fact);
      const hit = hits.find((h) => h.fact === fact)!;
      passing.unshift(...(at >= 0 ? passing.splice(at, 1) : [{ hit, cue: 1, score: passing[0]!.score, failed: [] }]));
    }
    const together = mergedTerms(passing.slice(0, used.length).map((r) => r.hit));
    for (const t of a.terms) if (COUNTING_WORDS.has(t.word) || t.word === 'count' || t.word === 'counts' || t.word === 'total') together.set(t.stem, 1);
    confidence = Math.max(confidence, coverage(a, corpus, together));
  }
  const floor = passing[0]?.hit.fact.asks?.length ? MIN_CONFIDENCE : BARE_CONFIDENCE;
  // (Asked to name 52 targets, facts naming fewer things of that kind than asked name none of them.)
  const tooFew = a.manyAsked !== undefined && new Set(hits.flatMap((h) => entitiesMatching(stem(a.manyAsked!.noun), corpus, h.fact))).size < a.manyAsked.count;
  let answered = passing.length > 0 && confidence >= floor && !a.absentNames.length && !a.membersAsked && !tooFew;
  // A comparison or difference is supported by the two facts whose figures it used, first.
  const pair = answered && !(a.intent === 'yesno' && thanFigure(question) !== undefined) ? compared(a, corpus, passing.map((r) => r.hit.fact)) : undefined;
  if (pair) for (const used of [pair[1], pair[0]]) passing.unshift(...passing.splice(passing.findIndex((r) => r.hit.fact === used.fact), 1));
  const weighed = answered && a.intent === 'count' ? unitsWeighed(a, passing.map((r) => r.hit.fact)) : undefined;
  if (weighed) for (const used of [weighed[1], weighed[0]]) passing.unshift(...passing.splice(passing.findIndex((r) => r.hit.fact === used), 1));
  // A total read from the whole's figure is supported by the fact that gives it, first (a part may rank
  // above it: "five missiles were fired at ...").
  const figure = answered && !pair && !weighed && a.intent === 'count' && a.total && !a.perPlace.length && !a.each ? unitFigure(a, passing[0]!.hit.fact) : undefined;
  if (figure) {
    const whole = wholeOf(passing.map((r) => r.hit.fact), figure).fact;
    passing.unshift(...passing.splice(passing.findIndex((r) => r.hit.fact === whole), 1));
  }
  // "Which base is not in western Iraq?": where the best fact tells the thing asked for and says no "not",
  // the question asks for the other one of that kind. Where the facts name exactly one other, that one,
  // told by its own best fact, answers; where they name none or several, nothing does.
  // (Compared by figures, "which base did not get more missiles?", the comparison turned round answers; by
  // a word alone, "which base is not the smaller one?", the other one.)
  // ("Which one is bigger, al-Asad or Irbil?": of the two it offers.)
  const offered = [...a.namedInQuestion];
  const other =
    answered && a.negated && (!a.compare || !pair) && !a.difference && a.intent !== 'count' && a.intent !== 'yesno' && WHICH_CUE.test(folded.trim())
      ? a.focus !== undefined && entityNamed(a.focus, corpus, passing[0]!.hit.fact) !== undefined
        ? otherOfKind(a.focus, corpus, passing.map((r) => r.hit.fact))
        : offered.length === 2
          ? otherOffered(offered, corpus, passing.map((r) => r.hit.fact))
          : undefined
      : undefined;
  if (other === null) answered = false;
  else if (other) passing.unshift(...passing.splice(passing.findIndex((r) => r.hit.fact === other.fact), 1));
  const chosen = answered ? passing.slice(0, SUPPORTING) : [];
  // ("What share of the missiles hit Irbil?": the fact giving the whole the answer is worked out from
  // supports it too, second, where the ranking has it.)
  const whole = answered && chosen[0] ? wholeFactOf(a, corpus, passing.map((r) => r.hit.fact)) : undefined;
  const wholeRanked = whole === undefined || chosen.some((r) => r.hit.fact === whole) ? undefined : ranking.find((r) => r.hit.fact === whole);
  if (wholeRanked) chosen.splice(1, chosen.length === SUPPORTING ? 1 : 0, wholeRanked);
  const composed = answered ? (other ? other.entity : compose(a, corpus, passing.map((r) => r.hit.fact), question, answerTerms)) : null;
  // (Whether a script may read the answer as a yes or a no: "did Trump say anything about casualties?" asks
  // one as "did X say ..." does.)
  const yesOrNo = a.intent === 'yesno' || (a.intent === 'quote' && a.asksWhether);
  return {
    question: typed,
    answer: composed,
    facts: chosen.map((r) => ({ ...knownFact(r.hit.fact), score: r.score })),
    verdict: composed === null || !yesOrNo ? null : YES_OR_NO.test(composed) ? (/^yes/i.test(composed) ? 'yes' : 'no') : 'unsettled',
    explain: {
      intent: a.intent,
      terms,
      absentNames: a.absentNames,
      unit: a.unit ?? null,
      focus: a.focus ?? null,
      articleQuestion,
      confidence: round(confidence),
      threshold: floor,
      declined: answered ? null : declinedFor(a, passing.length, confidence, floor, tooFew),
      ranking: ranking.slice(0, 5).map((r) => ({
        id: r.hit.fact.id,
        search: r.hit.score,
        cue: round(r.cue),
        score: r.score,
        matched: r.hit.stems.map((s) => s.replace(/^@/, '')),
        failed: r.failed,
      })),
    },
  };
}

// "What would be a political climb-down for Trump?" - "it would be a bit of a climb-down for him": a short
// answer holding every word of what the question asks to be identified, names aside, says it again rather
// than what it is.
function restatesAsked(corpus: Corpus, question: string, answer: string): boolean {
  const asked = WHAT_IS_X.exec(normalise(question))?.[1];
  if (asked === undefined) return false;
  const said = words(asked).filter((w) => !STOP_WORDS.has(w) && corpus.entityNamed(w) === undefined).map(stem);
  const own = new Set(words(normalise(answer)).map(stem));
  return said.length > 0 && said.every((st) => own.has(st));
}
// "What would be X?", "what is the X": X, asked to be identified.
const WHAT_IS_X = /^what(?:'s| is| was| are| were| would be| will be| could be| might be) (?:a |an |the )?(.+?)\W*$/;

// "The smaller base", "the big one", "the larger airbase": a thing named by how the article describes it,
// read as its name. A fact saying "the Irbil base is the smaller of the two" makes Irbil the smaller (or
// small) base, and the other of its two, which it lists but does not name, the larger (big, bigger).
// The question is returned as typed when nothing in it is described so.
function describedThings(corpus: Corpus, question: string): string {
  const folded = normalise(question);
  let out = folded;
  // ("Which is the smaller one?", "is Irbil the smaller base?": a description ending a question that asks
  // which or whether is what it asks, not a thing it names. Not where its name is asked: "what is the name
  // of the bigger base?" names it.)
  const nameAsked = NAMING_CUE_WORDS.some((w) => folded.includes(w)) && NAME_OF.test(folded);
  // ("The smaler base": a slip of a word the data holds is read as that word.)
  const vocabulary = corpus.index.vocabulary;
  const spelt = (w: string): string =>
    vocabulary.has(stem(w)) || isEnglishWord(w) ? w : ([...vocabulary.expand({ word: w, stem: stem(w) })].find(([st, q]) => q >= ONE_SLIP_QUALITY && isEnglishWord(st))?.[0] ?? w);
  for (const m of folded.matchAll(DESCRIBED)) {
    const [phrase, adjective, noun] = [m[0], spelt(m[1]!), m[2]!];
    const before = folded.slice(0, m.index);
    // (Not one offered as the second of two: "which got more, the western base or the northeastern one?")
    const closing = /^\W*$/.test(folded.slice(m.index + phrase.length)) && !nameAsked && !/\bor\s*$/.test(folded.slice(0, m.index));
    if (STOP_WORDS.has(adjective) || (closing && (DESCRIPTION_ASKED.test(folded) || DESCRIPTION_ASKED_AFTER.test(before)))) continue;
    const name = describedAs(corpus, adjective, noun);
    // ("The" kept: "how many hit the big base" still has its verb's object after the verb.)
    if (name !== undefined) out = out.replace(phrase, ` the ${name} `);
  }
  // "The bigger of the two bases": as "the bigger base".
  for (const m of out.matchAll(DESCRIBED_OF)) {
    const closing = /^\W*$/.test(out.slice(m.index + m[0].length));
    if (STOP_WORDS.has(m[1]!) || (closing && DESCRIPTION_ASKED.test(folded))) continue;
    const name = describedAs(corpus, spelt(m[1]!), m[2]!, true);
    if (name !== undefined) out = out.replace(m[0], ` the ${name} `);
  }
  // "The airbase that took seventeen of the missiles": a thing described by its figure, where one fact
  // gives that figure of that unit at one place of the data.
  if (out.includes(' that ') || out.includes(' which ')) {
    for (const m of out.matchAll(DESCRIBED_BY_FIGURE)) {
      const name = describedByFigure(corpus, m[2]!, m[3]!);
      if (name !== undefined) out = out.replace(m[0], ` the ${name} `);
    }
  }
  // "The base in the west (of Iraq)": a thing described by where it lies.
  // (Run only where a word of direction is: each pattern costs its compiling.)
  for (const m of /north|south|east|west/.test(out) ? out.matchAll(LOCATED) : []) {
    const name = describedAs(corpus, m[2]!, m[1]!);
    if (name !== undefined) out = out.replace(m[0], ` the ${name} `);
  }
  // "The slain commander", "the late general": a person described by their death, where the facts tell
  // of exactly one person killed.
  if (DEATH_DESCRIBED_WORDS.test(out)) {
    let killed: string | null | undefined = null;
    for (const m of out.matchAll(DEATH_DESCRIBED)) {
      // (Not where the person described is who is asked for: "who was the slain commander?" wants the name.)
      const before = out.slice(0, m.index);
      if (/\bname/.test(before) || /^\W*(?:(?:so|ok|and|but)\W+)?(?:who|what)\b(?:\W+[a-z']+){0,3}\W*$/.test(before)) continue;
      if (killed === null) killed = killedPerson(corpus);
      if (killed !== undefined) out = out.replace(m[0], ` ${killed} `);
    }
  }
  return out === folded ? question : out;
}

// "The slain commander", "the assassinated Iranian general", "the dead man": a word of death, then a word
// for a person (the words between may qualify it).
const DEATH_DESCRIBED = /\bthe (?:slain|killed|dead|late|assassinated|murdered|fallen|deceased) (?:[a-z]+ ){0,2}?(?:general|commander|leader|officer|man|chief|commandant|mastermind|strategist|spymaster|hero|martyr)\b/g;
const DEATH_DESCRIBED_WORDS = /\b(?:slain|killed|dead|late|assassinated|murdered|fallen|deceased)\b/;

// A fact saying something alone does not do ("on its own could not", "by itself is not enough").
const ALONE_NOT_ENOUGH = /\b(?:on its own|on their own|by itself|by themselves|alone)\b.*\b(?:not|never|cannot|can't|insufficient)\b|\b(?:not|never|cannot|can't)\b.*\b(?:on its own|on their own|by itself|by themselves|alone)\b|\bnot (?:enough|sufficient)\b|\binsufficient\b/;

// The one person the facts tell was killed or died ("killing Qassim Soleimani", "Soleimani had been
// killed", "Soleimani's death"), if exactly one.
function killedPerson(corpus: Corpus): string | undefined {
  const found = new Set<string>();
  const terms = ['killed', 'death'].map((w) => ({ word: w, stem: stem(w) }));
  for (const hit of searchTerms(corpus, terms, {}, KILLED_FACTS)) {
    const text = ` ${words(hit.fact.text).join(' ')} `;
    for (const e of hit.fact.entities) {
      if (corpus.entityKind(e) !== 'person') continue;
      const entity = corpus.entity(e);
      for (const n of entity ? [entity.name, ...entity.aliases] : [e]) {
        const name = words(n).join(' ');
        const killed = new RegExp(`\\b(?:kill(?:s|ed|ing)?|assassinat\\w*|murder\\w*|death of) (?:[a-z]+ ){0,2}?${name} |\\b${name} s? ?(?:(?:had|has|was) )?(?:been )?(?:killed|assassinated|murdered|slain|dead|died|death)\\b`);
        if (killed.test(text)) {
          found.add(e);
          break;
        }
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
// Facts read for the person killed.
const KILLED_FACTS = 20;

const DESCRIBED_BY_FIGURE = /\bthe ([a-z]+) (?:that|which) (?:took|got|received|absorbed|faced|drew|was hit by|was targeted by|was struck by|was attacked by|came under) (?:the )?([a-z0-9-]+) (?:of the )?([a-z]+)\b/g;

// The place a fact gives a figure at ("17 missiles ... at al-Asad airbase") that is the thing a description
// by figure names, if the facts giving that figure name exactly one place.
function describedByFigure(corpus: Corpus, count: string, unit: string): string | undefined {
  const value = isDigits(count) ? Number(count) : numberWord(count);
  if (value === undefined) return undefined;
  const unitStem = stem(unit);
  // (A figure's unit in the reader's word: "seventeen of the rockets" are the data's 17 missiles.)
  const units = new Set([unitStem, ...mentioned(corpus.index.vocabulary.expand({ word: unit, stem: unitStem }))]);
  const places = new Set<string>();
  for (const hit of searchTerms(corpus, [{ word: unit, stem: unitStem }], {}, DESCRIBING)) {
    if (!(hit.fact.numbers ?? []).some((n) => n.value === value && units.has(stem(words(n.unit).at(-1) ?? n.unit)))) continue;
    for (const e of hit.fact.entities) if (corpus.entityKind(e) === 'place' && namedAt(hit.fact.text, corpus, e) !== Infinity) places.add(e);
  }
  return places.size === 1 ? [...places][0] : undefined;
}

// "Which base is bigger?": a which-question's word of comparison that the data never uses, where it uses
// the opposite ("the smaller of the two"), asked as that opposite's negation: "which base is not smaller",
// answered by the other one (see otherOfKind). The question is returned as typed when no word is so.
// ("Was Trump agitated?", "did Trump freak out?": a state a yes-or-no question asks of its subject, an
// idiom or the word closing "is X ...?", the same way: "was Trump not calm?". Not a verb's other words: "did
// any missiles miss?" is no "did any not hit?", which the data would answer. Nor a direction or a word of
// comparison: those have their own checks.)
function oppositeNegated(corpus: Corpus, question: string): string {
  // (After chat's opening: "lol did trump freak out?")
  const folded = normalise(withoutOpening(question));
  const has = (spelling: string): boolean => corpus.index.vocabulary.has(stem(spelling));
  if (YES_OR_NO_QUESTION.test(folded.trim())) {
    const list = words(folded);
    const stateAt = COPULA_OPENS.test(folded.trim()) ? list.length - 1 : -1;
    let out = folded;
    for (let i = 0; i < list.length; i++) {
      const idiom = idiomAt(list, i);
      if (!idiom && i !== stateAt) continue;
      const w = idiom?.means ?? list[i]!;
      if (STOP_WORDS.has(w) || has(w) || isName(w) || DIRECTION_WORD.test(w) || MORE_WORDS.has(w) || LESS_WORDS.has(w) || !isEnglishWord(w)) continue;
      const held = new Set([w, ...baseForms(w)].flatMap(oppositeWords).filter(has));
      if (held.size !== 1) continue;
      const span = list.slice(i, i + (idiom?.length ?? 1)).map(escapeRegExp).join('\\W+');
      out = out.replace(new RegExp(`\\b${span}\\b`), `not ${[...held][0]}`);
    }
    return out === folded ? question : out;
  }
  if (!WHICH_CUE.test(folded.trim())) return question;
  let out = folded;
  for (const w of words(folded)) {
    if ((!MORE_WORDS.has(w) && !LESS_WORDS.has(w)) || has(w)) continue;
    const held = new Set([w, ...baseForms(w)].flatMap(oppositeWords).flatMap((o) => comparedForms(o, has)));
    if (held.size === 1) out = out.replace(new RegExp(`\\b${w}\\b`), `not ${[...held][0]}`);
  }
  return out === folded ? question : out;
}

// "Which of the two bases was the smaller one?": "two" numbers the things compared, "one" stands for
// either; neither is a figure asked about.
function countsAlternatives(t: QueryTerm, folded: string): boolean {
  if (t.stem === '2') return /\b(?:the|of|these|those) two\b/.test(folded);
  if (t.stem === '1') return /\b(?:the|which|that|this)(?: [a-z]+)? one\b/.test(folded);
  return false;
}

// The entity the data describes by an adjective (or its opposite) and a noun, if exactly one.
function describedAs(corpus: Corpus, adjective: string, noun: string, ofTwo = false): string | undefined {
  const vocabulary = corpus.index.vocabulary;
  // A direction ("the western base", "the base in the west"): the place a fact locates there, in either
  // form of the word ("west", "western").
  const direction = DIRECTION_WORD.exec(adjective)?.[1];
  const bases = new Set(direction ? [direction, `${direction}ern`] : [adjective, ...baseForms(adjective)]);
  const opposites = new Set(direction ? [] : [...bases].flatMap(oppositeWords));
  // The data's words of either: their compared forms the vocabulary holds ("smaller"; not "two", though
  // "two" is in "the smaller of the two").
  const found = new Set<string>();
  if (direction) for (const b of bases) if (vocabulary.has(stem(b))) found.add(b);
  for (const b of [...bases, ...opposites]) if (!direction) for (const f of comparedForms(b, (spelling) => vocabulary.has(stem(spelling)))) found.add(f);
  // ("One", or, picking one of two, a noun the data never uses, "installation", names no kind to hold to.)
  const kind = noun === 'one' || (ofTwo && !vocabulary.has(stem(noun))) ? undefined : stem(noun);
  const named = new Set<string>();
  for (const word of found) {
    const same = bases.has(word) || baseForms(word).some((b) => bases.has(b));
    for (const hit of searchTerms(corpus, [{ word, stem: stem(word) }], {}, DESCRIBING)) {
      const fact = hit.fact;
      // (A fact holding the word itself: "northeast" is no "Middle East".)
      if ((hit.terms.get(stem(word)) ?? 0) < 1) continue;
      // The places the fact is about: the one it names, and the other it only lists ("of the two").
      const places = fact.entities.filter((e) => corpus.entityKind(e) === 'place');
      const inText = places.filter((e) => namedAt(fact.text, corpus, e) !== Infinity);
      const listed = places.filter((e) => !inText.includes(e));
      const which = same ? inText : listed;
      // The one described must be of the kind named ("airbase"), unless "one" names none.
      if (which.length === 1 && inText.length === 1 && (kind === undefined || entitiesMatching(kind, corpus, fact).includes(which[0]!))) named.add(which[0]!);
    }
  }
  return named.size === 1 ? [...named][0] : undefined;
}

// "The bigger of the two (targeted) bases": a description, then the things it picks one of.
const DESCRIBED_OF = /\bthe ([a-z]+) of the (?:two )?(?:[a-z]+ )?([a-z]+)\b/g;
// "The base in the west of Iraq", "the airbase out west": a thing and where it lies.
const LOCATED = /\bthe ([a-z]+) (?:in|out|to|on) (?:the )?((?:north|south)?(?:east|west)|north|south)(?:ern)?(?: (?:part |side )?of (?:the )?[a-z]+)?\b/g;

// Facts read for a description: a word of comparison is in few.
const DESCRIBING = 5;

/** Answer a question from the dataset; `answer` is null when the article does not answer it. @internal */
export function ask(corpus: Corpus, question: string): Reply {
  const { explain: _explain, ...reply } = askExplained(corpus, question);
  return reply;
}

/**
 * The short answer to the question, from the best fact (and, for comparisons, the others). `matched`: the
 * question's words the best fact matched, with how well (a yes or no needs all of them).
 * @internal
 */
export function compose(a: Analysis, corpus: Corpus, candidates: readonly Fact[], question: string, matched?: ReadonlyMap<string, number>): string {
  const fact = candidates[0]!;
  const asked = new Set(words(question));
  if (a.intent === 'count') return countAnswer(a, corpus, candidates);
  // "Do the missile counts at the two bases add up to the total?": the parts' figures, summed, against the
  // whole's (or the one the question gives).
  const sum = a.intent === 'yesno' && addsUpAsked(a) ? sumOf(a, candidates) : undefined;
  if (sum) return `${sum.total === sum.named ? 'Yes' : 'No'}: ${sum.parts.map((p) => p.n.value).join(' + ')} = ${sum.total} ${sum.whole.n.unit}${sum.total === sum.named ? '' : `, not ${sum.named}`}`;
  // "Were all 22 missiles fired at the same base?": two or more places of that kind, each with its own
  // figure, say no.
  // ("Did the Iraqi military give a breakdown by base?": yes, with the figures, where the one the question
  // names, if any, told them all.)
  const spread = a.intent === 'yesno' && (a.single !== undefined || a.divided) ? eachPlace(a, corpus, candidates) : undefined;
  if (spread && a.single !== undefined) return `No: ${placesListed(a, spread)}`;
  if (spread) {
    const at = DIVISION_ASKED.exec(a.folded)?.index ?? Infinity;
    const tellers = [...a.namedInQuestion].filter((e) => corpus.entityKind(e) !== 'place' && namedAt(a.folded, corpus, e) < at);
    const told = spread.every(([, f]) => tellers.every((e) => sameSide(corpus, e, speakerOf(corpus, f)) || f.attribution === e));
    return `${told ? 'Yes: ' : ''}${placesListed(a, spread)}`;
  }
  // "Were more missiles fired than targets threatened?": the largest figure of each kind, weighed.
  // (Of the facts of each word, found through the index: the best few may give only one of the two.)
  const [counted, against] = (a.intent === 'yesno' && a.kindsWeighed?.map((w) => largestFigure(searchTerms(corpus, [{ word: w, stem: stem(w) }], {}, POOL).map((h) => h.fact), w))) || [];
  if (counted && against) return `${((a.compare ?? a.difference) === 'more' ? counted.value > against.value : counted.value < against.value) ? 'Yes' : 'No'}: ${counted.value} ${counted.unit}, against ${against.value} ${against.unit}`;
  // (With no figure for one of them, the places' figures settle nothing: "more missiles than soldiers killed?")
  if (a.intent === 'yesno' && a.kindsWeighed) return fact.text;
  // ("Is Irbil bigger or smaller than al-Asad?": which, no yes or no.)
  if (a.intent === 'yesno' && a.compare && MORE_OR_LESS.test(a.folded)) return comparison(a, corpus, candidates) ?? fact.text;
  // ("Is al-Asad further west than Irbil?": yes where the place named first is the one that lies so.)
  if (a.intent === 'yesno' && a.folded.includes(' than ')) {
    const furthest = furthestPlace(a, corpus);
    const first = firstNamedIn(a.folded, corpus, [...new Set(a.namedPlaces.values())]);
    if (furthest !== undefined && first !== undefined) return `${furthest === first ? 'Yes' : 'No'}. ${furthest} lies further ${DIRECTION_COMPARED.exec(a.folded)![1]}`;
  }
  // ("Was Irbil hit as hard as al-Asad?": yes only where the two figures are the same.)
  if (a.intent === 'yesno' && a.compare && AS_MUCH_AS.test(a.folded)) {
    const pair = compared(a, corpus, candidates);
    return pair ? `${pair[0].figure.value === pair[1].figure.value ? 'Yes' : 'No'}. ${comparison(a, corpus, candidates)}` : fact.text;
  }
  if (a.intent === 'yesno' && a.compare) {
    // "Did Iran fire fewer than 10 missiles?": compared with a figure, not between places: the fact's own
    // figure in the unit asked settles it.
    const bound = thanFigure(question);
    if (bound !== undefined) {
      const figure = figureAsked(a, fact);
      if (!figure) return fact.text;
      return `${(a.compare === 'more' ? figure.value > bound : figure.value < bound) ? 'Yes' : 'No'}. ${fact.text}`;
    }
    // "Did more missiles hit Irbil than al-Asad?": yes when the place named first is the one asked for.
    const pair = compared(a, corpus, candidates);
    if (pair) {
      const [first, second] = [pair[0], pair[1]].sort((x, y) => namedAt(question, corpus, x.entity) - namedAt(question, corpus, y.entity));
      // ("Did more missiles hit Irbil or al-Asad?" offers the two: which, not yes or no.)
      const offered = / or /.test(` ${words(question).join(' ')} `.slice(namedAt(question, corpus, first!.entity), namedAt(question, corpus, second!.entity) + 1));
      if (offered) return comparison(a, corpus, candidates) ?? fact.text;
      return `${first === pair[0] ? 'Yes' : 'No'}. ${comparison(a, corpus, candidates)}`;
    }
  }
  // "Which is further west, al-Asad or Irbil?": the one place whose own fact puts it that way.
  const furthest = a.intent !== 'yesno' ? furthestPlace(a, corpus) : undefined;
  if (furthest) return furthest;
  if (a.compare) {
    const compared = comparison(a, corpus, candidates);
    if (compared) return compared;
  }
  if (a.whoSaid) {
    // ("Who called the Democrats hysterical?" - "Trump could say ... were hysterical": one who only may say
    // it has not; "who did the Democrats say was hysterical" is not answered by "Democrats", its own word.
    // The fact says which.)
    const who = speakerOf(corpus, fact);
    const own = corpus.entityNamed(who);
    if (HEDGED_SAYING.test(normalise(fact.text)) || (own !== undefined && a.namedInQuestion.has(own))) return fact.text;
    // ("Javad Zarif, Iran's foreign minister": a person by their post too, where the data gives one.)
    const post = own === undefined ? undefined : postName(corpus, own);
    return post === undefined ? who : `${who}, ${/['\u2019]s /.test(post) ? '' : 'the '}${post}`;
  }
  // "Did Khamenei say military action alone was enough?": whether those words were said, yes or no as the
  // fact's text settles it, then the words. (Not "did Zarif say anything about war": whether he spoke of
  // it, which the words show; a "neither ... nor war" in them is no "No".)
  // ("Did Trump tweet about the strikes?": whether he spoke of them, which a fact of his words on them, that
  // passed as on the topic, says: yes.)
  if (a.intent === 'quote' && a.asksWhether && a.topic.size) {
    const composed = compose({ ...a, asksWhether: false }, corpus, candidates, question, matched);
    return YES_OR_NO.test(composed) ? composed : `Yes. ${composed}`;
  }
  if (a.intent === 'quote' && a.asksWhether && !a.topic.size) {
    // (A verdict is put before the fact, not before a short answer written for what the fact tells.)
    const composed = compose({ ...a, asksWhether: false }, corpus, candidates, question, matched);
    const verdict = /^(?:Yes|No)\. /.exec(yesNo(a, corpus, question, fact, fact.text, matched))?.[0];
    if (verdict === undefined || YES_OR_NO.test(composed)) return composed;
    return `${verdict}${composed === fact.answer ? fact.text : composed}`;
  }
  // (The article's words for it: a short stored answer, in them, where there is one.)
  if (a.articleWording) return fact.answer && !YES_OR_NO.test(fact.answer) ? fact.answer : fact.text;
  if (a.intent === 'quote' && fact.quote) {
    // ("What did Khamenei say?" - “not sufficient”: a few words quoted from a sentence say little alone; the
    // fact tells what they were said of. Asked for the words themselves, "what two words ...", they answer.)
    // (What someone vowed or called a thing is the words: "Iran: “severe revenge”".)
    const fragment = !a.quotePart && isFragment(fact.quote.text) && [...asked].some((w) => SAYING_ASKED.has(w)) && ![...asked].some((w) => ANSWER_FORM_WORDS.has(w));
    // (Where the fact quotes them itself, it alone.)
    if (fragment) return normalise(fact.text).includes(normalise(fact.quote.text)) ? fact.text : `${fact.text.replace(/[.!?]$/, '')}: “${fact.quote.text}”`;
    return `${fact.quote.speaker}: “${a.quotePart ? quotePartOf(fact.quote.text, a.quotePart) : fact.quote.text}”`;
  }
  // "Whose embassy in Baghdad was attacked?": the one the thing is of, not the doer ("the US embassy").
  const owner = ownerAsked(corpus, normalise(question), fact);
  if (owner) return owner;
  // "What is the name of Iran's foreign minister?": the entity the question names, by its name.
  const named = a.nameOf ? a.terms.find((t) => t.stem.startsWith(ENTITY_PREFIX)) : undefined;
  if (named) {
    // ("What is the airbase in Iraq called?": Iraq is where the thing named is; the thing is the one of the
    // fact's entities that a name of its own calls an airbase.)
    const name = named.stem.slice(ENTITY_PREFIX.length);
    const thing = a.calledNoun;
    if (thing === undefined || calledBy(corpus, name, thing) || typedAs(a, name, thing)) return name;
    const other = fact.entities.find((e) => !a.namedInQuestion.has(e) && calledBy(corpus, e, thing));
    if (other !== undefined) return other;
  }
  if (a.identity) {
    const who = identityAnswer(a.identity, corpus, fact);
    if (who) return who;
  }
  // "Who killed Soleimani?" - "... America's killing of Qassim Soleimani": the doer, where the fact names
  // one the question does not, and has no short answer of its own.
  if (a.intent === 'who' && a.deed !== undefined && !fact.answer) {
    const doer = factAgent(corpus, normalise(fact.text), a.deed.word);
    if (doer !== undefined && !a.namedInQuestion.has(doer)) return doer;
  }
  if (a.intent === 'when') {
    // A stored short answer that is a time says it best; else the time the fact's text gives.
    if (fact.answer && TIME_PHRASE.test(normalise(fact.answer))) return fact.answer;
    const time = new RegExp(TIME_PHRASE.source, 'i').exec(fact.text);
    if (time) return sentenceCase(time[0]);
  }
  // "Where did Iran fire from?": the origin the fact gives ("From Iranian soil").
  const whereFrom = a.intent === 'where' && WHERE_FROM.test(a.folded);
  if (whereFrom) {
    const origin = ORIGIN_PHRASE.exec(fact.text);
    if (origin) return sentenceCase(origin[0]);
  }
  // ("What embassy was attacked?" asks which, as "which embassy" does: the thing asked for right after "what".)
  const said = words(normalise(question));
  const whichAsked = a.focus !== undefined && (WHICH_CUE.test(normalise(question).trim()) || whatKind(corpus, said, a.focus));
  // "Which country is al-Asad in?": a kind of entity, answered by the fact's entity of that kind that the
  // question does not name.
  const ofKind = a.entityKind && entityOfKind(a, corpus, fact);
  if (ofKind) return ofKind;
  // "What were the missiles aimed at?": every place the best facts tell something was aimed, fired or
  // launched at, where they tell of more than one ("al-Asad airbase and Irbil"), not the first fact's one.
  if (a.intent === 'what' && AIMED_AT_ASKED.test(normalise(question).trim())) {
    const aimed = candidates.slice(0, 2 * SUPPORTING).filter((f) => AIMED_AT_TOLD.test(normalise(f.text)));
    const places = [...new Set(aimed.flatMap((f) => f.entities.filter((e) => corpus.entityKind(e) === 'place' && namedAt(f.text, corpus, e) !== Infinity && !a.namedInQuestion.has(e))))];
    if (places.length > 1) return `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`;
  }
  // "Which bases were attacked?": every entity of that kind the best facts name, not the first fact's one.
  // (Asked in the plural: "which base is smaller" wants one.)
  // ("Which two bases": the kind after the number.)
  // ("What bases did Iran strike?" asks which in the plural too: the plural noun after "what".)
  const pluralWhat = said[0] === 'what' && said[1] !== undefined && a.focus === stem(said[1]) && pluralNoun(said[1]) && !isName(said[1]) && corpus.entityNamed(said[1]) === undefined;
  const whichWords = WHICH_KIND.exec(normalise(question));
  const kindWord = pluralWhat ? said[1] : whichWords && isCount(whichWords[1]!) ? whichWords[2] : whichWords?.[1];
  if ((whichAsked || pluralWhat) && kindWord !== undefined && baseForms(kindWord).some((b) => b !== kindWord)) {
    // (Of the best few facts more than those shown: each may name one of them.)
    const all = [...new Set(candidates.slice(0, 2 * SUPPORTING).flatMap((f) => entitiesMatching(a.focus!, corpus, f)))];
    if (all.length > 1) return `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
  }
  // ("What embasy was attacked?": a slip of the thing asked for names it as the word does.)
  // (Looked up only where the word names nothing: a look-up of an English word reads a dictionary file.)
  const slipsOf = (focus: string): string[] => {
    const t = a.terms.find((x) => x.stem === focus);
    return t === undefined || isEnglishWord(t.word) ? [] : [...corpus.index.vocabulary.expand(t)].filter(([st, q]) => q >= ONE_SLIP_QUALITY && st !== focus).map(([st]) => st);
  };
  const called = a.nameOf && !named ? calledThing(corpus, a, fact) : undefined;
  if (called) return called;
  const which = a.focus && (whichAsked || a.nameOf) ? (entityNamed(a.focus, corpus, fact) ?? slipsOf(a.focus).map((f) => entityNamed(f, corpus, fact)).find((e) => e !== undefined)) : undefined;
  if (which) return which;
  // "Where is al-Asad?" - "... lies in the west of Iraq": where the fact puts it, unless a short answer
  // written for the fact says so. (Asked which, "which base lies further west", a thing is the answer.)
  // (A short answer opening with the place asked about, "In Irbil, ..." to "where is Irbil?", says it
  // again: where the fact puts it says where.)
  const circular = fact.answer !== undefined && PLACE_ANSWER.test(fact.answer) && [...a.namedInQuestion].some((e) => namesOf(corpus, e).some((n) => normalise(fact.answer!).replace(PLACE_ANSWER, '').startsWith(normalise(n))));
  if (a.intent === 'where' && !whereFrom && !whichAsked && !a.compare && !a.difference && (circular || !(fact.answer && PLACE_ANSWER.test(fact.answer)))) {
    const place = placeGiven(a, corpus, fact) ?? placeInName(a, corpus);
    if (place) return place;
  }
  // A short answer made only of the question's own words ("Who is Donald Trump?" - "Donald Trump")
  // tells the reader nothing: the fact itself does.
  // (Nor does one that is only the name of one the question names: "what did the US do?" - "The United States".)
  const onlyNamed = (answer: string): boolean => {
    const e = corpus.entityNamed(words(answer).filter((w) => w !== 'the').join(' '));
    return e !== undefined && a.namedInQuestion.has(e);
  };
  // (Nor, to "what comes next?", one leaving out the condition the fact puts on it: "more shooting in the days
  // to come" is so only if Trump retaliates, which the fact says and the question does not.)
  const conditionDropped = (a.intent === 'outcome' || a.intent === 'what') && OPENING_CONDITION_TOLD.test(fact.text) && !CONDITION.test(a.folded);
  // (Nor, to a why-question, one that drops the condition giving the reason: "to hit 52 targets", of a
  // threat made "if Iran attacked".)
  const reasonDropped = a.intent === 'why' && fact.answer !== undefined && !givesReason(normalise(fact.answer)) && !CONDITIONAL_CLAIM.test(normalise(fact.answer)) && conditionGivesReason(a, corpus, normalise(fact.text));
  const short = fact.answer && !conditionDropped && !reasonDropped && !words(fact.answer).every((w) => asked.has(w)) && !onlyNamed(fact.answer) && !restatesAsked(corpus, question, fact.answer) && answersKind(a, corpus, fact, fact.answer) ? fact.answer : fact.text;
  // A stored short answer to another kind of question ("Iran", to "who attacked the embassy?") is no
  // answer to a yes-or-no one: the fact says it, unless the stored answer already says yes or no.
  if (a.intent === 'yesno') {
    // "Is al-Asad east or west of Erbil?" offers a choice: neither "Yes" nor "No" answers it; the fact does.
    // ("Was anyone killed or injured?" asks whether either happened: a yes or no.)
    // ("Is Iran done now or are more attacks coming?": two clauses offered, of which neither a yes nor a no
    // says which.)
    if (a.alternatives.length > 1 && !a.existential) return fact.text;
    // "Did the MoD comment on British casualties?" asks whether it spoke of them: its report on them says
    // yes, whatever the report's own yes or no ("no UK casualties") answers.
    const spoke = a.folded.includes(' on ') || a.folded.includes(' about ') ? SPOKE_OF.exec(a.folded) : null;
    const spokeBy = spoke ? firstEntityIn(corpus, spoke[1]!) : undefined;
    if (spokeBy !== undefined && (sameSide(corpus, spokeBy, speakerOf(corpus, fact)) || fact.attribution === spokeBy)) return `Yes. ${fact.text}`;
    // (A stored short answer that is no yes or no says which: "Iran signals it plans no further direct attacks".)
    if (a.folded.includes(' or ') && OR_CLAUSE.test(a.folded)) return short !== fact.text && !YES_OR_NO.test(short) ? short : fact.text;
    // "Were 22 missiles fired at al-Asad?": a figure the fact gives otherwise, in the unit asked about, is a no.
    const asked = a.terms.filter((t) => isDigits(t.stem)).map((t) => Number(t.stem));
    const figure = asked.length ? figureAsked(a, fact) : undefined;
    if (figure && !fact.numbers?.some((n) => asked.includes(n.value))) return `No. ${fact.text}`;
    // "Did the missiles come from Iraq?" - "... from Iranian soil": from another place, a no.
    // (Of the same deed: "will the US withdraw its troops from Iraq?" asks nothing of where Iran fired from.)
    const told = normalise(fact.text);
    const fromAsked = a.folded.indexOf(' from ');
    const fromTold = told.indexOf(' from ');
    const sameOrigin = fromAsked < 0 || fromTold < 0 || sameDeed(corpus, deedBefore(corpus, a.folded, fromAsked), new Set(deedBefore(corpus, told, fromTold)));
    if (a.origins.length && !comesFrom(a.origins, corpus, fact) && sameOrigin) return `No. ${fact.text}`;
    // A stored "No, ..." answers the question the fact was written for. Another yes-or-no question ("is the
    // US stronger than Iran?") may be answered the other way: the fact's text decides, and the stored
    // answer stands where the text agrees or cannot settle it.
    // (A fact whose text itself opens "No." - an article answering its own question - gets no second one.)
    const ownVerdict = yesNo(a, corpus, question, fact, fact.text, matched).replace(/^(?:Yes|No)\. (?=(?:Yes|No)\b)/, '');
    const stored = fact.answer && YES_OR_NO.test(fact.answer) ? fact.answer : undefined;
    // (A stored "No, Trump does not want a war" answers whether he wants one: to "will there be a war?",
    // where the fact tells only a wish, the fact says it, with no verdict.)
    // (Nor to a question reversing a word of the fact, "de-escalation": the stored answer is to the other way.)
    if (stored && reversedTerms(a, normalise(fact.text)).length) return ownVerdict;
    if (stored && ownVerdict === fact.text && wishOnly(normalise(fact.text), normalise(question))) return ownVerdict;
    // ("Is it true that no British soldiers were harmed?" - the stored "No, there were no UK casualties"
    // answers whether any were: a question denying the thing itself, by "no" or "none", is answered the
    // other way. Not "wasn't anyone hurt?", answered as "was anyone hurt?" is.)
    if (stored && ownVerdict === fact.text && DENIED_CLAIM.test(normalise(question)) && STORED_VERDICT.test(stored)) return stored.replace(STORED_VERDICT, (v) => (/^yes/i.test(v) ? 'No' : 'Yes'));
    // ("Does Iran want to avoid a full-scale war?" - the stored "No, Iran is eager to avoid a head-on war",
    // written for "does Iran want a war": an answer stating an avoidance says yes to avoiding it and no to
    // wanting it, whichever its verdict was written for.)
    if (stored && ownVerdict === fact.text && STORED_VERDICT.test(stored) && AVOIDANCE.test(normalise(stored.replace(STORED_VERDICT, '')))) return stored.replace(STORED_VERDICT, AVOIDANCE.test(a.folded) ? 'Yes' : 'No');
    // ("Did the British troops escape injury?", "did everyone survive?" - the stored "No, there were no UK
    // casualties", written for whether any were hurt: a question asking whether harm did not come is answered
    // the other way.)
    if (stored && ownVerdict === fact.text && fact.type === 'casualties' && STORED_VERDICT.test(stored) && UNHARMED.test(a.folded) && !UNHARMED.test(normalise(fact.text))) return stored.replace(STORED_VERDICT, (v) => (/^yes/i.test(v) ? 'No' : 'Yes'));
    if (!stored || ownVerdict === fact.text) return stored ?? ownVerdict;
    return /^yes\b/i.test(stored) === ownVerdict.startsWith('Yes.') ? stored : ownVerdict;
  }
  // ("How did Trump react on Twitter?" - "Trump's first reaction on Twitter was that all was well": one's
  // reaction, where the fact reports in its own words what they said, is best told in theirs.)
  if (short === fact.text && fact.quote && fact.type === 'statement' && a.intent === 'what' && [...asked].some((w) => REACTION_WORD.test(w)) && !isFragment(fact.quote.text)) return `${fact.quote.speaker}: “${fact.quote.text}”`;
  return short;
}

const REACTION_WORD = /^(?:react|respon[sd]|repl(?:y|ie))/;
// A few words quoted with no closing stop (see FRAGMENT_WORDS).
function isFragment(quote: string): boolean {
  return !/[.!?]$/.test(quote) && words(quote).length < FRAGMENT_WORDS;
}

// Fewer words than this, quoted with no closing stop, are a fragment of what was said.
const FRAGMENT_WORDS = 4;

// "Whose X ...?": the thing asked about, whose owner is the answer.
// ("Which country's bases were targeted?" asks whose, as "whose bases" does.)
const WHOSE = /^(?:whose|(?:which|what) (?:country|nation|side|state|government)(?:'|\u2019)s) (\w+)/;

// "Whose embassy in Baghdad was attacked?": the one the fact says the thing is of ("the US embassy"), of the
// kind asked ("which country's bases" are the US's, not Irbil's); undefined where it says none, or nothing
// whose is asked.
function ownerAsked(corpus: Corpus, folded: string, fact: Fact): string | undefined {
  const whose = WHOSE.exec(folded.trim());
  if (!whose) return undefined;
  const kind = whose[0].startsWith('whose') ? undefined : 'country';
  return possessorOf(corpus, fact.text, whose[1]!, (e) => kind === undefined || corpus.entityKind(e) === kind);
}

// The entity a thing is of in a text: named right before it ("the US embassy", "Iran's forces", the
// possessive dropped as words are read) or after "of" ("the embassy of the United States").
function possessorOf(corpus: Corpus, text: string, thing: string, fits: (entity: string) => boolean = () => true): string | undefined {
  const list = words(normalise(text));
  const st = stem(thing);
  for (let i = 0; i < list.length; i++) {
    if (stem(list[i]!) !== st) continue;
    const before = entityBefore(corpus, list, i, 3);
    if (before !== undefined && fits(before)) return before;
    if (list[i + 1] === 'of') {
      const after = entityAfter(corpus, list, i + 1);
      if (after !== undefined && fits(after)) return after;
    }
  }
  return undefined;
}

// A person's post, as a name the data gives them says it ("Iran's foreign minister", "US president"):
// the longest that ends in a post's noun and is more than "the" and the noun.
function postName(corpus: Corpus, person: string): string | undefined {
  const e = corpus.entity(person);
  if (e?.kind !== 'person') return undefined;
  const posts = e.aliases.filter((n) => {
    const list = words(n);
    return list.length > 1 && list[0] !== 'the' && POST_NOUNS.has(list.at(-1)!);
  });
  return posts.sort((x, y) => words(y).length - words(x).length)[0];
}

// Who said what a fact reports: the quote's speaker, the source it is attributed to, or, for a claim the
// article reports itself ("The Democrats had warned ..."), the person or group it names first.
function speakerOf(corpus: Corpus, fact: Fact): string {
  if (fact.quote) return fact.quote.speaker;
  if (fact.attribution !== 'article') return fact.attribution;
  // A claim the article reports itself: whoever it says said it ("the Democrats had warned ..."); one it
  // makes in its own voice ("Trump's first reaction has been unusually relaxed") is the article's.
  const said = TELLS_OF_WORDS.test(fact.text) || SAYING_VERBS_IN_TEXT.test(fact.text);
  const sayer = fact.entities.find((e) => ['person', 'group', 'organization'].includes(corpus.entityKind(e) ?? ''));
  return said ? (sayer ?? fact.text) : 'The article';
}

function countAnswer(a: Analysis, corpus: Corpus, candidates: readonly Fact[]): string {
  const fact = candidates[0]!;
  // "How many more missiles hit al-Asad than Irbil?": worked out from the two figures.
  // ("How many more targets ... than missiles ...?": the counted thing's figure against the other's.)
  const [counted, other] = unitsWeighed(a, candidates) ?? [];
  if (counted && other) {
    const [x, y] = [unitFigure(a, counted)!, thanFigureOf(a, other)!];
    return `${Math.abs(x.value - y.value)} ${x.value >= y.value ? 'more' : 'fewer'}: ${x.value} ${x.unit}, against ${y.value} ${y.unit}`;
  }
  const pair = a.difference ? compared(a, corpus, candidates) : undefined;
  // ("How many times more missiles hit al-Asad than Irbil?": the ratio, to one decimal place.)
  if (pair && RATIO_ASKED.test(a.folded) && Math.min(pair[0].figure.value, pair[1].figure.value) > 0) {
    const [x, y] = [Math.max(pair[0].figure.value, pair[1].figure.value), Math.min(pair[0].figure.value, pair[1].figure.value)];
    const [big, small] = pair[0].figure.value >= pair[1].figure.value ? pair : [pair[1], pair[0]];
    return `${Number((x / y).toFixed(1))} times as many ${big.figure.unit}: ${x} at ${big.entity}, against ${y} at ${small.entity}`;
  }
  if (pair) {
    const [big, small] = pair;
    const by = Math.abs(big.figure.value - small.figure.value);
    return `${by} ${a.difference === 'more' ? 'more' : 'fewer'} ${big.figure.unit}: ${big.figure.value} at ${big.entity}, against ${small.figure.value} at ${small.entity}`;
  }
  const placed = a.perPlace.length || a.each ? eachPlace(a, corpus, candidates) : undefined;
  if (placed) {
    const listed = placesListed(a, placed);
    // "How many missiles hit al-Asad and Irbil in total?": the figures added up, where they count alike.
    // ("22 missiles: 17 at al-Asad airbase and 5 at Irbil".)
    const figures = placed.map(([place, f]) => ({ place, figure: unitFigure(a, f)! }));
    if (!a.total || figures.some((n) => n.figure.unit !== figures[0]!.figure.unit)) return listed;
    const added = figures.map((n) => `${n.figure.value} at ${n.place}`);
    return `${figures.reduce((sum, n) => sum + n.figure.value, 0)} ${figures[0]!.figure.unit}: ${added.slice(0, -1).join(', ')} and ${added.at(-1)}`;
  }
  const unitOf = unitFigure(a, fact);
  if (!unitOf) return fact.text;
  // "How many votes did Brandt get?" - "Harlow won 96,412 votes, against 92,551 votes for Mr Brandt": of
  // several figures in the unit, the one given beside the one asked about.
  const figure = (!a.total && byWhom(a, corpus, fact, unitOf)) || unitOf;
  if (a.total) {
    const largest = wholeOf(candidates, figure).figure;
    return `${largest.value} ${largest.unit}`;
  }
  // ("How many missiles were not aimed at al-Asad?": the whole less the part at the place asked about.)
  if (restAsked(a, corpus, fact)) {
    const whole = wholeInData(corpus, candidates, figure).figure;
    const place = a.namedPlaces.values().next().value as string;
    if (whole.value > figure.value) return `${whole.value - figure.value} ${figure.unit}: ${whole.value} in all, ${figure.value} at ${place}`;
  }
  // ("What share of the missiles hit al-Asad?": the part of the whole the candidates give, and its share.)
  if (a.share && figure.value > 0) {
    const whole = wholeInData(corpus, candidates, figure).figure;
    if (whole.value > figure.value) return `${figure.value} of ${whole.value} ${figure.unit}, about ${Math.round((100 * figure.value) / whole.value)}%`;
  }
  return figure.value === 0 ? `No ${figure.unit}` : `${figure.value} ${figure.unit}`;
}

// "17 missiles at al-Asad airbase and 5 at Irbil": each place's figure (the unit again only where it changes).
function placesListed(a: Analysis, placed: readonly [string, Fact][]): string {
  const parts = placed.map(([place, f], i) => {
    const n = unitFigure(a, f)!;
    const unit = i === 0 || n.unit !== unitFigure(a, placed[i - 1]![1])!.unit ? ` ${n.unit}` : '';
    return `${n.value}${unit} at ${place}`;
  });
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

// Of some figures of a fact (its words `said`), the one written nearest the word at `at`.
function nearestSaid(said: readonly string[], at: number, figures: readonly NumberFigure[]): NumberFigure | undefined {
  const where = (n: NumberFigure): number => {
    const i = said.findIndex((w) => w === String(n.value) || w === String(n.value).replace(/\.\d+$/, ''));
    return i < 0 ? Infinity : Math.abs(i - at);
  };
  return [...figures].sort((x, y) => where(x) - where(y))[0];
}

// Of a fact's figures in one unit, the one nearest the name of someone (or something that is no place) the
// question asks about, when the fact names them; none when the fact gives one such figure.
function byWhom(a: Analysis, corpus: Corpus, fact: Fact, figure: NumberFigure): NumberFigure | undefined {
  const alike = fact.numbers!.filter((n) => n.unit === figure.unit);
  if (alike.length < 2) return undefined;
  const text = fact.text.replace(/(\d),(?=\d{3}\b)/g, '$1').toLowerCase();
  const placeOf = (n: NumberFigure): number => text.search(new RegExp(`(?<![\\d.])${String(n.value).replace('.', '\\.')}(?![\\d.])`));
  for (const t of a.terms) {
    const name = entityOf(corpus, t);
    const e = name === undefined || corpus.entityKind(name) === 'place' ? undefined : corpus.entity(name);
    if (!e) continue;
    const at = Math.min(...[e.name, ...e.aliases].map((n) => text.indexOf(n.toLowerCase())).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const near = alike.filter((n) => placeOf(n) >= 0).sort((x, y) => Math.abs(placeOf(x) - at) - Math.abs(placeOf(y) - at));
    if (near.length) return near[0];
  }
  return undefined;
}

// "How many missiles were not aimed at al-Asad?": a count denied of the one place it names, which the fact
// names with a figure in the unit counted - the rest of a whole is asked.
function restAsked(a: Analysis, corpus: Corpus, fact: Fact): boolean {
  if (a.intent !== 'count' || !a.negated || a.compare || a.difference || a.total || a.share || a.namedPlaces.size !== 1) return false;
  const place = a.namedPlaces.values().next().value as string;
  return namedAt(fact.text, corpus, place) !== Infinity && unitFigure(a, fact) !== undefined && !NEGATION.test(normalise(fact.text));
}

// The whole a part is of: the largest figure in its unit that the candidates, or the facts most about that
// unit, give (the facts about the part need not give the whole).
function wholeInData(corpus: Corpus, candidates: readonly Fact[], figure: NumberFigure): { fact: Fact; figure: NumberFigure } {
  return wholeOf([...candidates, ...searchTerms(corpus, [{ word: figure.unit, stem: stem(figure.unit) }], {}, DESCRIBING).map((h) => h.fact)], figure);
}

// The fact giving the whole a share or the rest of a whole is worked out from, if the answer is one.
function wholeFactOf(a: Analysis, corpus: Corpus, candidates: readonly Fact[]): Fact | undefined {
  const fact = candidates[0];
  if (!fact || a.intent !== 'count' || !(a.share || restAsked(a, corpus, fact))) return undefined;
  const figure = unitFigure(a, fact);
  if (!figure) return undefined;
  const whole = wholeInData(corpus, candidates, figure);
  return whole.figure.value > figure.value ? whole.fact : undefined;
}

// "In total": the largest figure in the unit of the first fact's among the candidates is the whole (the
// parts add up to it), with the fact that gives it.
function wholeOf(candidates: readonly Fact[], figure: NumberFigure): { fact: Fact; figure: NumberFigure } {
  let whole = { fact: candidates[0]!, figure };
  for (const fact of candidates) for (const n of fact.numbers ?? []) if (n.unit === figure.unit && n.value > whole.figure.value) whole = { fact, figure: n };
  return whole;
}

// Whether a yes-or-no question asks if parts make a whole ("add up to", "sum to"): only one with a word
// of those runs the pattern.
function addsUpAsked(a: Analysis): boolean {
  return (a.folded.includes('add') || a.folded.includes('sum') || a.folded.includes('total')) && ADDS_UP.test(a.folded);
}

type Figured = { fact: Fact; n: NumberFigure };
// Where the candidates give a whole and two or more parts of it in one unit, each part from a fact of its
// own: the parts, their sum, and the total asked about (a figure the question names, else the whole's).
// "Yes: 17 + 5 = 22 missiles".
function sumOf(a: Analysis, candidates: readonly Fact[]): { whole: Figured; parts: Figured[]; total: number; named: number } | undefined {
  const figures = candidates.flatMap((fact) => (fact.numbers ?? []).map((n) => ({ fact, n })));
  for (const whole of [...figures].sort((x, y) => y.n.value - x.n.value)) {
    const parts = figures.filter((p) => p.fact !== whole.fact && p.n.unit === whole.n.unit && p.n.value < whole.n.value).sort((x, y) => y.n.value - x.n.value);
    if (parts.length < 2 || new Set(parts.map((p) => p.fact)).size !== parts.length) continue;
    const total = parts.reduce((sum, p) => sum + p.n.value, 0);
    // (A figure the question names other than the count of parts: "add up to 30?", not "the two bases".)
    const named = a.terms.map((t) => Number(t.stem)).find((v) => Number.isInteger(v) && v !== parts.length && v !== whole.n.value) ?? whole.n.value;
    return { whole, parts, total, named };
  }
  return undefined;
}

// Each place a count names, in the order asked, with a fact giving its figure (one naming that place,
// and none of the others where one can); undefined when the first fact names them all and answers alone,
// null when a place has no fact. "Each base": the places of that kind the facts give figures for, when
// there are two or more.
function eachPlace(a: Analysis, corpus: Corpus, facts: readonly Fact[]): [string, Fact][] | null | undefined {
  const names = (f: Fact, place: string): boolean => namedAt(f.text, corpus, place) !== Infinity;
  const places = a.perPlace.length ? a.perPlace : placesOfKind(a, corpus, facts);
  if (places.length < 2 || places.every((p) => names(facts[0]!, p))) return undefined;
  const out: [string, Fact][] = [];
  for (const place of places) {
    const own = facts.filter((f) => !out.some(([, g]) => g === f) && names(f, place) && unitFigure(a, f));
    const f = own.find((g) => places.every((p) => p === place || !names(g, p))) ?? own[0];
    if (!f) return null;
    out.push([place, f]);
  }
  return out;
}

// Verbs saying where things went, which a figure for each place tells in its own ("aimed at", "fired at").
const WENT_TO: ReadonlySet<string> = new Set(['land', 'landed', 'lands', 'landing', 'went', 'go', 'goes', 'going', 'fell', 'fall', 'falls', 'hit', 'hits', 'struck', 'strike', 'ended', 'end', 'came', 'come', 'sent', 'send', 'aimed', 'fired', 'directed', 'targeted']);

// The kind of an "each" that names none ("how were the missiles divided up?"): places of any kind.
const ANY_PLACE = '*';

// The places of the kind "each" asks about ("each base") that the facts name with a figure, in their order.
// (A whole divided among places of a kind no entity is called, "between the two targeted installations",
// is divided among places of any kind.)
function placesOfKind(a: Analysis, corpus: Corpus, facts: readonly Fact[], kind = a.each): string[] {
  if (kind === undefined) return [];
  const out = new Set<string>();
  for (const f of facts) {
    if (!unitFigure(a, f)) continue;
    for (const e of kind === ANY_PLACE ? f.entities : entitiesMatching(kind, corpus, f)) if (corpus.entityKind(e) === 'place' && namedAt(f.text, corpus, e) !== Infinity) out.add(e);
  }
  return out.size < 2 && a.divided && kind !== ANY_PLACE ? placesOfKind(a, corpus, facts, ANY_PLACE) : [...out];
}

// The entity a question's term names: an entity matched as a phrase, or a word that is a name or alias.
function entityOf(corpus: Corpus, t: QueryTerm): string | undefined {
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

// The figure a question compares with ("fewer than 10 missiles", "more than twenty"), if any.
function thanFigure(question: string): number | undefined {
  const said = words(question);
  const at = said.indexOf('than');
  return at >= 0 && at + 1 < said.length && isDigits(stem(said[at + 1]!)) ? Number(stem(said[at + 1]!)) : undefined;
}

// The figures, in one unit, of the two places a comparison names, ordered as asked (the more first for
// "more", the fewer first for "fewer"), each with the fact that gives it.
function compared(a: Analysis, corpus: Corpus, candidates: readonly Fact[]): [Compared, Compared] | undefined {
  const direction = a.compare ?? a.difference;
  // (A difference between two kinds of thing weighs those: see unitsWeighed.)
  if (!direction || unitsWeighed(a, candidates)) return undefined;
  const named = new Set<string>();
  for (const t of a.terms) {
    const name = entityOf(corpus, t);
    if (name !== undefined) named.add(name);
  }
  // "Which base got more missiles?" names no places: the places the candidates give figures for.
  const anyPlace = named.size === 0 || ![...named].some((n) => corpus.entityKind(n) === 'place');
  const figures: Compared[] = [];
  for (const fact of candidates) {
    const figure = unitFigure(a, fact) ?? fact.numbers?.[0];
    const entity = fact.entities.find((e) => (anyPlace || named.has(e)) && corpus.entityKind(e) === 'place');
    if (figure && entity && !figures.some((x) => x.entity === entity)) figures.push({ entity, figure, fact });
  }
  if (figures.length < 2) return undefined;
  const [first, second] = figures as [Compared, Compared];
  if (first.figure.unit !== second.figure.unit) return undefined;
  // Figures answer a comparison of what they count ("more missiles"), not of anything ("the smaller one").
  // ("Which base was hit harder?": being struck more is being struck by more of what was fired, a count of
  // projectiles; never a size.)
  const struck = PROJECTILE_UNIT.test(first.figure.unit) && a.terms.some((t) => STRUCK_WORDS.has(t.word)) && !words(a.folded).some((w) => SIZE_WORDS.has(w));
  if (!struck && !unitTerms(first.figure.unit).some((st) => a.wanted.has(st))) return undefined;
  return direction === 'more' ? (first.figure.value >= second.figure.value ? [first, second] : [second, first]) : first.figure.value <= second.figure.value ? [first, second] : [second, first];
}

const PROJECTILE_UNIT = /^(?:missiles?|rockets?|projectiles?|bombs?|shells?|drones?)$/;
const STRUCK_WORDS: ReadonlySet<string> = new Set(['hit', 'struck', 'targeted', 'attacked', 'bombed', 'shelled', 'pounded', 'battered', 'pummelled', 'pummeled']);
const SIZE_WORDS: ReadonlySet<string> = new Set(['big', 'bigger', 'biggest', 'large', 'larger', 'largest', 'small', 'smaller', 'smallest', 'little', 'size', 'sized', 'huge', 'tiny']);

interface Compared {
  entity: string;
  figure: NumberFigure;
  fact: Fact;
}

// "Which got fewer missiles, Erbil or al-Asad?": the figures of the places named, the one asked for first.
function comparison(a: Analysis, corpus: Corpus, candidates: readonly Fact[]): string | undefined {
  const pair = compared(a, corpus, candidates);
  if (!pair) return undefined;
  const [winner, other] = pair;
  const told = `${winner.entity}: ${winner.figure.value} ${winner.figure.unit}, against ${other.figure.value} at ${other.entity}`;
  // ("Which base got more missiles, and by how many?": the difference too.)
  if (!DIFFERENCE.test(a.folded)) return told;
  return `${told} (${Math.abs(winner.figure.value - other.figure.value)} ${winner.figure.value >= other.figure.value ? 'more' : 'fewer'})`;
}

// Of entities a question names, the one it names first.
function firstNamedIn(question: string, corpus: Corpus, names: readonly string[]): string | undefined {
  return names.length > 1 ? names.reduce((x, y) => (namedAt(question, corpus, y) < namedAt(question, corpus, x) ? y : x)) : names[0];
}

// Where in the question an entity is first named, by any of its names (Infinity when it is not).
function namedAt(question: string, corpus: Corpus, name: string): number {
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

// Whether a stored short answer answers this kind of question: a place ("On pro-government television")
// answers where, a time ("Wednesday morning, US time") when, a yes or no a yes-or-no question; none
// answers "what will TV show".
function answersKind(a: Analysis, corpus: Corpus, fact: Fact, answer: string): boolean {
  // ("What about Soleimani?" asks nothing a short answer was written for: "The United States" answers who
  // killed him.)
  if (a.topicOnly) return false;
  if (PLACE_ANSWER.test(answer)) return a.intent === 'where';
  // "No, none of the Iraqi army's personnel were killed" answers a yes-or-no question only, and "To
  // retaliate for ..." a why-question only.
  if (YES_OR_NO.test(answer)) return a.intent === 'yesno';
  if (PURPOSE_ANSWER.test(answer)) return a.intent === 'why';
  // An answer that is a time and little else ("Wednesday morning, US time"), not one that opens with one.
  const time = new RegExp(`^(?:${TIME_PHRASE.source})`, 'i').exec(answer);
  if (time && normalise(answer).replace(/[^a-z ]/g, '').length <= time[0].length + 12) return a.intent === 'when';
  // "Who wants the US out of the Middle East?" is not answered by "a broader political effort to expel
  // the US": a short answer to a who-question names someone the question does not.
  // ("How was Soleimani killed?" is not answered by "The United States", who killed him.)
  // (Nor "what happened to Soleimani?", what was done to him.)
  if (corpus.entityNamed(words(answer).filter((w) => w !== 'the').join(' ')) !== undefined && (a.howDone || HAPPENED_TO.test(a.folded))) return false;
  // ("Who is likely to plan covert action?" is not answered by "Probably keep planning covert action
  // against US interests" either: where the fact's subject, the one it names first, is not the question's, the
  // answer names that subject.)
  if (a.intent === 'who' && !a.whoSaid) {
    const subject = firstNamed(corpus, fact, (e) => corpus.entityKind(e) !== 'place');
    // (Or one on its side: "Iran fired 22 missiles" names the doer of "Iran's military launched ...".)
    if (subject !== undefined && namedAt(fact.text, corpus, subject) !== Infinity && !a.namedInQuestion.has(subject)) return fact.entities.some((e) => sameSide(corpus, e, subject) && namedAt(answer, corpus, e) !== Infinity);
    return fact.entities.some((e) => corpus.entityKind(e) !== 'place' && namedAt(answer, corpus, e) !== Infinity && !a.namedInQuestion.has(e));
  }
  return true;
}

// The noun of the thing a question asks the name of ("what was the name of the Iranian operation?", "what
// is the airbase in Iraq called?"), up to a preposition; none for a kind ("the name of the country").
// ("What did Zarif call the measures?" asks for his words, whatever they name.)
function calledNounOf(folded: string): string | undefined {
  const phrase = (CALLED_PASSIVE.exec(folded) ?? NAME_OF_THING.exec(folded))?.[1]?.replace(CALLED_QUALIFIER, '').replace(RELATIVE_AFTER, '').split(' ');
  // ("the airbase struck in the west": a participle after the thing says what was done to it. Not after a
  // name, its doer: "the operation iran launched".)
  const participle = (w: string): boolean => PARTICIPLE.test(w) || baseForms(w).some((b) => b !== w);
  while (phrase !== undefined && phrase.length > 1 && participle(phrase.at(-1)!) && !isName(phrase.at(-2)!)) phrase.pop();
  const noun = phrase?.at(-1)?.replace(/['\u2019]s$/, '');
  return noun !== undefined && !STOP_WORDS.has(noun) && !KIND_NOUNS.has(noun) && !(ENTITY_KINDS as readonly string[]).includes(noun) ? noun : undefined;
}

// Verbs of putting words somewhere ("post", "tweeted", "use"), which the medium they were put on answers.
const MEDIUM_VERB = /^(?:post|tweet|publish|shar|writ|wrote|announc|air|broadcast|show|react|respond|comment|express|us(?:e|ed|es|ing)$)/;

// "What were the missiles aimed at?", "what did the missiles target?": where something was aimed is asked.
const AIMED_AT_ASKED = /\bwhat\b.*\b(?:(?:aimed|fired|launched|directed|pointed) at|(?:did|do|does) .+ (?:target|aim at))\W*$/;
// A fact telling where something was aimed ("aimed at al-Asad airbase", "launched at two military bases").
const AIMED_AT_TOLD = /\b(?:aimed|fired|launched|directed|pointed) at\b/;

// A word in -ed, a past participle.
const PARTICIPLE = /^[a-z]{2,}ed$/;

// Whether one of an entity's names calls it by a noun ("al-Asad airbase" a base, "Irbil base" a base,
// "foreign minister" a minister, "minster" a slip of it), or the noun is one of its names' words.
function calledBy(corpus: Corpus, entity: string, noun: string): boolean {
  const stems = [stem(noun), ...[...corpus.index.vocabulary.expand({ word: noun, stem: stem(noun) })].filter(([, q]) => q >= ONE_SLIP_QUALITY).map(([st]) => st)];
  return namesOf(corpus, entity).some((n) => words(n).some((w) => stems.some((st) => stem(w).endsWith(st))));
}

// The fact's entity, not named in the question, whose name calls it the thing whose name is asked.
// (Not where the question names a place: "the name of the base in Irbil" is of a thing there, and another
// place called a base, al-Asad, is somewhere else.)
function calledThing(corpus: Corpus, a: Analysis, fact: Fact): string | undefined {
  const thing = a.calledNoun;
  if (thing === undefined || [...a.namedInQuestion].some((e) => corpus.entityKind(e) === 'place')) return undefined;
  return fact.entities.find((e) => !a.namedInQuestion.has(e) && calledBy(corpus, e, thing));
}

// Whether the question names an entity by words holding the noun ("irans foriegn minster": Zarif, read as
// a slip of his "foreign minister").
function typedAs(a: Analysis, entity: string, noun: string): boolean {
  return a.terms.some((t) => t.stem === entityTerm(entity) && (t.words ?? []).some((w) => w.word === noun));
}

// Where a relative clause after a thing begins ("the larger airbase that was hit").
const RELATIVE_AFTER = / (?:that|which|who|whom|where|when|whose) .*$/;

// "Who is X?": who or what X is when X names an entity (a background fact about it, else its description);
// the entity's name when X is a role ("the American president").
function identityAnswer(x: string, corpus: Corpus, fact: Fact): string | undefined {
  const key = words(x).join(' ');
  // A background fact is about the entity it names first ("Javad Zarif is Iran's foreign minister" is
  // about Zarif, not Iran).
  const about = (name: string): boolean =>
    fact.type === 'background' && fact.entities.includes(name) && fact.entities.every((other) => namedAt(fact.text, corpus, name) <= namedAt(fact.text, corpus, other));
  const named = corpus.entityNamed(x);
  const e = named === undefined ? undefined : corpus.entity(named);
  const alias = e && [e.name, ...e.aliases].find((n) => words(n).join(' ') === key);
  if (!e || !alias) return fact.type === 'background' ? fact.text : undefined;
  // A role ends in a common noun, written in lower case ("supreme leader", "US president"); a name does
  // not ("al-Asad", "Donald Trump").
  const role = ROLE_NAME.test(alias.trim());
  if (!role) return about(e.name) ? fact.text : e.description;
  return fact.answer && fact.answer.includes(e.name) ? fact.answer : e.name;
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

// "Which embassy?": the entity of the fact whose name holds the word asked about.
function entityNamed(focus: string, corpus: Corpus, fact: Fact): string | undefined {
  // A name holding the word itself first ("Irbil base"), else one closing a compound with it ("airbase").
  const exact = entitiesMatching(focus, corpus, fact, false);
  const matching = exact.length ? exact : entitiesMatching(focus, corpus, fact, true);
  return matching.length === 1 ? matching[0] : undefined;
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

// The other thing of the kind asked about ("base") than the one the best fact tells, with the best fact
// naming it: undefined when the best fact itself says "not" (it answers as it is), null when the facts name no
// one other thing of that kind, or several.
function otherOfKind(focus: string, corpus: Corpus, ranked: readonly Fact[]): { entity: string; fact: Fact } | null | undefined {
  const best = ranked[0]!;
  const told = entityNamed(focus, corpus, best);
  if (told === undefined || NEGATION.test(normalise(best.text))) return undefined;
  const others = new Set<string>();
  for (const fact of ranked.slice(0, CANDIDATES)) for (const e of entitiesMatching(focus, corpus, fact)) if (e !== told) others.add(e);
  if (others.size !== 1) return null;
  const entity = [...others][0]!;
  // (Told by a fact naming it in its text, where one does: "the Irbil base is the smaller of the two" only lists it.)
  const window = ranked.slice(0, CANDIDATES);
  return { entity, fact: window.find((f) => namedAt(f.text, corpus, entity) !== Infinity) ?? window.find((f) => f.entities.includes(entity))! };
}

// The other of two things a question offers than the one the best fact tells of first, with the best fact
// naming it (or the best fact): undefined when the best fact says "not" or names neither.
function otherOffered(offered: readonly string[], corpus: Corpus, ranked: readonly Fact[]): { entity: string; fact: Fact } | undefined {
  const best = ranked[0]!;
  if (NEGATION.test(normalise(best.text))) return undefined;
  const at = offered.map((e) => namedAt(best.text, corpus, e));
  if (at[0] === at[1]) return undefined;
  const entity = offered[at[0]! < at[1]! ? 1 : 0]!;
  return { entity, fact: ranked.slice(0, CANDIDATES).find((f) => namedAt(f.text, corpus, entity) !== Infinity) ?? best };
}

// The fact's entities whose names hold the word asked about, alone or closing a compound ("airbase" is a base).
function entitiesMatching(focus: string, corpus: Corpus, fact: Fact, compounds = true): string[] {
  const holds = (st: string): boolean => st === focus || (compounds && focus.length >= 3 && st.length >= focus.length + 3 && st.endsWith(focus));
  return fact.entities.filter((name) => {
    const e = corpus.entity(name);
    return e && [e.name, ...e.aliases].some((n) => words(n).map(stem).some(holds));
  });
}

// A verb that only does the deed its noun names ("carry out attacks", "conduct strikes", "stage a raid").
const SUPPORT_ASKED = /\b(?:(?:carry|carries|carried|carrying) out|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?|stag(?:e|es|ed|ing)|undert(?:ake|akes|ook|aken|aking)|perform(?:s|ed|ing)?)(?= (?:(?:a|an|the|any|more|further|new|another|fresh|direct|additional|its|their) )*[a-z]+(?:s|es)?\b)/g;

// The words before "enough" in a question asking whether something suffices for a deed ("is firing
// missiles enough to avenge him?"), where the fact judges the same: it says whether something suffices
// ("on its own", "alone", "enough", "sufficient"), and holds the deed asked.
function judgedThing(folded: string, text: string, matched: ReadonlyMap<string, number> | undefined, stemOf: (w: string) => string): string[] {
  // ("Does Khamenei think the missiles were sufficient?": sufficiency asked for no deed named, which the
  // fact's judgement answers as it stands.)
  const bare = SUFFICES_TOLD.test(text) ? SUFFICES_CLOSING.exec(folded) : null;
  if (bare) return words(bare[1]!);
  const asked = SUFFICES_ASKED.exec(folded);
  if (!asked || !SUFFICES_TOLD.test(text) || matched === undefined) return [];
  const deed = words(asked[2]!).find((w) => !STOP_WORDS.has(w));
  if (deed === undefined || (matched.get(stemOf(deed)) ?? 0) < RELATED_HIT) return [];
  return words(asked[1]!);
}
const SUFFICES_CLOSING = /^(.*?)\b(?:enough|sufficient|adequate)\W*$/;
const FORETELLING = /\b(?:predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|foresaw|foresee(?:s|n)?|prophes(?:y|ied|ies)|foretold|foretell(?:s)?|warn(?:s|ed|ing)?)\b/;
const FORETOLD = /\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|foresaw|warn(?:s|ed)?|said|says|claimed|argued)\b(?: that)?\b[^.;]*\b(?:would|will|could|might)\b/;
const IN_THE_EVENT = /\b(?:in|during|from|by)\s+(?:the|this|that|these|those|its|their|iran's)\s+((?:(?:missile|iranian|rocket|ballistic)\s+)*(?:strikes?|attacks?|barrage|bombardment|raids?|bombing|assault|retaliation|salvo))\b/;
const SUFFICES_ASKED = /^(.*?)\b(?:enough|sufficient|suffice|suffices|adequate)\b(?:\s+(?:on (?:its|their) own|by (?:itself|themselves)|alone))?\s+(?:for \w+ )?to\s+([a-z]+(?:\s+[a-z]+)?)/;
const SUFFICES_TOLD = /\b(?:on (?:its|their) own|by (?:itself|themselves)|alone|enough|sufficient|insufficient|suffices?)\b/;

// "Is al-Asad in the north?" - "in the west": a direction asked, where the fact tells another, none of whose
// parts it shares ("northeast" is north and east), is not where the fact puts it. (East against west is an
// opposite already.)
function otherDirection(asked: readonly string[], text: string): boolean {
  const parts = (w: string): string[] => {
    const d = DIRECTION_WORD.exec(w)?.[1];
    if (d === undefined) return [];
    const compound = COMPOUND_DIRECTION.exec(d);
    return compound ? [compound[1]!, compound[2]!] : [d];
  };
  const askedParts = asked.flatMap(parts);
  const told = words(text).flatMap(parts);
  return askedParts.length > 0 && told.length > 0 && !askedParts.some((p) => told.includes(p));
}

// "Yes" or "No", then the fact: no when the fact says no and the question does not, or the other way, or
// when the fact answers a word of the question with its opposite ("is al-Asad in eastern Iraq?" - "in the
// west"). Neither when the fact cannot settle it: it leaves a word of the question unmatched ("aimed at
// British bases?" - "at US bases"), or it only says what may happen ("will Trump retaliate?" - "should
// Trump pick retaliation, ..."). Then the fact alone answers.
function yesNo(a: Analysis, corpus: Corpus, question: string, fact: Fact, answer: string, matched?: ReadonlyMap<string, number>): string {
  // (Whether words were said is settled by the words too: "did Khamenei say military action was enough?" -
  // “not sufficient”.)
  // (So is whether something sufficed, asked of the one judging: "does Khamenei think the missiles were
  // sufficient?" - “not sufficient”.)
  const judging = a.intent === 'quote' || SUFFICES_CLOSING.test(a.folded) || SUFFICES_ASKED.test(a.folded);
  const text = normalise(judging && fact.quote ? `${fact.text} ${fact.quote.text}` : fact.text);
  // ("Did any Americans die or not?": the closing "or not" asks nothing, and denies nothing.)
  const folded = withoutClosingTag(normalise(question));
  // The fact's words and their dictionary forms ("smaller" is "small"); an opposite's derivation counts
  // ("western" answers "east").
  // (Not a name's words: "Iraq's military" reporting says nothing against "civilians".)
  const aliases = fact.entities.flatMap((name) => namesOf(corpus, name)).map((n) => words(n));
  const nameWords = new Set(aliases.flat());
  for (const w of words(fact.attribution)) nameWords.add(w);
  // A compound direction says both its parts ("northeast" is north and east: against "west").
  const forms = new Set(words(text).filter((w) => !nameWords.has(w)).flatMap((w) => [w, ...baseForms(w), ...(COMPOUND_DIRECTION.exec(w)?.slice(1, 3) ?? [])]));
  const derived = (long: string, short: string): boolean => long.startsWith(short) && DIRECTION_SUFFIXES.includes(long.slice(short.length));
  const said = (o: string): boolean => forms.has(o) || [...forms].some((f) => derived(f, o) || derived(o, f));
  const asked = words(folded);
  // (Of the words asked about: "will Iran defend itself if attacked again?" supposes an attack, and a
  // fact saying Iran will defend itself does not oppose it.)
  const supposed = new Set(words(CONDITION.exec(folded)?.[1] ?? ''));
  // (A compound direction asked is both its parts too: "is al-Asad in the northeast?" - "in the west".)
  const opposed = asked.some((w) => !STOP_WORDS.has(w) && !forms.has(w) && !supposed.has(w) && [w, ...(COMPOUND_DIRECTION.exec(w)?.slice(1, 3) ?? [])].some((x) => oppositeWords(x).some(said))) || otherDirection(asked, text);
  // "Is al-Asad bigger than Irbil?" - "The Irbil base is the smaller of the two": a fact about the second
  // of two things the question compares says the opposite of the first.
  // ("Is the ball in Iran's court?" - "What happens next is squarely up to Donald Trump": another's to decide.)
  if (a.decider && DECIDER_TOLD.test(text)) {
    const told = deciderTold(corpus, fact);
    const asked = [...a.namedInQuestion].find((e) => corpus.entityKind(e) !== 'place');
    if (told !== undefined && asked !== undefined) return `${sameSide(corpus, asked, told) ? 'Yes' : 'No'}. ${answer}`;
  }
  // ("Is Iran stronger than the US?" - "... war with the stronger US military": the fact gives the
  // comparative to one of the two the question weighs, the other is not so.)
  const weighed = comparedAsked(corpus, folded);
  const told = weighed ? comparedTold(corpus, text) : undefined;
  if (weighed && told) {
    const [ofOther, ofSubject] = [sameSide(corpus, told.entity, weighed.other), sameSide(corpus, told.entity, weighed.subject)];
    if (ofOther !== ofSubject) return `${(told.greater === weighed.greater) === ofSubject ? 'Yes' : 'No'}. ${answer}`;
  }
  if (comparesOther(corpus, question, fact)) {
    const sameWord = asked.some((w) => COMPARATIVE.test(w) && forms.has(w));
    return opposed ? `Yes. ${answer}` : sameWord ? `No. ${answer}` : answer;
  }
  // ("Does Trump want peace?" - "Trump does not want a war": the fact denies the opposite of what is asked.)
  const deniesOpposite = opposed && NEGATION.test(text.replace(RELATIVE_CLAUSE, ' ')) && !NEGATION.test(folded);
  if (deniesOpposite && !otherAgent(corpus, a, fact)) return `Yes. ${answer}`;
  // ("Is Trump due to speak on Thursday?" - "on Wednesday morning": another day, a no.)
  const daysAsked = folded.match(DAY_NAMED) ?? [];
  const dayOther = daysAsked.length > 0 && !daysAsked.some((d) => text.includes(d)) && dayTold(folded, text);
  if (dayOther || opposed || otherAfter(corpus, folded, text) || otherAgent(corpus, a, fact) || thingsDoerOther(a, corpus, asked, text) || otherPost(a, corpus, fact, asked)) return `No. ${answer}`;
  // ("Did Iraq fire missiles?" - "... at US bases in Iraq": the fact says nothing of Iraq doing anything.)
  if (a.agent && namedBesideOnly(corpus, fact, a.agent.entity) === true) return answer;
  // A place the question asks about that the fact's text never names ("is al-Asad in the northeast?" - "the
  // Irbil base ... sits in the northeast"): the fact says nothing of it either way.
  // (A comparison's second thing need not be named: "is Irbil smaller than al-Asad?" - "the smaller of the two".)
  // (A capital standing for its country's government, "Tehran", is named by the country: "Iran".)
  const unnamed = !THAN.test(folded) && a.terms.some((t) => {
    const name = entityOf(corpus, t);
    if (name === undefined || corpus.entityKind(name) !== 'place' || namedAt(fact.text, corpus, name) !== Infinity) return false;
    const country = countryOfCapital(words(name).join(' ')).map((c) => corpus.entityNamed(c)).find((c) => c !== undefined && c !== name);
    return country === undefined || namedAt(fact.text, corpus, country) === Infinity;
  });
  if (unnamed) return answer;
  // (A word matched only by a neighbour in news text, "mild" by "severe", "evening" by "morning", is another
  // value of the same thing: it does not agree.)
  // ("Keen to steer clear of war?" - "eager to avoid a war": one way of saying avoid answers another, the
  // idiom read as the word it means or as typed.)
  const avoidedAsked = AVOIDANCE.test(text) ? AVOIDANCE.exec(folded)?.[0] : undefined;
  // (And one way of saying want another: "trying to avoid" - "keen to stay out".)
  // ("Is Iran looking to escalate?" - "does not want the conflict to escalate": a liking or a plan asked.)
  const wantedAsked = WANTING.test(text) ? (WANTING.exec(folded) ?? WISH_ASKED.exec(folded))?.[0] : undefined;
  const avoiding = (w: string): boolean => (avoidedAsked !== undefined && (AVOIDANCE.test(w) || words(avoidedAsked).some((x) => w.startsWith(x)))) || (wantedAsked !== undefined && words(wantedAsked).includes(w));
  // (A fact laying out a choice, "Trump has to decide between letting it pass and hitting back", settles
  // neither way.)
  const reversed = reversedTerms(a, text);
  // ("Is Iran humbled?" - "it will be somewhat humbling for Iran if its revenge turns out ...": what will be
  // so if something is, asked with no condition, is not settled.)
  // ("Has America retaliated yet?" - "The strikes were Iran's answer to America killing ...": where the text
  // gives the deed asked to no one, a fact whose subject is on another side tells of that other's deed.)
  const subjectOther = a.agent !== undefined && factAgent(corpus, text, a.agent.verb) === undefined && !subjectOnSide(corpus, fact, a.agent.entity);
  // ("Does Iran say it wants a war with the US?" - "we do not seek escalation or war": what the fact denies
  // of no one in particular it denies of the party the question names; what it grants, it does not grant them.)
  const deniedOfAll = NEGATION.test(text) && !NEGATION.test(folded);
  // ("Was Soleimani a general?" - a fact naming him, whose alias "General Soleimani" the data gives: a word
  // the fact has only in a name it gives someone, asked of them, settles nothing. Not a name asked whole, as
  // the question's own reference: "did General Soleimani die?")
  const textWords = new Set(words(text));
  const spaced = ` ${asked.join(' ')} `;
  const aliasOnly = (t: QueryTerm): boolean =>
    !t.stem.startsWith(ENTITY_PREFIX) && nameWords.has(t.word) && !textWords.has(t.word) && isEnglishWord(t.word) &&
    !aliases.some((alias) => alias.includes(t.word) && spaced.includes(` ${alias.join(' ')} `));
  const partyOnly = (t: QueryTerm): boolean => deniedOfAll && entityOf(corpus, t) !== undefined && new RegExp(`\\b(?:with|against|toward|towards)\\s+(?:the\\s+)?${words(t.word).join('\\W+')}\\b`).test(folded);
  // (A word saying how sure the question is settles nothing either way: "is Iran expected to keep planning
  // ...?" - "will probably keep planning". An adverb does: "is Trump usually relaxed?" - "unusually calm".)
  // ("Does Iran intend to carry out more attacks?" - "... to launch more attacks": a verb that only does
  // the deed its noun names says nothing the fact must say.)
  const support = new Set(words((folded.match(SUPPORT_ASKED) ?? []).join(' ')));
  // ("Does Khamenei think the missile strikes are enough to avenge Soleimani?" - "military action on its
  // own could not avenge him": where the fact judges whether something suffices for the deed asked, the
  // words naming what is judged are its, however the question names it.)
  for (const w of judgedThing(folded, text, matched, stem)) support.add(w);
  // ("Did the Iraqi army lose personnel in the strikes?" - "lost none of its own personnel": a casualty
  // report is of the strikes the article tells; the words naming them need not be its.)
  if (fact.type === 'casualties') for (const w of words(IN_THE_EVENT.exec(folded)?.[1] ?? '')) support.add(w);
  // ("Did the British troops escape injury?" - "no UK casualties": a word saying harm did not come is the
  // report's "no", asked the other way.)
  const unharmed = fact.type === 'casualties' && NEGATION.test(text) ? UNHARMED.exec(folded)?.[0] : undefined;
  if (unharmed !== undefined) support.add(unharmed);
  // ("Did the Democrats predict war?" - "had warned that killing Soleimani would lead to war": one verb of
  // telling what is to come answers another, where the fact tells it of what would follow.)
  const foretold = FORETELLING.exec(folded)?.[0];
  if (foretold !== undefined && FORETOLD.test(text)) support.add(foretold);
  // ("Is Trump against a war?" - "Trump does not want a war": a stance against something is the fact's "not"
  // or "avoid"; the words taking it need not be the fact's.)
  // (So is a word of not wanting to: "is Trump reluctant to go to war?")
  const opposing = OPPOSING.exec(folded)?.[0] ?? RELUCTANCE.exec(folded)?.[0];
  const deniesWanting = NEGATION.test(text) || AVOIDANCE.test(text);
  if (opposing !== undefined && deniesWanting) for (const w of words(opposing)) support.add(w);
  const unsettled = hedged(a, corpus, text) || subjectOther || (CONDITIONAL_CLAIM.test(text) && !CONDITION.test(folded)) || CHOICE_STATED.test(text) || (fact.type === 'threat' && !VOW_ASKED.test(folded)) || wishOnly(text, folded) || (matched !== undefined && a.terms.some((t) => (matched.get(t.stem) ?? 0) < RELATED_HIT && !(a.manner.has(t.stem) && EXPECTED_TO.test(t.word)) && !said(t.word) && !avoiding(t.word) && !reversed.includes(t) && !partyOnly(t) && !words(t.word).every((w) => support.has(w)))) || a.terms.some(aliasOnly);
  // ("Were any British troops hurt?" - "the barrage killed or wounded nobody at all": a casualty report of
  // no one settles it for anyone.)
  // (So does a casualty report of none of the people asked about, whatever the question says of the
  // strike they were not hurt in: "were any Americans killed in the missile strikes?" - "no Americans were
  // among the casualties".)
  const noneOfThem = a.existential && fact.type === 'casualties' && NEGATION.test(text) && matched !== undefined && a.terms.some((t) => entityOf(corpus, t) !== undefined && (matched.get(t.stem) ?? 0) >= RELATED_HIT);
  const nobodyAtAll = a.existential && fact.type === 'casualties' && (NOBODY.test(text) || noneOfThem);
  // ("Will Iran keep hitting the US?" - "the strikes were Iran's answer to ...": a fact that does not tell
  // whether the deed goes on settles nothing of it.)
  if ((unsettled && !nobodyAtAll) || (a.aspectAsked && !tellsWhetherItGoesOn(fact))) return answer;
  // ("Has Trump already spoken?" - "Trump is scheduled to make remarks": what is still to come does not
  // tell that it has happened. Not "did Iran say it will ...", which asks of what is to come.)
  // (Not a past foretelling asked of a fact telling it: "did the Democrats predict war?" - "had warned ...
  // would lead to war".)
  if (PAST_ASKED.test(folded) && FUTURE_TOLD.test(text) && !FUTURE_TOLD.test(folded) && !/\bwould\b/.test(folded) && !(foretold !== undefined && FORETOLD.test(text))) return answer;
  // "Did Iran fire before the US killed Soleimani?": the order is settled only by a fact that tells it:
  // in answer to something is after it; "had vowed", "the previous week" before.
  const order = ORDER_ASKED.exec(folded)?.[1];
  if (order) {
    const later = LATER_TOLD.test(text);
    const earlier = EARLIER_TOLD.test(text);
    if (order === 'before' ? later && !earlier : earlier && !later) return `No. ${answer}`;
    if (order === 'before' ? !earlier : !later) return answer;
  }
  // A negation inside a clause about someone or something else ("a tough man who tolerates no defiance")
  // does not deny what is asked; a fact saying something has stopped answers only whether it goes on.
  // ("Keen to stay out of a war", "avoid": a no to wanting it, as "not" is; to nothing else.)
  // (Unless the clause holds what is asked: "does Trump tolerate defiance?" - "... who tolerates no defiance".)
  const wanting = WANTING.test(folded);
  const askedStems = new Set(asked.filter((w) => !STOP_WORDS.has(w) && !nameWords.has(w)).map(stem));
  const negated = NEGATION.test(text.replace(RELATIVE_CLAUSE, ' ')) || [...text.matchAll(RELATIVE_CLAUSE)].some((m) => NEGATION.test(m[0]) && words(m[0]).some((w) => askedStems.has(stem(w))));
  // ("Is the US going to war with Iran?" - "... telling its people that Western media are lying when they
  // report no US casualties": a "no" in a clause holding none of what the question asks, names aside,
  // denies something else, and settles nothing.)
  if (negated && !asksNoOf(a, corpus, fact, text)) return answer;
  const saysNo = negated || ((wanting || opposing !== undefined) && AVOIDANCE.test(text)) || (ENDED.test(text) && (ENDED_ASKED.test(folded) || CONTINUATION.test(folded)));
  // (Against something, where the fact denies no wanting of it, is not settled: "is Khamenei against the US?"
  // - "wants the US out of the Middle East" says it in other words.)
  if (opposing !== undefined && !saysNo) return answer;
  // ("Would Trump look weak if he doesn't respond?": a "not" in what the question supposes denies nothing.)
  const asksNo = (NEGATION.test(folded.replace(CONDITION, ' ')) || (wanting && AVOIDANCE.test(folded)) || opposing !== undefined || unharmed !== undefined || ENDED_ASKED.test(folded)) !== (reversed.length % 2 === 1);
  return `${saysNo === asksNo ? 'Yes' : 'No'}. ${answer}`;
}

// "Is Iran signalling de-escalation?" - "does not want the conflict to escalate": the question's words that
// a prefix reverses ("de-", "non-", "anti-"), whose base the fact says: they ask the opposite of that base.
function reversedTerms(a: Analysis, text: string): QueryTerm[] {
  const said = new Set(words(text).map((w) => stem(w)));
  return a.terms.filter((t) => {
    const base = afterReversingPrefix(t.word);
    return base !== undefined && !said.has(t.stem) && !isEnglishWord(t.word) && said.has(stem(base));
  });
}

// Whether a negation in a fact's (folded) text is about what the question asks: the clause it opens, or the
// few words before it, hold one of the question's words other than names (or a word it matches), or the
// question asks of names only, or its words ask of what the fact is (`did the us lose anyone` of a casualty
// report: "no American casualties").
function asksNoOf(a: Analysis, corpus: Corpus, fact: Fact, text: string): boolean {
  const asked = unnamedTerms(a, corpus);
  if (!asked.length || asked.some((t) => vouchesFor(fact.type, t, corpus.index.vocabulary))) return true;
  for (const m of text.matchAll(NEGATIONS)) {
    // (The clause ends at a stop, or at a word turning to something else: "neither escalation nor war but
    // will defend itself" denies no defending.)
    const clause = text.slice(m.index).split(CLAUSE_TURN)[0]!;
    const around = new Set([...words(text.slice(0, m.index)).slice(-3), ...words(clause).slice(0, 10)].map(stem));
    if (asked.some((t) => saidAmong(corpus, t, around, VOUCH_QUALITY))) return true;
  }
  return false;
}
const NEGATIONS = new RegExp(NEGATION.source, 'g');

// Whether a fact only says what may happen, as far as the question asks: a modal ("Trump could point out
// ..."), or a condition ("if", "unless") that what the question asks about lies inside ("The previous week
// Trump had threatened to strike ... if Iran attacked" settles whether he threatened, not whether he struck).
function hedged(a: Analysis, corpus: Corpus, text: string): boolean {
  const m = HEDGE.exec(text);
  if (!m) return false;
  // ("Did the Democrats warn that killing Soleimani would start a war?" - "... would lead to war"; "could
  // Trump come out of this a winner?" - "Trump can ...": a modal the question asks with too is no hedge.)
  // (Nor one inside what the fact tells was foretold, asked of the foretelling: "did the Democrats predict
  // war?" - "had warned that killing Soleimani would lead to war".)
  if (!CONDITION_WORDS.has(m[0])) return !MODAL_ASKED.test(a.folded) && !(FORETELLING.test(a.folded) && FORETOLD.test(text));
  const before = new Set(words(text.slice(0, m.index)).map(stem));
  const vocabulary = corpus.index.vocabulary;
  // ("Did Trump strike 52 targets?" - "Trump had threatened to strike ...": what was threatened did not
  // happen; only the threatening did. "Had Trump warned Iran?" asks of the threatening, in its own word.)
  const governing = GOVERNED.exec(text.slice(0, m.index))?.[1];
  if (governing !== undefined && !a.terms.some((t) => t.stem === stem(governing) || vocabulary.expand(t).has(stem(governing)))) return true;
  return !a.terms.every((t) => t.stem.startsWith(ENTITY_PREFIX) || before.has(t.stem) || mentioned(vocabulary.expand(t)).some((st) => before.has(st)));
}

// An entity's name and aliases (none for a name the dataset does not hold).
function namesOf(corpus: Corpus, name: string): string[] {
  const e = corpus.entity(name);
  return e ? [e.name, ...e.aliases] : [];
}

// A fact's text, folded, without the names of its entities: "Western media" is no place in the west.
function withoutNames(corpus: Corpus, fact: Fact): string {
  let text = ` ${words(fact.text).join(' ')} `;
  for (const e of corpus.entitiesOf(fact.entities)) {
    for (const n of [e.name, ...e.aliases]) text = text.split(` ${words(n).join(' ')} `).join(' ');
  }
  return text;
}

// "This standoff", "this whole confrontation": the story itself, in the reader's word for it.
const STORY_NAMED = /\bthis (?:whole |entire )?[a-z]+(?=[?.!,]|$| (?:and|but|or|so|now|anyway|play|plays|played|unfold|unfolds|unfolded|end|ends|go|goes|turn|turns)\b)/;

// Kinds of entity that are people, or a body of them, or a country's.
const HARMED_KINDS: ReadonlySet<string> = new Set(['person', 'group', 'organization', 'country']);

// "Would US retaliation mean more violence?", "will a counterstrike lead to war?": a yes or no asking what
// something would bring, its subject supposed.
const CONSEQUENCE_ASKED = /^(?:would|will|could|might|does|do|is|was)\s+(?:a |an |the |any )?(.+?)\s+(?:mean|lead to|result in|spark|trigger|provoke|cause)\b/;
// The verbs of that asking: no word a fact must hold.
const CONSEQUENCE_VERBS: ReadonlySet<string> = new Set(['mean', 'lead', 'result', 'spark', 'trigger', 'provoke', 'cause']);

// A question asking whether something is so ("was Trump agitated?").
const COPULA_OPENS = /^(?:is|was|were|are)\b/;

// "What was Tehran avenging?", "what did Iran retaliate for?": a reason asked by what a deed answered.
const AVENGING_ASKED = /^what (?:was|were|is|are|did|does|do) (?:the )?[a-z'-]+(?: [a-z'-]+)? (?:avenging|avenge|retaliating for|retaliate for|taking revenge for|take revenge for)\b/;

// A question asking what may be, would be or could be.
const MODAL_ASKED = /\b(?:could|can|may|might|would|should)\b/;

// How much a fact that never names the person a yes-or-no question asks about suits it.
const ABOUT_SOMEONE_ELSE = 0.8;

// Whether a question compares two things ("is al-Asad bigger than Irbil?") and the fact's text names only
// the second; or asks of one of a pair ("was al-Asad the bigger base?") and the fact tells of the other.
function comparesOther(corpus: Corpus, question: string, fact: Fact): boolean {
  const than = THAN.test(normalise(question));
  // (Every entity is looked for in the question: only where the fact can answer so.)
  if (!than && !OF_THE_TWO.test(fact.text)) return false;
  const named = corpus.dataset.entities
    .map((e) => ({ name: e.name, at: namedAt(question, corpus, e.name) }))
    .filter((x) => x.at !== Infinity)
    .sort((x, y) => x.at - y.at);
  const [first, second] = named;
  // Named in the fact's own words: its entity list may hold the other by implication ("of the two").
  const says = (name: string): boolean => namedAt(fact.text, corpus, name) !== Infinity;
  // "Was al-Asad the bigger base?" - "The Irbil base is the smaller of the two": one of a pair asked about,
  // the fact telling of the other, of the same kind.
  if (!than) {
    const other = fact.entities.find((e) => first !== undefined && e !== first.name && says(e) && corpus.entityKind(e) === corpus.entityKind(first.name));
    return named.length === 1 && !says(first!.name) && other !== undefined;
  }
  return first !== undefined && second !== undefined && !says(first.name) && says(second.name);
}

// "Which is further west, al-Asad or Irbil?": of two or more places the question names, the one a fact
// naming it (and none of the others) puts in the direction asked ("the west of Iraq"; "northeast" is north
// and east), if only one.
function furthestPlace(a: Analysis, corpus: Corpus): string | undefined {
  const asked = DIRECTION_COMPARED.exec(a.folded)?.[1];
  const places = [...new Set(a.namedPlaces.values())];
  if (asked === undefined || places.length < 2) return undefined;
  const lies = (place: string): Set<string> => {
    // (The facts of the place, through the index: a large dataset is not read whole for one question.)
    const ofPlace = searchTerms(corpus, [{ word: place, stem: entityTerm(place) }], {}, POOL).map((h) => h.fact);
    const own = ofPlace.filter((f) => namedAt(f.text, corpus, place) !== Infinity && places.every((p) => p === place || namedAt(f.text, corpus, p) === Infinity));
    const said = own.flatMap((f) => words(normalise(f.text).replace(/\b(?:western|eastern|northern|southern) media\b/g, ' ')));
    return new Set(said.flatMap((w) => DIRECTION_WORD.exec(w)?.[1] ?? []).flatMap((d) => COMPOUND_DIRECTION.exec(d)?.slice(1, 3) ?? [d]));
  };
  const that = places.filter((p) => lies(p).has(asked));
  return that.length === 1 ? that[0] : undefined;
}
const FURTHER: ReadonlySet<string> = new Set(['further', 'farther', 'furthest', 'farthest']);
const DIRECTION_COMPARED = /\b(?:further|farther|furthest|farthest|more|most)\s+(north|south|east|west)(?:ern|erly|wards?)?\b|\b(?:north|south|east|west)ernmost\b/;

// The person, group or body named right after "according to" ("according to Zarif", "according to Iraq's
// military"); not the article itself, nor a country or a place.
function accordingTo(corpus: Corpus, folded: string): string | undefined {
  const m = /\baccording to (?:the )?([^,.;?]+)/.exec(folded);
  if (!m) return undefined;
  const named = firstEntityIn(corpus, words(m[1]!).slice(0, 4).join(' '));
  return named !== undefined && ['person', 'group', 'organization'].includes(corpus.entityKind(named) ?? '') && namedAt(words(m[1]!).slice(0, 4).join(' '), corpus, named) === 0 ? named : undefined;
}

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
// Whether a fact tells of the story itself: two or more of the words its title and questions use, names
// aside ("Missiles launched ... at two military bases").
function tellsStory(corpus: Corpus, fact: Fact): boolean {
  const story = storyStems(corpus);
  return new Set(words(`${fact.text} ${fact.quote?.text ?? ''}`).map(stem).filter((st) => story.has(st))).size >= 2;
}

// "What did X lead to?", "the result of X": what followed from X. (Not what someone foretold would follow:
// "what did the Democrats predict his death would lead to?")
function effectAsked(folded: string): RegExpExecArray | null {
  const m = folded.startsWith('what ') ? EFFECT_ASKED.exec(folded) : null;
  return m && !FORETOLD_IN.test(m[1] ?? '') ? m : null;
}
const FORETOLD_IN = /\b(?:would|will|could|might|predict\w*|say|says|said|think|thinks|thought|warn\w*|expect\w*|fear\w*|believe\w*|claim\w*|forecast\w*)\b/;

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

// "Did X comment on Y?", "has X said anything about Y?": whether X spoke of Y (X, in the question's words).
const SPOKE_OF = /^(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|mention|mentioned|comment|commented|remark|remarked|speak|spoke|spoken|talk|talked|make|made|issue|issued|give|given|gave|put out)\s+(?:anything |something |a statement |any statement |statements |a comment |any comments? |comments |remarks |any remarks )?(?:on|about|regarding|concerning)\b/;

// "Were more missiles fired than targets threatened?": the plural after "more" (or "fewer") and the one
// after "than", where they are two kinds of thing.
function kindsWeighed(said: readonly string[]): [string, string] | undefined {
  const i = said.findIndex((w) => w === 'more' || w === 'fewer' || w === 'less');
  const j = said.indexOf('than', i + 1);
  if (i < 0 || j < 0) return undefined;
  const plural = (list: readonly string[]): string | undefined => list.find((w) => !STOP_WORDS.has(w) && pluralNoun(w) && !isName(w));
  const [x, y] = [plural(said.slice(i + 1, Math.min(j, i + 4))), plural(said.slice(j + 1, j + 5))];
  return x !== undefined && y !== undefined && stem(x) !== stem(y) ? [x, y] : undefined;
}

// The largest figure the facts give in a unit named by a word ("missiles": 22, the whole of 17 and 5).
function largestFigure(facts: readonly Fact[], word: string): NumberFigure | undefined {
  const st = stem(word);
  return facts.flatMap((f) => f.numbers ?? []).filter((n) => unitTerms(n.unit).includes(st)).reduce<NumberFigure | undefined>((best, n) => (best === undefined || n.value > best.value ? n : best), undefined);
}

// "Is Iran stronger than the US?", "are US forces superior to Iran's?": the one before a comparative of
// strength or size, the one it is set against, and which way it goes.
function comparedAsked(corpus: Corpus, folded: string): { subject: string; other: string; greater: boolean } | undefined {
  const said = words(folded);
  const i = said.findIndex((w) => GREATER_WORDS.has(w) || LESSER_WORDS.has(w));
  if (i < 0) return undefined;
  const j = said.indexOf(said[i] === 'superior' || said[i] === 'inferior' ? 'to' : 'than', i + 1);
  if (j < 0) return undefined;
  const subject = firstEntityIn(corpus, said.slice(0, i).join(' '));
  const other = firstEntityIn(corpus, said.slice(j + 1).join(' '));
  return subject !== undefined && other !== undefined ? { subject, other, greater: GREATER_WORDS.has(said[i]!) } : undefined;
}

// "... war with the stronger US military": the entity a fact's comparative of strength or size is given
// to, right after it, and which way it goes.
function comparedTold(corpus: Corpus, text: string): { entity: string; greater: boolean } | undefined {
  const said = words(text);
  const i = said.findIndex((w) => GREATER_WORDS.has(w) || LESSER_WORDS.has(w));
  if (i < 0) return undefined;
  const named = corpus.dataset.entities.find((e) => namedAt(said.slice(i + 1, i + 4).join(' '), corpus, e.name) === 0);
  return named ? { entity: named.name, greater: GREATER_WORDS.has(said[i]!) } : undefined;
}

// The entity named first in a phrase.
function firstEntityIn(corpus: Corpus, phrase: string): string | undefined {
  return entitiesNamedIn(corpus, words(phrase))[0];
}

// Whether the fact puts another entity where the question puts one, after the same preposition, and never
// the question's: "fired from Iraq?" - "from Iranian soil"; "aimed at British bases?" - "at US bases".
function otherAfter(corpus: Corpus, question: string, text: string): boolean {
  // For each preposition, the entities after it and the words of the deed before it.
  const named = (s: string): Map<string, { entities: Set<string>; deed: Set<string> }> => {
    const out = new Map<string, { entities: Set<string>; deed: Set<string> }>();
    for (const m of s.matchAll(PREPOSITION_NAME)) {
      const entity = corpus.entityNamed(m[2]!);
      if (entity === undefined) continue;
      let seen = out.get(m[1]!);
      if (!seen) out.set(m[1]!, (seen = { entities: new Set(), deed: new Set() }));
      seen.entities.add(entity);
      for (const st of deedBefore(corpus, s, m.index)) seen.deed.add(st);
    }
    return out;
  };
  const theirs = named(text);
  for (const [preposition, asked] of named(question)) {
    const told = theirs.get(preposition);
    if (told && ![...asked.entities].some((e) => told.entities.has(e)) && sameDeed(corpus, asked.deed, told.deed)) return true;
  }
  return false;
}

// The stems of the (up to three) words before a place in a text that tell the deed: no stop word or name.
function deedBefore(corpus: Corpus, text: string, at: number): string[] {
  return words(text.slice(0, at)).filter((w) => !STOP_WORDS.has(w) && corpus.entityNamed(w) === undefined).slice(-3).map(stem);
}

// Whether a question's words of a deed and a fact's tell the same one, a word alike or related ("will the
// US withdraw its troops from Iraq?" - "Iran launched 22 missiles from Iranian soil": another deed; "did
// Iran fire the missiles from inside Iraq?" - the missiles). No words of its own asks of any.
function sameDeed(corpus: Corpus, asked: Iterable<string>, told: ReadonlySet<string>): boolean {
  const list = [...asked];
  return !list.length || list.some((st) => told.has(st) || mentioned(corpus.index.vocabulary.expand({ word: st, stem: st })).some((x) => told.has(x)));
}

// Who does the question say did it, and what: "did Iran kill Soleimani" - Iran, kill; "how many targets did
// Iran threaten" - Iran, threaten. The entity named right after the auxiliary, and the word after it.
function askedAgent(corpus: Corpus, question: string): { entity: string; verb: string } | undefined {
  const list = words(question);
  // "Was Soleimani killed by Iran?": the doer after "by", of the verb before it.
  const by = list.lastIndexOf('by');
  if (by > 1 && !STOP_WORDS.has(list[by - 1]!)) {
    const entity = entityAfter(corpus, list, by);
    if (entity !== undefined) return { entity, verb: list[by - 1]! };
  }
  // ("What was Iran retaliating for?", "is Iran planning ...": a form of "be" before a doer and the verb's
  // -ing; before a verb in -ed it is a passive, "was Soleimani killed", whose subject is no doer.)
  const at = list.findIndex((w, i) => AGENT_AUXILIARY.has(w) || (BE_PROGRESSIVE.has(w) && list.slice(i + 2, i + 6).some((v) => v.endsWith('ing') && !STOP_WORDS.has(v))));
  if (at < 0) return undefined;
  let from = at + 1;
  if (list[from] === 'the') from++;
  for (let n = Math.min(4, list.length - from - 1); n >= 1; n--) {
    const entity = corpus.entityNamed(list.slice(from, from + n).join(' '));
    // ("Why does Iran not want war": the verb past the negation.)
    let v = from + n;
    // ("Does Iran actually want war": an adverb says how, and the verb follows it.)
    while (list[v] === 'not' || list[v] === 'never' || INTERPOSED_ADVERBS.has(list[v]!) || (list[v]?.endsWith('ly') && isAdverb(list[v]!))) v++;
    // ("Is Iran looking for war": looking for something is seeking it.)
    // ("Why wouldn't Iran go to war?": a light verb's deed is the word it goes to.)
    const light = list[v] !== undefined && LIGHT_VERBS.has(list[v]!) ? list.slice(v + 1).find((w) => !STOP_WORDS.has(w)) : undefined;
    const verb = list[v + 1] === 'for' && LOOK_FORMS.has(list[v]!) ? (list[v] === 'looking' ? 'seeking' : 'seek') : (light ?? list[v]);
    // ("Did Iran's missiles ...": a possessor is not the doer of a verb the question asks of the thing it
    // owns; of the deed after that thing, its doer: "did Iran's attack kill Soleimani" asks whether Iran
    // killed him.)
    if (entity !== undefined && new RegExp(`\\b${list.slice(from, from + n).join('\\W+')}['\u2019]s\\b`).test(question)) {
      const [owned, deed] = [list[v], list[v + 1]];
      return owned !== undefined && deed !== undefined && !STOP_WORDS.has(owned) && !STOP_WORDS.has(deed) && corpus.entityNamed(owned) === undefined ? { entity, verb: deed } : undefined;
    }
    if (entity !== undefined && verb !== undefined && !STOP_WORDS.has(verb) && (!BE_PROGRESSIVE.has(list[at]!) || verb.endsWith('ing'))) return { entity, verb };
    // (The longest name is the one named: "did the Iraqi military say ..." names no doer, not Iraq doing
    // "military".)
    if (entity !== undefined) return undefined;
  }
  return undefined;
}
// The forms of "look", which with "for" is seeking.
const LOOK_FORMS: ReadonlySet<string> = new Set(['look', 'looks', 'looking', 'looked']);
// The forms of "be" that open a question about a doer in the act ("is Iran planning ...").
const BE_PROGRESSIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
// The verb whose manner a how-question asks ("how was Soleimani killed?", "how did America kill him?"),
// unless one of saying, describing or ending, whose answer is words.
function mannerAsked(folded: string, agent: { entity: string; verb: string } | undefined): string | undefined {
  // ("How did they even take Soleimani out?": a doer the data does not name, "they", and the verb after it,
  // read as the idiom it opens.)
  const active = HOW_ACTIVE.exec(folded);
  const list = active ? words(folded) : [];
  const at = active ? list.indexOf(active[1]!) : -1;
  const verb = HOW_PASSIVE.exec(folded)?.[1] ?? agent?.verb ?? (at >= 0 ? (idiomAt(list, at)?.means ?? active![1]) : undefined);
  return verb === undefined || SAYING_VERBS.test(verb) || DESCRIBING_WORD.test(verb) || QUOTE_PLACE_WORDS.has(verb) || verb === 'sign' ? undefined : verb;
}

// The entity named right after the word at `at` ("by the United States", "in Iraq"; a "the" between
// aside), the longest name first; of those, the first `fits` accepts.
function entityAfter(corpus: Corpus, list: readonly string[], at: number, longest = 4, fits: (entity: string) => boolean = () => true): string | undefined {
  const from = list[at + 1] === 'the' ? at + 2 : at + 1;
  for (let n = Math.min(longest, list.length - from); n >= 1; n--) {
    const entity = corpus.entityNamed(list.slice(from, from + n).join(' '));
    if (entity !== undefined && fits(entity)) return entity;
  }
  return undefined;
}

// The entity named right before the word at `at` ("the US embassy", "Trump had threatened"), the longest
// name first.
function entityBefore(corpus: Corpus, list: readonly string[], at: number, longest = 4): string | undefined {
  for (let n = Math.min(longest, at); n >= 1; n--) {
    const entity = corpus.entityNamed(list.slice(at - n, at).join(' '));
    if (entity !== undefined) return entity;
  }
  return undefined;
}

// The entity the fact says did what the question asks about, when it names one: before the verb ("America
// killing Soleimani", "Trump had threatened"), or after "by" ("killed by the United States").
function factAgent(corpus: Corpus, text: string, verb: string): string | undefined {
  const list = words(text);
  const isVerb = deedWord(verb);
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (!isVerb(w)) continue;
    // ("Fired by Iran", and "missiles launched from Iran": where a deed comes from is who did it.)
    if (list[i + 1] === 'by' || (list[i + 1] === 'from' && list[i] !== verb)) {
      const entity = entityAfter(corpus, list, i + 1);
      if (entity !== undefined) return entity;
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
    const before = entityBefore(corpus, list, end);
    // ("Trump's tweet confirmed ...": a medium is its owner's voice; the one named before it did it.)
    if (before !== undefined && corpus.entityKind(before) === 'media') {
      const owner = entityBefore(corpus, list, end - 1);
      if (owner !== undefined && corpus.entityKind(owner) !== 'media') return owner;
    }
    if (before !== undefined) return before;
  }
  return undefined;
}

// Whether a fact names an entity only beside what happened, as no doer of it: where it happened ("at US
// bases in Iraq", a preposition of place before the name, determiners or a direction between) or who says so
// ("according to the Iraqi military"). Undefined when the fact does not name it.
function namedBesideOnly(corpus: Corpus, fact: Fact, entity: string): boolean | undefined {
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

// "What did Soleimani do?": a person's deed is told by a fact whose subject they are: named before anyone
// else, and not as the one something was done to ("Qassim Soleimani had been killed by the United States").
function subjectOf(corpus: Corpus, fact: Fact, person: string): boolean {
  const at = namedAt(fact.text, corpus, person);
  if (at === Infinity || fact.entities.some((e) => e !== person && namedAt(fact.text, corpus, e) < at)) return false;
  // (Nor as what they are: "Javad Zarif is Iran's foreign minister", background, tells no deed.)
  const after = ` ${words(fact.text).join(' ')} `.slice(at);
  return !DONE_TO.test(after) && !(fact.type === 'background' && /^ (?:\S+ ){1,3}?(?:is|are|was|were|holds) /.test(after));
}
// A name, then a passive: "Qassim Soleimani had been killed by ...".
const DONE_TO = /^ (?:\S+ ){1,3}?(?:had been|has been|have been|was|were|is|are) \w+(?:ed|en|t) by /;

// Whether a fact names one of its entities on a side after a passive's "by" ("killed by the United States").
function passiveBy(corpus: Corpus, fact: Fact, side: string): boolean {
  const list = words(normalise(fact.text));
  return list.some((w, i) => w === 'by' && entityAfter(corpus, list, i, 4, (e) => fact.entities.includes(e) && onSideOf(corpus, e, side)) !== undefined);
}

// Whether a question's words ask whether something goes on, or has ended.
function asksGoesOn(text: string): boolean {
  return CONTINUATION.test(text) || ENDED_ASKED.test(text);
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
function deedInWords(corpus: Corpus, fact: Fact, deed: QueryTerm): boolean {
  // (Not in a name: "the supreme leader" tells no one leads anything.)
  const names = corpus.entitiesOf(fact.entities).flatMap((e) => [e.name, ...e.aliases]).map((n) => ` ${words(n).join(' ')} `);
  const unnamed = (t: string): string => names.reduce((rest, n) => rest.split(n).join(' '), ` ${words(normalise(t)).join(' ')} `);
  const own = new Set([fact.text, ...(fact.asks ?? [])].flatMap((t) => words(unnamed(t)).map(stem)));
  return heldIn(corpus, own, deed);
}

// Whether a fact gives a day that answers one a question names, the same or another: it names a weekday,
// and does not tell what is still to come to a question of what has been ("did Trump speak on Tuesday?" -
// "Trump is scheduled to make remarks on Wednesday").
function dayTold(folded: string, text: string): boolean {
  return (text.match(DAY_NAMED) ?? []).length > 0 && !(PAST_ASKED.test(folded) && FUTURE_TOLD.test(text));
}

// "What stance has Iran's foreign minister taken on war?": whose view is asked, the first person or group
// named before what it is on.
// (`m`: VIEW_ASKED's match in the question, if any.)
function viewHolder(corpus: Corpus, folded: string, m: RegExpExecArray | null, named: ReadonlySet<string>): string | undefined {
  if (m === null) return undefined;
  const before = folded.slice(0, m.index + m[0].length);
  return firstNamedIn(before, corpus, [...named].filter((e) => PEOPLE_KINDS.has(corpus.entityKind(e) ?? '') && namedAt(before, corpus, e) !== Infinity));
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

// Whether the first entity a fact names after any condition opening it (the main clause's subject) is on a
// side, or the side's name follows a passive's "by".
function mainSubjectOnSide(corpus: Corpus, fact: Fact, side: string): boolean {
  if (passiveBy(corpus, fact, side)) return true;
  const subject = mainSubject(corpus, fact);
  return subject !== undefined && onSideOf(corpus, subject, side);
}

// The first entity, no place, a fact names after any condition opening it: its main clause's subject.
function mainSubject(corpus: Corpus, fact: Fact): string | undefined {
  const clause = fact.text.slice(OPENING_CONDITION.exec(fact.text)?.[0].length ?? 0);
  const subject = firstNamed(corpus, fact, (e) => corpus.entityKind(e) !== 'place', clause);
  return subject !== undefined && namedAt(clause, corpus, subject) !== Infinity ? subject : undefined;
}

// Whether a fact may tell of a doer: it is about them, or one on their side ("Iran's military" for Tehran),
// and names them as more than where it happened or who says so.
function aboutDoer(corpus: Corpus, fact: Fact, doer: string): boolean {
  return fact.entities.some((e) => onSideOf(corpus, e, doer)) && namedBesideOnly(corpus, fact, doer) !== true;
}

// Of a fact's entities (those kept), the one its text names first; ties and ones it only lists keep their order.
// (In `text`, a part of the fact's: "after the condition opening it".)
function firstNamed(corpus: Corpus, fact: Fact, keep: (name: string) => boolean = () => true, text = fact.text): string | undefined {
  return fact.entities.filter(keep).sort((x, y) => namedAt(text, corpus, x) - namedAt(text, corpus, y))[0];
}

// Whether the entity a fact names first in its text (its subject) is on a side, or the fact names none.
function subjectOnSide(corpus: Corpus, fact: Fact, side: string): boolean {
  const first = firstNamed(corpus, fact);
  return first === undefined || namedAt(fact.text, corpus, first) === Infinity || onSideOf(corpus, first, side);
}

// Whether a word is a form of a verb (or, for a verb of wanting, any word of wanting).
function deedWord(verb: string): (w: string) => boolean {
  const base = new Set([verb, ...baseForms(verb)].map(stem));
  // An irregular form is looked up only when it begins as the verb does ("shot" - "shoot"): a dictionary
  // look-up for every word of every candidate was most of a count question on a large dataset.
  // (A word of wanting is another's: "is Iran hoping for war" - "Trump does not want war" tells of Trump.)
  const wanting = WANTING.test(verb);
  return (w) => base.has(stem(w)) || (w[0] === verb[0] && baseForms(w).some((b) => base.has(stem(b)))) || (wanting && WANTING.test(w));
}

// Whether a fact tells of the deed a verb names, in a form of the verb.
function mentionsDeed(fact: Fact, verb: string): boolean {
  return words(normalise(fact.text)).some(deedWord(verb));
}

// Whether the fact names another entity than the question as the one who did what it asks about.
function otherAgent(corpus: Corpus, a: Analysis, fact: Fact): boolean {
  const asked = a.agent;
  if (!asked) return false;
  // (Only the doer of the verb itself: reading the sentence's subject as the doer of any verb, "Iran's
  // military launched" for "did Iraq fire", cost two questions on data made by extract.)
  const text = normalise(fact.text);
  const told = factAgent(corpus, text, asked.verb);
  if (told !== undefined) return !sameSide(corpus, told, asked.entity);
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

// Whether two entities may stand for one another as doers: the same, or of the same country by their
// names ("Tehran", alias "Iranian leadership", acts for Iran; "Iran's military" too; Trump, "US president",
// for the United States).
// Whether an entity is on the side of a doer, a capital standing for its country's government ("what did
// Tehran do" - "the Iranian military fired ...").
function onSideOf(corpus: Corpus, entity: string, doer: string): boolean {
  if (sameSide(corpus, entity, doer)) return true;
  if (corpus.entityKind(doer) !== 'place') return false;
  return countryOfCapital(doer.toLowerCase()).some((c) => {
    const country = corpus.entityNamed(c);
    return country !== undefined && sameSide(corpus, entity, country);
  });
}

// Whether a word names a medium of the data ("tweet": Twitter), which carries someone's words.
function isMedium(corpus: Corpus, word: string): boolean {
  const named = corpus.entityNamed(word);
  return named !== undefined && corpus.entityKind(named) === 'media';
}

function sameSide(corpus: Corpus, a: string, b: string): boolean {
  if (a === b) return true;
  const of = new Set(corpus.countriesOf(a));
  return corpus.countriesOf(b).some((c) => of.has(c));
}

function sentenceCase(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

// The first or the last sentence of a quote.
function quotePartOf(text: string, part: 'first' | 'last'): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 0);
  return (part === 'first' ? sentences[0] : sentences.at(-1)) ?? text;
}

// Words asking for all of what was said, and a topic that says which words it was ("his tweet about the
// missiles"), not what part of them ("the bit of the tweet about casualties").
const WHOLE_ASKED = /\b(?:exact|exactly|full|entire|entirely|complete|whole|verbatim|wording|word for word)\b/;
const WHOLE_ABOUT = /^(?!.*\b(?:bit|part|portion|section|piece|line|sentence)s? (?:of|about)\b).*\b(?:tweet|post|message|statement|remarks?|speech)s? (?:about|on|regarding|concerning)\b/;

// "What did X say?" wants the whole quote: when the best quote is part of a longer one by the same
// speaker among the candidates, the longer one goes first.
function preferWholeQuote(ranking: Array<{ hit: Hit; score: number }>): void {
  const first = ranking[0]?.hit.fact.quote;
  if (!first) return;
  const whole = ranking.findIndex(
    (r) => r.hit.fact.quote && r.hit.fact.quote.speaker === first.speaker && r.hit.fact.quote.text.length > first.text.length && r.hit.fact.quote.text.includes(first.text),
  );
  if (whole <= 0) return;
  const [moved] = ranking.splice(whole, 1);
  // It contains everything the fragment matched, so it scores at least as well.
  moved!.score = Math.max(moved!.score, ranking[0]!.score);
  ranking.unshift(moved!);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
