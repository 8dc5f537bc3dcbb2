// What narrows and orders facts apart from relevance: filters, entity names, article order.
import type { Corpus } from './corpus.js';
import { usageError } from './errors.js';
import type { Dataset, Fact, FactType } from './model.js';
import { entityByAcronym } from './search.js';
import { didYouMean } from './suggest.js';

/** Filters shared by search and list. */
export interface FactFilter {
  type?: FactType | undefined;
  /** The dataset's own name of an entity (see Corpus.entityNamed). */
  entity?: string | undefined;
  question?: number | undefined;
}

/** Filters as a reader gives them: an entity by any name or alias, a question number unchecked. */
export interface FilterRequest {
  type?: FactType | undefined;
  entity?: string | undefined;
  question?: number | string | undefined;
}

/** Whether a fact passes the filters (entity given as the dataset's own name). */
export function passes(fact: Fact, filter: FactFilter): boolean {
  if (filter.type && fact.type !== filter.type) return false;
  if (filter.question !== undefined && fact.question !== filter.question) return false;
  if (filter.entity && !fact.entities.includes(filter.entity)) return false;
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
  if (request.type !== undefined) filter.type = request.type;
  if (request.entity !== undefined) {
    // (By its initials too, as search reads them: `--entity POTUS`.)
    const name = corpus.entityNamed(request.entity) ?? entityByAcronym(corpus, request.entity);
    if (!name) {
      const names = dataset.entities.flatMap((e) => [e.name, ...e.aliases]);
      throw usageError(`unknown entity "${request.entity}"${didYouMean(names, request.entity)}; see factq entities`);
    }
    filter.entity = name;
  }
  if (request.question !== undefined) filter.question = questionNumber(dataset, request.question);
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
