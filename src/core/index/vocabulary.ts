// The index's vocabulary: stem ids, and what one query word may match in it: itself, the words the
// English lexicon relates to it, and, for a misspelling, longer forms (a prefix search in the sorted
// vocabulary) and near spellings (Fuse.js over the vocabulary, narrowed by shared letter pairs when the
// vocabulary is large, then held to an edit distance).
import Fuse from 'fuse.js/basic';
import { findSlot } from '../text/lines.js';
import { COMPASS_SHORT, baseForms, doerForms, comparedForms, IRREGULAR_COMPARISONS, RECORDED_IMAGES, STRENGTH_COMPARED, COMPOUND_DIRECTION, DIRECTION_WORD, voicedForms, editDistance, englishSpellings, isDigits, isEnglishWord, isName, isPersonNoun, isStopStem, keyedLine, keyedLines, MODAL_VERBS, nearWords, PARTICLES, PREFIXES, relatedWords, soundKey, soundsAlike, stem } from '../text/index.js';
import type { QueryTerm } from '../text/terms.js';
import { ENTITY_PREFIX, FORM_OF, KIND_OF } from './build.js';

const FUZZY_THRESHOLD = 0.34;
const FUZZY_MIN_LENGTH = 4;
// Longer "words" are not typos of anything: Fuse would only spend time on them.
const FUZZY_MAX_LENGTH = 32;
// Words this long may be two edits from what was meant.
const LONG_WORD = 7;
const MAX_EXPANSIONS = 8;
const MAX_MEMO = 10_000;
// English words one misspelt word is read as, at most.
const MAX_READINGS = 2;
// Below every field weight but the weakest, so the reader's own word, anywhere, beats a related one.
const RELATED_QUALITY = 0.7;
// A word for the same thing in a family the dictionary does not link ("pictures" and "video"): above a
// relative, so a kind asked in it is one the data holds, below the reader's own word.
const SAME_THING_QUALITY = 0.75;
// The strings of a sorted list that begin with `key` (a binary search to the first; at most a few hundred).
function startingWith(sorted: readonly string[], key: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(key) && out.length < 4 * MAX_EXPANSIONS; i++) out.push(sorted[i]!);
  return out;
}

// The particles of phrasal verbs, as stems.
const PARTICLE_STEMS: ReadonlySet<string> = new Set([...PARTICLES].map(stem));

// The fewest letters a compound puts before a word it ends with ("air" + "base").
const COMPOUND_HEAD_MIN = 3;
const reverse = (s: string): string => [...s].reverse().join('');
// A word near in meaning (by how news text uses it) is weaker evidence than a dictionary relation.
const NEAR_QUALITY = 0.5;
// Two steps away (a neighbour of the word's dictionary form): too weak to say the data mentions the word.
const FAR_QUALITY = 0.4;
const VOWELS = 'aeiou';
/** How much a related word whose stem is another English word keeps of its quality. */
const COLLIDING = 0.5;
// A data word whose dictionary entry names the query word: the relation read backwards, where the
// dictionary lists it one way only (a word's nearest words are not always near it in return).
const REVERSE_QUALITY = 0.45;
// A comparative of a related word ("stronger", of "strong" near "powerful") is a step further from the word.
const COMPARED = 0.9;
// A data word the dictionary relates to the same word as the query word ("barrage" and "attack" both
// relate to "onslaught"): enough to rank facts, too weak to vouch for an answer or to say the data
// mentions the word.
const SHARED_QUALITY = 0.3;
// A data word that is a kind of the query word ("missiles" for "rockets"): it names the query word's thing,
// as a related word does.
const KIND_QUALITY = 0.7;
// The data words sharing relatives with one query word that are kept, those sharing most first.
const MAX_SHARED = 12;
/** The least match quality that shows the data mentions a query word. */
export const MENTION_QUALITY = 0.5;
/** The stems a query word's matches show the data mentions (see MENTION_QUALITY). */
export function mentioned(matches: ReadonlyMap<string, number>): string[] {
  return [...matches].filter(([, q]) => q >= MENTION_QUALITY).map(([st]) => st);
}
/** A spelling one slip from the word typed; only the word itself, or a longer form of it, matches better. */
export const ONE_SLIP_QUALITY = 0.8;
/**
 * The least match quality at which a query word names what a data word names: the word, a slip of it
 * (0.65 and up) or a dictionary relation (0.7); not a word near it in news text (0.5), which names another
 * thing ("Pentagon" and "defence").
 */
