// The library API, over core. Importing it does nothing: no output, no exit, no reading of argv.
import { ask as answer } from './core/ask.js';
import type { Reply } from './core/ask.js';
import { Corpus } from './core/corpus.js';
import { bundledCorpus, loadSchema } from './core/dataset.js';
import type { Dataset, FactType } from './core/model.js';
import type { CheckResult } from './core/model.js';
import { knownFact } from './core/model.js';
import { filterFrom } from './core/query.js';
import { FactqError } from './core/errors.js';
import { DEFAULT_LIMIT, searchFacts } from './core/search.js';
import type { FactRecord } from './output/records.js';
import { evaluate as evaluateCorpus, evaluateSearch as evaluateSearchCorpus } from './core/evaluate.js';
import type { EvalReport, EvalSet, SearchEvalReport, SearchEvalSet } from './core/evaluate.js';

export { bundled, loadDatasetFile as loadDataset, loadCorpus, loadLibrary, DatasetError, MAX_DATA_BYTES } from './core/dataset.js';
export { mergeDatasets } from './core/library.js';
export type { Part } from './core/library.js';
export { Corpus } from './core/corpus.js';
export { FactqError, EXIT } from './core/errors.js';
export { ENTITY_KINDS, FACT_TYPES } from './core/model.js';
export type { Dataset, Article, Question, Entity, Fact, FactType, EntityKind, NumberFigure, Quote } from './core/model.js';
export type { Reply, AskFact } from './core/ask.js';
export type { FactRecord } from './output/records.js';
export type { Problem, CheckResult } from './core/model.js';
export type { EvalSet, EvalReport, KindScore, SearchEvalSet, SearchEvalReport, SetReport } from './core/evaluate.js';
export { normalise, words } from './core/text/fold.js';
export { stem } from './core/text/stem.js';

/** Options for search(); the dataset defaults to the bundled one. */
export interface SearchOptions {
  limit?: number;
  type?: FactType;
  entity?: string;
  question?: number;
  /** A dataset, or a Corpus to reuse its index across calls (a plain dataset is indexed per call). */
  dataset?: Dataset | Corpus;
}

// A plain dataset is indexed for the call (so changing it later never leaves a stale index); its shape is
// checked first, so a malformed one is a clear error rather than a TypeError from deep inside.
function corpusOf(dataset: Dataset | Corpus | undefined): Corpus {
  if (dataset === undefined) return bundledCorpus();
  if (dataset instanceof Corpus) return dataset;
  const d = dataset as unknown as Record<string, unknown> | null;
  const article = d?.article as Record<string, unknown> | undefined;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.facts) || !Array.isArray(d.entities) || !Array.isArray(article?.questions))
    throw new FactqError('not a factq dataset (facts, entities and article.questions must be arrays); check it with validateDataset()');
  return new Corpus(dataset);
}

/** Facts matching a query, best first, each with a `score` from 0 to 1: what `factq search --json` prints. */
export function search(query: string, options: SearchOptions = {}): FactRecord[] {
  const { dataset, limit = DEFAULT_LIMIT, ...request } = options;
  const corpus = corpusOf(dataset);
  const filter = filterFrom(corpus, request);
  return searchFacts(corpus, query, filter, limit).map((hit) => ({ ...knownFact(hit.fact), score: hit.score }));
}

/** Answer a question: what `factq ask --json` prints. `answer` is null when the article does not say. */
export function ask(question: string, options: { dataset?: Dataset | Corpus } = {}): Reply {
  return answer(corpusOf(options.dataset), question);
}

/** Check a parsed dataset without throwing: the dataset, or every problem with its JSON path. */
export async function validateDataset(raw: unknown): Promise<CheckResult> {
  return (await loadSchema()).checkDataset(raw);
}

/** Run a question set through ask() and score the replies (what `npm run eval` prints). */
export function evaluate(dataset: Dataset | Corpus, set: EvalSet): EvalReport {
  return evaluateCorpus(corpusOf(dataset), set);
}

/** Run a query set through search and score the results (what `npm run eval` prints for search). */
export function evaluateSearch(dataset: Dataset | Corpus, set: SearchEvalSet): SearchEvalReport {
  return evaluateSearchCorpus(corpusOf(dataset), set);
}
