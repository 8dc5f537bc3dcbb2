// Words of English that need no dictionary: those that carry no meaning for matching, and question words.
// The dictionary itself (real words, base forms, related words) is english.ts.
import { stem } from './stem.js';
import { COMMON_IDIOMS } from './idioms.js';

/** Words that carry no meaning for matching. Kept as folded words, before stemming. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after against all am an and any are as at be because been before being below every whole ' +
    'between both but by can could did do does doing down during each few for from had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves tell me please know happen happened happens thing things get got also ' +
    'does dont didnt isnt wasnt arent werent whats whos wheres whens hows say says said many much ' +
    // (The rest of the auxiliaries with "not" run in: "iran doesn't want war" looks for no "doesnt".)
    'doesnt hasnt havent hadnt wont wouldnt cant couldnt shouldnt mustnt neednt aint ' +
    'anybody anyone anything somebody someone something everybody everyone everything whose really ' +
    'actually exactly even think reckon going kind sort like lot lots ever yet still now total number amount count tally ' +
    'come came comes coming go goes went gone make makes made making take took taken takes taking give gave given gives giving gets getting ' +
    'might may must shall among amongst toward towards across within upon onto via per amid amidst ' +
    'beside besides beyond despite except inside outside throughout unlike versus vs whether regarding concerning ' +
    // Words restricting to one thing, as "only" and "just" do: "military action alone" is "military action
    // on its own", whose words are all stop words.
    'alone solely merely ' +
    // Words about the text itself: "in this story", "does the article say".
    'article story ' +
    // Words for whatever the question is about: "the situation", "all this stuff".
    'situation situations stuff'
  ).split(/\s+/),
);

let stopStems: ReadonlySet<string> | undefined;
/** Whether a stem is a stop word's ("wer" of "were", "be" of "being"): the index holds stop words, which no query looks for. */
export function isStopStem(st: string): boolean {
  stopStems ??= new Set([...STOP_WORDS].map(stem));
  return stopStems.has(st);
}

/** Question words (and "say", which makes a question ask for words), whose misspellings ("wat", "hw", "sya") are still those words. */
export const QUESTION_WORDS: readonly string[] = ['what', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'which', 'does', 'did', 'the', 'say', 'said'];

/** Verbs that open a question of yes or no, of four letters or more (see questionWordsFixed). */
export const OPENING_AUXILIARIES: readonly string[] = ['will', 'would', 'could', 'should', 'does', 'were', 'have', 'doesnt', 'wont'];

/** Adverbs that may stand between a doer and its verb and say how sure or when, not what ("is Iran even looking for war", "did Trump really say"). */
export const INTERPOSED_ADVERBS: ReadonlySet<string> = new Set(['even', 'really', 'actually', 'still', 'ever', 'just', 'yet', 'now', 'also', 'already', 'truly']);

/** Nouns for a mass of projectiles fired together: "most of the barrage" is most of its missiles. */
export const FIRE_NOUNS: ReadonlySet<string> = new Set(['barrage', 'barrages', 'salvo', 'salvos', 'salvoes', 'volley', 'volleys', 'bombardment', 'fusillade', 'onslaught']);
/** Particles that make phrasal verbs with a verb before them ("carry on", "back down", "shrug off"). */
export const PARTICLES: ReadonlySet<string> = new Set(['back', 'down', 'off', 'on', 'out', 'over', 'up', 'away', 'aside']);

/** Pronouns that may stand between a verb and its particle ("shrug it off"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'us', 'everything', 'things']);

/** Words that open a noun phrase ("the", "their"): one after a word makes that word a verb with an object. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
/** DETERMINERS but "your" and "my", with the demonstratives, as a pattern for a word as written: "the", "its", "these". */
export const DETERMINER_WORD = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;

/**
 * Idioms read as the one word they mean: a verb, up to `gap` words of its object (three unless said), and
 * the word closing the idiom ("let it go", "let the rockets slide", "letting the strikes pass": ignore),
 * then the words `then` says must follow it, one from each set ("get anything out of it": gain), and not a
 * word of `unless` right after the close.
 * Informal phrasal verbs too, whose senses the dictionary lists but relates to no plainer word a news text
 * uses ("freak out": agitated, the opposite of calm). `noun` is what the idiom means after a determiner, as a
 * noun ("the tit-for-tat": the cycle of escalation; "hit back tit for tat": retaliation).
 */
