// A Corpus is a dataset with what queries need of it, each worked out on first use and kept: the search
// index, article order, entity kinds. Commands and the library are handed one; nothing is kept elsewhere.
import { SearchIndex } from './index/search-index.js';
import type { IndexSnapshot } from './index/snapshot.js';
import type { Dataset, Entity, EntityKind, Fact } from './model.js';
import { ENTITY_KINDS, FACT_TYPES } from './model.js';
import { isFiltering, listOf, passes } from './query.js';
import type { FactFilter } from './query.js';
import { articleRanks } from './query.js';
import { transientReader } from './lazy-dataset.js';
import { CHIEF_OFFICER, STOP_WORDS, asciiEscaped, asciiUnescaped, keyedIndexLine, keyedIndexLineIn, keyedKeys, keyedLines, keyedLookup, phraseRuns, restatementKey, stem, words } from './text/index.js';

/** Entity names and aliases of two words or more, as folded words joined by spaces -> the entity's name. */
export interface EntityPhrases {
  byWords: { get(words: string): string | undefined };
  /** The most words in any of them. */
  longest: number;
}

/** The article's questions as words (see Corpus.questionWords). */
export interface QuestionWords {
  sizes: ReadonlyMap<number, number>;
  byWord: ReadonlyMap<string, ReadonlySet<number>>;
  position: ReadonlyMap<number, number>;
}

/** What an acronym stands for: its words, and the entity they name, if they name one. */
export interface Acronym {
  phrase: readonly string[];
  entity?: string;
}

// Facts beyond this many are not read for acronyms: only entity names and aliases are.
const ACRONYM_FACTS = 5000;

/**
 * What the filters read of each fact, as columns: a filtered query on a dataset whose facts are parsed
 * only when read (a warm run) tests facts without parsing them. `type` holds indexes into FACT_TYPES,
 * `entities` indexes into the dataset's entities, fact d's from entityStart[d] to entityStart[d + 1].
 */
export interface FactColumns {
  question: Int32Array;
  type: Uint8Array;
  entityStart: Int32Array;
  entities: Int32Array;
}

/** A dataset's facts as filter columns. */
export function columnsOf(dataset: Dataset): FactColumns {
  const columns = new ColumnsBuilder(dataset.entities, dataset.facts.length);
  dataset.facts.forEach((f) => columns.add(f));
  return columns.finish();
}

/** Filter columns of `n` facts given one at a time, in order (see IndexBuilder). */
export class ColumnsBuilder {
  private readonly entityIndex: Map<string, number>;
  private readonly question: Int32Array;
  private readonly type: Uint8Array;
  private readonly entityStart: Int32Array;
  private readonly entities: number[] = [];
  private doc = 0;

  constructor(entities: Dataset['entities'], n: number) {
    this.entityIndex = new Map(entities.map((e, i) => [e.name, i]));
    this.question = new Int32Array(n);
    this.type = new Uint8Array(n);
    this.entityStart = new Int32Array(n + 1);
  }

  /** Add the next fact. */
  add(f: Fact): void {
    const d = this.doc++;
    this.question[d] = f.question;
    this.type[d] = FACT_TYPES.indexOf(f.type);
    for (const name of f.entities) this.entities.push(this.entityIndex.get(name)!);
    this.entityStart[d + 1] = this.entities.length;
  }

  /** The columns of the facts added. */
  finish(): FactColumns {
    return { question: this.question, type: this.type, entityStart: this.entityStart, entities: Int32Array.from(this.entities) };
  }
}

/**
 * The corpus's entity names as a keyedLines table, for Corpus's `names`: each name or alias, as folded
 * words, -> the entities it is a name of, in the dataset's order, between tabs (an entity whose name holds
 * a tab or line end is left out).
 */
export function entityNamesTable(corpus: Corpus): string {
  return asciiEscaped(keyedLines(tableRows(corpus.nameOwners(), (name) => name)));
}

// A table's rows from lists of things by key: the things' names between tabs, a name holding a tab or line
// end left out (and a key left with none).
function tableRows<T>(lists: ReadonlyMap<string, readonly T[]>, nameOf: (thing: T) => string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [key, list] of lists) {
    const names = list.map(nameOf).filter((n) => !/[\t\n]/.test(n));
    if (names.length) rows.push([key, names.join('\t')]);
  }
  return rows;
}

