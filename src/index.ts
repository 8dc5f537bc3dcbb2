// The library API. Importing it does nothing: no output, no exit, no reading of argv.
import { askCommand } from './commands/ask.js';
import { searchCommand } from './commands/search.js';
import { bundled, loadSchema } from './core/dataset.js';
import type { Dataset, FactType } from './core/model.js';
import type { Reply } from './core/ask.js';
import type { FactRecord } from './render/records.js';
import type { CheckResult } from './core/model.js';

export { bundled, loadDatasetFile as loadDataset, DatasetError, MAX_DATA_BYTES } from './core/dataset.js';
export { FactqError, EXIT } from './core/errors.js';
export { ENTITY_KINDS, FACT_TYPES } from './core/model.js';
export type { Dataset, Article, Question, Entity, Fact, FactType, EntityKind, NumberFigure, Quote } from './core/model.js';
export type { Reply, AskFact } from './core/ask.js';
export type { FactRecord } from './render/records.js';
export type { Problem, CheckResult } from './core/model.js';
export { evaluate } from './core/evaluate.js';
export type { EvalSet, EvalReport } from './core/evaluate.js';

/** Options for search(); the dataset defaults to the bundled one. */
export interface SearchOptions {
  limit?: number;
  type?: FactType;
  entity?: string;
  question?: number;
  dataset?: Dataset;
}

/** Facts matching a query, best first, each with a `score` from 0 to 1: what `factq search --json` prints. */
export function search(query: string, options: SearchOptions = {}): FactRecord[] {
  const { dataset = bundled(), ...opts } = options;
  const result = searchCommand(dataset, [query], opts).output;
  return result.records as FactRecord[];
}

/** Answer a question: what `factq ask --json` prints. `answer` is null when the article does not say. */
export function ask(question: string, options: { dataset?: Dataset } = {}): Reply {
  const result = askCommand(options.dataset ?? bundled(), [question], { explain: false, many: false }).output;
  return result.records[0] as Reply;
}

/** Check a parsed dataset without throwing: the dataset, or every problem with its JSON path. */
export async function validateDataset(raw: unknown): Promise<CheckResult> {
  return (await loadSchema()).checkDataset(raw);
}