export const IDIOMS: ReadonlyArray<{ verbs: ReadonlySet<string>; closes: ReadonlySet<string>; means: string; noun?: string; gap?: number; then?: readonly ReadonlySet<string>[]; unless?: ReadonlySet<string> }> = [
  { verbs: new Set(['let', 'lets', 'letting']), closes: new Set(['go', 'slide', 'pass', 'ride']), means: 'ignore' },
  { verbs: new Set(['freak', 'freaks', 'freaked', 'freaking']), closes: new Set(['out']), means: 'agitated', gap: 0 },
  { verbs: new Set(['chill', 'chills', 'chilled', 'chilling']), closes: new Set(['out']), means: 'calm', gap: 0 },
  // ("On the receiving end of": what was received.)
  { verbs: new Set(['receiving']), closes: new Set(['end']), means: 'receive', gap: 0 },
  // ("Steer clear of", "stay clear of": WordNet has neither.)
  { verbs: new Set(['steer', 'steers', 'steered', 'steering', 'stay', 'stays', 'stayed', 'staying', 'keep', 'keeps', 'kept', 'keeping']), closes: new Set(['clear']), means: 'avoid', gap: 0 },
  // Slang WordNet lacks: "who took out the general" (killed him), "chicken out", "call it quits", "clap back".
  // (Not "take £7 million out of the economy", which removes it from something: `unless` a word that, right
  // after the close, undoes the idiom.)
  { verbs: new Set(['take', 'takes', 'took', 'taken', 'taking']), closes: new Set(['out']), means: 'kill', gap: 1, unless: new Set(['of']) },
  { verbs: new Set(['chicken', 'chickens', 'chickened', 'chickening']), closes: new Set(['out']), means: 'retreat', gap: 0 },
  { verbs: new Set(['call', 'calls', 'called', 'calling']), closes: new Set(['quits']), means: 'stop', gap: 1 },
  { verbs: new Set(['clap', 'claps', 'clapped', 'clapping']), closes: new Set(['back']), means: 'retaliate', gap: 0 },
  // ("Should we brace for more fighting?": whether to expect it.)
  { verbs: new Set(['brace', 'braces', 'braced', 'bracing']), closes: new Set(['for']), means: 'expect', gap: 0 },
  // ("When will we hear from Trump?": when he will speak.)
  { verbs: new Set(['hear', 'hears', 'heard', 'hearing']), closes: new Set(['from']), means: 'speak', gap: 0 },
  // ("If Trump does nothing about the missiles": lets them go.)
  { verbs: new Set(['do', 'does', 'did', 'doing', 'done']), closes: new Set(['nothing']), means: 'ignore', gap: 0 },
  // ("What does Trump get out of it?", "does he get anything out of this?": what he gains by it; not "get
  // out of Iraq", which leaves a place.)
  { verbs: new Set(['get', 'gets', 'got', 'getting']), closes: new Set(['out']), means: 'gain', gap: 2, then: [new Set(['of']), new Set(['it', 'this', 'that'])] },
  // ("Out of character": unusual for someone; "tit for tat": blow for blow, and "the tit-for-tat" the round
  // of blows, a cycle of escalation. WordNet has neither as a phrase related to a plainer word.)
  { verbs: new Set(['out']), closes: new Set(['character']), means: 'unusual', gap: 1 },
  { verbs: new Set(['tit']), closes: new Set(['tat']), means: 'retaliation', noun: 'escalation', gap: 1 },
  // ("A tough call", "make the call": a decision, to decide; WordNet's "call" has no such sense.)
  { verbs: new Set(['big', 'tough', 'hard', 'difficult', 'judgement', 'judgment', 'key', 'final', 'major', 'first']), closes: new Set(['call', 'calls']), means: 'decide', gap: 0 },
  { verbs: new Set(['make', 'makes', 'made', 'making']), closes: new Set(['call']), means: 'decide', gap: 1 },
  // ("Make up his mind": decide, as the phrase is WordNet's but related to no plainer word.)
  { verbs: new Set(['make', 'makes', 'made', 'making']), closes: new Set(['mind']), means: 'decide', gap: 2 },
  // ("Satisfied with just the missiles?", "cool with only that": that alone is enough.)
  { verbs: new Set(['satisfied', 'content', 'happy', 'cool', 'ok', 'okay', 'fine', 'pleased']), closes: new Set(['just', 'only', 'merely']), means: 'sufficient', gap: 1 },
  // ("Respond in kind", "answer in kind": pay back the same way.)
  { verbs: new Set(['respond', 'responds', 'responded', 'responding', 'answer', 'answers', 'answered', 'answering', 'reply', 'replies', 'replied', 'replying']), closes: new Set(['kind']), means: 'retaliate', gap: 1 },
  // ("Bit the dust", "kicked the bucket": died. WordNet lists both, related to no plainer word.)
  { verbs: new Set(['bite', 'bites', 'bit', 'bitten', 'biting']), closes: new Set(['dust']), means: 'die', gap: 1 },
  { verbs: new Set(['kick', 'kicks', 'kicked', 'kicking']), closes: new Set(['bucket']), means: 'die', gap: 1 },
  // ("Egg on their face", "lose face": shamed. WordNet relates neither to a plainer word.)
  { verbs: new Set(['egg']), closes: new Set(['face', 'faces']), means: 'humiliate', gap: 2 },
  { verbs: new Set(['lose', 'loses', 'lost', 'losing']), closes: new Set(['face']), means: 'humiliate', gap: 0 },
  // ("Keep his cool", "lost her cool": stayed calm, or did not; WordNet's "cool" has the sense, related to no
  // plainer word.)
  { verbs: new Set(['keep', 'keeps', 'kept', 'keeping', 'stay', 'stays', 'stayed', 'staying']), closes: new Set(['cool']), means: 'calm', gap: 1 },
  { verbs: new Set(['lose', 'loses', 'lost', 'losing']), closes: new Set(['cool']), means: 'agitated', gap: 1 },
  // ("Pick a fight with": seek one, not choose one; WordNet relates the phrase to no plainer word.)
  { verbs: new Set(['pick', 'picks', 'picked', 'picking']), closes: new Set(['fight', 'fights', 'quarrel', 'battle']), means: 'fight', gap: 3 },
  // And the common idioms of any news story, after these (the first that closes is read).
  ...COMMON_IDIOMS.map(([opens, closes, gap, means]) => ({ verbs: new Set(opens.split(' ')), closes: new Set(closes.split(' ')), means, gap })),
];

