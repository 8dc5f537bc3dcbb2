// Names in an article: found as runs of capitalised words, merged when one is a variant of another
// ("Mr Trump" and "Trump" are Donald Trump; "Iranian" is Iran), each with a kind and a description in the
// article's own words.
import type { Entity, EntityKind } from '../model.js';
import { BODY_WORDS, MONTHS, MONTH_WHEN_BEFORE, NOT_NAMES, PLACE_PREFIX, POST_NAMES, SAYING, SENTENCE_STARTERS, TITLES } from '../text/extract-cues.js';
import { PARTY_NOUNS, POST_NOUNS, STOP_WORDS, baseForms, countryNames, escapeRegExp, isAdjective, isCountry, isEnglishWord, isName, isPersonNoun, isPersonCompound, relatedWords, stem } from '../text/index.js';

// (Letters of any alphabet: "Andrés Fuentes", "Lucía Ortega".)
// (Joined by "of", "&" or a particle of a name in another language: "Peso da R\u00e9gua", "Charles de
// Gaulle", "Marsh & Pike".)
// (A name's abbreviated word keeps its full stop: "St. Clare Medical Center", "Mt. Hood".)
const NAME = /(?:(?<![\p{L}\p{N}])al-)?(?<![\p{L}\p{N}])\p{Lu}(?:[\p{L}\p{N}_\u2019'-]|&(?=\p{Lu}))*(?:(?<=\b(?:St|Mt|Ft))\.(?=\s+\p{Lu}))?(?:\s+(?:(?:of|for|da|de|dos|das|del|della|di|du|van|von|der|den|bin|ibn|&)\s+(?:the\s+)?)?(?:al-)?\p{Lu}(?:[\p{L}\p{N}_\u2019'-]|&(?=\p{Lu}))*(?:(?<=\b(?:St|Mt|Ft))\.(?=\s+\p{Lu}))?)*/gu;
const ORGANIZATION =
  /\b(?:ministry|bureau|army|navy|military|officials|public|department|council|party|alliance|front|coalition|movement|bloc|agency|committee|forces|guard|corps|office|government|regime|officials|administration|parliament|congress|senate|authority|commission|court|association|union|institute|university|college|hospital|foundation|fund|society|trust|board|chamber|bank|group|company|corporation|corp|inc|ltd|plc|llc|holdings|industries|securities|foods|airlines|airways|motors|partners|water|energy|power|railways?|telecom|pharmaceuticals|mining|engineering|centre|center|club|league|federation|academy|school|museum|library|libraries|gallery|theatre|theater|police|service|services|constabulary|ambulance|bakery|bakeries|cafe|café|restaurant|brewery|pharmacy|supermarket|logistics|haulage|construction|builders|charity|produce|supplies|wholesale|wholesalers)\b|&/i;
