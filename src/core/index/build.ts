// Building the inverted index: each fact's words, by field, as stems with the field's weight.
import { IRREGULAR_COMPARISONS, MODAL_VERBS, WordTable, irregularBases, kindWords, mutualRelatives, nearWords, stem, words } from '../text/index.js';
import type { Dataset, Fact } from '../model.js';
import type { IndexSnapshot } from './snapshot.js';

/** What starts the index term of an entity as a whole: no typed word can start so. */
export const ENTITY_PREFIX = '@';

/** The index term of an entity as a whole. */
export function entityTerm(name: string): string {
  return `${ENTITY_PREFIX}${name}`;
}

/** How much a match in each part of a fact counts, in tenths (postings store the weight as an integer). */
export const FIELD_WEIGHTS = {
  text: 10,
  quote: 9,
  numbers: 8,
  asks: 8,
  entities: 6,
  attribution: 5,
} as const;

/**
 * Index facts, filling `ids` and `vocab` with the stems met. At 100,000 facts this is most of a first run,
 * so the hot paths use typed arrays, make nothing per word, and call no function per word.
 */
export function buildIndex(
  dataset: Pick<Dataset, 'facts' | 'entities'>,
  ids: Map<string, number>,
  vocab: string[],
  onProgress?: (done: number, total: number) => void,
): IndexSnapshot {
  const n = dataset.facts.length;
  const builder = new IndexBuilder(dataset.entities, n, ids, vocab);
  for (let doc = 0; doc < n; doc++) {
    // Told every 4,096 facts: a call per fact would cost more than it tells.
    if (onProgress && (doc & 4095) === 0) onProgress(doc, n);
    builder.add(dataset.facts[doc]!);
  }
  onProgress?.(n, n);
  return builder.finish();
}

/**
 * The index of `n` facts given one at a time, in order: a file too large to hold as objects is indexed as
 * it is read, each fact dropped once added.
 */
export class IndexBuilder {
  private readonly docLength: Uint16Array;
  private readonly table: WordTable;
  // The data's distinct words, for the index of relatives.
  private readonly distinct: string[] = [];
  private readonly memo = new Map<string, Int32Array>();
  // Figures by unit, then value: the same words as `${value} ${unit}`, without making that string per figure.
  private readonly figures = new Map<string, Map<number, Int32Array>>();
  private readonly entityIds = new Map<string, Int32Array>();
  // The best weight each stem has in the current fact, and the stems it has, reset after every fact.
  private best = new Uint8Array(1024);
  private seen = new Int32Array(256);
  private seenCount = 0;
  // Each fact's stems with their weights (`stem id * 16 + weight`), facts one after another: fact d's run
  // ends at factEnd[d]. Sized for typical facts; a counting sort by stem makes the postings at the end.
  private marks: Int32Array;
  private markCount = 0;
  private readonly factEnd: Int32Array;
  private doc = 0;

