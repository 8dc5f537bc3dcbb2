// Sentences of a paragraph, and clauses of a sentence that each make one claim.
import { baseForms, DETERMINER_WORD, IRREGULAR_COMPARISONS } from '../text/index.js';
import { ABBREVIATIONS, CLAUSE_SUBJECTS, SAYING, SUBJECT_PRONOUN } from '../text/extract-cues.js';

const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/** A paragraph's sentences: a full stop, ! or ? ends one unless it ends an abbreviation or sits in a quote that goes on. */
export function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '"') quoted = !quoted;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // The end may carry closing quotes and brackets: "...self-defence."
    let end = i + 1;
    while (end < paragraph.length && (CLOSE_QUOTES.has(paragraph[end]!) || paragraph[end] === ')')) end++;
    if (end < paragraph.length && paragraph[end] !== ' ') continue;
    const word = /([\w.]+)$/.exec(paragraph.slice(start, i))?.[1]?.toLowerCase() ?? '';
    if (c === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word))) continue;
    // A quote still open at a full stop goes on: the sentence ends with the quote.
    if (quoted && !CLOSE_QUOTES.has(paragraph[end - 1]!)) continue;
    const next = paragraph.slice(end).trimStart();
    if (next && !/^[A-Z0-9“"‘(]/.test(next)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
    quoted = false;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

// A reporting verb, and after it a few words with no verb among them: "Calderdale Council said 340 homes"
// is a reported clause still waiting for its verb.
const REPORTING_AT_END = /\b(?:said|says|say|told \w+|reported|reports|announced|confirmed|estimated|estimates)\s+(?:that\s+)?((?:\S+\s+){0,4}\S+)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|been|be|[a-z]+ed)$/i;
function verblessReport(text: string): boolean {
  const m = REPORTING_AT_END.exec(text.trim());
  return m !== null && !m[1]!.split(/\s+/).some((w) => FINITE.test(w.replace(/\W+$/, '')));
}

// A name after a preposition closing the words so far: "Researchers at the University of Southern Denmark".
const NAMED_AFTER_PREPOSITION = /\b(?:at|of|from|with|between|by|for)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'-]*)*$/u;

/**
 * The clauses of a sentence that each stand as a sentence: split at semicolons, and at ", and" / ", but" /
 * " and" when what follows has a subject of its own ("17 missiles were fired at X and five missiles were
 * fired at Y"). Quoted words are never split.
 */
export function clausesOf(sentence: string): string[] {
  if (/[“"]/.test(sentence)) return (saidAndSaid(sentence) ?? setAgainst(sentence))?.map(asSentence) ?? [sentence];
  const twice = saidAndSaid(sentence);
  if (twice) return twice.map(asSentence);
  const deeds = deedsListed(sentence);
  if (deeds) return deeds.map(asSentence);
  const cased = inWhichCase(sentence);
  if (cased) return cased.map(asSentence);
  const parts = sentence.split(/;\s+/);
  return parts.flatMap((part) => {
    const pieces: string[] = [];
    let rest = part;
    for (;;) {
      // (And ", while" / ", whereas" setting a second subject's deed against the first's: "All 24 Labour
      // councillors backed the increase, while the 15 Conservative and six Green councillors voted against".)
      const m = /,? (?:and|but) (?=(\S+))|, (?:while|whereas) (?=(\S+))/g;
      let cut = -1;
      let after = 0;
      let subject = '';
      for (let x = m.exec(rest); x; x = m.exec(rest)) {
        const tail = rest.slice(x.index + x[0].length);
        // Names joined ("the UK and Ireland", "Safety and Standards", "CrispMax 5 and CrispMax 7"): one thing
        // named, no clause.
        if (!x[0].startsWith(',') && /(?:^|\s)(?:\p{Lu}|\d)[^\s]*$/u.test(rest.slice(0, x.index)) && /^\p{Lu}/u.test(tail)) continue;
        // (So are two names after a preposition, the second with "the": "Researchers at the University of
        // Southern Denmark and the University of Sydney tracked ...".)
        if (!x[0].startsWith(',') && NAMED_AFTER_PREPOSITION.test(rest.slice(0, x.index)) && /^the\s+\p{Lu}/u.test(tail)) continue;
        // A new subject and a verb soon after it: "five missiles were fired", "the Iraqi army say". (Not
        // where what goes before is a reported clause still waiting for its verb: "the council said 340
        // homes and 85 businesses had been flooded" is one claim of both.)
        // (Nor where what goes before is only who does it, "The opposition Citizens' Party and the Liberty
        // Party voted against", "The union and the airline have agreed to meet": two subjects of one verb.)
        if (nounPhraseOnly(rest.slice(0, x.index))) continue;
        // (Nor one naming a thing of theirs with no verb yet: "An investigation by the fire service and
        // Harwick Police is expected to take several weeks".)
        if (!x[0].startsWith(',') && ofWhomOnly(rest.slice(0, x.index))) continue;
        // (Nor a thing and where it is, with no verb: "The roof above two classrooms and the school hall gave
        // way" - two subjects of one verb.)
        if (!x[0].startsWith(',') && THING_AT_PLACE.test(rest.slice(0, x.index).trim())) continue;
        // (Nor a thing and what it is meant for, its verb still to come: "A flood defence scheme meant to
        // protect 640 homes and 85 businesses in Thornwick will open a year later".)
        if (!x[0].startsWith(',') && MEANT_FOR_SUBJECT.test(rest.slice(0, x.index).trim())) continue;
        // (Nor inside a clause of the time just told, which holds both deeds: "The town was badly hit in
        // February 2020, when the Lenn burst its banks and 143 properties were flooded".)
        if (WHEN_OPEN.test(rest.slice(0, x.index))) continue;
        // (Nor where what goes before is a phrase set before the subject, with no verb: "After an overseas
        // recruitment drive in the Philippines and Kenya, and a return-to-practice scheme, it now employs 88".)
        if (FRONTED_PHRASE.test(rest.slice(0, x.index)) && !rest.slice(0, x.index).split(/\s+/).slice(1).some((w) => FINITE.test(w.replace(/\W+$/, '')) || irregularPast(w.toLowerCase()))) continue;
        // ("All but one", "everyone but the driver": "but" as "except", inside one subject.)
        if (/^,? but /.test(x[0]) && /\b(?:all|everyone|everybody|everything|none|nobody|nothing|anyone|anybody|anything)$/i.test(rest.slice(0, x.index))) continue;
        // ("Buses on routes 7 and 12 are being diverted": two numbers joined, one list.)
        if (!x[0].startsWith(',') && /\d$/.test(rest.slice(0, x.index)) && /^\d/.test(tail)) continue;
        // ("The hole, which engineers say is about four metres wide and three metres deep, appeared ...": inside
        // a clause set off after a name, the words before its closing comma hold no verb of their own.)
        // (So inside a list set off by "including" or "such as": "About 90 metres of the pier, including the old
        // tea room and the fishing platform, is now fenced off".)
        if (!x[0].startsWith(',') && (RELATIVE_OPEN.test(rest.slice(0, x.index)) || LIST_OPEN.test(rest.slice(0, x.index))) && tail.includes(',') && !startsClause(tail.slice(0, tail.indexOf(',')), 7)) continue;
        // (Nor one that speaks of the clause before: "Two firefighters were treated, but no one else was hurt".)
        if (/^(?:no one|nobody|none|no-one|everyone|everybody|anyone|anybody) else\b/i.test(tail)) continue;
        // (So where it is only who does it in a clause of its own: "..., while the 15 Conservative and six
        // Green councillors voted against", "shelved when the council and the agency could not agree".)
        const opened = x[0].startsWith(',') ? null : CLAUSE_OPENER.exec(rest.slice(0, x.index));
        if (opened && (nounPhraseOnly(opened[1]!) || determinedNounsOnly(opened[1]!))) continue;
        // ("between 2:30 a.m. and 3:30 a.m.", "between Monday and Friday": the ends of one span.)
        if (!x[0].startsWith(',') && /\bbetween(?:\s+\S+){1,3}$/i.test(rest.slice(0, x.index))) continue;
        // (Nor two subjects of one verb still to come, after a clause's comma and conjunction: "..., but the
        // changing rooms and the learner pool will shut" - no clause ends at "rooms".)
        // (Or opening the sentence: "The changing rooms and the learner pool will shut".)
        const joined = x[0].startsWith(',') ? undefined : (/,\s+(?:and|but|while|whereas|yet)\s+((?:(?!,\s).)*)$/.exec(rest.slice(0, x.index))?.[1] ?? rest.slice(0, x.index));
        if (joined !== undefined && subjectStillWaiting(joined)) continue;
        const contrast = /^, (?:while|whereas)/.test(x[0]);
        // (A clause opening with two subjects reaches its verb later: "but the changing rooms and the learner
        // pool will shut".)
        const twoSubjects = x[0].startsWith(',') && /^(?:\S+\s+){1,4}and\s/.test(tail) && subjectStillWaiting(tail.slice(0, tail.search(/\sand\s/)));
        if (startsClause(tail, contrast || twoSubjects ? 10 : 7) && !verblessReport(rest.slice(0, x.index))) {
          cut = x.index;
          after = x.index + x[0].length;
          break;
        }
        // The same subject doing something more: "Iran is signaling ... and is not looking for ...". The
        // second clause gets the first's subject, so it reads as a sentence.
        // (Not past a clause of another subject's: "the union is seeking a rise, arguing that pilots' pay was
        // frozen and has fallen behind inflation" - it is the pay that fell behind, not the union.)
        // (One whose subject is the first's again, "Iran is signaling that it does not plan ... and is not
        // looking for ...", is split still.)
        const own = / (?:that|which|because|since|while|as|after|before|when|if) (?!(?:it|he|she|they|we|i)\b)/.test(rest.slice(0, x.index)) ? undefined : subjectOf(rest.slice(0, x.index));
        if (!contrast && own && SHARED_SUBJECT_VERB.test(tail)) {
          cut = x.index;
          after = x.index + x[0].length;
          subject = own;
          break;
        }
      }
      if (cut < 0) break;
      const first = rest.slice(0, cut);
      pieces.push(first);
      rest = subject ? `${subject} ${rest.slice(after)}` : named(rest.slice(after), subjectOf(first));
    }
    pieces.push(rest);
    return pieces.map(asSentence).filter((p) => p.split(' ').length >= 3);
  });
}

// A clause set off by a comma and opened by "which" or "who", not yet closed by another comma.
const RELATIVE_OPEN = /,\s+(?:which|who|whom|whose|where)\b[^,]*$/i;
// A clause of a time just told, set off by a comma and opened by "when", not yet closed by another comma.
const WHEN_OPEN = /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|year|week|month),\s+when\s[^,]*$/;
// A preposition opening a sentence, before its subject: "After a recruitment drive ..., it now employs 88".
const FRONTED_PHRASE = /^(?:After|Before|Following|Despite|Since|With|Without|Amid|Amidst|Under|Through|During|Thanks to|Because of|In spite of|Along with|As well as)\s/;
// A list set off by a comma and opened by "including" or "such as", not yet closed by another comma.
const LIST_OPEN = /,\s+(?:including|such as|among them|notably|especially|particularly)\s[^,]*$/i;

// The words after the last word opening a clause of its own ("while", "when", "because").
// (Not "after", "before", "since", "until": as often prepositions, "after the announcement".)
const CLAUSE_OPENER = /(?:^|\s)(?:while|whereas|when|where|because|although|though|if|unless)\s+((?:(?!\s(?:while|whereas|when|where|because|although|though|if|unless)\s).)+)$/i;
// A determiner and a few words with no verb among them ("a primary school"): a subject still waiting for
// its verb.
function determinedNounsOnly(text: string): boolean {
  const list = text.trim().split(/\s+/).filter(Boolean);
  return list.length >= 2 && list.length <= 5 && DETERMINER_WORD.test(list[0]!) && list.slice(1).every((w) => /^[\p{L}\d][\p{L}\d'\u2019-]*$/u.test(w) && !FINITE.test(w) && !/ing$/i.test(w) && !irregularPast(w.toLowerCase()));
}
// A determiner and a few lower-case words, none a verb, a word in "-ing" only before the last ("the changing
// rooms"): a subject whose verb is still to come. (Not "the missiles hit Irbil": a name after its first word
// is a verb's object, or a place. Nor "the mayor wants calm": a word in "-s" before the last is a verb.)
function subjectStillWaiting(text: string): boolean {
  const list = text.trim().split(/\s+/).filter(Boolean);
  return list.length >= 2 && list.length <= 5 && DETERMINER_WORD.test(list[0]!) && list.slice(1).every((w, i, rest) => /^[\p{Ll}\d][\p{L}\d'\u2019-]*$/u.test(w) && !FINITE.test(w) && !(i === rest.length - 1 ? /ing$/i.test(w) : /[^s]s$/i.test(w)) && !irregularPast(w.toLowerCase()));
}
// A thing and whose or by whom it is, with no verb: "An investigation by the fire service", "the report of the
// inquiry" (a determiner first, a preposition inside, no word that does).
function ofWhomOnly(text: string): boolean {
  const list = text.trim().split(/\s+/).filter(Boolean);
  return list.length >= 3 && list.length <= 10 && DETERMINER_WORD.test(list[0]!) && list.some((w) => /^(?:of|by|from|into|for|at|on|in)$/i.test(w)) && list.every((w) => !FINITE.test(w) && !/(?:ed|ing)$/i.test(w) && !irregularPast(w.toLowerCase()) && !/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|did|does|do)$/i.test(w));
}

// A thing and where it is, opening a sentence with no verb: "The roof above two classrooms".
const THING_AT_PLACE = /^(?:The|A|An|Its|Their|His|Her|the|a|an|its|their|his|her) [a-z-]+ (?:above|below|beneath|under|over|behind|beside|inside|outside|near|next to|opposite|of|in|on|at) (?:the |a |an |its |their |two |three |four |five |\d+ )?(?:[a-z-]+ )?[a-z-]+$/;

// A thing opening a sentence, and what it is meant to do, with no verb of its own yet: "A flood defence scheme
// meant to protect 640 homes".
const MEANT_FOR_SUBJECT = /^(?:The|A|An|the|a|an) (?:[a-z-]+ ){0,4}(?:meant|designed|intended|built|aimed|planned|expected) to [a-z]+(?: (?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)[\w,'\u2019-]+){0,5}$/;

// Words naming who or what, and nothing done ("The union", "The opposition Citizens' Party"): a determiner,
// words of a name, a word or two before them, and no more.
function nounPhraseOnly(text: string): boolean {
  const list = text.trim().split(/\s+/).filter(Boolean);
  if (!list.length || list.length > 6) return false;
  const capitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
  const lower = list.filter((w) => !capitalised(w) && !DETERMINER_WORD.test(w));
  // (One lower-case word at most, a noun before a name or standing alone: "opposition", "union".)
  return lower.length <= 1 && lower.every((w) => /^[a-z][a-z'\u2019-]*$/.test(w) && !/(?:ed|ing)$/.test(w) && !/^(?:is|are|was|were|has|have|had|will|would|can|could|said|says|did|does|do)$/.test(w)) && (capitalised(list[0]!) || DETERMINER_WORD.test(list[0]!));
}

// Two subjects' deeds set against each other by ", while" in a sentence quoting words, each quote whole on
// its side ("Pryce blamed the agency for “years of delay”, while the agency's area manager, Louise Carter,
// said ..."): a claim each, so that each quote keeps its own speaker.
function setAgainst(sentence: string): string[] | undefined {
  const m = /,\s+(?:while|whereas)\s+/.exec(sentence);
  if (!m) return undefined;
  const [first, second] = [sentence.slice(0, m.index), sentence.slice(m.index + m[0].length)];
  const whole = (part: string): boolean => (part.match(/[“”"]/g)?.length ?? 0) % 2 === 0 && (part.match(/“/g)?.length ?? 0) === (part.match(/”/g)?.length ?? 0);
  return whole(first) && whole(second) && startsClause(second, 10) ? [first, second] : undefined;
}

// One source saying two things ("Khamenei, the supreme leader, said military action was “not sufficient”
// and suggested he wanted ..."): a claim for each, the second given its sayer by name, each quote whole in
// one of them. None where a quote would be cut.
function saidAndSaid(sentence: string): string[] | undefined {
  const m = SAID_AND_SAID.exec(sentence);
  if (!m) return undefined;
  const [, first, sayer, second] = m;
  const whole = (part: string): boolean => (part.match(/[“”"]/g)?.length ?? 0) % 2 === 0;
  const name = sayer!.split(/,\s/)[0]!;
  if (!whole(first!) || !whole(second!) || !/^\p{Lu}/u.test(name) || name.split(' ').length > 5) return undefined;
  return [first!, `${name} ${second!}`];
}
const SAID_AND_SAID = new RegExp(`^(([^“"]+?) ${SAYING} .+?),? and (${SAYING} .+?)[.!]?$`);

// A choice with what follows one option ("X must decide if A, in which case B, or whether C"): the choice
// ("X must decide if A, or whether C"), and what follows it ("If A, B"), each in the article's words.
function inWhichCase(sentence: string): string[] | undefined {
  const m = IN_WHICH_CASE.exec(sentence);
  if (!m) return undefined;
  const [, before, condition, then, other] = m;
  return [`${before}${condition}${other ? `, ${other}` : ''}`, `If ${condition}, ${then}`];
}
const IN_WHICH_CASE = /^(.*?\b(?:if|whether) )((?!to )[^,]+?), in which case (.+?)(?:, ((?:or|and) (?:whether|if) .+?))?[.!]?$/;

// A list of things one subject did, said of them ("he can say that he killed X, taught Y a lesson, and
// proved that Z"): a claim for each, the words before the list repeated so that each reads as a sentence.
// Each item after the first opens with a verb in the past; none when the sentence is no such list.
function deedsListed(sentence: string): string[] | undefined {
  const past = (item: string): boolean => {
    const verb = item.split(' ')[0]!.toLowerCase();
    return /^[a-z]+ed$/.test(verb) || irregularPast(verb);
  };
  for (const listed of DEEDS_SAID) {
    const m = listed.exec(sentence);
    if (!m) continue;
    const items = m[3]!.split(/,\s+(?:and\s+)?|\s+and\s+(?=\w+ed\b)/);
    if (items.length >= 2 && items.every(past)) return items.map((item) => `${m[1]}${m[2]}${item}`);
  }
  return undefined;
}

// "... that <subject> <deeds>": the subject a pronoun, a name, or a noun of one or two words after "the"
// ("the storm", "the old bridge"), tried in that order.
const DEEDS_SAID = [`(?:he|she|they|we|it|[A-Z][\\w\u2019'-]*(?: [A-Z][\\w\u2019'-]*)*)`, '(?:the|its|their|his|her) [a-z]+', '(?:the|its|their|his|her) [a-z]+ [a-z]+'].map(
  (subject) => new RegExp(`^(.*?\\bthat )(${subject} )(.+?)[.!]?$`),
);

// A clause that leans on another's verb: "(the public) doesn't either", "(so) does he too".
const ELLIPSIS = /\b\w+n[\u2019']t (?:either|too)\b|\b(?:does|do|did|is|are|was|were|has|have|can|will) (?:too|either)\b/i;
// What a clause with a shared subject starts with: an auxiliary or a modal, then a verb.
const SHARED_SUBJECT_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|must|should|may|might)\b(?: not)? \w+/;
const FIRST_VERB = /\s(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|must|should|may|might)\b/;

// A clause split off that starts "his ..." or "he ..." reads alone with the name the first clause's
// subject gave ("Mr Trump is due to speak but his early response ..." -> "Mr Trump's early response ...").
function named(clause: string, subject: string | undefined): string {
  if (!subject || !/^(?:Mr |Mrs |Ms |Dr )?[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*)*$/.test(subject)) return clause;
  return clause.replace(/^(his|her)\b/i, `${subject}\u2019s`).replace(/^(he|she)\b/i, subject);
}

// The subject of a clause: the words before its first auxiliary, when they are few and start the clause
// ("Iran", "The US president"); none when the clause opens otherwise ("If he chooses ...").
function subjectOf(clause: string): string | undefined {
  const verb = FIRST_VERB.exec(clause);
  if (!verb) return undefined;
  const subject = clause.slice(0, verb.index).trim();
  if (!subject || subject.split(/\s+/).length > 4 || /[,;:]/.test(subject) || /^(?:if|when|while|as|because|but|and|so|although)\b/i.test(subject)) return undefined;
  return subject;
}

// Whether `tail` opens a clause: a subject (a determiner, pronoun, name or number) with a finite verb
// within its first six words.
const SUBORDINATOR = /^(?:when|while|whereas|after|before|because|as|if|since|until|unless|though|although|who|which|whose|where)$/i;
function startsClause(tail: string, reach = 7): boolean {
  // "... and he knows the public doesn't either": the second clause leans on the first's verb.
  if (ELLIPSIS.test(tail)) return false;
  // "said that fares would fall and that the authority hoped ...": a second thing said, of the same verb.
  // (So with a figure: "found that 62 per cent were residents and that 18 per cent used it for work".)
  if (/^that\s+(?:the|a|an|he|she|it|they|we|its|their|his|her|\p{Lu}|\d)/u.test(tail)) return false;
  if (!CLAUSE_SUBJECTS.test(tail) && !/^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|seventeen|no|none)\b/i.test(tail)) return false;
  if (SUBJECT_PRONOUN.test(tail)) return true;
  // (Its own verb, before any clause of its own: "112 passengers and 9 crew when it struck a sandbank" is
  // one count, "struck" the verb of "when it".)
  // (Nor a thing counted with no verb before the sentence's own reporting tag: "infected 23 patients and 9
  // members of staff, health officials said on Monday" - the officials' saying is of both counts.)
  const tagged = /^([^,]+), (?:[\p{L}'\u2019-]+ ){0,4}(?:said|say|says|added|reported|told \S+)\b[^,]*$/iu.exec(tail);
  if (tagged && !startsClause(tagged[1]!, reach)) return false;
  // (Nor one more thing listed, whose verb is the next clause's: "on 27 March and 3 April, and responses
  // can also be made online" - "3 April" is the second date.)
  const joined = /^([^,]+), (?:and|but|or|while|so)\b/i.exec(tail);
  if (joined && !startsClause(joined[1]!, reach)) return false;
  const words7 = tail.split(' ').slice(0, reach);
  const until = words7.findIndex((w) => SUBORDINATOR.test(w));
  const head = (until < 0 ? words7 : words7.slice(0, until)).join(' ');
  const list = head.split(' ');
  // (Not a word in "-ed" right after a determiner, which describes a thing, nor the thing it describes: "and a
  // shared shed on the new site" is one more thing listed; "and the roof collapsed" is a clause.)
  const described = (i: number): boolean => DETERMINER_WORD.test(list[i - 1]!) || (i > 1 && DETERMINER_WORD.test(list[i - 2]!) && /ed$/.test(list[i - 1]!));
  return /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|say|says|said|did|does|do)\b/i.test(head) || list.some((w, i) => i > 0 && (/ed$/.test(w) || irregularPast(w.toLowerCase())) && !described(i));
}

// A verb's irregular past ("broke", "took", "fell"): a form whose dictionary form is another word, not
// the same word with an ending ("fishing" is "fish" + -ing).
// (Not a comparison's irregular form, "a further 2 per cent": "further" is of "far", and no verb.)
function irregularPast(word: string): boolean {
  return /^[a-z]+$/.test(word) && !IRREGULAR_COMPARISONS.has(word) && baseForms(word).some((b) => b !== word && !word.startsWith(b.slice(0, Math.max(2, b.length - 1))));
}

/** A clause as a sentence: capital first letter, a full stop at the end. */
export function asSentence(clause: string): string {
  let s = clause.trim().replace(/^[,;:\s]+/, '').replace(/[,;:\s]+$/, '');
  if (!s) return s;
  s = s[0]!.toUpperCase() + s.slice(1);
  return /[.!?]["”’)]*$/.test(s) ? s : `${s}.`;
}

/** Whether a character opens a quotation. */
export function opensQuote(c: string): boolean {
  return OPEN_QUOTES.has(c);
}
