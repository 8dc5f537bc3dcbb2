import type { Dataset } from '../core/model.js';
import { passes } from '../core/search.js';
import { factRecord, factsInArticleOrder, toFilter } from './common.js';
import type { CommandResult, FilterOptions } from './common.js';

/** `factq list`: every fact that passes the filters, in article order. */
export function listCommand(dataset: Dataset, opts: FilterOptions): CommandResult {
  const filter = toFilter(dataset, opts);
  const facts = factsInArticleOrder(dataset).filter((f) => passes(f, filter));
  return { output: { kind: 'fact', records: facts.map((f) => factRecord(f)) } };
}