/**
 * Words for one side being stronger than the other, and weaker ("superior", "more powerful", "mightier";
 * "inferior", "weaker"): one comparison of strength in any of them. WordNet links none of "superior" and
 * "stronger" to the other.
 */
/**
 * What became of a motion put to a vote, the two ways it goes: "was the amendment passed?" - "the amendment
 * was defeated" says no. (WordNet holds "pass" and "defeat" as no opposites.)
 */
export const VOTE_OUTCOMES: readonly [ReadonlySet<string>, ReadonlySet<string>] = [
  new Set(['pass', 'passed', 'passes', 'carried', 'approve', 'approved', 'approves', 'adopted', 'accepted', 'agreed', 'backed', 'endorsed', 'ratified']),
  new Set(['defeat', 'defeated', 'reject', 'rejected', 'rejects', 'refused', 'blocked', 'overturned', 'outvoted', 'vetoed']),
];
export const STRENGTH_COMPARED: readonly ReadonlySet<string>[] = [
  new Set(['stronger', 'strongest', 'mightier', 'mightiest', 'superior', 'powerful', 'tougher', 'dominant']),
  new Set(['weaker', 'weakest', 'inferior', 'feebler', 'powerless', 'outgunned', 'outmatched']),
];

/**
 * Words for what a camera records, moving or still ("video", "footage", "pictures", "clips"): the same thing
 * to a reader asking what was filmed, in any of them. WordNet puts "video" under recording, "picture" under
 * representation, and "footage" under length. (Not "image", as often someone's standing: "Trump's image".)
 */
export const RECORDED_IMAGES: ReadonlySet<string> = new Set(['video', 'videos', 'footage', 'film', 'films', 'clip', 'clips', 'picture', 'pictures', 'imagery', 'photo', 'photos', 'photograph', 'photographs', 'recording', 'recordings', 'visuals', 'videotape']);

/** Verbs saying only that things are at work, by their dictionary forms ("how many troops are deployed?": a count of them, however the article puts them to work). */
export const AT_WORK_VERBS: ReadonlySet<string> = new Set(['use', 'deploy', 'involve', 'employ', 'commit', 'mobilise', 'mobilize', 'engage', 'field', 'station', 'assign', 'task', 'dispatch', 'work', 'operate', 'serve']);
/** Verbs saying only that people came, by their dictionary forms ("how many people turned up?": a count of them, however the article says they came). */
export const COMING_VERBS: ReadonlySet<string> = new Set(['come', 'arrive', 'attend', 'turn', 'show', 'gather', 'flock', 'appear', 'visit', 'join']);

/** Nouns closing a body's name that is also a building one can be at ("St. Brendan's Secondary School"). */
export const BUILDING_NOUNS: ReadonlySet<string> = new Set(['school', 'hospital', 'museum', 'university', 'college', 'church', 'cathedral', 'mosque', 'temple', 'synagogue', 'station', 'stadium', 'airport', 'hall', 'centre', 'center', 'library', 'prison', 'hotel', 'academy', 'theatre', 'theater', 'arena', 'gallery']);

/** English's irregular comparisons ("best" of "good", "worse" of "bad"): another degree, not the same word as their base. */
export const IRREGULAR_COMPARISONS: ReadonlySet<string> = new Set(['better', 'best', 'worse', 'worst', 'further', 'furthest', 'farther', 'farthest', 'elder', 'eldest', 'less', 'least', 'lesser', 'more', 'most']);

