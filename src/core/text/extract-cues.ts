// The English that `extract` reads articles with: how sentences end, who says what, what kind of claim a
// clause makes. Kept here with the rest of the analyzer's English.

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'sen', 'rep', 'gov', 'pres', 'st', 'mt', 'ft', 'jr', 'sr',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

/** Verbs that report speech: "X said", "said X", "X told reporters" (not the noun, "who will have the final say"). */
export const REPORTING_VERBS =
  /\b(?:said|says|(?<!\b(?:the|a|an|final|last|no|any|some|more|little|their|his|her|its|our|your|my)\s)say|told|tells|added|adds|wrote|writes|tweeted|tweets|announced|announces|stated|states|declared|declares|warned|warns|claimed|claims|insisted|insists|argued|argues|reported|reports|confirmed|confirms|explained|explains|noted|notes|suggested|suggests|vowed|vows|urged|urges|called on|calls on|demanded|demands|accused(?= (?:[\w'\u2019-]+ ){1,5}?of\b)|accuses(?= (?:[\w'\u2019-]+ ){1,5}?of\b))\b/;

/** "according to X": X is the source. */
export const ACCORDING_TO = /\baccording to ((?:the )?[^,.;]+?)(?=[,.;]|$)/i;

/** Personal pronouns that stand for a person named before. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);

/** Words that begin a new clause after ", and" / "; ": a subject, so the clause reads as a sentence. */
export const CLAUSE_SUBJECTS = /^(?:the|a|an|he|she|it|they|we|i|this|that|these|those|there|his|her|its|their|our|my|your|[A-Z][\w\u2019'-]*)\b/;
/** A pronoun, whose next word is nearly always its verb ("and he knows ..."). */
export const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you)\s+[a-z]/i;

/** Claims of harm: killed, hurt, casualties. */
export const CASUALTY_WORDS = /\b(?:(?:was|were|been|be) killed|killed or|injured|injuries|wounded|hurt|casualties|dead|died|deaths|lost none|(?:suffered|sustained) (?:(?:minor|serious|severe|critical|life-threatening|non-life-threatening|light|burn|head|multiple|smoke) )*(?:burns|wounds|fractures|injury|cuts|smoke inhalation)|(?:killing|injuring|wounding) (?:at least |more than |some |about |around |nearly |almost |over |up to )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores))\b/i;
/** Claims about what will or may happen. */
export const PREDICTION_WORDS = /\b(?:will|would|could|might|may|likely|expect|expects|expected|chance|going to|to come)\b/i;
/** Claims that weigh or judge. */
export const ASSESSMENT_WORDS = /\b(?:must|should|need to|needs to|has to|have to|require|requires|demand|demands|credibility|clearly|seems|appears)\b/i;
/** Threats. */
export const THREAT_WORDS = /\b(?:threaten(?:ed|s)?|vow(?:ed|s)?|warn(?:ed|s)?)\b/i;
/** Actions in the past: what happened. */
export const EVENT_WORDS = /\b(?:fired|launched|attacked|struck|hit|killed|bombed|targeted|seized|arrested|invaded|shot|exploded)\b/i;

/** "no one", "nobody", "none": a figure of zero. */
export const NONE_WORDS = /\b(?:no one|nobody|none of (?:its|their|the) (\w+)|no (\w+ )?casualties)\b/i;

/** Words opening English places' names ("Little Ardley", "Upper Heyford", "Market Drayton"): no given name. */
export const PLACE_PREFIX = /^(?:Little|Great|Upper|Lower|Nether|Old|New|Long|Far|Near|North|South|East|West|Market|Kings|Castle|Church|Steeple|Bishops)\s/;

/** Words that name months, for dates written out. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Words for a body a name may be set after ("the charity Swim Harlow", "Environmental group River Watch South"), as a pattern's alternatives. */
export const BODY_WORDS = 'charity|firm|company|group|trust|club|society|association|agency|organi[sz]ation|campaign|union|body';
/** Words before a month that make it a time, not a name: "in May", "since early June", "by the end of April". */
export const MONTH_WHEN_BEFORE = /\b(?:in|since|until|till|by|from|before|after|during|through|throughout|early|late|mid|next|last|this|end of|start of|beginning of|middle of)\s+$/i;