export const NAMING_QUALITY = 0.6;
/** The least match quality that counts towards ask's confidence; weaker matches only rank. */
export const VOUCH_QUALITY = 0.35;
const PREFIX_QUALITY = 0.9;
// How well a clipped word ("exec") matches the one word of the data it starts ("executive").
const CLIPPED_QUALITY = 0.8;
// An irregular form's dictionary form ("fled": "flee").
const IRREGULAR_QUALITY = 0.9;
// How much a past form's relatives as a word of its own weigh where it is read as its verb's ("found" as
// "find": "establish" is a weak match).
const OWN_READING = 0.6;
// A vocabulary larger than this is narrowed by shared letter pairs before Fuse ranks it.
const SHORTLIST_ABOVE = 2000;

/** How Fuse is used on the vocabulary: over all of it (the plain path) or over a shortlist (indexed). */
export type FuzzyMode = 'auto' | 'plain' | 'shortlist';

/** The stems of an index, each with its id (its place in `stems`). */
export class Vocabulary {
  private readonly ids: Map<string, number> | undefined;
  private sorted: string[] | undefined;
  private fuse: Fuse<string> | undefined;
  private bigrams: Map<string, number[]> | undefined;
  private readonly expansions = new Map<string, ReadonlyMap<string, number>>();
  private relativesText: string | undefined;
  fuzzyMode: FuzzyMode = 'auto';

  /**
   * `dictionary`: what the English dictionary gives for words the data holds, worked out in advance (the
   * build does this for the bundled dataset) as a dictionaryText, so a query made of the data's own words
   * reads no dictionary file. Exactly what `dictionaryMatches` would give: the answers are the same either way.
   */
  constructor(
    readonly stems: readonly string[],
    private readonly dictionary?: string,
    private readonly relatives?: string | (() => string | undefined),
    private readonly table?: Int32Array,
    /** The stems as text, one a line (see IndexSnapshot.vocabText). */
    private readonly text?: string,
  ) {
    // (A table that cannot be one of these stems', a damaged cache's, is not used.)
    if (!table || !fitsStems(table, stems.length)) {
      this.table = undefined;
      this.ids = new Map();
      stems.forEach((st, id) => this.ids!.set(st, id));
    }
  }

  /** The id of a stem, or undefined when the data lacks it. */
  id(st: string): number | undefined {
    const { table } = this;
    return table ? findSlot(table, st, (id) => this.stems[id] === st) : this.ids!.get(st);
  }

  has(st: string): boolean {
    return this.id(st) !== undefined;
  }

  /** Vocabulary stems close to a word, with Fuse's score (0 is exact), best first. */
  fuzzy(term: string): Array<{ stem: string; score: number }> {
    const shortlist = this.fuzzyMode === 'shortlist' || (this.fuzzyMode === 'auto' && this.stems.length > SHORTLIST_ABOVE);
    const fuse = shortlist ? fuseOver(this.shortlist(term)) : (this.fuse ??= fuseOver(this.stems.filter(spellable)));
    return fuse
      .search(term)
      .map((r) => ({ stem: r.item, score: r.score ?? 0 }))
      .sort((a, b) => a.score - b.score || (a.stem < b.stem ? -1 : 1));
  }

