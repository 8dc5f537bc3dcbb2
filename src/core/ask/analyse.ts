// Reading a question, ask's first step: the kind of answer it wants, the unit it counts, the names it
// mentions, what it is about, and what it supposes or sets aside.
import type { Corpus } from '../corpus.js';
import type { Fact } from '../model.js';
import { ENTITY_KINDS } from '../model.js';
import { ENTITY_PREFIX, entityTerm } from '../index/build.js';
import { MENTION_QUALITY, NAMING_QUALITY, mentioned } from '../index/vocabulary.js';
import { POST_FACTS, searchTerms, termsOf } from '../search.js';
import {
  questionWordsFixed,
  questionWordFor,
  placingWordFor,
  functionWordFor,
  withoutOpening,
  leadingWord,
  DETERMINERS,
  PARTICLES,
  STOP_WORDS,
  INTERPOSED_ADVERBS,
  isAdverb,
  isAdjective,
  isPersonNoun,
  pastForm,
  relatedWords,
  kindWords,
  baseForms,
  isDigits,
  KIND_NOUNS,
  SIDE_NOUNS,
  WHICH_OF_KIND,
  numberWord,
  englishSpellings,
  isEnglishWord,
  isName,
  oppositeWords,
  oneEditAway,
  queryWords,
  stem,
  words,
  normalise,
  countryOfWord,
  escapeRegExp,
  idiomAt,
  idiomsMeant,
  CHANGE_ASKED,
  SUM_ASKED,
  PLACE_UNIT_NOUNS,
  WANT_NOUNS,
  WANTING_FOR,
  RELATION_NOUNS,
  COMPARISON_ASKED,
  COMPARING_WORDS,
  AT_WORK_VERBS,
  COMING_VERBS,
} from '../text/index.js';
import {
  ABSENCE_WORDS,
  ALTERNATIVES,
  SUBJECT_ALTERNATIVES,
  STOCK_ASKED,
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
  ONE_OF_KIND,
  ONE_OF_KIND_WORDS,
  ANSWER_FORM_WORDS,
  HAPPEN_HEDGE,
  WHEN_HEDGE,
  HOW_OLD,
  PLAN_ASKED,
  SHARE_ASKED,
  SIZE_ASKED,
  SHARE_OF,
  HOW_FAR,
  HOW_HEAVY,
  MASS_UNITS,
  DISTANCE_UNITS,
  HOW_OPENS,
  AGE_UNIT,
  OUTCOME_ASKED,
  ROLE_STATED,
  postPhrases,
  ROLE_VERB,
  ROLE_WORDS,
  ASPECT_VERB,
  COMPLETION_ASKED,
  ONGOING_ASKED,
  ATTRIBUTE_CUE,
  POSSESSED_ASKED,
  AUXILIARY,
  NAME_OF,
  PLACE_PREPOSITIONS,
  CHOICE_CUE,
  CONDITION,
  CONDITION_ASKED,
  DESCRIBING_WORD,
  SUMMING_UP,
  DIFFERENCE,
  DIFFERENCE_WORDS,
  WEIGHED_AGAINST,
  FIGURES_WEIGHED,
  WEIGHED_WITH,
  COUNT_CUE,
  FOCUS_CUE,
  IDENTITY,
  WHICH_CUE,
  WHICH_KIND,
  WHAT_KIND,
  WHEN_WORD,
  WHERE_WORDS,
  INTENT_CUES,
  QUOTED_SPAN,
  LATER_WH,
  LEAD_WH,
  HOW_PASSIVE,
  INFORMAL_PEOPLE,
  LESS_WORDS,
  SAYING_NOUNS,
  REPORTED_FUTURE,
  MORE_WORDS,
  NEGATION,
  SAID_ABOUT,
  SAID_ABOUT_WORDS,
  CLAUSE_WH,
  PLACE_TIME_REASON,
  NAMING_CUE_WORDS,
  WHO_SAID_WORDS,
  WEIGHED_APART,
  SAID_FORMS,
  FIGURES_NOUN,
  SOURCE_VERBS,
  OR_CLAUSE,
  EITHER_ORDER,
  COUNTING_VERB,
  TELLING_VERB,
  HOLDING_VERB,
  EXPECTED_TO,
  DONE_ASKED,
  NAME_OF_THING,
  DAY_ASKED,
  MEDIUM_ASKED,
  MEDIUM_NOUN_ASKED,
  WHERE_WITHIN,
  ACCURACY_ASKED,
  AFTER_ASKED,
  POSTED_ASKED,
  HOW_LONG,
  GOES_ON_WORDS,
  CALLED_THING,
  CALLED_PASSIVE,
  CALLED_QUALIFIER,
  CASUALTY_PEOPLE,
  HARM_UNIT,
  PERSON_FIGURE,
  CHANGE_VERB,
  OUTCOME_FORM_WORDS,
  DEED_FORM_WORDS,
  EXISTENTIAL,
  UNMARKED_NEGATION,
  ARTICLE_NOUNS,
  ARTICLE_WORDING,
  STORY_NOUNS,
  LIKENING_NOUNS,
  LIKENING_VERBS,
  LIKENED_TO_ASKED,
  LIKENING_NOUN_ASKED,
  WHICH_VERBS,
  SUBORDINATE_CLAUSE,
  WHY_NOT,
  QUOTE_PLACE_WORDS,
  QUOTE_START,
  QUOTE_END,
  PLACED_THING,
  ABOUT_TOPIC,
  DECIDER_ASKED,
  RELUCTANCE,
  WANT_DOUBTED,
  YES_OR_NO_QUESTION,
  ENDED_ASKED,
  PART_OF_WHOLE,
  HARM_THEN,
  HARMED_BEFORE,
  RESPONSIBLE_FOR,
  DEATH_NOUNS,
  WHY_MODAL,
  WHY_OF,
  DESCRIBER_ASKED,
  BY_MEANS,
  OR_ELSE,
  MEMBERS_ASKED,
  BLAME_WORDS,
  ORDINAL_OR_TIME,
  PREPOSITION_ONE,
  PREPOSITION_WORD,
  RANKS,
  RANK_WORDS,
  WEIGHT_WORDS,
  DEGREE_WORDS,
  HOW_DONE,
  FUTURE_DEED_ASKED,
  PLANS_ASKED,
  WEEKDAY,
  WHAT_NOT,
  SAID_NOT,
  PLACE_PARTS,
  POSSESSIVE,
  POST_NOUNS,
  REFERENCE,
  SPEAKER_CUE,
  SPOKEN_ASKED,
  EARLIER_ASKED,
  PUSHED_TO,
  POSSESSED_SAYING,
  TIME_PHRASE,
  TIME_WORDS,
  THAN,
  THERE_IS,
  TOTAL,
  TYPE_HINTS,
  WHO_SAID,
  WHO_SAID_VERBS,
  WHY_VERBS,
  VICTIM_ASKED,
  ARTICLE_MADE,
  VIEW_ASKED,
  VIEW_VERBS,
  CONTINUATION,
  BEFORE_THEN,
  NAMING_WORDS,
  AGENT_AUXILIARY,
  TIME_CLAUSE,
  WHEN_CLAUSE,
  LEADING_TIME_CLAUSE,
  LEADING_CONDITION,
  SCENE_CLAUSE,
  SET_ASIDE,
  SET_ASIDE_WORDS,
  CONDITION_OPENS,
  QUESTION_PROPER,
  SORT_OF,
  LOCATED_VERB,
  WHEN_SCENE,
  YEAR_WORD,
  FIGURE_NOUNS,
  NO_CHOICE_BUT,
  RELATIVE_CLAUSE,
  PLAIN_PERSON_NOUNS,
  OFTEN_ASKED,
  DECLARATIVE_ASKED,
} from '../text/cues.js';
import { MONTHS, spelledUnit } from '../text/extract-cues.js';
import type { Intent, QueryTerm } from '../text/terms.js';
import {
  RELATED_MATCH,
  entitiesNamedIn,
  entityAfter,
  entityBefore,
  entityOf,
  firstEntityIn,
  firstNamedIn,
  namedAt,
  namesOf,
} from './names.js';
import type { Analysis } from './types.js';