// A body's name joined by "and" before its last word ("Fire and Rescue Service", "Seal and Seabird Hospital";
// not two bodies, "the Met Office and the Environment Agency"), or naming what it is for in a list
// ("Department for Environment, Food and Rural Affairs", "Bureau of Alcohol, Tobacco, Firearms and
// Explosives"; a list closes with "and": "the Minister for Transport, Declan Furlong," is no list).
const JOINED_BODY =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*\s+)+(?<!\b(?:Service|Services|Department|Agency|Authority|Council|Commission|Office|Board|Trust|Association|Society|Institute|Ministry|Committee|Alliance|Partnership|Police|Army|Forces)\s+)(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+)*(?:Service|Services|Department|Agency|Authority|Council|Commission|Office|Board|Trust|Association|Society|Institute|Ministry|Committee|Alliance|Partnership|Police|Constabulary|Hospital|School|College|Centre|Center|Museum|Foundation|Sanctuary)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:Department|Ministry|Secretary|Office|Committee|Minister|Bureau|Administration|Commission) (?:for|of) \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
const MEDIA = /\b(?:twitter|facebook|times|news|tv|television|media|post|journal|bbc|cnn|reuters)\b/i;
// A name ending in a word for a place's kind ("Ashby River", "Mill Road", "Lake Tana" opens with one).
// A name ending in a word for a landform ("Carrig Reef", "Dunmore Point"), which is also a surname's ("Helen
// Marsh"): a place unless it speaks or is someone.
// The last word of a place's name that a possessive may open ("Cooper's Field", "St Luke's Church").
const OWNED_PLACE_WORD = /^(?:\S+\s+)*(?:field|fields|green|common|meadows?|park|square|church|chapel|cathedral|abbey|hall|cross|wood|woods|hill|lane|road|street|gardens?|court|place|yard|wharf|quay|farm|bridge)$/i;
const LANDFORM_NAME = /^(?:\S+\s+)+(?:reef|rocks?|point|headland|beach|coast|shore|sound|channel|cove|creek|cliffs?|glen|moor|marsh|lough|shoal|atoll|falls)$/i;
// Words for a building or a site after a name: "the Hadley Green branch", "the Millbrook depot".
const SITE_AFTER = /^\s+(?:branch|building|site|depot|campus|library|station|terminal|office|offices|plant|factory|works|store|shop)\b/;
const PLACE_NAME = /^(?:\S+\s+)+(?:field|fields|meadows?|river|road|street|st|avenue|lane|way|bridge|lake|sea|ocean|bay|gulf|strait|valley|mountains?|hills?|island|islands|peninsula|desert|forest|park|square|canal|harbou?r|port|airport|station|district|county|province|region|city|town|village|mill|estate|quarter|pier|dam|reservoir)$|^(?:lake|mount|mt|cape|river|loch)\s+\S/i;
// A name written as another's, the owner's name first: "Ethiopia's Dawit Bekele".
// A given name and a surname, "of", and a body's name: "Owen Tallis of the Kestrel Bay Fire Service".
// People of a place, by a plural word for them: "Residents of Little Hadlow".
const PEOPLE_OF = /^(\p{Lu}\p{Ll}+s) of (?:the )?(\p{Lu}.*)$/u;
const PERSON_OF_BODY = /^(\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+) of (?:the )?(\p{Lu}.*)$/u;
const OWNED = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)[\u2019']s\s+(\p{Lu}.*)$/u;
// A political party by its common name, as a name's owner is written: "Labour's Aisha Rahman".
const PARTY_NAME = /^(?:Labour|Conservatives?|Tory|Tories|Liberal Democrats?|Lib Dems?|Greens?|Reform|SNP|Plaid|UKIP|Democrats?|Republicans?|Green Party|Labour Party|Conservative Party)$/;
// A given name and a surname (or a middle one too), as a person is named.
const PERSON_NAMED = /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2}$/u;
// (Not a stake in a body: "shares in Corvel", "a stake in Corvel", "invested in".)
// (Nor what is given or sent from a body: "a grant from Sport England", "a letter from the Royal Navy".)
// (Not "to" after a word of giving or selling: "the sale of the land to Greystone Homes" is to a buyer.)
// (And the part of a town named: "through the centre of Kelbridge".)
const PLACE_BEFORE = /\b(?<!\b(?:shares?|stakes?|holdings?|interests?|investments?|invested|invests?|investing)\s+)(?:in|at|(?<!\b(?:grants?|funding|donations?|loans?|money|support|letters?|statements?|approval|permission|objections?)\s+)from|into|(?<!\b(?:sale|sold|sell|sells|selling|give|gives|given|gave|award|awarded|hand|handed|grant|granted|pass|passed|transfer|transferred|lease|leased|offer|offered|pay|paid|owe|owed|owes|write|wrote|written|talk|talked|speak|spoke|said|say|says|belong|belongs|belonged|contract|contracts|contracted)\b[^.,;]{0,30}\s)to|near|across|over|toward|towards|(?:centre|center|heart|outskirts|edge|middle|streets|suburbs|outside) of)\s+(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?$/i;

interface Found {
  name: string;
  count: number;
  /** Seen somewhere but at the start of a sentence. */
  midSentence: boolean;
  titled: boolean;
  /** The titles it is written with, as written: "Mr", "Ayatollah". */
  titles: Set<string>;
  afterPlaceWord: boolean;
  /** Seen right before a verb of saying ("Greenpeace said"). */
  says: boolean;
  /** Seen right before a noun for people ("Labour councillors", "Green councillor Rosa Bianchi"). */
  beforePeople: boolean;
  /** Seen before ", which": a thing, no one ("Skyline Regional, which operates 18 flights"). */
  which?: boolean;
  /** Seen before ", who": someone ("Padraig Ó Flaithearta, who chairs the council"). */
  who?: boolean;
  /** Seen before an age set off by commas: someone ("Sandra Greaves, 52, said"). */
  aged?: boolean;
  /** Seen before a word for a body of people ("the Save Eastfield Library campaign"). */
  bodyAfter?: boolean;
  /** Seen in brackets right after a name ("Cllr Padraig Rooney (Sinn Féin)"): the party or body they belong to. */
  bracketed?: boolean;
  /** Seen set off right after a word for a body ("another small school, Oakley Green Primary,"): the body's name. */
  bodyBefore?: boolean;
  /** Seen after "the" ("the Sea Lark", "the Hadley Green branch"), and without it: a name always after "the" is a thing's. */
  afterThe?: boolean;
  withoutThe?: boolean;
  /** Seen after "the" and before a word for a building or site ("the Hadley Green branch"): a place's name. */
  siteAfter?: boolean;
  firstSentence: string;
}

/** A name as written, without possessive, title, or a capitalised word that only starts its sentence. */
function cleanName(raw: string, atSentenceStart: boolean): { name: string; titled: boolean; title: string | undefined } | undefined {
  // (A possessive inside a body's name is the name's: "St. Brendan's Secondary School", "Children's
  // Hospital"; not a country's before it, "Iran's Revolutionary Guard".)
  const inner = /^(.+?)[\u2019']s\s+(.+)$/.exec(raw);
  // (So is one inside a place's: "Cooper's Field", "St Luke's Church".)
  const ownName = inner !== null && (ORGANIZATION.test(inner[2]!) || OWNED_PLACE_WORD.test(inner[2]!)) && !isCountry(inner[1]!.toLowerCase()) && countryNames(inner[1]!).length === 0;
  let words = (ownName ? raw.replace(/[\u2019']s$/, '') : raw.replace(/[\u2019']s\b/g, '')).replace(/[\u2019']$/, '').split(/\s+/);
  // (A word in -ing, -ed or -ly opening a sentence describes the name after it: "Neighbouring Argentina".)
  const opener = words[0]!.toLowerCase();
  if (atSentenceStart && ((SENTENCE_STARTERS.has(opener) && !TITLES.has(opener)) || (words.length > 1 && /^[a-z]+(?:ing|ed|ly)$/.test(opener) && isEnglishWord(opener)))) words = words.slice(1);
  let titled = false;
  const titles: string[] = [];
  // (A title before a body's name is part of it: "Justice Department", "Mayor's Office".)
  // (A word for someone's work before a given name is a title too: "Prosecutor Helen Marsh".)
  // (Opening a sentence, before a given name and a surname whatever words they are: "Visitor Jenny Cole said",
  // "Parent Mark Jennings, whose ...".)
  // (So is a post of a place, a word for one person's work before "of" or "for": "The Dean of St Aldric" is a
  // post, no one's name; not a body of people, "Friends of St Aldric".)
  const titleAt = (i: number): boolean => {
    const w = words[i]!.toLowerCase().replace(/\.$/, '');
    // (Or one the dictionary lacks, a word for a person joined to another: "Harbourmaster Gareth Pennock".)
    return TITLES.has(w) || (words.length > i + 2 && (isPersonNoun(w) || isPersonCompound(w)) && !isName(w) && (isName(words[i + 1]!.toLowerCase()) || (i === 0 && atSentenceStart && words.length === 3) || (i === 0 && /^(?:of|for)$/.test(words[1]!) && !/s$/.test(w))));
  };
  // (With a word before the title saying which: "Local MP Caroline Dunmore", "Former Mayor Ann Hill".)
  if (words.length > 3 && TITLES.has(words[1]!.toLowerCase()) && isEnglishWord(words[0]!.toLowerCase()) && !isName(words[0]!.toLowerCase()) && !TITLES.has(words[0]!.toLowerCase())) {
    titles.push(words.shift()!);
    titled = true;
  }
  while (words.length > 1 && titleAt(0) && !ORGANIZATION.test(words.slice(1).join(' '))) {
    titles.push(words.shift()!);
    titled = true;
  }
  // ("Minister of State for Maritime Affairs Ciarán Dowd": a title's post joined by "of" or "for", before a
  // given name and a surname, the two words that close it.)
  // (With no name after it, the post alone names no one: "the Minister for Transport, Declan Furlong,".)
  if (titled && /^(?:of|for)$/.test(words[0] ?? '')) {
    if (words.length > 3 && words.slice(-2).every((w) => /^\p{Lu}/u.test(w) && (isName(w.toLowerCase()) || !isEnglishWord(w.toLowerCase())))) titles.push(...words.splice(0, words.length - 2));
    else return undefined;
  }
  // ("Chief Executive Officer Greta Lindqvist": a post of several words, the last a word for someone's work,
  // before a given name and a surname.)
  // (A word of grammar is no given name: "Dean of St Aldric" has none.)
  const given = words.findIndex((w, i) => i > 0 && !STOP_WORDS.has(w.toLowerCase()) && (isName(w.toLowerCase()) || !isEnglishWord(w.toLowerCase())));
  if (given > 0 && words.length - given >= 2 && isPersonNoun(words[given - 1]!.toLowerCase()) && words.slice(0, given).every((w) => isEnglishWord(w.toLowerCase()) && !isName(w.toLowerCase())) && !ORGANIZATION.test(words.slice(given).join(' '))) {
    titles.push(...words.splice(0, given));
    titled = true;
  } else {
    // (A given name the dictionary also has as a word, "Chief Fire Officer Martin Doyle": the longest post
    // closed by a word for someone's work that leaves two words of a name after it.)
    for (let k = words.length - 2; k >= 2 && !titled; k--) {
      const post = words.slice(0, k);
      if (isPersonNoun(words[k - 1]!.toLowerCase()) && /^\p{Lu}/u.test(words[k]!) && post.every((w) => isEnglishWord(w.toLowerCase()) && !isName(w.toLowerCase())) && !ORGANIZATION.test(words.slice(k).join(' '))) {
        titles.push(...words.splice(0, k));
        titled = true;
      }
    }
  }
  // ("Shares of Harbourline Homes fell": what is traded of a company is not its name.)
  if (words.length > 2 && /^(?:shares|stocks?|bonds|units)$/i.test(words[0]!) && words[1] === 'of') words = words.slice(2);
  const name = words.join(' ').replace(/[-\u2019']+$/, '');
  // (Nor a word made of a name and a participle, "US-based", "Kremlin-backed"; nor a stop word run into its
  // verb, "We've" opening a quote; nor words opening with one that never opens a name, a slogan's "Not Your
  // Asset".)
  if (/-(?:based|led|owned|born|funded|backed|made|style|registered|listed|run|linked|bound)$/i.test(name) || (words.length === 1 && /^([a-z]+)['\u2019](?:ve|re|ll|d|m|s|t)$/i.test(name) && STOP_WORDS.has(name.toLowerCase().split(/['\u2019]/)[0]!)) || NOT_NAME_OPENERS.has(words[0]?.toLowerCase() ?? '')) return undefined;
  // (A day of the calendar, "Boxing Day", "Christmas Eve", is a time, no entity.)
  if (!name || name.length < 2 || SENTENCE_STARTERS.has(name.toLowerCase()) || NOT_NAMES.has(name.toLowerCase()) || /\s(?:Day|Eve)$/.test(name)) return undefined;
  return { name, titled, title: titles.length ? titles.join(' ') : undefined };
}

// The endings of a word that describes ("European", "Victorian", "Gothic", "Scottish").
const DESCRIBING_ENDING = /^\p{Lu}\p{Ll}+(?:an|ean|ese|ish|ic)$/u;

/** The entities named in the article's sentences. */
export function findEntities(sentences: readonly string[]): Entity[] {
  const found = new Map<string, Found>();
  const note = (name: string, titled: boolean, afterPlaceWord: boolean, sentence: string, midSentence = true, title?: string, says = false, beforePeople = false): void => {
    const entry = found.get(name) ?? { name, count: 0, midSentence: false, titled: false, titles: new Set<string>(), afterPlaceWord: false, says: false, beforePeople: false, firstSentence: sentence };
    entry.says ||= says;
    entry.beforePeople ||= beforePeople;
    entry.count++;
    entry.midSentence ||= midSentence;
    entry.titled ||= titled;
    if (title) entry.titles.add(title);
    entry.afterPlaceWord ||= afterPlaceWord;
    found.set(name, entry);
  };
  for (const sentence of sentences) {
    let body = sentence.replace(/^[“"‘(]+/, '');
    // A body's name holding "and" or a list ("West Yorkshire Fire and Rescue Service", "the Department for
    // Environment, Food and Rural Affairs") is one name, not the names between its joins.
    for (const m of body.matchAll(JOINED_BODY)) {
      note(m[0].replace(/^The\s+/, ''), false, false, sentence, m.index > 0);
      body = body.slice(0, m.index) + ' '.repeat(m[0].length) + body.slice(m.index + m[0].length);
    }
    for (let m = NAME.exec(body); m; m = NAME.exec(body)) {
      // "Ethiopia's Dawit Bekele", "Germany's Lukas Hoffmann": a country's, then a name of its own.
      const owned = OWNED.exec(m[0]);
      // ("Fire chief Owen Tallis of the Kestrel Bay Fire Service": after a word for someone's work, a person's
      // name, then the body they are of.)
      const of = PERSON_OF_BODY.exec(m[0]);
      const worker = of !== null && ORGANIZATION.test(of[2]!) && isPersonNoun((/([a-z]+)\s+$/.exec(body.slice(0, m.index))?.[1] ?? '').toLowerCase());
      // ("Labour's Aisha Rahman", "the Green Party's Oliver Stamp": so is a party's or a body's, before a
      // given name and a surname.)
      const ownedPerson = owned !== null && PERSON_NAMED.test(owned[2]!) && !ORGANIZATION.test(owned[2]!) && (PARTY_NAME.test(owned[1]!) || ORGANIZATION.test(owned[1]!));
      const parts = owned && (isCountry(owned[1]!.toLowerCase()) || ownedPerson) ? [{ text: owned[1]!, at: m.index }, { text: owned[2]!, at: m.index + m[0].length - owned[2]!.length }] : worker ? [{ text: of[1]!, at: m.index }, { text: of[2]!, at: m.index + m[0].length - of[2]!.length }] : [{ text: m[0], at: m.index }];
      for (const { text, at } of parts) {
        // A capital after the start, or after a full stop, ! or ? inside a quote, may only start a sentence.
        // (So may one opening a quote: placards reading "Books not cuts".)
        const atStart = at === 0 || /[.!?][”"’]?\s+[“"‘]?$|[“"‘]$/.test(body.slice(0, at));
        // "Iranian military" is named whole by BODY below.
        // (What follows the name, read for what it says of it.)
        const after = body.slice(at + text.length);
        if (BODY_AFTER.test(after)) continue;
        // ("In May 2024", "on 3 March": a month before or after a day or year is a time, no name; so is one
        // after a word of when, "due to begin in May", "until late June".)
        if (MONTHS.includes(text.toLowerCase()) && (/^\s+\d/.test(after) || /\d\s+$/.test(body.slice(0, at)) || MONTH_WHEN_BEFORE.test(body.slice(0, at)))) continue;
        // ("The Number 14 bus", "Route 9", "Platform 2": a common word before a figure numbers a thing, no name.)
        if (/^\p{Lu}\p{Ll}+$/u.test(text) && /^\s+\d/.test(after) && isEnglishWord(text.toLowerCase()) && !isName(text.toLowerCase()) && !MONTHS.includes(text.toLowerCase())) continue;
        // ("A European breeding programme", "the main Victorian building": a word of description before a
        // thing names no one; a people's word, "Iranian", is its country's, merged into it below.)
        if (!atStart && DESCRIBING_ENDING.test(text) && isAdjective(text.toLowerCase()) && !countryNames(text).length && !isCountry(text.toLowerCase()) && /^\s+[a-z]/.test(after)) continue;
        const whole = cleanName(text, atStart);
        // ("Residents of Little Hadlow will keep ...": people of a place opening a sentence, a group the
        // article never names so again, are the place's people; the name is the place's.)
        const peopleOf = whole && atStart ? PEOPLE_OF.exec(whole.name) : null;
        const cleaned = peopleOf !== null && isPersonNoun(peopleOf[1]!.toLowerCase()) && !isName(peopleOf[1]!.toLowerCase()) && !sentences.some((x) => x.indexOf(whole!.name) > 0) ? { ...whole!, name: peopleOf[2]! } : whole;
        // ("According to Karen Dyer": a source, no place.)
        const before = body.slice(0, at);
        // (Or a noun and one: "Conservative group leader Peter Lindqvist".)
        const next = /^\s+([a-z]+)(?:\s+([a-z]+))?\b/.exec(after);
        const people = next !== null && (isPersonNoun(next[1]!) || (next[2] !== undefined && !STOP_WORDS.has(next[1]!) && isPersonNoun(next[2])));
        // ("Janet Price, 71, of Riverside Terrace, said": where someone set off before it is from is a place,
        // and the saying theirs.)
        const home = /,\s+of\s+$/.test(before);
        if (cleaned) note(cleaned.name, cleaned.titled, (PLACE_BEFORE.test(before) && !/\baccording to\s+$/i.test(before)) || cleaned !== whole || home, sentence, !atStart, cleaned.title, SAYS_AFTER.test(after) && !home, people);
        const seen = cleaned ? found.get(cleaned.name) : undefined;
        if (seen && (/\bthe\s+$/i.test(before) || /^the\s/i.test(text))) {
          seen.afterThe = true;
          // ("the Hadley Green branch": the name of a place a building or site is named by.)
          if (SITE_AFTER.test(after)) seen.siteAfter = true;
        } else if (seen) seen.withoutThe = true;
        if (seen && /^,\s+which\b/.test(after)) seen.which = true;
        if (seen && (/^,\s+who\b/.test(after) || personWho(after))) seen.who = true;
        if (seen && AGE_AFTER.test(after)) seen.aged = true;
        if (seen && BODY_NOUN_AFTER.test(after)) seen.bodyAfter = true;
        if (seen && /^\s*\)/.test(after) && /\p{Lu}[\p{L}'\u2019-]+\s*\(\s*$/u.test(before)) seen.bracketed = true;
        // (The head of the words set off, before any "of": "the council's head of leisure services, Sunita
        // Bhatt" is someone's post, no body.)
        const setOffWords = BODY_SET_OFF_BEFORE.exec(before);
        const setOff = setOffWords === null ? undefined : (/([a-z]+) of\b/i.exec(setOffWords[0])?.[1] ?? setOffWords[1]);
        if (seen && setOff !== undefined && ORGANIZATION.test(setOff) && /^\s*[,.;)]/.test(after)) seen.bodyBefore = true;
        // (Or right before it, what it is: "by the charity Swim Harlow", "the engineering firm Halden & Price".)
        if (seen && BODY_NOUN_BEFORE.test(before)) seen.bodyBefore = true;
        // (Or a plural noun for people right before it, whom it names together: "a survey by contractors
        // Pennine Structural", "architects Marlow & Finch"; not two people joined, "councillors Ann Hale and
        // Tom Reid".)
        const plural = /\b([a-z]{3,}s) $/.exec(before)?.[1];
        if (seen && plural !== undefined && baseForms(plural).some((b) => b !== plural && isPersonNoun(b)) && !/^\s*(?:and|&)\s+\p{Lu}/u.test(after)) seen.bodyBefore = true;
      }
    }
    // "the Iraqi military", "US officials": a people's word and a body of them, named together.
    for (let m = BODY.exec(body); m; m = BODY.exec(body)) note(m[0], false, false, sentence);
  }
  // A common English word seen only where any word is capitalised ("Missiles launched ...") names nothing;
  // after a title ("Mr Trump threatened ...") it is a name.
  // (A word of grammar too, which the dictionary leaves out: "Everyone in Pine Hollow got out", "Until then".)
  // (Not a surname of a name found whole: "Costa expects ..." after "said Mariana Costa".)
  const surnames = new Set([...found.keys()].filter((n) => n.includes(' ')).map((n) => n.split(' ').at(-1)!));
  // (One of common words joined by a hyphen too: "Season-ticket holder Ravi Gill".)
  const common = (w: string): boolean => (isEnglishWord(w) || STOP_WORDS.has(w)) && !isName(w);
  for (const [name, f] of found) if (!f.midSentence && !f.titled && !name.includes(' ') && !surnames.has(name) && (common(name.toLowerCase()) || (name.includes('-') && name.toLowerCase().split('-').every(common)))) found.delete(name);
  const names = [...found.keys()];
  // Variants, each merged into the name it is a form of: a demonym into its country ("Iranian" -> Iran),
  // a surname alone into the one longer name that ends with it ("Trump" -> Donald Trump).
  const home = new Map<string, string>();
  // "the Harwick Regional Transit Authority (HRTA)": the letters in brackets are the name's.
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(/\(([A-Z]{2,6})\)/g)) {
      const before = sentence.slice(0, m.index).trimEnd();
      const full = names.filter((n) => n !== m[1] && before.endsWith(n)).sort((x, y) => y.length - x.length)[0];
      if (full && found.has(m[1]!)) home.set(m[1]!, full);
    }
  }
  // ("The EFL" of "the English Football League": letters that are the initials of one longer name, written
  // before them, are that name.)
  for (const n of names) {
    if (home.has(n) || !/^[A-Z]{2,6}$/.test(n)) continue;
    const spelt = names.filter((b) => b !== n && names.indexOf(b) < names.indexOf(n) && initialsOf(b) === n);
    if (spelt.length === 1) home.set(n, spelt[0]!);
  }
  // ("The Greens", "the Social Democrats": the members of a party, named as the party is, "Green Alliance",
  // "Social Democratic Party", are how an article writes the party again.)
  for (const n of names) {
    if (!/[a-z]s$/.test(n)) continue;
    const said = n.split(' ').map((w) => stem(w.toLowerCase()));
    const parties = names.filter((b) => {
      const parts = b.split(' ');
      return parts.length === said.length + 1 && PARTY_WORD.test(parts.at(-1)!) && parts.slice(0, -1).every((w, i) => {
        // ("Democrats" of the "Democratic" party: its word with an ending.)
        const word = w.toLowerCase();
        return stem(word) === said[i] || (word.startsWith(said[i]!) && word.length - said[i]!.length <= 3);
      });
    });
    if (parties.length === 1) home.set(n, parties[0]!);
  }
  // ("Aran Starling" of "MV Aran Starling": a vessel's name without its prefix is the vessel.)
  for (const n of names) {
    const vessel = names.find((b) => VESSEL_PREFIX.test(b) && b.replace(VESSEL_PREFIX, '') === n);
    if (vessel) home.set(n, vessel);
  }
  // ("Celtic Breeze" of "Celtic Breeze Energy": a name's first words alone are the one body whose name they
  // open, where they name no place, no one and no body of their own.)
  for (const n of names) {
    const f = found.get(n)!;
    if (!n.includes(' ') || home.has(n) || f.afterPlaceWord || f.titled || f.aged || f.who || PLACE_NAME.test(n) || LANDFORM_NAME.test(n) || ORGANIZATION.test(n)) continue;
    const bodies = names.filter((b) => b !== n && b.startsWith(`${n} `) && kindOf(found.get(b)!, found) === 'organization');
    if (bodies.length === 1) home.set(n, bodies[0]!);
  }
  for (const n of names) {
    if (n.includes(' ')) continue;
    // ("Three Independents": a party's members, where the article names the party so too.)
    const party = n.endsWith('s') ? found.get(n.slice(0, -1)) : undefined;
    if (party && partyWord(party)) {
      home.set(n, party.name);
      continue;
    }
    const base = names.find((b) => b !== n && !b.includes(' ') && demonymOf(n, b));
    if (base) {
      home.set(n, base);
      continue;
    }
    // Another name of the same thing, as the dictionary has it ("America" and "US"): merged into the one
    // the article uses first.
    const same = names.find((b, i) => i < names.indexOf(n) && !b.includes(' ') && relatedWords(n.toLowerCase()).includes(b.toLowerCase()));
    if (same) {
      home.set(n, home.get(same) ?? same);
      continue;
    }
    // (Not a country's name ending a body's: "Canada" is no short form of "Health Canada".)
    if (isCountry(n.toLowerCase()) || countryNames(n)[0] === n) continue;
    // (Nor a place's name closing a body's after "of": "Trellen" is no short form of "University of Trellen".)
    // ("Norvik" of "Norvik Motors": a body's first word alone is the body, where no place goes by it.)
    // (A word written after "the" as a thing's name is no town's, wherever it stands: "at the Regal" is the
    // cinema; "the Wrexford site" is still the town's.)
    const bodies = found.get(n)!.afterPlaceWord && !headAfterThe(found.get(n)!) ? [] : names.filter((b) => b !== n && (b.startsWith(`${n} `) || b.startsWith(`${n}'s `) || b.startsWith(`${n}\u2019s `)) && kindOf(found.get(b)!, found) === 'organization' && !ORGANIZATION.test(n));
    // ("The Regal", of "Regal Cinema" and the later "Regal Community Benefit Society": of several, the one the
    // article named first, before it wrote the word alone after "the".)
    const firstBody = bodies.length > 1 && headAfterThe(found.get(n)!) ? bodies.reduce((x, y) => (names.indexOf(y) < names.indexOf(x) ? y : x)) : undefined;
    if (bodies.length === 1 || (firstBody !== undefined && names.indexOf(firstBody) < names.indexOf(n))) {
      home.set(n, bodies.length === 1 ? bodies[0]! : firstBody!);
      continue;
    }
    const longer = names.filter((b) => b !== n && b.split(' ').length >= 2 && b.split(' ').at(-1) === n && !BODY_WORD.test(b) && !b.endsWith(` of ${n}`));
    // (Of two people with one surname, "Daniel Okonjo" and later "his wife, Grace Okonjo", the surname alone
    // is the one the article named first, before it wrote the surname alone: news style names the other by
    // their full name.)
    const first = longer[0];
    if (longer.length === 1 || (first !== undefined && names.indexOf(first) < names.indexOf(n))) home.set(n, first!);
  }
  const entities = new Map<string, Entity>();
  const titled = new Set<string>();
  const titles = new Map<string, Array<{ title: string; written: string }>>();
  for (const f of found.values()) {
    // (Followed through: "Americans" -> "America" -> "US".)
    let canonical = f.name;
    for (let hops = 0; home.has(canonical) && hops < names.length; hops++) canonical = home.get(canonical)!;
    const root = found.get(canonical) ?? f;
    let e = entities.get(canonical);
    if (!e) entities.set(canonical, (e = { name: canonical, kind: kindOf(root, found), aliases: [], description: describe(canonical, root.firstSentence) }));
    if (f.name !== canonical && !e.aliases.includes(f.name)) e.aliases.push(f.name);
    if (f.titled) titled.add(canonical);
    for (const t of f.titles) titles.set(canonical, [...(titles.get(canonical) ?? []), { title: t, written: `${t} ${f.name}` }]);
  }
  // A name ever written with a title is a person's ("Mr Trump").
  for (const name of titled) entities.get(name)!.kind = 'person';
  // A person goes by their surname alone ("Khamenei" for Ali Khamenei), though this article never writes
  // it so; not a surname another entity has, nor a common word ("Brooks").
  const taken = new Set([...entities.values()].flatMap((e) => [e.name, ...e.aliases]));
  const people = [...entities.values()].filter((e) => e.kind === 'person' && e.name.includes(' '));
  const surnameOf = (e: Entity): string => e.name.split(' ').at(-1)!;
  for (const e of people) {
    const surname = surnameOf(e);
    const word = surname.toLowerCase();
    if (taken.has(surname) || people.some((o) => o !== e && surnameOf(o) === surname) || !/^[A-Z][a-z]/.test(surname) || (isEnglishWord(word) && !isName(word))) continue;
    e.aliases.push(surname);
    taken.add(surname);
  }
  // A person goes by their name with the titles the article gives them, and by a title and their surname
  // ("Ayatollah Ali Khamenei", "Ayatollah Khamenei", "Mr Trump"): a reader writes them so.
  for (const [name, ts] of titles) {
    const e = entities.get(name)!;
    if (e.kind !== 'person') continue;
    const surname = name.split(' ').at(-1)!;
    for (const { title, written } of ts) {
      // (And by the post alone, as a reader asks "what did the mayor say?", where no one else holds it: not
      // a courtesy title, "Mr", "Dr". With its article, as the bundled data's Trump is "the president": a
      // common noun alone is no name a question is read by.)
      const post = HONORIFICS.has(title.toLowerCase().replace(/\.$/, '').split(' ').at(-1)!) || new Set(ts.map((t) => t.title.toLowerCase())).size > 1 || [...titles.entries()].some(([other, os]) => other !== name && os.some((o) => o.title.toLowerCase() === title.toLowerCase())) ? undefined : `the ${title.toLowerCase()}`;
      // ("Local MP": the post without "local" too, "the MP", as a local paper's reader asks.)
      const local = post !== undefined && /^the local \S+$/.test(post) ? [`the ${post.slice(10)}`] : [];
      for (const alias of [written, `${title} ${surname}`, ...(post ? [post] : []), ...local]) {
        if (taken.has(alias)) continue;
        e.aliases.push(alias);
        taken.add(alias);
      }
    }
  }
  // A party goes by its members ("the Greens", "the Conservatives"): a reader asks how they voted.
  for (const e of entities.values()) {
    const f = found.get(e.name);
    if (!f || !partyWord(f) || taken.has(`${e.name}s`)) continue;
    e.aliases.push(`${e.name}s`);
    taken.add(`${e.name}s`);
  }
  // A medium goes by what its posts are called: a tweet is Twitter's.
  for (const e of entities.values()) {
    if (e.kind !== 'media') continue;
    for (const name of POST_NAMES[e.name.toLowerCase()] ?? []) if (!taken.has(name)) e.aliases.push(name);
  }
  // A place the article brings in as "the riverside village of Lower Ashcombe" goes by "the village" after,
  // where it brings in no other place by that noun: "The village was badly flooded in 2019" is of it.
  const byNoun = new Map<string, Set<string>>();
  for (const sentence of sentences)
    for (const m of sentence.matchAll(PLACE_BROUGHT_IN)) {
      // (Which says it is a place, whatever its name's words suggest: "the village of Lower Brook".)
      const e = entities.get(m[2]!);
      if (e === undefined || e.kind === 'person') continue;
      e.kind = 'place';
      byNoun.set(m[1]!, new Set([...(byNoun.get(m[1]!) ?? []), e.name]));
    }
  for (const [noun, places] of byNoun) {
    const alias = `the ${noun}`;
    if (places.size !== 1 || taken.has(alias)) continue;
    entities.get([...places][0]!)!.aliases.push(alias);
    taken.add(alias);
  }
  // A country goes by the names the dictionary gives it and its people's words ("UK": Britain, British),
  // though the article writes one: a reader asks about "British casualties".
  for (const e of entities.values()) {
    if (e.kind !== 'country') continue;
    const names = [e.name, ...e.aliases].map(countryNames).find((n) => n.length) ?? [];
    for (const name of names) {
      if (taken.has(name)) continue;
      e.aliases.push(name);
      taken.add(name);
    }
  }
  return [...entities.values()];
}

// A place brought in by its common noun: "the (riverside) village of Lower Ashcombe", "the town of Hexley".
const PLACE_BROUGHT_IN = /\b[Tt]he (?:[a-z-]+ )?(village|town|city|hamlet|suburb|island|borough|parish|county|district) of ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*)/g;
// A word for a body of people after a name: "the Save Eastfield Library campaign", "the Harlow Otters
// swimming club".
const BODY_NOUN_AFTER = /^\s+(?:(?:[a-z]+ )?(?:club|team|choir|band)|campaign|charity|movement|coalition|network|initiative|appeal|collective|group|party|caucus|faction|pressure group|action group|residents' group)\b/;
// The initials of a name of several words, its joining words left out: "English Football League" - "EFL".
function initialsOf(name: string): string {
  const parts = name.split(/\s+/).filter((w) => !/^(?:of|for|and|the|&)$/i.test(w));
  return parts.length >= 2 ? parts.map((w) => w[0]!.toUpperCase()).join('') : '';
}

// Words that open no name: a slogan's "Not Your Asset", "Our Club".
const NOT_NAME_OPENERS: ReadonlySet<string> = new Set(['not', 'no', 'your', 'our', 'my', 'their', 'his', 'her', 'its', 'we', 'you', 'they', 'this', 'these', 'those']);
// A ship's prefix: "MV", "HMS", "USS".
const VESSEL_PREFIX = /^(?:MV|MS|MY|SS|RMS|HMS|HMAS|HMCS|USS|USNS|FV|RV)\s+/;
// (After an appositive's closing comma too: "Its chair, Helen Marsh, said ...".)
// (Or one that tells news as a body does: "Harcastle Travel confirmed it will withdraw ...".)
const SAYS_AFTER = new RegExp(`^,? (?:${SAYING}|confirmed|announced|admitted|denied)\\b`);
const PARTY_WORD = new RegExp(`^(?:${[...PARTY_NOUNS, 'federation'].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})$`);
const BODY_WORD = /\b(?:military|army|government|regime|officials|forces|media|public)$/;
const BODY = /\b(?:[A-Z][a-z]+|[A-Z]{2,3}) (?:military|army|government|regime|officials|forces|media)\b/g;
const BODY_AFTER = /^ (?:military|army|government|regime|officials|forces|media)\b/;

// "Iranian" of "Iran", "Iraqi" of "Iraq", "Americans" of "America": the name with a people's ending.
function demonymOf(demonym: string, name: string): boolean {
  return demonym.startsWith(name) && /^(?:ian|ians|i|is|n|ns|an|ans|ese|ish)$/.test(demonym.slice(name.length));
}

// A word for a body with its article right before a name: "the charity ", "the engineering firm ".
// (Or opening the sentence with a word before it: "Environmental group River Watch South criticised ...".)
const BODY_NOUN_BEFORE = new RegExp(`(?:\\b(?:an?|the) (?:[a-z-]+ )?|^(?:[A-Z][a-z-]+ )?)(?:${BODY_WORDS}|fund)\\s+$`);

// A word for a thing with its article, set off by a comma before a name: "another small school, " (what
// the name is, as in "Oakley Green Primary").
const BODY_SET_OFF_BEFORE = /\b(?:an?|the|another|its|their|his|her|[a-z]+['\u2019]s) (?:[a-z-]+['\u2019]? ){0,3}([a-z]+), $/i;

// Titles of courtesy, which name no post ("Mr Trump", "Dr Reyes").
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend']);

// A common word written as a name before a noun for people, never after a word of place: a party or
// such a body ("Labour councillors", "Green councillor Rosa Bianchi").
function partyWord(f: Found): boolean {
  const word = f.name.toLowerCase();
  return f.beforePeople && !f.afterPlaceWord && !f.name.includes(' ') && isEnglishWord(word) && !isName(word) && !isCountry(word) && countryNames(f.name).length === 0;
}

function kindOf(f: Found, all: ReadonlyMap<string, Found>): EntityKind {
  // (Before a medium's or a body's word: "Post Road" and "Station Road" are roads, "Water Lane" a lane.)
  // (Not one a word for a body stands right before: "Environmental group River Watch South".)
  if (PLACE_NAME.test(f.name) && !f.bodyBefore) return 'place';
  // (Not one set off after a word for a body: "a residents' group, Save Haddon Moor,".)
  if (LANDFORM_NAME.test(f.name) && !f.says && !f.who && !f.aged && !f.titled && !f.bodyBefore) return 'place';
  if (MEDIA.test(f.name)) return 'media';
  if (ORGANIZATION.test(f.name)) return 'organization';
  if (f.titled) return 'person';
  // ("Bakery owner Sandra Greaves, 52,": a name with an age is someone's, whatever its words.)
  if (f.aged && /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'\u2019-]+)+$/u.test(f.name)) return 'person';
  // ("Labour councillors", "Green councillor Rosa Bianchi": a common word before a noun for people, and
  // never after a word of place, names the body they belong to - a party; "Dunmore residents" a place.)
  if (partyWord(f)) return 'organization';
  // (Not one after a word of place: "pumps brought in from Leeds".)
  if (/^[A-Z][a-z]+s$/.test(f.name) && !all.has(f.name.slice(0, -1)) && !f.afterPlaceWord) return 'group';
  // (An acronym the dictionary knows no country by, "IPMA", "NHS", is a body's.)
  // ("Canada", "United States": the first of a country's names in the dictionary.)
  if (isCountry(f.name.toLowerCase()) || countryNames(f.name)[0] === f.name || (/^[A-Z]{2,3}$/.test(f.name) && countryNames(f.name).length)) return 'country';
  if (/^[A-Z]{2,6}$/.test(f.name)) return 'organization';
  // "World Athletics", "Swim England", "Liberal Democrats": a name of common words and places' names names
  // no one ("Donald Trump" opens with a given name, no common word).
  const parts = f.name.split(' ');
  // (A common word: one the dictionary relates to others. "Anna" and "Berg" are English words, rare ones.)
  const common = (w: string): boolean => isEnglishWord(w.toLowerCase()) && !isName(w.toLowerCase()) && relatedWords(w.toLowerCase()).length > 0;
  // (Not a surname, the last word of another's name: "Okonjo" of "Daniel Okonjo" makes "Grace Okonjo" no body.)
  const land = (w: string): boolean => isCountry(w.toLowerCase()) || (all.has(w) && ![...all.keys()].some((n) => n !== f.name && n.endsWith(` ${w}`)));
  // (Members of a party, "Liberal Democrats", "Social Democrats", a group.)
  if (parts.length >= 2 && (common(parts[0]!) || land(parts[0]!)) && /(?:ats|ans|ists|ites)$/.test(parts.at(-1)!) && !f.afterPlaceWord) return 'group';
  // (Not one "who" is said of: "Grace Wood, who chairs the group" is someone, whatever her name's words.)
  if (parts.length >= 2 && !f.who && (common(parts.at(-1)!) || land(parts.at(-1)!)) && (common(parts[0]!) || land(parts[0]!))) return f.afterPlaceWord ? 'place' : 'organization';
  // ("Brightline Appliances", "Westbrook Holdings": a name closed by a plural of a common word is a body's,
  // unless it opens with a given name.)
  if (parts.length >= 2 && !f.who && /[a-z]s$/.test(parts.at(-1)!) && !isName(parts.at(-1)!.toLowerCase()) && baseForms(parts.at(-1)!.toLowerCase()).some((x) => x !== parts.at(-1)!.toLowerCase() && isEnglishWord(x) && !isName(x)) && !isName(parts[0]!.toLowerCase())) return f.afterPlaceWord ? 'place' : 'organization';
  // ("Little Ardley", "Upper Heyford": a word opening a place's name opens no one's.)
  if (parts.length === 2 && PLACE_PREFIX.test(f.name) && !f.titled && !f.aged && !f.who && !f.says && !common(parts[1]!)) return 'place';
  // ("Harcastle Travel confirmed ...": a name closed by a common noun, that no given name opens, and that
  // says things, is a body's; "Grace Wood" opens with one, and "Elm Grove" says nothing.)
  if (parts.length === 2 && f.says && !f.afterPlaceWord && !f.who && !f.aged && !f.titled && common(parts[1]!) && !isName(parts[1]!.toLowerCase()) && !isName(parts[0]!.toLowerCase()) && !common(parts[0]!)) return 'organization';
  // ("Skyline Regional, which operates ...": what "which" follows is a thing, no one.)
  if (f.which && !f.titled) return f.afterPlaceWord ? 'place' : 'organization';
  // ("The Save Eastfield Library campaign": a name before a word for a body is the body's.)
  if (f.bodyAfter && !f.titled && !f.afterPlaceWord) return 'organization';
  // ("Cllr Padraig Rooney (Sinn Féin)": a name in brackets after someone's is the party they belong to.)
  if (f.bracketed && !f.titled && !f.aged && !f.who && !f.says) return 'organization';
  // ("another small school, Oakley Green Primary,": a name set off after a word for a body is the body's.)
  if (f.bodyBefore && !f.titled && !f.aged && !f.who) return 'organization';
  // ("The Victoria Baths, the town's only public swimming pool": a name the article says is a thing, a noun
  // for no one, names no one, whatever its words.)
  if (!f.aged && !f.who && thingDescribed(f)) return 'place';
  // (A surname with a capital inside it is a name all the same: "McAllister", "O'Brien".)
  // (In any alphabet: "Padraig Ó Flaithearta".)
  // (Not one the article writes after "the" only: "the Sea Lark", "the Hadley Green branch" are things.)
  if (parts.length >= 2 && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*(?:['\u2019]?\p{Lu}\p{Ll}+)*)+$/u.test(f.name) && !f.afterPlaceWord && !(f.afterThe && (!f.withoutThe || f.siteAfter))) return 'person';
  // ("Greenpeace said ...": a name that says things, and never comes after a word of place, is a body's.)
  if (f.says && !f.afterPlaceWord) return 'organization';
  return 'place';
}

// Whether the appositive after a name's first mention is a thing's, its head a common noun for no one
// ("the town's only public swimming pool"; not "the council's head of leisure", nor "a former general").
function thingDescribed(f: Found): boolean {
  const described = appositiveOf(f.name, f.firstSentence);
  const head = described === undefined ? undefined : /([A-Za-z]+)(?:\s+(?:of|for|in|at|on|to|from|with)\b.*)?$/.exec(described)?.[1];
  return head !== undefined && /^[a-z]/.test(head) && isEnglishWord(head) && !isName(head) && !isPersonNoun(head) && !STOP_WORDS.has(head);
}

// "Martin Greaves, a cinema industry consultant who advised ...": a noun for someone set off after a name,
// and "who" after it (a body's would take "which" or "that").
const DESCRIBED_WHO = /^,\s+(?:an?|the)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?([a-z-]+)\s+who\b/u;

function personWho(after: string): boolean {
  const head = DESCRIBED_WHO.exec(after)?.[1];
  return head !== undefined && isPersonNoun(head);
}

// Whether a name is written after "the" as the thing itself ("the Regal"), never before a word for a site
// ("the Wrexford factory", a town's).
function headAfterThe(f: Found): boolean {
  return f.afterThe === true && !f.siteAfter;
}

// An age set off by commas right after a name: ", 52,", ", aged 52,".
const AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,3},/;

// What the article says the name is: an appositive ("Javad Zarif, Iran's foreign minister,"), else the
// first sentence that names it.
function describe(name: string, sentence: string): string {
  return appositiveOf(name, sentence) ?? describedBefore(name, sentence) ?? (sentence.length > 200 ? `${sentence.slice(0, sentence.lastIndexOf(' ', 199)).replace(/[,;:]$/, '')}…` : sentence);
}

// A description set just before a name, the name between commas after it ("the national weather institute,
// IPMA, expects ..."): what the article says the name is.
function describedBefore(name: string, sentence: string): string | undefined {
  // ("the association's chief executive, Gwen Palmer": an owner's word among them.)
  // ("The leader of the opposition, Grant McAllister, ...": the whole, as a sentence opens with it too.)
  return new RegExp(`\\b([Tt]he (?:[a-z][\\w\u2019'-]* ){0,4}[a-z][\\w-]*), ${escapeRegExp(name)}[,.]`).exec(sentence)?.[1]?.replace(/^T/, 't');
}

/**
 * A post or job set off by commas before a person's name, with its article ("The Minister for Transport,
 * Declan Furlong, ...", "A Meridian Pay spokeswoman, Priya Nair, said ..."): who they are, as "the ..." or
 * "a ...". Its head is a word for someone's work, before any "for" or "of" and what it is of ("The leader of
 * the opposition, Grant McAllister,"), or what they do after it ("The planning inspector leading the inquiry,
 * Alan Trevithick,").
 */
export function roleBefore(name: string, sentence: string): string | undefined {
  // (With a title before the name: "The park's vet, Dr Priya Nandakumar, ..."; "the Very Reverend".)
  const m = new RegExp(`(?:^|[\\s“"‘(])((?:The|the|An?|an?|Its|its|\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3}[\u2019']s) (?:[\\p{L}\u2019'-]+ ){0,3}?([\\p{L}-]+)(?: (?:for|of) (?:the )?(?:\\p{Lu}[\\p{L}-]*(?: (?:and )?\\p{Lu}[\\p{L}-]*){0,3}|[a-z]+))?(?: \\p{Ll}+ing(?: \\p{Ll}+){1,3})?), (?:(?:the )?(?:\\p{Lu}[\\p{L}]* )?(\\p{Lu}[\\p{L}]*)\\.? )?${escapeRegExp(name)}(?:,|\\.$)`, 'u').exec(sentence);
  const head = m?.[2]?.toLowerCase();
  // (A word for a person the dictionary has only in two, "headteacher", is one; so is a post whose word is
  // first a thing's, "Its chair, Helen Rowntree,".)
  if (!m || head === undefined || !(isPersonNoun(head) || isPersonCompound(head) || POST_NOUNS.has(head)) || isName(head) || (m[3] !== undefined && !TITLES.has(m[3].toLowerCase()) && !HONORIFICS.has(m[3].toLowerCase()))) return undefined;
  return m[1]!.replace(/^(?:The|An?|Its)\b/, (w) => w.toLowerCase());
}

/**
 * A job written before a person's name in lower case ("Opposition leader Sandra Whitlock", "said forestry
 * spokesperson Tom Brandt", "Red Cross spokesperson Priya Natarajan"): who they are, as "the ..." (a word
 * opening the sentence in lower case, as written elsewhere).
 */
export function jobBefore(name: string, sentence: string, named: ReadonlySet<string> = new Set()): string | undefined {
  const at = sentence.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u'));
  if (at <= 0) return undefined;
  const before = sentence.slice(0, at).replace(/^[\s“"‘(]+/, '').split(/\s+/).filter(Boolean);
  const head = before.at(-1);
  if (head === undefined || !/^[a-z][a-z-]+$/.test(head) || !(isPersonNoun(head) || isPersonCompound(head)) || isName(head)) return undefined;
  const job = [head];
  for (let i = before.length - 2; i >= 0 && job.length < 4; i--) {
    const w = before[i]!;
    const word = /^[\p{L}-]+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()) && !SAYS_WORD.test(w) ? w : undefined;
    if (word === undefined) break;
    job.unshift(word);
  }
  // (Its first word, capitalised only as the sentence opens: "Opposition leader"; not a word of a name, "Green
  // Party candidate", "Rovers captain".)
  // (One word that describes, "The white Ford Transit", is no job.)
  if (job.length === 1 && isAdjective(head)) return undefined;
  if (job.length === before.length && /^[a-z]/.test(job[1] ?? '') && !named.has(job[0]!) && isEnglishWord(job[0]!.toLowerCase()) && !isName(job[0]!.toLowerCase())) job[0] = job[0]!.toLowerCase();
  return `the ${job.join(' ')}`;
}
// Words of saying, which end the words before a name that can be its job ("said forestry spokesperson").
const SAYS_WORD = /^(?:said|says|say|told|added|according|wrote|writes|announced|noted|stated)$/i;

// A job named with no article: a word for someone's work, a word or two of it before, then what it is of
// or at ("chief economist at Kingsbridge Bank").
function bareJob(phrase: string): boolean {
  const m = /^((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)(?: (?:at|of|for|with|in) .+)?$/.exec(phrase);
  const head = m?.[1]?.split(' ').at(-1);
  return head !== undefined && isPersonNoun(head) && !isName(head) && m![1]!.split(' ').every((w) => !STOP_WORDS.has(w));
}

// A verb that makes words after a name a clause, not what the name is.
const APPOSITIVE_VERB = /\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall|does|did)\b/;

// A word for a person, one the dictionary has only in two ("headteacher") too.
const personWord = (w: string): boolean => w !== '' && (isPersonNoun(w) || isPersonCompound(w));

/** What a sentence says a name is, set off by commas after it: "Javad Zarif, Iran's foreign minister," -> "Iran's foreign minister". */
export function appositiveOf(name: string, sentence: string): string | undefined {
  const m = new RegExp(`${escapeRegExp(name)},\\s+((?:the\\s+)?[^,.;\u201c\u201d"]{3,120}?)[,.;]`).exec(sentence);
  // (Up to a relative clause in it: "a hydrologist at Northfield University who has studied ..." is a
  // hydrologist at Northfield University.)
  const appositive = m?.[1]?.replace(/\s+(?:who|which|whose|that)\s.*$/, '');
  // (Nor a post set off before the name it is of: "Kettleby, the group's chairman, Derek Olusanya, said".)
  if (m && m[0].endsWith(',') && /^\s*(?:\p{Lu}\p{Ll}+\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'\u2019-]+)+\s*[,.;]/u.test(sentence.slice(m.index + m[0].length))) return undefined;
  // (Nor the clause an opening "According to X, ..." leads to, after a name inside what X is: "According to
  // Helen Cartwright, officer for the RSPB, the moor supports around 30 pairs.")
  if (m && /^\W*according to\b/i.test(sentence) && sentence.slice(0, m.index).includes(',')) return undefined;
  // (Nor the next items of a list a place opens: "on two properties in Portugal, a yacht and school fees".)
  if (m && / and /.test(appositive!) && /\b(?:in|at|on|to|from|into)\s+(?:the\s+)?$/i.test(sentence.slice(0, m.index))) return undefined;
  // (Nor a list of things after a name: "by Pieter de Graaf, a small river landscape by ... and a portrait".)
  // (But two things someone is: "Helen Okafor, the society's chair and a retired headteacher".)
  if (appositive !== undefined && / and (?:a|an|the) /.test(appositive) && !personWord(/ and (?:a|an|the) (?:.* )?([a-z]+)$/.exec(appositive)?.[1] ?? '')) return undefined;
  // A noun phrase ("the supreme leader", "a former general", "Iran's foreign minister"), not a clause
  // ("which will play ...") or a verb ("taught Iran a lesson").
  // (Nor a source closing the sentence: "... for Ms Harlow, the commission said.")
  // (Nor a clause after a source: "According to Coastline, the combined group will employ 6,400 people".)
  // (Or a job with no article, "chief economist at Kingsbridge Bank", "spokesperson for the council".)
  return appositive &&
    (/^(?:the|a|an) [a-z]|^(?:the )?[A-Z][\w-]*[\u2019']s [a-z]/.test(appositive) || bareJob(appositive)) &&
    // (Wherever the verb of saying falls: "..., Frans Mertens, the museum said in a statement.")
    !/\b(?:said|says|say|told|added|reported|announced|confirmed|warned|stated|noted|claimed)\b/.test(appositive) &&
    !APPOSITIVE_VERB.test(appositive)
    ? appositive
    : undefined;
}