  // Words that could be within Fuse's threshold of `term`: a word within k edits of a substring keeps at
  // least (pairs - 2k) of the term's letter pairs (the q-gram lemma), so nothing Fuse accepts is lost.
  private shortlist(term: string): string[] {
    this.bigrams ??= bigramIndex(this.stems);
    const pairs = [...new Set(letterPairs(term))];
    const k = Math.floor(FUZZY_THRESHOLD * term.length);
    const need = Math.max(1, pairs.length - 2 * k);
    const counts = new Map<number, number>();
    for (const p of pairs) for (const id of this.bigrams.get(p) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const out: string[] = [];
    for (const [id, c] of counts) if (c >= need) out.push(this.stems[id]!);
    return out;
  }

  // Stems that close with `term` as a compound's last part ("airbase" for "base"), in the order of their
  // reversed spelling. A scan of the vocabulary, not a sorted index of it: a run asks of a few words, and
  // sorting a large vocabulary by reversed spelling took longer than its queries.
  private compoundsOf(term: string): string[] {
    const found: Array<[string, string]> = [];
    const consider = (st: string): void => {
      if (st.length >= term.length + COMPOUND_HEAD_MIN && st.endsWith(term) && /^[a-z]+$/.test(st)) found.push([reverse(st), st]);
    };
    const { text } = this;
    if (text === undefined) for (const st of this.stems) consider(st);
    else {
      // The stems ending in the word: where it stands before a line end (or closes the text).
      const key = `${term}\n`;
      for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) consider(text.slice(text.lastIndexOf('\n', at - 1) + 1, at + term.length));
      if (text.endsWith(term)) consider(text.slice(text.lastIndexOf('\n') + 1));
    }
    found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: string[] = [];
    for (const [, st] of found) {
      // The part before must be a word of its own, not a prefix ("air" + "base", not "con" + "firm"); and the
      // whole no name ("Washington" is no "washing" + "ton", the stem of "tone").
      const head = st.slice(0, st.length - term.length);
      if (!PREFIXES.has(head) && isEnglishWord(head) && !isName(st)) out.push(st);
    }
    return out.slice(0, MAX_EXPANSIONS);
  }

  // Stems that begin with `term`, found by binary search in the sorted vocabulary.
  private withPrefix(term: string): string[] {
    const sorted = (this.sorted ??= [...this.stems].sort());
    return startingWith(sorted, term)
      .filter((st) => st !== term)
      .slice(0, MAX_EXPANSIONS);
  }


  /**
   * What one query word may match, each stem with how well (1 is the word itself): its own stem; words
   * the English dictionary relates to it, and words near it in meaning; and, only for a word that is
   * neither in the data nor English (a misspelt name or word), stems it is a prefix of and near
   * spellings. A real word is never "corrected".
   */
  expand(term: QueryTerm): ReadonlyMap<string, number> {
    // ask reads a question's words before it searches with them: each word is worked out once.
    const key = `${term.word}\0${term.stem}${term.name ? '\0name' : ''}${term.sense ? `\0${term.sense}` : ''}${term.form ? `\0form ${term.form}` : ''}${term.exact ? '\0exact' : ''}`;
    let found = this.expansions.get(key);
    if (!found) {
      // A long-lived library process asks about ever new words: the memo stays bounded.
      if (this.expansions.size >= MAX_MEMO) this.expansions.clear();
      this.expansions.set(key, (found = this.expandNow(term)));
    }
    return found;
  }

  // Record that `st` matches with `quality`, if the data has it and it matched no better already.
  private keep(matches: Map<string, number>, st: string, quality: number): void {
    if ((matches.get(st) ?? 0) < quality && this.has(st)) matches.set(st, quality);
  }

