// The shapes ask hands between its steps and to its callers: a question's analysis, the reply, and what
// --explain shows of each candidate.
import type { ENTITY_KINDS, Fact } from '../model.js';
import type { Intent, QueryTerm } from '../text/terms.js';

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
  /**
   * What the answer is: `"short"`, worded for the question (a name, a figure, a time, a quote); `"fact"`, the
   * first supporting fact's text whole, after any "Yes." or "No."; null when not answered.
   */
  form: 'short' | 'fact' | null;
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
  /** A comparison asked in words ("how does X compare with Y?"), no figures weighed. */
  comparisonAsked?: boolean;
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
  /** "How much did the shares rise?": by how much something changed, not a count of it. */
  changeAsked?: boolean;
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
  /** "Has the damage been fully counted yet?", "what was still being worked out?": whether, or what, was still going on (see ONGOING_TOLD). */
  ongoingAsked?: boolean;
  /** "How was Soleimani killed?": the way something was done is asked, which no name answers. */
  howDone: boolean;
  /** "How was Soleimani killed?", "how did America kill him?": the verb whose manner is asked. */
  mannerOf?: string | undefined;
  /** "Khamenei's title": the entity whose role is asked; only a fact stating it answers. */
  roleOf?: string | undefined;
  /** "What did X say?": the question's terms that name X, each of which a fact must match to say X's words. */
  speaker: QueryTerm[];
  /** "Did Trump claim ...?": the stems of verbs of saying right after the speaker (two words between at most). */
  sayingAfterSpeaker: ReadonlySet<string>;
  /** "What type of ...": the term for the thing asked for, which a fact must match to say it. */
  attribute?: QueryTerm | undefined;
  /** Who the question says did what ("did Iran kill ..."): a fact naming another doer of it answers no. */
  agent?: { entity: string; verb: string } | undefined;
  /** "By drone or airstrike?": the terms of the alternatives offered; a fact must match one. */
  alternatives: QueryTerm[];
  /**
   * "What happens if Trump ignores the strikes, and what if he retaliates?": the stem of the deed of each of
   * two courses supposed, where the outcome of each is asked (a fact telling each answers).
   */
  courses?: [string[], string[]] | undefined;
  /**
   * "How did Zarif's message differ from Khamenei's?": the two parties whose words are weighed against each
   * other, in the order asked (a fact of each answers, side by side).
   */
  sayingsCompared?: [string, string] | undefined;
  /**
   * "How does the location of al-Asad differ from the Irbil base?", "Trump's threat last week versus his
   * reaction now": the stems of the question's words on each side of what weighs two things apart (a fact
   * of each answers, side by side).
   */
  sides?: [string[], string[]] | undefined;
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
  /**
   * "How many Iranian sites ...?": the countries a counted kind of place is said to be of, which a fact
   * naming them only as where something came from does not count.
   */
  countedIn: string[];
  /** "How many rescue workers ...?": the word saying which of the things counted, which a fact counting them says. */
  countQualifier?: QueryTerm | undefined;
  /**
   * "How much was the CEO paid?": the one a sum or measure is asked of, with no unit named, as the subject of
   * a passive; a fact not naming them tells no sum of theirs ("it will pay a dividend of 0.50 euros").
   */
  muchOf?: QueryTerm | undefined;
  /** "Which country is al-Asad in?": a kind of entity asked for, which a fact naming one of it answers. */
  entityKind?: (typeof ENTITY_KINDS)[number] | undefined;
  /** "Which city ...?": the general noun the kind was asked by, which the data need not use (see KIND_NOUNS). */
  kindNoun?: string | undefined;
  /** "Which country are the targeted US bases in?": the thing whose place is asked, by its head noun ("bases"). */
  placedThing?: QueryTerm | undefined;
  /** "What kind of missiles ...?": the thing whose kind is asked for, which the fact must qualify. */
  sortOf?: QueryTerm | undefined;
  /** "Which two bases ...?": a kind whose instances are to be named, so many of them. */
  listed?: string | undefined;
  /** "Which Democratic politicians ...?": a kind asked for (politicians) and the name word qualifying it (Democratic). */
  qualifiedKind?: { qualifier: string; kind: string } | undefined;
  /** "Who replaced Soleimani?": the deed a who-question asks the doer of. */
  deed?: QueryTerm | undefined;
  /** "When did the harbour wall collapse?": the deed a when-question asks the time of. */
  whenDeed?: QueryTerm | undefined;
  /** "How much does it cost per pupil?": what a figure asked is told for each one of. */
  rate?: QueryTerm | undefined;
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
  /** "Who reported the breakdown of missiles between the bases?": the thing divided, whose share at each place the source gave. */
  dividedThing?: string;
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
  /** "How often are bins collected?": a frequency is asked. */
  oftenAsked: boolean;
  /** "When does the inquiry start?": the stems naming the thing whose time is asked. */
  timeOf?: ReadonlySet<string> | undefined;
  /** "Under what circumstances will there be more shooting?", "more shooting if?": the condition a claim holds under is asked. */
  conditionAsked: boolean;
  /** "What day of the week was the attack?": a day is asked, of a when-question. */
  dayAsked: boolean;
  /** "Where did Trump post his reaction?": where words were put is asked, which a medium answers. */
  mediumAsked: boolean;
  /** "What did Trump post after the strikes?": what came after something is asked. */
  afterAsked?: boolean;
  /** "How many missiles did Iran fire last week?": a time before the article's is asked. */
  earlierAsked?: boolean;
  /** "What did Trump post about the strikes?": words put online asked for; a fact telling none is no answer. */
  postedAsked?: boolean;
  /** "What did Trump say in his speech?", "on TV": words asked as spoken, which a post does not give. */
  spokenAsked?: boolean;
  /** "Whose killing set off the strikes?", "who was killed by the US?": the one killed asked, not the killer. */
  victimAsked?: boolean;
  /** "How many missiles actually hit their targets?": whether a strike found its mark is asked. */
  accuracyAsked?: boolean;
  /** "Where in Iran ...?": the place (an entity) within which a place is asked for. */
  within?: string | undefined;
  /** "What was the name of the operation?", "what is the airbase called?": the noun of the thing named, as typed. */
  calledNoun?: string | undefined;
  /** "How much will the project cost?": the words of the thing priced, which a fact must name (a sum of money is asked). */
  priced?: readonly QueryTerm[] | undefined;
  /** "Which councillor voted against?": the noun for the kind of person asked for, as typed. */
  peopleAsked?: string | undefined;
  /** Whether it asks yes or no ("did Trump say ...?"), whatever its intent. */
  asksWhether: boolean;
  /** Whether it asks about something that does not happen ("why might Trump not retaliate?"). */
  negated: boolean;
  /** A why-question asking why something is not done, or would rather not be ("reluctant"). */
  whyNot: boolean;
  /** "What term does the writer use for ...?": the article's own words are asked for. */
  articleWording?: boolean;
  /** "What does the writer liken the revenge to?": the article's figure of speech for a thing is asked for. */
  likened?: boolean;
  /** "What about Soleimani?", "what's the deal with the video?": a topic, no question about it. */
  topicOnly?: boolean;
  /** "What were his opening words?": the first or the last words of a quote are asked for. */
  quotePart?: 'first' | 'last' | undefined;
  /** "What did Iran do in response?": the one whose deed is asked for, an entity. */
  doer?: string | undefined;
  /** "What will the US do next?": the one whose deed to come is asked for, an entity. */
  futureDoer?: string | undefined;
  /** "What had Trump's opponents said?": the agent read is named only as an owner, whose deed it is not. */
  agentOwnerOnly: boolean;
  /** "Did Iran fire more than twenty missiles?": the thing a yes or no weighs a figure of (as typed). */
  weighed?: string | undefined;
  /** "What do US leaders want?": the one whose wish is asked; a fact whose main subject is on another side answers not. */
  wanter?: string | undefined;
  /** "What did Iran not do?", "what does Iran not plan": what someone does not do is asked. */
  whatNot?: boolean;
  /** "What did Zarif say Iran is not looking for?": what someone said is not so is asked; words that deny nothing answer not. */
  saidNot?: boolean;
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
  /** The stems of a span of time the question sets its deed in ("during the closure"), part of the scene. */
  span: ReadonlySet<string>;
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
    /** The terms as the question has them, in the same order ("kettleby" where `terms` holds the stem "kettlebi"); a name as the data names it. */
    words?: string[];
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
