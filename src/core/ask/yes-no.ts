// Answering yes or no: whether the best fact settles the question, and which way.
import type { Corpus } from '../corpus.js';
import type { Fact } from '../model.js';
import { ENTITY_PREFIX } from '../index/build.js';
import { VOUCH_QUALITY, mentioned } from '../index/vocabulary.js';
import {
  STOP_WORDS,
  DETERMINERS,
  baseForms,
  isEnglishWord,
  isName,
  normalise,
  isAdverb,
  oppositeWords,
  stem,
  words,
  idiomsMeant,
  countryOfCapital,
  afterReversingPrefix,
  IN_THE_EVENT,
  isDigits,
  numberWord,
  escapeRegExp,
  VOTE_OUTCOMES,
} from '../text/index.js';
import {
  CHOICE_STATED,
  DIMENSION_OF,
  DIMENSION_TOLD,
  DIMENSION_WEIGHED,
  GREATER_WORDS,
  LESSER_WORDS,
  OPPOSING,
  PREPOSITION_NAME,
  COMPARATIVE,
  CONDITION,
  NEGATION,
  NOBODY,
  EXPECTED_TO,
  ENDED,
  AVOIDANCE,
  UNHARMED,
  HEDGE,
  CONDITIONAL_CLAIM,
  OPENING_CONDITION,
  CONDITION_WORDS,
  GOVERNED,
  DECIDER_TOLD,
  RELUCTANCE,
  ENDED_ASKED,
  PAST_ASKED,
  CLAUSE_TURN,
  FUTURE_TOLD,
  DAY_NAMED,
  POST_NOUNS,
  THAN,
  AMOUNT_WEIGHED,
  YEAR_BY_ASKED,
  YEAR_DUE_TOLD,
  TIME_PHRASE,
  MORE_AMOUNT,
  RELATIVE_CLAUSE,
  CONTINUATION,
  ORDER_ASKED,
  EITHER_ORDER,
  LATER_TOLD,
  EARLIER_TOLD,
  AGENT_AUXILIARY,
  COMPOUND_DIRECTION,
  DIRECTION_SUFFIXES,
  DIRECTION_WORD,
  OF_THE_TWO,
  COMPLETION_ASKED,
  DEATH_WORD,
  INJURY_WORD,
  otherSideTold,
} from '../text/cues.js';
import type { QueryTerm } from '../text/terms.js';
import {
  WANTING,
  WISH_WORDS,
  entitiesNamedIn,
  entityOf,
  factAgent,
  firstEntityIn,
  namedAt,
  namedBesideOnly,
  namesOf,
  ongoingTold,
  otherAgent,
  sameSide,
  subjectOnSide,
} from './names.js';
import type { Analysis } from './types.js';
import { statesRole, withoutClosingTag } from './analyse.js';
import {
  RELATED_HIT,
  SUFFICES_ASKED,
  SUFFICES_FOR_NOUN,
  SUFFICES_CLOSING,
  dayTold,
  judgedThing,
  saidAmong,
  tellsWhetherItGoesOn,
  unnamedTerms,
  voteAsked,
  vouchesFor,
} from './weigh.js';