/**
 * Nouns naming what someone wants ("Khamenei's bigger goal", "what is his aim?"): asked, they ask what the
 * one named wants, the verb a news text tells it by ("he wants the US out"). Not a thing's purpose ("the aim
 * of the strikes"), nor "aim at", which points. (Not an intention, which a text tells by its own verb, "intend".)
 */
export const WANT_NOUNS: ReadonlySet<string> = new Set(['goal', 'goals', 'aim', 'aims', 'objective', 'objectives', 'ambition', 'ambitions', 'aspiration', 'aspirations', 'agenda', 'endgame']);

/**
 * General nouns for the kinds of thing a dataset's entities are ("which body reported ...", "which
 * nation", "what outlet"): asking for one asks for an entity of that kind. Kinds a reader names by their
 * own word ("which country") need no entry.
 */
export const KIND_NOUNS: ReadonlyMap<string, 'person' | 'place' | 'organization' | 'country' | 'group' | 'media'> = new Map([
  ...(['individual', 'politician', 'figure', 'character', 'official', 'spokesman', 'spokeswoman', 'spokesperson'] as const).map((w) => [w, 'person'] as const),
  ...(['city', 'town', 'site', 'location', 'facility', 'installation', 'compound', 'airfield', 'airstrip', 'outpost', 'area'] as const).map((w) => [w, 'place'] as const),
  ...(['body', 'organisation', 'agency', 'institution', 'department', 'authority', 'firm', 'company', 'business', 'charity'] as const).map((w) => [w, 'organization'] as const),
  ...(['nation'] as const).map((w) => [w, 'country'] as const),
  ...(['party', 'faction'] as const).map((w) => [w, 'group'] as const),
  ...(['outlet', 'network', 'channel', 'newspaper', 'broadcaster', 'platform', 'medium', 'media', 'app', 'website'] as const).map((w) => [w, 'media'] as const),
]);

/**
 * General words for a party to a story, of whatever kind ("which side warned ...?"): a kind asked for that
 * no dataset need name, as every party is one.
 */
export const SIDE_NOUNS: ReadonlySet<string> = new Set(['side', 'sides']);

/**
 * Nouns a count of places is told in ("52 targets", "two bases"): a count asked by a general word for
 * places ("how many sites", "how many facilities", KIND_NOUNS' places) is told by a figure of one of them.
 */
export const PLACE_UNIT_NOUNS: ReadonlySet<string> = new Set(['target', 'base', 'airbase', 'site', 'location', 'facility', 'installation', 'position', 'outpost', 'compound']);

/**
 * Words that stand between "which" and the kind of thing it asks for, saying which of that kind ("which
 * other country", "which earlier attack"): English's postdeterminers of order and the ordinals. (Not
 * "which specific ...", which asks for named members of a kind, not the kind.)
 */
export const WHICH_OF_KIND: ReadonlySet<string> = new Set([
  'other', 'previous', 'prior', 'earlier', 'later', 'recent', 'former', 'latter', 'same', 'next', 'last',
  'first', 'second', 'third', 'final',
]);

/**
 * Journalists' names for an office, read as the office ("Iran's top diplomat": its foreign minister; "the
 * White House occupant": the president): what English calls these posts in any news story, not this one's
 * names for them. A dataset that names the office finds it; one that does not, finds nothing.
 */
export const EPITHETS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:top|chief|senior|leading|head|foremost|most senior) diplomat\b/gi, 'foreign minister'],
  [/\b(?:top|chief|senior|highest|highest-ranking|most senior|leading|supreme) (?:cleric|clergyman|religious leader|religious authority)\b/gi, 'supreme leader ayatollah'],
  // ("The cleric in charge", "the clergyman at the top": the one who leads.)
  [/\b(?:cleric|clergyman) (?:in charge|at the top|at the helm)\b/gi, 'supreme leader ayatollah'],
  [/\bcommander[- ]in[- ]chief\b/gi, 'president'],
  [/\b(?:white house|oval office) (?:occupant|incumbent|resident|chief)\b/gi, 'president'],
  [/\b(?:(?:man|woman|person|guy|one) in|(?:occupant|incumbent|resident|tenant) of) the (?:white house|oval office)\b/gi, 'president'],
  // ("The people running Iran", "those in charge in Tehran": its leaders.)
  [/\b(?:the |)(?:people|those|men|ones|folks|guys|figures) (?:running|ruling|leading|governing|in charge (?:of|in)|at the helm (?:of|in)|who (?:run|runs|rule|rules|lead|leads|govern|governs)) (?:the |)([a-z][\w-]*)\b/gi, "$1's leaders"],
];
