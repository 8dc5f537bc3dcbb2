// `factq extract`: an article (plain text, Markdown or a saved HTML page) into a dataset in factq's own
// format. Sections from its questions or headings, paragraphs numbered as factq numbers them, one fact per
// claim (clauses split out of compound sentences), attribution, quotes verbatim with their speaker,
// entities with kinds and variants, figures with units, and a type for each claim. Facts keep the
// article's words: no `asks`, no `answer`; ask and search work from the text.
import { usageError } from '../errors.js';
import type { Dataset, Entity, Fact, FactType, NumberFigure, Quote } from '../model.js';
import { isCalendarDate } from '../model.js';
import { baseForms, countryNames, escapeRegExp, isPersonNoun, mutualRelatives, numberPhrase, ordinalValue, SPAN_UNIT, STOP_WORDS, words } from '../text/index.js';
import {
  ACCORDING_TO,
  AGE,
  ASSESSMENT_WORDS,
  BODY_WORDS,
  CASUALTY_WORDS,
  EVENT_WORDS,
  HARM_VERB,
  LIES_IN,
  MEASURE_UNITS,
  MONTHS,
  PARTITIVE_UNITS,
  PEOPLE_BODIES,
  PERSON_PRONOUNS,
  PREDICTION_WORDS,
  REPORTING_VERBS,
  TITLES,
  THREAT_WORDS,
} from '../text/extract-cues.js';
import { appositiveOf, findEntities, jobBefore, roleBefore } from './entities.js';
import { readArticle } from './read.js';
import type { Block } from './read.js';
import { asSentence, clausesOf, sentencesOf } from './sentences.js';

/** What the reader knows better than the page: the title and the date. */
export interface ExtractOptions {
  title?: string | undefined;
  date?: string | undefined;
  /** Told after each paragraph read: how many are done, of how many. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Told what the reader should know of a guess made (a title taken from the first sentence). */
  onNote?: ((message: string) => void) | undefined;
}