  private expandNow(term: QueryTerm): Map<string, number> {
    const matches = new Map<string, number>();
    const put = (st: string, quality: number): void => this.keep(matches, st, quality);
    // A phrasal verb ("back down") is another word than its verb ("back"): the verb alone is related.
    // (Not a verb that is itself a particle: "back" in "back down" is no "back" of "hit back".)
    if (!term.phrasal || !PARTICLE_STEMS.has(term.stem)) put(term.stem, term.phrasal ? RELATED_QUALITY : 1);
    // An irregular form is its dictionary form's word, as the stemmer makes a regular one ("fled" is "flee",
    // as "destroyed" is "destroy"), a little weaker: some are words of their own too ("left", "found").
    if (!term.phrasal && !term.name && !term.exact && !IRREGULAR_COMPARISONS.has(term.word)) for (const b of baseForms(term.word)) if (stem(b) !== term.stem && !isStopStem(stem(b))) put(stem(b), IRREGULAR_QUALITY);
    // (And one read as another's, "hit back" as "strike back", that one's verb too.)
    if (term.sense) put(stem(term.sense.slice(0, term.sense.indexOf(' '))), NEAR_QUALITY);
    // A number, or an entity named as a whole ("state TV"), is matched as it is; so is a word quoted that
    // the data holds (a slip of one the data lacks is still put right).
    if (isDigits(term.stem) || term.stem.startsWith(ENTITY_PREFIX) || (term.exact && this.has(term.stem))) return matches;
    // A direction and its adjective ("western" and "west", "northeastern" and "northeast"): the dictionary
    // does not relate them.
    const directionOf = (word: string, quality: number): void => {
      const direction = DIRECTION_WORD.exec(word);
      if (direction) put(stem(direction[2] ? direction[1]! : `${direction[1]}ern`), quality);
    };
    directionOf(term.word, RELATED_QUALITY);
    // (A compass point written short is its word: "NE" is "northeast".)
    const compass = Object.hasOwn(COMPASS_SHORT, term.word) ? COMPASS_SHORT[term.word] : undefined;
    if (compass !== undefined) {
      put(stem(compass), RELATED_QUALITY);
      directionOf(compass, RELATED_QUALITY);
    }
    // (A compound direction's parts: "southwest" is partly "west", which a fact of al-Asad in the west says.)
    for (const part of COMPOUND_DIRECTION.exec(term.word)?.slice(1, 3) ?? []) {
      put(stem(part), NEAR_QUALITY);
      directionOf(part, NEAR_QUALITY);
    }
    // A noun and its verb that differ by f and v ("relief" and "relieved", "belief" and "believe"): the
    // dictionary does not relate them either.
    for (const other of voicedForms(term.word, (spelling) => this.has(stem(spelling)))) put(stem(other), RELATED_QUALITY);
    // A verb and the one who does it ("object" and "objectors"): the dictionary does not relate them all.
    if (!term.name) for (const other of doerForms(term.word, (spelling) => this.has(stem(spelling)))) put(stem(other), RELATED_QUALITY);
    // The data's comparative or superlative of the word ("strong": "stronger").
    for (const f of comparedForms(term.word, (spelling) => this.has(stem(spelling)))) put(stem(f), RELATED_QUALITY);
    // The data's word for the same comparison of strength ("superior": "stronger").
    for (const family of STRENGTH_COMPARED) if (family.has(term.word)) for (const w of family) if (w !== term.word && this.has(stem(w))) put(stem(w), RELATED_QUALITY);
    // The data's word for what a camera records ("pictures": "video"), the same thing told, as the reader's
    // own word a little weaker.
    if (RECORDED_IMAGES.has(term.word)) for (const w of RECORDED_IMAGES) if (stem(w) !== term.stem && this.has(stem(w))) put(stem(w), SAME_THING_QUALITY);
    // A compound of the data whose last part is the word ("airbase" is a base).
    if (/^[a-z]{4,}$/.test(term.word) && !term.name) for (const st of this.compoundsOf(term.stem)) put(st, RELATED_QUALITY);
    // (A past form read as its verb's, "found" as "find", is related as that verb is.)
    // (The data's own table of relatives where it has the word, else the dictionary's.)
    const relatives = (entry: string): ReadonlyArray<[string, number]> =>
      (this.dictionary === undefined || term.name ? undefined : dictionaryEntry(this.dictionary, entry)) ?? this.dictionaryMatches(entry, { name: term.name === true });
    // (A phrasal verb's relative that is a particle, "down" for "shoot down", is no word of its meaning.)
    for (const [st, quality] of relatives(term.sense ?? term.form ?? term.word)) if (!term.phrasal || !PARTICLE_STEMS.has(st)) put(st, quality);
    // (And as the word of its own, weaker: "stuck" may be the state.)
    if (term.form !== undefined) for (const [st, quality] of relatives(term.word)) put(st, quality * OWN_READING);
    const { word } = term;
    // A clipped word, "exec" or "info": English, but related by the dictionary to nothing, and the start of
    // one word of the data alone ("executive"), is that word. (Not where several start so: "rep" may be
    // "report" or "repair".)
    if (!this.has(term.stem) && !term.name && !matches.size && word.length >= 3 && isEnglishWord(word) && !relatedWords(word).length && !nearWords(word).direct.length) {
      const longer = this.withPrefix(term.stem).filter((st) => st.length > term.stem.length + 1 && !isStopStem(st));
      if (longer.length === 1) put(longer[0]!, CLIPPED_QUALITY);
    }
    if (this.has(term.stem) || word.length < FUZZY_MIN_LENGTH || word.length > FUZZY_MAX_LENGTH || isEnglishWord(word))
      return matches;
    // (A slip is never put right into a stop word, nor matches one's stem: "Boeing" is no "being".)
    const slip = (st: string, quality: number): void => {
      if (!isStopStem(st)) put(st, quality);
    };
    for (const st of this.withPrefix(term.stem)) slip(st, PREFIX_QUALITY);
    // A slip of an English word matches what that word matches, a little weaker: "atack" is "attack", so
    // also "assault". One that keeps the word's consonants ("speeking" is "speaking") rules out a spelling
    // of the data that does not ("seeking").
    const readings = term.name ? [] : this.englishReadings(word).filter((r) => !isStopStem(stem(r.word)));
    const alike = readings.some((r) => r.alike);
    for (const r of this.nearSpellings(term.stem)) if (!alike || soundsAlike(r.stem, term.stem)) slip(r.stem, r.quality);
    for (const { word: english, quality, alike: same, common } of readings) {
      put(stem(english), quality);
      // (A rare word a consonant away, "bide" for "biden", is a reading only as itself: a name the data does
      // not know is likelier than a slip of it, and its relatives, "stay", are no slip of anything typed.)
      if (!same && !common) continue;
      // ("westren" is "western", so "west".)
      directionOf(english, RELATED_QUALITY * quality);
      for (const [st, q] of this.dictionaryMatches(english)) put(st, q * quality);
    }
    return matches;
  }

