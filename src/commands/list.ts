import type { Dataset } from '../core/model.js';
import { passes } from '../core/search.js';
import { factRecord, inArticleOrder, toFilter } from './common.js';
import type { CommandResult, FilterOptions } from './common.js';

/** `factq list`: every fact that passes the filters, in article order. */
export function listCommand(dataset: Dataset, opts: FilterOptions): CommandResult {
  const filter = toFilter(dataset, opts);
  const facts = inArticleOrder(dataset, dataset.facts).filter((f) => passes(f, filter));
  return { output: { kind: 'fact', records: facts.map((f) => factRecord(f)) } };
}
