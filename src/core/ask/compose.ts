// Composing the answer, ask's last step: the short answer to the question asked, from the best fact and
// those beside it (a figure, a sum, a comparison, a place, a speaker, an identity).
import type { Corpus } from '../corpus.js';
import type { Fact, NumberFigure } from '../model.js';
import { ENTITY_PREFIX, entityTerm } from '../index/build.js';
import { ONE_SLIP_QUALITY } from '../index/vocabulary.js';
import { searchTerms } from '../search.js';
import {
  numberWord,
  TIME_WORDS,
  DETERMINERS,
  EITHER_ORDER,
  FIRE_NOUNS,
  SIDE_NOUNS,
  STOP_WORDS,
  baseForms,
  oppositeWords,
  isDigits,
  isEnglishWord,
  isName,
  isPersonNoun,
  normalise,
  stem,
  unseparated,
  words,
  escapeRegExp,
  CALLED_THING,
} from '../text/index.js';
import {
  DIVISION_ASKED,
  RATIO_ASKED,
  ANSWER_FORM_WORDS,
  PURPOSE_ANSWER,
  PLACE_ANSWER,
  YES_OR_NO,
  CONDITION,
  DIFFERENCE,
  ROLE_NAME,
  WHICH_CUE,
  WHICH_KIND,
  SAYING_ASKED,
  HAPPENED_TO,
  OR_CLAUSE,
  ADDS_UP,
  AVOIDANCE,
  UNHARMED,
  CONDITIONAL_CLAIM,
  DENIED_CLAIM,
  STORED_VERDICT,
  RELUCTANCE,
  OPPOSING,
  HEDGED_SAYING,
  QUOTED_SPAN,
  POST_NOUNS,
  TIME_PHRASE,
  FUTURE_ASKED,
  CLOCK_ASKED,
  TIME_OF_DAY,
  YEAR_ASKED,
  YEAR_TOLD,
  DURATION_TOLD,
  DISTANCE_UNITS,
  HOW_LONG_IS,
  LENGTH_TOLD,
  SHARE_UNIT,
  WHERE_FROM,
  ORIGIN_PHRASE,
  COMPOUND_DIRECTION,
  DIRECTION_WORD,
  LIKENING,
  OBJECT_ASKED,
  PLACE_IN_NAME,
  DECIDER_TOLD,
  GREATER_WORDS,
  SINCE_ANSWERS,
  durationsIn,
  SAYING_TIME_ASKED,
  saidAt,
  sideAsked,
  otherSideTold,
  AGAINST_TOLD,
  FOR_TOLD,
  FREQUENCY_TOLD,
} from '../text/cues.js';
import type { Analysis } from './types.js';
import {
  ageInWords,
  changeInWords,
  saysFigure,
  calledBy,
  changeBefore,
  changedLevels,
  calledThing,
  comesFrom,
  conditionGivesReason,
  entityOfKind,
  figureAsked,
  figureAtTime,
  givesReason,
  harmOf,
  ownerAsked,
  partAndWhole,
  placeGiven,
  restAsked,
  sentenceCase,
  TALLY_TOLD,
  tallyCount,
  thanFigureOf,
  typedAs,
  unitFigure,
  doerNamedBy,
  unitTerms,
  homeAsked,
  homeTold,
  timesIn,
  timeGoneBy,
  ratedOffered,
  countsWeighed,
  HOW_MANY_WEIGHED,
} from './weigh.js';
import {
  entitiesMatching,
  membersNamed,
  entityNamed,
  entityOf,
  factAgent,
  firstEntityIn,
  firstNamed,
  firstNamedIn,
  namedAt,
  namesOf,
  sameSide,
  speakerOf,
  victimsTold,
  roleHolder,
  namedByPostOnly,
} from './names.js';
import {
  ANY_PLACE,
  AS_MUCH_AS,
  DIRECTION_COMPARED,
  MORE_OR_LESS,
  heldAtBody,
  isCount,
  pluralNoun,
  whatKind,
} from './analyse.js';
import { comparedTold, deedBefore, reversedTerms, sameDeed, sortsWeighed, wishOnly, yesNo } from './yes-no.js';

// What a fact likens a thing to (see LIKENING), up to the end of its clause.
const LIKENED_TO = new RegExp(`${LIKENING.source}[^.;:!?,]*`, 'i');

// How many of the best search hits the cues may reorder; facts below them are not considered.
export const POOL = 200;
export const SUPPORTING = 3;

/**
 * The facts whose figures a difference between two kinds of thing weighs ("how many more targets ... than
 * missiles ..."), the counted thing's first; of several, one at every place the question names, else the
 * whole, not a part: "the missiles Iran fired" are the 22, not the 17 at al-Asad.
 */
export function unitsWeighed(a: Analysis, candidates: readonly Fact[]): [Fact, Fact] | undefined {
  if (!a.thanUnits) return undefined;
  const places = [...a.namedPlaces.values()];
  const whole = (figure: (f: Fact) => NumberFigure | undefined, not?: Fact): Fact | undefined =>
    candidates
      .filter((f) => f !== not && figure(f) !== undefined)
      .sort((f, g) => Number(places.every((p) => g.entities.includes(p))) - Number(places.every((p) => f.entities.includes(p))) || figure(g)!.value - figure(f)!.value)[0];
  const counted = whole((f) => unitFigure(a, f));
  // (Or the same fact, where it gives both: "handed out 500 blankets and 1,100 hot meals".)
  const other = counted && (whole((f) => thanFigureOf(a, f), counted) ?? (thanFigureOf(a, counted) !== undefined ? counted : undefined));
  return counted && other ? [counted, other] : undefined;
}

// "Where is the US embassy that was attacked?": a place asked about whose own name says where it is ("US
// embassy in Baghdad"), as "In Baghdad".
function placeInName(a: Analysis, corpus: Corpus): string | undefined {
  for (const e of a.namedInQuestion) {
    if (corpus.entityKind(e) !== 'place') continue;
    const m = PLACE_IN_NAME.exec(e);
    if (m) return `In ${m[1]}`;
  }
  return undefined;
}

// The condition a fact's claim holds under, as an if-clause: "If Iran attacked" (of "... 52 targets in Iran if
// Iran attacked"), "If Trump should pick retaliation" (of "Should Trump pick retaliation, ..."). A condition
// opening with "should" is told of one the fact names, after the word.
function conditionTold(corpus: Corpus, fact: Fact): string | undefined {
  const opening = OPENING_CONDITION_TOLD.exec(fact.text);
  const clause = opening?.[2]!.trim();
  if (opening && clause && opening[1]!.toLowerCase() !== 'should') return sentenceCase(`${opening[1]} ${clause}`);
  if (opening && clause) {
    const name = fact.entities.flatMap((e) => namesOf(corpus, e)).find((n) => clause.startsWith(`${n} `));
    return name === undefined ? undefined : `If ${name} should ${clause.slice(name.length + 1)}`;
  }
  const inside = /\b(if|unless|provided that|as long as) ([^,;.]+)/i.exec(fact.text);
  return inside ? sentenceCase(`${inside[1]} ${inside[2]}`) : undefined;
}

// A fact opening with the condition its claim holds under ("Should Trump pick retaliation, ...", "If Trump
// overlooks the strikes, ...").
// (Its word and its clause.)
const OPENING_CONDITION_TOLD = /^(if|should|unless|once|in case)\b([^,;]*),/i;

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

// Facts read for a description: a word of comparison is in few.
export const DESCRIBING = 5;

// Where something is pushed "out of", as "from" says where it comes from.
const OUT_OF_PHRASE = new RegExp(ORIGIN_PHRASE.source.replace('from', 'out of'));

/**
 * Whether a question put as a yes-or-no one offers a choice that neither a yes nor a no answers: two things
 * ("is al-Asad east or west of Erbil?"; not "was anyone killed or injured?", which asks whether either
 * happened), two clauses ("is Iran done now or are more attacks coming?"), more or fewer, two weighed
 * ("did Irbil or al-Asad get more missiles?"), or before or after.
 * @internal
 */
export function offersChoice(a: Analysis): boolean {
  return (a.alternatives.length > 1 && !a.existential) || clausesOffered(a) || (a.compare !== undefined && (MORE_OR_LESS.test(a.folded) || COMPARED_OFFERED.test(a.folded))) || originsOffered(a) || EITHER_ORDER.test(a.folded);
}

// "Did the Americans or the Iraqis suffer more deaths?": a comparison offering two (not "... or not").
const COMPARED_OFFERED = / or (?!(?:not|no|nah|nope|naw|what|whatever)\b)/;