  /**
   * The stems of this vocabulary the English dictionary relates to a word, each with its match quality;
   * for a `name`, the dictionary's relations only.
   */
  dictionaryMatches(word: string, opts: { name?: boolean } = {}): Array<[string, number]> {
    const out = new Map<string, number>();
    // A related word whose stem is another English word ("fare", stemmed "far", is no "so far") may name
    // that word in the data, not itself: it matches more weakly.
    // A modal the dictionary relates a word to ("fire" - "can", to dismiss) is, in the data, the modal.
    const put = (w: string, quality: number): void => {
      if (MODAL_VERBS.has(w)) return;
      const st = stem(w);
      if (this.has(st)) this.keep(out, st, stemCollides(w, st) ? quality * COLLIDING : quality);
      // (And the data's comparative of it: "powerful" is near "strong", and the data says "stronger".)
      for (const f of comparedForms(w, (spelling) => this.has(stem(spelling)))) this.keep(out, stem(f), quality * COMPARED);
    };
    for (const w of relatedWords(word)) put(w, RELATED_QUALITY);
    // (And the data's forms of a related noun for people: "kids" - "child" - the data's "children". Not of any
    // word: "ground" - "basis", whose plural "bases" is the data's military bases.)
    if (this.relatives !== undefined && !opts.name) for (const w of relatedWords(word)) if (isPersonNoun(w)) for (const id of this.relativesOf(`${FORM_OF}${w}`)) if (!isStopStem(this.stems[id]!)) this.keep(out, this.stems[id]!, RELATED_QUALITY * IRREGULAR_QUALITY);
    // A name's neighbours in news text are other things ("Pentagon" - "defense"): the dictionary's
    // relations only.
    if (opts.name) return [...out];
    const near = nearWords(word);
    for (const w of near.direct) put(w, NEAR_QUALITY);
    for (const w of near.viaBase) put(w, FAR_QUALITY);
    if (this.relatives !== undefined) {
      // (Never a stop word: "was" is no "Washington", though the dictionary lists "Wash." for the state.)
      for (const id of this.relativesOf(word)) if (!isStopStem(this.stems[id]!)) this.keep(out, this.stems[id]!, REVERSE_QUALITY);
      // The data's irregular forms of the word ("begin": the data's "began"), as the word is theirs; and of its
      // dictionary form ("paying": the data's "paid").
      for (const form of new Set([word, ...baseForms(word)])) for (const id of this.relativesOf(`${FORM_OF}${form}`)) if (!isStopStem(this.stems[id]!)) this.keep(out, this.stems[id]!, IRREGULAR_QUALITY);
      // The data's words that are kinds of the word, or of its base form ("rockets": the data's "missiles").
      for (const st of this.kindStems(word)) this.keep(out, st, KIND_QUALITY);
      // Data words sharing a relative with the word, or naming one of its forms ("salvo" and the data word
      // near "salvos"), those sharing most first, then in vocabulary order.
      const shared = new Map<number, number>();
      const forms = inflections(word);
      for (const r of new Set([...forms, ...relatedWords(word), ...near.direct])) for (const id of this.relativesOf(r)) shared.set(id, (shared.get(id) ?? 0) + 1);
      const best = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_SHARED);
      for (const [id] of best) this.keep(out, this.stems[id]!, SHARED_QUALITY);
    }
    return [...out];
  }

  /** The data's stems whose words are kinds of a word or of its base forms ("rockets": "missil"); none without the index's relatives. */
  kindStems(word: string): string[] {
    if (this.relatives === undefined) return [];
    const out = new Set<string>();
    for (const form of new Set([word, ...baseForms(word)])) for (const id of this.relativesOf(`${KIND_OF}${form}`)) if (!isStopStem(this.stems[id]!)) out.add(this.stems[id]!);
    return [...out];
  }

  // The data stems (by id) the dictionary relates a word to (see relativesOf), read where the word's entry
  // is in the index's JSON text rather than by parsing all of it: a query asks of a few dozen words, and
  // parsing the whole took longer. Ids out of range (a damaged cache) are dropped.
  private relativesOf(word: string): readonly number[] {
    const text = (this.relativesText ??= (typeof this.relatives === 'function' ? this.relatives() : this.relatives) ?? '');
    const key = `${JSON.stringify(word)}:[`;
    for (let at = text.indexOf(key); at > 0; at = text.indexOf(key, at + 1)) {
      // A key opens the object or follows an entry; anything else is inside another key.
      if (text[at - 1] !== '{' && text[at - 1] !== ',') continue;
      const end = text.indexOf(']', at + key.length);
      if (end < 0) return [];
      const body = text.slice(at + key.length, end);
      return body ? body.split(',').map(Number).filter((id) => Number.isInteger(id) && id >= 0 && id < this.stems.length) : [];
    }
    return [];
  }

  // The English words a misspelt word may stand for, with how well: those that keep its consonants, or
  // else the likeliest two.
  private englishReadings(word: string): Array<{ word: string; quality: number; alike: boolean; common: boolean }> {
    const found = englishSpellings(word);
    const alike = found.filter((r) => r.alike);
    return (alike.length ? alike : found).slice(0, MAX_READINGS).map((r) => ({ ...r, quality: ONE_SLIP_QUALITY + (r.alike ? 0.05 : 0) }));
  }

  // Stems a slip away from `st`: Fuse proposes, and a bounded edit distance (a swap counts as one edit)
  // decides: one edit, two in long words, the first letter kept. How a word sounds breaks ties ("irak"
  // is "iraq", not "iran").
  // (One edit more where only the vowels differ, or a letter for the same sound: a name spelt from another
  // script, "Zareef" for "Zarif", "Kassem" for "Qassim".)
  private nearSpellings(st: string): Array<{ stem: string; quality: number }> {
    const allowed = st.length >= LONG_WORD ? 2 : 1;
    const sound = soundKey(st);
    return this.fuzzy(st)
      // (A name's first vowel varies as it is spelt from another script: "Erbil", "Irbil", "Arbil"; so
      // does the letter for its first sound: "Kassem", "Qassim".)
      .filter((r) => (r.stem[0] === st[0] || (VOWELS.includes(r.stem[0]!) && VOWELS.includes(st[0]!)) || soundKey(r.stem[0]!) === sound[0]) && r.stem !== st)
      .map((r) => {
        const edits = editDistance(st, r.stem, allowed + 1, true);
        const heard = soundsAlike(soundKey(r.stem), sound);
        const quality = edits > allowed + 1 || (edits > allowed && !heard) ? 0 : (edits === 1 ? ONE_SLIP_QUALITY : 0.65) + (soundKey(r.stem) === sound ? 0.05 : 0);
        return { stem: r.stem, quality };
      })
      .filter((r) => r.quality > 0)
      .sort((a, b) => b.quality - a.quality || (a.stem < b.stem ? -1 : 1))
      .slice(0, MAX_EXPANSIONS);
  }
}