// Each name or alias of the entities, as folded words, -> the entities it is a name of, in their order.
function nameOwners(entities: readonly Entity[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (key: string, name: string): void => {
    const list = owners.get(key);
    if (!list) owners.set(key, [name]);
    else if (list[list.length - 1] !== name) list.push(name);
  };
  for (const e of entities) for (const n of [e.name, ...e.aliases]) add(words(n).join(' '), e.name);
  // A name whose opening words are particles ("al-Asad", "Ain al-Asad") is also the rest of it ("Asad",
  // "asad or irbil"), where no entity has that as a name of its own.
  for (const e of entities) {
    for (const n of [e.name, ...e.aliases]) {
      const list = words(n);
      let at = 0;
      while (at < list.length - 1 && NAME_PARTICLES.has(list[at]!)) at++;
      const rest = list.slice(at).join(' ');
      if (at > 0 && !owners.has(rest)) add(rest, e.name);
    }
  }
  return owners;
}
// Words opening a name that are not the name itself: Arabic articles and their forms ("al", "ain al", "ash");
// not those that are English words too ("as", "at", "an": "At Home" is no "Home").
const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ain', 'ash', 'ad', 'ar', 'az', 'ibn', 'bin', 'abu']);

// The countries and places by the first four letters of their names' words: an entity's own words find
// the few that may be in its names, not every one of a large dataset's (see Corpus.countriesOf).
function landsByPrefix(entities: readonly Entity[]): Map<string, Land[]> {
  const lands = new Map<string, Land[]>();
  for (const e of entities) {
    if (e.kind !== 'country' && e.kind !== 'place') continue;
    const land = { name: e.name, names: [e.name, ...e.aliases].map((n) => words(n)) };
    for (const key of new Set(land.names.flat().map((w) => w.slice(0, 4)))) {
      const list = lands.get(key);
      if (list) list.push(land);
      else lands.set(key, [land]);
    }
  }
  return lands;
}

/**
 * The entities as JSON, and each entity's kind, place in the list and place in that JSON by its name, as a
 * keyedLines table ("kind index from to"): a warm run reads the entities a question names without parsing
 * them all. A name holding a tab or line end is left out.
 */
export function entityKindsTable(entities: readonly Entity[]): { json: string; kinds: string } {
  const rows: Array<[string, string]> = [];
  const parts: string[] = [];
  // (Places in UTF-8 bytes: the JSON is read from the cache a block of bytes at a time.)
  let at = 1;
  entities.forEach((e, i) => {
    const one = JSON.stringify(e);
    const size = Buffer.byteLength(one, 'utf8');
    if (!/[\t\n]/.test(e.name)) rows.push([e.name, `${e.kind} ${i} ${at} ${at + size}`]);
    parts.push(one);
    at += size + 1;
  });
  return { json: `[${parts.join(',')}]`, kinds: asciiEscaped(keyedLines(rows)) };
}

/**
 * The countries and places by the first four letters of each word of their names, as a keyedLines table
 * (prefix -> their names between tabs, in the dataset's order): see Corpus.countriesOf.
 */
export function entityLandsTable(entities: readonly Entity[]): string {
  return asciiEscaped(keyedLines(tableRows(landsByPrefix(entities), (land) => land.name)));
}

// A keyedLines table in ASCII (see asciiEscaped) the cache or the build worked out, read when first used,
// and looked up through its index where it has one; a piece at a time where the cache can read it so (a
// large dataset's names are megabytes, of which a question looks up a few lines).
class GivenTable {
  private lookup: ((key: string) => string | undefined) | undefined;
  constructor(
    private text: string | (() => string | undefined) | undefined,
    private index: Int32Array | (() => Int32Array | undefined) | undefined,
    private readonly pieces?: TablePieces | undefined,
  ) {}

  /** Whether there is a table (read whole only where it cannot be read in pieces). */
  get given(): boolean {
    return this.pieces !== undefined || this.table !== undefined;
  }

  /** The table's text, whole; undefined when there is none. */
  get table(): string | undefined {
    if (typeof this.text === 'function') this.text = this.text();
    return this.text;
  }

  /** The value on a key's line (none for a key holding a tab or line end, which no line can). */
  line(key: string): string | undefined {
    if (key.includes('\t') || key.includes('\n')) return undefined;
    if (typeof this.index === 'function') this.index = this.index();
    const ascii = asciiEscaped(key);
    if (this.pieces && this.index) return asciiUnescapedOrNot(keyedIndexLineIn(this.pieces.read, this.pieces.length, this.index, ascii));
    const table = this.table;
    if (table === undefined) return undefined;
    return asciiUnescapedOrNot(this.index ? keyedIndexLine(table, this.index, ascii) : (this.lookup ??= keyedLookup(table))(ascii));
  }

  /** Every key, as written before it was escaped. */
  keys(): string[] {
    const table = this.table;
    return table === undefined ? [] : keyedKeys(table).map(asciiUnescaped);
  }
}

// A value read from a table in ASCII, as written.
function asciiUnescapedOrNot(value: string | undefined): string | undefined {
  return value === undefined ? undefined : asciiUnescaped(value);
}

/** A table kept in ASCII, read a piece at a time: `read(from, to)` of `length` characters in all. */
export interface TablePieces {
  length: number;
  read: (from: number, to: number) => string;
}

// A country or place, with its names as folded words (see Corpus.countriesOf).
interface Land {
  name: string;
  names: string[][];
}

// Where the kinds table puts an entity (see entityKindsTable).
interface KeptEntity {
  kind: EntityKind;
  at: number;
  from: number;
  to: number;
}

/** Each fact's asks as restatement keys, for Corpus's `asked`: a string per fact, in article order. */
export function encodeRestatements(corpus: Corpus): string[] {
  return corpus.factsInArticleOrder().map((f) => (f.asks ?? []).map((q) => restatementKey(q).join(' ')).join('\n'));
}

/** A dataset and its derived structures, built lazily. */
// The most words of a name looked up in a dataset's names table: no name of an entity runs longer.
const LONGEST_NAME = 12;

export class Corpus {
  private ranks: Int32Array | undefined;
  private byRank: Int32Array | undefined;
  private built: SearchIndex | undefined;
  private byName: Map<string, Entity> | undefined;
  // The countries and places, by the first four letters of each word of their names (see countriesOf).
  private lands: Map<string, Land[]> | undefined;
  private readonly countries = new Map<string, readonly string[]>();
  private questions: QuestionWords | undefined;

  private readonly snapshot: IndexSnapshot | undefined;
  private readonly onProgress: ((done: number, total: number) => void) | undefined;
  private columnsGiven: FactColumns | (() => FactColumns) | undefined;
  private phrases: EntityPhrases | undefined;
  private phraseWordList: readonly string[] | undefined;
  private acronyms: Map<string, Acronym> | undefined;
  private readonly askKeys = new Map<number, ReadonlyArray<readonly string[]>>();
  private readonly asked: readonly string[] | undefined;
  private names: ReadonlyMap<string, string> | undefined;
  private owners: ReadonlyMap<string, readonly string[]> | undefined;
  private readonly namesGiven: GivenTable;
  private readonly kindsGiven: GivenTable;
  private readonly entityJson: ((from: number, to: number) => string | undefined) | undefined;
  private readonly entitiesRead = new Map<string, Entity | undefined>();
  private readonly landsGiven: GivenTable;
  private readonly landsRead = new Map<string, Land>();

  /**
   * `known`: what was worked out for this dataset before, by the cache or (for the bundled one) the build:
   * its index `snapshot`, its entity `names`, each fact's rank in article `order`.
   */
  constructor(
    readonly dataset: Dataset,
    known: {
      snapshot?: IndexSnapshot | undefined;
      /**
       * Every entity name and alias, folded, -> its entity, as a keyedLines table (see entityNamesTable), or a
       * function that reads it when first needed.
       */
      names?: string | (() => string | undefined) | undefined;
      /** The names table's lines by hash (see keyedIndex), for a large table. */
      namesIndex?: Int32Array | (() => Int32Array | undefined) | undefined;
      /** Each entity's kind and places by name (see entityKindsTable), or a function that reads it, with its index. */
      kinds?: (() => string | undefined) | undefined;
      kindsIndex?: (() => Int32Array | undefined) | undefined;
      /** The countries and places by prefix (see entityLandsTable), read when first needed, with its index. */
      lands?: (() => string | undefined) | undefined;
      landsIndex?: (() => Int32Array | undefined) | undefined;
      /** The names, kinds and lands tables read a piece at a time, where the cache can (see TablePieces). */
      pieces?: ((table: 'names' | 'kinds' | 'lands') => TablePieces | undefined) | undefined;
      /** Bytes `from` to `to` of the entities' JSON the kinds table points into, as text. */
      entityJson?: ((from: number, to: number) => string | undefined) | undefined;
      order?: Int32Array | undefined;
      /** The filter columns, or a function that reads them when a filter first needs them. */
      columns?: FactColumns | (() => FactColumns) | undefined;
      /**
       * Each fact's asks as restatement keys (see restatementKey), by the fact's rank in article order: a
       * line per ask, its key's words between spaces (see encodeRestatements).
       */
      asked?: readonly string[] | undefined;
      /** Told how building the index goes, when it is built. */
      onProgress?: ((done: number, total: number) => void) | undefined;
    } = {},
  ) {
    this.onProgress = known.onProgress;
    this.snapshot = known.snapshot;
    this.namesGiven = new GivenTable(known.names, known.namesIndex, known.pieces?.('names'));
    this.kindsGiven = new GivenTable(known.kinds, known.kindsIndex, known.pieces?.('kinds'));
    this.entityJson = known.entityJson;
    this.landsGiven = new GivenTable(known.lands, known.landsIndex, known.pieces?.('lands'));
    this.ranks = known.order;
    this.columnsGiven = known.columns;
    this.asked = known.asked;
  }

  /** A fact's asks as restatement keys (see restatementKey), worked out once: `rank` is its article rank. @internal */
  restatements(fact: Fact, rank: number): ReadonlyArray<readonly string[]> {
    let keys = this.askKeys.get(rank);
    if (!keys) {
      const encoded = this.asked?.[rank];
      keys = encoded === undefined ? (fact.asks ?? []).map(restatementKey) : encoded ? encoded.split('\n').map((line) => line.split(' ')) : [];
      this.askKeys.set(rank, keys);
    }
    return keys;
  }

  /** Which facts (by index) pass a filter; undefined when it filters nothing. From columns when known. @internal */
  accepts(filter: FactFilter): ((doc: number) => boolean) | undefined {
    if (!isFiltering(filter)) return undefined;
    if (typeof this.columnsGiven === 'function') this.columnsGiven = this.columnsGiven();
    const c = this.columnsGiven;
    if (!c) return (doc) => passes(this.dataset.facts[doc]!, filter);
    const types = listOf(filter.type)?.map((t) => FACT_TYPES.indexOf(t));
    const questions = listOf(filter.question);
    const entities = listOf(filter.entity)?.map((name) => {
      const kept = this.keptEntity(name);
      return kept === null ? -1 : kept ? kept.at : this.dataset.entities.findIndex((e) => e.name === name);
    });
    return (doc) => {
      if (types && !types.includes(c.type[doc]!)) return false;
      if (questions && !questions.includes(c.question[doc]!)) return false;
      if (entities)
        for (const entity of entities) {
          let found = false;
          for (let k = c.entityStart[doc]!; k < c.entityStart[doc + 1]! && !found; k++) found = c.entities[k] === entity;
          if (!found) return false;
        }
      return true;
    };
  }

  /** Each fact's rank in article order. @internal */
  get order(): Int32Array {
    return (this.ranks ??= articleRanks(this.dataset.facts));
  }

  /** The search index, restored from the snapshot given or built now. @internal */
  get index(): SearchIndex {
    return (this.built ??= this.snapshot
      ? new SearchIndex(this.dataset.facts, this.order, this.snapshot)
      : SearchIndex.build(this.dataset, this.order, this.onProgress));
  }

  /**
   * The facts passing a filter, in article order, one at a time: a dataset read lazily from a large file
   * keeps none of them (see transientReader), and the filter reads the columns where they are known.
   * @internal
   */
  *eachInArticleOrder(filter: FactFilter): Generator<Fact> {
    const ranks = this.order;
    const byRank = new Int32Array(ranks.length);
    for (let doc = 0; doc < ranks.length; doc++) byRank[ranks[doc]!] = doc;
    const accept = this.accepts(filter);
    const { facts } = this.dataset;
    const read = transientReader(facts) ?? ((doc: number): Fact => facts[doc]!);
    for (let rank = 0; rank < byRank.length; rank++) {
      const doc = byRank[rank]!;
      if (!accept || accept(doc)) yield read(doc);
    }
  }

  /** The fact just before a rank in article order, if any (read alone from a large file). @internal */
  factBefore(rank: number): Fact | undefined {
    if (rank < 1) return undefined;
    if (this.byRank === undefined) {
      const ranks = this.order;
      this.byRank = new Int32Array(ranks.length);
      for (let doc = 0; doc < ranks.length; doc++) this.byRank[ranks[doc]!] = doc;
    }
    const doc = this.byRank[rank - 1];
    return doc === undefined ? undefined : this.dataset.facts[doc];
  }

  /** The dataset's facts in article order: by paragraph, then as the dataset lists them. @internal */
  factsInArticleOrder(): Fact[] {
    const ranks = this.order;
    const ordered = new Array<Fact>(ranks.length);
    this.dataset.facts.forEach((fact, doc) => (ordered[ranks[doc]!] = fact));
    return ordered;
  }

  /**
   * Every entity name and alias, as folded words joined by spaces -> the entity's name: the first entity
   * in the dataset with it.
   * @internal
   */
  entityNames(): ReadonlyMap<string, string> {
    return (this.names ??= new Map([...this.nameOwners()].map(([key, list]) => [key, list[0]!])));
  }

  /** Every entity name and alias, as folded words joined by spaces -> the entities it is a name of, in the dataset's order. @internal */
  nameOwners(): ReadonlyMap<string, readonly string[]> {
    return (this.owners ??= nameOwners(this.dataset.entities));
  }

  /** The entity a name or alias is of (compared as folded words): the first in the dataset with it. @internal */
  entityNamed(name: string): string | undefined {
    return this.named(words(name).join(' '));
  }

  // A name's entity, by its folded words: from the table worked out before (a large dataset's names need
  // not all be folded for a query's few), else from entityNames.
  private named(key: string): string | undefined {
    if (!this.namesGiven.given) return this.entityNames().get(key);
    const line = this.namesGiven.line(key);
    const tab = line?.indexOf('\t') ?? -1;
    return tab < 0 ? line : line!.slice(0, tab);
  }

  /**
   * Every entity a single word is a name or alias of (compared as folded words), in the dataset's order:
   * from the names table where there is one.
   * @internal
   */
  entitiesNamed(word: string): string[] {
    const key = words(word).join(' ');
    if (!this.namesGiven.given) return [...(this.nameOwners().get(key) ?? [])];
    return this.namesGiven.line(key)?.split('\t') ?? [];
  }

  /** The entities of these names, in the dataset's order: each read alone where the cache allows. @internal */
  entitiesOf(names: readonly string[]): Entity[] {
    if (!this.byName && this.kindsGiven.given) {
      const kept = names.map((n) => ({ n, at: this.keptEntity(n) }));
      if (kept.every((k) => k.at !== undefined)) {
        const found = kept.filter((k) => k.at !== null).sort((a, b) => a.at!.at - b.at!.at);
        const list = [...new Set(found.map((k) => k.n))].map((n) => this.entity(n));
        if (list.every((e) => e !== undefined)) return list;
      }
    }
    const wanted = new Set(names);
    return this.dataset.entities.filter((e) => wanted.has(e.name));
  }

  /**
   * The words of entity names and aliases of two words or more, of three letters or more, each once: read
   * from the names table where there is one (a large dataset's entities are not all parsed for them).
   * @internal
   */
  phraseWords(): readonly string[] {
    if (this.phraseWordList) return this.phraseWordList;
    const keys = this.namesGiven.given ? this.namesGiven.keys() : this.entityNames().keys();
    const found = new Set<string>();
    for (const key of keys) if (key.includes(' ')) for (const w of key.split(' ')) if (w.length >= 3) found.add(w);
    return (this.phraseWordList = [...found]);
  }

  /** Entity names and aliases of two words or more, as folded words joined by spaces -> the entity's name. @internal */
  entityPhrases(): EntityPhrases {
    if (this.phrases) return this.phrases;
    if (this.namesGiven.given) {
      // Of up to LONGEST_NAME words: a query tries its own few runs of words, each found in place, rather
      // than walk a large dataset's table for its longest name. (Unbounded, a question of a few hundred words
      // tried every run of every length: seconds.)
      return (this.phrases = { byWords: { get: (key) => (key.includes(' ') ? this.named(key) : undefined) }, longest: LONGEST_NAME });
    }
    const byWords = new Map<string, string>();
    let longest = 0;
    for (const [key, entity] of this.entityNames()) {
      const count = key.split(' ').length;
      if (count < 2) continue;
      byWords.set(key, entity);
      longest = Math.max(longest, count);
    }
    return (this.phrases = { byWords, longest });
  }

  /**
   * What an acronym of the data stands for ("fm" -> the entity Javad Zarif, by its alias "foreign
   * minister"; "potus" -> "president of the united states", as a fact says it): the initials of entity
   * names and aliases, and of runs of three to six words in the facts (of a dataset of at most 5,000 facts:
   * a larger one's facts are not read for this, only its names). Initials that two phrases share stand
   * for neither.
   * @internal
   */
  acronym(word: string): Acronym | undefined {
    if (!this.acronyms) {
      // Names first: a phrase of the facts does not take initials a name has.
      const names = new Map<string, Acronym | null>();
      const runs = new Map<string, Acronym | null>();
      const add = (into: Map<string, Acronym | null>, key: string, acronym: Acronym): void => {
        if (key.length < 2) return;
        const had = into.get(key);
        if (had === undefined) into.set(key, acronym);
        else if (had !== null && had.entity !== acronym.entity) into.set(key, postOf(had, acronym) ?? null);
        else if (had !== null && had.entity === undefined && had.phrase.join(' ') !== acronym.phrase.join(' ')) into.set(key, null);
      };
      const initials = (list: readonly string[]): string => list.map((w) => w[0]).join('');
      // Initials two names share stand for a person's post before anything else ("FM": the foreign
      // minister, not the foreign media): posts are what people shorten so.
      const person = (a: Acronym): boolean => a.entity !== undefined && this.entityKind(a.entity) === 'person';
      const postOf = (a: Acronym, b: Acronym): Acronym | undefined => (person(a) === person(b) ? undefined : person(a) ? a : b);
      for (const e of this.dataset.entities) {
        // (A person's own name gives no two letters: "MP" is a member of parliament, not Martin Pybus; "JFK"
        // and a post's, "FM", stand.)
        const own = e.kind === 'person' ? (name: string): boolean => name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) : (): boolean => false;
        for (const name of [e.name, ...e.aliases]) {
          const list = words(name);
          if (list.length < 2) continue;
          const short = own(name) ? 3 : 2;
          // "Ministry of Defence": MoD, and MD.
          for (const key of [initials(list), initials(list.filter((w) => !STOP_WORDS.has(w)))]) if (key.length >= short) add(names, key, { entity: e.name, phrase: list });
        }
      }
      if (this.dataset.facts.length <= ACRONYM_FACTS) {
        for (const fact of this.dataset.facts) {
          // (Runs within a phrase: "Trump's first reaction" makes no "TF".)
          for (const list of phraseRuns(fact.text)) {
            for (let i = 0; i < list.length; i++) {
              if (STOP_WORDS.has(list[i]!)) continue;
              // (Three words or more: two letters are too many things' initials to read from any two words of
              // the facts, "A&E" as "American embassy"; a name's or an alias's two, "FM", still stand.)
              for (let n = 3; n <= 6 && i + n <= list.length; n++) {
                const run = list.slice(i, i + n);
                // Every word's initial, as "president of the United States" makes POTUS.
                if (!STOP_WORDS.has(run[n - 1]!)) add(runs, initials(run), { phrase: run });
              }
            }
          }
        }
      }
      this.acronyms = new Map();
      for (const [key, acronym] of runs) if (acronym) this.acronyms.set(key, acronym);
      for (const [key, acronym] of names) {
        if (acronym) this.acronyms.set(key, acronym);
        else this.acronyms.delete(key);
      }
    }
    // ("CEO", "CFO": a chief's post, its "officer" often left unsaid: "chief executive".)
    const chief = CHIEF_OFFICER.test(word) && !this.acronyms.has(word) ? this.acronyms.get(word.slice(0, -1)) : undefined;
    return chief?.phrase[0] === 'chief' ? chief : this.acronyms.get(word);
  }

  /**
   * The article's questions as words: how many distinct words each has, the questions each word is in (a
   * set, in article order), and each question's place in the article.
   * @internal
   */
  questionWords(): QuestionWords {
    if (!this.questions) {
      const sizes = new Map<number, number>();
      const byWord = new Map<string, Set<number>>();
      const position = new Map<number, number>();
      this.dataset.article.questions.forEach((q, i) => {
        position.set(q.number, i);
        const distinct = new Set(words(q.text));
        sizes.set(q.number, distinct.size);
        // Each word under itself and its stem, so "Iran's" and "irans", "attacks" and "attack" meet.
        for (const w of new Set([...distinct, ...[...distinct].map(stem)])) {
          const set = byWord.get(w);
          if (set) set.add(q.number);
          else byWord.set(w, new Set([q.number]));
        }
      });
      this.questions = { sizes, byWord, position };
    }
    return this.questions;
  }

  /** The entity of this name (the dataset's own name of it; see entityNamed for an alias). @internal */
  entity(name: string): Entity | undefined {
    if (!this.byName) {
      const kept = this.keptEntity(name);
      if (kept === null) return undefined;
      if (kept !== undefined && !this.entitiesRead.has(name)) this.entitiesRead.set(name, this.entityAt(name, kept));
      const e = this.entitiesRead.get(name);
      if (e) return e;
    }
    this.byName ??= new Map(this.dataset.entities.map((e) => [e.name, e]));
    return this.byName.get(name);
  }

  // One entity parsed from its place in the entities' JSON; undefined when that is not it.
  private entityAt(name: string, kept: KeptEntity): Entity | undefined {
    if (!(kept.from >= 0 && kept.from < kept.to)) return undefined;
    try {
      const text = this.entityJson?.(kept.from, kept.to);
      if (text === undefined) return undefined;
      const e = JSON.parse(text) as Entity;
      return e.name === name ? e : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The countries (or places, as a dataset made by extract may call them) an entity's names hold: itself
   * when it is one, and any whose name, or its people's word, is among its own words ("Iranian military" is
   * Iran's, "Tehran", alias "Iranian leadership", too). Worked out once per entity.
   * @internal
   */
  countriesOf(name: string): readonly string[] {
    let found = this.countries.get(name);
    if (found) return found;
    const e = this.entity(name);
    if (!e) return [];
    const own = [e.name, ...e.aliases].flatMap((n) => words(n));
    const holds = (w: string): boolean => own.some((o) => o === w || (o.length >= 4 && w.length >= 4 && o.slice(0, 4) === w.slice(0, 4)));
    const candidates = new Set(own.flatMap((w) => this.landsAt(w.slice(0, 4))));
    const held = [...candidates].filter((l) => l.name !== name && l.names.some((n) => n.every(holds))).map((l) => l.name);
    found = e.kind === 'country' || e.kind === 'place' ? [e.name, ...held] : held;
    this.countries.set(name, found);
    return found;
  }

  // The countries and places with a word of their names opening so: from the table the cache kept (each
  // read alone), else from every entity, once.
  private landsAt(prefix: string): readonly Land[] {
    if (this.lands || !this.landsGiven.given) return (this.lands ??= landsByPrefix(this.dataset.entities)).get(prefix) ?? [];
    const line = this.landsGiven.line(prefix);
    const found: Land[] = [];
    for (const name of line === undefined ? [] : line.split('\t')) {
      let land = this.landsRead.get(name);
      if (!land) {
        const e = this.entity(name);
        if (!e) return (this.lands ??= landsByPrefix(this.dataset.entities)).get(prefix) ?? [];
        land = { name: e.name, names: [e.name, ...e.aliases].map((n) => words(n)) };
        this.landsRead.set(name, land);
      }
      found.push(land);
    }
    return found;
  }

  /** The kind of a named entity. @internal */
  entityKind(name: string): EntityKind | undefined {
    const kept = this.byName ? undefined : this.keptEntity(name);
    return kept === undefined ? this.entity(name)?.kind : (kept?.kind ?? undefined);
  }

  // An entity's kind, place in the list and place in the entities' JSON, from the table the cache kept (see
  // entityKindsTable): a large dataset's entities are not all parsed for the few a question asks about.
  // Undefined when there is no such table to ask; null when the dataset has no such entity.
  private keptEntity(name: string): KeptEntity | null | undefined {
    if (!this.kindsGiven.given || /[\t\n]/.test(name)) return undefined;
    const line = this.kindsGiven.line(name);
    if (line === undefined) return null;
    const [kind, at, from, to] = line.split(' ');
    if (!(ENTITY_KINDS as readonly string[]).includes(kind!)) return undefined;
    return { kind: kind as EntityKind, at: Number(at), from: Number(from), to: Number(to) };
  }
}