// "From X or Y", "from X, or ... from Y": a choice of origins.
const FROM_OFFERED = /\bfrom (?:[a-z'-]+ ){0,3}?[a-z'-]+,? or (?!not\b)|\bfrom\b.*\bor\b.*\bfrom\b/;
function originsOffered(a: Analysis): boolean {
  return a.folded.includes(' or ') && FROM_OFFERED.test(a.folded);
}

// "Is Iran done now or are more attacks coming?": two clauses offered.
function clausesOffered(a: Analysis): boolean {
  return a.folded.includes(' or ') && OR_CLAUSE.test(a.folded);
}

// The least match of a word related to one asked that leads to a time told after it (see compose).
const RELATED_LEAD = 0.3;
// How many words before a time a related or opposed word leads to it from, or away.
const RELATED_REACH = 4;
// What joins one time to the next in a list of them: "on 27 March and 3 April", "in 2019, 2020 and again in 2023".
const TIME_JOINER = /^(?:,? (?:and|or) (?:again |also )?(?:on |in )?|, (?:on |in )?)/i;

/**
 * The short answer to the question, from the best fact (and, for comparisons, the others). `matched`: the
 * question's words the best fact matched, with how well (a yes or no needs all of them).
 * @internal
 */
export function compose(a: Analysis, corpus: Corpus, candidates: readonly Fact[], question: string, matched?: ReadonlyMap<string, number>): string {
  const fact = candidates[0]!;
  const asked = new Set(words(question));
  if (a.intent === 'count') return countAnswer(a, corpus, candidates);
  // ("Did the Iraqi military say al-Asad was hit by more missiles than Irbil?": the comparison said is
  // weighed as asked outright, where the figures settle it.)
  if (a.intent === 'quote' && a.asksWhether && a.compare !== undefined && a.folded.includes(' than ')) {
    const weighed = compose({ ...a, intent: 'yesno', asksWhether: false }, corpus, candidates, question, matched);
    if (/^(?:Yes|No)[.:]/.test(weighed)) return weighed;
  }
  // ("What did the mayor call the failure?" - "He called the failure "unacceptable"": the word put on it, in
  // quotes right after it.)
  const calledNoun = a.nameOf ? (a.calledNoun ?? CALLED_THING.exec(a.folded.trim())?.[1]) : undefined;
  const put = calledNoun !== undefined ? wordPutOn(fact.text, calledNoun) : undefined;
  if (put) return put;
  // "Who has the stronger military, Iran or the US?", "which is weaker, Iran or the US?": of the two offered,
  // the one the fact gives the comparative to, or the other where the question asks the opposite.
  // (Not where the thing asked for is named by an entity of the fact's: "which military is stronger?" - US forces.)
  // ("Which country's forces are stronger, Iran's or America's?": asked a kind both offered are of, too.)
  const offeredOfKind = a.entityKind !== undefined && a.alternatives.length === 2 && a.alternatives.every((t) => corpus.entityKind(entityOf(corpus, t) ?? '') === a.entityKind);
  const rated = a.intent !== 'yesno' && (a.entityKind === undefined || offeredOfKind) && a.kindNoun === undefined && !(a.focus !== undefined && !offeredOfKind && entitiesMatching(a.focus, corpus, fact).length) ? ratedOfTwo(a, corpus, fact) : undefined;
  if (rated !== undefined) return rated;
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
  // ("Are there more construction jobs than permanent ones?": two kinds of one thing, the fact's counts.)
  const weighedSorts = a.intent === 'yesno' && a.compare ? sortsWeighed(a.folded, normalise(fact.text)) : undefined;
  if (weighedSorts !== undefined) return `${weighedSorts}. ${fact.text}`;
  // "Were more missiles fired than targets threatened?": the largest figure of each kind, weighed.
  const kinds = kindFigures(a, corpus);
  if (kinds) {
    const [{ n: counted }, { n: against }] = kinds;
    // ("Were more or fewer missiles fired than targets threatened?": which, no yes or no.)
    const which = counted.value > against.value ? 'More' : counted.value < against.value ? 'Fewer' : 'As many';
    const yes = (a.compare ?? a.difference) === 'more' ? counted.value > against.value : counted.value < against.value;
    return `${MORE_OR_LESS.test(a.folded) ? which : yes ? 'Yes' : 'No'}: ${counted.value} ${counted.unit}, against ${against.value} ${against.unit}`;
  }
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
  // ("Did al-Asad get more than three times as many missiles as Irbil?": the first place's figure over the
  // other's, weighed against the multiple asked.)
  const multiple = a.intent === 'yesno' && a.compare ? multipleAsked(a.folded) : undefined;
  if (multiple) {
    const pair = compared(a, corpus, candidates);
    if (pair && pair[0].figure.value > 0 && pair[1].figure.value > 0) {
      const [first, second] = [pair[0], pair[1]].sort((x, y) => namedAt(question, corpus, x.entity) - namedAt(question, corpus, y.entity)) as [Compared, Compared];
      const ratio = first.figure.value / second.figure.value;
      const holds = multiple.bound === 'more' ? ratio > multiple.times : multiple.bound === 'less' ? ratio < multiple.times : multiple.bound === 'least' ? ratio >= multiple.times : Math.abs(ratio - multiple.times) <= ABOUT_SO_MANY_TIMES * multiple.times;
      return `${holds ? 'Yes' : 'No'}. ${first.entity}: ${first.figure.value} ${first.figure.unit}, ${Number(ratio.toFixed(ratio < 1 ? 2 : 1))} times the ${second.figure.value} at ${second.entity}`;
    }
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
      // ("Did it pass by more than 10 votes?" - "by 27 votes to 21": a margin, the two figures' difference.)
      const margin = MARGIN_ASKED.test(a.folded) ? marginOf(figure, fact) : undefined;
      const value = margin ?? figure.value;
      const verdict = (a.compare === 'more' ? value > bound : value < bound) ? 'Yes' : 'No';
      return margin === undefined ? `${verdict}. ${fact.text}` : `${verdict}: a margin of ${margin} ${figure.unit}. ${fact.text}`;
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
  const furthest = a.intent !== 'yesno' ? furthestPlace(a, corpus, candidates) : undefined;
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
    // (A hedge in the words quoted is theirs: "Now we can say yes" is said.)
    if (HEDGED_SAYING.test(normalise(fact.text).replace(QUOTED_SPAN, ' ')) || (own !== undefined && a.namedInQuestion.has(own))) return fact.text;
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
  // ("What does the writer liken the revenge to?": the likening, to the end of its clause.)
  const likening = a.likened ? LIKENED_TO.exec(fact.text) : null;
  if (likening) return sentenceCase(likening[0].trim());
  if (a.articleWording) return fact.answer && !YES_OR_NO.test(fact.answer) ? fact.answer : fact.text;
  // "More shooting if?" - "Should Trump pick retaliation, more shooting is to be expected": the condition.
  if (a.conditionAsked && a.intent !== 'yesno') {
    const condition = conditionTold(corpus, fact);
    if (condition !== undefined) return condition;
  }
  if (a.intent === 'quote' && fact.quote) {
    // ("What did Khamenei say?" - “not sufficient”: a few words quoted from a sentence say little alone; the
    // fact tells what they were said of. Asked for the words themselves, "what two words ...", they answer.)
    // (What someone vowed or called a thing is the words: "Iran: “severe revenge”".)
    const fragment = !a.quotePart && isFragment(fact.quote.text) && [...asked].some((w) => SAYING_ASKED.has(w)) && ![...asked].some((w) => ANSWER_FORM_WORDS.has(w));
    // (Where the fact quotes them itself, it alone.)
    if (fragment) return normalise(fact.text).includes(normalise(fact.quote.text)) ? fact.text : `${fact.text.replace(/[.!?]$/, '')}: “${fact.quote.text}”`;
    return `${fact.quote.speaker}: “${a.quotePart ? quotePartOf(fact.quote.text, a.quotePart) : fact.quote.text}”`;
  }
  // "Whose killing set off the strikes?", "who was killed by the US?" - "... America killing Qassim
  // Soleimani": the one person the fact names that the question does not, other than the doer.
  if (a.victimAsked) {
    const killed = victimsTold(a, corpus, fact);
    if (killed.length === 1) return killed[0]!;
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
  // ("What was the turnout?" - "Turnout in the ward was 34.2%, up from 29.8%": the figure the thing asked
  // is told to be, its subject the word asked.)
  const stated = a.intent === 'what' && a.focus !== undefined ? statedFigure(a.focus, fact) : undefined;
  if (stated) return `${stated.value} ${stated.unit}`;
  // ("What's the insurance premium now?" - "Our insurance premium has gone up from £9,000 to £21,000": the
  // level the thing asked has reached; asked what it was before, the one it left.)
  const level = a.intent === 'what' && a.focus !== undefined && !a.difference && !a.changeAsked && !WHICH_CUE.test(a.folded.trim()) ? levelOf(a.focus, fact, LEVEL_BEFORE.test(a.folded)) : undefined;
  if (level) return figureTold(level, fact);
  // ("What was the original estimate?" - "risen from an original estimate of £1.2 million": the figure a
  // word of the question's opening is "of".)
  const ofAsked = a.intent === 'what' && a.focus !== undefined && !a.difference && !WHICH_CUE.test(a.folded.trim()) ? figureOfWord(a, fact) : undefined;
  if (ofAsked) return figureTold(ofAsked, fact);
  // ("What's the ferry called?" asks its name, which the fact may give, more than what it is.)
  const calledFirst = a.identity && a.nameOf && !named ? calledThing(corpus, a, fact) : undefined;
  if (calledFirst) return calledFirst;
  if (a.identity) {
    const who = identityAnswer(a.identity, corpus, fact);
    if (who) return who;
  }
  // "Who gets to decide?", "who has to make the call?" - "Trump has to decide ...": the one the fact says
  // decides, whatever its stored short answer says of the choice. ("Whose move is it?" keeps its answer, "It
  // is up to Donald Trump"; asked of a fact with none, the one named: "whose court is the ball in?" - "Trump
  // has to decide ...".)
  if (a.intent === 'who' && a.decider && !a.whoSaid && (/\bwho\b/.test(a.folded) || (/\bwhose\b/.test(a.folded) && !fact.answer)) && DECIDER_TOLD.test(normalise(fact.text))) {
    const decides = firstNamed(corpus, fact, (e) => corpus.entityKind(e) !== 'place');
    if (decides !== undefined && namedAt(fact.text, corpus, decides) !== Infinity && !a.namedInQuestion.has(decides)) return decides;
  }
  // "Who killed Soleimani?" - "... America's killing of Qassim Soleimani": the doer, where the fact names
  // one the question does not, and has no short answer of its own.
  // (Or one whose short answer names no one: "To hit 52 targets in Iran" tells what was threatened, not who
  // threatened it.)
  if (a.intent === 'who' && a.deed !== undefined && (!fact.answer || !answersKind(a, corpus, fact, fact.answer))) {
    const doer = factAgent(corpus, normalise(fact.text), a.deed.word) ?? doerNamedBy(corpus, fact, a.deed);
    if (doer !== undefined && !a.namedInQuestion.has(doer)) return doer;
  }
  // "Who did America kill?" - "... America killing Qassim Soleimani": the one person the fact names that is
  // neither named in the question nor on the doer's side, where the fact tells the doer doing the deed.
  if (a.intent === 'who' && a.agent !== undefined && OBJECT_ASKED.test(a.folded)) {
    const doer = factAgent(corpus, normalise(fact.text), a.agent.verb);
    const done = doer !== undefined && sameSide(corpus, doer, a.agent.entity) ? fact.entities.filter((e) => corpus.entityKind(e) === 'person' && !a.namedInQuestion.has(e) && !sameSide(corpus, e, a.agent!.entity) && namedAt(fact.text, corpus, e) !== Infinity) : [];
    if (done.length === 1) return done[0]!;
  }
  // "Who manages the reserve?" - "Paul Dembrowski is the reserve manager.": a fact with no short answer of its
  // own saying who someone is, the one person it names besides the question's, answers with their name;
  // where a deed is asked, one whose post is named from it ("manages": "manager").
  // (Asked "who", not "which country" nor "whose move".)
  if (a.intent === 'who' && !a.whoSaid && a.identity === undefined && !fact.answer && /^who\b/.test(a.folded.trimStart()) && ROLE_TOLD.test(fact.text)) {
    const people = fact.entities.filter((e) => corpus.entityKind(e) === 'person' && !a.namedInQuestion.has(e) && namedAt(fact.text, corpus, e) !== Infinity);
    const role = people.length === 1 ? new RegExp(`^(?:${namesOf(corpus, people[0]!).map(escapeRegExp).join('|')})${ROLE_TOLD.source}`, 'i').exec(fact.text) : null;
    const post = role ? words(normalise(fact.text.slice(role[0].length))) : [];
    if (role && (a.deed === undefined || post.some((w) => stem(w).startsWith(a.deed!.stem)))) return people[0]!;
  }
  // "What was the magnitude of the earthquake?" - "A magnitude 6.4 earthquake ...": the figure whose unit is
  // the thing asked for, a measure (not a count of things: "what missiles did Iran fire?" asks which).
  if (a.intent === 'what' && a.focus !== undefined) {
    const measured = fact.numbers?.find((n) => /^[a-z]+[^s]$/.test(n.unit) && stem(n.unit) === a.focus);
    if (measured) return `${measured.value} ${measured.unit}`;
  }
  // "How often are bins emptied?" - "collected every three weeks instead of every fortnight": the first
  // frequency the fact gives, its new one.
  // (Of several, the one in a clause of the question's words: "held every fortnight, and stalls are cleared
  // twice a day" clears them twice a day.)
  if (a.oftenAsked) {
    const told = [...fact.text.matchAll(new RegExp(FREQUENCY_TOLD.source, 'gi'))];
    const asked = new Set(a.terms.map((t) => t.stem));
    const clauseOf = (at: number): string => fact.text.slice(Math.max(0, fact.text.lastIndexOf(',', at), fact.text.lastIndexOf(';', at)), at);
    const often = told.length > 1 ? (told.find((m) => words(clauseOf(m.index)).some((w) => asked.has(stem(w)))) ?? told[0]) : told[0];
    if (often) return often[0];
  }
  // "How long did the trial last?" - "... after a five-week trial": the length of time the fact gives.
  if (a.lengthAsked) {
    const length = durationTold(a, fact);
    // ("How long will the path be?" - "a 9.5-mile cycle path": a length of a thing, by its figure.)
    const measure = HOW_LONG_IS.test(a.folded.trim()) && LENGTH_TOLD.test(normalise(fact.text)) ? fact.numbers?.filter((n) => DISTANCE_UNITS.includes(n.unit.endsWith('s') || n.unit === 'km' ? n.unit : `${n.unit}s`)) : undefined;
    // ("About 90 metres of the 410-metre pier": of several, the one told as a length, before a noun or
    // before "long".)
    const own = measure?.length === 1 ? measure : measure?.filter((n) => new RegExp(`(?<![\\d.])${escapeRegExp(String(n.value))}(?:-[a-z]+(?<!s)(?!-)\\b| ${escapeRegExp(n.unit)} (?:long|in length)\\b)`).test(normalise(fact.text)));
    const distance = own?.length === 1 ? `${own[0]!.value} ${own[0]!.unit}` : undefined;
    // ("How long is the route?" - "The route is 11 miles long and the journey takes about 40 minutes": a
    // fact giving a length and a time gives the thing asked the first told after its word.)
    if (length !== undefined && distance !== undefined) return firstAfterFocus(a, fact.text, [distance, length]) ?? length;
    if (length !== undefined) return length;
    if (distance !== undefined) return distance;
  }
  if (a.intent === 'when') {
    // A stored short answer that is a time says it best; else the time the fact's text gives.
    if (fact.answer && TIME_PHRASE.test(normalise(fact.answer))) return fact.answer;
    // (Not a time owning a thing, "Thursday's meeting", where the fact gives another: "the bank will publish
    // the minutes of Thursday's meeting on March 20" publishes them on March 20.)
    // (Nor a rate, "two mornings a week".)
    // (Nor a time word naming a kind of thing, "weekend feeding shifts".)
    const times = timesIn(fact.text);
    // (Nor, where it gives another, the time something was said, unless that is asked: "said on Tuesday
    // that the attackers got in on Feb. 19".)
    const owned = times.filter((m) => !/^['\u2019]s\b/.test(fact.text.slice(m.index + m[0].length)));
    const unsaid = SAYING_TIME_ASKED.test(a.folded) ? owned : owned.filter((m) => !saidAt(fact.text, m.index));
    // (Nor a time something is for, where it gives another: "not valid for the new weekend, and will go on
    // sale again on 16 September"; a time set for is when, "the vote is set for Tuesday".)
    const when = unsaid.filter((m) => !TIME_FOR.test(fact.text.slice(Math.max(0, m.index - 40), m.index)));
    const some = when.length ? when : unsaid.length ? unsaid : owned;
    // (Asked what is to come, not a time gone by, where it gives another: "the firm that has run it since
    // 2009 announced it would stop at the end of September".)
    const toCome = FUTURE_ASKED.test(a.folded) ? some.filter((m) => !timeGoneBy(corpus, m[0])) : some;
    const told = toCome.length ? toCome : some;
    // (Of several, the one the question's words lead to: "started at 5am and is due to end at 5am on Sunday"
    // ends at the second. Read back to the clause's start, not past it: "which was due to open on Saturday,
    // has been cancelled after Storm Hester tore through the town overnight on Thursday".)
    const asked = new Set(a.terms.map((t) => t.stem));
    // (A word related to one asked leads there too, less: "when will the wall be completed?" - "with
    // completion pencilled in for late 2028", not "not expected to begin until spring 2026".)
    let related: Set<string> | undefined;
    const relatedAsked = (st: string): number => {
      related ??= new Set(a.terms.flatMap((t) => [...corpus.index.vocabulary.expand(t)].filter(([x, q]) => q < 1 && q >= RELATED_LEAD && !asked.has(x) && !STOP_WORDS.has(x)).map(([x]) => x)));
      return related.has(st) ? 0.5 : 0;
    };
    // (And a word opposed to one asked right before a time leads away from it: "when does the ballot close?" -
    // "opens on 3 June and runs for a fortnight, closing on 17 June".)
    let opposed: Set<string> | undefined;
    const opposedAsked = (w: string): boolean => {
      opposed ??= new Set(a.terms.flatMap((t) => [t.word, ...baseForms(t.word)]).flatMap((x) => oppositeWords(x)).map((x) => stem(x)));
      return opposed.size > 0 && [w, ...baseForms(w)].some((x) => opposed!.has(stem(x)));
    };
    // (Not a time closing it: "what hours will the market open on Fridays?" asks of opening.)
    const last = words(a.folded).filter((w) => !STOP_WORDS.has(w) && !TIME_WORDS.has(w) && !TIME_WORDS.has(w.replace(/s$/, ''))).at(-1);
    const deed = last === undefined ? undefined : stem(last);
    // (A time naming the thing after it, "one hour after the 9am start", is that thing's time: the start's,
    // more than the time of the words before it.)
    const leading = (m: RegExpExecArray): number => {
      const before = fact.text.slice(Math.max(0, m.index - 60), m.index);
      const named = /\b(?:the|a|an|its|their|his|her)\s+$/i.test(before) ? /^\s+([a-z]+)/i.exec(fact.text.slice(m.index + m[0].length))?.[1] : undefined;
      const clause = words(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
      // (A clause of "with" after a comma has the subject of the one before it: "Construction of the wall is
      // not expected to begin until spring 2026, with completion pencilled in for late 2028" - the wall is
      // completed in late 2028.)
      const subject = clause[0] === 'with' ? words(fact.text.slice(0, m.index).split(/[,;]/).at(-2) ?? '') : [];
      // (A related word right before it says what it is the time of.)
      // (The deed closing the question counts twice: "when is the pool expected to reopen?" - "will shut its
      // doors on Monday 4 May and is not expected to reopen until November 2027" reopens in November; the
      // pool, the thing asked of, is in both clauses alike.)
      return [...subject, ...clause].reduce((n, w) => n + (!asked.has(stem(w)) ? 0 : stem(w) === deed ? 2 : 1), 0) + clause.slice(-RELATED_REACH).reduce((n, w) => n + (asked.has(stem(w)) ? 0 : relatedAsked(stem(w))), 0) - (clause.slice(-RELATED_REACH).some(opposedAsked) ? 1 : 0) + (named !== undefined && asked.has(stem(named.toLowerCase())) ? 2 : 0);
    };
    // ("What time does it close?": a time of day, "from 10pm to 8am", over "every night"; "at 12.30pm" over
    // the day, "Friday 25 April".)
    // (A year asked: a time giving one, "in 1998", over another.)
    const clock = CLOCK_ASKED.test(a.folded) ? told.filter((m) => /\d/.test(m[0]) && TIME_OF_DAY.test(m[0])) : YEAR_ASKED.test(a.folded) ? told.filter((m) => YEAR_TOLD.test(m[0])) : [];
    // (Of two the words lead to alike, a date over a part of the day: "on the night of November 14, 1982".)
    const dated = (m: RegExpExecArray): number => leading(m) + (!clock.length && /\d/.test(m[0]) ? 0.5 : 0);
    const time = (clock.length ? clock : told).reduce<RegExpExecArray | undefined>((best, m) => (best === undefined || dated(m) > dated(best) ? m : best), undefined) ?? times[0];
    // (With the year or the day the text gives right after it: "1 January 2026", "5am on Sunday".)
    const more = time ? /^(?:,? \d{4}\b|,? on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i.exec(fact.text.slice(time.index + time[0].length))?.[0] ?? '' : '';
    // (With the times joined to it: "on 27 March and 3 April" is two days, not the 27th; "in 2019, 2020, 2023
    // and again in January 2025", four years.)
    let end = time ? time.index + time[0].length + more.length : 0;
    let also = '';
    // (After a year that a year follows, the list goes on: "in 2019, 2020, 2023".)
    const listed = time !== undefined && (!more || /(?:1[89]|20)\d\d$/.test(time[0]));
    for (let joiner = listed ? TIME_JOINER.exec(fact.text.slice(end)) : null; joiner; joiner = TIME_JOINER.exec(fact.text.slice(end))) {
      // (The next time with its preposition, or after it; a year alone is one of them too: ", 2023".)
      const bare = end + joiner[0].length;
      const at = times.some((m) => m.index === bare) ? bare : end + joiner[0].replace(/(?:on|in) $/i, '').length;
      const next = times.find((m) => m.index === at)?.[0] ?? /^(?:1[89]|20)\d\d\b/.exec(fact.text.slice(at))?.[0];
      if (next === undefined) break;
      also += `${fact.text.slice(end, at)}${next}`;
      end = at + next.length;
    }
    // (With a first day before it: "on 19 and 20 October" is two days, not the 20th.)
    const first = time && /^\d/.test(time[0]) ? (/\b\d{1,2}(?:st|nd|rd|th)? (?:and|or|to|-|\u2013) $/.exec(fact.text.slice(Math.max(0, time.index - 12), time.index))?.[0] ?? '') : '';
    // ("would not be ready until 2028": not until then, which "until 2028" alone says the other way; so "not
    // expected to begin before spring 2026".)
    const clause = time ? fact.text.slice(0, time.index).split(/[,;]/).at(-1)! : '';
    const negated = time !== undefined && /^(?:until|till|before)\b/i.test(time[0]) && /\b(?:not|never)\b|n['\u2019]t\b/i.test(clause) ? 'not ' : '';
    // ("Pencilled in for late 2028": the time, not what it is for.)
    if (time) return sentenceCase(`${negated}${first}${time[0].replace(/^for /i, '')}${more}${also}`);
  }
  // "Where did Iran fire from?": the origin the fact gives ("From Iranian soil"), or its short answer gives
  // ("push the US out of the Middle East" - "... expel the US from the Middle East").
  // (So does a choice of origins: "did they come from Iran or Iraq?", "from inside Iraq, or from Iranian
  // territory?")
  const whereFrom = (a.intent === 'where' && WHERE_FROM.test(a.folded)) || originsOffered(a);
  if (whereFrom) {
    // ("Where is Darius Kemp from?" - "34-year-old Darius Kemp, of Warrington,": the place beside their name.)
    const person = homeAsked(a, corpus);
    const home = person === undefined ? undefined : homeTold(corpus, person, fact.text);
    if (home !== undefined) return `From ${home}`;
    const origin = ORIGIN_PHRASE.exec(fact.text) ?? (fact.answer === undefined ? null : ORIGIN_PHRASE.exec(fact.answer)) ?? OUT_OF_PHRASE.exec(fact.text);
    if (origin) return sentenceCase(origin[0]);
  }
  // ("What embassy was attacked?" asks which, as "which embassy" does: the thing asked for right after "what".)
  const said = words(normalise(question));
  const whichAsked = a.focus !== undefined && (WHICH_CUE.test(normalise(question).trim()) || WHICH_CUE.test(a.folded.trim()) || whatKind(corpus, said, a.focus));
  // ("Which Iranian official serves as supreme leader?": the one the question calls by the post asked of.)
  const focusWord = a.focus === undefined ? undefined : a.terms.find((t) => t.stem === a.focus)?.word;
  const byPost = whichAsked && focusWord !== undefined && isPersonNoun(focusWord) ? fact.entities.find((e) => corpus.entityKind(e) === 'person' && namedByPostOnly(a, corpus, e)) : undefined;
  if (byPost) return byPost;
  // "Which country is al-Asad in?": a kind of entity, answered by the fact's entity of that kind that the
  // question does not name.
  const ofKind = a.entityKind && entityOfKind(a, corpus, fact);
  if (ofKind) return ofKind;
  // ("Which side had been warning of war?": a party of any kind, the one the fact is told by, where it
  // names them.)
  if (a.focus !== undefined && a.terms.some((t) => t.stem === a.focus && SIDE_NOUNS.has(t.word))) {
    if (corpus.entity(fact.attribution) !== undefined && !a.namedInQuestion.has(fact.attribution) && namedAt(fact.text, corpus, fact.attribution) !== Infinity) return fact.attribution;
  }
  // "What were the missiles aimed at?": every place the best facts tell something was aimed, fired or
  // launched at, where they tell of more than one ("al-Asad airbase and Irbil"), not the first fact's one.
  // (Asked "which targets ... aimed at" too: the targets are the places.)
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
  const whichWords = WHICH_KIND.exec(normalise(question)) ?? WHICH_KIND.exec(a.folded);
  const kindWord = pluralWhat ? said[1] : whichWords && isCount(whichWords[1]!) ? whichWords[2] : whichWords?.[1];
  // (The kind asked for, not a verb after "which": "which is the smaller base?" wants one.)
  if ((whichAsked || pluralWhat) && kindWord !== undefined && stem(kindWord) === a.focus && baseForms(kindWord).some((b) => b !== kindWord)) {
    // (Of the best few facts more than those shown: each may name one of them.)
    // (Asked for so many, the first so many: "which two sites" - the places of the best facts first.)
    const all = kindNamedBy(a.focus!, corpus, candidates, { word: kindWord, folded: a.folded }).slice(0, a.manyAsked?.count);
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
    // (Nor does either to a comparison offering two: "did the Americans or the Iraqis suffer more deaths?")
    if ((a.alternatives.length > 1 && !a.existential) || (a.compare !== undefined && COMPARED_OFFERED.test(a.folded))) return fact.text;
    // "Did the MoD comment on British casualties?" asks whether it spoke of them: its report on them says
    // yes, whatever the report's own yes or no ("no UK casualties") answers.
    const spoke = a.folded.includes(' on ') || a.folded.includes(' about ') ? SPOKE_OF.exec(a.folded) : null;
    const spokeBy = spoke ? firstEntityIn(corpus, spoke[1]!) : undefined;
    if (spokeBy !== undefined && (sameSide(corpus, spokeBy, speakerOf(corpus, fact)) || fact.attribution === spokeBy)) return `Yes. ${fact.text}`;
    // (A stored short answer that is no yes or no says which: "Iran signals it plans no further direct attacks".)
    if (clausesOffered(a)) return short !== fact.text && !YES_OR_NO.test(short) ? short : fact.text;
    // "Were 22 missiles fired at al-Asad?": a figure the fact gives otherwise, in the unit asked about, is a no.
    const asked = a.terms.filter((t) => isDigits(t.stem)).map((t) => Number(t.stem));
    const figure = asked.length ? figureAsked(a, fact) : undefined;
    // (Not a figure the fact's own words hold as something else, "in 2020", a year.)
    if (figure && !fact.numbers?.some((n) => asked.includes(n.value)) && !asked.some((v) => words(fact.text).includes(String(v)))) return `No. ${fact.text}`;
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
    const ownVerdict = yesNo(a, corpus, question, fact, fact.text, matched).replace(/^(?:Yes|No)\. (?=(?:Yes|No)[.,:;!])/, '');
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
    // wanting it, whichever its verdict was written for; so to being against it or scared of it.)
    if (stored && ownVerdict === fact.text && STORED_VERDICT.test(stored) && AVOIDANCE.test(normalise(stored.replace(STORED_VERDICT, '')))) return stored.replace(STORED_VERDICT, AVOIDANCE.test(a.folded) || RELUCTANCE.test(a.folded) || OPPOSING.test(a.folded) ? 'Yes' : 'No');
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

// The words in quotes a fact says something was called ("called the failure "unacceptable""), if any.
function wordPutOn(text: string, thing: string): string | undefined {
  const m = new RegExp(`\\bcall(?:ed|s|ing)? (?:the |its |their |his |her |this |that )?${escapeRegExp(thing)}s? ["\u201c\u2018']([^"\u201d\u2019']{1,60})["\u201d\u2019']`, 'i').exec(text);
  return m?.[1];
}

// The length of time a fact gives, where it gives one, or where of several one is told beside a word of the
// question ("sentenced to six years ... over a period of seven years": "how long was he sentenced to?" - six
// years); "a five-week trial" says five weeks.
function durationTold(a: Analysis, fact: Fact): string | undefined {
  if (fact.answer && DURATION_TOLD.test(normalise(fact.answer))) return fact.answer;
  const text = normalise(fact.text);
  const told = durationsIn(text, SINCE_ANSWERS.test(a.folded));
  if (!told.length) return undefined;
  const stems = new Set(a.terms.map((t) => t.stem));
  const near = (m: RegExpMatchArray): number => {
    const around = [...words(text.slice(0, m.index)).slice(-4), ...words(text.slice(m.index! + m[0].length)).slice(0, 3)];
    return around.filter((w) => stems.has(stem(w))).length;
  };
  const scored = told.map((m) => ({ m, n: near(m) }));
  const best = scored.reduce((x, y) => (y.n > x.n ? y : x));
  if (told.length > 1 && best.n === 0) return undefined;
  // (A "since" with what it is since: "since 2016", to the clause's end, in a few words.)
  // (A clock time whole: "since 4 a.m.", not "since 4 a".)
  // ("Until Tuesday", as the fact writes it.)
  // ("Between June and December", so too.)
  if (/^(?:until|till|between|from) /.test(best.m[0])) return sentenceCase(new RegExp(`\\b${escapeRegExp(best.m[0]).replace(/ /g, '\\W+')}`, 'i').exec(fact.text)?.[0] ?? best.m[0]);
  if (best.m[0] === 'since') return sentenceCase(/^since(?: (?:\d{1,2}(?::\d\d)? ?[ap]\.m\.|[\w'-]+)){1,3}/.exec(text.slice(best.m.index))?.[0] ?? 'since');
  // (A length said before its noun, "five-week", is said as a length: "five weeks"; with its hedge, "at least
  // two years".)
  const hedge = new RegExp(`\\b(?:${FIGURE_HEDGE})\\s+$`, 'i').exec(text.slice(0, best.m.index))?.[0] ?? '';
  return sentenceCase(hedge + best.m[0].replace(/ ?-([a-z]+)$/, (_, unit: string) => ` ${unit.endsWith('s') ? unit : `${unit}s`}`).replace(/^(?:a|an|one) (\w+)s$/, 'one $1'));
}

// A time something is for, before it ("valid for the new weekend"), not one it is set for ("set for",
// "scheduled for", "moved for").
// (Nor the time something was moved from: "the vote, delayed from Monday, is now set for Tuesday".)
const TIME_FOR = /(?<!\b(?:set|scheduled|rescheduled|planned|slated|due|fixed|booked|moved|postponed|delayed|pencilled|penciled|called|timed|put off|brought forward|pushed back) )\bfor (?:the |a |this |that |next |(?:the )?(?:new|coming|following) )*$|\b(?:delayed|postponed|moved|switched|rescheduled|brought forward|pushed back|put back|changed) from (?:the )?$/i;

const REACTION_WORD = /^(?:react|respon[sd]|repl(?:y|ie))/;
// A few words quoted with no closing stop (see FRAGMENT_WORDS).
function isFragment(quote: string): boolean {
  return !/[.!?]$/.test(quote) && words(quote).length < FRAGMENT_WORDS;
}

// Fewer words than this, quoted with no closing stop, are a fragment of what was said.
const FRAGMENT_WORDS = 4;

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
  // ("How much more will a monthly pass cost?" - "will go from £65 to £74": the change between the two.)
  // ("How many fewer plots will the new site have?" - "50 plots is fewer than the 64 being lost": the two
  // counts the fact weighs, and their difference.)
  const weighed = HOW_MANY_WEIGHED.test(a.folded) ? countsWeighed(fact) : undefined;
  if (weighed) return `${Number(Math.abs(weighed.second.value - weighed.first.value).toFixed(2))} ${weighed.first.unit} ${weighed.fewer ? 'fewer' : 'more'}: ${weighed.first.value}, against ${weighed.second.value}`;
  const levels = a.difference || a.changeAsked || HOW_MUCH_MORE.test(a.folded) ? changedLevels(fact) : undefined;
  if (levels) {
    const [from, to] = levels;
    return `${Number(Math.abs(to.value - from.value).toFixed(2))} ${to.unit} ${to.value >= from.value ? 'more' : 'less'}: from ${from.value} to ${to.value}`;
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
  const age = unitOf ? undefined : ageInWords(a, corpus, fact);
  if (age !== undefined) return sentenceCase(age);
  const share = unitOf ? undefined : changeInWords(a, fact);
  if (share !== undefined) return sentenceCase(share);
  if (!unitOf) return fact.text;
  // "How many votes did Brandt get?" - "Harlow won 96,412 votes, against 92,551 votes for Mr Brandt": of
  // several figures in the unit, the one given beside the one asked about.
  // (At the time asked before any place: "how many visitors did Eastfield have last year?")
  const figure = (!a.total && (figureAtTime(a, fact, unitOf) ?? byWhom(a, corpus, fact, unitOf))) || unitOf;
  if (a.total) {
    // ("How much is the council paying altogether?" - "an extra £750,000 ..., on top of the £2 million it had
    // already pledged": two sums the fact puts one on top of the other, added up.)
    const onTop = sumOnTop(fact, figure);
    if (onTop) return onTop;
    // (Written as its fact writes it: "About 4,000 people".)
    const largest = wholeOf(candidates, figure);
    return figureTold(largest.figure, largest.fact);
  }
  // ("How many missiles were not aimed at al-Asad?": the whole less the part at the place asked about.)
  if (restAsked(a, corpus, fact)) {
    const whole = wholeInData(corpus, candidates, figure).figure;
    const place = a.namedPlaces.values().next().value as string;
    if (whole.value > figure.value) return `${whole.value - figure.value} ${figure.unit}: ${whole.value} in all, ${figure.value} at ${place}`;
  }
  // ("What share of the missiles hit al-Asad?": the part of the whole the candidates give, and its share.)
  // (Not of a figure that is a share already: "34.2 percent" of the vote is no part of a 71.3 percent turnout.)
  if (a.share && figure.value > 0 && !SHARE_UNIT.test(figure.unit)) {
    const whole = wholeInData(corpus, candidates, figure).figure;
    if (whole.value > figure.value) return `${figure.value} of ${whole.value} ${figure.unit}, about ${Math.round((100 * figure.value) / whole.value)}%`;
  }
  // ("How many councillors voted against?" - "the 15 Conservative and six Green councillors voted against":
  // two counts of one thing joined, neither asked by its own word, added up.)
  const joined = joinedCounts(a, fact, figure);
  if (joined) return joined;
  // ("What was the vote tally?" - "voted 27 to 21": both sides, where no side is asked.)
  const sides = sideAsked(a.folded) === undefined ? tallyOf(fact, figure) : undefined;
  if (sides) return `${sides[0]} ${figure.unit} to ${sides[1]}`;
  // ("How much will the damage cost?" - "between £15m and £20m": the range, not its first figure.)
  const range = rangeOf(fact, figure);
  if (range) return `Between ${range[0]} and ${range[1]} ${figure.unit}`;
  return figureTold(figure, fact);
}

// Two figures of one unit (in thousands, millions or not) a fact adds one to the other: "an extra £750,000,
// on top of the £2 million" - "2.75 million pounds: 750,000 pounds and 2 million pounds".
function sumOnTop(fact: Fact, figure: NumberFigure): string | undefined {
  if (!ON_TOP.test(normalise(fact.text))) return undefined;
  const scaled = (n: NumberFigure): { value: number; unit: string } => {
    const m = SCALE_WORD.exec(n.unit);
    return m ? { value: n.value * SCALE[m[1]!]!, unit: n.unit.slice(m[0].length) } : { value: n.value, unit: n.unit };
  };
  const base = scaled(figure).unit;
  const alike = (fact.numbers ?? []).filter((n) => scaled(n).unit === base);
  if (alike.length !== 2) return undefined;
  const sum = alike.reduce((t, n) => t + scaled(n).value, 0);
  const written = sum >= 1e6 && sum % 1e4 === 0 ? `${sum / 1e6} million ${base}` : `${sum.toLocaleString('en-GB')} ${base}`;
  return `${written}: ${alike.map((n) => figureTold(n, fact)).join(' and ')}`;
}
const ON_TOP = /\b(?:on top of|in addition to|plus)\b/;
const SCALE_WORD = /^(thousand|million|billion) /;
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

// The two figures in a figure's unit a fact gives as a tally, "27 to 21", "23 votes to 17": for, against.
function tallyOf(fact: Fact, figure: NumberFigure): [number, number] | undefined {
  const alike = (fact.numbers ?? []).filter((n) => n.unit === figure.unit);
  if (alike.length !== 2 || !alike.includes(figure)) return undefined;
  // (Of a vote: "from 40 to 60 homes" is a range, and "aged 18 to 25" none.)
  const text = unseparated(normalise(fact.text));
  const m = /\bvot(?:e|es|ed|ing)\b/.test(text) ? TALLY_TOLD.exec(text) : null;
  const told = m ? [tallyCount(m[1]!), tallyCount(m[2]!)] : [];
  return told.length && alike.every((n) => told.includes(n.value)) && told[0] !== told[1] ? [told[0]!, told[1]!] : undefined;
}

// Two counts of the fact joined by "and", of one thing told apart by a word before it ("15 Conservative and
// six Green councillors"), where the question names neither apart: their sum, and each.
function joinedCounts(a: Analysis, fact: Fact, figure: NumberFigure): string | undefined {
  const head = words(figure.unit).at(-1);
  const alike = (fact.numbers ?? []).filter((n) => words(n.unit).length === 2 && words(n.unit)[1] === head);
  if (head === undefined || alike.length !== 2 || !alike.includes(figure) || alike[0]!.unit === alike[1]!.unit) return undefined;
  const asked = new Set(words(a.folded));
  const own = alike.map((n) => words(n.unit)[0]!);
  if (own.some((w) => asked.has(w))) return undefined;
  const text = words(fact.text).join(' ');
  const joinedAs = (x: string, y: string): boolean => new RegExp(`\\b${x}(?: ${head})? and (?:\\S+ )?${y} ${head}\\b`).test(text);
  const order = joinedAs(own[0]!, own[1]!) ? alike : joinedAs(own[1]!, own[0]!) ? [alike[1]!, alike[0]!] : undefined;
  if (!order) return undefined;
  return `${order[0]!.value + order[1]!.value} ${head}: ${order[0]!.value} ${order[0]!.unit} and ${order[1]!.value} ${order[1]!.unit}`;
}

// A currency by itself, its sums written with two decimals ("3.50 pounds"); not "million pounds".
const CURRENCY_UNIT = /^(?:pounds|dollars|euros|francs|rupees|yen|yuan)\b/;

// How much a figure is hedged where the text gives it ("about 12,000", "at least 87", "more than 1,100").
const FIGURE_HEDGE = String.raw`about|around|approximately|roughly|nearly|almost|some|at least|more than|over|fewer than|less than|under|up to|as many as|at most|just over|just under|an estimated|close to`;

// A figure as the fact writes it: its hedge and its digits ("About 12,000"), where its text gives it so.
function writtenFigure(fact: Fact, figure: NumberFigure): { hedge: string | undefined; digits: string } | undefined {
  if (!Number.isInteger(figure.value) || figure.value < 0) return undefined;
  const digits = String(figure.value).replace(/\B(?=(\d{3})+$)/g, ',?');
  // (After a currency's sign too, "nearly £30,000"; or in words, "at least two years".)
  const word = NUMBER_NAMES[figure.value];
  const found = [...fact.text.matchAll(new RegExp(String.raw`(?:\b(${FIGURE_HEDGE})\s+)?(?:[\u00a3$\u20ac]\s?)?(?<![\d.,])(${digits}${word === undefined ? '' : `|\b${word}\b`})(?![\d]|[.,]\d)`, 'gi'))];
  // (The one its unit follows, where the number is written more than once: "5am ... 5 missiles".)
  const unit = words(figure.unit)[0];
  const m = found.find((x) => unit !== undefined && words(fact.text.slice(x.index + x[0].length, x.index + x[0].length + 40)).slice(0, 3).includes(unit)) ?? found[0];
  return m ? { hedge: m[1]?.toLowerCase(), digits: m[2]! } : undefined;
}

// A figure's hedge and digits as the fact writes them ("about 12,000"), where its text gives them so.
function writtenDigits(fact: Fact, figure: NumberFigure): string | undefined {
  const w = writtenFigure(fact, figure);
  return w && `${w.hedge ? `${w.hedge} ` : ''}${w.digits}`;
}

// The two figures in a fact's unit that it gives as a range ("between £15m and £20m", "from 40 to 60
// homes"), lower first, where the figure is one of them.
function rangeOf(fact: Fact, figure: NumberFigure): [number, number] | undefined {
  const alike = (fact.numbers ?? []).filter((n) => n.unit === figure.unit);
  if (alike.length !== 2 || !alike.includes(figure)) return undefined;
  const m = RANGE_TOLD.exec(unseparated(fact.text));
  // ("Will rise from £2.00 to £2.40": a change, from one level to the other, no range.)
  if (!m || changeBefore(unseparated(fact.text).slice(0, m.index))) return undefined;
  const told = [Number(m[1]), Number(m[2])];
  const values = alike.map((n) => n.value);
  return told.every((v) => values.includes(v)) && told[0]! !== told[1]! ? [Math.min(...told), Math.max(...told)] : undefined;
}

// "How much more", "how much dearer": the size of a change asked, whatever the thing's unit.
const HOW_MUCH_MORE = /\bhow much (?:more|less|extra|higher|lower|dearer|cheaper|bigger|smaller)\b/;
// Two figures told as a range: "between £15m and £20m", "from 40 to 60", "between £2 million and £3 million".
const RANGE_TOLD = /\b(?:between|from)\s+[^\d\s]{0,3}(\d+(?:\.\d+)?)\S*(?:\s+(?:thousand|million|billion|trillion))?\s+(?:and|to)\s+[^\d\s]{0,3}(\d+(?:\.\d+)?)/i;

// A figure as an answer: "17 missiles"; none as "No American casualties", and no people as no one ("No one
// killed or injured"). (Of a fact, as it writes the figure: "About 12,000 residents", "at least 87 homes".)
function figureTold(figure: NumberFigure, fact?: Fact): string {
  const written = fact && figure.value !== 0 ? writtenDigits(fact, figure) : undefined;
  if (written) return sentenceCase(`${written} ${figure.unit}`);
  // (A price in pounds and pence as prices are written: "3.50 pounds", not "3.5 pounds".)
  if (figure.value !== 0) return `${!Number.isInteger(figure.value) && CURRENCY_UNIT.test(figure.unit) ? figure.value.toFixed(2) : figure.value} ${figure.unit}`;
  const people = /^people\b/.exec(figure.unit);
  return people ? `No one${figure.unit.slice(people[0].length)}` : `No ${figure.unit}`;
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

// Numbers as words, to find a figure written so ("five died").
const NUMBER_NAMES: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

// The figures of a fact in a figure's unit, or of its kind of harm.
function alikeFigures(fact: Fact, figure: NumberFigure): NumberFigure[] {
  return (fact.numbers ?? []).filter((n) => n.unit === figure.unit || (harmOf(n.unit) !== undefined && harmOf(n.unit) === harmOf(figure.unit)));
}

// Where in a (lower-cased) text a figure is said: its digits, not a decimal's, or its word ("five died").
// (A figure closing the sentence is followed by its full stop, no decimal point: "fourth with 2,115.")
function figurePlacer(text: string): (n: NumberFigure) => number {
  return (n) => {
    const at = text.search(new RegExp(`(?<![\\d.])${String(n.value).replace('.', '\\.')}(?!\\d|\\.\\d)`));
    const word = NUMBER_NAMES[n.value];
    return at >= 0 || word === undefined ? at : text.search(new RegExp(`\\b${word}\\b`));
  };
}

// Where in a lower-cased text an entity is first written, by any of its names (Infinity where it is not).
function nameIndex(text: string, corpus: Corpus, name: string): number {
  return Math.min(...[name, ...(corpus.entity(name)?.aliases ?? [])].map((n) => text.indexOf(n.toLowerCase())).filter((i) => i >= 0));
}

// Of a place or a country, the figure said nearest before it, as a count precedes where ("312,000 units
// were sold in the United States and 28,000 in Canada"); or, named before any, the first after it ("In
// Urla, 11 people were killed, while five died in Menderes").
function figureAt(alike: readonly NumberFigure[], placeOf: (n: NumberFigure) => number, at: number): NumberFigure | undefined {
  const before = alike.filter((n) => placeOf(n) >= 0 && placeOf(n) < at).sort((x, y) => placeOf(y) - placeOf(x));
  if (before.length) return before[0];
  return alike.filter((n) => placeOf(n) > at).sort((x, y) => placeOf(x) - placeOf(y))[0];
}

/** The figure a fact gives for each of two places it names, where it gives each its own ("In Urla, 11 were killed, while five died in Menderes"). */
export function figuresAtPlaces(a: Analysis, corpus: Corpus, fact: Fact, places: readonly string[]): NumberFigure[] | undefined {
  const figure = unitFigure(a, fact) ?? fact.numbers?.[0];
  if (!figure) return undefined;
  const text = unseparated(fact.text).toLowerCase();
  const at = (place: string): number => nameIndex(text, corpus, place);
  if (!places.every((p) => Number.isFinite(at(p)))) return undefined;
  const alike = alikeFigures(fact, figure);
  const placeOf = figurePlacer(text);
  const got = places.map((p) => figureAt(alike, placeOf, at(p)));
  return got.every((g) => g !== undefined) && new Set(got).size === got.length ? (got as NumberFigure[]) : undefined;
}

// Of a fact's figures in one unit, the one nearest the name of someone (or something that is no place) the
// question asks about, when the fact names them; none when the fact gives one such figure.
// (Not a part and its whole, "23 of the union's 26 teachers": which of them is asked is weighed apart.)
// Where one clause of a sentence ends and another, with a subject of its own, may begin.
// (", with the remaining £2.5m borrowed by the council" is a clause of its own too.)
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas|yet|with)\s|;/;
function byWhom(a: Analysis, corpus: Corpus, fact: Fact, figure: NumberFigure): NumberFigure | undefined {
  const alike = alikeFigures(fact, figure);
  if (alike.length < 2) return undefined;
  const text = unseparated(fact.text).toLowerCase();
  if (partAndWhole(normalise(fact.text), alike) !== undefined) return undefined;
  const placeOf = figurePlacer(text);
  for (const t of a.terms) {
    const name = entityOf(corpus, t);
    const e = name === undefined ? undefined : corpus.entity(name);
    if (!e) continue;
    const at = nameIndex(text, corpus, e.name);
    if (!Number.isFinite(at)) continue;
    if (corpus.entityKind(name!) === 'place' || corpus.entityKind(name!) === 'country') {
      const placed = figureAt(alike, placeOf, at);
      if (placed) return placed;
      continue;
    }
    // (The first said after the name, as a count follows whose it is: "Grant came third with 8,940 votes,
    // and Byrne was fourth with 2,115"; else the nearest before it: "14,208 votes to Hughes's 13,596".)
    // (In the name's own clause first: "A further £4 million is a loan from the Football Stadia Improvement
    // Fund, and £1.2 million will be raised by selling naming rights" - the fund's is the one before it.)
    const apart = (n: NumberFigure): boolean => CLAUSE_BREAK.test(text.slice(Math.min(at, placeOf(n)), Math.max(at, placeOf(n))));
    const after = alike.filter((n) => placeOf(n) > at).sort((x, y) => Number(apart(x)) - Number(apart(y)) || placeOf(x) - placeOf(y));
    const near = alike.filter((n) => placeOf(n) >= 0).sort((x, y) => Math.abs(placeOf(x) - at) - Math.abs(placeOf(y) - at));
    const own = near.find((n) => !apart(n));
    if (after[0] !== undefined && apart(after[0]) && own !== undefined) return own;
    if (after.length || near.length) return after[0] ?? near[0];
  }
  return undefined;
}

/**
 * The whole a part is of: the largest figure in its unit that the candidates, or the facts most about that
 * unit, give (the facts about the part need not give the whole).
 */
export function wholeInData(corpus: Corpus, candidates: readonly Fact[], figure: NumberFigure): { fact: Fact; figure: NumberFigure } {
  return wholeOf([...candidates, ...searchTerms(corpus, [{ word: figure.unit, stem: stem(figure.unit) }], {}, DESCRIBING).map((h) => h.fact)], figure);
}

/**
 * "In total": the largest figure in the unit of the first fact's among the candidates is the whole (the
 * parts add up to it), with the fact that gives it.
 */
export function wholeOf(candidates: readonly Fact[], figure: NumberFigure): { fact: Fact; figure: NumberFigure } {
  let whole = { fact: candidates[0]!, figure };
  for (const fact of candidates) for (const n of fact.numbers ?? []) if (n.unit === figure.unit && n.value > whole.figure.value) whole = { fact, figure: n };
  return whole;
}

/**
 * Whether a yes-or-no question asks if parts make a whole ("add up to", "sum to"): only one with a word
 * of those runs the pattern.
 */
export function addsUpAsked(a: Analysis): boolean {
  return (a.folded.includes('add') || a.folded.includes('sum') || a.folded.includes('total')) && ADDS_UP.test(a.folded);
}

type Figured = { fact: Fact; n: NumberFigure };
/**
 * Where the candidates give a whole and two or more parts of it in one unit, each part from a fact of its
 * own: the parts, their sum, and the total asked about (a figure the question names, else the whole's).
 * "Yes: 17 + 5 = 22 missiles".
 */
export function sumOf(a: Analysis, candidates: readonly Fact[]): { whole: Figured; parts: Figured[]; total: number; named: number } | undefined {
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

/**
 * Each place a count names, in the order asked, with a fact giving its figure (one naming that place,
 * and none of the others where one can); undefined when the first fact names them all and answers alone,
 * null when a place has no fact. "Each base": the places of that kind the facts give figures for, when
 * there are two or more.
 */
export function eachPlace(a: Analysis, corpus: Corpus, facts: readonly Fact[]): [string, Fact][] | null | undefined {
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

// "By more than 10 votes", "by fewer than five": a margin bounded.
const MARGIN_ASKED = /\bby (?:more|fewer|less|over|under) than\b/;

// The margin of a tally the fact gives ("27 votes to 21": 6).
function marginOf(figure: NumberFigure, fact: Fact): number | undefined {
  const sides = tallyOf(fact, figure);
  return sides ? Math.abs(sides[0] - sides[1]) : undefined;
}

/** The figure a question compares with ("fewer than 10 missiles", "more than twenty"), if any. */
export function thanFigure(question: string): number | undefined {
  const said = words(question);
  const at = said.indexOf('than');
  // ("More than three times as many" bounds a ratio, not the figure: see multipleAsked.)
  return at >= 0 && at + 1 < said.length && isDigits(stem(said[at + 1]!)) && said[at + 2] !== 'times' ? Number(stem(said[at + 1]!)) : undefined;
}

// Units counting people by words the dictionary files as groups, not persons ("staff", "crew").
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['people', 'persons', 'staff', 'personnel', 'crew', 'crews', 'workforce']);

/**
 * The figures, in one unit, of the two places a comparison names, ordered as asked (the more first for
 * "more", the fewer first for "fewer"), each with the fact that gives it.
 */
export function compared(a: Analysis, corpus: Corpus, candidates: readonly Fact[]): [Compared, Compared] | undefined {
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
  // (Of the thing asked, where facts give it: "which factory has more staff?" weighs the staff each employs,
  // not a share of capacity one fact gives for both; people counted by two words for them are one count.)
  // (Its first word, before a rate: "people a month" counts people; "people killed" is no such count.)
  const rest = (unit: string): string => unit.split(' ').slice(1).join(' ');
  const people = (unit: string): boolean => {
    const head = unit.split(' ')[0]!;
    return (PEOPLE_UNITS.has(head) || isPersonNoun(head.replace(/s$/, ''))) && (rest(unit) === '' || /^(?:a|an|per|each) [a-z]+$/.test(rest(unit)));
  };
  const asked = (figure: NumberFigure): boolean => unitTerms(figure.unit).some((st) => a.wanted.has(st)) || (people(figure.unit) && [...a.wanted].some((st) => PEOPLE_UNITS.has(st) || isPersonNoun(st)));
  const placed = (list: readonly Fact[]): Compared[] => {
    const out: Compared[] = [];
    for (const fact of list) {
      const figure = unitFigure(a, fact) ?? fact.numbers?.[0];
      const entity = fact.entities.find((e) => (anyPlace || named.has(e)) && corpus.entityKind(e) === 'place');
      if (figure && entity && !out.some((x) => x.entity === entity)) out.push({ entity, figure, fact });
    }
    return out;
  };
  const ofAsked = placed(candidates.filter((fact) => {
    const figure = unitFigure(a, fact) ?? fact.numbers?.[0];
    return figure !== undefined && asked(figure);
  }));
  figures.push(...(ofAsked.length >= 2 && ofAsked.slice(0, 2).every((x) => people(x.figure.unit)) ? ofAsked : placed(candidates)));
  // (Two places one fact gives a figure each: "In Urla, 11 people were killed, while five died in Menderes".)
  const placesNamed = [...named].filter((n) => ['place', 'country'].includes(corpus.entityKind(n) ?? ''));
  if (figures.length < 2 && placesNamed.length === 2) {
    for (const fact of candidates) {
      const both = figuresAtPlaces(a, corpus, fact, placesNamed);
      if (!both) continue;
      figures.splice(0, figures.length, { entity: placesNamed[0]!, figure: both[0]!, fact }, { entity: placesNamed[1]!, figure: both[1]!, fact });
      break;
    }
  }
  if (figures.length < 2) return undefined;
  const [first, second] = figures as [Compared, Compared];
  // (People counted by two words for them are one count: "employs 310 people" against "employs 520 staff".)
  if (first.figure.unit !== second.figure.unit && (harmOf(first.figure.unit) === undefined || harmOf(first.figure.unit) !== harmOf(second.figure.unit)) && !(people(first.figure.unit) && people(second.figure.unit) && rest(first.figure.unit) === rest(second.figure.unit))) return undefined;
  // Figures answer a comparison of what they count ("more missiles"), not of anything ("the smaller one").
  // ("Which base was hit harder?": being struck more is being struck by more of what was fired, a count of
  // projectiles; never a size.)
  // ("Which base absorbed most of the barrage?": more of the mass fired is more of its projectiles.)
  const struck = PROJECTILE_UNIT.test(first.figure.unit) && a.terms.some((t) => STRUCK_WORDS.has(t.word) || FIRE_NOUNS.has(t.word)) && !words(a.folded).some((w) => SIZE_WORDS.has(w));
  if (!struck && ![first, second].some((x) => unitTerms(x.figure.unit).some((st) => a.wanted.has(st)))) return undefined;
  return direction === 'more' ? (first.figure.value >= second.figure.value ? [first, second] : [second, first]) : first.figure.value <= second.figure.value ? [first, second] : [second, first];
}

// "Three times as many", "more than twice as many", "at least double": a multiple one figure is of another,
// and how it bounds the ratio (none: about so many times).
const MULTIPLE = /\b(?:(more|less|fewer) than |(at least|over|under) )?(twice|double|triple|thrice|half|([a-z0-9]+) times)(?: as (?:many|much|hard|often)| more| over)\b/;
const MULTIPLES: Readonly<Record<string, number>> = { twice: 2, double: 2, triple: 3, thrice: 3, half: 0.5 };
// How far a ratio may be from a multiple asked with no bound and still be it ("three times as many": 3.4).
const ABOUT_SO_MANY_TIMES = 0.15;

function multipleAsked(folded: string): { times: number; bound: 'more' | 'less' | 'least' | 'about' } | undefined {
  const m = MULTIPLE.exec(folded);
  if (!m) return undefined;
  const times = MULTIPLES[m[3]!] ?? (m[4] !== undefined && isDigits(stem(m[4])) ? Number(stem(m[4])) : undefined);
  if (times === undefined || times <= 0) return undefined;
  const bound = m[1] === 'more' || m[2] === 'over' ? 'more' : m[1] !== undefined || m[2] === 'under' ? 'less' : m[2] === 'at least' ? 'least' : 'about';
  return { times, bound };
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
  // (Each figure as its fact writes it: "Hadley Green: about 1,800 people a month, against around 950 at ...".)
  const written = (x: Compared): string => writtenDigits(x.fact, x.figure) ?? String(x.figure.value);
  const told = `${winner.entity}: ${written(winner)} ${winner.figure.unit}, against ${written(other)} at ${other.entity}`;
  // ("Which base got more missiles, and by how many?": the difference too.)
  if (!DIFFERENCE.test(a.folded)) return told;
  return `${told} (${Math.abs(winner.figure.value - other.figure.value)} ${winner.figure.value >= other.figure.value ? 'more' : 'fewer'})`;
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

// A fact saying who someone is: "Paul Dembrowski is the reserve manager", "Priya Shah is the council's
// cabinet member for transport".
const ROLE_TOLD = / (?:is|was) (?:the|an?) /;

// "What were the missiles aimed at?", "what did the missiles target?": where something was aimed is asked.
const AIMED_AT_ASKED = /\b(?:what|which)\b.*\b(?:(?:aimed|fired|launched|directed|pointed) at|(?:did|do|does) .+ (?:target|aim at))\W*$/;
// A fact telling where something was aimed ("aimed at al-Asad airbase", "launched at two military bases").
const AIMED_AT_TOLD = /\b(?:aimed|fired|launched|directed|pointed) at\b/;

// "Who is X?": who or what X is when X names an entity (a background fact about it, else its description);
// the entity's name when X is a role ("the American president").
function identityAnswer(x: string, corpus: Corpus, fact: Fact): string | undefined {
  // ("Who is the president?": an alias "the president" is the same role.)
  const bare = (n: string): string => words(n).join(' ').replace(/^the /, '');
  // ("Who is the supreme leader in Iran?", "the foreign minister of Iran": the role, where the one holding it
  // holds it there, by a name of theirs naming that place: "Iran's supreme leader". Not "the president of
  // Iran", where the president the data knows is the US's.)
  // ("Who is the harbourmaster at Skelmouth?": a post at a place the data names is the post there, as the
  // data gives it.)
  const asked = bare(x).replace(/ at (?:the )?(.+)$/, (m, at: string) => (corpus.entityNamed(at) !== undefined ? '' : m));
  const held = ROLE_IN_PLACE.exec(asked);
  const place = held ? corpus.entityNamed(held[2]!) : undefined;
  const key = place !== undefined && corpus.entityNamed(held![1]!) !== undefined ? held![1]! : asked;
  // A background fact is about the entity it names first ("Javad Zarif is Iran's foreign minister" is
  // about Zarif, not Iran).
  const about = (name: string): boolean =>
    fact.type === 'background' && fact.entities.includes(name) && fact.entities.every((other) => namedAt(fact.text, corpus, name) <= namedAt(fact.text, corpus, other));
  const named = corpus.entityNamed(key === asked ? x : key) ?? corpus.entityNamed(`the ${key}`);
  const e = named === undefined ? undefined : corpus.entity(named);
  // (Or a body's post held by the one the data calls by the bare post, told where it tells of the body.)
  const heldThere = key === asked || (e !== undefined && [e.name, ...e.aliases].some((n) => namesOf(corpus, place!).some((p) => ` ${bare(n)} `.includes(` ${bare(p)} `) || ` ${bare(n)} `.includes(` ${bare(p)}s `)))) || (place !== undefined && heldAtBody(corpus, place, key));
  const alias = e && heldThere ? [e.name, ...e.aliases].find((n) => bare(n) === key) : undefined;
  // ("Who is the mayor?": a role no name is, held by the one person titled so, "Mayor Okafor", or described
  // so, "Mayor of Marlow Cross". "Who is the judge?": a role a name is found by only as part of it, "Judge
  // Whitcombe", too.)
  if (!e || !alias) {
    const holder = roleHolder(corpus, place !== undefined ? held![1]! : key, place);
    if (holder !== undefined) return holder;
  }
  if (!e || !alias) return fact.type === 'background' ? fact.text : undefined;
  // A role ends in a common noun, written in lower case ("supreme leader", "US president"); a name does
  // not ("al-Asad", "Donald Trump").
  const role = ROLE_NAME.test(alias.trim());
  if (!role) return about(e.name) ? fact.text : e.description;
  return fact.answer && fact.answer.includes(e.name) ? fact.answer : e.name;
}

// "supreme leader in iran", "foreign minister of iran": a role and where it is held.
const ROLE_IN_PLACE = /^(.+?) (?:in|of|for) (?:the )?(.+)$/;

// "Which is further west, al-Asad or Irbil?": of two or more places the question names, the one a fact
// naming it (and none of the others) puts in the direction asked ("the west of Iraq"; "northeast" is north
// and east), if only one.
// The entities of the kind asked for ("bases": Irbil, al-Asad airbase) that the best facts name, of more than
// those shown: each may name one of them.
function kindNamedBy(focus: string, corpus: Corpus, candidates: readonly Fact[], asked?: { word: string; folded: string }): string[] {
  // ("Which parties voted against?": not a person a title names by the word, "leader of the Unity Party";
  // and not those of a fact telling only the other side, "voting in favour".)
  const person = asked === undefined || isPersonNoun(asked.word);
  const side = asked === undefined ? undefined : sideAsked(asked.folded);
  const otherSideOnly = (f: Fact): boolean => side !== undefined && otherSideTold(side, normalise(f.text));
  const tellsSide = (f: Fact): boolean => side !== undefined && (side === 'against' ? AGAINST_TOLD : FOR_TOLD).test(normalise(f.text)) && !otherSideOnly(f);
  const best = candidates.slice(0, 2 * SUPPORTING);
  // (Where a side is asked and some facts tell it, theirs alone.)
  const told = side !== undefined && best.some(tellsSide) ? best.filter(tellsSide) : best.filter((f) => !otherSideOnly(f));
  return [...new Set(told.flatMap((f) => (asked === undefined ? entitiesMatching(focus, corpus, f) : membersNamed(asked.word, corpus, f)).filter((e) => person || corpus.entityKind(e) !== 'person')))];
}

/** "Which base lies further east?": the one place of those compared whose own facts put it that way. */
export function furthestPlace(a: Analysis, corpus: Corpus, candidates: readonly Fact[] = []): string | undefined {
  const asked = DIRECTION_COMPARED.exec(a.folded)?.[1];
  // ("Which base lies further east?", naming none: the places of that kind the best facts name.)
  const named = [...new Set(a.namedPlaces.values())];
  const places = named.length || a.focus === undefined ? named : kindNamedBy(a.focus, corpus, candidates).filter((e) => corpus.entityKind(e) === 'place');
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

// "Did X comment on Y?", "has X said anything about Y?": whether X spoke of Y (X, in the question's words).
const SPOKE_OF = /^(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|mention|mentioned|comment|commented|remark|remarked|speak|spoke|spoken|talk|talked|make|made|issue|issued|give|given|gave|put out)\s+(?:anything |something |a statement |any statement |statements |a comment |any comments? |comments |remarks |any remarks )?(?:on|about|regarding|concerning)\b/;

// The largest figure the facts give in a unit named by a word ("missiles": 22, the whole of 17 and 5), with
// the fact that gives it.
function largestFigure(facts: readonly Fact[], word: string): { fact: Fact; n: NumberFigure } | undefined {
  const st = stem(word);
  return facts.flatMap((fact) => (fact.numbers ?? []).map((n) => ({ fact, n }))).filter(({ n }) => unitTerms(n.unit).includes(st)).reduce<{ fact: Fact; n: NumberFigure } | undefined>((best, x) => (best === undefined || x.n.value > best.n.value ? x : best), undefined);
}

/**
 * "Were more missiles fired than targets threatened?": the largest figure of each kind the question weighs,
 * each with the fact that gives it (found through the index: the best few candidates may give only one).
 * @internal
 */
export function kindFigures(a: Analysis, corpus: Corpus): [{ fact: Fact; n: NumberFigure }, { fact: Fact; n: NumberFigure }] | undefined {
  if (a.intent !== 'yesno' || !a.kindsWeighed) return undefined;
  const [counted, against] = a.kindsWeighed.map((w) => largestFigure(searchTerms(corpus, [{ word: w, stem: stem(w) }], {}, POOL).map((h) => h.fact), w));
  return counted && against ? [counted, against] : undefined;
}

/** The first or the last sentence of a quote. */
export function quotePartOf(text: string, part: 'first' | 'last'): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 0);
  return (part === 'first' ? sentences[0] : sentences.at(-1)) ?? text;
}

// Of two entities a question offers with a comparative, the one the fact's comparative makes it ("the
// stronger US military": the United States for "stronger", Iran for "weaker").
function ratedOfTwo(a: Analysis, corpus: Corpus, fact: Fact): string | undefined {
  const rated = ratedOffered(a, corpus);
  const told = rated === undefined ? undefined : comparedTold(corpus, normalise(fact.text));
  if (rated === undefined || told === undefined) return undefined;
  const { offered, word } = rated;
  const side = offered.findIndex((e) => sameSide(corpus, e, told.entity));
  if (side < 0 || offered.every((e) => sameSide(corpus, e, told.entity))) return undefined;
  return offered[GREATER_WORDS.has(word) === told.greater ? side : 1 - side];
}

// Of figures a text gives, the first told after the thing the question asks about (its focus, or else its
// first word the text has, "long" aside), if the text names it.
function firstAfterFocus(a: Analysis, text: string, figures: readonly string[]): string | undefined {
  const asked = a.focus !== undefined ? [a.focus] : a.terms.map((t) => t.stem).filter((st) => st !== 'long');
  const told = normalise(text);
  const said = words(told);
  const at = said.findIndex((w) => asked.includes(stem(w)));
  if (at < 0) return undefined;
  const from = told.indexOf(said[at]!);
  // (Where the text gives it in words, there: "a diversion of about three miles".)
  const where = (f: string): number => {
    const digits = /\d[\d.,]*/.exec(f)?.[0];
    if (digits === undefined) return -1;
    const i = told.indexOf(digits, from);
    const inWords = i < 0 ? said.slice(at).find((w) => numberWord(w) === Number(digits)) : undefined;
    return inWords === undefined ? i : told.indexOf(inWords, from);
  };
  const placed = figures.map((f) => [f, where(f)] as const).filter(([, i]) => i >= 0).sort((x, y) => x[1] - y[1]);
  return placed[0]?.[0];
}

// The figure a fact gives as "of" a word the question asks of, in its first words ("an original estimate
// of £1.2 million", "a population of 4,000"), where the fact gives one such.
function figureOfWord(a: Analysis, fact: Fact): NumberFigure | undefined {
  const asked = new Set(a.terms.slice(0, OF_REACH).filter((t) => !t.stem.startsWith(ENTITY_PREFIX)).map((t) => t.stem));
  const said = words(unseparated(normalise(fact.text)));
  const of = said.flatMap((w, i) => (asked.has(stem(w)) && said[i + 1] === 'of' && /^\d/.test(said[i + 2] ?? '') ? (fact.numbers ?? []).filter((n) => saysFigure(said[i + 2]!, n)).slice(0, 1) : []));
  return of.length === 1 ? of[0] : undefined;
}
// How many of the question's first words may be the one a figure is "of".
const OF_REACH = 2;

// Of a change a fact tells of the thing asked ("the premium has gone up from £9,000 to £21,000"), the level it
// reached, or the one it left.
function levelOf(focus: string, fact: Fact, before: boolean): NumberFigure | undefined {
  const levels = changedLevels(fact);
  if (levels === undefined) return undefined;
  const text = normalise(unseparated(fact.text));
  const from = text.search(/\bfrom\b/);
  // (The thing whose level changed, a few words before the change: not "the wall along the River Wend will
  // cost more, up from ...".)
  return words(text.slice(0, from)).slice(-LEVEL_REACH).some((w) => stem(w) === focus) ? levels[before ? 0 : 1] : undefined;
}
// How many words before "from" the thing changed may stand: "our insurance premium has gone up from".
const LEVEL_REACH = 6;
const LEVEL_BEFORE = /\b(?:before|originally|original|previously|used to|at first|initially|formerly)\b/;

// The figure a fact says a thing is ("Turnout in the ward was 34.2%"): the thing's word (by its stem) opening
// the fact, then within a few words a verb of being, then the figure.
function statedFigure(focus: string, fact: Fact): NumberFigure | undefined {
  const said = words(unseparated(normalise(fact.text)));
  if (stem(said[0] ?? '') !== focus && !(DETERMINERS.has(said[0] ?? '') && stem(said[1] ?? '') === focus)) return undefined;
  const be = said.findIndex((w, i) => i <= 6 && STATED_BY.has(w));
  const next = be < 0 ? -1 : said.findIndex((w, i) => i > be && i <= be + 3 && /^\d/.test(w));
  return next < 0 ? undefined : fact.numbers?.find((n) => saysFigure(said[next]!, n));
}
const STATED_BY: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'stood', 'reached', 'totalled', 'totaled', 'came']);