// Whether a table has the shape stemTable gives for this many stems: a power of two of slots, at least twice
// the stems. (Its contents are the cache's, checked by CRC; a lookup still compares the stem itself, so a
// wrong slot can only miss, never give another stem's id.)
function fitsStems(table: Int32Array, stems: number): boolean {
  return table.length >= 2 && table.length >= stems * 2 && (table.length & (table.length - 1)) === 0;
}

// Whether a word's stem is another English word than the word, its base forms and its relatives ("fare"
// - "far"; not "government" - "govern").
function stemCollides(word: string, st: string): boolean {
  return st !== word && isEnglishWord(st) && !baseForms(word).includes(st) && !relatedWords(word).includes(st);
}

// A word's base forms and its plural: the forms a dictionary entry may name it by.
function inflections(word: string): string[] {
  return [...baseForms(word), `${word}s`].filter((w) => w !== word);
}

// A stem this long is no near spelling of any word fuzzy matching takes (at most FUZZY_MAX_LENGTH letters,
// two edits away), and Fuse's work grows with it: one 50 MB "word" in a dataset made every fuzzy query
// take 30 s and 2.6 GB. Such stems still match exactly.
function spellable(st: string): boolean {
  return st.length <= FUZZY_MAX_LENGTH + 2;
}

function fuseOver(list: readonly string[]): Fuse<string> {
  return new Fuse(list, {
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
  });
}

function letterPairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function bigramIndex(vocab: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  vocab.forEach((word, id) => {
    if (!spellable(word)) return;
    for (const p of new Set(letterPairs(word))) {
      let list = map.get(p);
      if (!list) map.set(p, (list = []));
      list.push(id);
    }
  });
  return map;
}

/**
 * Dictionary matches of some words as text, a line each ("word<TAB>stem quality stem quality"): looked
 * up where they lie, so a start-up builds no object for the words its query does not hold.
 */
export function dictionaryText(entries: Iterable<readonly [string, ReadonlyArray<readonly [string, number]>]>): string {
  return keyedLines([...entries].map(([word, matches]) => [word, matches.map(([st, q]) => `${st} ${q}`).join(' ')] as const));
}

// A word's entry in a dictionaryText, if it has one.
function dictionaryEntry(text: string, word: string): Array<[string, number]> | undefined {
  const line = keyedLine(text, word);
  if (line === undefined) return undefined;
  const parts = line ? line.split(' ') : [];
  const out: Array<[string, number]> = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push([parts[i]!, Number(parts[i + 1])]);
  return out;
}