// The one a fact says decides: named after "up to" ("squarely up to Donald Trump"), else the first person or
// side it names.
function deciderTold(corpus: Corpus, fact: Fact): string | undefined {
  const text = normalise(fact.text);
  const upTo = text.indexOf(' up to ');
  return firstEntityIn(corpus, upTo >= 0 ? words(text.slice(upTo + 7)).slice(0, 4).join(' ') : text);
}
const WISHING = new RegExp(`\\b(?:${WISH_WORDS})\\b`);
// Questions asking a wish, or a liking or a plan, that such a fact answers ("is Iran looking to escalate?",
// "do Americans support a war?").
const WISH_ASKED = /\b(?:looking to|supports?|favou?rs?|willing|desires?|plans?|planning|prefers?|(?:would|had|'d) (?:rather|sooner))\b/;
// A vow, a threat or a promise ("Iran had vowed severe revenge") settles whether it was made, asked in those
// words, not whether what it promised came about ("was Iran's revenge severe?").
export const VOW_ASKED = /\b(?:vow\w*|promis\w*|threat\w*|pledg\w*|swear|swore|sworn|warn\w*)\b/;
// A question of what will happen ("will there be a war?", "is Iran going to ..."), which a wish does not settle.
const WILL_HAPPEN = /^(?:will|would|shall|could|might)\b|\b(?:going to|gonna)\b/;
/** Whether a fact (folded) tells only a wish where the question (folded) asks what will happen. */
export function wishOnly(text: string, question: string): boolean {
  return WISHING.test(text) && WILL_HAPPEN.test(question) && !WANTING.test(question) && !WISH_ASKED.test(question);
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
    // ("Did the national park authority object?" - "The Peak District National Park Authority objected":
    // a subject of words of the doer's own name is the doer.)
    if (subject.length && subject.every((w) => namesOf(corpus, doer).some((n) => words(n).includes(w)))) return false;
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

// A verb that only does the deed its noun names ("carry out attacks", "conduct strikes", "stage a raid").
const SUPPORT_ASKED = /\b(?:(?:carry|carries|carried|carrying) out|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?|stag(?:e|es|ed|ing)|undert(?:ake|akes|ook|aken|aking)|perform(?:s|ed|ing)?)(?= (?:(?:a|an|the|any|more|further|new|another|fresh|direct|additional|its|their) )*[a-z]+(?:s|es)?\b)/g;
const FORETELLING = /\b(?:predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|foresaw|foresee(?:s|n)?|prophes(?:y|ied|ies)|foretold|foretell(?:s)?|warn(?:s|ed|ing)?)\b/;
const FORETOLD = /\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|foresaw|warn(?:s|ed)?|said|says|claimed|argued)\b(?: that)?\b[^.;]*\b(?:would|will|could|might)\b/;

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

/**
 * "Yes" or "No", then the fact: no when the fact says no and the question does not, or the other way, or
 * when the fact answers a word of the question with its opposite ("is al-Asad in eastern Iraq?" - "in the
 * west"). Neither when the fact cannot settle it: it leaves a word of the question unmatched ("aimed at
 * British bases?" - "at US bases"), or it only says what may happen ("will Trump retaliate?" - "should
 * Trump pick retaliation, ..."). Then the fact alone answers.
 */
// A question's words with each idiom put as the word it means ("cool with just" - "sufficient", "let it
// slide" - "ignore"), as its terms read them.
function idiomsRead(folded: string): string {
  const list = words(folded);
  const out = idiomsMeant(list);
  return out.length === list.length ? folded : out.join(' ');
}

// "More construction jobs than permanent ones", "fewer day visitors than overnight visitors": two kinds of
// one thing (its plural) weighed by their counts.
const SORTS_WEIGHED = /\b(more|fewer|less) ([a-z]+) ([a-z]+s) than (?:the )?([a-z]+)(?: ones\b| \3\b)/;

/**
 * "Yes" or "No" to a question weighing two kinds of one thing by their counts ("are there more construction
 * jobs than permanent ones?"), where the fact (folded) tells each count with the kind's word before the
 * thing ("180 permanent jobs, and up to 1,200 construction jobs"); undefined where it does not.
 */
export function sortsWeighed(folded: string, text: string): 'Yes' | 'No' | undefined {
  const kinds = SORTS_WEIGHED.exec(folded);
  if (!kinds) return undefined;
  const [, more, first, head, second] = kinds as unknown as [string, string, string, string, string];
  const told = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s+([a-z]+)\\s+${escapeRegExp(head)}\\b`, 'g'))) if (!told.has(m[2]!)) told.set(m[2]!, Number(m[1]!.replace(/,/g, '')));
  const [x, y] = [told.get(first), told.get(second)];
  return x === undefined || y === undefined || x === y ? undefined : x > y === (more === 'more') ? 'Yes' : 'No';
}

// Shares said in words: more than half, and under half.
// "Much", "many", "a lot of" asked; "little", "few", "hardly any" told (not "a little", "a few", which are some).
const MUCH_ASKED = /\b(?:much|many|a lot of|lots of|plenty of|a great deal of|heavy)\b/;
const LITTLE_SAID = /(?<!\ba |\bvery )\b(?:little|few)\b(?! (?:more|less|fewer)\b)|(?<!\ba )\bvery (?:little|few)\b|\b(?:hardly|scarcely|barely) any\b/;
const MOST_SAID = /\b(?:most|the majority|a majority|more than half|over half|nearly all|almost all)\b/;
const UNDER_HALF_SAID = /\b(?:fewer than half|less than half|under half|a minority)\b/;
// A comparison asked between two things: "older than", "bigger than" (its comparative).
const COMPARED_ASKED = /\b([a-z]{3,}er) than\b/;
// Paying asked ("do volunteers have to pay?", "are patients charged?"), and no charge told.
const PAYING_ASKED = /\b(?:pay|pays|paying|paid|charged|charge for)\b/;
const FREE_TOLD = /\b(?:free of charge|for free|at no cost|no charge|without charge|(?:will|would|shall) not be charged|won't be charged|not be charged|(?:park|parks|travel|travels|eat|eats|enter|enters|ride|rides|stay|stays) free)\b/;

export function yesNo(a: Analysis, corpus: Corpus, question: string, fact: Fact, answer: string, matched?: ReadonlyMap<string, number>): string {
  // (Whether words were said is settled by the words too: "did Khamenei say military action was enough?" -
  // “not sufficient”.)
  // (So is whether something sufficed, asked of the one judging: "does Khamenei think the missiles were
  // sufficient?" - “not sufficient”.)
  // (And asked in other words: "is Khamenei satisfied with just the missiles?", read as "sufficient".)
  const judging = a.intent === 'quote' || SUFFICES_CLOSING.test(a.folded) || SUFFICES_ASKED.test(a.folded) || SUFFICES_FOR_NOUN.test(a.folded) || a.terms.some((t) => t.word === 'sufficient');
  // ("Did the Social Democrats win a majority?" - "won ... but falling short of an outright majority": a
  // falling short of something, or a failing to do it, is a "not" to it, asked or told.)
  // (Of what is asked only: "won the election but fell short of a majority" says yes to winning the election.)
  // ("Did any Americans die or not?": the closing "or not" asks nothing, and denies nothing.)
  // (An idiom read as the word it means: "satisfied with just the missiles" asks whether they sufficed.)
  const folded = idiomsRead(withoutClosingTag(normalise(question)).replace(SHORT_OF, 'not'));
  const askedWords = new Set(words(folded).filter((w) => !STOP_WORDS.has(w)).map(stem));
  const plain = normalise(judging && fact.quote ? `${fact.text} ${fact.quote.text}` : fact.text);
  // ("Has the cost more than doubled?" - "has almost doubled": a deed done all but fully is not done, unless
  // the question asks as much.)
  const shortOf = ALMOST_DONE_ASKED.test(folded) ? SHORT_OF : new RegExp(`${SHORT_OF.source}|${ALMOST_DONE.source}`, 'g');
  const text = plain.replace(shortOf, (m, at: number) => (words(plain.slice(at + m.length)).slice(0, 5).some((w) => askedWords.has(stem(w))) ? 'not' : m));
  // The fact's words and their dictionary forms ("smaller" is "small"); an opposite's derivation counts
  // ("western" answers "east").
  // (Not a name's words: "Iraq's military" reporting says nothing against "civilians".)
  // (Each entity's names apart too: a word of one name is asked after another name of the same one.)
  const namesByEntity = fact.entities.map((name) => namesOf(corpus, name).map((n) => words(n)));
  const aliases = namesByEntity.flat();
  const nameWords = new Set(aliases.flat());
  for (const w of words(fact.attribution)) nameWords.add(w);
  // A compound direction says both its parts ("northeast" is north and east: against "west").
  // (An adverb says its adjective: "unusually calm" is unusual, against "usual".)
  const toldWords = words(text);
  const forms = new Set(toldWords.filter((w) => !nameWords.has(w)).flatMap((w) => [w, ...baseForms(w), ...(COMPOUND_DIRECTION.exec(w)?.slice(1, 3) ?? []), ...(w.length > 5 && w.endsWith('ly') && isAdverb(w) ? [w.slice(0, -2)] : [])]));
  const derived = (long: string, short: string): boolean => long.startsWith(short) && DIRECTION_SUFFIXES.includes(long.slice(short.length));
  const said = (o: string): boolean => forms.has(o) || [...forms].some((f) => derived(f, o) || derived(o, f));
  const asked = words(folded);
  // (Of the words asked about: "will Iran defend itself if attacked again?" supposes an attack, and a
  // fact saying Iran will defend itself does not oppose it.)
  const supposed = new Set(words(CONDITION.exec(folded)?.[1] ?? ''));
  // (A compound direction asked is both its parts too: "is al-Asad in the northeast?" - "in the west".)
  // (Nor a word of a time asked: "by the end of this year" asks no end against the fact's "begin".)
  const timeAsked = new Set(words((folded.match(new RegExp(TIME_PHRASE.source, 'gi')) ?? []).join(' ')));
  // ("Was the amendment passed?" - "the amendment was defeated": a vote's other outcome.)
  const voteOpposed = VOTE_OUTCOMES.some((side, i) => asked.some((w) => side.has(w)) && toldWords.some((w) => VOTE_OUTCOMES[1 - i]!.has(w)) && !toldWords.some((w) => side.has(w)));
  const opposed = asked.some((w) => !STOP_WORDS.has(w) && !forms.has(w) && !supposed.has(w) && !timeAsked.has(w) && [w, ...(COMPOUND_DIRECTION.exec(w)?.slice(1, 3) ?? [])].some((x) => oppositeWords(x).some(said))) || otherDirection(asked, text) || voteOpposed;
  // ("Is the hole deeper than it is wide?" - "four metres wide and three metres deep": one measure of the
  // fact's weighed against another, in one unit.)
  const measures = DIMENSION_WEIGHED.exec(folded);
  if (measures) {
    const told = new Map<string, { value: number; unit: string }>();
    for (const m of text.matchAll(DIMENSION_TOLD)) {
      const value = isDigits(m[1]!.replace('.', '')) ? Number(m[1]) : numberWord(m[1]!);
      if (value !== undefined && !told.has(m[3]!)) told.set(m[3]!, { value, unit: m[2]! });
    }
    const [one, other] = [DIMENSION_OF[measures[1]!]!, DIMENSION_OF[measures[2]!]!];
    const [x, y] = [told.get(one.measure), told.get(other.measure)];
    if (x && y && one.measure !== other.measure && x.unit === y.unit && x.value !== y.value) return `${x.value > y.value === one.more ? 'Yes' : 'No'}. ${answer}`;
  }
  const due = yearDue(corpus, folded, text);
  if (due !== undefined) return `${due}. ${answer}`;
  const amounts = amountsWeighed(folded, text, fact);
  if (amounts !== undefined) return `${amounts}. ${answer}`;
  // ("Does Ashgrove have more pupils than Kestrel Lane?" - "Ashgrove has 163 pupils on roll but room for 210,
  // while Kestrel Lane, built for 315, currently teaches 241": amounts weighed where the fact gives more
  // figures of the unit than two, whose are which it cannot tell, get no verdict; its words alike say nothing.)
  if (AMOUNT_WEIGHED.test(folded) && (fact.numbers ?? []).some((n, _, all) => all.filter((x) => x.unit === n.unit).length > 2)) return answer;
  // ("Is the western base Irbil?", read as "is al-Asad Irbil?": one place, or one person, asked to be
  // another the data names apart is a no.)
  if (sameAsked(a, corpus, folded)) return `No. ${answer}`;
  // ("Had the damage been fully counted yet?" - "still being assessed": not yet, whatever else it says.)
  if (COMPLETION_ASKED.test(folded) && ongoingTold(fact)) return `No. ${answer}`;
  // ("Did agency staff fill most of the gaps?" - "had filled fewer than half of the gaps": a share under
  // half answers most with a no, and one over half answers under half with a no.)
  // ("Is much rain expected?" - "expect little rain": a small amount told answers a large one asked with a no.)
  if (MUCH_ASKED.test(folded) && !LITTLE_SAID.test(folded) && LITTLE_SAID.test(text) && !MUCH_ASKED.test(text)) return `No. ${answer}`;
  // ("Do volunteers have to pay?" - "will continue to park free of charge": no charge told answers a paying
  // asked with a no, where nothing else in the fact denies it: "will no longer park free" is no no.)
  const free = PAYING_ASKED.test(folded) && !NEGATION.test(folded) ? FREE_TOLD.exec(text) : null;
  if (free && !NEGATION.test(text.replace(free[0], ' '))) return `No. ${answer}`;
  if (MOST_SAID.test(folded) !== UNDER_HALF_SAID.test(folded) && (MOST_SAID.test(folded) ? UNDER_HALF_SAID.test(text) && !MOST_SAID.test(text) : MOST_SAID.test(text) && !UNDER_HALF_SAID.test(text))) return `No. ${answer}`;
  // "Is al-Asad bigger than Irbil?" - "The Irbil base is the smaller of the two": a fact about the second
  // of two things the question compares says the opposite of the first.
  // ("Is the ball in Iran's court?" - "What happens next is squarely up to Donald Trump": another's to decide.)
  if (a.decider && DECIDER_TOLD.test(text)) {
    const told = deciderTold(corpus, fact);
    const asked = [...a.namedInQuestion].find((e) => corpus.entityKind(e) !== 'place');
    if (told !== undefined && asked !== undefined) return `${sameSide(corpus, asked, told) ? 'Yes' : 'No'}. ${answer}`;
  }
  // ("Did the Green Future Party vote against the bill?" - "..., the Green Future Party, voting in favour":
  // a side of a vote told of the one asked, the other side a no, the same a yes; of others, no verdict.)
  const vote = voteAsked(a, corpus, folded);
  if (vote !== undefined) {
    if (namedAt(fact.text, corpus, vote.voter) === Infinity) return answer;
    if (otherSideTold(vote.side, text)) return `No. ${answer}`;
    if (otherSideTold(vote.side === 'for' ? 'against' : 'for', text)) return `Yes. ${answer}`;
  }
  // ("Is Iran stronger than the US?" - "... war with the stronger US military": the fact gives the
  // comparative to one of the two the question weighs, the other is not so.)
  const weighed = comparedAsked(corpus, folded);
  const told = weighed ? comparedTold(corpus, text) : undefined;
  if (weighed && told) {
    const [ofOther, ofSubject] = [sameSide(corpus, told.entity, weighed.other), sameSide(corpus, told.entity, weighed.subject)];
    if (ofOther !== ofSubject) return `${(told.greater === weighed.greater) === ofSubject ? 'Yes' : 'No'}. ${answer}`;
  }
  // ("Is this fire bigger than the Bitterbrush Fire?" - "the largest in Harlan County since the 2017
  // Bitterbrush Fire": the largest since a thing is no larger than it.)
  // (So is the first since a time: "is this the first pilots' strike?" - "the first strike by the airline's
  // pilots since 2019": No, there was one then.)
  // (Not asked "since" itself: "is this the first ban since 2012?" - "the first ban since 2012" is a yes.)
  if (sinceWeighed(corpus, folded, text) || (FIRST_ASKED.test(folded) && FIRST_SINCE.test(text) && !/\bsince\b/.test(folded))) return `No. ${answer}`;
  // ("Is Kasimir older than Zora?" - "seven-year-old mother Zora and father Kasimir": a comparison asked is
  // settled only by a fact weighing the two, in a comparative, a superlative or two figures of one unit.)
  const comparedWord = COMPARED_ASKED.exec(folded)?.[1];
  if (comparedWord !== undefined && baseForms(comparedWord).some((b) => b !== comparedWord)) {
    const weighs = words(text).some((w) => (/^[a-z]{3,}(?:er|est)$/.test(w) || w === 'more' || w === 'less' || w === 'fewer' || w === 'most' || w === 'least') && baseForms(w).some((b) => b !== w || w.length <= 5));
    const units = (fact.numbers ?? []).map((n) => n.unit);
    if (!weighs && !units.some((u, i) => units.indexOf(u) !== i)) return answer;
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
  // (Not an opposite told only of what may be: "was Iran's big revenge weak?" - "humbling if its revenge turns
  // out to be little more than fireworks" settles nothing.)
  const opposedTold = opposed && !(CONDITIONAL_CLAIM.test(text) && !CONDITION.test(folded));
  if (dayOther || opposedTold || otherAfter(corpus, folded, text) || otherAgent(corpus, a, fact) || thingsDoerOther(a, corpus, asked, text) || otherPost(a, corpus, fact, asked)) return `No. ${answer}`;
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
  // (Nor one asked after another name of the same one, as "Iran's government" asks of the Iranian government.)
  const ownNamed = (names: readonly string[][], alias: readonly string[]): boolean =>
    alias.length > 1 && names.some((n) => n.length === 1 && n[0] !== alias[0] && spaced.includes(` ${n[0]} ${alias.slice(1).join(' ')} `));
  // (Nor a word of the speaker's own names that the question names them by: "did Iran's leader say ...?" -
  // the supreme leader's words.)
  const speakerNames = new Set([fact.attribution, fact.quote?.speaker].flatMap((n) => (n ? namesOf(corpus, n).flatMap((x) => words(x)) : [])));
  const namingSpeaker = (t: QueryTerm): boolean => speakerNames.has(t.word) && a.speaker.some((s) => s.stem === t.stem);
  // (Nor a word of one of its names set before another of them: "Iranian pro-government TV" asks of Iranian
  // state television, as "pro-government TV" does.)
  const beforeOther = (names: readonly string[][], word: string): boolean => names.some((n) => !n.includes(word) && spaced.includes(` ${word} ${n.join(' ')} `));
  const aliasOnly = (t: QueryTerm): boolean =>
    !t.stem.startsWith(ENTITY_PREFIX) && nameWords.has(t.word) && !textWords.has(t.word) && isEnglishWord(t.word) && !namingSpeaker(t) &&
    !namesByEntity.some((names) => names.some((alias) => alias.includes(t.word) && (spaced.includes(` ${alias.join(' ')} `) || ownNamed(names, alias) || beforeOther(names, t.word))));
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
  // ("Will Iran drop covert action?" - "will probably keep planning covert operations": a word of ending
  // asked is answered by the fact's going on, a no; the words asking it need not be the fact's.)
  // (Not one in a supposition: "even if Iran stops firing, will it still act in secret?")
  const ended = ENDED_ASKED.exec(folded.replace(CONDITION, ' '));
  const ending = ended?.[0];
  if (ending !== undefined && CONTINUATION.test(text) && !ENDED.test(text)) for (const w of words(ending)) support.add(w);
  // ("Is Iran done firing at the US?" - "does not intend to launch more direct attacks": a fact denying any
  // more of a deed answers whether it is over, the deed ended in whatever words the question has it.)
  if (ended && NO_MORE_TOLD.test(text)) {
    for (const w of words(ended[0])) support.add(w);
    // (The deed as the question's words have it: "hitting back" is the phrasal "hit back".)
    const deed = /^\s*(?:with\s+)?([a-z]+ing)(?:\s+(back|down|off|out|up|on))?\b/.exec(folded.slice(ended.index + ended[0].length));
    if (deed) for (const w of [deed[1]!, ...baseForms(deed[1]!), ...(deed[2] ? [deed[2]] : [])]) support.add(w);
  }
  const opposing = OPPOSING.exec(folded)?.[0] ?? RELUCTANCE.exec(folded)?.[0];
  const deniesWanting = NEGATION.test(text) || AVOIDANCE.test(text);
  if (opposing !== undefined && deniesWanting) for (const w of words(opposing)) support.add(w);
  const unsettled = hedged(a, corpus, text) || subjectOther || partOnly(folded, text) || (CONDITIONAL_CLAIM.test(text) && !CONDITION.test(folded)) || conditionUnasked(text, folded, askedWords, nameWords) || CHOICE_STATED.test(text) || (fact.type === 'threat' && !VOW_ASKED.test(folded)) || wishOnly(text, folded) || (matched !== undefined && leftUnsettled(text, a.terms.filter((t) => (matched.get(t.stem) ?? 0) < RELATED_HIT && !a.span.has(t.stem) && !(a.manner.has(t.stem) && EXPECTED_TO.test(t.word)) && !said(t.word) && !avoiding(t.word) && !reversed.includes(t) && !partyOnly(t) && !words(t.word).every((w) => support.has(w))), matched, a.terms.length)) || a.terms.some(aliasOnly);
  // ("Were any British troops hurt?" - "the barrage killed or wounded nobody at all": a casualty report of
  // no one settles it for anyone.)
  // (So does a casualty report of none of the people asked about, whatever the question says of the
  // strike they were not hurt in: "were any Americans killed in the missile strikes?" - "no Americans were
  // among the casualties".)
  const noneOfThem = a.existential && fact.type === 'casualties' && NEGATION.test(text) && matched !== undefined && a.terms.some((t) => entityOf(corpus, t) !== undefined && (matched.get(t.stem) ?? 0) >= RELATED_HIT);
  // (Not a report of no deaths asked of injuries: "was anyone injured?" - "no deaths have been reported"
  // says nothing of the injured.)
  const injuryOnly = asked.some((w) => INJURY_WORD.test(w)) && !asked.some((w) => DEATH_WORD.test(w) || w.startsWith('casualt'));
  const deathsOnly = (): boolean => {
    const told = words(text);
    return told.some((w) => DEATH_WORD.test(w)) && !told.some((w) => INJURY_WORD.test(w) || w.startsWith('casualt') || w.startsWith('harm'));
  };
  if (injuryOnly && deathsOnly()) return answer;
  // (A report of no harm of a kind, "no deaths have been reported", is a report of no one harmed so.)
  const nobodyAtAll = a.existential && fact.type === 'casualties' && (NOBODY.test(text) || NO_HARM_TOLD.test(text) || noneOfThem);
  // ("Will Iran keep hitting the US?" - "the strikes were Iran's answer to ...": a fact that does not tell
  // whether the deed goes on settles nothing of it.)
  if ((unsettled && !nobodyAtAll) || (a.aspectAsked && !tellsWhetherItGoesOn(fact))) return answer;
  // ("Did anyone die?" - "no deaths have been reported": a no, whatever word the report counts them by.)
  if (nobodyAtAll && NO_HARM_TOLD.test(text) && !NEGATION.test(folded)) return `No. ${answer}`;
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
    // ("Did the killing happen before or after the strikes?": which of the two, as the fact tells it.)
    if (EITHER_ORDER.test(folded)) return earlier !== later ? `${earlier ? 'Before' : 'After'}. ${answer}` : answer;
    if (order === 'before' ? later && !earlier : earlier && !later) return `No. ${answer}`;
    if (order === 'before' ? !earlier : !later) return answer;
  }
  // A negation inside a clause about someone or something else ("a tough man who tolerates no defiance")
  // does not deny what is asked; a fact saying something has stopped answers only whether it goes on.
  // ("Keen to stay out of a war", "avoid": a no to wanting it, as "not" is; to nothing else.)
  // (Unless the clause holds what is asked: "does Trump tolerate defiance?" - "... who tolerates no defiance".)
  const wanting = WANTING.test(folded);
  const askedStems = new Set(asked.filter((w) => !STOP_WORDS.has(w) && !nameWords.has(w)).map(stem));
  // ("Did Tom Bright leave?" - "refused to leave": a refusal of the deed asked is a no to it.)
  // ("Did the dealer take the reward?" - "declined a $5,000 reward": a thing refused was not taken.)
  // ("Can the pub get insurance?" - "had been unable to get insurance": a deed failed at is a no to it.)
  const refused = [...text.matchAll(REFUSED_TO)].some((m) => asked.some((w) => stem(w) === stem(m[1]!))) || (TAKING_ASKED.test(folded) && [...text.matchAll(REFUSED_THING)].some((m) => askedStems.has(stem(m[1]!))));
  // ("Was anyone injured?" - "Two firefighters were treated, but no one else was hurt": a denial of anyone
  // else grants the ones told before it.)
  const negated = refused || NEGATION.test((clauseAskedOf(a, corpus, fact, text) ?? text).replace(RELATIVE_CLAUSE, ' ').replace(ANYONE_ELSE_DENIED, ' ')) || [...text.matchAll(RELATIVE_CLAUSE)].some((m) => NEGATION.test(m[0]) && words(m[0]).some((w) => askedStems.has(stem(w))));
  // ("Is the US going to war with Iran?" - "... telling its people that Western media are lying when they
  // report no US casualties": a "no" in a clause holding none of what the question asks, names aside,
  // denies something else, and settles nothing.)
  // (A denial of any more, asked whether a deed is over, is of that deed: see NO_MORE_TOLD.)
  if (negated && !refused && !asksNoOf(a, corpus, fact, text) && !(ended && NO_MORE_TOLD.test(text))) return answer;
  const saysNo = negated || ((wanting || opposing !== undefined) && AVOIDANCE.test(text)) || (ENDED.test(text) && (ended !== null || CONTINUATION.test(folded)));
  // (Against something, where the fact denies no wanting of it, is not settled: "is Khamenei against the US?"
  // - "wants the US out of the Middle East" says it in other words.)
  if (opposing !== undefined && !saysNo) return answer;
  // ("Would Trump look weak if he doesn't respond?": a "not" in what the question supposes denies nothing.)
  const asksNo = (NEGATION.test(folded.replace(CONDITION, ' ')) || (wanting && AVOIDANCE.test(folded)) || opposing !== undefined || unharmed !== undefined || ended !== null) !== (reversed.length % 2 === 1);
  return `${saysNo === asksNo ? 'Yes' : 'No'}. ${answer}`;
}

/**
 * "Will the wall be fixed by the end of this year?" (the article of 2025) - "would not be complete until late
 * 2026": a deed to come asked by a year, where the fact gives it one year to come in, is a yes by that year
 * or a no after it; asked in a year, a yes in it.
 */
function yearDue(corpus: Corpus, folded: string, text: string): 'Yes' | 'No' | undefined {
  const asked = YEAR_BY_ASKED.exec(folded);
  if (asked === null || !/^(?:will|would|is|are|should|could|can)\b/.test(folded)) return undefined;
  const now = Number(corpus.dataset.article.date.slice(0, 4));
  const relative = asked[2] ?? asked[4];
  const year = asked[3] !== undefined ? Number(asked[3]) : relative === 'next' ? now + 1 : now;
  const told = new Set([...text.matchAll(YEAR_DUE_TOLD)].map((m) => Number(m[1])));
  if (told.size !== 1 || !Number.isFinite(year)) return undefined;
  const [due] = told;
  const by = asked[1] === 'by' || asked[1] === 'before';
  return (by ? due! <= year : due === year) ? 'Yes' : 'No';
}

/**
 * "Did the charity take in more seals last year than in 2020?" - "took in 214 seals last year, up from 131 in
 * 2020": two figures of one unit in one fact, one told beside the words only the side after "than" has, the
 * other beside the words only the side before it has, weighed as the question weighs them.
 */
export function amountsWeighed(folded: string, text: string, fact: Fact): 'Yes' | 'No' | undefined {
  const m = AMOUNT_WEIGHED.exec(folded);
  const figures = fact.numbers ?? [];
  if (m === null || figures.length !== 2 || figures[0]!.unit !== figures[1]!.unit || figures[0]!.value === figures[1]!.value) return undefined;
  // (The unit's words are both sides'.)
  const unit = new Set(words(figures[0]!.unit).map(stem));
  const own = (s: string): Set<string> => new Set(words(s).filter((w) => !STOP_WORDS.has(w)).map(stem).filter((w) => !unit.has(w)));
  const [first, second] = [own(folded.slice(0, m.index) + ' ' + m[2]!), own(m[3]!)];
  const [firstOnly, secondOnly] = [[...first].filter((w) => !second.has(w)), [...second].filter((w) => !first.has(w))];
  // Each figure's neighbours: up to four words either side, those between the two going to the nearer (a
  // tie to the first: "214 seals last year, up from 131 in 2020").
  const told = words(text);
  const at = figures.map((f) => told.findIndex((w) => w.replace(/,/g, '') === String(f.value)));
  if (at.some((i) => i < 0)) return undefined;
  const [lo, hi] = [Math.min(at[0]!, at[1]!), Math.max(at[0]!, at[1]!)];
  const mid = lo + Math.floor((hi - lo) / 2) + 1;
  const near = (i: number): Set<string> => new Set((i === lo ? told.slice(Math.max(0, lo - 4), mid) : told.slice(mid, hi + 5)).map(stem));
  const [a, b] = [near(at[0]!), near(at[1]!)];
  const holds = (n: Set<string>, list: readonly string[]): boolean => list.some((w) => n.has(w));
  // The side after "than" decides which figure is whose; the side before must not say the same.
  const second0 = holds(a, secondOnly) && !holds(b, secondOnly);
  const second1 = holds(b, secondOnly) && !holds(a, secondOnly);
  if (second0 === second1) return undefined;
  const [mine, theirs] = second0 ? [figures[1]!, figures[0]!] : [figures[0]!, figures[1]!];
  if (holds(second0 ? a : b, firstOnly.filter((w) => !(second0 ? b : a).has(w)))) return undefined;
  return mine.value > theirs.value === MORE_AMOUNT.has(m[1]!) ? 'Yes' : 'No';
}

// Whether a question asks only whether one place or person is another: "is Irbil al-Asad?" (every word
// after the verb a word of their names; not "is al-Asad bigger than Irbil?").
function sameAsked(a: Analysis, corpus: Corpus, folded: string): boolean {
  if (!IDENTITY_OPENS.test(folded) || a.namedInQuestion.size !== 2) return false;
  const named = [...a.namedInQuestion];
  const [x, y] = named.map((e) => corpus.entityKind(e));
  if (x !== y || (x !== 'place' && x !== 'person')) return false;
  const nameWords = new Set(named.flatMap((e) => namesOf(corpus, e).flatMap((n) => words(n))));
  return words(folded.replace(IDENTITY_OPENS, '')).every((w) => DETERMINERS.has(w) || nameWords.has(w));
}
const IDENTITY_OPENS = /^(?:is|was|isn't|wasn't|isnt|wasnt) /;

// ("Should we expect Trump to retaliate?" - "Should Trump pick retaliation, more shooting is to be expected":
// what follows on a condition the fact opens with is not settled by it, unless the question supposes the
// condition too and asks what follows it: "if Trump retaliates, will there be more shooting?", "would
// retaliation mean more shooting?". Words naming someone, and those saying how sure, ask neither.)
function conditionUnasked(text: string, folded: string, asked: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  const opening = OPENING_CONDITION.exec(text)?.[0];
  if (opening === undefined) return false;
  const said = (part: string): boolean => words(part).some((w) => !STOP_WORDS.has(w) && !names.has(w) && !CONDITION_OPENERS.has(w) && !SURENESS.test(w) && asked.has(stem(w)));
  return !(said(opening) || CONDITION.test(folded)) || !said(text.slice(opening.length));
}
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'should', 'unless', 'once', 'were', 'had']);
const SURENESS = /^(?:expect|likel|probabl|possibl|sure|certain)/;

const SHORT_OF = /\b(?:fall|falls|fell|falling|fallen) short of\b|\bfail(?:s|ed|ing)? to\b|\bmiss(?:es|ed|ing)? out on\b/g;
// "Almost doubled", "nearly finished": a deed done all but fully.
const ALMOST_DONE = /\b(?:almost|nearly|all but)(?= [a-z]+ed\b)/;
const ALMOST_DONE_ASKED = /\b(?:almost|nearly|all but|close to)\b/;

// A report of no harm of a kind: "no deaths", "no UK casualties", "no injuries".
const NO_HARM_TOLD = /\bno (?:[a-z]+ )?(?:deaths|dead|casualties|fatalities|injuries|injured)\b/;

/**
 * "Is Iran signalling de-escalation?" - "does not want the conflict to escalate": the question's words that
 * a prefix reverses ("de-", "non-", "anti-"), whose base the fact says: they ask the opposite of that base.
 */
export function reversedTerms(a: Analysis, text: string): QueryTerm[] {
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

// Of a fact's clauses joined by "and" or "but" after a comma, the one with no "not" that tells all a yes or
// no asks, if one: "Watering cans can still be used, and water collected in water butts is not affected" -
// the "not" is of the butts, not of the cans.
// (And names every one the question names but the speaker: "did Zarif say Iran would defend itself against
// Iraq?" is not told by "but will defend ourselves against any aggression".)
function clauseAskedOf(a: Analysis, corpus: Corpus, fact: Fact, text: string): string | undefined {
  const clauses = text.split(JOINED_CLAUSE);
  const asked = clauses.length > 1 ? unnamedTerms(a, corpus) : [];
  const named = a.terms.filter((t) => !asked.includes(t)).map((t) => entityOf(corpus, t) ?? t.word).filter((e) => e !== fact.attribution && e !== fact.quote?.speaker);
  const tellsAll = (c: string): boolean => asked.every((t) => saidAmong(corpus, t, new Set(words(c).map(stem)), VOUCH_QUALITY)) && named.every((e) => namedAt(c, corpus, e) !== Infinity);
  return asked.length ? clauses.find((c) => !NEGATION.test(c) && tellsAll(c)) : undefined;
}
const JOINED_CLAUSE = /[,;]\s+(?:and|but|while)\s+/;

// Whether a fact only says what may happen, as far as the question asks: a modal ("Trump could point out
// ..."), or a condition ("if", "unless") that what the question asks about lies inside ("The previous week
// Trump had threatened to strike ... if Iran attacked" settles whether he threatened, not whether he struck).
function hedged(a: Analysis, corpus: Corpus, told: string): boolean {
  // (Not a modal in a clause of its own about what the fact tells: "more rain is forecast for Thursday,
  // which could push the river higher" forecasts the rain outright.)
  // (Nor a "will" reported: "Northway Buses said timetables would not change" to "will timetables change?".)
  const unreported = told.replace(RELATIVE_CLAUSE, ' ');
  const text = /\bwill\b/.test(a.folded) ? unreported.replace(REPORTED_WOULD, '$1 will') : unreported;
  const m = HEDGE.exec(text);
  if (!m) return false;
  const vocabulary = corpus.index.vocabulary;
  const tellsAll = (part: string): boolean => {
    const before = new Set(words(part).map(stem));
    return a.terms.every((t) => t.stem.startsWith(ENTITY_PREFIX) || a.span.has(t.stem) || before.has(t.stem) || mentioned(vocabulary.expand(t)).some((st) => before.has(st)));
  };
  // (Nor one after a clause that tells all that is asked outright: "the park authority objected, warning
  // that the extension would be visible" - it objected.)
  const comma = text.lastIndexOf(',', m.index);
  if (comma > 0 && tellsAll(text.slice(0, comma))) return false;
  // ("Did the Democrats warn that killing Soleimani would start a war?" - "... would lead to war"; "could
  // Trump come out of this a winner?" - "Trump can ...": a modal the question asks with too is no hedge.)
  // (Nor one inside what the fact tells was foretold, asked of the foretelling: "did the Democrats predict
  // war?" - "had warned that killing Soleimani would lead to war".)
  if (!CONDITION_WORDS.has(m[0])) return !MODAL_ASKED.test(a.folded) && !(FORETELLING.test(a.folded) && FORETOLD.test(text));
  // ("Did Trump strike 52 targets?" - "Trump had threatened to strike ...": what was threatened did not
  // happen; only the threatening did. "Had Trump warned Iran?" asks of the threatening, in its own word.)
  const governing = GOVERNED.exec(text.slice(0, m.index))?.[1];
  if (governing !== undefined && !a.terms.some((t) => t.stem === stem(governing) || vocabulary.expand(t).has(stem(governing)))) return true;
  return !tellsAll(text.slice(0, m.index));
}

// A saying and the "would" of what it reports: "said timetables would", "told reporters the pool would".
const REPORTED_WOULD = /(\b(?:said|says|told \w+|confirmed|announced|insisted|promised|stated|added)\b(?:\s+that)?(?:\s+(?!would\b)[^\s,;.]+){1,4})\s+would\b/;

// A question asking what may be, would be or could be.
const MODAL_ASKED = /\b(?:could|can|may|might|would|should)\b/;

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

// A refusal of a deed, or a failure at it, with the deed's verb: "refused to leave", "declined to rule out",
// "unable to get", "failed to stop".
const REFUSED_TO = /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|unable|fail(?:s|ed|ing)?) to ([a-z]+)\b/g;
// A refusal of a thing offered, with the thing: "declined a $5,000 reward", "turned down the offer"; and a
// question asking whether it was taken.
const REFUSED_THING = /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?|turn(?:s|ed|ing)? down)\s+(?:(?:a|an|the|his|her|their|its|any)\s+)?(?:[$\u00a3\u20ac]?\d[\d,.]*\s+)?([a-z]+)\b/g;
const TAKING_ASKED = /\b(?:take|takes|took|taken|taking|accept\w*|receiv\w*|collect\w*|keep|kept|pocket\w*|claim\w*)\b/;

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

/** The entity a text's comparative of strength or size is given to, right after it ("... war with the stronger US military") or as its subject ("Irbil is the smaller"), and which way it goes. */
export function comparedTold(corpus: Corpus, text: string): { entity: string; greater: boolean } | undefined {
  const said = words(text);
  const i = said.findIndex((w) => GREATER_WORDS.has(w) || LESSER_WORDS.has(w));
  if (i < 0) return undefined;
  const named = corpus.dataset.entities.find((e) => namedAt(said.slice(i + 1, i + 4).join(' '), corpus, e.name) === 0)?.name;
  // ("The Irbil base is the smaller of the two targets": the one the comparative is said of, before it.)
  const subject = named === undefined && said[i - 1] === 'the' && ['is', 'was', 'are', 'were'].includes(said[i - 2] ?? '') ? firstEntityIn(corpus, said.slice(Math.max(0, i - 6), i - 2).join(' ')) : undefined;
  const entity = named ?? subject;
  return entity === undefined ? undefined : { entity, greater: GREATER_WORDS.has(said[i]!) };
}

// Whether the fact puts another entity where the question puts one, after the same preposition, and never
// the question's: "fired from Iraq?" - "from Iranian soil"; "aimed at British bases?" - "at US bases".
function otherAfter(corpus: Corpus, question: string, text: string): boolean {
  // Each entity after a preposition, with the words of the deed before it.
  const pairsIn = (s: string): Array<{ preposition: string; entity: string; deed: Set<string> }> =>
    [...s.matchAll(PREPOSITION_NAME)].flatMap((m) => {
      const entity = corpus.entityNamed(m[2]!);
      return entity === undefined ? [] : [{ preposition: m[1]!, entity, deed: new Set(deedBefore(corpus, s, m.index)) }];
    });
  // For each preposition, the entities after it and the words of the deed before them.
  const byPreposition = (pairs: ReturnType<typeof pairsIn>): Map<string, { entities: Set<string>; deed: Set<string> }> => {
    const out = new Map<string, { entities: Set<string>; deed: Set<string> }>();
    for (const p of pairs) {
      let seen = out.get(p.preposition);
      if (!seen) out.set(p.preposition, (seen = { entities: new Set(), deed: new Set() }));
      seen.entities.add(p.entity);
      for (const st of p.deed) seen.deed.add(st);
    }
    return out;
  };
  const pairs = pairsIn(text);
  const theirs = byPreposition(pairs);
  // (Of the same deed: "is Corvane based in Dublin?" - "Corvane, which is based in Reading, runs two other
  // data centres, in Slough and in Dublin" puts the base in Reading; Dublin is where it runs a centre.)
  for (const [preposition, asked] of byPreposition(pairsIn(question))) {
    const told = theirs.get(preposition);
    if (told && ![...asked.entities].some((e) => told.entities.has(e)) && sameDeed(corpus, asked.deed, told.deed)) return true;
    const same = pairs.filter((p) => p.preposition === preposition && asked.deed.size > 0 && p.deed.size > 0 && sameDeed(corpus, asked.deed, p.deed));
    if (same.length && !same.some((p) => asked.entities.has(p.entity)) && !pairs.some((p) => asked.entities.has(p.entity) && [...asked.deed].every((st) => p.deed.has(st)))) return true;
  }
  return false;
}

/** The stems of the (up to three) words before a place in a text that tell the deed: no stop word or name. */
export function deedBefore(corpus: Corpus, text: string, at: number): string[] {
  return words(text.slice(0, at)).filter((w) => !STOP_WORDS.has(w) && corpus.entityNamed(w) === undefined).slice(-3).map(stem);
}

/**
 * Whether a question's words of a deed and a fact's tell the same one, a word alike or related ("will the
 * US withdraw its troops from Iraq?" - "Iran launched 22 missiles from Iranian soil": another deed; "did
 * Iran fire the missiles from inside Iraq?" - the missiles). No words of its own asks of any.
 */
export function sameDeed(corpus: Corpus, asked: Iterable<string>, told: ReadonlySet<string>): boolean {
  const list = [...asked];
  return !list.length || list.some((st) => told.has(st) || mentioned(corpus.index.vocabulary.expand({ word: st, stem: st })).some((x) => told.has(x)));
}

// A question asking whether something is greater than a thing ("bigger than the Bitterbrush Fire") of a fact
// giving it a superlative since that thing ("the largest since the 2017 Bitterbrush Fire").
const GREATER_THAN = /\b(?:bigger|larger|greater|worse|deadlier|higher|more [a-z]+) than (.+)$/;
const SUPERLATIVE_SINCE = /\b(?:largest|biggest|greatest|worst|deadliest|highest|most [a-z]+)\b[^.;]*?\bsince\b([^.;,]*)/;
// "Is this the first ...?", and "the first ... since ...".
const FIRST_ASKED = /^(?:is|was|are|were) (?:this|that|it|these|those) (?:the )?first\b/;
const FIRST_SINCE = /\bfirst\b[^.;]*?\bsince\b/;
function sinceWeighed(corpus: Corpus, folded: string, text: string): boolean {
  const than = GREATER_THAN.exec(folded)?.[1];
  const since = than === undefined ? undefined : SUPERLATIVE_SINCE.exec(text)?.[1];
  if (than === undefined || since === undefined) return false;
  const inSince = new Set(entitiesNamedIn(corpus, words(since)));
  return entitiesNamedIn(corpus, words(than)).some((e) => inSince.has(e));
}

// "But no one else was hurt": a denial of anyone but those told before it, to the end of its clause.
const ANYONE_ELSE_DENIED = /\b(?:no one|nobody|none|no-one) else\b[^,;.]*/g;

// Whether the words a fact does not say as asked leave a yes or no unsettled: two or more, or one of a
// short question, or one the fact says nothing near ("is Iran expected to go on plotting secret operations?"
// - "will probably keep planning covert operations": one word the fact says in other words, beside all the
// rest it says, settles it). (Not where the fact holds a word its "un-" reverses: "was the reaction typical?"
// - "unusually calm" answers what "typical" is not.)
function leftUnsettled(text: string, unmatched: readonly QueryTerm[], matched: ReadonlyMap<string, number>, all: number): boolean {
  if (unmatched.length !== 1) return unmatched.length > 1;
  if (all < 3 || (matched.get(unmatched[0]!.stem) ?? 0) < VOUCH_QUALITY) return true;
  return words(text).some((w) => w.startsWith('un') && w.length > 5 && isEnglishWord(w.slice(2)));
}

// A fact denying any more of something: "no further attacks", "does not intend to launch more attacks".
const NO_MORE_TOLD = /\bno (?:more|further)\b|\bnot\b[^,;.]{0,40}\b(?:more|further|again)\b|\bany ?more\b/;

// "Will the whole path be tarmac?" - "a tarmac surface near the town and a gravel surface in rural sections":
// a whole asked of is not settled by what is told of a part of it.
function partOnly(folded: string, text: string): boolean {
  return WHOLE_ASKED.test(folded) && PART_TOLD.test(text);
}
const WHOLE_ASKED = /\b(?:whole|entire|entirely|completely|fully|all the way)\b/;
const PART_TOLD = /\b(?:near the|in (?:some|parts?|places|rural|urban|most)\b|partly|partially|(?:some|part|parts|most) of|sections?\b|stretch(?:es)?\b)/;