  constructor(
    entities: Dataset['entities'],
    private readonly n: number,
    private readonly ids: Map<string, number> = new Map(),
    private readonly vocab: string[] = [],
  ) {
    this.docLength = new Uint16Array(n);
    this.factEnd = new Int32Array(n);
    this.marks = new Int32Array(Math.max(1 << 16, n * 32));
    // The table resolves each distinct word once.
    this.table = new WordTable((word) => {
      this.distinct.push(word);
      return this.idOf(stem(word));
    });
    // An entity is indexed by the words of its names and by one term of its own (entityTerm), which a
    // query naming it by a phrase ("state TV") matches as a whole.
    // (An alias naming it by its relation to a person, "Trump's opponents" for the Democrats, is indexed
    // without the person's name: a fact about the Democrats is not about Trump. "Iran's foreign minister"
    // is Iran's still.)
    const people = new Set(entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases.filter((a) => !HAS_POSSESSIVE.test(a))]).flatMap((n) => words(n)));
    for (const e of entities)
      this.entityIds.set(e.name, Int32Array.from([this.idOf(entityTerm(e.name)), ...[e.name, ...e.aliases.map((a) => withoutPossessor(a, people))].flatMap((t) => [...this.idsOf(t)])]));
  }

  // Folded word -> stem id: one lookup per word occurrence, the stemming done once per distinct word.
  private idOf(st: string): number {
    let id = this.ids.get(st);
    if (id === undefined) {
      id = this.vocab.length;
      this.ids.set(st, id);
      this.vocab.push(st);
    }
    return id;
  }

  private idsOf(text: string): Int32Array {
    const count = this.table.scan(text); // first: a long text replaces table.found
    return this.table.found.slice(0, count);
  }

  private memoIds(text: string): Int32Array {
    let found = this.memo.get(text);
    if (!found) this.memo.set(text, (found = this.idsOf(text)));
    return found;
  }

  private figureIds(value: number, unit: string): Int32Array {
    let byValue = this.figures.get(unit);
    if (!byValue) this.figures.set(unit, (byValue = new Map()));
    let found = byValue.get(value);
    if (!found) byValue.set(value, (found = this.idsOf(`${value} ${unit}`)));
    return found;
  }

  private mark(list: Int32Array, count: number, weight: number): void {
    if (this.vocab.length > this.best.length) {
      const grown = new Uint8Array(this.vocab.length * 2);
      grown.set(this.best);
      this.best = grown;
    }
    if (this.seenCount + count > this.seen.length) {
      const grown = new Int32Array((this.seenCount + count) * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    const { best, seen } = this;
    for (let k = 0; k < count; k++) {
      const id = list[k]!;
      const had = best[id]!;
      if (had === 0) seen[this.seenCount++] = id;
      if (had < weight) best[id] = weight;
    }
  }

  private markProse(text: string, weight: number): number {
    const count = this.table.scan(text);
    this.mark(this.table.found, count, weight);
    return count;
  }

  private markAll(list: Int32Array, weight: number): void {
    this.mark(list, list.length, weight);
  }

  /** Index the next fact. */
  add(fact: Fact): void {
    const doc = this.doc++;
    let prose = this.markProse(fact.text, FIELD_WEIGHTS.text);
    if (fact.quote) prose += this.markProse(fact.quote.text, FIELD_WEIGHTS.quote);
    this.docLength[doc] = Math.min(65535, prose);
    if (fact.numbers) for (const num of fact.numbers) this.markAll(this.figureIds(num.value, num.unit), FIELD_WEIGHTS.numbers);
    if (fact.asks) for (const a of fact.asks) this.markProse(a, FIELD_WEIGHTS.asks);
    for (const name of fact.entities) this.markAll(this.entityIds.get(name) ?? this.memoIds(name), FIELD_WEIGHTS.entities);
    if (fact.attribution !== 'article') this.markProse(fact.attribution, FIELD_WEIGHTS.attribution);
    const { seen, best } = this;
    if (this.markCount + this.seenCount > this.marks.length) {
      const grown = new Int32Array(Math.max(this.marks.length * 2, this.markCount + this.seenCount));
      grown.set(this.marks);
      this.marks = grown;
    }
    const { marks } = this;
    for (let k = 0; k < this.seenCount; k++) {
      const id = seen[k]!;
      marks[this.markCount++] = id * 16 + best[id]!;
      best[id] = 0;
    }
    this.seenCount = 0;
    this.factEnd[doc] = this.markCount;
  }

  /** The index of the facts added (all `n` of them). */
  finish(): IndexSnapshot {
    const { vocab, marks, markCount, factEnd, n } = this;
    if (this.doc !== n) throw new Error(`IndexBuilder: ${this.doc} facts added of ${n}`);
    // A counting sort by stem keeps each run in fact order.
    const offsets = new Int32Array(vocab.length + 1);
    for (let p = 0; p < markCount; p++) offsets[(marks[p]! >> 4) + 1]!++;
    for (let id = 0; id < vocab.length; id++) offsets[id + 1]! += offsets[id]!;
    const postings = new Int32Array(markCount);
    const next = offsets.slice(0, vocab.length);
    for (let doc = 0, p = 0; doc < n; doc++) {
      for (const end = factEnd[doc]!; p < end; p++) postings[next[marks[p]! >> 4]!++] = doc * 16 + (marks[p]! & 15);
    }
    return { vocab, offsets, postings, docLength: this.docLength, relatives: JSON.stringify(relativesOf(this.distinct, this.ids)) };
  }
}

/** The key before a word under which relativesOf lists the data words that are kinds of it ("^rocket": missiles). */
export const KIND_OF = '^';
/** The key before a word under which relativesOf lists the data's irregular forms of it ("=begin": began). */
export const FORM_OF = '=';

/**
 * For each word the English dictionary relates to a word of the data (a synonym, a derivation, a word near
 * in meaning; not the more general verbs of relatedWords), the ids of those data stems. Read backwards, it
 * finds the data's words whose dictionary entries name a query word, or share a relative with it ("barrage"
 * and "attack" both relate to "onslaught"); and, under KIND_OF, the data's words that are kinds of a word.
 */
export function relativesOf(dataWords: Iterable<string>, ids: ReadonlyMap<string, number>): Record<string, number[]> {
  const out = new Map<string, Set<number>>();
  for (const w of dataWords) {
    const id = ids.get(stem(w));
    // (The data's "can" is the modal, whatever the dictionary relates the tin's or the dismissal's to.)
    if (id === undefined || !/^[a-z]/.test(w) || MODAL_VERBS.has(w)) continue;
    // (And the dictionary forms an irregular form of the data is of, "begin" for "began": see FORM_OF.)
    const irregular = IRREGULAR_COMPARISONS.has(w) ? [] : irregularBases(w).filter((b) => stem(b) !== stem(w)).map((b) => `${FORM_OF}${b}`);
    for (const r of [...mutualRelatives(w), ...nearWords(w).direct, ...kindWords(w).map((k) => `${KIND_OF}${k}`), ...irregular]) {
      let set = out.get(r);
      if (!set) out.set(r, (set = new Set()));
      set.add(id);
    }
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, set]) => [r, [...set].sort((a, b) => a - b)]));
}

// A word with a possessive ending ("Trump's", "Iran's"): each one, and whether there is one.
const POSSESSIVE_WORD = /(^|\s)([^\s']+)['\u2019]s?(?=\s|$)/g;
const HAS_POSSESSIVE = /(?:^|\s)[^\s']+['\u2019]s?(?=\s|$)/;
// An alias without a person it names as a possessor ("Trump's opponents" -> "opponents"); the person by
// the words of their name, or of an alias naming no one else ("Iran's supreme leader" names Iran).
function withoutPossessor(alias: string, people: ReadonlySet<string>): string {
  return alias.replace(POSSESSIVE_WORD, (m, space: string, owner: string) => (words(owner).every((w) => people.has(w)) ? space : m));
}