/** A dataset from an article's text. Throws a usage error for empty input or an article with no date. */
export function extractDataset(input: string, opts: ExtractOptions = {}): Dataset {
  const article = readArticle(input);
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
  if (!paragraphs.length) throw usageError('the input has no paragraphs to read facts from');
  const date = opts.date ?? article.date;
  if (date === undefined) throw usageError('no date found in the article: give it with --date YYYY-MM-DD');
  if (!isCalendarDate(date)) throw usageError(`--date "${date}" is not a real date in the form YYYY-MM-DD`);
  const title = opts.title ?? article.title ?? firstWords(paragraphs[0]!.text);
  if ((opts.title ?? article.title) == null) opts.onNote?.(`no title found: the first sentence is the title ("${title}"); give one with --title`);

  // Sections: the article's questions or headings; paragraphs before the first go under one named by the
  // title, and an article with none is one section.
  const sections = sectionsOf(article.blocks, title);
  const allSentences = sections.flatMap((s) => s.paragraphs.flatMap((p) => sentencesOf(p.text)));
  const entities = findEntities(allSentences);
  // The words of the entities' names, which a job before a name keeps as written ("Rovers captain").
  const nameWords = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).flatMap((n) => n.split(/\s+/)));
  const facts: Fact[] = [];
  const ids = new Set<string>();
  let lastPerson: string | undefined;
  let lastSubject: string | undefined;
  // The article's sentences so far (see describedBody).
  let told = '';
  // The subject of the sentence right before, if it named one (see bodyMeant).
  let previousSubject: string | undefined;
  // The subject of its last clause, where that names one: "..., and the Traders' Association says takings
  // fell. Its chairwoman, Linda Marsh, ..." - the association's.
  let lastClauseSubject: string | undefined;
  // When each entity was last named, counted in mentions (see subjectOf).
  const lastNamed = new Map<string, number>();
  let mentions = 0;
  // Creatures the article names ("The female pup, nicknamed Pebble"), whom "she" or "he" may mean.
  // (Not someone's: "The new manager, named Priya Raman, ...".)
  const creatures = new Set<string>();
  for (const sentence of allSentences) {
    const m = NAMED_CREATURE.exec(sentence.replace(OPENING, ''));
    if (m && !isPersonNoun(m[1]!.toLowerCase()) && entities.some((e) => e.name === m[2] && e.kind !== 'person')) creatures.add(m[2]!);
  }
  // Whom the article has called "he" or "she" (or Mr, Ms): a "he" never points to one called "she".
  const genders = new Map<string, 'm' | 'f'>();
  for (const e of entities) {
    const titled = e.aliases.map((a) => /^(Mr|Mrs|Ms|Miss)\.? /.exec(a)?.[1]).find(Boolean);
    if (titled !== undefined) genders.set(e.name, titled === 'Mr' ? 'm' : 'f');
  }
  const total = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  let done = 0;
  for (const section of sections) {
    let choice: Choice | undefined;
    for (const p of section.paragraphs) {
      opts.onProgress?.(done++, total);
      let lastSpeaker: string | undefined;
      for (const sentence of sentencesOf(p.text)) {
        // ("What happens next?", "How will it be paid for?": the writer's own question, asked to be answered by
        // the sentences after it, claims nothing.)
        if (WRITERS_QUESTION.test(sentence)) continue;
        const named = entitiesIn(sentence, entities);
        const source = sourceOf(sentence, entities, lastPerson, genders);
        const quotes = quotesIn(sentence);
        // A quote with no one named continues the last speaker's words in this paragraph.
        // (One named before the quote, with no verb of saying, is its speaker: "Opposition leader Sandra
        // Whitlock called the decision “another blow to families”" is hers, not the last speaker's.)
        const lead = quotes.length && source === undefined ? entitiesIn(sentence.split(/[“"]/)[0]!, entities).find((e) => e.kind === 'person') : undefined;
        const speaker = source ?? lead?.name ?? (quotes.length ? lastSpeaker : undefined);
        if (quotes.length && speaker) lastSpeaker = speaker;
        // (A sentence with a quote is split only where one source says two things, each quote whole.)
        const clauses = clausesOf(sentence);
        const split = clauses.length > 1;
        // ("Millbrook currently has 118 pupils, ..., and the council says the building ... is half full": a
        // clause naming nothing of its own is about what the sentence opened with, too, called back by a
        // noun or not: "The shop, which opened in 2018, ...".)
        const opened = subjectOf(sentence, entities, lastNamed);
        for (const said of quotes.length && !split ? [asSentence(sentence)] : clauses) {
          const clause = quotes.length ? said : withOption(said, choice);
          const clauseQuotes = split ? quotesIn(clause) : quotes;
          const mentioned = entitiesIn(clause, entities);
          const referent = referentOf(clause, sentence, mentioned, entities, lastPerson, genders);
          const meant = referent?.name ?? thingMeant(clause, lastSubject) ?? bodyMeant(clause, previousSubject, entities);
          if (referent?.post) takePost(referent.name, referent.post, entities);
          // A clause that names its own source ("and the Iraqi army say ...") has it; else the sentence's.
          const own = quotes.length && !split ? undefined : sourceOf(clause, entities, lastPerson, genders);
          // (A clause of its own quoting words, with no verb of saying, set against another's: its subject
          // is whose words they are - "Pryce blamed the agency for “years of delay”", not the other side's.)
          const subject = own === undefined && split && clauseQuotes.length ? entitiesIn(clause.split(/\s+/).slice(0, 4).join(' '), entities).find((e) => e.kind === 'person') : undefined;
          // ("The authority said ...": the body it calls back, by name.)
          // (Not the sentence's, where another of its clauses is the one saying: "Mill Lane Neighbours has six
          // weeks to ask for a review, and Ms Pryce said the group would meet" - the first is the article's.)
          // (A later clause's saying with what was said after it; not a tag closing the sentence, "..., the
          // council said", nor a source opening it, "According to the authority, ...", which tell of every clause.)
          const saidElsewhere = split && own === undefined && !clauseQuotes.length && source !== undefined && clauses.slice(clauses.indexOf(said) + 1).some((c) => sourceOf(c, entities, lastPerson, genders) === source && SAYING_THEN_SAID.test(c));
          const sayer = own ?? subject?.name ?? (saidElsewhere ? undefined : speaker);
          // The one a pronoun opening the clause means, by name.
          const opener = referent !== undefined && !referent.post && /^(?:He|She)\b/.test(clause) ? referent.name : undefined;
          // ("She described the damage as “a wake-up call”": quoted words of the one a pronoun opening the
          // clause means, where no verb of saying names anyone.)
          const pronounSaid = sayer === undefined && clauseQuotes.length > 0 ? opener : undefined;
          // ("Its 38 staff will not lose their jobs, the charity said": the body the article has called a
          // charity, "the charity Active Kettleby", before the one "its" means.)
          // (The noun alone: "according to council figures" is the figures', no charity's.)
          const bodyNoun = sayer !== undefined && !entities.some((e) => e.name === sayer) && !sayer.replace(/^the\s+/i, '').includes(' ') ? BODY_BACK.exec(`the ${sayer.replace(/^the\s+/i, '')} said`)?.[1] : undefined;
          const described = bodyNoun === undefined ? undefined : describedBody(bodyNoun.toLowerCase(), told, entities);
          const clauseSpeaker = described ?? (sayer !== undefined && meant !== undefined && bodyNoun !== undefined ? meant : (sayer ?? pronounSaid));
          // ("He apologised to fans for the late wages": a claim opening with a pronoun says whom by name, as
          // a fact read alone must.)
          const text = !clauseQuotes.length && opener !== undefined ? clause.replace(/^(?:He|She)\b/, opener) : clause;
          const fact: Fact = {
            id: idFor(text, ids),
            text,
            question: section.number,
            paragraph: p.number,
            type: typeOf(clause, clauseQuotes.length > 0, clauseSpeaker !== undefined && REPORTING_VERBS.test(clause)),
            attribution: clauseSpeaker ?? 'article',
            // The one whose words these are is named by the fact too ("... drops below 40 knots," Costa's).
            entities: [
              ...new Set([
                ...mentioned.map((e) => e.name),
                ...(meant ? [meant] : []),
                ...(opened !== undefined && !mentioned.length ? [opened] : []),
                ...(clauseSpeaker !== undefined && entities.some((e) => e.name === clauseSpeaker) ? [clauseSpeaker] : []),
              ]),
            ],
          };
          const numbers = figuresIn(clause, split ? figuresIn(sentence) : []).map((n) => ({ ...n, unit: ownedUnit(clause, n.unit, entities) }));
          if (numbers.length) fact.numbers = numbers;
          // Quoted words without a reporting verb ("vowed “severe revenge”") are the quote of the entity the
          // clause names first.
          const quote = clauseQuotes[0];
          const quoteSpeaker = clauseSpeaker ?? (quote ? mentioned[0]?.name : undefined);
          if (quote && quoteSpeaker) fact.quote = { text: quote, speaker: quoteSpeaker } satisfies Quote;
          facts.push(fact);
        }
        // "Javad Zarif, Iran's foreign minister, said ...": who someone is, a claim of its own.
        for (const e of named) {
          // (Or a job written before the name in lower case, where no title does: "Opposition leader Sandra
          // Whitlock".)
          // (Or one set off before the name, with its article: "The Minister for Transport, Declan Furlong,".)
          // (Or one told by what they do, after "who": "Tom Reddick, who runs the Copper Kettle café," is its owner.)
          const runs = e.kind === 'person' ? runsWhat(e.name, sentence) : undefined;
          const set = appositiveOf(e.name, sentence) ?? e.aliases.map((a) => appositiveOf(a, sentence)).find(Boolean) ?? (e.kind === 'person' ? (roleBefore(e.name, sentence) ?? runs?.role) : undefined);
          // (And the kind of place with the post, a name they go by: "café owner".)
          if (runs !== undefined && set === runs.role && !entities.some((x) => x.name === runs.alias || x.aliases.includes(runs.alias))) e.aliases.push(runs.alias);
          // (Before a title and the name too: "Opposition leader Cllr Tom Gaskell".)
          const titled = e.kind === 'person' ? e.aliases.find((a) => a.endsWith(` ${e.name}`) && TITLES.has(a.split(' ')[0]!.toLowerCase()) && sentence.includes(a)) : undefined;
          const found = set ?? (e.kind !== 'person' ? undefined : titled !== undefined ? jobBefore(titled, sentence, nameWords) : !e.aliases.some((a) => a.endsWith(` ${e.name}`)) ? jobBefore(e.name, sentence, nameWords) : undefined);
          if (!found) continue;
          // ("Its regional officer, Tom Adeyemi,": the post of the body the sentence before was about.)
          // (Not where whose it is cannot be told: "its lawyer" of no body named before says little.)
          const owner = found.startsWith('its ') ? thingMeant(found, lastClauseSubject ?? lastSubject) : undefined;
          if (found.startsWith('its ') && !entities.some((x) => x.name === owner && x.kind !== 'person')) continue;
          // ("The group's chairman, Derek Olusanya,": the body the article has called a group, "a residents'
          // group, Save Haddon Moor", whose post it is.)
          const ownerNoun = owner === undefined ? /^the ([a-z]+)['\u2019]s /.exec(found)?.[1] : undefined;
          const body = ownerNoun === undefined ? undefined : describedBody(ownerNoun, told, entities);
          const role = owner !== undefined ? found.replace(/^its /, `${owner}'s `) : body !== undefined ? found.replace(/^the [a-z]+['\u2019]s /, `${body}'s `) : found;
          // (One set off by commas says who they are better than the first sentence that named them.)
          if (set !== undefined && (e.description === undefined || /[.!?\u2026\u201d"]$/.test(e.description))) e.description = role;
          // A role held by one ("Iran's foreign minister", "the supreme leader") is a name the entity goes
          // by too, unless another already does ("what did the foreign minister say?").
          // (Not a post held once, "the former finance minister": no name they go by now, and a question of
          // who holds it finds them by the fact.)
          for (const alias of FORMER_ROLE.test(role) ? [] : roleNames(role)) if (alias !== e.name && !entities.some((x) => x.name === alias || x.aliases.includes(alias))) e.aliases.push(alias);
          const text = asSentence(`${e.name} is ${role}`);
          facts.push({
            id: idFor(text, ids),
            text,
            question: section.number,
            paragraph: p.number,
            type: 'background',
            attribution: 'article',
            entities: [e.name, ...entitiesIn(role, entities).map((x) => x.name).filter((n) => n !== e.name)],
          });
        }
        // "The al-Asad airbase in western Iraq": where a place lies, a claim of its own.
        for (const lies of wherePlacesLie(sentence, named)) {
          facts.push({ id: idFor(lies.text, ids), text: lies.text, question: section.number, paragraph: p.number, type: 'background', attribution: 'article', entities: lies.entities });
        }
        choice = choiceIn(sentence) ?? choice;
        // "He" next means whoever spoke here, else the last person named: in "He said he had written to the
        // minister, Sarah Linwood, ...", the one writing, whose next "..., he said" it is.
        const spoke = source !== undefined && entities.some((e) => e.name === source && e.kind === 'person') ? source : undefined;
        const person = named.filter((e) => e.kind === 'person').at(-1);
        if (spoke ?? person) lastPerson = spoke ?? person!.name;
        // (Unless a creature the article names is the sentence's subject: "The female pup, nicknamed Pebble by
        // staff, was spotted by dog walker Helen Marsh ... She weighed just 11kg" - Pebble, not the walker.)
        const creature = creatureSubject(sentence, creatures);
        if (creature !== undefined && spoke === undefined) {
          lastPerson = creature.name;
          if (creature.gender !== undefined && !genders.has(creature.name)) genders.set(creature.name, creature.gender);
        }
        for (const e of named) lastNamed.set(e.name, ++mentions);
        previousSubject = subjectOf(sentence, entities, lastNamed);
        lastSubject = previousSubject ?? lastSubject;
        const lastClause = sentence.split(LAST_CLAUSE_BREAK).at(-1)!;
        lastClauseSubject = lastClause !== sentence ? subjectOf(lastClause, entities, lastNamed) : undefined;
        told += ` ${sentence}`;
      }
    }
  }
  // Entities a fact names or a quote is by; names found nowhere else (a word capitalised in passing) go.
  const used = new Set(facts.flatMap((f) => (f.quote ? [...f.entities, f.quote.speaker] : f.entities)));
  return {
    schemaVersion: 1,
    article: {
      title,
      date,
      paragraphs: paragraphs.length,
      questions: sections.map((s) => ({ number: s.number, text: s.text })),
    },
    entities: entities.filter((e) => used.has(e.name)),
    facts,
  };
}

// Each place (or body) a sentence names with the place it lies in right after it ("the al-Asad airbase in western
// Iraq" -> "The al-Asad airbase is in western Iraq."), in the article's words; a place named in a bigger
// one only once is said once.
function wherePlacesLie(sentence: string, named: readonly Entity[]): Array<{ text: string; entities: string[] }> {
  // (A body's too: "The Regal Cinema in Thornbury Market" is where the cinema is.)
  const places = named.filter((e) => e.kind === 'place' || e.kind === 'organization');
  const wholes = named.filter((e) => e.kind === 'place' || e.kind === 'country');
  const out: Array<{ text: string; entities: string[] }> = [];
  for (const part of places) {
    for (const whole of wholes) {
      if (whole === part) continue;
      const pattern = new RegExp(`\\b(the |a |an )?(${[part.name, ...part.aliases].map(escapeRegExp).join('|')})${LIES_IN}(${[whole.name, ...whole.aliases].map(escapeRegExp).join('|')})\\b`, 'i');
      const m = pattern.exec(sentence);
      if (!m) continue;
      const [, article, name, noun, direction, wholeName] = m;
      // ("A smaller base in Irbil": the base is no name of its own; the place named is what lies there.)
      const subject = `${article && noun ? article : ''}${name}${noun ?? ''}`;
      out.push({ text: asSentence(`${subject} is in ${direction ?? ''}${wholeName}`), entities: [part.name, whole.name] });
    }
  }
  return out;
}

interface Section {
  number: number;
  text: string;
  paragraphs: Array<{ number: number; text: string }>;
}

function sectionsOf(blocks: readonly Block[], title: string): Section[] {
  const sections: Section[] = [];
  let paragraph = 0;
  for (const b of blocks) {
    if (b.kind === 'section') {
      sections.push({ number: sections.length + 1, text: b.text, paragraphs: [] });
      continue;
    }
    if (!sections.length) sections.push({ number: 1, text: title, paragraphs: [] });
    sections.at(-1)!.paragraphs.push({ number: ++paragraph, text: b.text });
  }
  // A section with no paragraphs of its own (a heading followed by another) stays: it is the article's.
  return sections;
}

// A post held once: "the former finance minister", "an ex-minister".
const FORMER_ROLE = /^(?:the |a |an )?(?:former|ex-|onetime|previous|erstwhile|late)\b/i;

// The names a role gives its holder: "Iran's foreign minister" and "foreign minister"; "the supreme leader"
// as "supreme leader"; none for one of several ("a former general").
function roleNames(role: string): string[] {
  // ("The society's chair and a retired headteacher": each of the two things someone is.)
  const both = / and (?=(?:a|an|the) )/.exec(role);
  if (both) return [...roleNames(role.slice(0, both.index)), ...roleNames(role.slice(both.index + both[0].length))];
  const owned = /^([A-Z][\w-]*)[\u2019']s ([a-z][\w -]*)$/.exec(role);
  if (owned) return [`${owned[1]}'s ${owned[2]}`, owned[2]!];
  const the = /^the ([a-z][\w -]*)$/.exec(role);
  if (the) return [the[1]!];
  // ("The park's vet", "the council's cabinet member for education": the post, whose it is being said.)
  const theOwned = /^the [a-z][\w-]*[\u2019']s ([a-z][\w -]*)$/.exec(role);
  if (theOwned) return [theOwned[1]!];
  // ("The mayor of Peso da R\u00e9gua": the post of a place, and the post alone.)
  const of = /^the ([a-z][\w -]*?) of (?:the )?(\p{Lu}.*)$/u.exec(role);
  if (of) return [`${of[1]} of ${of[2]}`, of[1]!];
  // ("the Minister for Transport": the post as written, and its word for the work, as "the Minister said"
  // calls them; "a Meridian Pay spokeswoman": the job, and of whom.)
  const post = /^the ((\p{Lu}[\w-]*) (?:for|of) .+)$/u.exec(role);
  if (post) return [post[1]!, post[2]!];
  const a = /^an? ((?:\p{Lu}[\p{L}-]* ){1,3})?([a-z][\w-]*)$/u.exec(role);
  return a ? [...(a[1] ? [`${a[1]}${a[2]}`] : []), a[2]!] : [];
}

// The entities a text names, by name or alias, in the order they first appear.
function entitiesIn(text: string, entities: readonly Entity[]): Entity[] {
  return entitiesAt(text, entities).map((x) => x.e);
}

// entitiesIn, with where in the text each is first named.
function entitiesAt(text: string, entities: readonly Entity[]): Array<{ e: Entity; i: number }> {
  // (An alias in lower case, "the village", opens a sentence in upper case: "The village was flooded".)
  const at = (name: string): number => {
    const m = new RegExp(`(?<![\\w-])${/^[a-z]/.test(name) ? `[${name[0]}${name[0]!.toUpperCase()}]${escapeRegExp(name.slice(1))}` : escapeRegExp(name)}(?![\\w-])`).exec(text);
    return m ? m.index : -1;
  };
  // At one place the longest name wins: "the Iraqi military" is the military, not Iraq by its alias.
  return entities
    .map((e) => {
      let i = Infinity;
      let length = 0;
      for (const n of [e.name, ...e.aliases]) {
        const j = at(n);
        if (j >= 0 && (j < i || (j === i && n.length > length))) [i, length] = [j, n.length];
      }
      return { e, i, length };
    })
    .filter((x) => x.i !== Infinity)
    .sort((a, b) => a.i - b.i || b.length - a.length);
}

const REPORTING_VERB_ALL = new RegExp(REPORTING_VERBS.source, 'g');
// Whether a text ends inside quoted words: a curly quotation opened and not closed, or an odd number of
// straight quotation marks.
function insideQuotes(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

// A creature named as a sentence opens: "The female pup, nicknamed Pebble by staff, was ...", "A dog called
// Max ..." (its noun, and its name).
const NAMED_CREATURE = /^(?:The|A|An) (?:[a-z-]+ ){0,3}([a-z]+),? (?:nicknamed|named|called|dubbed|known as) (\p{Lu}[\p{L}'\u2019-]+)\b/u;
// A creature the sentence is about, as its subject: named as it opens, or its name opening it ("Pebble is
// being tube-fed"); with what the opening words call it, "female" or "male".
function creatureSubject(sentence: string, creatures: ReadonlySet<string>): { name: string; gender: 'm' | 'f' | undefined } | undefined {
  const text = sentence.replace(OPENING, '');
  const named = NAMED_CREATURE.exec(text);
  const name = named !== null ? named[2]! : /^(\p{Lu}[\p{L}'\u2019-]+)(?:['\u2019]s)?\s+[a-z]/u.exec(text)?.[1];
  if (name === undefined || !creatures.has(name)) return undefined;
  const opening = named?.[0] ?? '';
  return { name, gender: /\bfemale\b/i.test(opening) ? 'f' : /\bmale\b/i.test(opening) ? 'm' : undefined };
}

// Whether a pronoun may point to someone: not a "he" to one the article called "she", or the other way round
// (and what it calls them is remembered).
function calledSo(pronoun: string, name: string, genders: Map<string, 'm' | 'f'>): boolean {
  const gender = /^(?:he|him|his)$/i.test(pronoun) ? 'm' : /^(?:she|her|hers)$/i.test(pronoun) ? 'f' : undefined;
  if (gender === undefined) return true;
  if ((genders.get(name) ?? gender) !== gender) return false;
  genders.set(name, gender);
  return true;
}

// Who a sentence says is speaking: "according to X", "X said", "said X", "he wrote" (the last person named).
// "said Westway's operations director, Alan Fairbairn": a post closing the words after the verb, then the
// one holding it set off by a comma, who is the sayer (the body the post is of is theirs).
function postThenName(after: string, entities: readonly Entity[]): Entity | undefined {
  const [post, next] = after.split(/[.;,]/);
  if (next === undefined || !isPersonNoun(words(post!).at(-1) ?? '')) return undefined;
  const named = entitiesIn(next, entities)[0];
  return named?.kind === 'person' && next.trimStart().startsWith(named.name.split(' ')[0]!) ? named : undefined;
}

function sourceOf(sentence: string, entities: readonly Entity[], lastPerson: string | undefined, genders: Map<string, 'm' | 'f'> = new Map()): string | undefined {
  const accordingTo = ACCORDING_TO.exec(sentence);
  const according = accordingTo?.[1];
  if (according) {
    // ("According to the council's head of leisure services, Sunita Bhatt.": the one holding the post, set
    // off after it.)
    const setOff = /^,\s*([^,.;]+)\s*(?:[,.;]|$)/.exec(sentence.slice(accordingTo!.index + accordingTo![0].length))?.[1];
    const holder = setOff === undefined ? undefined : entitiesIn(setOff, entities).find((e) => e.kind === 'person' && setOff.trimStart().startsWith(e.name.split(' ')[0]!));
    return holder?.name ?? sourceNamed(according, entities);
  }
  // Outside quotes only: a reporting verb inside the quoted words is the speaker's ("“We warned about this
  // ...,” she said" is hers, said).
  const verb = [...sentence.matchAll(REPORTING_VERB_ALL)].find((m) => !insideQuotes(sentence.slice(0, m.index)));
  if (!verb) return undefined;
  const before = sentence.slice(0, verb.index);
  // "No injuries were reported": a passive names no one.
  if (/\b(?:was|were|is|are|been|be|being)\s+$/i.test(before)) return undefined;
  // "..., said Javad Zarif, ..." : the name after the verb.
  const after = sentence.slice(verb.index + verb[0].length);
  // (Of the words naming the sayer, up to a comma, the last person: "said Halden Lines chief executive
  // Marcus Bell" is Marcus Bell's word, the company his; else the first name after the verb.)
  if (/[”"],?\s*$/.test(before)) {
    const head = entitiesIn(after.split(/[.;,]/)[0]!, entities).filter((e) => e.kind === 'person').at(-1) ?? postThenName(after, entities);
    const named = head ?? entitiesIn(after.split(/[.;]/)[0]!, entities)[0];
    if (named) return named.name;
  }
  // ("..., said forestry spokesperson Tom Brandt.": so with no quote, where a comma sets the verb after the
  // words said and a person follows it.)
  // (Not where a clause with a verb follows, whose subject the name is: "Judge Whitcombe, sitting at Bristol
  // Crown Court, said Daniel Okonjo, 52, had shown ...".)
  if (/,\s*$/.test(before) && !CLAUSE_VERB.test(after)) {
    const head = entitiesIn(after.split(/[.;,]/)[0]!, entities).filter((e) => e.kind === 'person').at(-1) ?? postThenName(after, entities);
    if (head) return head.name;
  }
  // "US officials say", "Ayatollah Ali Khamenei, the supreme leader, said": the subject before the verb.
  // (An age set off by commas is no sayer: "“...,” Mr Harcourt, 67, said" is Mr Harcourt's.)
  let subject = before.replace(/^.*[“”"]/, '').split(/[;:]/).at(-1)!.trim().replace(/,\s*(?:aged\s+)?\d{1,3}\s*,?$/, '');
  // ("Heavy rain caused the river to burst ..., officials said.": a verb closing the sentence has its
  // sayer right before it, after the last comma.)
  // (So does one set off by commas mid-sentence: "..., killing 43 people, officials said, as rescuers dug".)
  // (A day after the verb leaves it closing the sentence: "..., fire officials said Wednesday.")
  // (Not one of two joined, "the company and federal regulators announced on Thursday", whose words name neither.)
  if ((/^\W*$/.test(after) || /^\s*,/.test(after) || (CLOSING_DAY.test(after) && !/\band\b[^,]*$/.test(subject))) && /,(?!\d)\s*\S/.test(subject)) subject = subject.split(/,(?!\d)/).map((x) => x.trim()).filter(Boolean).at(-1) ?? '';
  // ("Its leader, Ivo Kramer, called the result “a warning” and said ...": where the quote leaves the verb only
  // a conjunction before it, the sayer is the one named before the quote.)
  if (/^(?:(?:and|but|or|then)\s*)?$/i.test(subject) && /[“"]/.test(before)) {
    const lead = before.split(/[“"]/)[0]!;
    const named = entitiesIn(lead, entities);
    const who = named.find((e) => e.kind === 'person') ?? named[0];
    if (who) return who.name;
    const opening = /^(?:he|she)\b/i.exec(lead.trim())?.[0];
    if (opening !== undefined && lastPerson && calledSo(opening, lastPerson, genders)) return lastPerson;
  }
  // ("... are to be withdrawn, leaving villages without transport, after the operator said ...": a verb in a
  // clause a conjunction opens has that clause's subject, "the operator", not a name before the conjunction.)
  const subordinate = /\b(?:after|because|since|although|though|until|unless|once|when|while|whereas)\s+((?:[\p{L}\u2019'-]+\s+){0,5}[\p{L}\u2019'-]+)$/iu.exec(subject);
  if (subordinate !== null) subject = subordinate[1]!;
  // ("Millbrook currently has 118 pupils, down from 205, and the council says ...": a verb in a clause joined
  // after a comma has that clause's subject.)
  const joined = subordinate === null ? /,\s+(?:and|but|while|so|yet)\s+((?:[\p{L}\u2019'-]+\s+){0,5}[\p{L}\u2019'-]+)$/iu.exec(subject) : null;
  if (joined !== null) subject = joined[1]!;
  // "He congratulated his rival but warned ...": a second verb of the clause's subject, its first word(s).
  if (/\b(?:but|and|or|then)$/i.test(subject)) subject = /^(?:he|she|they|it|we|i)\b/i.exec(subject)?.[0] ?? subject.split(/\s+(?=[a-z])/)[0]!;
  const pronoun = words(subject).at(-1);
  if (pronoun && PERSON_PRONOUNS.has(pronoun) && lastPerson) return calledSo(pronoun, lastPerson, genders) ? lastPerson : undefined;
  return subject ? sourceNamed(subject, entities) : undefined;
}

// Whom a clause means by "he", "his" or "him", or by a post ("the US president") no entity goes by: the
// person named last before the word, in its sentence or earlier. The fact is about them, so it names them;
// its text stays the article's.
function referentOf(
  clause: string,
  sentence: string,
  mentioned: readonly Entity[],
  entities: readonly Entity[],
  lastPerson: string | undefined,
  genders: Map<string, 'm' | 'f'> = new Map(),
): { name: string; post?: string } | undefined {
  // (A post where the clause names a person is theirs: "The mayor, Anna Novak, said ...".)
  // (The first of them: "The US president must decide if he's ...".)
  const pronoun = /\b(?:he|him|his|she|her)\b/i.exec(clause);
  const titled = mentioned.some((e) => e.kind === 'person') ? null : POST.exec(clause);
  const post = titled && (!pronoun || titled.index < pronoun.index) ? titled : null;
  const word = post ?? pronoun;
  if (!word) return undefined;
  // A clause split off may have its first letter raised ("... and his image" -> "His image").
  const at = sentence.toLowerCase().indexOf(clause.slice(0, word.index + word[0].length).toLowerCase());
  const before = at >= 0 ? sentence.slice(0, at + word.index) : clause.slice(0, word.index);
  const name = entitiesIn(before, entities).filter((e) => e.kind === 'person').at(-1)?.name ?? lastPerson;
  if (name === undefined) return undefined;
  if (post) return { name, post: post[0].replace(/^[Tt]he /, '') };
  // ("She said he had lost 300 grams. He will be kept off display": not her.)
  return calledSo(word[0], name, genders) ? { name } : undefined;
}

// What a person runs, told after "who" ("Tom Reddick, who runs the Copper Kettle café on Oakfield High Street,"):
// the post it makes them ("the owner of the Copper Kettle café on Oakfield High Street") and the kind of
// place with the post ("café owner").
function runsWhat(name: string, sentence: string): { role: string; alias: string } | undefined {
  // ("Tom Okafor, who works as a nurse at Brackford Community Hospital,": the job itself, what they are.)
  const works = new RegExp(`${escapeRegExp(name)}, who (?:works|worked|is employed|was employed) as (an? [^,.;:]+?)[,.;:]`).exec(sentence);
  const job = works ? /^an? ([a-z-]+(?: [a-z-]+){0,2}?)(?: (?:at|in|for|with|on)\b.*)?$/.exec(works[1]!)?.[1] : undefined;
  if (works && job !== undefined && isPersonNoun(job.split(' ').at(-1)!)) return { role: works[1]!, alias: job };
  const m = new RegExp(`${escapeRegExp(name)}, who (runs|owns|manages|heads|leads|chairs|founded|co-founded|directs|coaches|edits) ((?:the |a |an )?)([^,.;:]+?)[,.;:]`).exec(sentence);
  if (!m) return undefined;
  const agent = RUNNER[m[1]!]!;
  // (Up to a second verb of theirs: "who leads the Liberal Democrat group and voted against the plan".)
  const held = m[3]!.replace(/\s+(?:and|but)\s+(?:[a-z]+ed|has|had|is|was|will|would|also)\b.*$/, '');
  const thing = held.replace(/\s+(?:on|in|at|near|off|outside)\s+.*$/, '');
  const kind = thing.split(' ').at(-1)!;
  if (!/^[a-z\u00e0-\u00ff-]+$/.test(kind)) return undefined;
  // (With the thing's own article, or none before an owner's: "the chair of Ashcombe's health committee".)
  // (A field led, after its preposition: "who leads on transport" is the leader on transport.)
  const field = !m[2] && /^(?:on|for)\s/.test(held);
  return { role: field ? `the ${agent} ${held}` : `the ${agent} of ${m[2]!}${held}`, alias: `${kind} ${agent}` };
}
// The one who does each (a runner of a café is its owner, as a reader asks).
const RUNNER: Readonly<Record<string, string>> = { runs: 'owner', owns: 'owner', manages: 'manager', heads: 'head', leads: 'leader', chairs: 'chair', founded: 'founder', 'co-founded': 'co-founder', directs: 'director', coaches: 'coach', edits: 'editor' };

// A post the article calls a person by ("the US president" for Donald Trump) is a name they go by, as
// the post alone ("president") and as a title ("President Trump"), where no other entity goes by it; and
// it says who they are better than the first sentence that named them.
function takePost(name: string, post: string, entities: readonly Entity[]): void {
  const e = entities.find((x) => x.name === name);
  if (!e) return;
  const office = /(?:prime minister|[a-z]+)$/.exec(post)![0];
  const title = office.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  for (const alias of [post, office, `${title} ${name.split(' ').at(-1)!}`]) {
    if (entities.some((x) => x.name === alias || x.aliases.includes(alias))) continue;
    e.aliases.push(alias);
  }
  if (/[.!?\u2026\u201d"]$/.test(e.description)) e.description = `the ${post}`;
}

// Where a sentence's last clause, with a subject of its own, opens: "..., and the association says ...".
const LAST_CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+(?=the\s+\p{Lu}|\p{Lu})|;\s+/u;

// What a clause opening with "it" (or "and it", "meanwhile, it") means: the country or body that was last
// a sentence's subject. Not "it" that stands for what follows ("it will be humbling for Iran if ...",
// "it is a climb-down for him to ..."), nor "it" after the clause opens.
function thingMeant(clause: string, lastSubject: string | undefined): string | undefined {
  const rest = clause.replace(OPENING, '');
  // ("Its chair, Joseph Mensah, said ...": its post, or its thing, is the last subject's.)
  if (/^its\b/i.test(rest)) return lastSubject;
  if (!/^it\b/i.test(rest) || /^it(?:\s+\w+){0,2}\s+(?:be|is|was|'s|\u2019s|seems|appears)\b.*\b(?:if|that|whether|for \w+ to)\b/i.test(rest)) return undefined;
  return lastSubject;
}

// A body called back by a word for one, as a clause's subject: "The authority said ...", "the company has".
const BODY_BACK = /^the (authority|council|company|firm|charity|trust|agency|organisation|organization|body|board|club|operator|business|group|department|ministry)\b(?!['\u2019]s)(?! of\b)(?=\s+[a-z])/i;
// Words for any body, which call back whichever one the sentence before was about.
const ANY_BODY: ReadonlySet<string> = new Set(['authority', 'body', 'organisation', 'organization']);

// "North Yorkshire Council, which owns the harbour, has estimated ... The authority said it would contribute
// £800,000": a body called by a word for a body, the one the sentence right before was about, where the word
// is one of its name or one for any body.
function bodyMeant(clause: string, previous: string | undefined, entities: readonly Entity[]): string | undefined {
  const noun = BODY_BACK.exec(clause.replace(OPENING, ''))?.[1]?.toLowerCase();
  const e = previous === undefined ? undefined : entities.find((x) => x.name === previous);
  if (noun === undefined || e === undefined || (e.kind !== 'organization' && e.kind !== 'group')) return undefined;
  return ANY_BODY.has(noun) || [e.name, ...e.aliases].some((n) => words(n).includes(noun)) ? e.name : undefined;
}

// A sentence that is a question of the writer's, no one's words quoted: "How will it be paid for?".
const WRITERS_QUESTION = /^[^“”"]*\?$/;

// A clause whose saying has what was said after it: "Ms Pryce said the group would meet on Thursday".
const SAYING_THEN_SAID = /\b(?:said|says|told \w+|added|warned|insisted|claimed|confirmed|announced)\s+(?:that\s+)?(?:\S+\s+){2,}\S/;

// The body the article has last described by a word for one, before or after its name: "the charity Active
// Kettleby", "Active Kettleby, a local charity".
function describedBody(noun: string, told: string, entities: readonly Entity[]): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const e of entities) {
    if (e.kind !== 'organization' && e.kind !== 'group') continue;
    const name = [e.name, ...e.aliases].map(escapeRegExp).join('|');
    for (const m of told.matchAll(new RegExp(`\\b${noun},?\\s+(?:${name})\\b|\\b(?:${name}),?\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+)?${noun}\\b`, 'gi'))) if (best === undefined || m.index > best.at) best = { name: e.name, at: m.index };
  }
  if (best !== undefined) return best.name;
  // ("A group of residents formed the Regal Community Benefit Society ... the society's chair": a body
  // whose own name ends in the noun, the one named last.)
  for (const e of entities) {
    if ((e.kind !== 'organization' && e.kind !== 'group') || e.name.split(' ').at(-1)!.toLowerCase() !== noun.toLowerCase()) continue;
    const at = told.lastIndexOf(e.name);
    if (at >= 0 && (best === undefined || at > best.at)) best = { name: e.name, at };
  }
  return best?.name;
}

// The words that may come before a clause's subject: "And", "But", "Meanwhile,", "For now,".
const OPENING = /^(?:(?:and|but|so|yet|meanwhile|in the meantime|now|for now|until then|still|instead|however|then|as a result|in addition),?\s+)+/i;

// The sentence's subject when it is a country or body named first: "For now, Tehran has ..."
function subjectOf(sentence: string, entities: readonly Entity[], lastNamed: ReadonlyMap<string, number> = new Map()): string | undefined {
  // ("It is the third time in two years that the Kittiwake has been taken out of service": the subject of
  // the clause an opening "it is ... that" sets out, whom the next "it" means.)
  const setOut = IT_IS_THAT.exec(sentence.replace(OPENING, ''));
  const text = setOut ? setOut[1]! : sentence.replace(OPENING, '');
  const first = entitiesAt(text, entities)[0];
  // (Or called back by the last word of its name, the one named last that has it: "The school teaches its
  // pupils in two classes" after "Little Hartwell Church of England Primary School has just 38 pupils".)
  const noun = first === undefined || first.i > 4 ? /^the ([a-z]+),? (?=[a-z])/i.exec(text)?.[1]?.toLowerCase() : undefined;
  if (noun !== undefined) {
    const back = entities
      .filter((e) => e.kind !== 'person' && lastNamed.has(e.name) && e.name.includes(' ') && nounCallsBack(e.name.split(' ').at(-1)!.toLowerCase(), noun))
      .reduce<Entity | undefined>((best, e) => (best === undefined || lastNamed.get(e.name)! > lastNamed.get(best.name)! ? e : best), undefined);
    if (back !== undefined) return back.name;
  }
  // (Or named after what it is, set off by commas: "The fuelling company, AeroFuel Services, said ...".)
  // (Or the doer of a passive opening the sentence: "The lorry was owned by Northway Cold Freight" is about
  // Northway, whose managing director "its" is next.)
  // (Or after a word for a body: "Environmental group River Watch South criticised the firm".)
  return first && first.e.kind !== 'person' && (first.i <= 4 || SET_OFF_BEFORE.test(text.slice(0, first.i)) || PASSIVE_OPENING.test(text.slice(0, first.i)) || BODY_OPENING.test(text.slice(0, first.i))) ? first.e.name : undefined;
}
const BODY_OPENING = new RegExp(`^(?:the |an? )?(?:[a-z-]+ )?(?:${BODY_WORDS})\\s+$`, 'i');
// Whether the last word of a name is called back by a noun: itself, its singular, or one that word's
// common sense is another word for ("Hadlow Community Stores ... The shop": a store is a shop).
function nounCallsBack(head: string, noun: string): boolean {
  const bases = [head, ...baseForms(head)];
  return bases.includes(noun) || bases.some((b) => mutualRelatives(b).includes(noun));
}
// "It is the third time that ...", "it was in 2019 that ...": the clause after "that".
const IT_IS_THAT = /^it (?:is|was|'s|\u2019s) (?:[^,;]{1,60}?) that (.+)$/i;
// A passive opening a sentence, up to its doer: "The lorry was owned by ".
const PASSIVE_OPENING = /^(?:the|an?|its|their) (?:[\p{Ll}-]+ ){0,3}(?:was|were|is|are|has been|have been|had been) (?:[\p{Ll}-]+ )?by $/iu;
// "The fuelling company, " before a name: what it is, as the sentence's subject.
// (Or "a smaller passenger-only boat, the Sea Lark,": the name after "the".)
const SET_OFF_BEFORE = /^(?:the|an?) [\p{Ll}-]+(?: [\p{Ll}-]+){0,3}, (?:the )?$/iu;

// A choice the article lays out: "X must decide if A, or whether B", "the options are to A or to B".
type Choice = readonly [string, string];
const CHOICE =
  /\b(?:decide|decides|deciding|choose|chooses|choosing|choice|options?|either)\b.*?\b(?:if|whether|between|either|to)\s+(.+?),?\s+or\s+(?:else\s+)?(?:whether\s+|if\s+|to\s+)?(.+?)[.!?]*$/i;
// One of them named by its place: "the second option", "the first choice", "the latter".
const OPTION_NAMED = /\bthe (?:(first|second)(?: (?:option|choice|course|path|alternative|route))|(former|latter))\b/i;

function choiceIn(sentence: string): Choice | undefined {
  const m = CHOICE.exec(sentence);
  return m ? [m[1]!, m[2]!] : undefined;
}

// A clause naming an option by its place says which, in brackets as an editor would: "If he chooses the
// second option [the US retaliates] we should expect ..."; a reader asking "what if the US retaliates?" finds
// it. The option's own clause where it is one after "that" ("demand that the US retaliates").
function withOption(clause: string, choice: Choice | undefined): string {
  const m = choice && OPTION_NAMED.exec(clause);
  if (!m || !choice) return clause;
  const place = (m[1] ?? m[2])!.toLowerCase();
  const option = choice[place === 'first' || place === 'former' ? 0 : 1];
  const that = /\bthat ((?:\S+\s+){1,}\S+)$/.exec(option);
  const end = m.index + m[0].length;
  return `${clause.slice(0, end)} [${(that?.[1] ?? option).replace(/[,;:]+$/, '')}]${clause.slice(end)}`;
}

// A post one person holds, named by its title: "the president", "the US president", "the prime minister".
const POST = /\b[Tt]he (?:[A-Z][\w-]* )?(?:president|prime minister|chancellor|premier|king|queen|pope|governor|mayor)\b/;

// A source as the article names it: the entity when the phrase is its name (or alias, with a title or
// "the"), the phrase itself when it says more ("the Valmora fire service"), else an entity it names.
// A capitalised word before another (a title, if TITLES has it).
const TITLE_FIRST = /^(\p{Lu}\p{Ll}*)\.?\s+(?=\p{Lu})/u;

// A verb of a clause of its own ("had shown", "was"), after the words a verb of saying introduces.
const CLAUSE_VERB = /\b(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|should|might|may|must)\b/i;
// A day or a time closing a sentence after its verb of saying ("officials said Wednesday", "said on Monday").
const CLOSING_DAY = /^\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last night|this morning|this week)\W*$/i;

function sourceNamed(phrase: string, entities: readonly Entity[]): string | undefined {
  // (A name holding a comma is not cut at it: "the Department for Environment, Food and Rural Affairs".)
  const listed = entities.find((e) => e.name.includes(',') && phrase.replace(/^the\s+/i, '').startsWith(e.name));
  if (listed) return listed.name;
  // ("Lindqvist received 14,208 votes, the returning officer, Anne Moreland, announced": the name set off by
  // commas right before the verb.)
  const parts = phrase.split(/,(?!\d)\s*/).map((x) => x.trim()).filter(Boolean);
  // (With its article: "The Dean of St Aldric, the Very Reverend Catherine Mowbray, said".)
  // (Its party in brackets after it: "The Cathaoirleach, Cllr Siobhán McGovern (Fianna Fáil), said".)
  const lastPart = parts.at(-1)?.replace(/^the\s+/i, '').replace(/\s*\([^()]*\)$/, '');
  const last = parts.length > 1 ? entities.find((e) => e.kind === 'person' && (e.name === lastPart || e.aliases.includes(lastPart!))) : undefined;
  if (last) return last.name;
  const head = (parts[0] ?? '').replace(/^(?:and|but|while|so)\s+/i, '').trim();
  // ("According to figures published by the trust": whoever published them.)
  const publisher = /^(?:[\p{L}-]+ ){1,3}(?:published|released|compiled|issued|produced|collected|gathered) by (.+)$/iu.exec(head)?.[1];
  if (publisher !== undefined) return sourceNamed(publisher, entities);
  // (Every title off the front: "Mrs Justice Helen Marchetti" is Helen Marchetti.)
  let titled = head.replace(/^the\s+/i, '');
  for (let t = TITLE_FIRST.exec(titled); t && TITLES.has(t[1]!.toLowerCase()); t = TITLE_FIRST.exec(titled)) titled = titled.slice(t[0].length);
  // (And an auxiliary of the verb: "Kingsbridge General has said", "the government had also warned".)
  const bare = titled.replace(/(?:\s+(?:also|later|then|again|too|now|however|himself|herself|itself|themselves|has|have|had|will|would|could|did|does|do))+$/i, '');
  const exact = entities.find((e) => e.name === bare || e.aliases.includes(bare));
  if (exact) return exact.name;
  // ("Council leader Amira Shah", "Shelter manager Priya Nair": a post before a person's full name is theirs;
  // "Rail operator Northern Link": so is a common noun before a body's name.)
  const afterNoun = (n: string): boolean => /^\S+(?: [a-z][\w-]*)*$/.test(bare.slice(0, bare.length - n.length - 1));
  // (A post of a few words, none of grammar: not "The stolen works are ... by Pieter de Graaf".)
  const postBefore = (n: string): boolean => {
    const post = bare.slice(0, bare.length - n.length - 1).split(' ');
    return post.length <= 5 && post.every((w) => /^[\p{L}'\u2019-]+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
  };
  const posted = entities.find((e) => [e.name, ...e.aliases].some((n) => bare.endsWith(` ${n}`) && (e.kind === 'person' ? n.includes(' ') && postBefore(n) : afterNoun(n))));
  if (posted) return posted.name;
  // "The institute warned": the one body the article described as "the ... institute" before.
  const noun = /^the ([a-z]+)$/i.exec(head)?.[1]?.toLowerCase();
  const described = noun === undefined ? [] : entities.filter((e) => e.kind !== 'person' && /^the (?:[a-z][\w-]* ){0,4}[a-z][\w-]*$/.test(e.description ?? '') && e.description!.endsWith(` ${noun}`));
  if (described.length === 1) return described[0]!.name;
  // ("According to the trust": the one body whose name ends in the noun, "Vale and Harrowfield Health Trust".)
  const ending = noun === undefined ? [] : entities.filter((e) => e.kind !== 'person' && e.name.toLowerCase().endsWith(` ${noun}`));
  if (ending.length === 1) return ending[0]!.name;
  // "The ferry operator, BlueWave Lines, said": the name set beside a description is who.
  // (Not a description set beside the name, "Amira Shah, a Labour councillor,": the party is not who said it.)
  const aside = phrase.split(/,(?!\d)\s*/)[1];
  const named = aside === undefined || /^(?:a|an)\s/i.test(aside) ? undefined : entitiesIn(aside, entities)[0];
  if (named) return named.name;
  const pronoun = words(bare).length === 1 && PERSON_PRONOUNS.has(words(bare)[0]!);
  if (bare && !pronoun && !/^(?:it|they|we|i|you|this|that|there)$/i.test(bare) && bare.split(/\s+/).length <= 5) return bare;
  return entitiesIn(phrase, entities)[0]?.name;
}

// Words in quotation marks, two words or more, verbatim.
function quotesIn(sentence: string): string[] {
  const out: string[] = [];
  const q = /[“"]([^”"]+)[”"]/g;
  for (let m = q.exec(sentence); m; m = q.exec(sentence)) {
    const text = m[1]!.trim().replace(/[,.]$/, '');
    if (text.split(/\s+/).length >= 2) out.push(text);
  }
  // A quote whose closing mark is in a later sentence: what follows the opening mark.
  if (!out.length) {
    const open = /[“]([^”]{8,})$/.exec(sentence)?.[1];
    if (open) out.push(open.trim().replace(/[,.]$/, ''));
  }
  return out;
}

// (A tens word with its units first, "thirty-one"; never the units alone after a hyphen, which "-one" of
// "thirty-one" would be.)
const NUMBER_WORD = '(?<![\\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozens?)';
// (A plural in -s, or one of the plurals that has none: "43 people".)
// (A comma closing a number ends it: "more than 610, officials said" counts no officials.)
// ("30 extra home care workers", "620 general and acute beds": a word of more, or two words of a kind
// joined, before the words of the unit; not a second count, "15 Conservative and six Green councillors".)
// (Words with accents too: "eight cafés", "seven naïve voters".)
// ("1.4 million Southdown Water customers": a scale word, then a name of two words, before the unit; a word
// running on with a hyphen is no unit's end, "22 US-made missiles" counts missiles.)
const FIGURE = new RegExp(`\\b(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?|${NUMBER_WORD})\\s+((?:(?:thousand|million|billion)\\s+)?(?:(?:other|more|further|additional|extra|new)\\s+)?(?:[a-z][\\p{L}\\d_-]*[^\\P{L}s]\\s+(?:and|or)\\s+(?!\\d|${NUMBER_WORD}))?(?:(?:[a-z][\\p{L}\\d_-]*|\\d+(?:st|nd|rd|th)-[a-z][\\p{L}\\d_-]*)\\s+){0,2}?(?:[a-z][\\p{L}\\d_-]*s|people|children|men|women|police|personnel|staff|crew|livestock|cattle))(?![\\p{L}\\d_-])`, 'giu');
// "14 were injured": people counted with the unit left out (not "no one was killed").
// ("Two of them were treated in hospital": some of the people just counted, counted by what befell them.)
const HARMED = new RegExp(`(?<![\\w,.])(?<!\\b(?:no|any|every|some) )(\\d[\\d,]*|${NUMBER_WORD})(?: of (?:them|those|whom))? (?:were|was|had been|have been|are|had) (${HARM_VERB})\\b`, 'gi');
const HARMED_AFTER = /^\s+(?:were|was|have been|had been|are)\s+(killed|injured|hurt|wounded|missing)\b|^\s+(died)\b/i;
// "With 27 dead and 240 injured", "11 were killed and 190 hurt", "five died in Menderes": people, the unit
// left out, counted by a word of harm right after the number.
const HARMED_BARE = new RegExp(`(?<![\\w,.])(?<!\\b(?:no|any|every|some) )(\\d(?:[\\d,]*\\d)?|${NUMBER_WORD}) (dead|died|injured|hurt|wounded|missing|killed)\\b(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|but|while|whereas|in|at|on|after|when|as)\\b)`, 'gi');
// "Killing at least 43 people and injuring more than 610": people, by what the deed did to them.
const HARMING = new RegExp(`\\b(killing|injuring|wounding) (?:at least |more than |some |about |around |nearly |almost |over |up to )?(\\d(?:[\\d,]*\\d)?|${NUMBER_WORD})(?: (?:people|others|persons)\\b)?`, 'gi');
// "A magnitude 6.4 earthquake", "a 6.4-magnitude quake": a quake's magnitude.
const MAGNITUDE = /\bmagnitude[- ](\d(?:\.\d)?)\b|\b(\d(?:\.\d)?)[- ]magnitude\b/gi;
// "51.8% of the vote", "7 per cent": a share.
const SHARE = /(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)/gi;
// "£18 million", "$2.5bn": a sum of money.
const MONEY = /([£$€])\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|bn|m)\b)?/gi;
// "A year", "per week" right after a sum: what it is paid or saved in.
const MONEY_RATE = /^\s+(?:a|an|per|each)\s+(year|month|week|day|hour|night)\b/i;
const CURRENCY: Readonly<Record<string, string>> = { '£': 'pounds', $: 'dollars', '€': 'euros' };
// "185 pence", "90p".
const MEASURE = new RegExp(`(?<![\\w.£$€])(\\d[\\d,]*(?:\\.\\d+)?)\\s?(${Object.keys(MEASURE_UNITS).sort((a, b) => b.length - a.length).map((u) => u.replace('/', '\\/')).join('|')})\\b(?: of ([a-z]+))?`, 'gi');
const PENCE = /(?<![\w.£$€])(\d[\d,]*(?:\.\d+)?)(?:\s?pence\b|p\b)/gi;
// "11 of the city's 18 wards", "9 of the bridge's 24 main hanger cables": the part, in the whole's unit.
const PART_OF = new RegExp(`\\b(\\d[\\d,]*|${NUMBER_WORD}) of (?:the |its |their |[A-Za-z]+[\u2019']s )+(?:\\d[\\d,]*|${NUMBER_WORD}) ((?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*s)\\b`, 'gi');
// "14 of the affected patients": a part of a whole left uncounted, in the whole's unit.
const PART_OF_THE = new RegExp(`\\b(\\d[\\d,]*|${NUMBER_WORD}) of (?:the|its|their|[A-Za-z]+[\u2019']s) ((?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*s)\\b`, 'gi');
const MONTH_AFTER = new RegExp(`^(?:${MONTHS.join('|')})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS.join('|')})\\s*$`, 'i');

// "23 votes to 17": a count, its unit, and a second count in that unit that stands alone (before a
// preposition, a conjunction or the clause's end: not "150 workers to 12 towns").
const SCORE = new RegExp(`\\b(?:\\d[\\d,]*|${NUMBER_WORD}) ([a-z]+s) to (\\d[\\d,]*|${NUMBER_WORD})(?=\\s*(?:[,.;:)]|$)|\\s+(?:at|in|on|with|and|but|after|before|against|as)\\b)`, 'gi');
// "Voted 27 to 21", "passed by 23-17": a vote's two sides, counted in votes where no unit is said.
const TALLY = /\b(?:voted|votes?|approved|passed|rejected|backed|carried|defeated)\s+(?:by\s+)?(\d{1,4})(?:\s*[-\u2013]\s*|\s+to\s+)(\d{1,4})\b(?![-\u2013.,]?\d|\s+[a-z]+s\b)/gi;
// "The 15 Conservative and six Green councillors": a count before "and" whose unit the second count's
// words give, its own word before them ("Conservative councillors").
const SHARED_UNIT = new RegExp(`\\b(\\d[\\d,]*|${NUMBER_WORD}) ([\\p{L}][\\p{L}'-]*) (?:and|or) (?:\\d[\\d,]*|${NUMBER_WORD}) (?:[\\p{L}][\\p{L}'-]* ){0,2}?([a-z][\\w-]*s)\\b`, 'giu');
// A number alone before the clause's end or a joining word: "... fourth with 2,115.", "to Hughes's 13,596,".
// (Not a year, "in 2019", nor a money sum or a share, read on their own.)
const ELIDED_UNIT = /(?<![\w.,£$€%-])(\d{1,3}(?:,\d{3})+|\d{3,})(?=\s*(?:[,.;:)](?!\d)|$)|\s+(?:and|but|while|whereas|in|across|at|from|during|over|on|before|after|last|this|a year|a month|a week|a day|per year|per month|per week|per day)\b)(?<!\b(?:19|20)\d\d)/g;
// "41,200 patients last year, about 6,500 of them at night": a part of a count, in its unit.
// (Or "of which": "48 houses on the 2.4-hectare site, sixteen of which would be affordable" - of the things
// counted, not of a measure.)
const OF_THEM = new RegExp(`(?<![\\w.,£$€%-])(\\d[\\d,]*|${NUMBER_WORD}) of (?:them|those|these|which|whom)\\b`, 'gi');
// A noun the clause opens with, before a comma: "Staff at the centre, ...", "The volunteers, ...".
const PEOPLE_OPENING = /^(?:the\s+)?([a-z]+)\b[^,]{0,40},/i;
// Nouns for a body of people, which the dictionary names no person by.
const COLLECTIVE_PEOPLE: ReadonlySet<string> = new Set(['staff', 'crew', 'personnel', 'workforce', 'police']);
// "Fewer than the 64", "more than 300": a bare figure weighed against another (see figuresIn).
const THAN_BARE = new RegExp(`\\b(?:more|fewer|less|higher|lower|bigger|smaller) than (?:the )?(\\d[\\d,]*|${NUMBER_WORD})(?![\\d.,]*\\s*(?:%|per\\b|[a-z]+s\\b))`, 'gi');
// Units that measure, not count: no "of which" is a part of them.
const MEASURED = /\b(?:hectares?|acres?|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot|inches?|yards?|tonnes?|tons?|litres?|liters?|pounds|dollars|euros|percent|per cent|degrees?)$/;
const MEASURE_BEFORE = new RegExp(`\\b(\\d+(?:\\.\\d+)?|${NUMBER_WORD})-(metre|meter|kilometre|kilometer|mile|foot|inch|yard|tonne|ton|litre|liter|acre|hectare|storey|story|bed|seat|room|bedroom|page|lane|berth|space|place|pitch|bay|home|house|flat|unit|classroom|pupil|screen|stall|court)(?=\\s+[a-z])`, 'gi');
const MEASURE_PLURALS: Readonly<Record<string, string>> = { foot: 'feet', inch: 'inches', story: 'stories' };
// A capacity told by its verb, the figure closing its clause: "seats 1,100", "employs 240".
const CAPACITY_TOLD = new RegExp(`\\b(seats|seat|employs|employ|employed)\\s+(?:(?:about|around|some|nearly|almost|more than|over|up to|just over|just under)\\s+)?(\\d[\\d,]*|${NUMBER_WORD})(?=\\s*(?:[.,;:!?]|$|\\s+(?:people|staff)\\b))`, 'gi');
// "Visitor numbers", "passenger numbers": the thing a clause's bare figures count.
const NUMBERS_OF = /\b([A-Za-z]+) numbers\b/g;
// "The number of patients who waited more than 12 hours fell from 412 ...": what the number counts.
const NUMBER_OF = /\b[Tt]he number of ([a-z]+[^s\W]s|children|people|men|women)\b/g;
// "Recruited 30 extra home care workers ... and would recruit 20 more": more of what was counted.
const MORE_BARE = new RegExp(`\\b(\\d[\\d,]*|${NUMBER_WORD}) (?:more|fewer|others)\\b(?! than\\b)(?!\\s+[a-z][\\w-]*s\\b)`, 'gi');
// ("Over the same period, attendances at the A&E fell to 6,900": after an opening phrase.)
const CHANGED_SUBJECT = /^(?:[A-Z][^,]{0,40},\s+)?(?:[Tt]he\s+)?(\p{Lu}?[a-z]+[^s\W]s)(?:\s+(?:at|in|of|on|for|across)\s+(?:the\s+)?[\w&-]+){0,2}\s+(?:have\s+|has\s+|had\s+)?(?:risen|fallen|grown|dropped|increased|decreased|climbed|rose|fell|grew|jumped|declined|slumped|soared)\s+(?:from|to)\b/u;
const SPAN_BEFORE = new RegExp(`\\b(\\d+|${NUMBER_WORD})-(second|minute|hour|day|week|month|year)(?!s?-old)(?=\\s+[a-z])`, 'gi');
// "Took 78 seats, up from 51": a figure it changed from, in its unit.
const CHANGED_FROM = new RegExp(`\\b(?:up|down|rising|falling|compared with|against) from (\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORD})\\b(?![.,]?\\d|%| ?per)`, 'gi');
// "It is the third time in two years that the ferry has been taken out of service": an ordinal time counts
// the times it has happened.
const NTH_TIME = /\b(?:the|its|their|his|her) ([a-z]+|\d{1,3}(?:st|nd|rd|th)) time\b/gi;
// Figures with their units: "22 missiles", "five missiles", "two military bases"; "no one" is zero people.
// `around`: the figures of the sentence a clause was split from, whose unit a count in it may leave out.
// "Minus" or a minus sign right before a figure.
const BELOW_ZERO = /(?:\bminus\s+|(?<![\w.])[-\u2212])$/i;

// What a clause's bare figures count, where each is named: "Visitor numbers", the subject of a rise or fall,
// "the number of children".
function countedNouns(clause: string): { at: number; unit: string }[] {
  const out: { at: number; unit: string }[] = [];
  const add = (at: number, noun: string | undefined): void => {
    const unit = noun?.toLowerCase();
    if (unit === undefined) return;
    if (/^(?:children|people|men|women)$/.test(unit)) out.push({ at, unit });
    else if (!STOP_WORDS.has(unit.replace(/s$/, ''))) out.push({ at, unit: unit.replace(/s?$/, 's') });
  };
  for (const m of clause.matchAll(NUMBERS_OF)) add(m.index, m[1]);
  if (!out.length) add(0, CHANGED_SUBJECT.exec(clause)?.[1]);
  for (const m of clause.matchAll(NUMBER_OF)) if (!out.length || m.index > out[0]!.at) add(m.index, m[1]);
  return out.sort((a, b) => a.at - b.at);
}

function figuresIn(clause: string, around: readonly NumberFigure[] = []): NumberFigure[] {
  const out: NumberFigure[] = [];
  const valueOf = (raw: string): number | undefined => (/^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : numberPhrase(raw));
  for (let m = PART_OF.exec(clause); m; m = PART_OF.exec(clause)) {
    const value = valueOf(m[1]!);
    if (value !== undefined && Number.isFinite(value)) out.push({ value, unit: m[2]! });
  }
  for (let m = PART_OF_THE.exec(clause); m; m = PART_OF_THE.exec(clause)) {
    const value = valueOf(m[1]!);
    // (Not "one of the reasons": one of a kind, no count.)
    if (value !== undefined && Number.isFinite(value) && value !== 1 && !out.some((n) => n.value === value)) out.push({ value, unit: m[2]! });
  }
  for (let m = FIGURE.exec(clause); m; m = FIGURE.exec(clause)) {
    const raw = m[1]!.toLowerCase();
    const read = valueOf(raw);
    if (read === undefined || !Number.isFinite(read)) continue;
    // ("Fell to minus 22 degrees", "-5 degrees": below zero, as said.)
    const value = BELOW_ZERO.test(clause.slice(0, m.index)) ? -read : read;
    // A year is no count: "in 2020 missiles", "in August 2023, six months ...".
    if (/^(?:19|20)\d\d$/.test(raw) && (!/^[a-z]/.test(m[2]!) || clause[m.index + raw.length] === ',' || MONTH_BEFORE.test(clause.slice(0, m.index)))) continue;
    // A day of a month is no count: "on 14 June and covers".
    if (read <= 31 && MONTH_AFTER.test(m[2]!)) continue;
    // A sum is read as one below ("£58 million on sales" is 58 million pounds, not "million on sales").
    if (/[£$€]\s?$/.test(clause.slice(0, m.index))) continue;
    // A number in a name is no count: "the CrispMax 7 models" (a capital opening the sentence, "Some 43
    // people", is no name).
    if (/\S\s+\p{Lu}[\p{L}\d]*\s+$/u.test(clause.slice(0, m.index)) && /^\d/.test(raw)) continue;
    // ("Two other contracts", "22 more missiles": contracts, missiles.)
    const unit = m[2]!.replace(/^(?:of|the|were|was|had|have)\s+/i, '').replace(/^(?:other|more|further|additional|extra)\s+(?=\S)/i, '');
    // (Not words closing on a name, "five died in Menderes": a capital's plural-looking end is no unit.)
    if (unit.includes(' ') && /^\p{Lu}/u.test(unit.split(' ').at(-1)!)) continue;
    // One takes no plural: "where one remains" is one who remains, no count of "remains".
    if (value === 1 && !unit.includes(' ')) continue;
    if (STOP_WORDS.has(unit.split(' ')[0]!)) continue;
    // (Nor one closing on a grammar word: "4 percent of its annual turnover" is a share, read below.)
    if (unit.includes(' ') && STOP_WORDS.has(unit.split(' ').at(-1)!)) continue;
    // A rate: "85 miles per hour", "40 miles an hour".
    const rate = /^\s+(per|an?)\s+([a-z]+)\b/i.exec(clause.slice(m.index + m[0].length));
    // (People counted by what befell them, told right after: "11 people were killed" - people killed.)
    const harmed = /^(?:people|persons|children|men|women|residents|civilians|passengers|workers)$/.test(unit) ? HARMED_AFTER.exec(clause.slice(m.index + m[0].length)) : null;
    const befell = harmed ? (harmed[1] ?? harmed[2]) : undefined;
    // (A count of what follows "of": "9 members of staff" counts staff.)
    const of = PARTITIVE_UNITS.test(unit) ? /^\s+of\s+((?:the\s+)?[a-z]+)\b/.exec(clause.slice(m.index + m[0].length)) : null;
    out.push({ value, unit: rate ? `${unit} ${rate[1]} ${rate[2]}` : befell ? `${unit} ${befell.toLowerCase()}` : of ? `${unit} of ${of[1]}` : unit });
  }
  // ("For the third time": three times. Not the first, no count of times.)
  for (let m = NTH_TIME.exec(clause); m; m = NTH_TIME.exec(clause)) {
    const value = ordinalValue(m[1]!);
    if (value !== undefined && value > 1) out.push({ value, unit: 'times' });
  }
  // ("The Grand seats 1,100", "employs 240": a capacity told by its verb, no noun after it: seats, people.)
  for (let m = CAPACITY_TOLD.exec(clause); m; m = CAPACITY_TOLD.exec(clause)) {
    const value = valueOf(m[2]!.toLowerCase());
    if (value !== undefined && Number.isFinite(value) && !out.some((n) => n.value === value)) out.push({ value, unit: /^seat/i.test(m[1]!) ? 'seats' : 'people' });
  }
  // "By 23 votes to 17": the second figure of a score, in the first's unit.
  for (let m = SCORE.exec(clause); m; m = SCORE.exec(clause)) {
    const value = valueOf(m[2]!.toLowerCase());
    if (value !== undefined && Number.isFinite(value) && out.some((n) => n.unit === m![1])) out.push({ value, unit: m[1]! });
  }
  // (A vote's sides: "voted 27 to 21" - 27 votes and 21 votes.)
  for (let m = TALLY.exec(clause); m; m = TALLY.exec(clause)) {
    for (const raw of [m[1]!, m[2]!]) {
      const value = Number(raw);
      if (!out.some((n) => n.value === value && n.unit === 'votes')) out.push({ value, unit: 'votes' });
    }
  }
  for (let m = SHARED_UNIT.exec(clause); m; m = SHARED_UNIT.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    const word = m[2]!;
    // (Not where the first count has its own unit, "24 councillors and six Greens", nor a grammar word.)
    if (value === undefined || !Number.isFinite(value) || /s$/.test(word) || STOP_WORDS.has(word.toLowerCase()) || out.some((n) => n.value === value)) continue;
    out.push({ value, unit: `${word} ${m[3]!}` });
  }
  // "A crowd of 18,450": people, counted by the body they make.
  // "A five-week trial", "a six-year sentence": a length of time said as a word before a noun (not an
  // age, "a 12-year-old").
  for (let m = SPAN_BEFORE.exec(clause); m; m = SPAN_BEFORE.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    if (value !== undefined && Number.isFinite(value)) out.push({ value, unit: `${m[2]!.toLowerCase()}s` });
  }
  // "The 48-metre vessel", "a three-metre swell": a measure said as a word before a noun.
  for (let m = MEASURE_BEFORE.exec(clause); m; m = MEASURE_BEFORE.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    const unit = m[2]!.toLowerCase();
    if (value !== undefined && Number.isFinite(value)) out.push({ value, unit: MEASURE_PLURALS[unit] ?? `${unit}s` });
  }
  for (let m = PEOPLE_BODIES.exec(clause); m; m = PEOPLE_BODIES.exec(clause)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!out.some((n) => n.value === value)) out.push({ value, unit: 'people' });
  }
  // "Grant came third with 8,940 votes, and Byrne was fourth with 2,115": a number standing alone, with
  // the unit left out, counts what the clause's one other count does (not a year, nor a digit or two).
  // (Not a length of time: "over nine years than those who walked fewer than 3,000," counts no years.)
  const units = [...new Set([...out, ...around].filter((n) => /[a-z]s$/.test(n.unit) && !SPAN_UNIT.test(n.unit)).map((n) => n.unit))];
  // ("Visitor numbers have fallen from about 96,000 in 2015 to 51,000": with no other count, the figures
  // count what the numbers are of.)
  // ("Births at the hospital have risen from about 3,900 a year in 2019 to 4,650 last year": the plural
  // subject of a rise or fall is what its figures count.)
  // ("Visitor numbers fell from 61,000 to 38,500, although the number of children ... rose to 412": each
  // bare figure counts what was named last before it.)
  const counted = units.length ? [] : countedNouns(clause);
  if (counted.length) units.push(counted[0]!.unit);
  if (units.length === 1) {
    for (let m = ELIDED_UNIT.exec(clause); m; m = ELIDED_UNIT.exec(clause)) {
      const value = Number(m[1]!.replace(/,/g, ''));
      if (!m[1]!.includes(',') && value < 100) continue;
      const unit = counted.filter((c) => c.at < m!.index).at(-1)?.unit ?? units[0]!;
      if (!out.some((n) => n.value === value)) out.push({ value, unit });
    }
  }
  // (Of several counts, "them" are what the count told last before it: "runs 40 cameras ..., recorded it on
  // 11 of them".)
  // ("50 plots is fewer than the 64 being lost": a bare figure weighed against a count, in its unit.)
  for (let m = THAN_BARE.exec(clause); m; m = THAN_BARE.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    if (units.length === 1 && value !== undefined && Number.isFinite(value) && !out.some((n) => n.value === value)) out.push({ value, unit: units[0]! });
  }
  for (let m = MORE_BARE.exec(clause); m; m = MORE_BARE.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    if (units.length === 1 && value !== undefined && Number.isFinite(value) && value > 1 && !out.some((n) => n.value === value)) out.push({ value, unit: units[0]! });
  }
  for (let m = OF_THEM.exec(clause); m; m = OF_THEM.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    const before = units.length === 1 ? undefined : out.filter((n) => clause.lastIndexOf(String(n.value), m!.index) >= 0 && !MEASURED.test(n.unit)).at(-1);
    // (With no count before it, of the people the clause opens with: "Staff at the centre, 38 of them, will
    // keep their jobs".)
    const opening = units.length || before ? undefined : PEOPLE_OPENING.exec(clause)?.[1]?.toLowerCase();
    const unit = units.length === 1 ? units[0] : (before?.unit ?? (opening !== undefined && (isPersonNoun(opening) || isPersonNoun(opening.replace(/s$/, '')) || COLLECTIVE_PEOPLE.has(opening)) ? opening : undefined));
    if (unit !== undefined && value !== undefined && Number.isFinite(value) && !out.some((n) => n.value === value)) out.push({ value, unit });
  }
  // (The figure said last before it is what it changed from: "61 seats, down from 88".)
  for (let m = CHANGED_FROM.exec(clause); m; m = CHANGED_FROM.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    const before = out.filter((n) => clause.lastIndexOf(String(n.value), m!.index) >= 0).at(-1);
    if (value !== undefined && Number.isFinite(value) && before !== undefined && !out.some((n) => n.value === value)) out.push({ value, unit: before.unit });
  }
  // "Two people had died and 14 were injured": people, the unit left out, counted by what befell them.
  // (Not "eleven of the injured were taken to hospital": a part of them, counted by something else.)
  for (let m = HARMED.exec(clause); m; m = HARMED.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    // ("Four were taken to Westmoor General Hospital": people taken to hospital, whichever.)
    if (value !== undefined && Number.isFinite(value) && !out.some((n) => n.value === value)) out.push({ value, unit: `people ${m[2]!.toLowerCase().replace(/ to .*hospital$/, ' to hospital')}` });
  }
  for (let m = HARMING.exec(clause); m; m = HARMING.exec(clause)) {
    const value = valueOf(m[2]!.toLowerCase());
    if (value === undefined || !Number.isFinite(value)) continue;
    const unit = `people ${m[1]!.toLowerCase().replace(/ing$/, 'ed')}`;
    const counted = out.find((n) => n.value === value && /^(?:people|others|persons)$/.test(n.unit));
    if (counted) counted.unit = unit;
    else if (!out.some((n) => n.value === value)) out.push({ value, unit });
  }
  for (let m = HARMED_BARE.exec(clause); m; m = HARMED_BARE.exec(clause)) {
    const value = valueOf(m[1]!.toLowerCase());
    if (value !== undefined && Number.isFinite(value) && !out.some((n) => n.value === value)) out.push({ value, unit: `people ${m[2]!.toLowerCase()}` });
  }
  for (let m = MAGNITUDE.exec(clause); m; m = MAGNITUDE.exec(clause)) out.push({ value: Number(m[1] ?? m[2]), unit: 'magnitude' });
  for (let m = SHARE.exec(clause); m; m = SHARE.exec(clause)) out.push({ value: Number(m[1]), unit: 'percent' });
  for (let m = MONEY.exec(clause); m; m = MONEY.exec(clause)) {
    const scale = m[3] ? (/^b/i.test(m[3]) ? 'billion ' : 'million ') : '';
    // (A sum in a time: "about £14,500 a year", "£600 a year each".)
    const rate = MONEY_RATE.exec(clause.slice(m.index + m[0].length))?.[1];
    out.push({ value: Number(m[2]!.replace(/,/g, '')), unit: `${scale}${CURRENCY[m[1]!]}${rate ? ` ${/^h/i.test(rate) ? 'an' : 'a'} ${rate.toLowerCase()}` : ''}` });
  }
  // Pence: "185 pence", "90p".
  for (let m = PENCE.exec(clause); m; m = PENCE.exec(clause)) out.push({ value: Number(m[1]!.replace(/,/g, '')), unit: 'pence' });
  // A measure by its short unit, with what it measures: "62mm of rain" is 62 "millimetres of rain".
  for (let m = MEASURE.exec(clause); m; m = MEASURE.exec(clause)) out.push({ value: Number(m[1]!.replace(/,/g, '')), unit: `${MEASURE_UNITS[m[2]!.toLowerCase()]}${m[3] ? ` of ${m[3]}` : ''}` });
  // An age, in years old ("how old was he?"), not a span of years.
  for (let m = AGE.exec(clause); m; m = AGE.exec(clause)) {
    const value = m[4] !== undefined ? (valueOf(m[4].toLowerCase()) ?? NaN) : Number(m[1] ?? m[2] ?? m[3]);
    // (A person's age, below 120; a thing's told with its noun may be more: "the 140-year-old pier".)
    if (!(value > 0 && (value < 120 || (m[2] !== undefined && value < 5000)))) continue;
    // (Read as a count of what follows it too: "Hirst, 58, runs a cafe" counts no runs.)
    const counted = out.findIndex((n) => n.value === value && !/\byears?\b/.test(n.unit));
    if (counted >= 0) out.splice(counted, 1);
    out.push({ value, unit: 'years old' });
  }
  // ("No one was killed": zero people; "nobody should have to think twice" counts no one.)
  // ("No one was killed or injured": zero "people killed or injured", what befell them said.)
  // (Not "no one else": some were, whom the clause counts before it.)
  const befell = /\b(?:no one|nobody) (?:was|were|has been|had been|is) ((?:\w+ed|hurt)(?: or (?:\w+ed|hurt))?)\b/i.exec(clause)?.[1];
  const none = /\b(?:no one|nobody)\b(?! else\b)/i.test(clause) && CASUALTY_WORDS.test(clause)
    ? (befell ? `people ${befell}` : 'people')
    : (noneOf(clause) ?? /\bno ((?:\w+ )?(?:casualties|injuries|deaths|fatalities|victims))\b/i.exec(clause)?.[1]);
  if (none) out.push({ value: 0, unit: none });
  return out;
}

// "The Iraqi army say none of its personnel were killed": the people counted are the Iraqi army's, and
// their country's word says whose ("Iraqi personnel killed"), as "how many Iraqi soldiers" asks.
function ownedUnit(clause: string, unit: string, entities: readonly Entity[]): string {
  const m = /\b(?:of )?(?:its|their) (\w+)/i.exec(clause);
  if (!m || !unit.startsWith(m[1]!)) return unit;
  // (The longest name where the last one stands: "Iraqi army", not Iraq by its alias "Iraqi".)
  const before = entitiesAt(clause.slice(0, m.index), entities);
  const owner = before.find((x) => x.i === before.at(-1)!.i)?.e;
  const word = owner?.name.split(' ')[0];
  const country = word !== undefined && (countryNames(word).length > 0 || entities.some((e) => e.kind === 'country' && (e.name === word || e.aliases.includes(word))));
  return country && word !== owner!.name ? `${word} ${unit}` : unit;
}

// "None of its personnel were killed": zero "personnel killed", the unit with what befell them, as a reader
// asks it ("how many soldiers were killed?").
function noneOf(clause: string): string | undefined {
  const m = /\bnone of (?:its|their|the) (\w+)(?: (?:were|was|have been|had been) (\w+ed)\b)?/i.exec(clause);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : undefined;
}

function typeOf(clause: string, quoted: boolean, reported: boolean): FactType {
  if (quoted) return 'statement';
  if (CASUALTY_WORDS.test(clause) && !PREDICTION_WORDS.test(clause)) return 'casualties';
  if (reported) return 'statement';
  if (THREAT_WORDS.test(clause)) return 'threat';
  if (PREDICTION_WORDS.test(clause)) return 'prediction';
  if (ASSESSMENT_WORDS.test(clause)) return 'assessment';
  if (EVENT_WORDS.test(clause)) return 'event';
  return 'background';
}

// A fact's id: its first content words in kebab case, made unique with a number. A word of negation is
// kept: "No deaths have been reported" is no-deaths-reported, not deaths-reported.
function idFor(text: string, taken: Set<string>): string {
  const content = words(text)
    .map((w) => (/^(?:does|do|did|is|was|are|were|wo|ca|could|would|should|has|have|had|must|need)n['\u2019]?t$/.test(w) ? 'not' : w))
    .filter((w) => (!STOP_WORDS.has(w) || NEGATION_WORDS.has(w)) && /^[a-z0-9]+$/.test(w));
  // (A text of common words only, "This is not over," she said, is named by all its words: "not" alone
  // names nothing.)
  const all = words(text).filter((w) => /^[a-z0-9]+$/.test(w));
  const named = content.some((w) => !NEGATION_WORDS.has(w)) ? content : all.length ? all : ['fact'];
  const base = named.slice(0, 6).join('-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const NEGATION_WORDS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'none', 'nobody', 'neither', 'nor', 'nothing']);

function firstWords(text: string): string {
  const first = sentencesOf(text)[0] ?? text;
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}

