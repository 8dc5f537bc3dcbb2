// What narrows and orders facts apart from relevance: filters, entity names, article order.
import type { Corpus } from './corpus.js';
import { usageError } from './errors.js';
import type { Dataset, Fact, FactType } from './model.js';
import { entityByAcronym } from './search.js';
import { didYouMean } from './suggest.js';

/**
 * Filters shared by search and list. Several types or questions: a fact of any of them (a fact has one);
 * several entities: a fact naming every one, as `--label a --label b` means both in gh.
 */
export interface FactFilter {
  type?: FactType | readonly FactType[] | undefined;
  /** The dataset's own name of an entity (see Corpus.entityNamed). */
  entity?: string | readonly string[] | undefined;
  question?: number | readonly number[] | undefined;
}

/** Filters as a reader gives them: an entity by any name or alias, a question number unchecked. */
export interface FilterRequest {
  type?: FactType | readonly FactType[] | undefined;
  entity?: string | readonly string[] | undefined;
  question?: number | string | ReadonlyArray<number | string> | undefined;
}

/** A filter's value as a list: none given is undefined. @internal */
export function listOf<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** Whether a fact passes the filters (entity given as the dataset's own name). */
export function passes(fact: Fact, filter: FactFilter): boolean {
  const types = listOf(filter.type);
  if (types && !types.includes(fact.type)) return false;
  const questions = listOf(filter.question);
  if (questions && !questions.includes(fact.question)) return false;
  const entities = listOf(filter.entity);
  if (entities && !entities.every((e) => fact.entities.includes(e))) return false;
  return true;
}

/** Whether a filter filters anything. */
export function isFiltering(filter: FactFilter): boolean {
  return filter.type !== undefined || filter.entity !== undefined || filter.question !== undefined;
}

/** A question number the dataset has, or a usage error listing the valid ones. */
export function questionNumber(dataset: Dataset, value: string | number): number {
  const numbers = dataset.article.questions.map((q) => q.number);
  const n = Number(value);
  if (!numbers.includes(n)) throw usageError(`no question "${String(value)}": the article's questions are ${numbers.join(', ')}`);
  return n;
}

/** A checked filter from a reader's request: unknown entities and questions are usage errors. */
export function filterFrom(corpus: Corpus, request: FilterRequest): FactFilter {
  const { dataset } = corpus;
  const filter: FactFilter = {};
  // (An empty list filters nothing, as none given.)
  const types = listOf(request.type);
  if (types?.length) filter.type = types.length === 1 ? types[0]! : [...new Set(types)];
  const entities = listOf(request.entity);
  if (entities?.length) {
    const names = entities.map((asked) => {
      // (By its initials too, as search reads them: `--entity POTUS`.)
      const name = corpus.entityNamed(asked) ?? entityByAcronym(corpus, asked);
      if (!name) {
        const known = dataset.entities.flatMap((e) => [e.name, ...e.aliases]);
        throw usageError(`unknown entity "${asked}"${didYouMean(known, asked)}; see factq entities`);
      }
      return name;
    });
    filter.entity = names.length === 1 ? names[0]! : [...new Set(names)];
  }
  const questions = listOf(request.question);
  if (questions?.length) {
    const numbers = questions.map((q) => questionNumber(dataset, q));
    filter.question = numbers.length === 1 ? numbers[0]! : [...new Set(numbers)];
  }
  return filter;
}

/** Each fact's rank in article order: by paragraph, then as listed. */
export function articleRanks(facts: readonly Fact[]): Int32Array {
  return paragraphRanks(Float64Array.from(facts, (f) => f.paragraph));
}

/** Each fact's rank in article order, from each fact's paragraph: by paragraph, then as listed. */
export function paragraphRanks(paragraphs: Float64Array): Int32Array {
  const n = paragraphs.length;
  const ranks = new Int32Array(n);
  // Datasets are usually listed in article order already: then each fact's rank is its place.
  if (paragraphs.every((p, i) => i === 0 || paragraphs[i - 1]! <= p)) ranks.forEach((_, i) => (ranks[i] = i));
  else if (paragraphs.every((p) => Number.isInteger(p) && p >= 0 && p <= 8 * n + 1024)) {
    // Paragraph numbers in a range the size of the dataset: a counting sort, in listing order within one.
    const start = new Int32Array(paragraphs.reduce((a, b) => Math.max(a, b), 0) + 2);
    for (const p of paragraphs) start[p + 1]!++;
    for (let p = 1; p < start.length; p++) start[p]! += start[p - 1]!;
    paragraphs.forEach((p, doc) => (ranks[doc] = start[p]!++));
  } else {
    const idx = Array.from(paragraphs, (_, i) => i);
    idx.sort((a, b) => paragraphs[a]! - paragraphs[b]! || a - b);
    idx.forEach((doc, rank) => (ranks[doc] = rank));
  }
  return ranks;
}
