// Search: from a reader's query to the best facts. The analyzer turns the query into stems, the index
// ranks the facts holding them, filters narrow the result.
import type { Corpus } from './corpus.js';
import type { Hit } from './index/search-index.js';
import { isFiltering, passes } from './query.js';
import type { FactFilter } from './query.js';
import { nearQuestionWord, queryTerms } from './text/index.js';

/** Results a search returns unless told otherwise. */
export const DEFAULT_LIMIT = 10;
/** Words of a query that count; the rest are ignored (each costs a pass over its postings). */
export const MAX_TERMS = 32;

/**
 * The query's stems worth matching in this corpus. A word the data lacks that is one slip from a question
 * word ("wat", "hw") is dropped like that question word.
 */
export function termsOf(corpus: Corpus, query: string, opts: { contentOnly?: boolean } = {}): string[] {
  const vocabulary = corpus.index.vocabulary;
  return queryTerms(query, opts)
    .filter((t) => vocabulary.has(t) || !nearQuestionWord(t))
    .slice(0, MAX_TERMS);
}

/** Rank facts for a query: best first, ties in article order. */
export function searchFacts(corpus: Corpus, query: string, filter: FactFilter = {}, limit = DEFAULT_LIMIT): Hit[] {
  return searchTerms(corpus, termsOf(corpus, query), filter, limit);
}

/** Rank facts for stems already worked out (see termsOf). */
export function searchTerms(corpus: Corpus, terms: readonly string[], filter: FactFilter = {}, limit = DEFAULT_LIMIT): Hit[] {
  return corpus.index.search(terms, isFiltering(filter) ? (fact) => passes(fact, filter) : undefined, limit);
}