// "What did Iran do ...?": a question asking what someone did.
// (Not what someone vowed, planned or wanted "to do": words or an aim, no deed.)
export const DEED_ASKED = /^what (?:did|does|do|has|have|had) (?:the |its |their )?([a-z' -]{2,40}?)(?<! to) (?:do|done)\b/;
const DEED_VERB_ASKED = /^what (?:did|has|had) (?:the )?([a-z' -]{2,40}?) ([a-z]+)\W*$/;
// The fact types whose kind answers the words that ask for it (see TYPE_HINTS): a casualty report answers
// "hurt", "killed" or "dead" whichever it says.
export const VOUCHING_TYPES: ReadonlySet<Fact['type']> = new Set(['casualties']);
/** Nouns asking for a reason ("was it the reason for ...", "the motive"). */
export const REASON_NOUNS: ReadonlySet<string> = new Set(['reason', 'reasons', 'motive', 'motives', 'cause', 'causes', 'motivation', 'motivations', 'rationale', 'trigger', 'triggers']);
// A sum to work out: two figures joined by an operator ("2+2", "17 x 5", "10 plus 12").
const ARITHMETIC = /\b(\d+)\s*(?:[+*/\u00d7\u00f7^=]|\bx\b|\bplus\b|\bminus\b|\btimes\b)\s*(\d+)\b/g;
const OPERATOR_WORDS: ReadonlySet<string> = new Set(['x', 'plus', 'minus', 'times']);

/** Read the intent from a question's wording. @internal */
export function intentOf(question: string): Intent {
  return intentIn(questionWordsFixed(question));
}

const ARTICLE_SAYS = /^\W*(?:the|this) (?:article|piece|story|explainer|report|text|writer|author|reporter|journalist) (?:says?|said|states?|stated|writes?|wrote|notes?|noted|claims?|claimed|reports?|reported|tells? us|told us)\b(?: that\b)?/;
const ARTICLE_SAYS_OPENS: ReadonlySet<string> = new Set(['the', 'this']);
// Words one of which a comparison asked in words holds (see COMPARISON_ASKED).
const COMPARING_OPENERS: readonly string[] = ['compare', 'stack up', 'measure up', 'match up', 'size', 'sizing'];
const ARTICLE_SAYS_INSIDE = / (?:the|this) (?:article|piece|story|explainer|writer|author|journalist) (?:says|said|states|stated|writes|wrote|notes|noted|claims|claimed|reckons|thinks|believes)\b(?: that\b)?/;
// ("In the supreme leader's own words, how did ...?": his words asked, as exact ones are.)
const EXACTLY: readonly string[] = ['exact', 'precise', 'verbatim', 'actual', 'very', 'own'];
const EXACT_WORDS = new RegExp(`\\b(?:${EXACTLY.join('|')}) (?:line|lines|words?|wording|phrasing|quote)\\b`);
// "..., and if so, when?": the question asked after a yes or no is assumed. (A time, a place, a reason or a
// manner; "and if so what?" asks what of the yes or no asked.)
const IF_SO = /[,;]?\s*\b(?:and |but )?if (?:so|yes|they do|it does|he does|she does)\b[,;:]?\s*(?=(?:where|when|why|how)\b)/;

// Words one of which OFTEN_ASKED needs, tried first (its pattern compiles on first use).
const OFTEN_WORDS: readonly string[] = ['often', 'frequen', 'regularly', 'times', 'interval'];
// "When does the inquiry start?": a when-question of one thing and its verb.
const WHEN_SUBJECT = /^when (?:does|did|will|is|was|would|do|are|were|should|can|could) (?:the |a |an |this |that |their |its |his |her )?([a-z]+) [a-z]+\W*$/;
// A time clause closing a question: "... before he was killed?".
const ROLE_TIME_CLAUSE = /\b(?:before|after|when|while|until|since) (?!the\b)[a-z]+ (?:was|were|is|had|has|got|became|died|left)\b/;

function intentIn(question: string): Intent {
  // ('Who said "now we can say yes"?': the words quoted are what is asked about, not how; their "can say"
  // asks nothing to come.)
  const folded = question.replace(QUOTED_SPAN, ' "_" ');
  // ("Given how much mightier the US military is, what is Iran keen to avoid?": the question proper asks.)
  // (Only a question opening with a word a scene does runs the pattern.)
  const scene = SCENE_OPENERS.has(leadingWord(folded)) ? SCENE_CLAUSE.exec(folded) : null;
  if (scene) return intentIn(folded.slice(scene[0].length));
  // (So does a "when" clause setting a time: "when Trump tweeted, were ...?" asks yes or no.)
  const when = folded.startsWith('when') ? WHEN_SCENE.exec(folded) : null;
  if (when) return intentIn(folded.slice(when[0].length));
  // ("Is Trump going to address the public soon, and if so when?": a yes or no asked to ask more, the more
  // asked after its "if so" is what the question asks.)
  const ifSo = folded.includes(' so') ? IF_SO.exec(folded) : null;
  if (ifSo) return intentIn(folded.slice(ifSo.index + ifSo[0].length));
  // ("The article says 'the ball is firmly in' whose court?": the article says everything it does; a
  // question word after its saying asks.)
  const articleSays = ARTICLE_SAYS_OPENS.has(leadingWord(folded)) ? ARTICLE_SAYS.exec(folded) : null;
  if (articleSays && LEAD_WH.test(folded.slice(articleSays[0].length))) return intentIn(folded.slice(articleSays[0].length));
  // (Nor is its saying inside a question a quote asked: "what's the first call the explainer says Trump
  // has to make?" asks that call.)
  const saysInside = articleSays === null && [...STORY_NOUNS].some((w) => folded.includes(w)) ? ARTICLE_SAYS_INSIDE.exec(folded) : null;
  if (saysInside) return intentIn(`${folded.slice(0, saysInside.index)}${folded.slice(saysInside.index + saysInside[0].length)}`);
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
  // ("The breakdown of where the missiles went, whose figures are those?": a thing named first, then the
  // question of it after its comma; a question word inside the thing's words asks nothing.)
  const topic = topicOpening(folded);
  if (topic) return intentIn(folded.slice(topic[0].length));
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
  // (So does "what time" opening it: "at what time did Trump post his tweet?" asks when, not the words.)
  // (After its preposition too: "at what time ...", "on which day ...".)
  // (Or closing it, asked where its answer would stand: "Trump posted where?", "he was killed when?".)
  const leadOpens = lead !== null && (lead.index === from || /^(?:at|on|in|by|around|about)\s+$/.test(folded.slice(from, lead.index)) || /^[\s?!.]*$/.test(folded.slice(end)));
  const asks = lead && leadOpens ? (PLACE_TIME_REASON.get(lead[0]) ?? (WHEN_WORD.exec(folded)?.index === lead.index ? 'when' : undefined)) : undefined;
  // ("In Zarif's exact words, what does Iran not seek?", "give Zarif's precise line on war": the words
  // themselves, wherever the question asks for them.)
  if (EXACTLY.some((w) => folded.includes(w)) && EXACT_WORDS.test(folded) && lead?.[0] !== 'who') return 'quote';
  // ("Which figure had the United States killed?": a figure killed or appointed is a person, no number.)
  if (asked.includes('figure') && PERSON_FIGURE.test(asked)) return 'who';
  // ("Did Trump's tweet acknowledge the launch?": what was said, a thing, and a verb of its own after it, asked
  // yes or no: whether it did, not its words.)
  if (SAYING_THING_NOUNS.some((w) => folded.includes(w)) && SAYING_THING_ASKED.test(folded)) return 'yesno';
  for (const [intent, cue, needs] of INTENT_CUES) if ((!needs || needs.some((w) => asked.includes(w))) && cue.test(asked)) return intent === 'quote' && asks !== undefined ? asks : intent;
  // ("Iran fired 22 missiles?", "al-Asad got more missiles than Irbil?": a statement asked, its subject then its
  // verb, with no question word, asks whether it is so.)
  if (!lead && folded.includes('?') && DECLARATIVE_ASKED.test(folded)) return 'yesno';
  return 'what';
}

// A yes-or-no question whose subject is a thing said ("Trump's tweet", "the statement") and whose verb is
// another than saying ("did his tweet claim ...?" asks its words, as "did he claim ...?" does).
// (Its nouns, one of which a question must hold before the pattern is tried: each pattern compiles on first use.)
const SAYING_THING_NOUNS: readonly string[] = ['tweet', 'post', 'statement', 'message', 'speech', 'remarks', 'words', 'announcement', 'address'];
const SAYING_THING_ASKED = /^(?:did|does|do|has|had|was|is|will|would)\s+(?:[a-z-]+(?:'s|\u2019s)|the|his|her|their|its|that|this)\s+(?:(?:first|last|latest|own|early|initial) )?(?:tweet|post|statement|message|speech|remarks|words|announcement|address)\s+(?!(?:say|said|says|tell|told|state|stated|claim|claimed|claims|mention|mentioned|put|read|go|goes|went)\b)(?:[a-z]+ly\s+)?[a-z]{3,}\b(?!\s+(?:on|in|at|before|after)\b)/;

// ("If the revenge turns out a harmless show, how will that look for Tehran?": a verb of seeming after "how"
// asks how it is judged, told by a fact judging it ("humbling"), whatever its words.)
const APPEARING: ReadonlySet<string> = new Set(['look', 'looks', 'seem', 'seems', 'appear', 'appears']);
const HOW_IT_LOOKS = /\bhow (?:will|would|could|might|does|do|did|is|was) [a-z]+ (?:look|seem|appear)\b/;

// "Which ...", "at which ...": a question asking which one.
const WHICH_OPENS = /^\W*(?:(?:at|on|in|by|from|for|to|with|of) )?which\b/;
// A choice among things named: "which of them", "which one of the two", "which of Zarif and Khamenei".
const WHICH_OF_NAMED = /\bwhich (?:one )?of (?:them|the two|these|those|the pair|(?:[a-z'-]+ ){1,4}(?:and|or) )/;

// Whether the data names a thing other than a person or a group by a name ending in a noun ("Willow Ward").
function thingNamedBy(corpus: Corpus, noun: string): boolean {
  const singular = noun.replace(/s$/, '');
  return [...corpus.nameOwners()].some(([key, owners]) => (key.endsWith(` ${noun}`) || key.endsWith(` ${singular}`)) && owners.some((o) => !['person', 'group'].includes(corpus.entityKind(o) ?? '')));
}

// The noun for a kind of person the words after "which" name: its noun, after an adjective ("which senior
// councillor"), not a thing of theirs ("which councillor's plan").
function personAskedBy(rest: string): string | undefined {
  const m = /^\s+([a-z-]+)(['\u2019])?(?: ([a-z-]+)(['\u2019])?)?/.exec(rest);
  if (!m) return undefined;
  const [, first, firstOwns, second, secondOwns] = m;
  // (One person asked for: a plural, "which officials", asks for a list, which the groups the data names
  // answer.)
  // (Nor a word for a figure, "which figure is higher", no public figure.)
  const person = (w: string | undefined, owns: string | undefined): boolean => w !== undefined && owns === undefined && isPersonNoun(w) && !isAdjective(w) && !pluralNoun(w) && !FIGURE_NOUNS.has(w);
  return person(first, firstOwns) ? first : firstOwns === undefined && isAdjective(first!) && person(second, secondOwns) ? second : undefined;
}

// The words of HOW_FAR and those saying a distance is asked ("how far away"; not "deep", "wide", which
// the fact tells beside its figure: "three metres deep").
const DISTANCE_ASKING: ReadonlySet<string> = new Set(['far', 'distance', 'away']);

// "More than 100", "fewer than ten": a figure bounded.
const BOUND_ASKED = /\b(?:more|fewer|less|greater|larger|higher|lower|bigger|smaller) than (?:about |around |some )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|a thousand)/;

// A word of harm before "from", which then gives its cause, not an origin.
const HARMED_BY = '(?<!\\b(?:die|died|dies|dying|dead|deaths?|killed|hurt|injured|injuries|wounded|harmed|suffered|casualties|toll|tally)\\s)';

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

// Whether a (folded) phrase names an entity only as an owner ("what had Trump's opponents said?"), by none of
// its names on its own.
function ownerOnlyIn(corpus: Corpus, entity: string, phrase: string): boolean {
  return ownerIn(corpus, entity, phrase) && !namesOf(corpus, entity).some((n) => new RegExp(`\\b${words(n).map(escapeRegExp).join('\\W+')}\\b(?!['\u2019])`).test(phrase));
}

// The thing a question weighs a figure of after "than" ("more than twenty missiles": missiles), if one; not a
// ratio ("three times").
function thingWeighed(folded: string): string | undefined {
  const said = words(folded);
  const at = said.indexOf('than');
  return at >= 0 && said[at + 1] !== undefined && isDigits(stem(said[at + 1]!)) && said[at + 2] !== 'times' ? said[at + 2] : undefined;
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

// Words opening a phrase before a question that is no thing named: a preposition, a condition, a clause.
const NOT_A_TOPIC = /^\W*(?:in|on|at|for|from|by|to|with|without|according|as|under|after|before|during|since|despite|apart|aside|besides|beyond|other|except|if|unless|once|while|whilst|though|although|because|assuming|suppose|supposing|given|so|and|but|or|now|then|ok|okay|well)\b/;
// "The numbers for where the missiles went, who gave them?": a thing named first, and a question ending in a
// word standing for it, is the question asking of the thing ("who gave the numbers for where ...?").
function topicTakenIn(folded: string): string {
  const topic = topicOpening(folded);
  if (topic === null) return folded;
  const asked = folded.slice(topic[0].length);
  const standing = STANDS_FOR_TOPIC.exec(asked);
  return standing === null ? folded : `${asked.slice(0, standing.index)} ${topic[0].replace(/[,;:]\s*$/, '').trim()}${asked.slice(standing.index + standing[0].length)}`;
}
// A pronoun closing a question, standing for the thing named before it.
const STANDS_FOR_TOPIC = /\s(?:them|those|these|that|this|it)(?=\s*[?.!]*\s*$)/;
// The words naming a thing before the question asked of it, to the comma before its question word; not a phrase
// saying how or in what respect it asks ("in Zarif's exact words, what ...?"), nor a question word's own clause.
function topicOpening(folded: string): RegExpExecArray | null {
  return LEAD_WH.test(leadingWord(folded)) || NOT_A_TOPIC.test(folded) ? null : TOPIC_FIRST.exec(folded);
}
const TOPIC_FIRST = /^[^,;:?]+[,;:]\s*(?=(?:what|which|who|whom|whose|where|when|why|how)\b)/;

// "Need to", as "have to": what had to be, no need the article must tell.
const NEED_TO = /\b(need|needs|needed) to\b/;

// The end of a clause that sets a scene before the question proper.
const SCENE_END = /[,;:]\s*$/;

// "The vote tally", "the seat count": the word before a noun of counting, what is counted.
const TALLIED = /\b([a-z]+) (?:tally|tallies|count|counts)\b/;
// Words before "tally" or "count" that say which one, not what is counted ("the final tally").
const TALLY_QUALIFIERS: ReadonlySet<string> = new Set(['final', 'official', 'overall', 'total', 'latest', 'current', 'full', 'first', 'last', 'early', 'initial', 'provisional', 'body', 'head']);
// The words naming what "how many" counts: the names before it and the first other content word ("how
// many Iranian sites" counts sites, of Iran; "how many Iraqi soldiers" may be counted as Iraqi personnel),
// comparison words skipped ("how many more missiles"). The thing itself is the last.
// Verbs of handing over a sum, whose subject is the one paying: "how much did the town council lend?" (not
// the thing priced: "how much did the rescue cost?", "how much is an adult ticket?").
const PAYING_VERBS: ReadonlySet<string> = new Set(['pay', 'give', 'lend', 'loan', 'spend', 'contribute', 'donate', 'invest', 'raise', 'offer', 'put', 'provide', 'grant', 'award', 'owe', 'charge', 'aside', 'earmark', 'allocate', 'pledge', 'commit']);
// Verbs right after "how much" that ask a sum of the one after them: "how much is the council paying?".
const MUCH_VERB_FIRST: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'does', 'do', 'did', 'has', 'have', 'had', 'can', 'could', 'should', 'might', 'must']);

// "How much ...": an amount asked.
const HOW_MUCH = /\bhow much\b/;
// Verbs after a thing priced: "how much will an adult ticket cost?".
const PRICING_AFTER: ReadonlySet<string> = new Set(['cost', 'costs', 'costing', 'be', 'come', 'run']);

function countedAfter(folded: string, cue: RegExp, held: (w: string) => boolean = () => false): string[] {
  const m = cue.exec(folded);
  if (!m) return [];
  const out: string[] = [];
  const after = words(folded.slice(m.index + m[0].length));
  // ("How much is the council paying out of its own budget?": a sum, its payer after the verb; nothing
  // counted is named. Not a thing priced, "how much did the rescue cost?".)
  if (/\bmuch\b/.test(m[0]) && MUCH_VERB_FIRST.has(after[0] ?? '') && after.some((w) => [w, ...baseForms(w)].some((b) => PAYING_VERBS.has(b)))) return [];
  for (const [i, w] of after.entries()) {
    // ("How many went to each base?": what each place got is counted, and the place is no unit.)
    if (!out.length && EACH_WORDS.has(w)) return [];
    // ("Of all the missiles, how many went toward al-Asad?": a verb right after the cue, and the thing
    // counted is named elsewhere, not after it.)
    if (i === 0 && COUNTED_VERB.has(w)) return [];
    // ("How many did Iran fire?", "how many did the smaller base get?": an auxiliary right after "how many"
    // puts a subject next, the one doing or getting; the thing counted is left unsaid. Not "how much did
    // the rescue cost?", whose subject is the thing priced.)
    if (i === 0 && /\bmany\b/.test(m[0]) && SUBJECT_AUXILIARIES.has(w)) return [];
    // ("How many times more missiles ...?": a ratio asked; the thing counted comes after. Not "how many times
    // did they ask?", which counts the times.)
    if (i === 0 && w === 'times' && (MORE_WORDS.has(after[1] ?? '') || LESS_WORDS.has(after[1] ?? '') || after[1] === 'as')) continue;
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
    // (A slip of a word the data holds is that word, no name: "how many fire engins".)
    if (!out.length && next !== undefined && (DETERMINERS.has(next) || (!STOP_WORDS.has(next) && (isName(next) || (!isEnglishWord(next) && !held(next))) && isEnglishWord(w)))) return [];
    // ("How much is the new pitch fee?": an adjective before the noun says which; the noun is what is counted.)
    // (Asked what it is: "how much will a monthly pass cost?" counts what the pass costs, as "monthly" says.)
    if (!out.length && next !== undefined && /\bmuch\b/.test(m[0]) && /^(?:is|was|are|were)$/.test(after[0] ?? '') && !STOP_WORDS.has(next) && isEnglishWord(next) && isAdjective(w)) continue;
    out.push(w);
    if (isName(w)) continue;
    // ("How much will an adult ticket cost?": a word before the noun priced says which; the noun before the
    // verb of pricing is what is counted.)
    const head = after[i + 1];
    if (/\bmuch\b/.test(m[0]) && head !== undefined && !STOP_WORDS.has(head) && isEnglishWord(head) && PRICING_AFTER.has(after[i + 2] ?? '')) {
      out[out.length - 1] = head;
      break;
    }
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

/** The entity a question's words for a doer name ("the US", "Iran's"), if any. */
export function doerNamed(corpus: Corpus, phrase: string | undefined): string | undefined {
  return phrase === undefined ? undefined : corpus.entityNamed(phrase.trim().replace(/['\u2019]s$/, ''));
}

// "How did Iran respond (hit back, retaliate)?" asks for a deed too, as "what did Iran do?" does.
const RESPONDED: readonly string[] = ['respond', 'react', 'retaliat', 'repl', 'answer', 'back', 'aveng', 'revenge'];
const HOW_RESPONDED = /\bhow (?:did|does|do|has|have|had) (?:the )?([a-z' -]{2,40}?) (?:respond|react|retaliate|reply|answer|hit back|strike back|fight back|avenge|get revenge|take revenge)\b/;

// "What will the US do next?", "what's Iran going to do": the entity whose deed to come is asked for.
// (After a scene set apart by a comma: "now that the missiles have been fired, what is Iran expected to do?")
function futureDoerAsked(corpus: Corpus, folded: string): string | undefined {
  const comma = folded.indexOf(', what ');
  const m = FUTURE_DEED_ASKED.exec(comma > 0 ? folded.slice(comma + 2) : folded);
  return doerNamed(corpus, m?.[1] ?? m?.[2] ?? PLANS_ASKED.exec(folded)?.[1]);
}

// The word for a death whose doer a question asks ("who was responsible for Soleimani's death", "who was
// behind the killing"), if it asks that: the head of the thing done, a verb's -ing opening it ("killing
// Soleimani"), else its last word. (Other deeds, "who was behind the strikes", are left to the words.)
function blamedDeath(folded: string): string | undefined {
  const phrase = RESPONSIBLE_FOR.exec(folded)?.[1]?.split(' ');
  const head = phrase === undefined ? undefined : phrase[0]!.endsWith('ing') ? phrase[0] : phrase.at(-1);
  return head !== undefined && DEATH_NOUNS.has(head) ? head : undefined;
}

function deedAsked(folded: string, terms: readonly QueryTerm[], isNamed: (w: string) => boolean): QueryTerm | undefined {
  // "Who was responsible for Soleimani's death?", "who was behind the killing?": the death, read as
  // "killed" (who is responsible for one killed).
  const named = blamedDeath(folded) === undefined ? undefined : terms.find((t) => t.word === 'killed');
  if (named) return named;
  // ("Who should lead the push?", "who did Khamenei say should lead it?": the deed after a modal, or after
  // a saying that someone should do it.)
  const m = /^who (?!(?:is|was|are|were|'s|has|have|had)\b)([a-z]+)\b/.exec(folded);
  const modal = m && WHO_AUXILIARIES.has(m[1]!) ? MODAL_DEED.exec(folded) : null;
  // ("Who is investigating the breach?": a deed going on, its verb's -ing after a form of "be".)
  const going = m ? null : /^who(?:'s| is| are| was| were) ([a-z]{3,}ing)\b/.exec(folded);
  const verb = modal ? modal[1] : (m?.[1] ?? going?.[1]);
  // ("Who might Iran accuse?": a name after the modal is its subject, and "who" whom the deed is done to.)
  if (modal && isNamed(verb!)) return undefined;
  if (verb === undefined || SAYING_VERBS.test(verb)) return undefined;
  // (A phrasal verb, "who took over from Soleimani?", is read whole, "take over", its verb a stop word or not.
  // Not one putting out words, "who put out the 'so far, so good' message?": whoever said them did.)
  const saying = folded.search(QUOTED_SPAN) >= 0 || words(folded).some((w) => SAYING_NOUNS.has(w) || SAID_FORMS.has(w));
  const phrasal = saying ? undefined : terms.find((t) => t.phrasal === true && [verb, ...baseForms(verb)].includes(t.word.split(' ')[0]!));
  return phrasal ?? (STOP_WORDS.has(verb) ? undefined : terms.find((t) => t.word === verb));
}

// "When did the harbour wall collapse?", "when was the wall built?": the deed whose time is asked, the verb
// closing the question after its subject (a verb's past after a form of "be" or "have"). Not one that only
// says a thing took place ("when did the attack happen?"), whose time any telling of the thing gives.
// (Not a noun closing the question, its object: "when will the president address the nation?", "when did
// Iran fire missiles?" - after a determiner, or a plural.)
const WHEN_DEED = /^when (did|does|do|will|would|could|can|should|is|was|are|were|has|have|had) ((?:[a-z'-]+ ){1,4})([a-z]{3,})$/;
const HAPPENING_VERBS: ReadonlySet<string> = new Set(['happen', 'happened', 'occur', 'occurred', 'place', 'begin', 'begun', 'start', 'started', 'end', 'ended', 'finish', 'finished', 'due', 'over', 'done']);
function whenDeedAsked(folded: string, terms: readonly QueryTerm[], isNamed: (w: string) => boolean): QueryTerm | undefined {
  const m = WHEN_DEED.exec(folded.replace(/[?!.\s]+$/, ''));
  if (m === null) return undefined;
  const [aux, before, verb] = [m[1]!, m[2]!.trim().split(' '), m[3]!];
  if (DETERMINERS.has(before.at(-1)!) || pluralNoun(verb)) return undefined;
  if (STOP_WORDS.has(verb) || HAPPENING_VERBS.has(verb) || TIME_WORDS.has(verb) || isNamed(verb)) return undefined;
  // (After "be" or "have" only a verb's past: "when was the wall built?", not "when is the vote due?".)
  if (/^(?:is|was|are|were|has|have|had)$/.test(aux) && !baseForms(verb).some((b) => b !== verb)) return undefined;
  return terms.find((t) => t.word === verb);
}

// "Per pupil", "per head", "per night": what a figure asked is each one's ("per cent" is a share).
const RATE_ASKED = /\bper (?!cent\b)([a-z]{3,})\b/;
function rateAsked(folded: string, terms: readonly QueryTerm[]): QueryTerm | undefined {
  const word = RATE_ASKED.exec(folded)?.[1];
  return word === undefined || STOP_WORDS.has(word) ? undefined : (terms.find((t) => t.word === word) ?? { word, stem: stem(word) });
}

// "As many missiles as", "as hard as", "as big as": two things asked to be alike.
const WHICH_IS_THE_COMPARED = /^which (?:is|was|are|were)(?: not|n.t)? the ([a-z]+er|(?:more|less) [a-z]+) ([a-z]+)\b/;
const WHICH_OTHER_IS_THE_COMPARED = /^which (?:(?!(?:is|was|are|were)\b)[a-z'-]+ ){1,3}?(?:is|was|are|were)(?: not|n.t)? the ([a-z]+er|(?:more|less) [a-z]+) ([a-z]+)\b/;
const LASTING_WORDS = new Set(['long', 'last', 'lasted', 'lasts', 'lasting']);
export const AS_MUCH_AS = /\bas (?:many|much|hard|heavily|badly|often|big|large|small|strong|powerful)\b(?: [a-z]+){0,2}? as\b/;

// "Is it up to Iran?", "is it Iran's move?", "is the ball in Iran's court?", "does Iran get to decide?".
// ("Is it Trumps move now?": a possessive with its apostrophe left out ends the question, or nearly; "could
// things turn more violent" is no one's turn.)
const BECOMING_VERBS: ReadonlySet<string> = new Set(['turn', 'turns', 'turned', 'turning', 'get', 'gets', 'got', 'getting', 'grow', 'grows', 'grew', 'growing', 'become', 'becomes', 'became', 'becoming']);
// A span of time a question sets its deed in: "during the closure", "throughout the works".
const DURING_SPAN = /\b(?:during|throughout) (?:the |its |their |this |that )?((?:[a-z-]+ ){0,1}[a-z-]+)\W*$/;

// (Not a verb's "up to": "standing up to Tehran", "adds up to", "the run-up to".)
const DECIDER_WHETHER = /(?<!\b(?:stand|stands|standing|stood|face|faces|facing|faced|live|lives|living|lived|measure|measures|measuring|measured|own|owns|owning|owned|add|adds|adding|added|lead|leads|leading|build|builds|building|built|run|runs|running|ran|catch|catches|catching|caught|sign|signs|signing|signed|open|opens|opening|opened|square|squares|squaring|squared|shape|shaping|shaped)[ -])up to\b|\bon (?:[a-z]+ ){1,2}to (?:decide|choose)\b|\bonus (?:is )?on\b|'s (?:move|call|decision|choice|turn)\b|s (?:move|call|decision|choice|turn)\b(?=\s*(?:$|[?,.!]|now\b|next\b|here\b))|\bin [a-z]+(?:'s|s)? court\b|\b(?:get|gets|has|have) to decide\b|\b(?:the one|who) (?:has to |must |gets to |will )?decides?\b|\bmust decide\b/;

// "More or fewer", "bigger or smaller": a comparison asked either way.
export const MORE_OR_LESS = /\b(?:more|fewer|less|bigger|smaller|larger|greater) or (?:more|fewer|less|bigger|smaller|larger|greater)\b/;

// "Where did most of the missiles go?", "where ... the bulk of them": the place with the larger part of a whole.
// (Or asked last: "most of the missiles went where?")
const MOST_OF = /\bwhere\b.*\b(?:most|bulk|majority|brunt|lion's share|fewest|least)\b(?!.*\bfrom\b)|\b(?:most|bulk|majority|brunt|lion's share|fewest|least)\b(?!.*\bfrom\b).*\bwhere\W*$/;

// Words after "who" that only say how sure the deed is, or open a saying of it ("who did X say should ...").
const WHO_AUXILIARIES: ReadonlySet<string> = new Set(['should', 'would', 'will', 'could', 'might', 'must', 'did', 'does', 'do']);
const MODAL_DEED = /^who (?:(?:did|does|do) .{1,40}? (?:say|said|think|thought|suggest|suggested|want|wanted|expect|expected|hint|hinted) )?(?:should|would|will|could|might|must|ought to|is to|was to|is going to) ([a-z]+)\b/;
export const SAYING_VERBS = /^(?:call|describ|argu|label|term|brand|characteri|dub|insist|suggest|hint|note|stress|admit|claim|warn|predict|tweet|post|writ|wrote|announc|declar|stat|report|confirm|deni|said|say|told|tell)/;

// Words before "of" in "which X of Y" that ask no kind of thing: a part of a place, one of several.
const PART_WORDS: ReadonlySet<string> = new Set([...PLACE_PARTS, 'parts', 'side', 'end', 'half', 'one', 'ones', 'kind', 'type', 'sort', 'of']);

// The words asking a thing's size as its count ("the overall size of the salvo"): the answer's form.
const SIZE_WORDS: ReadonlySet<string> = new Set(['size', 'big', 'overall', 'total', 'full', 'combined', 'exact', 'actual']);
// The words asking a count as a share of its whole ("what percentage"): the answer's form, not its matter.
const SHARE_WORDS: ReadonlySet<string> = new Set(['percentage', 'percent', 'share', 'proportion', 'fraction']);

// The whole a count asks a part of ("how many of the 22 missiles", "how many of the twenty-two", "what share
// of the 22 missiles"), if one.
function partAsked(folded: string): number | undefined {
  const m = /\b(?:how many|percentage|percent|share|proportion|fraction) of (?:the |those |these |its |their |all |[a-z]+(?:'|\u2019)s )?([a-z0-9]+(?:[ -][a-z]+)?)/.exec(folded);
  if (!m) return undefined;
  // (Number words joined as a query joins them: "twenty-two" is 22.)
  const n = queryWords(m[1]!.replace('-', ' '))[0]?.stem;
  return n !== undefined && isDigits(n) ? Number(n) : undefined;
}

// "At the two bases", "both sites", "the bases": every place of a kind the article tells of, together.
// (Not those of one place named after them: "the bases at Irbil" are Irbil's.)
const ALL_PLACES = /\b(?:(?:at|on|against|to|toward|towards|into|in) )?(?:the two|both(?: the)?|both of the|all(?: the)?|the) (?:[a-z-]+ ){0,2}?(?:bases|airbases|sites|targets|installations|facilities)\b/;
function allPlacesAsked(corpus: Corpus, folded: string): boolean {
  const m = ALL_PLACES.exec(folded);
  if (m === null) return false;
  const after = words(folded.slice(m.index + m[0].length));
  if (after[0] !== 'in' && after[0] !== 'at') return true;
  const named = [4, 3, 2, 1].map((n) => corpus.entityNamed(after.slice(1, 1 + n).join(' '))).find((e) => e !== undefined);
  return named === undefined || corpus.entityKind(named) !== 'place';
}

// The things a count asks a part of, after their figure: "how many of Trump's 52 targets".
const PART_OF_COUNTED = /\bhow many of (?:the |those |these |its |their |all |[a-z]+(?:'|\u2019)s )?(?:[0-9]+|[a-z]+-[a-z]+) ([a-z]+)\b/;

// What a total adds up, when no word after "how many" or "number of" says: the first plural noun of the
// question that no figure goes before ("the missiles", not "the two bases").
function addedUp(folded: string): string[] {
  const list = words(folded);
  const at = list.findIndex((w, i) => pluralNoun(w) && !isDigits(list[i - 1] ?? '') && numberWord(list[i - 1] ?? '') === undefined);
  return at < 0 ? [] : [list[at]!];
}

/** Whether a folded text says a phrase right after a pattern's words ("from" - "from the Irbil base"), "the" allowed between. */
export function wordsAfter(folded: string, before: string, phrase: string): boolean {
  return new RegExp(`${before}\\s+(?:the\\s+)?${words(phrase).join('\\W+')}\\b`).test(folded);
}

/**
 * Whether a word is a noun's plural ("bases", "soldiers"): in -s, with a base form of its own, and no
 * stop word or verb in -ed or -ing.
 */
export function pluralNoun(word: string): boolean {
  // (Of "y" too: "vacancies", "bodies".)
  return /[^su]s$/.test(word) && !STOP_WORDS.has(word) && baseForms(word).some((b) => `${b}s` === word || `${b}es` === word || (b.endsWith('y') && `${b.slice(0, -1)}ies` === word));
}

/**
 * "What embassy was attacked?", "what country launched the missiles?": "what", a common noun (no name)
 * that is what the question asks about, then a verb (an auxiliary or one in -ed): it asks which.
 * ("What military unit ...": the noun goes on; "what's Iran up to": a name.)
 */
export function whatKind(corpus: Corpus, said: readonly string[], focus: string): boolean {
  const [what, noun, next] = said;
  if (what !== 'what' || noun === undefined || next === undefined || stem(noun) !== focus) return false;
  if (isName(noun) || corpus.entityNamed(noun) !== undefined) return false;
  return VERB_AFTER_KIND.has(next) || (next.endsWith('ed') && baseForms(next).some((b) => b !== next));
}

// Verbs that send or give what is said ("what message is Iran sending", "what warning did he give").
const SENDING_WORDS: ReadonlySet<string> = new Set(['send', 'sends', 'sending', 'sent', 'give', 'gives', 'giving', 'gave', 'given', 'deliver', 'delivers', 'delivering', 'delivered', 'convey', 'conveys', 'conveying', 'conveyed']);
// The verb of "end up".
const END_UP: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'ending', 'end up', 'ends up', 'ended up', 'ending up']);
// A plan's verb, which "to" and a deed after it make a future (see FUTURE_IN_WORDS).
const PLANNING: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning']);

// A common noun right after a place's name, that the data does not match ("the Irbil facility", "the Erbil
// site"): what kind of place it is, said in the reader's words; it weighs as little as an adverb.
function placeKind(corpus: Corpus, list: readonly string[], t: QueryTerm): boolean {
  // (Nor a verb's past form: "when was the Kittiwake built?" asks of its building.)
  if (t.form !== undefined || pastForm(t.word) || mentioned(corpus.index.vocabulary.expand(t)).length) return false;
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
// "A full-on war", "an all-out war", "a full-scale war", "an outright war": how much of a thing, which a
// fact telling of the thing ("a direct war") need not say.
const DEGREE_BEFORE_NOUN = /\b(?:full(?:[- ]on|[- ]scale|[- ]blown)|all[- ]out|outright|total|proper)\s+(?=[a-z])/g;
// "The sitting president", "the incumbent foreign minister": a word saying the post is held now, which a
// fact telling who holds it need not say. (A noun for a person within three words after it: "sitting US
// president".)
const TENURE_WORDS: readonly string[] = ['sitting', 'incumbent', 'serving', 'reigning', 'current', 'present'];
const TENURE_BEFORE_POST = new RegExp(`\\b(${TENURE_WORDS.join('|')})((?:\\s+[a-z-]+){1,3})`, 'g');
// "The Trump mentioned here", "the base named in the article": words pointing at the text, not at what it
// tells. (After a noun, not an auxiliary: "what is mentioned here about X" asks what the text tells.)
const POINTING_WORDS: readonly string[] = ['here', 'above', 'article', 'story', 'piece', 'report', 'text', 'explainer'];
const TEXT_POINTED = /(?<!\b(?:is|was|are|were|be|been|being|not|get|gets|got))\s((?:mentioned|named|cited|referred to|referenced|discussed|described|featured|quoted|talked about)) (?:here|above|in (?:the|this) (?:article|story|piece|report|text|explainer))\b/g;

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

// Words setting two counts against each other ("how do the numbers stack up?"), with FIGURES_WEIGHED.
const WEIGHING_WORDS: ReadonlySet<string> = new Set(['numbers', 'number', 'counts', 'totals', 'compare', 'compared', 'compares', 'comparison', 'stack up', 'stacks up', 'stack', 'stacks']);
// Words saying how a count is made ("add up", "the combined figure"), not what it counts.
export const COUNTING_WORDS: ReadonlySet<string> = new Set(['add up', 'added up', 'adding up', 'add', 'combined', 'overall', 'altogether', 'figure', 'figures', 'sum', 'tally', 'tallies']);

/** Whether a word after "which" is a number ("which two bases", "which 52 sites"): the kind is the word after it. */
export function isCount(word: string): boolean {
  return isDigits(stem(word));
}

// Auxiliaries that may follow the kind of thing "what" asks for ("what embassy was ...").
const VERB_AFTER_KIND: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'did', 'does', 'do', 'will', 'would', 'could', 'can']);

// A word after a kind that is a verb's past ("threatened", "said"), no kind of it: no plural's "-s" nor a
// noun for people ("women"), and a dictionary form of its own.
function pastAfterKind(word: string): boolean {
  return !word.endsWith('s') && !isPersonNoun(word) && baseForms(word).some((b) => b !== word);
}

// A clause granting something, after the question: "even though he doesn't want a war", "despite the threats".
const CONCESSION_AFTER = /\s(?:even though|even if|although|though|despite|in spite of)\s/;
// A question without the clause it grants after itself.
function withoutGranted(text: string): string {
  const granted = CONCESSION_AFTER.exec(text);
  return granted && granted.index > 0 ? text.slice(0, granted.index) : text;
}

// Words asking for a figure for every one of a kind (see EACH_OF).
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'every', 'per']);
// Verbs that may follow "how many" with no thing counted between ("how many went", "how many were fired").
// (Not an auxiliary before a subject: "how many did Iran fire", "how much did the missiles cost".)
const COUNTED_VERB: ReadonlySet<string> = new Set(['went', 'go', 'goes', 'were', 'was', 'got', 'get', 'came', 'come']);
// Auxiliaries a subject follows in a question ("did Iran fire", "will the base get"), not forms of "be".
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'do', 'does', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'may', 'must', 'shall']);

// The English word a slip stands for ("optoins" - "options"): one keeping its consonants; none for a name.
function englishReading(t: QueryTerm): string | undefined {
  return t.name || t.words ? undefined : englishSpellings(t.word).find((r) => r.alike)?.word;
}

// The stem of a word naming a kind of thing, if it is no stop word ("each of them" names none).
function kindOf(word: string | undefined): string | undefined {
  return word === undefined || STOP_WORDS.has(word) ? undefined : stem(word);
}

// Whether a word of the question stands just before or after the name of a person or a place among its
// terms ("Qasem" in "Qasem Soleimani"), or beside another capitalised word that the data knows as such a
// name ("Qasem Suleimani", a slip of one): another way of writing that name, not a name of its own.
function besideName(corpus: Corpus, typedWords: readonly string[], terms: readonly QueryTerm[], t: QueryTerm, knownName: (word: string) => boolean = () => false, titled: (word: string) => boolean = () => false): boolean {
  const i = typedWords.indexOf(t.word);
  if (i < 0) return false;
  if ([typedWords[i - 1], typedWords[i + 1]].some((w) => w !== undefined && w !== t.word && knownName(w))) return true;
  return terms.some((e) => {
    const name = e.stem.startsWith(ENTITY_PREFIX) ? e.stem.slice(ENTITY_PREFIX.length) : undefined;
    const own = e.words?.map((w) => w.word) ?? [];
    const kind = name === undefined ? undefined : corpus.entityKind(name);
    if (!(kind === 'person' || kind === 'place') || !own.length) return false;
    if (typedWords[i + 1] === own[0] || typedWords[i - 1] === own.at(-1)) return true;
    // ("Grand Ayatollah Sayyid Ali Khamenei": a title of words typed as a name, up to the name itself.)
    for (let j = i + 1; j <= i + 3 && titled(typedWords[j]!); j++) if (typedWords[j + 1] === own[0]) return true;
    return false;
  });
}

/**
 * "Did the missiles kill anyone, yes or no?", "..., right?": a question without its closing tag or check,
 * whose words ask nothing (as the folded question is read: see analyse).
 * (The typed casing kept where lower-casing keeps every place: the patterns read it lower-cased.)
 */
export function withoutClosingTag(question: string): string {
  let rest = question.toLowerCase().length === question.length ? question : question.toLowerCase();
  const tag = CLOSING_TAG.exec(rest.toLowerCase());
  if (tag) rest = rest.slice(0, tag.index);
  const check = CLOSING_CHECK.exec(rest.toLowerCase());
  if (check) rest = `${rest.slice(0, check.index)}?`;
  return rest;
}

// Whether a word typed is a slip the question's reading put right as a question word or an auxiliary
// ("waht", "dose"): the question as read no longer has it, and its fix is a function word.
function slipOfQuestionWord(word: string, read: string): boolean {
  // (The cheap tests first: asking the dictionary may read a file.)
  if (read.includes(word)) return false;
  const fixed = questionWordFor(word);
  return fixed !== undefined && STOP_WORDS.has(fixed) && words(read).includes(fixed) && !isEnglishWord(word);
}

// A word of a question (folded) read inside an idiom as the word the idiom means, as its terms read it
// ("what's the upside of ...?" asks about a gain), else the word itself.
function idiomMeaningOf(folded: string, word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const list = words(folded);
  const at = list.indexOf(word);
  for (let start = Math.max(0, at - 3); at >= 0 && start <= at; start++) {
    const idiom = idiomAt(list, start);
    if (idiom !== undefined && start + idiom.length > at) return idiom.means;
  }
  return word;
}

// "What do Iranians eat?", "what did Zarif wear?": a deed of someone's whose object is asked, its verb closing
// the question.
const DEED_OBJECT_ASKED = /^what (?:do|does|did|will|would|can|could|should|might|may) (?:[a-z'-]+ ){1,4}?([a-z]+)\s*$/;
// Verbs of thinking, wanting and saying, whose object a fact of what someone said tells in any words.
const MINDING_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'feel', 'want', 'wish', 'hope', 'fear', 'expect', 'plan', 'intend', 'mean', 'need', 'prefer', 'like', 'know', 'say', 'tell', 'claim', 'suggest', 'propose', 'argue', 'demand', 'reckon', 'consider', 'make', 'get', 'do', 'have', 'see', 'decide', 'choose', 'seek', 'face', 'risk', 'deserve', 'reply', 'respond', 'answer', 'mention', 'reveal', 'admit', 'suspect', 'imagine', 'guess', 'predict', 'promise', 'threaten', 'offer', 'ask', 'request', 'recommend', 'advise', 'urge', 'stand', 'support', 'oppose', 'favour', 'favor']);

// A plural after a word of how many: "any drones", "more drones".
const QUANTIFIED_THINGS = /\b(?:any|more|fewer|some|many|several)\s+([a-z]+s)\b/g;

// "Who does Trump say was hysterical?", "whom did Zarif call ...": who the words are of, a speaker named
// after the auxiliary.
const WHO_SAID_OF = /^(?:who|whom) (?:did|does|do|will|would|could|might|can) (?!(?:say|said|tell|claim|call|describe)\b)[a-z' -]+? (?:say|says|said|claim|claims|claimed|call|calls|called|describe|describes|described)\b/;

// "Which country are the targeted US bases in?": the head of the thing whose place is asked, as a term.
function placedThing(terms: readonly QueryTerm[], folded: string): QueryTerm | undefined {
  const head = PLACED_THING.exec(folded.trim())?.[1]?.split(' ').at(-1);
  return head === undefined ? undefined : terms.find((t) => t.word === head);
}

/** Whether a question's word is a year, not the article's own ("in 2015" of an article of 2020). @internal */
export function otherYear(corpus: Corpus, t: QueryTerm): boolean {
  return YEAR_WORD.test(t.word) && !corpus.dataset.article.date.startsWith(t.word);
}

/** Whether a question's word is a month other than the article's own ("July", of an article dated in May). @internal */
export function otherMonth(corpus: Corpus, t: QueryTerm): boolean {
  const at = MONTHS.indexOf(t.word);
  return at >= 0 && !WORDS_AS_WELL.has(t.word) && Number(corpus.dataset.article.date.slice(5, 7)) !== at + 1;
}
// Months that are common words as well ("may", "march"): no month of the question.
const WORDS_AS_WELL: ReadonlySet<string> = new Set(['may', 'march']);

/** Read a question: its intent, its words, its names, its unit and focus. @internal */
export function analyse(corpus: Corpus, question: string): Analysis {
  const spaced = topicTakenIn(questionWordsFixed(question).replace(/\s+/g, ' '));
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
  // ("How big is the base?": the size of a place is no count of it.)
  const sized = (w: string | undefined): boolean => w !== undefined && KIND_NOUNS.get(w.replace(/s$/, '')) !== 'place' && !PLACE_UNIT_NOUNS.has(w.replace(/s$/, '')) && !entitiesNamedIn(corpus, words(w)).length;
  // ("Which councillor voted against?", "which senior nurse spoke?": a person asked for by a noun for
  // people, as "who" asks; not "which councillor's plan", a thing of theirs, nor "which ward was closed?"
  // where the data's names make the noun a thing's, "Willow Ward".)
  const whichOpens = WHICH_OPENS.exec(folded);
  const peopleNoun = whichOpens ? personAskedBy(folded.slice(whichOpens[0].length)) : undefined;
  const peopleAsked = peopleNoun !== undefined && !thingNamedBy(corpus, peopleNoun) ? peopleNoun : undefined;
  const intentFound = checked && !OPENS_WH.test(folded.trimStart()) ? 'yesno' : placesVersus ? 'count' : intentIn(folded);
  // ("Zarif and Khamenei both spoke - which of them said Iran was done?": a choice among people named asks who.)
  const peopleChosen = intentFound === 'what' && foldedWords.includes('which') && WHICH_OF_NAMED.test(folded) && entitiesNamedIn(corpus, foldedWords).filter((e) => corpus.entityKind(e) === 'person').length > 1;
  const intentRead = intentFound === 'what' && (peopleAsked !== undefined || peopleChosen) ? 'who' : intentFound;
  const sizeOf = intentRead === 'count' && (foldedWords.includes('size') || foldedWords.includes('big')) ? SIZE_ASKED.exec(folded) : null;
  const intent = sizeOf && !sized(sizeOf[1]) ? 'what' : intentRead;
  // (Its words say only that a count is asked: "the overall size of the salvo".)
  const sizeAsked = sizeOf !== null && intent === 'count';
  const said = new Set(foldedWords);
  const nameOf = NAMING_CUE_WORDS.some((w) => said.has(w)) && NAME_OF.test(folded);
  const calledNoun = nameOf ? calledNounOf(folded) : undefined;
  const vocabulary = corpus.index.vocabulary;
  const known = (t: QueryTerm): boolean => mentioned(vocabulary.expand(t)).length > 0;
  // Words asking how, not what, each pattern run once for the question: "what (exact) time were the missiles
  // launched?" (the word asking when is no time to match: "US time"); "when is Trump expected to speak?" (how
  // sure the time is); "what happens if Trump decides to strike back?" (the deed is the condition, not the
  // choosing of it); "what is likely to happen?" (how sure the outcome is).
  // ("Under what circumstances ...?": the noun asking for a condition is no word of the claim.)
  const conditionAsked = CONDITION_ASKED.exec(folded);
  const asking = new Set<string | undefined>([
    ...(intent === 'when' ? [...(WHEN_WORD.exec(folded)?.slice(1) ?? []), WHEN_HEDGE.exec(folded)?.[1]] : intent === 'outcome' ? [CHOSEN_DEED.exec(folded)?.[1], HAPPEN_HEDGE.exec(folded)?.[1]] : []),
    conditionAsked?.[1],
    // ("Why did Iran need to be punished?": needing to, as having to, says only that it had to be.)
    ...(said.has('need') || said.has('needs') || said.has('needed') ? [NEED_TO.exec(folded)?.[1]] : []),
  ]);
  // Words neither in the article nor in the dictionary, and no misspelling of either, are filler
  // ("gonna", "toward", "lol"): they are not what the question is about.
  // The question proper: "ok so" and "honestly," open a reply; they are not what it asks about.
  // ("Who does Trump say was hysterical?": with a speaker after its auxiliary, "who" is whom the words are
  // of, not who said them.)
  const asksWhoSaid = WHO_SAID_WORDS.some((w) => said.has(w)) && WHO_SAID.test(folded) && !WHO_SAID_OF.test(folded);
  // ("Iran's top diplomat", "its highest cleric": a word ranking a post before it says which of a side's
  // people, not what the fact must say; "expected to", "supposed to" how sure, as an adverb does.)
  const ranking = (w: string): boolean => RANK_WORDS.has(w) && new RegExp(`\\b${w} (?!of\\b)[a-z]`).test(folded);
  // ("What big decision does Trump face?": a word weighing the thing after it, which the data never uses,
  // says how much it matters; the thing is what is asked about.)
  // ("Trump seemed pretty chill": nor one saying how much of it, or how it looked.)
  // ("A full-on war", "a full-scale attack": as "a real war" is.)
  const weighs = (w: string): boolean =>
    (((WEIGHT_WORDS.has(w) || DEGREE_WORDS.has(w)) && foldedWords.some((x, i) => x === w && foldedWords[i + 1] !== undefined && !STOP_WORDS.has(foldedWords[i + 1]!))) || (w === 'full' && FULL_DEGREE.test(folded))) && !vocabulary.has(stem(w));
  // (Or closing a yes or no, the thing asked of before it: "is more rain expected?" asks whether more rain
  // is to come, as "is more rain expected to fall?" does.)
  const hedgedBy = (w: string): boolean => EXPECTED_TO.test(w) && (new RegExp(`\\b${w} to\\b`).test(folded) || (intent === 'yesno' && new RegExp(`\\b(?:is|are|was|were) (?:[a-z'-]+ ){1,4}${w}\\W*$`).test(folded)));
  // ("Could things turn more violent?", "will it get worse?": a verb of becoming before a comparison says
  // only that something changes; what it becomes is asked.)
  const becoming = (w: string): boolean => BECOMING_VERBS.has(w) && new RegExp(`\\b${w} (?:even |much |far )?(?:more|less|worse|better|increasingly)\\b`).test(folded);
  // ("What had the US done to Soleimani?", "what does Khamenei want done": "done" is the deed asked for, as
  // "do" is in "what did Iran do", not one a fact must say.)
  const doneAsked = (w: string): boolean => w === 'done' && DONE_ASKED.test(folded);
  // (Run only where a word for the article or its writer is: each pattern costs its compiling.)
  // ("What image does the article use for ...?", "what does the writer liken it to?": its figure of speech.)
  const articleNamed = [...ARTICLE_NOUNS].some((w) => said.has(w));
  const likenedTo = articleNamed && [...said].some((w) => LIKENING_VERBS.has(w)) && LIKENED_TO_ASKED.test(folded);
  const articleWording = articleNamed && (likenedTo || ARTICLE_WORDING.test(folded));
  const likened = likenedTo || (articleWording && [...said].some((w) => LIKENING_NOUNS.has(w)) && LIKENING_NOUN_ASKED.test(folded));
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
  // (Not "this" before an adjective, "how long since it was this dry?": how dry, no story.)
  const storyNamed = said.has('this') ? STORY_NAMED.exec(folded)?.[0].split(' ').at(-1) : undefined;
  const storyWord = storyNamed !== undefined && !isAdjective(storyNamed) ? storyNamed : undefined;
  // (Tried only where there are two figures: each pattern costs its compiling in every run that tries it.)
  const arithmetic = new Set(foldedWords.filter((w) => isDigits(w)).length > 1 ? [...folded.matchAll(ARITHMETIC)].flatMap((m) => [m[1]!, m[2]!]) : []);
  // ("How were the missiles split between the bases?", "where did most of the missiles land?": each place's
  // share, or which got most, asked; read once, for the words and the answer both.)
  const divisionWorded = (intent === 'count' || intent === 'yesno') && DIVISION_ASKED.test(folded);
  const mostOf = intent === 'where' && MOST_OF.test(folded);
  const pushed = intent === 'why' ? pushedOne(corpus, folded, foldedWords) : undefined;
  const pushingNoun = pushed !== undefined ? PUSHING_NOUN.exec(folded)?.[1] : undefined;
  // ("What national asset might push the White House to hit back?": the kind of thing asked for says how it
  // is asked; what pushes is the reason, whatever the article calls it.)
  // (After what it sets aside, opening it: "apart from his prestige, what national asset might ...".)
  const pushingWords = new Set(pushed !== undefined ? words(PUSHING_KIND.exec(folded.replace(OPENING_ASIDE, ''))?.[1] ?? '') : []);
  const effectWorded = effectAsked(folded);
  // ("waht did the iraqi military say": a slip of a question word is the question word, and no word to find.)
  // "Whose killing set off the strikes?": the one killed is asked, not the killer (see VICTIM_ASKED).
  const victimAsked = intent === 'who' && VICTIM_ASKED.test(folded);
  const quoteForm = new Set([...folded.matchAll(QUOTE_FORM)].flatMap((m) => words(m[0])));
  const degree = new Set([...folded.matchAll(DEGREE_BEFORE_NOUN)].flatMap((m) => words(m[0])));
  // (Each pattern run only where one of its words is.)
  const tenure = new Set(TENURE_WORDS.some((w) => said.has(w)) ? [...folded.matchAll(TENURE_BEFORE_POST)].filter((m) => words(m[2]!).some(isPersonNoun)).map((m) => m[1]!) : []);
  const pointing = new Set(POINTING_WORDS.some((w) => said.has(w)) ? [...folded.matchAll(TEXT_POINTED)].flatMap((m) => words(m[1]!)) : []);
  // (Its pattern run only where one of its words is: its first use in a run compiles it.)
  const comparisonAsked = intent === 'what' && COMPARING_OPENERS.some((w) => folded.includes(w)) && COMPARISON_ASKED.test(folded);
  const typedAll = termsOf(corpus, withoutClosingTag(withoutOpening(question.trim())), { contentOnly: true, pastForms: true })
    .filter((t) => !slipOfQuestionWord(t.word, spaced))
    .map(nameTyped)
    // ("Who was responsible for Soleimani's death?" asks who killed him.)
    .map((t) => (t.word === death ? { word: 'killed', stem: stem('killed') } : t))
    // ("What is Khamenei's aim?", "what bigger goal does he have?": a noun of wanting, of someone's, asks
    // what they want; the noun stays where the data uses it, a match report's "goal" scored.)
    .flatMap((t) => (WANT_NOUNS.has(t.word) && wantOwner(corpus, question) !== undefined ? (vocabulary.has(t.stem) ? [t, { word: 'want', stem: stem('want') }] : [{ word: 'want', stem: stem('want') }]) : [t]))
    // ("Any appetite for a war?", "no stomach for a fight": a noun of wanting before "for" is wanting it;
    // "the link between the strikes and his death" asks how the two are tied, a fact naming both, no link.)
    .flatMap((t) => (WANTING_FOR.has(t.word) && new RegExp(`\\b${t.word} for\\b`).test(folded) ? [{ word: 'want', stem: stem('want') }] : RELATION_NOUNS.has(t.word) && new RegExp(`\\b${t.word} between\\b`).test(folded) ? [] : [t]))
    // ("How does the US military compare with Iran's?": the words of comparing ask how, not what about.)
    .filter((t) => !(comparisonAsked && COMPARING_WORDS.has(t.word.split(' ')[0]!)))
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
    // ("Is the Trump mentioned here the sitting president?": nor words pointing at the text, or saying the
    // post is held now.)
    .filter((t) => !tenure.has(t.word) && !pointing.has(t.word))
    // "What were his exact words?": words about the answer's form are not what it is about.
    // ("What two words were put in quotes?": putting them so is the answer's form too.)
    .filter((t) => (intent !== 'quote' && intent !== 'outcome') || (!ANSWER_FORM_WORDS.has(t.word) && !quoteForm.has(t.word)))
    // ("What two words did Iran use?": nor is the number of them.)
    .filter((t) => intent !== 'quote' || !isDigits(t.stem) || !formCounted.has(t.word))
    .filter((t) => intent === 'count' || !isDigits(t.stem) || !choicesCounted.has(t.word))
    // "Suppose the US hits back - what does the week look like?": words setting up the supposition and
    // asking what follows are not what it is about.
    .filter((t) => intent !== 'outcome' || !OUTCOME_FORM_WORDS.has(t.word))
    // "What were Trump's opening words?": where in the quote, not what it is about.
    .filter((t) => quotePart === undefined || !QUOTE_PLACE_WORDS.has(t.word))
    // "What term does the writer use for ...?": the article and its using words say whose words, not what about.
    // ("What does the writer liken the revenge to?", "what image does it use for ...?": nor its words for a figure.)
    .filter((t) => !articleWording || (!ARTICLE_NOUNS.has(t.word) && !ANSWER_FORM_WORDS.has(t.word) && !(likened && (LIKENING_NOUNS.has(t.word) || LIKENING_VERBS.has(t.word)))))
    // "Who is the source for the claim that ...?": words for a claim's source ask who made it.
    // ("Who gave the numbers of missiles?": nor the word for the figures given, which a fact gives as figures.)
    .filter((t) => !asksWhoSaid || (!SOURCE_WORDS.has(t.word) && !FIGURES_NOUN.test(t.word)))
    // "What stance has Zarif taken on war?": the words asking for a view are not what it is about.
    .filter((t) => !view || (t.word !== view && !VIEW_VERBS.has(t.word.split(' ')[0]!)))
    // ("Which is further west, al-Asad or Irbil?": "further" says how the places are weighed, no "further
    // attacks".)
    .filter((t) => !FURTHER.has(t.word) || !DIRECTION_COMPARED.test(folded))
    // ("How far is the library from Eastfield?": the words asking a distance, which a figure in miles gives.)
    .filter((t) => !DISTANCE_ASKING.has(t.word) || !HOW_FAR.test(folded))
    // ("What did Soleimani's killing lead to?": nor those asking what followed.)
    .filter((t) => !EFFECT_WORDS.has(t.word) || !effectWorded)
    // "What prompted the launches?": the words asking why are not what it is about. (Nor in "whose death
    // prompted the strikes?", which asks the one whose death it was.)
    .filter((t) => (intent !== 'why' && !victimAsked) || !WHY_VERBS.has(t.word))
    // ("What pressures might push Washington to strike back?": nor the noun for what pushes.)
    .filter((t) => t.word !== pushingNoun && !pushingWords.has(t.word))
    // ("Apart from his prestige, ...": the words setting a thing aside, as the thing, are no word of it.)
    .filter((t) => !((t.word === 'apart' || t.word === 'aside') && asideWords.length > 0 && folded.includes(`${t.word} from`)))
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
    // ("Targets vs missiles: how do the numbers stack up?": nor those setting two counts against each other.)
    .filter((t) => intent !== 'count' || !WEIGHING_WORDS.has(t.word) || !FIGURES_WEIGHED.test(folded))
    // "How has Trump's reaction been described?": how the article puts it is asked, not a word it uses.
    // ("What word could Trump use to describe the Democrats?": the same.)
    .filter((t) => !(DESCRIBING_WORD.test(t.word) || t.word === 'sum up' || (t.word === 'sum' && SUMMING_UP.test(folded))) || !(HOW_OPENS.test(folded) || [...said].some((w) => ANSWER_FORM_WORDS.has(w))))
    // "Which part of Iraq is it situated in?": the words asking where are not what it is about.
    .filter((t) => intent !== 'where' || !WHERE_WORDS.has(placingWordFor(t.word) ?? t.word))
    // (Nor the words naming the kind of medium: "which social media platform did Trump use?".)
    .filter((t) => intent !== 'where' || !words(MEDIUM_NOUN_ASKED.exec(folded)?.[0] ?? '').includes(t.word))
    // ("In which part of the country is it?": the country is the place asked about's, no word to find.)
    .filter((t) => intent !== 'where' || t.word !== PART_OF_WHOLE.exec(folded)?.[1])
    // "What is the name of the supreme leader?": the word asking for a name is not what it is about.
    .filter((t) => !nameOf || !NAMING_WORDS.has(t.word))
    // ("What's the name of the guy the US killed?": nor a plain noun for a person, the name's holder, whom the
    // rest of the question says.)
    .filter((t) => !nameOf || !PLAIN_PERSON_NOUNS.has(t.word) || calledNoun !== t.word)
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
    // ("Right after the launch", "right away": "right" only says how soon, no word to find.)
    .filter((t) => t.word !== 'right' || !/\bright (?:after|before|away|now|then|when|as soon|from the start)\b/.test(folded))
    // ("..., according to Zarif?": whose word it is, named by the words after it; "according" asks nothing.)
    .filter((t) => t.word !== 'according' || !said.has('to'))
    // ("Who does the piece hold responsible ...?": the article, where the answer is, is no word to find; not
    // in a question about the article itself, "who wrote this piece?".)
    .filter((t) => !STORY_NOUNS.has(t.word) || ARTICLE_MADE.test(folded) || !new RegExp(`\\b(?:the|this) ${t.word}\\b`).test(folded))
    // ("Had the Democrats previously warned of war?": before then, which the past tense asks already, not a
    // word a fact must hold.)
    .filter((t) => !BEFORE_THEN.has(t.word))
    // ("How much has the appeal raised so far?": until now, which a fact tells by its tense; no distance.)
    .filter((t) => t.word !== 'far' || !/\b(?:so|thus) far\b/.test(folded))
    // ("What does Khamenei want besides military action?": what is set aside is no word to find.)
    .filter((t) => !setAside.has(t.word))
    // ("What is Trump supposed to do?": that he is bound to, asked of a fact laying out his choice (see
    // choiceAsked), not a word to find: "suppose" is "say" to the dictionary.)
    // (Nor "when was it meant to open?": a time planned, which "due to open" tells; "meant" is no word to find.)
    .filter((t) => !OBLIGED_WORDS.has(t.word) || !(OBLIGED_DEED.test(folded) || (/^when\b/.test(folded) && new RegExp(`\\b${t.word} to\\b`).test(folded))))
    // ("Which figure did the US kill?": the noun says only that a person is asked; "figure" is no "image".)
    .filter((t) => t.word !== 'figure' || !PERSON_FIGURE.test(folded));
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
  // (Nor the words of a time clause after it: "what was Soleimani's job before he was killed?" asks his job.)
  const roleClause = typed.some(roleWord) ? ROLE_TIME_CLAUSE.exec(folded) : null;
  const beforeClause = roleClause ? new Set(words(folded.slice(0, roleClause.index))) : undefined;
  const clauseOnly = roleClause ? new Set(words(folded.slice(roleClause.index)).filter((w) => !beforeClause!.has(w))) : new Set<string>();
  const roleRest = typed.some(roleWord) ? typed.filter((t) => !roleWord(t) && !ROLE_VERB.test(t.word) && !ROLE_QUALIFIERS.has(t.word) && !clauseOnly.has(t.word)) : [];
  const landOf = (t: QueryTerm): boolean => ['country', 'place'].includes(corpus.entityKind(entityOf(corpus, t) ?? '') ?? '');
  const holders = roleRest.filter((t) => !landOf(t));
  // (Of a person and a body, the person holds the role asked, in the body: "what job did Soleimani have in
  // Iran's military?"; not where no role is asked, "is it the stated position of the minister that ...?")
  const people = /^(?:what|which)\b/.test(folded) ? holders.filter((t) => corpus.entityKind(entityOf(corpus, t) ?? '') === 'person') : [];
  const roleOf = roleRest.length === 1 ? roleRest[0] : holders.length === 1 && entityOf(corpus, holders[0]!) !== undefined ? holders[0] : people.length === 1 ? people[0] : undefined;
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
    // ("What's a good phone under $300?": after "a", the thing is the last word of the phrase, its noun; so
    // after "which of the": "which of the targeted bases ...?" asks of bases.)
    if (rest[at - 1] === 'a' || rest[at - 1] === 'an' || (rest[at - 1] === 'the' && rest[at - 2] === 'of' && at === 2 && m[0].startsWith('which'))) {
      let end = at;
      while (end + 1 < rest.length && !STOP_WORDS.has(rest[end + 1]!) && !isDigits(rest[end + 1]!) && rest[end + 1] !== view) end++;
      return rest[end];
    }
    // ("What is the estimated cost of the damage?": a participle before the thing asked qualifies it.)
    const next = rest[at + 1];
    if (rest[at - 1] === 'the' && /[a-z]{3}ed$/.test(rest[at]!) && next !== undefined && !STOP_WORDS.has(next) && !isDigits(next) && next !== view && !weighs(next)) return next;
    return rest[at];
  };
  // "How old was Soleimani?" counts years.
  // ("How far apart are the bases?" measures a distance, in whichever unit.)
  const share = intent === 'count' && SHARE_ASKED.test(folded);
  // ("What share of the missiles hit al-Asad?": a count of missiles, told as a share of them all.)
  const sharedOut = share ? SHARE_OF.exec(folded)?.[1] : undefined;
  // ("How much did the shares rise?" asks by how much they changed: it counts no shares.)
  // ("How much will the butcher lose a week?": a person or a body losing or gaining loses a sum, no change
  // of a measure, as shares losing value is.)
  const sumAsked = intent === 'count' ? SUM_ASKED.exec(folded.trim()) : null;
  // (Nor do people raising, paying or spending a sum price themselves: "how much do the volunteers need to
  // raise?" asks the sum raised.)
  const sumOfSomeone =
    sumAsked !== null &&
    ((/^(?:los|gain)/.test(sumAsked[2]!) && (words(sumAsked[1]!).some((w) => isPersonNoun(w)) || entitiesNamedIn(corpus, words(sumAsked[1]!)).some((e) => PEOPLE_KINDS.has(corpus.entityKind(e) ?? '') || corpus.entityKind(e) === 'organization'))) ||
      (/^(?:rais|pa[yi]|spen|earn|ow|sav|offer|bid|buy|bought)/.test(sumAsked[2]!) && words(sumAsked[1]!).some((w) => isPersonNoun(w))));
  const changeAsked = intent === 'count' && !sumOfSomeone && CHANGE_ASKED.test(folded.trim());
  // (Read past a name right after the words asking: "how many Green Future Party MPs" counts MPs. Not a
  // country's or a people's name: "how many Iranians" counts them.)
  const namedThing = terms.filter((t) => t.stem.startsWith(ENTITY_PREFIX) && t.word.includes(' ') && !['country', 'group'].includes(corpus.entityKind(t.stem.slice(ENTITY_PREFIX.length)) ?? ''));
  const unnamed = namedThing.reduce((text, t) => text.replace(new RegExp(`\\b(how many|how much|number of)\\s+(?:the\\s+)?${words(t.word).map(escapeRegExp).join('\\W+')}(?:['\u2019]s?)?\\s+(?=[a-z])`), '$1 '), folded);
  const counted = intent === 'count' && !changeAsked && !sumOfSomeone ? (HOW_OLD.test(folded) ? [AGE_UNIT] : HOW_FAR.test(folded) ? [...DISTANCE_UNITS] : HOW_HEAVY.test(folded) ? [...MASS_UNITS] : share ? [sharedOut ?? 'percent'] : countedAfter(unnamed.replace(SO_FAR, ' '), COUNT_CUE, (w) => !isName(w) && corpus.entityNamed(w) === undefined && vocabulary.has(stem(w)))) : [];
  // "Add up the missiles fired at the two bases - what's the combined figure?": a total of what is added.
  if (intent === 'count' && !counted.length && TOTAL.test(folded)) counted.push(...addedUp(folded));
  // ("What was the vote tally?", "the seat count": the thing tallied is counted. Not a harm's, "body count",
  // which the casualty reports answer.)
  const tallied = intent === 'count' && !counted.length ? TALLIED.exec(folded)?.[1] : undefined;
  if (tallied !== undefined && !STOP_WORDS.has(tallied) && !TALLY_QUALIFIERS.has(tallied) && !HARM_UNIT.test(tallied) && !/^(?:death|casualt|injur|fatalit)/.test(tallied) && !CASUALTY_PEOPLE.has(tallied) && isEnglishWord(tallied)) counted.push(tallied);
  // ("How many of Trump's 52 targets were cultural sites?": a part of so many things counts those things.)
  const partNoun = intent === 'count' && !counted.length ? PART_OF_COUNTED.exec(folded)?.[1] : undefined;
  if (partNoun !== undefined && pluralNoun(partNoun)) counted.push(partNoun);
  // "Which number is bigger: the missiles or the targets?": the first of the things weighed is counted.
  // (Read once: the cue serves this and the difference below.)
  const weighed = intent === 'count' ? FIGURES_WEIGHED.exec(folded) : null;
  // ("Trump's targets vs Iran's missiles: how do the numbers stack up?": "vs" stands between the two, the
  // first before it.)
  if (weighed && !counted.length) {
    const between = /^(?:vs\.?|versus)$/.test(weighed[0]);
    const first = between ? words(folded.slice(0, weighed.index)).filter((w) => !STOP_WORDS.has(w) && pluralNoun(w)).at(-1) : words(folded.slice(weighed.index + weighed[0].length)).find((w) => !STOP_WORDS.has(w) && pluralNoun(w));
    if (first !== undefined) counted.push(first);
  }
  // ("How were the 22 missiles split between the bases?": the whole divided is counted, each place's share;
  // the kind of place it is divided among is no unit.)
  // (Asked yes or no too: "did Iraq give a breakdown of where the missiles landed?")
  // (A yes or no against a bound asks of the figure, not of a whole divided: "will it carry more than 100
  // passengers per sailing?")
  const bounded = intent === 'yesno' && BOUND_ASKED.test(folded);
  const division = ((intent === 'count' && !counted.length) || (intent === 'yesno' && !bounded)) && (divisionWorded || placesVersus) ? DIVIDED_AMONG.exec(folded) : undefined;
  // ("Who reported the breakdown of missiles between the two bases?": a source of each place's share is
  // asked: the thing divided is the plural between the word of dividing and the places ("breakdown of
  // missiles between"), or else the last before that word ("how the missiles were split").)
  const divisionCue = intent === 'who' && asksWhoSaid ? DIVISION_ASKED.exec(folded) : null;
  const sourceOfDivision = divisionCue ? DIVIDED_AMONG.exec(folded) : null;
  const thing = (w: string): boolean => !STOP_WORDS.has(w) && w !== sourceOfDivision?.[1] && pluralNoun(w);
  const dividedThing =
    divisionCue && sourceOfDivision && sourceOfDivision.index > divisionCue.index
      ? (words(folded.slice(divisionCue.index + divisionCue[0].length, sourceOfDivision.index)).find(thing) ?? words(folded.slice(0, divisionCue.index)).filter(thing).at(-1))
      : undefined;
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
  // (Not two choices: "what are the two options?" is told by a fact laying a choice out, which names no two
  // things; a choice laid out, "between ... and", "whether ... or", is of two.)
  const manyAsked = membersCounted && !(CHOICE_WORDS.has(membersCounted[2]!) && stem(membersCounted[1]!) === '2') ? { count: Number(stem(membersCounted[1]!)), noun: membersCounted[2]! } : undefined;
  // ("Which Democratic politician ...?": a person of a group the data names only as a whole, by its word.)
  const memberOf = (w: string, noun: string | undefined): boolean =>
    noun !== undefined && KIND_NOUNS.get(noun) === 'person' && corpus.dataset.entities.some((e) => e.kind === 'group' && [e.name, ...e.aliases].some((n) => words(n).some((x) => x === w || stem(x) === stem(w))));
  const membersAsked = which !== null && WHICH_CUE.test(folded.trim()) && (groupNamed(`${which[1]} ${which[2] ?? ''}`.trim()) || groupNamed(which[1]!) || memberOf(which[1]!, which[2]));
  // ("What did Iran call the operation?" asks about the operation, not Iran.)
  // ("What was the Iranian operation called?" asks what the operation was called: its last word.)
  const calledThing = nameOf ? (CALLED_THING.exec(folded)?.[1] ?? CALLED_PASSIVE.exec(folded)?.[1]?.replace(CALLED_QUALIFIER, '').split(' ').at(-1)) : undefined;
  // ("Which one was the bigger base?" asks as "which was the bigger base?" does.)
  // (And "which site was the bigger base?" asks which base.)
  // ("Which site Iran targeted was the bigger base?": the same, with what was done to it said.)
  // (Not "which base is the larger one?", "which base was the smaller of the two?": those ask which base
  // already.)
  // (Nor "which part of Iraq is the smaller installation in?", which asks where.)
  const otherKind = which !== null && !PLACE_PARTS.includes(which[1]!) ? WHICH_OTHER_IS_THE_COMPARED.exec(folded.trim())?.[2] : undefined;
  const comparedOther = otherKind !== undefined && !STOP_WORDS.has(otherKind) && !/^ones?$/.test(otherKind) ? otherKind : undefined;
  const whichOne = which !== null && (WHICH_VERBS.has(which[1]!) || (/^ones?$/.test(which[1]!) && WHICH_VERBS.has(which[2] ?? '')) || comparedOther !== undefined) && /^which\b/.test(folded.trim());
  // ("Which is the smaller base?" asks which base, as "which base is the smaller?" does.)
  const comparedKind = whichOne ? (comparedOther ?? WHICH_IS_THE_COMPARED.exec(folded.trim())?.[2]) : undefined;
  // (A choice among people named asks none of them: "which of Zarif and Khamenei ..." asks which.)
  const focusWord = unitWord ?? (intent === 'why' || peopleChosen ? undefined : whichOne ? (comparedKind !== undefined && !STOP_WORDS.has(comparedKind) && comparedKind !== 'one' && !FIGURE_NOUNS.has(comparedKind) ? comparedKind : undefined) : (calledThing ?? whichFocus ?? idiomMeaningOf(folded, after(FOCUS_CUE))));
  // ("What military unit did Soleimani command?": the thing asked for, named before the verb. Unknown, it
  // is a thing the article never names only when what is said of it is unknown too: "what wider goal did
  // Khamenei hint at" asks for what he hinted, whatever the reader calls it.)
  const whatKindWord = which || !folded.trimStart().startsWith('what ') ? undefined : WHAT_KIND.exec(folded.trim())?.[1];
  // (A kind noun in the plural too: "which American installations".)
  const kindNoun = (w: string): boolean => KIND_NOUNS.has(w) || KIND_NOUNS.has(w.replace(/s$/, '')) || SIDE_NOUNS.has(w);
  // (Nor a word for what follows, "what outcome had the critics warned of?": what they warned would happen.)
  const kindTerm = whatKindWord !== undefined && !STOP_WORDS.has(whatKindWord) && !ANSWER_FORM_WORDS.has(whatKindWord) && !OUTCOME_FORM_WORDS.has(whatKindWord) && !DEED_FORM_WORDS.has(whatKindWord) && !EFFECT_WORDS.has(whatKindWord) && !ENTITY_KINDS.some((k) => stem(k) === stem(whatKindWord)) && !kindNoun(whatKindWord) ? terms.find((t) => t.word === whatKindWord) : kind && !STOP_WORDS.has(kind) && !ENTITY_KINDS.some((k) => stem(k) === stem(kind)) && !kindNoun(kind) ? terms.find((t) => t.word === kind) : undefined;
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
  // ("How many servers were shut down?" - "forcing officials to shut down 140 servers": a fact holding the
  // phrase itself, its verb in any form right before its particle, tells it.)
  const phrasalTold = (t: QueryTerm): boolean => {
    const particle = t.word.slice(t.word.lastIndexOf(' ') + 1);
    return searchTerms(corpus, [{ word: t.word.split(' ')[0]!, stem: t.stem }], {}, POST_FACTS).some((h) => {
      const told = words(normalise(h.fact.text));
      return told.some((w, i) => told[i + 1] === particle && stem(w) === t.stem);
    });
  };
  // ("How many people live in Iraq?": the verb right after the thing counted, in any form, is what they
  // did; one the data neither has nor relates to is no event it counts.)
  const verbAt = unitWord === undefined ? -1 : countClause.indexOf(unitWord) + 1;
  const verbAfter = verbAt > 0 ? countClause[verbAt] : undefined;
  const uncounted =
    intent === 'count'
      ? terms
          // (A word comparing, "exceed", says how the figures compare, not what happened.)
          // (Nor a word telling that they were told of: "how many bases were cited?"; nor one telling what
          // holds them: "the threat covered how many targets?")
          .filter((t) => !MORE_WORDS.has(t.word) && !LESS_WORDS.has(t.word) && !COUNTING_VERB.test(t.word) && !TELLING_VERB.test(t.word) && !HOLDING_VERB.test(t.word))
          // (Nor does a word of harm, "lost", "died": a casualty report counts what it tells, in its words.)
          .filter((t) => !hintedTypes([t.word]).includes('casualties'))
          // (A verb of sending or putting, "put on", "sent at", "rained down on", says where they went, not
          // what happened to them.)
          .filter((t) => !SENDING_VERBS.has(t.word.split(' ')[0]!))
          // (Nor one saying only that they are at work, "how many helicopters are being used?", "how many
          // troops are deployed?": a count of them is told however the article puts them to work.)
          .filter((t) => ![t.word, ...baseForms(t.word)].some((w) => AT_WORK_VERBS.has(w)))
          // (Nor one saying only that they came, "how many people turned up?": a count of them is told however
          // the article says they came, "arrived", "attended".)
          .filter((t) => ![t.word.split(' ')[0]!, ...baseForms(t.word.split(' ')[0]!)].some((w) => COMING_VERBS.has(w)))
          // (Nor the verb of a change whose size is asked, "by how much will fares go up?": the change is
          // told in any of its verbs, "will rise from £2.00 to £2.40".)
          .filter((t) => !(changeAsked && CHANGE_VERB.test(t.word.split(' ')[0]!)))
          // (Nor the verb pricing a thing: "how much will an adult ticket cost?" asks its price.)
          .filter((t) => !PRICING_AFTER.has(t.word))
          // (Nor a verb of paying a sum asked, "how much is the council spending on lawyers?": the sum is told in
          // any of them, "has set aside £85,000 to pay for barristers".)
          .filter((t) => !(HOW_MUCH.test(folded) && [t.word, ...baseForms(t.word)].some((w) => PAYING_VERBS.has(w))))
          .filter((t) => (t.phrasal ? happened(t) && !phrasalKnown(t) && !phrasalTold(t) : (/(?:ed|ing)$/.test(t.word) || t.word === verbAfter) && !known(t) && baseForms(t.word).length > 0))
          .map((t) => t.word)
      : [];
  // ("How many rescue workers were deployed?": a word before the things counted says which of them.)
  const qualifier = intent === 'count' && verbAt > 1 && countClause.includes('many') ? countClause[verbAt - 2] : undefined;
  // (Not a word comparing them, "how many fewer missiles", nor one of order, "how many other bases".)
  const countQualifier = qualifier === undefined || STOP_WORDS.has(qualifier) || MORE_WORDS.has(qualifier) || LESS_WORDS.has(qualifier) || WHICH_OF_KIND.has(qualifier) ? undefined : terms.find((t) => t.word === qualifier && !isDigits(t.stem) && entityOf(corpus, t) === undefined && t.name !== true);
  // (A word typed with a capital inside the question, "the Revolutionary Guards", is a name too.)
  // (Not a word typed in lower case that is the plural of a common one: "TV stations" are stations, whatever
  // the dictionary capitalises, "the Stations of the Cross".)
  const commonPlural = (w: string): boolean => !capitalised.has(w) && w.endsWith('s') && baseForms(w).some((b) => b !== w);
  // (Not a word typed as part of the name of a person or place the data knows, next to it: "Ain al-Asad",
  // "Mohammad Javad Zarif" are those the data calls al-Asad and Javad Zarif.)
  const partOfName = (t: QueryTerm): boolean => besideName(corpus, typedWords, terms, t, undefined, (w) => capitalised.has(w));
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
  // (Not a time after "by": "fledge by mid July", "by the end of the year" is when, no means.)
  const byTime = byWhat !== null && byWhat[0].startsWith('by') && TIME_PHRASE.test(byWhat[0]);
  const byWords = byWhat && !byTime ? words(byWhat[1]!).filter((w) => !STOP_WORDS.has(w)) : [];
  const byUnsaid = byWords.some((w) => {
    const t = terms.find((x) => x.word === w);
    return t !== undefined && !known(t) && !isDigits(t.stem);
  }) ? [byWords.join(' ')] : [];
  // ("What's Zarif's age?": a thing of a person's that the data never mentions, in its word or one related
  // to it, is not given, however well the person is known.)
  // (Or how old, asked as a thing of theirs: "what's Zarif's age?".)
  const possessed = intent === 'what' || (intent === 'count' && HOW_OLD.test(folded)) ? POSSESSED_ASKED.exec(folded) : null;
  // (Or a body's: "what is Norvik's debt?")
  const possessedTerm = possessed && ['person', 'organization', 'group'].includes(corpus.entityKind(corpus.entityNamed(possessed[1]!) ?? '') ?? '') ? terms.find((t) => t.word === possessed[2]) : undefined;
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
  // ("How many died in the 2015 floods?": a year the data never gives, and not the article's own, is
  // another time than the one it tells of.)
  const yearUnsaid = terms.filter((t) => otherYear(corpus, t) && !known(t)).map((t) => t.word);
  // ("How far is the library from the sea?": the place a distance is from, which the data must hold.)
  const fromUnsaid = intent === 'count' && HOW_FAR.test(folded) ? terms.filter((t) => !known(t) && new RegExp(`\\bfrom\\s+(?:the\\s+)?${escapeRegExp(t.word)}\\b`).test(folded)).map((t) => t.word) : [];
  // ("Did Iran fire any drones?", "more missiles or more drones?": things asked after a word of how many,
  // where the article mentions none of them in any word, are things it does not tell of. Not people, nor a
  // kind of place, nor anyone asked after as harmed: "how many installations" are its bases, and "were any
  // GIs killed?" is answered by a report of no one killed.)
  const quantified = [...folded.matchAll(QUANTIFIED_THINGS)].map((m) => terms.find((t) => t.word === m[1])).filter((t): t is QueryTerm => t !== undefined && !known(t) && !t.name && isEnglishWord(t.word) && ![t.word.slice(0, -1), ...baseForms(t.word)].some((one) => KIND_NOUNS.has(one) || isPersonNoun(one)));
  const quantifiedUnsaid = quantified.length && !hintedTypes(foldedWords).includes('casualties') ? quantified.map((t) => t.word) : [];
  // ("What do Iranians eat?": a deed of someone's, in a verb the data neither has nor relates to, is one the
  // article never tells of, however well it knows them.)
  const deedVerb = intent === 'what' ? DEED_OBJECT_ASKED.exec(folded.replace(/[?!.\s]+$/, ''))?.[1] : undefined;
  const deedTerm = deedVerb === undefined || STOP_WORDS.has(deedVerb) || [deedVerb, ...baseForms(deedVerb)].some((w) => MINDING_VERBS.has(w)) ? undefined : terms.find((t) => t.word === deedVerb);
  const deedUnsaid = deedTerm !== undefined && !known(deedTerm) && !deedTerm.name && isEnglishWord(deedTerm.word) ? [deedTerm.word] : [];
  // ("Which of the 52 targets were cultural sites?": a kind that some of the things named are asked to be,
  // of which the data says nothing in any word, is one it never tells which are.)
  const property = folded.startsWith('which of ') ? WHICH_OF_PROPERTY.exec(folded)?.[1] : undefined;
  const propertyUnsaid = property === undefined || /(?:ed|est|ly)$/.test(property) ? [] : terms.filter((t) => words(property).includes(t.word) && !known(t) && !t.name && isEnglishWord(t.word)).map((t) => t.word);
  const absentNames = [...fromUnsaid, ...quantifiedUnsaid, ...deedUnsaid, ...propertyUnsaid, ...yearUnsaid, ...indefiniteUnsaid, ...possessedUnsaid, ...responderUnsaid, ...byUnsaid, ...(madeBy ? [madeBy] : []), ...terms.filter((t) => !known(t) && ((isName(t.word) && !commonPlural(t.word)) || t.name === true) && !partOfName(t) && !(intent === 'yesno' && WEEKDAY.test(t.word))).map((t) => t.word), ...(postOther ? [] : unsaidPosts), ...(kindTerm && !kindKnown(kindTerm) && !CHOICE_WORDS.has(kindTerm.word) && (whatKindWord === undefined || terms.some((t) => t !== kindTerm && !kindKnown(t))) ? [kindTerm.word] : []), ...uncounted];
  const unitTerm = unitWord === undefined ? undefined : { word: unitWord, stem: stem(unitWord) };
  // ("How many councillors abstained?" - "two abstentions": people counted by what they did are counted by
  // the noun of the deed, the dictionary's, sharing its verb's first letters.)
  const deedNouns = verbAfter !== undefined && /ed$/.test(verbAfter) && unitWord !== undefined && isPersonNoun(unitWord.replace(/s$/, '')) && !hintedTypes([verbAfter]).includes('casualties') ? relatedWords(verbAfter).filter((w) => w.slice(0, 4) === verbAfter.slice(0, 4) && w !== verbAfter && !/(?:ed|ing)$/.test(w)) : [];
  const units = new Set(
    // ("How many km of walls?" - "2.3 kilometres of flood walls": a unit written short counts as spelt out.)
    [...counted, ...deedNouns].flatMap((asked) => (spelledUnit(asked) === asked ? [asked] : [asked, ...words(spelledUnit(asked)).filter((w) => !STOP_WORDS.has(w))])).flatMap((word) => {
      const t = { word, stem: stem(word) };
      // (Words naming the same thing, not words near it in news text: "pilots" counted are no flights.)
      // (And the more general thing it is a kind of: "how many houses?" is told by "52,000 homes".)
      return [t.stem, ...[...vocabulary.expand(t)].filter(([, q]) => q >= NAMING_QUALITY).map(([st]) => st), ...kindWords(word).map(stem)];
    }),
  );
  const wanted = new Set(terms.flatMap((t) => mentioned(vocabulary.expand(t))));
  // ("When does the inquiry start?": the thing whose time is asked, which a fact of another thing's start,
  // "construction could begin in 2026", does not tell.)
  const timeOfWord = intent === 'when' ? WHEN_SUBJECT.exec(folded.trim())?.[1] : undefined;
  const timeOfTerm = timeOfWord === undefined ? undefined : terms.find((t) => t.word === timeOfWord && !t.name && !t.stem.startsWith(ENTITY_PREFIX));
  const timeOf = timeOfTerm === undefined ? undefined : new Set([timeOfTerm.stem, ...mentioned(vocabulary.expand(timeOfTerm))]);
  // ("Were missiles fired at three bases?": the figure is of the word after it, bases, not missiles.)
  const afterFigure = new Set(foldedWords.flatMap((w, i) => (isDigits(stem(w)) && i + 1 < foldedWords.length && !STOP_WORDS.has(foldedWords[i + 1]!) ? [foldedWords[i + 1]!] : [])));
  const figureUnits = new Set(terms.filter((t) => afterFigure.has(t.word)).flatMap((t) => mentioned(vocabulary.expand(t))));
  // ("Which is Iran more likely to go for, direct attacks or covert action?": a likelihood weighed is no
  // figure weighed.)
  const likelihood = LIKELIHOOD_WEIGHED.test(folded);
  // (Not a word of a name: "when did Lower Ashcombe flood?" weighs nothing.)
  const ofNames = new Set(terms.filter((t) => entityOf(corpus, t) !== undefined).flatMap((t) => words(t.word)));
  const more = !likelihood && all.some((w) => MORE_WORDS.has(w) && !ofNames.has(w));
  const less = !likelihood && all.some((w) => LESS_WORDS.has(w) && !ofNames.has(w));
  // A name alone ("soleimani") asks who or what it is.
  const bare = terms.length === 1 && words(folded).length <= 3 && !LEAD_WH.test(folded) && !YES_OR_NO_QUESTION.test(folded) && entityOf(corpus, terms[0]!) !== undefined;
  const identity = roleAsked ?? IDENTITY.exec(folded)?.[1] ?? (bare ? folded.replace(/\?+$/, '').trim() : undefined);
  // Each cue is run only where it can apply: its first use in a run compiles it.
  // ("Soleimani's age at death?": a few words naming someone's thing, no question word nor verb, ask that thing.)
  const attributeWord = idiomMeaningOf(folded, folded.startsWith('what') ? ATTRIBUTE_CUE.exec(folded)?.[1] : ownedAsked(corpus, folded));
  // "What kind of missiles": "kind", "sort" and "type" ask which kind, which a fact says by qualifying the
  // thing, not by naming a type (see saysWhichKind).
  // (The head of the thing's words: "what sort of public image has Trump ...?" asks a sort of image.)
  const sortMatch = folded.startsWith('what') || folded.startsWith('which') ? SORT_OF.exec(folded) : null;
  // (Where a verb's auxiliary follows it: "what sort of missiles hit al-Asad?" asks a sort of missiles.)
  const sortNext = sortMatch ? /^ ([a-z]+) (?:did|does|do|has|have|had|will|would|could|can|is|was|were|are|should|might|may|must)\b/.exec(folded.slice(sortMatch.index + sortMatch[0].length))?.[1] : undefined;
  const sortWord = sortNext !== undefined && terms.some((t) => t.word === sortNext) ? sortNext : sortMatch?.[1];
  const sortOf = sortWord === undefined ? undefined : terms.find((t) => t.word === sortWord);
  // ("What phrase did ...", "what words": the form of the answer, no attribute of a thing; nor "what outcome
  // did they predict?", what they predicted.)
  // (Not a name: "what does the writer think Tehran will keep doing?" asks what Tehran does, which a fact
  // telling of Iran may say.)
  const attribute = attributeWord === undefined || sortOf !== undefined || STOP_WORDS.has(attributeWord) || (intent === 'why' && REASON_NOUNS.has(attributeWord)) || ANSWER_FORM_WORDS.has(attributeWord) || OUTCOME_FORM_WORDS.has(attributeWord) || EFFECT_WORDS.has(attributeWord) || DIFFERENCE_WORDS.has(attributeWord) || nameOf || roleAsked || share || sizeAsked ? undefined : terms.find((t) => t.word === attributeWord && entityOf(corpus, t) === undefined);
  // ("What did Trump's early post say?": the one whose post, not what kind of post it was.)
  // (With the saying as the cue read it: "Trump's early post say" - "post" taken for the verb.)
  const sayerCue = intent === 'quote' ? SPEAKER_CUE.exec(folded) : null;
  const sayer = sayerCue?.[1] ?? '';
  const saying = sayerCue ? sayerCue[0].slice(sayerCue[0].lastIndexOf(sayer)) : '';
  // (An idiom naming them as the word it means, as the terms read it: "Iran's top guy" - its leader.)
  const sayerWords = words(POSSESSED_SAYING.exec(sayer)?.[1] ?? POSSESSED_SAYING.exec(saying)?.[1] ?? sayer);
  const speakerWords = new Set([...sayerWords, ...idiomsMeant(sayerWords)]);
  const speaker = intent === 'quote' ? terms.filter((t) => words(t.word).every((w) => speakerWords.has(w))) : [];
  // "Which got more", "X or Y", and "did more hit X than Y?".
  // (Not "or" opening a second clause: "is Iran done or are more hits coming?" compares nothing.)
  // ("Where did most of the missiles land?", "the bulk of them": which place got more, as "which" asks.)
  // (So does whether someone said one got more: "did the Iraqi military say al-Asad got more than Irbil?")
  const whetherSaid = intent === 'quote' && YES_OR_NO_QUESTION.test(folded);
  const comparing = (CHOICE_CUE.test(folded) && (/^which\b/.test(folded) || !OR_CLAUSE.test(folded))) || ((intent === 'yesno' || whetherSaid) && THAN.test(folded)) || mostOf;
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
  // (A scene set apart by its punctuation, before the question proper: "having called its measures
  // concluded, what ...?"; not "did Trump freak out when ...".)
  const opening = lead && SCENE_END.test(folded.slice(0, lead.index)) ? new Set(scene) : new Set<string>();
  // "Why did Iran strike this week?": when, in a question that does not ask when, sets the scene too.
  // (Only a question with a word of time, or a figure, runs the time pattern: it takes a millisecond and
  // a half to compile.)
  if (intent !== 'when' && terms.length > 1 && terms.some((t) => TIME_WORDS.has(t.word) || isDigits(t.stem))) {
    const when = new Set(words(TIME_PHRASE.exec(folded)?.[0] ?? '').map(stem));
    for (const t of terms) if (when.has(t.stem)) scene.add(t.stem);
  }
  // (So does a span a deed is asked of: "will timetables change during the closure?".)
  const during = intent !== 'when' && terms.length > 2 ? DURING_SPAN.exec(folded) : null;
  const span = new Set(during ? terms.filter((t) => words(during[1]!).includes(t.word)).map((t) => t.stem) : []);
  for (const st of span) scene.add(st);
  // "Where is Irbil's base compared with al-Asad's western location?": what it is compared with is a
  // reference, as a scene is, and not what is asked about. (Not in a comparison, which weighs both.)
  if (said.has('compared') || said.has('relative') || said.has('opposed')) {
    const reference = REFERENCE.exec(folded);
    if (reference && intent !== 'count' && !compare) {
      const clause = new Set(words(reference[0]).map(stem));
      for (const t of terms) if (words(t.word).every((w) => clause.has(stem(w)))) scene.add(t.stem);
    }
  }
  // ("Whose move is it now that the missiles have landed?": a "now that" clause after the question sets
  // the scene it asks in.)
  const nowThat = folded.indexOf(' now that ');
  if (nowThat > 0 && intent !== 'when') {
    const clause = new Set(words(folded.slice(nowThat)).map(stem));
    for (const t of terms) if (words(t.word).every((w) => clause.has(stem(w)))) scene.add(t.stem);
  }
  // ("Why might Trump feel pushed to strike back even though he doesn't want a war?": what is granted after
  // the question is its scene, not what it asks.)
  const granted = CONCESSION_AFTER.exec(folded);
  if (granted && granted.index > 0 && intent !== 'when' && intent !== 'yesno') {
    const clause = new Set(words(folded.slice(granted.index)).map(stem));
    const before = new Set(words(folded.slice(0, granted.index)).map(stem));
    for (const t of terms) if (words(t.word).every((w) => clause.has(stem(w)) && !before.has(stem(w)))) scene.add(t.stem);
  }
  // "Did Iran say it would defend itself if attacked again?": the condition says when, the rest what is
  // asked. (Not for "what if", whose condition is what it asks about.)
  // ("Did Trump freak out when the missiles hit?": so does a clause saying when, in a yes or no.)
  // (Nor for an outcome asked of a topic besides its condition, "what would Trump be able to claim about the
  // embassy attack if he de-escalates?", which asks of that topic.)
  const condition = intent === 'outcome' && !ABOUT_TOPIC.test(folded) ? null : (CONDITION.exec(folded) ?? (intent === 'yesno' ? (TIME_CLAUSE.exec(folded) ?? (folded.includes('when') ? WHEN_CLAUSE.exec(folded) : null)) : LEADING_TIME_CLAUSE.exec(folded)));
  // (Each word by its base forms too: "came down" is the term "come down".)
  const stemsOf = (text: string): Set<string> => new Set(words(text).flatMap((w) => [stem(w), ...baseForms(w).map(stem)]));
  const conditionStems = condition ? stemsOf(condition[1]!) : new Set<string>();
  const main = stemsOf(condition ? folded.replace(condition[0], ' ') : folded);
  const unconditioned = terms.filter((t) => !conditionStems.has(t.stem) || main.has(t.stem));
  // A question all condition ("what if it is attacked again") keeps its words.
  // (Nor one whose condition opens it and a question word then asks under it: "if Trump backs down, what
  // could he brag about to voters?" is answered by what he could brag of if he did.)
  const underCondition = condition !== null && condition.index === 0 && folded.startsWith('if ') && intent !== 'yesno';
  // (The words asked, not the scene set before them: "having called its measures concluded, what does Iran
  // say it will do if it is attacked again?" asks nothing but under its condition.)
  const kept = condition && unconditioned.filter((t) => !opening.has(t.stem)).length >= 2 && !underCondition ? unconditioned : terms;
  // "Whose call is it now?", "who gets to make the next move?": who decides what happens.
  // ("Is the ball in Iran's court?", "is the decision up to Iran?": whether it is someone's to decide.)
  const decider = (intent === 'who' && DECIDER_ASKED.test(folded)) || (intent === 'yesno' && DECIDER_WHETHER.test(folded));
  // The places the question names, each term's stem to its entity.
  // Whether the question has the term's name right after words `before` match ("the" between them).
  const namedAfter = (before: string, t: QueryTerm): boolean => wordsAfter(folded, before, t.word);
  const namedPlaces = new Map<string, string>();
  for (const t of terms) {
    const name = entityOf(corpus, t);
    // (A country too, where a count is asked in it: "how many jobs will be cut in Mexico?")
    if (name !== undefined && (corpus.entityKind(name) === 'place' || (intent === 'count' && corpus.entityKind(name) === 'country' && namedAfter('\\b(?:in|inside|within|across|throughout)', t)))) namedPlaces.set(t.stem, name);
  }
  // A place the question names as where ("fired at Baghdad", "hit Irbil"), not as who ("did Tehran launch").
  // (Or as the owner of a share, whatever comes before it: "what was Irbil's share of the missiles?".)
  const shareOwner = (t: QueryTerm): boolean => new RegExp(`\\b${words(t.word).join('\\W+')}(?:['\u2019]s|['\u2019]) (?:percentage|share|proportion|fraction) of\\b`).test(folded);
  const placeOf = (t: QueryTerm): boolean => namedPlaces.has(t.stem) && (!namedAfter(AUXILIARY.source, t) || shareOwner(t));
  // (In a yes-or-no question with no figure, a place where something happened: after "at", "in", "hit"
  // and the like, not one named as a point to compare with, "east or west of Erbil".)
  // (Not "up to" a capital, "standing up to Tehran": its government faced, no place.)
  const placeWhere = (t: QueryTerm): boolean => namedAfter('\\b(?:at|in|on|into|onto|(?<!\\bup )to|hit|hits|struck|strike|strikes|targeted|targeting)', t);
  const yesnoFigure = intent === 'yesno' && kept.some((t) => isDigits(t.stem));
  // (A count asks a number, whatever its word: "what figure did Trump threaten?" asks no public figure.)
  const kindAsked = focusWord !== undefined && intent !== 'count' && (WHICH_CUE.test(folded.trim()) || whatKind(corpus, foldedWords, stem(focusWord)));
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
  // (Not the place a distance is measured from: "how far is the library from Eastfield?" - "about 2.5 miles
  // away", of the library.)
  const distance = intent === 'count' && HOW_FAR.test(folded);
  const origins = (intent === 'count' || intent === 'yesno') && said.has('from') && !distance ? kept.filter((t) => namedAfter(`${HARMED_BY}\\bfrom(?:\\s+(?:inside|within|in))?`, t)).flatMap((t) => entityOf(corpus, t) ?? []).filter((e) => ['place', 'country'].includes(corpus.entityKind(e) ?? '')) : [];
  // ("Iranian sites", "Iraq bases": a country's name or its people's word before a counted kind of place.)
  const countedIn = intent === 'count' && unitWord !== undefined && PLACE_UNIT_NOUNS.has(unitWord.replace(/s$/, '')) ? terms.filter((t) => corpus.entityKind(entityOf(corpus, t) ?? '') === 'country' && new RegExp(`\\b${words(t.word).join('\\W+')}\\s+${unitWord}\\b`).test(folded)).map((t) => entityOf(corpus, t)!) : [];
  const placeNames = [...new Set(places.map((t) => namedPlaces.get(t.stem)!))].sort((x, y) => {
    // In the order asked; one only described ("the big base") keeps its place.
    const [i, j] = [namedAt(folded, corpus, x), namedAt(folded, corpus, y)];
    return i === j ? 0 : i < j ? -1 : 1;
  });
  const namedInQuestion = new Set(terms.map((t) => entityOf(corpus, t)).filter((n): n is string => n !== undefined));
  const partOf = intent === 'count' ? partAsked(folded) : undefined;
  // (Not one an idiom holds: "did Trump keep his cool?" asks whether he stayed calm.)
  const goesOnWord = [...said].some((w) => GOES_ON_WORDS.has(w)) && idiomsMeant(words(folded)).some((w) => GOES_ON_WORDS.has(w));
  const futureDoer = intent === 'what' || intent === 'outcome' ? futureDoerAsked(corpus, folded) : undefined;
  const lengthAsked = HOW_LONG.test(folded.trim());
  const oftenAsked = OFTEN_WORDS.some((w) => folded.includes(w)) && OFTEN_ASKED.test(folded.trim());
  // (Not where a place, a time or someone is asked of one, the other what it is measured against: "where's
  // the Irbil base compared to al-Asad's western location?"; "how does the location of al-Asad differ from
  // the Irbil base?" weighs both.)
  const sides = intent !== 'yesno' && intent !== 'count' && !compare && (['what', 'quote', 'why', 'outcome'].includes(intent) || words(folded).some((w) => WEIGHED_APART.has(w) && !/^compar/.test(w))) ? sidesWeighed(corpus, folded, terms) : undefined;
  return {
    intent,
    folded,
    namedPlaces,
    namedInQuestion,
    firstPerson: firstNamedIn(folded, corpus, [...namedInQuestion].filter((e) => PEOPLE_KINDS.has(corpus.entityKind(e) ?? ''))),
    asked: new Set(words(folded)),
    scene,
    span,
    // (Words alone: a name matched whole, "al asad", is no adverb, and asking would read a lexicon shard.)
    // (A word of reluctance in a why-question says "not", which the reason's own "not" says.)
    // (A share's word and its whole's figure, "what share of the 22 missiles", are told by the whole's fact.)
    // ("What is Iran expected to do next?": "next" says only that the deed is to come, as "will" does.)
    // ("How long did the trial last?": "long" and "last" say only that a length of time is asked; "how old",
    // an age; "expected to", "due to", that what is asked is to come, or was once. Not in a when-question of
    // what is still to come, where the fact giving the time says it: "Trump is scheduled to make remarks".)
    manner: new Set(kept.filter((t) => !t.word.includes(' ') && !t.stem.startsWith(ENTITY_PREFIX) && ((futureDoer !== undefined && t.word === 'next') || (lengthAsked && LASTING_WORDS.has(t.word)) || (t.word === 'old' && HOW_OLD.test(folded)) || (PLAN_ASKED.test(`${t.word} to`) && new RegExp(`\\b${t.word} to\\b`).test(folded) && !/^when (?!(?:was|were|did|had)\b)/.test(folded)) || isAdverb(t.word) || HEDGING.has(t.word) || degree.has(t.word) || ranking(t.word) || weighs(t.word) || hedgedBy(t.word) || becoming(t.word) || doneAsked(t.word) || placeKind(corpus, all, t) || (intent === 'why' && RELUCTANCE.test(t.word)) || (APPEARING.has(t.word) && HOW_IT_LOOKS.test(folded)) || (share && SHARE_WORDS.has(t.word)) || (sizeAsked && SIZE_WORDS.has(t.word)) || (partOf !== undefined && t.stem === String(partOf)))).map((t) => t.stem)),
    // (And "what message is Iran sending?": the noun for what is said, and the verb sending it, ask for the
    // words, which a fact tells by what it says, whatever it calls them. Not so in a yes-or-no question:
    // "did Iraq get advance warning?" asks whether there was one.)
    speech: new Set([
      ...(whoSaid ? kept.filter((t) => WHO_SAID_VERBS.has(t.word) || SOURCE_VERBS.has(t.word) || COUNTING_VERB.test(t.word)) : []),
      ...(intent !== 'yesno' && kept.some((t) => SAYING_NOUNS.has(t.word)) ? kept.filter((t) => SAYING_NOUNS.has(t.word) || SENDING_WORDS.has(t.word)) : []),
      // ("Did Trump claim ...?": a verb of saying asks for words, which a quote gives whatever its verb.)
      ...(intent === 'quote' ? kept.filter((t) => !t.stem.startsWith(ENTITY_PREFIX) && SAYING_VERBS.test(t.word)) : []),
    ].map((t) => t.stem)),
    existential,
    thereIs: said.has('there') ? terms.find((t) => t.word === THERE_IS.exec(folded)?.[1]) : undefined,
    nameOf,
    calledNoun,
    lengthAsked,
    oftenAsked,
    timeOf,
    conditionAsked: conditionAsked !== null,
    dayAsked: intent === 'when' && DAY_ASKED.test(folded),
    // (Asked where its answer would stand, "Trump posted where?", as it is asked opening with it.)
    mediumAsked: intent === 'where' && (MEDIUM_ASKED.test(folded) || MEDIUM_NOUN_ASKED.test(folded) || (/\bwhere\W*$/.test(folded) && MEDIUM_ASKED.test(`where did ${folded.replace(/\s*\bwhere\W*$/, '')}`))),
    within: intent === 'where' ? placeWithin(corpus, folded) : undefined,
    accuracyAsked: ACCURACY_ASKED.test(folded),
    // (Not "before or after", which asks which.)
    afterAsked: AFTER_ASKED.test(folded) && !EITHER_ORDER.test(folded),
    // (Of one side only, where two are weighed: "Trump's threat last week versus his reaction now" asks of
    // the week before on one side, of now on the other.)
    earlierAsked: EARLIER_ASKED.test(folded) && sides === undefined,
    postedAsked: intent === 'quote' && POSTED_ASKED.test(folded),
    spokenAsked: intent === 'quote' && SPOKEN_ASKED.test(folded),
    victimAsked,
    asksWhether: YES_OR_NO_QUESTION.test(folded),
    // Read in the question proper: from its question word on, its "if" clause aside.
    // (Not a "no" that says there is only one way: "why might the US feel it has no choice but to retaliate?")
    // (Nor a negation in what is granted after the question: "why strike back even though he doesn't want a war?".)
    negated: [NEGATION, UNMARKED_NEGATION].some((re) => re.test(withoutGranted(folded.slice(lead?.index ?? 0)).replace(CONDITION, ' ').replace(NO_CHOICE_BUT, ' ').replace(EXTRAPOSED_THAT, '$1').replace(RELATIVE_OF_NOUN, ' '))),
    // ("Why would Trump be reluctant to strike?" asks why he would not.)
    whyNot: intent === 'why' && (RELUCTANCE.test(folded) || WANT_DOUBTED.test(folded) || WHY_NOT.test(folded.replace(SUBORDINATE_CLAUSE, ''))),
    topicOnly: /^what (?:about|regarding|concerning)\b/.test(folded.trim()),
    articleWording,
    likened,
    quotePart,
    decider,
    // A comparison's places are weighed a fact each.
    // So do yes-or-no questions with a figure in them ("were 22 missiles fired at al-Asad?").
    places,
    origins,
    entityKind: kindAsked ? (ENTITY_KINDS.find((k) => k === focusWord) ?? KIND_NOUNS.get(focusWord!)) : undefined,
    // (Not one of two offered by name: "which was the bigger installation, al-Asad or Irbil?" is answered by
    // one the question names.)
    kindNoun: kindAsked && KIND_NOUNS.has(focusWord!) && !(compare !== undefined && [...namedInQuestion].filter((e) => corpus.entityKind(e) === KIND_NOUNS.get(focusWord!)).length >= 2) ? focusWord : undefined,
    placedThing: kindAsked ? placedThing(terms, folded) : undefined,
    kindOwner: kindAsked && which && (kind === which[2] || kind === which[3]) ? corpus.entityNamed(which[1]!) : undefined,
    kindFrom: kindAsked && /\bfrom\b/.test(folded),
    // ("Which two bases": the kind after a number, its instances to be named.)
    // ("Which two words did Khamenei use?" asks for words said, a quote, no things to name.)
    // (Not choices: "which two options" are laid out by a fact, no two things it names.)
    listed: which && isCount(which[1]!) && whichFocus === which[2] && !ANSWER_FORM_WORDS.has(which[2]!) && !CHOICE_WORDS.has(which[2]!) ? which[2] : undefined,
    // ("Which Democratic politicians": the word after the qualifier is the kind, where the focus is the qualifier.)
    // (Not a verb's past after the kind: "which president threatened 52 targets?" asks which president.)
    qualifiedKind: which && whichFocus === which[1] && which[2] !== undefined && !STOP_WORDS.has(which[2]) && !VERB_AFTER_KIND.has(which[2]) && !pastAfterKind(which[2]) ? { qualifier: which[1]!, kind: which[2] } : undefined,
    partOf,
    deed: intent === 'who' && !whoSaid ? deedAsked(folded, kept, (w) => isName(w) || corpus.entityNamed(w) !== undefined) : undefined,
    whenDeed: intent === 'when' ? whenDeedAsked(folded, kept, (w) => isName(w) || corpus.entityNamed(w) !== undefined) : undefined,
    rate: intent === 'count' ? rateAsked(folded, kept) : undefined,
    blamed,
    membersAsked,
    // ("Which two words did Khamenei use?" asks for words, which a quote gives.)
    manyAsked: manyAsked && Number.isInteger(manyAsked.count) && manyAsked.count > 1 && !ANSWER_FORM_WORDS.has(manyAsked.noun) ? manyAsked : undefined,
    // (entityAfter steps over a "the" after the modal itself.)
    describer: doerNamed(corpus, DESCRIBER_ASKED.exec(folded)?.[1]?.replace(/^the /, '')) ?? viewHolder(corpus, folded, viewAsked, namedInQuestion),
    // ("What was Tehran avenging?": the one whose deed's reason is asked, after "what" and its verb.)
    // ("What might push Washington to strike back?", "the pressure on Washington to retaliate": the one pushed.)
    whyOf: intent === 'why' && WHY_MODAL.test(folded) ? entityAfter(corpus, foldedWords, foldedWords.indexOf('why') + 1) : intent === 'why' && AVENGING_ASKED.test(folded) ? entityAfter(corpus, foldedWords, 1) : (pushed ?? (intent === 'why' ? reasonOf(corpus, folded) : undefined)),
    doer: intent === 'what' ? (doerAsked(corpus, folded) ?? (RESPONDED.some((w) => folded.includes(w)) ? doerNamed(corpus, HOW_RESPONDED.exec(folded)?.[1]) : undefined)) : undefined,
    futureDoer,
    wanter: intent === 'what' && folded.startsWith('what ') ? wanterAsked(corpus, folded) : undefined,
    agentOwnerOnly: agent !== undefined && ownerOnlyIn(corpus, agent.entity, folded),
    weighed: intent === 'yesno' ? thingWeighed(folded) : undefined,
    negatedDoer: intent === 'what' && /^what [a-z']+ /.test(folded) ? entityAfter(corpus, foldedWords, 1, 3) : undefined,
    stockAsked: intent === 'count' && (said.has('is') || said.has('are') || said.has('does') || said.has('do')) && STOCK_ASKED.test(folded),
    // (Not a "not" of the supposition: "what are the chances it ends if the US doesn't respond?")
    // (Not a "not" inside a clause saying which ones: "what will runners who didn't finish get?")
    whatNot: intent === 'what' && !compare && WHAT_NOT.test(folded.replace(/\s(?:if|unless|provided)\b.*$/, '').replace(/n['\u2019]t\b/g, ' not').replace(RELATIVE_CLAUSE, ' ')),
    saidNot: intent === 'quote' && SAID_NOT.test(folded.replace(/\s(?:if|unless|provided)\b.*$/, '').replace(/n['\u2019]t\b/g, ' not')),
    // (Named only there: "besides Trump, who spoke about Trump's tweet?" asks of Trump still.)
    setAside: asideNamed,
    asideThings: asideThingWords(asideWords).filter((w) => setAside.has(w) && !STOP_WORDS.has(w) && !asideNamed.some((e) => namesOf(corpus, e).some((n) => words(n).includes(w)))),
    // (Or closing the question: "which country were the bases in?"; or said by a verb of where a thing is:
    // "which country hosts the bases?")
    kindPreposition: kindAsked ? (WHICH_CUE.exec(folded.trim())?.[1] ?? CLOSING_PREPOSITION.exec(folded)?.[1] ?? (LOCATED_VERB.test(folded) ? 'in' : undefined)) : undefined,
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
    countedIn,
    countQualifier,
    muchOf: intent === 'count' && unitWord === undefined ? terms.find((t) => t.word === MUCH_OF.exec(folded)?.[1]) : undefined,
    // (Or of a whole divided: "split between the bases"; where no kind is named, among places of any kind.)
    each: intent === 'count' && !TOTAL.test(folded) && [...EACH_WORDS].some((w) => said.has(w)) ? kindOf(EACH_OF.exec(folded)?.[1]) : division !== undefined ? (kindOf(division?.[1]) ?? ANY_PLACE) : single,
    single,
    divided: division !== undefined,
    dividedThing: dividedThing === undefined ? undefined : stem(dividedThing),
    effectOf: effect ? words(effect[1] ?? effect[2]!).filter((w) => !STOP_WORDS.has(w)).map(stem) : undefined,
    // "More" and "fewer" say how to compare, not what about; nor, asking which, do "the two" things
    // compared and "the smaller one" of them count anything.
    // (Nor do "single" and "same" in "at a single base": they ask whether all went to one.)
    terms: compare || difference ? kept.filter((t) => !MORE_WORDS.has(t.word) && !LESS_WORDS.has(t.word) && !DIFFERENCE_WORDS.has(t.word) && !(intent !== 'yesno' && countsAlternatives(t, folded))) : single !== undefined ? kept.filter((t) => !ONE_OF_KIND_WORDS.has(t.word)) : kept,
    absentNames,
    unit: unitTerm?.stem,
    unitWord: unitTerm?.word,
    // (Its content words, which a fact pricing it must say, and the figure a sum of money: see SUM_ASKED.)
    priced: sumAsked !== null && !sumOfSomeone && !changeAsked ? terms.filter((t) => words(sumAsked[1]!).includes(t.word) && !STOP_WORDS.has(t.word)) : undefined,
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
    comparisonAsked,
    difference,
    thanUnits,
    kindsWeighed: intent === 'yesno' && (compare || difference) && said.has('than') ? kindsWeighed(foldedWords) : undefined,
    // ("How many missiles hit the two bases?", "at both bases": every place of the kind together, a total.)
    // (Not each of them: "how many were fired at each of the bases?" asks each one's figure.)
    total: TOTAL.test(folded) || (intent === 'count' && ![...EACH_WORDS].some((w) => said.has(w)) && allPlacesAsked(corpus, folded)),
    share,
    changeAsked,
    whoSaid,
    reportedFuture: intent === 'quote' && REPORTED_FUTURE.test(folded),
    topic: new Set(SAID_ABOUT_WORDS.some((w) => said.has(w)) ? words(SAID_ABOUT.exec(folded)?.[1] ?? '').filter((w) => !STOP_WORDS.has(w)).map(stem) : []),
    // (Not "still" before a state, "is the bridge still open?", which the state told answers; "is Iran still
    // attacking?" asks whether the deed goes on.)
    goesOnAsked: goesOnWord && !eitherWay && !DIRECTION_COMPARED.test(folded) && asksGoesOn(folded) && !STILL_A_STATE.test(folded),
    goesOnSupposed: goesOnWord && CONDITION.test(folded) && !asksGoesOn(folded.replace(CONDITION, ' ')),
    supposing: supposedTerms(folded, terms),
    aspectAsked: aspect.size > 0,
    ongoingAsked: ((intent === 'yesno' || (intent === 'quote' && YES_OR_NO_QUESTION.test(folded))) && COMPLETION_ASKED.test(folded)) || ((intent === 'what' || intent === 'quote') && ONGOING_ASKED.test(folded)),
    howDone: HOW_DONE.test(folded),
    // (Not a verb of saying, describing or ending: "how did Zarif describe the strikes?", "how did Trump end his
    // tweet?" ask for the words.)
    mannerOf: HOW_DONE.test(folded) && intent !== 'quote' ? mannerAsked(folded, agent) : undefined,
    identity: identity && words(identity).length <= 4 ? identity : undefined,
    peopleAsked: intent === 'who' && intentFound === 'what' ? peopleAsked : undefined,
    roleOf: roleAsked,
    speaker,
    // (Read once here, not for every candidate a check weighs.)
    sayingAfterSpeaker: new Set(speaker.length ? kept.filter((t) => SAYING_VERBS.test(t.word) && speaker.some((sp) => new RegExp(`\\b${escapeRegExp(sp.word)}\\S*(?: \\S+){0,2} ${escapeRegExp(t.word)}\\b`).test(folded))).map((t) => t.stem) : []),
    attribute,
    sortOf,
    agent,
    alternatives,
    courses: intent === 'outcome' || COURSES_DIFFER.test(folded) ? coursesSupposed(corpus, folded, terms) : undefined,
    sayingsCompared: sayingsCompared(corpus, folded, namedInQuestion),
    sides,
  };
}

/** A thing said, then another weighed against it: "Iran promised revenge - how did the strike measure up?" */
export const THAT_WEIGHED = /[.;:!?-]\s*how (?:did|does|do|would|will|could) .*\b(?:compare|stack up|measure up|match up)\b/;
// A likelihood weighed, no figure: "which is Iran more likely to go for?".
const LIKELIHOOD_WEIGHED = /\b(?:more|less|most|least) (?:likely|probable|plausible)\b/;
// A pronoun that may mean one named on the other side of a weighing.
const PRONOUN_OWNER = /\b(?:his|her|its|their|he|she|they)\b/;
// Two named before, then weighed as "they": "how do they stack up?".
const THEY_WEIGHED = /\b(?:how|in what ways?) (?:do|does|did|would) (?:they|the two|these two|those two|both|the two of them) (?:[a-z]+ ){0,2}?(?:compare|stack up|measure up|match up|differ|contrast)\b/;

// Where a question weighs two things apart, the words either side: "X differs from Y", "X versus Y", "X as
// against Y", "X compared with Y", "the difference between X and Y", "how do X and Y differ?".
const SIDES_WEIGHED = [
  /^(.+?)\b(?:differs?|differed|differing|different|contrasts?|contrasted) (?:from|with|to)\b(.+)$/,
  /^(.+?)\b(?:versus|vs|as against|as opposed to|in contrast (?:to|with)|compared (?:with|to)|set against)\b(.+)$/,
  /\b(?:difference|differences|contrast|gap) between\b(.+?)\band\b(.+)$/,
  /^(?:how|in what ways?) (?:do|does|did|would) (.+?)\band\b(.+?)\b(?:differ|compare|contrast)\b/,
  /^(?:contrast|compare) (.+?)\b(?:and|with)\b(.+)$/,
  // ("Iran promised severe revenge - how does that compare with what the strikes did?", "... how did the
  // strike measure up against that?": a thing said, then another weighed against it.)
  /^(.+?)[.;:!?-]+\s*how (?:did|does|do|would|will|could) (?:that|this|it) (?:compare|stack up|measure up|match up) (?:to|with|against)\b(.+)$/,
  /^(.+?)[.;:!?-]+\s*how (?:did|does|do|would|will|could) (.+?) (?:compare|stack up|measure up|match up) (?:to|with|against) (?:that|this|it)\b/,
];
// The stems of the question's words on each side, where each side has a word of its own; where each names
// someone or something, the first it names alone ("what Zarif says Iran is after" is Zarif's side).
// (Asked as a question or bidden: "X vs Y" alone, as typed in a search box, weighs what figures it finds.)
function sidesWeighed(corpus: Corpus, folded: string, terms: readonly QueryTerm[]): [string[], string[]] | undefined {
  // (Or two named and then asked of: "Trump's threat versus his reaction - how do they stack up?")
  if (!/^(?:how|what|whats|which|in what|where|who|whose|contrast|compare)\b/.test(folded.trim()) && !THEY_WEIGHED.test(folded) && !THAT_WEIGHED.test(folded)) return undefined;
  for (const pattern of SIDES_WEIGHED) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const [left, right] = [new Set(words(m[1]!)), new Set(words(m[2]!))];
    const on = (side: ReadonlySet<string>, other: ReadonlySet<string>): QueryTerm[] => terms.filter((t) => !WEIGHED_APART.has(t.word) && words(t.word).every((w) => side.has(w)) && !words(t.word).every((w) => other.has(w)));
    // (One named on a side and meant by a pronoun on the other, "Trump's threat versus his reaction", is of
    // both sides, and tells neither apart.)
    const both = (side: string, t: QueryTerm): boolean => PRONOUN_OWNER.test(side) && entityOf(corpus, t) !== undefined;
    const [one, two] = [on(left, right).filter((t) => !both(m[2]!, t)), on(right, left).filter((t) => !both(m[1]!, t))];
    if (!one.length || !two.length) return undefined;
    const [named1, named2] = [one.find((t) => entityOf(corpus, t) !== undefined), two.find((t) => entityOf(corpus, t) !== undefined)];
    return named1 && named2 && entityOf(corpus, named1) !== entityOf(corpus, named2) ? [[named1.stem], [named2.stem]] : [one.map((t) => t.stem), two.map((t) => t.stem)];
  }
  return undefined;
}

// The stem of the verb of happening, which an article question may hold and a restatement leave out.
const HAPPEN = stem('happen');

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
  // ("What's next?" restates "what happens next?": a verb of happening the question leaves out says nothing
  // of which question it is, where the question has a word of its own.)
  const happening = [...mine].some((w) => stem(w) === HAPPEN) || ![...mine].some((w) => !STOP_WORDS.has(w)) ? undefined : byWord.get(HAPPEN);
  let best: number | null = null;
  for (const [n, common] of candidates) {
    const size = sizes.get(n)! - (happening?.has(n) ? 1 : 0);
    if (common / size >= RESTATES_QUESTION && common / mine.size >= RESTATES_ASKED && (best === null || position.get(n)! < position.get(best)!)) best = n;
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
export const RESTATES_QUESTION = 0.8;
export const RESTATES_ASKED = 0.75;

/** The fact types a word asks for whose reports answer it whatever they say ("toll": a casualty report). */
export function reportsAsked(word: string): Array<Fact['type']> {
  return hintedTypes([word]).filter((type) => VOUCHING_TYPES.has(type));
}

/** The fact types the question's words ask for (TYPE_HINTS: "killed" a casualty report). */
export function hintedTypes(questionWords: readonly string[]): Array<Fact['type']> {
  const hints = (cue: string, w: string): boolean => (cue.endsWith('*') ? w.startsWith(cue.slice(0, -1)) : w === cue);
  // ("What does Tehran now have on video?": what someone has now is what is so, no prediction.)
  const having = questionWords.includes('now') && questionWords.some((w) => HAVING.has(w)) ? questionWords.filter((w) => w !== 'now') : questionWords;
  // ("Will any drivers lose their jobs?": a loss of a thing, not of life, reports no harm.)
  const list = having.filter((w, i) => !(LOSING.has(w) && having.slice(i + 1, i + 4).some((x) => LOST_THINGS.has(x))));
  return TYPE_HINTS.filter(([, cues]) => list.some((w) => cues.some((c) => hints(c, w)))).map(([type]) => type);
}
const HAVING: ReadonlySet<string> = new Set(['have', 'has', 'got', 'own', 'owns', 'possess', 'possesses', 'hold', 'holds']);
const LOSING: ReadonlySet<string> = new Set(['lose', 'loses', 'lost', 'losing']);
// Things lost that are no lives: "lose their jobs", "lost money", "losing its seat".
const LOST_THINGS: ReadonlySet<string> = new Set(['job', 'jobs', 'money', 'cash', 'seat', 'seats', 'vote', 'votes', 'business', 'customers', 'home', 'homes', 'house', 'houses', 'power', 'contract', 'contracts', 'licence', 'license', 'appeal', 'case', 'match', 'game', 'battle', 'election', 'income', 'pay', 'wages', 'work', 'service', 'services', 'route', 'routes', 'bus', 'buses', 'funding', 'grant', 'sales', 'revenue', 'profit', 'profits', 'access', 'interest', 'sight']);

// The question's terms in the condition it opens or closes with ("if Washington lets it go").
function supposedTerms(folded: string, terms: readonly QueryTerm[]): readonly QueryTerm[] {
  // ("Would a US counterstrike mean more violence?": what the question supposes is its subject, whose
  // consequence it asks.)
  const m = CONDITION.exec(folded) ?? (words(folded).some((w) => CONSEQUENCE_VERBS.has(w)) ? CONSEQUENCE_ASKED.exec(folded) : null);
  if (m === null) return [];
  // (Its words as the analyzer reads them too: "lets this one go" is "ignore".)
  const said = new Set([...words(m[1]!).map(stem), ...queryWords(m[1]!).map((t) => t.stem)]);
  return terms.filter((t) => said.has(t.stem));
}
// Whether a word is two English words of four letters or more written as one ("codename", "warplane"):
// a compound the dictionary spells apart, not filler.
function closedCompound(word: string): boolean {
  if (!/^[a-z]{8,24}$/.test(word)) return false;
  for (let i = 4; i <= word.length - 4; i++) if (isEnglishWord(word.slice(0, i)) && isEnglishWord(word.slice(i))) return true;
  return false;
}

// The most words a "who is" or "what is" question's thing has where an unknown word in it is a name.
const IDENTITY_WORDS = 4;

// Kinds of entity that are someone: a yes-or-no question about them is about them.
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['person', 'group']);

// "Who is Iran's president?": a post of a country or a body ("Iran's president", "Iraq's prime minister")
// that neither an entity's name nor a fact's text gives that owner names something the article never
// mentions, though it has a president (America's) and Iran.
function postsUnsaid(corpus: Corpus, folded: string): string[] {
  const out: string[] = [];
  // "Iran's president", and "the president of Iran" read the same way.
  const owned = [...folded.matchAll(POSSESSIVE)].map((m) => [m[1]!, m[2]!] as const);
  // (Of the longest name after it: "the chair of the Regal Community Benefit Society" is the society's, not
  // the Regal's.)
  for (const m of folded.matchAll(POST_OF)) {
    if (!POST_NOUNS.has(words(m[1]!).at(-1)!)) continue;
    const after = words(folded.slice(m.index + m[0].length - m[2]!.length)).slice(0, 5);
    const longest = after.map((_, i) => after.slice(0, i + 1).join(' ')).reverse().find((n) => corpus.entityNamed(n) !== undefined);
    owned.push([longest ?? m[2]!, ` ${m[1]!}`]);
  }
  // ("The Iraqi prime minister": a people's word before the post names its country.)
  const list = words(folded);
  // (An office, one holder at a time, after "the": not "which Iranian general", a rank many hold, nor "the
  // American head of state", a post of something named after it.)
  list.forEach((w, i) => {
    if (!POST_NOUNS.has(w) || RANKS.has(w) || list[i + 1] === 'of') return;
    // (A word between them is a word of the post, not a verb of the question's: "targets in the Islamic
    // Republic did President Trump threaten" names no post of Iran's.)
    for (const j of [i - 1, i - 2].filter((j) => list.slice(j + 1, i).every((x) => !STOP_WORDS.has(x)))) {
      const country = j >= 1 && list[j - 1] === 'the' && /(?:i|an|ish|ese|ch)$/.test(list[j]!) ? countryOfWord(list[j]!)[0] : undefined;
      if (country !== undefined) {
        owned.push([words(country).join(' '), ` ${list.slice(j + 1, i + 1).join(' ')}`]);
        return;
      }
    }
    // ("The US defence secretary", "the Iraq prime minister": a country's name before the post names it too,
    // a word of the post between them or none.)
    for (const j of [i - 1, i - 2].filter((j) => list.slice(j + 1, i).every((x) => !STOP_WORDS.has(x)))) {
      for (const n of [1, 2]) {
        const from = j - n + 1;
        if (from < 1 || list[from - 1] !== 'the') continue;
        const name = list.slice(from, j + 1).join(' ');
        const owner = corpus.entityNamed(name);
        if (owner !== undefined && corpus.entityKind(owner) === 'country') {
          owned.push([name, ` ${list.slice(j + 1, i + 1).join(' ')}`]);
          return;
        }
      }
    }
  });
  for (const m of owned) {
    const rest = words(m[1]);
    // (A word ranking the noun after it is no post of its own: "Iran's chief envoy", "its top official".)
    const post = rest.findIndex((w, i) => POST_NOUNS.has(w) && !(RANK_WORDS.has(w) && rest[i + 1] !== undefined && !STOP_WORDS.has(rest[i + 1]!) && !SAYING_VERBS.test(rest[i + 1]!)));
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
    const told = named || searchTerms(corpus, [{ word: rest[post]!, stem: stem(rest[post]!) }], {}, POST_FACTS).some((h) => said(` ${words(h.fact.text).join(' ')} `)) || heldAtBody(corpus, owner, role);
    if (!told) out.push(`${m[0]}'s ${role}`);
  }
  return out;
}

/**
 * "Who is the managing director of Shannonside?" - "managing director Declan Furlong said ...", told where
 * the article tells of Shannonside: a body's post held by the one the data calls by the bare post.
 */
export function heldAtBody(corpus: Corpus, owner: string, role: string): boolean {
  if (corpus.entityKind(owner) === 'country') return false;
  const holder = corpus.entityNamed(role) ?? corpus.entityNamed(`the ${role}`);
  if (holder === undefined || corpus.entityKind(holder) !== 'person') return false;
  const where = (name: string): Array<{ article: string; paragraph: number }> => searchTerms(corpus, [{ word: name, stem: entityTerm(name) }], {}, POST_FACTS).map((h) => ({ article: h.fact.article ?? '', paragraph: h.fact.paragraph }));
  const ownerAt = where(owner);
  // (In its paragraph or the one after: "Shannonside Coaches ... confirmed on Tuesday ..." then "In a
  // statement, managing director Declan Furlong said ...".)
  return where(holder).some((h) => ownerAt.some((o) => o.article === h.article && h.paragraph - o.paragraph >= 0 && h.paragraph - o.paragraph <= 1));
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

/**
 * Whether a fact says what someone is ("Javad Zarif is Iran's foreign minister", "Ali Khamenei holds the
 * title of supreme leader"), not only something that happened to them ("Soleimani had been killed").
 */
export function statesRole(corpus: Corpus, fact: Fact, name: string): boolean {
  const text = ` ${words(fact.text).join(' ')} `;
  return namesOf(corpus, name).some((n) => {
    const key = ` ${words(n).join(' ')} `;
    const at = text.indexOf(key);
    return at >= 0 && ROLE_STATED.test(text.slice(at + key.length));
  });
}

// A question word opening a clause.
const OPENS_WH = /^(?:what|which|who|whose|whom|where|when|why|how)\b/;

// Verbs of sending or putting things somewhere (see uncounted).
const SENDING_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'send', 'sends', 'sent', 'sending', 'drop', 'drops', 'dropped', 'dropping', 'throw', 'throws', 'threw', 'thrown', 'lob', 'lobs', 'lobbed', 'rain', 'rains', 'rained', 'raining', 'come', 'comes', 'came', 'coming']);

// Verbs that say little alone, the deed being the word after: "go to war", "get revenge".
const LIGHT_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'gone', 'get', 'gets', 'got']);

// "How did they (even) kill him": the verb after a pronoun doing it.
const HOW_ACTIVE = /^how (?:(?:exactly|precisely|really|actually|specifically) )?(?:did|do|does) (?:they|he|she|we|you|it) (?:even |actually |really |exactly |ever )?([a-z]+)\b/;

// "Which of the two bases was the smaller one?": "two" numbers the things compared, "one" stands for
// either; neither is a figure asked about.
function countsAlternatives(t: QueryTerm, folded: string): boolean {
  if (t.stem === '2') return /\b(?:the|of|these|those) two\b/.test(folded);
  if (t.stem === '1') return /\b(?:the|which|that|this)(?: [a-z]+)? one\b/.test(folded);
  return false;
}

// Verbs saying where things went, which a figure for each place tells in its own ("aimed at", "fired at").
const WENT_TO: ReadonlySet<string> = new Set(['land', 'landed', 'lands', 'landing', 'went', 'go', 'goes', 'going', 'fell', 'fall', 'falls', 'hit', 'hits', 'struck', 'strike', 'ended', 'end', 'came', 'come', 'sent', 'send', 'aimed', 'fired', 'directed', 'targeted']);

// The kind of an "each" that names none ("how were the missiles divided up?"): places of any kind.
export const ANY_PLACE = '*';

/**
 * The noun of the thing a question asks the name of ("what was the name of the Iranian operation?", "what
 * is the airbase in Iraq called?"), up to a preposition; none for a kind ("the name of the country").
 * ("What did Zarif call the measures?" asks for his words, whatever they name.)
 */
export function calledNounOf(folded: string): string | undefined {
  // ("The guy the US killed": a clause after the thing with no "that" opens at its subject's determiner.)
  // (Only a clause ending in its verb: "the channel showing the missile footage" is the footage's.)
  const phrase = (CALLED_PASSIVE.exec(folded) ?? NAME_OF_THING.exec(folded))?.[1]
    ?.replace(CALLED_QUALIFIER, '')
    .replace(RELATIVE_AFTER, '')
    .replace(CONTACT_CLAUSE, (m) => {
      const list = words(m);
      const last = (PARTICLES.has(list.at(-1) ?? '') ? list.at(-2) : list.at(-1)) ?? '';
      return PARTICIPLE.test(last) || baseForms(last).some((b) => b !== last) ? '' : m;
    })
    .split(' ');
  // ("the airbase struck in the west": a participle after the thing says what was done to it. Not after a
  // name, its doer: "the operation iran launched".)
  const participle = (w: string): boolean => PARTICIPLE.test(w) || baseForms(w).some((b) => b !== w);
  while (phrase !== undefined && phrase.length > 1 && participle(phrase.at(-1)!) && !isName(phrase.at(-2)!)) phrase.pop();
  const noun = phrase?.at(-1)?.replace(/['\u2019]s$/, '');
  // (A person is a kind of entity asked for by any person's name: see calledThing.)
  // (Nor a kind of entity alone, "the country"; with a word saying which, "the campaign group", it is a thing.)
  const which = (phrase?.length ?? 0) > 1 && !STOP_WORDS.has(phrase!.at(-2)!);
  return noun !== undefined && !STOP_WORDS.has(noun) && !KIND_NOUNS.has(noun) && (noun === 'person' || which || !(ENTITY_KINDS as readonly string[]).includes(noun)) ? noun : undefined;
}

// A word in -ed, a past participle.
const PARTICIPLE = /^[a-z]{2,}ed$/;

// Where a relative clause after a thing begins ("the larger airbase that was hit").
const RELATIVE_AFTER = / (?:that|which|who|whom|where|when|whose) .*$/;
// Where a clause after a thing with no relative word begins: a determiner after no "of" ("the guy the US killed").
const CONTACT_CLAUSE = /(?<!\bof) (?:the|a|an|his|her|its|their|this|these|those) .*$/;

// "This standoff", "this whole confrontation": the story itself, in the reader's word for it.
const STORY_NAMED = /\bthis (?:whole |entire )?[a-z]+(?=[?.!,]|$| (?:and|but|or|so|now|anyway|play|plays|played|unfold|unfolds|unfolded|end|ends|go|goes|turn|turns)\b)/;

// "Would US retaliation mean more violence?", "will a counterstrike lead to war?": a yes or no asking what
// something would bring, its subject supposed.
const CONSEQUENCE_ASKED = /^(?:would|will|could|might|does|do|is|was)\s+(?:a |an |the |any )?(.+?)\s+(?:mean|lead to|result in|spark|trigger|provoke|cause)\b/;
// The verbs of that asking: no word a fact must hold.
const CONSEQUENCE_VERBS: ReadonlySet<string> = new Set(['mean', 'lead', 'result', 'spark', 'trigger', 'provoke', 'cause']);

// "What was Tehran avenging?", "what did Iran retaliate for?": a reason asked by what a deed answered.
const AVENGING_ASKED = /^what (?:was|were|is|are|did|does|do) (?:the )?[a-z'-]+(?: [a-z'-]+)? (?:avenging|avenge|retaliating for|retaliate for|taking revenge for|take revenge for)\b/;
// A few words asking for someone's thing ("Soleimani's age at death?"): that thing, where the one named is
// the data's.
const OWNED_ASKED = /^(?:the )?([a-z][a-z -]*?)['\u2019]s ([a-z]+)(?: (?:at|of|in|on|after|before|during) [a-z' -]+)?\W*$/;
function ownedAsked(corpus: Corpus, folded: string): string | undefined {
  const m = folded.includes("'s ") || folded.includes('\u2019s ') ? OWNED_ASKED.exec(folded) : null;
  // (Not a person, "Soleimani's killer", who is asked as "who killed Soleimani?" is.)
  return m && words(folded).length <= 6 && corpus.entityNamed(m[1]!) !== undefined && !isPersonNoun(m[2]!) ? m[2] : undefined;
}

// "What pressures (considerations, factors) might ...": the noun for what pushes.
const PUSHING_NOUN = /^(?:what|which) (?:[a-z'-]+ )?(pressures?|considerations?|factors?|concerns?|things?)\b/;
// The words between "what" and a modal before a verb of pushing: "what national asset might push ...".
const PUSHING_KIND = /^(?:what|which) ((?:[a-z'-]+ )?[a-z'-]+) (?:might|could|would|may|can|will) /;
// A thing set aside opening a question, to its comma: "apart from his prestige, ...".
const OPENING_ASIDE = /^(?:besides|apart from|aside from|other than|except for|beyond|on top of|in addition to) [^,;?]+[,;]\s*/;
// The one a reason pushes to a deed, named right after the pushing ("push Washington to", "pressure on the US
// to"). (Of each pushing word in turn: in "what pressures might push Washington to ...", "pressures" pushes
// no one named.)
function pushedOne(corpus: Corpus, folded: string, list: readonly string[]): string | undefined {
  for (const m of folded.matchAll(PUSHED_TO)) {
    const at = list.indexOf(m[1]!.split(' ').pop()!);
    // (A name opening with "the" too: "the president".)
    const pushed = at < 0 ? undefined : (entityAfter(corpus, list, at) ?? corpus.entityNamed(list.slice(at + 1, at + 3).join(' ')));
    if (pushed !== undefined) return pushed;
  }
  return undefined;
}
const FURTHER: ReadonlySet<string> = new Set(['further', 'farther', 'furthest', 'farthest']);
export const DIRECTION_COMPARED = /\b(?:further|farther|furthest|farthest|more|most)\s+(?:to the\s+)?(north|south|east|west)(?:ern|erly|wards?)?\b|\b(?:north|south|east|west)ernmost\b/;

// The person, group or body named right after "according to" ("according to Zarif", "according to Iraq's
// military"); not the article itself, nor a country or a place.
function accordingTo(corpus: Corpus, folded: string): string | undefined {
  const m = /\baccording to (?:the )?([^,.;?]+)/.exec(folded);
  if (!m) return undefined;
  const named = firstEntityIn(corpus, words(m[1]!).slice(0, 4).join(' '));
  return named !== undefined && ['person', 'group', 'organization'].includes(corpus.entityKind(named) ?? '') && namedAt(words(m[1]!).slice(0, 4).join(' '), corpus, named) === 0 ? named : undefined;
}

// "What did X lead to?", "the result of X": what followed from X. (Not what someone foretold would follow:
// "what did the Democrats predict his death would lead to?")
function effectAsked(folded: string): RegExpExecArray | null {
  const m = folded.startsWith('what ') ? EFFECT_ASKED.exec(folded) : null;
  return m && !FORETOLD_IN.test(m[1] ?? '') ? m : null;
}
const FORETOLD_IN = /\b(?:would|will|could|might|predict\w*|say|says|said|think|thinks|thought|warn\w*|expect\w*|fear\w*|believe\w*|claim\w*|forecast\w*)\b/;

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

// Who does the question say did it, and what: "did Iran kill Soleimani" - Iran, kill; "how many targets did
// Iran threaten" - Iran, threaten. The entity named right after the auxiliary, and the word after it.
// "What is Iran's goal?", "what bigger aim does Khamenei have?": the one a noun of wanting is of, whose it is
// ("'s") or who has or pursues it ("what goal did Khamenei hint at?"); not a purpose "of" something, nor an
// "aim at" something.
function wantOwner(corpus: Corpus, question: string): string | undefined {
  const list = words(question);
  const wanted = list.findIndex((w, i) => WANT_NOUNS.has(w) && !['of', 'at'].includes(list[i + 1] ?? ''));
  if (wanted <= 0) return undefined;
  const owner = [wanted, wanted - 1, wanted - 2].map((at) => entityBefore(corpus, list, at)).find((e) => e !== undefined && namesOf(corpus, e).some((n) => new RegExp(`\\b${escapeRegExp(n)}['\u2019]s\\b`, 'i').test(question)));
  const haver = ['does', 'do', 'did'].includes(list[wanted + 1] ?? '') ? entityAfter(corpus, list, wanted + 1) : undefined;
  return owner ?? haver;
}

function askedAgent(corpus: Corpus, question: string): { entity: string; verb: string } | undefined {
  const list = words(question);
  // "What is Iran's goal?": what its owner wants (where the data does not use the noun itself).
  const wanting = wantOwner(corpus, question);
  if (wanting !== undefined) return { entity: wanting, verb: 'want' };
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
// "How much was the CEO paid?": a sum asked of the subject of a passive verb that closes the question.
const MUCH_OF = /^how much (?:was|were|is|are|has been|have been|had been|will be|would be) (?:the |a |an |its |their |his |her )?([a-z]+) [a-z]+(?:ed|id|en|t)\W*$/;
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

// "So far", "thus far": until now, no distance counted ("how much have they got so far?").
const SO_FAR = /\b(?:so|thus) far\b/g;

// "Which of the (52) targets were cultural sites?": the kind the things are asked to be, a noun's phrase closing it.
const WHICH_OF_PROPERTY = /^which of (?:the |these |those |its |their )?(?:[a-z0-9-]+ )?[a-z-]+s (?:is|are|was|were) (?:an? )?([a-z-]+(?: [a-z-]+)?)\W*$/;

// "What happens if Trump ignores the strikes, and what if he retaliates?", "ignoring versus retaliating":
// two courses supposed, each told by the clause after its "if", or the words either side of "versus".
const COURSE_CLAUSE = /\bif\b(.+?)(?=[,;?.]|\band what\b|\bwith what\b|\bcompared\b|\bversus\b|\bvs\b|\bas against\b|$)/g;
const COURSES_WEIGHED = /\b([a-z]+ing(?: [a-z]+)?) (?:versus|vs|as against|compared (?:with|to)|rather than|instead of) ([a-z]+ing)\b/;
// ("What's the difference between Trump ignoring the missiles and hitting back?": two courses, each a
// gerund's clause, weighed by what each leads to.)
// (What it is a difference in, and the doer again before the second: "the difference in outcome between Trump
// ignoring the missiles and Trump hitting back".)
const COURSES_DIFFER = /\b(?:difference|differences|choice|choosing|pick|picking|deciding)(?: in (?:outcomes?|results?|consequences?|effects?))? between (?:[a-z'-]+ )?([a-z]+ing\b(?: [a-z'-]+){0,4}?) (?:and|or) (?:[a-z'-]+ )?([a-z]+ing)\b/;

// The deed of each of two courses a question supposes (see Analysis.courses): the first word of its clause
// that names no one ("if Trump ignores the strikes": ignores), where the two differ.
function coursesSupposed(corpus: Corpus, folded: string, terms: readonly QueryTerm[]): [string[], string[]] | undefined {
  const clauses = [...folded.matchAll(COURSE_CLAUSE)].map((m) => m[1]!);
  const weighed = clauses.length === 2 ? clauses : (COURSES_WEIGHED.exec(folded)?.slice(1, 3) ?? COURSES_DIFFER.exec(folded)?.slice(1, 3) ?? []);
  if (weighed.length !== 2) return undefined;
  const deedOf = (clause: string): string | undefined => {
    for (const w of words(clause)) {
      const t = terms.find((x) => words(x.word)[0] === w);
      if (t !== undefined && !t.stem.startsWith(ENTITY_PREFIX) && corpus.entityNamed(t.word) === undefined) return t.stem;
    }
    return undefined;
  };
  const [one, two] = weighed.map(deedOf);
  return one !== undefined && two !== undefined && one !== two ? [[one], [two]] : undefined;
}

// "How did Zarif's message differ from Khamenei's?", "Zarif versus Khamenei: how do their statements
// compare?": the words of two people or groups weighed against each other, each named, in the order named.
function sayingsCompared(corpus: Corpus, folded: string, named: ReadonlySet<string>): [string, string] | undefined {
  const said = words(folded);
  if (!said.some((w) => WEIGHED_APART.has(w)) || !said.some((w) => SAID_FORMS.has(w))) return undefined;
  const parties = [...named].filter((e) => SAYER_KINDS.has(corpus.entityKind(e) ?? '')).sort((x, y) => namedAt(folded, corpus, x) - namedAt(folded, corpus, y));
  return parties.length === 2 ? [parties[0]!, parties[1]!] : undefined;
}
const SAYER_KINDS: ReadonlySet<string> = new Set(['person', 'group', 'organization']);

// "Full-on", "full-blown", "full-scale": how much of the thing after it, as "real" says.
const FULL_DEGREE = /\bfull[- ](?:on|blown|scale)\b/;

// "Put in quotes", "in quotation marks", "in inverted commas": the words saying how words were set out.
const QUOTE_FORM = /\b(?:put (?:in|into|between|inside) )?(?:quotes|quotation marks|inverted commas|scare quotes)\b/g;

const PASSIVE_AFTER = /\b(?:be|been|being|get|gets|got|getting)\s+[a-z]+(?:ed|en|t)\b/;
// "Why doesn't Iran want a war?", "how come Iran ...": the one named right after, whose reason is asked.
function reasonOf(corpus: Corpus, folded: string): string | undefined {
  const m = WHY_OF.exec(folded);
  if (!m) return undefined;
  const rest = folded.slice(m.index + m[0].length);
  // (Not one a passive tells of: "why did Iran need to be taught a lesson?" asks the teacher's reason.)
  if (PASSIVE_AFTER.test(rest)) return undefined;
  return entityAfter(corpus, words(rest), -1);
}

// "What do US leaders want?", "what does Iran hope for?": the one named before the verb of wishing.
const WISH_OF = /^what (?:do|does|did|would|will|might|could) (.+?) (?:really |actually |even |most |ultimately )?(?:want|wish|hope|seek|desire|prefer)\b/;
function wanterAsked(corpus: Corpus, folded: string): string | undefined {
  const m = WISH_OF.exec(folded);
  const named = m ? entitiesNamedIn(corpus, words(m[1]!)) : [];
  return named.length === 1 ? named[0] : undefined;
}

// "Is the bridge still open?", "are the roads still closed to traffic?": a state now, asked with "still".
const STILL_A_STATE = /^(?:is|are|was|were) (?:[a-z'-]+ ){1,4}still (?:not )?(?![a-z]+ing\b)(?:open|closed?|shut|safe|missing|alive|intact|standing|empty|full|available|free|blocked|in place|off|on|out|down|up)\b/;

// Whether a question's words ask whether something goes on, or has ended.
function asksGoesOn(text: string): boolean {
  return CONTINUATION.test(text) || ENDED_ASKED.test(text);
}

// "What stance has Iran's foreign minister taken on war?": whose view is asked, the first person or group
// named before what it is on.
// (`m`: VIEW_ASKED's match in the question, if any.)
function viewHolder(corpus: Corpus, folded: string, m: RegExpExecArray | null, named: ReadonlySet<string>): string | undefined {
  if (m === null) return undefined;
  const before = folded.slice(0, m.index + m[0].length);
  return firstNamedIn(before, corpus, [...named].filter((e) => PEOPLE_KINDS.has(corpus.entityKind(e) ?? '') && namedAt(before, corpus, e) !== Infinity));
}

// "Where in Iran ...?", "which part of Iraq ...?": the place named, if the data knows it as one.
function placeWithin(corpus: Corpus, folded: string): string | undefined {
  const m = folded.includes(' of ') || folded.includes(' in ') || folded.includes(' inside ') || folded.includes(' within ') ? WHERE_WITHIN.exec(folded) : null;
  if (!m) return undefined;
  const named = entitiesNamedIn(corpus, words(m[1] ?? m[2]!));
  return named.length === 1 && ['place', 'country'].includes(corpus.entityKind(named[0]!) ?? '') ? named[0] : undefined;
}

// "Why would it be embarrassing for Iran that its strike killed nobody?": a "that" clause standing for the
// "it" before it says what is judged; its "nobody" denies nothing the question asks.
// (So is a relative clause of a noun: "why might a strike that killed nobody be embarrassing?")
const RELATIVE_OF_NOUN = /\b(?:a|an|the|its|their|this|that) [a-z-]+ (?:that|which|who) [^,;?]*?(?=\s+(?:be|is|was|were|are|would|could|might|should|will|has|have|had|look|seem)\b)/;
const EXTRAPOSED_THAT = /\b(it(?:'s| is| was| would be| could be| might be| will be| must be| be) [^?,;]*?) that [^?]*/;