/** Words that may begin a sentence capitalised without being a name. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'all', 'and', 'but', 'or', 'if', 'in', 'on', 'at', 'by', 'for', 'from', 'of', 'to', 'with', 'it', 'its',
  'this', 'that', 'these', 'those', 'there', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'as',
  'what', 'when', 'where', 'who', 'why', 'how', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'can',
  'early', 'previous', 'last', 'next', 'some', 'many', 'most', 'no', 'not', 'so', 'yet', 'still', 'after', 'before',
  'while', 'since', 'because', 'according', 'leaving', 'by', 'despite', 'meanwhile', 'however', 'also', 'now', 'then',
  'mr', 'mrs', 'ms', 'dr', 'president', 'supreme', 'ayatollah', 'one', 'two', 'three', 'five', 'seventeen',
  // (Prepositions and joining words opening a sentence: "Under English law", "Without new reserves".)
  'under', 'without', 'during', 'across', 'within', 'among', 'amid', 'between', 'through', 'throughout', 'unless',
  'although', 'though', 'whether', 'once', 'until', 'against', 'beyond', 'inside', 'outside', 'toward', 'towards',
  'upon', 'every', 'each', 'both', 'neither', 'either', 'such', 'only', 'even', 'here',
]);

/** Capitalised words that name no entity: days, months, the first person with its verb ("I've", "I'm"). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "i've", "i'm", "i'll", "i'd", 'i\u2019ve', 'i\u2019m', 'i\u2019ll', 'i\u2019d',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // ("closing all day on Mondays and Wednesdays": days of the week in the plural, no group.)
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // Scales a measure is told in ("minus 22 degrees Celsius"): part of its unit, no one's name.
  'celsius', 'fahrenheit', 'kelvin', 'centigrade',
  // Holidays, times of the year no one's name ("after the Easter holidays"); a school's "Year 4" alone.
  'easter', 'christmas', 'halloween', 'ramadan', 'diwali', 'hanukkah', 'passover', 'thanksgiving', 'whitsun', 'lent', 'advent',
  'year', 'years',
]);

/** Titles that go before a name and are not part of it ("Mr Trump" is Trump). */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'mp', 'mep', 'msp', 'president', 'ayatollah', 'general', 'gen', 'prime', 'minister', 'sir', 'councillor', 'councilor', 'cllr', 'td', 'justice', 'judge', 'senator', 'governor', 'mayor', 'professor', 'prof', 'inspector', 'detective', 'sergeant', 'captain', 'colonel', 'lieutenant', 'bishop', 'rev', 'sheriff']);

/** What a post on a medium is called, a name readers ask by ("what did the tweet say?"). */
export const POST_NAMES: Readonly<Record<string, readonly string[]>> = { twitter: ['tweet'] };

/** A verb of saying, as a pattern's source: one source saying two things ("said ... and suggested ..."). */
export const SAYING = '(?:said|says|told \\w+|added|warned|claimed|insisted|argued|suggested|hinted|signalled|signaled|stressed)';

/**
 * Where a place lies, after its name and the noun for it ("the al-Asad airbase in western Iraq", "Irbil in
 * northeast Iraq", "a base in the west of Iraq"): the direction, when one is given, as the article gives it.
 * A pattern's source, put after the name.
 */
// (The noun one word, singular and no verb: "the Irbil base", not "Tehran residents" or "Tehran said".)
export const LIES_IN = String.raw`((?: (?!(?:is|was|has|had|says|said|does|did|and|or|but)\b)[a-z]+(?<![^s]s|ed))?) in ((?:the )?(?:(?:north|south)-?(?:east|west)|north|south|east|west|central)(?:ern)?(?: part)?(?: of)? )?`;

/** What befalls people a report counts with the unit left out ("14 were injured"). */
export const HARM_VERB = '(?:injured|killed|wounded|hurt|died|hospitali[sz]ed|(?:taken|admitted) to (?:a |the )?(?:[a-z][\\w-]* ){0,3}?hospital|treated in (?:a |the )?(?:[a-z][\\w-]* ){0,3}?hospital|evacuated|rescued|arrested|detained|missing|displaced)';

/** Nouns that count what follows their "of" ("9 members of staff", "six pieces of equipment"): the unit is the whole phrase. */
export const PARTITIVE_UNITS = /^(?:members|pieces|items|units|rounds|bottles|boxes|bags|cases|loads|cans|packs|packets|sacks|sheets|slices|cups|glasses|pairs|sets|bars|barrels|crates|cartons|tins)$/;
/** Units written short after a figure ("62mm", "30 cm"), by their names. ("m", "t" and "g" could be millions.) */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  mm: 'millimetres', cm: 'centimetres', km: 'kilometres', kg: 'kilograms', mph: 'miles per hour', kph: 'kilometres per hour',
  'km/h': 'kilometres per hour', ft: 'feet', lb: 'pounds', lbs: 'pounds', ml: 'millilitres',
};
/** A unit as it is spelt out, where it is written short ("km": "kilometres"); others as they are. */
export function spelledUnit(unit: string): string {
  return Object.hasOwn(MEASURE_UNITS, unit.toLowerCase()) ? MEASURE_UNITS[unit.toLowerCase()]! : unit;
}
/** A person's age: "aged 74", "a 74-year-old", "Janet Hirst, 58, who ..." (after a capitalised name), "a four-year-old" (in group 4). */
export const AGE = /\baged (\d{1,3})\b|\b(\d{1,3})-year-old\b|(?<=\p{Lu}[\p{L}'\u2019-]+), (\d{1,3}),|(?<![\p{L}-])((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))-year-old\b/giu;

/** Nouns for a body of people counted as one: "a crowd of 18,450" is 18,450 people ("estimated the crowd at about 4,000," too). */
export const PEOPLE_BODIES = /\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:crowd|audience|attendance|turnout|workforce|population|congregation|gathering) (?:of|at) (?:about |around |some |nearly |almost |more than |over |just over |just under )?(\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?![\d,.]|,\d))(?!\s*(?:%|per\b))/gi;
