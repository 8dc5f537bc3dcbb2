import type { Dataset } from '../core/model.js';
import { searchFacts } from '../core/search.js';
import { positiveInt, toFilter, factRecord } from './common.js';
import type { CommandResult, FilterOptions } from './common.js';
import type { FactRecord } from '../render/records.js';

export interface SearchOptions extends FilterOptions {
  limit?: string | number | undefined;
}

/** `factq search`: facts for each query, best first. Several queries (from stdin) tag each result. */
export function searchCommand(dataset: Dataset, queries: readonly string[], opts: SearchOptions): CommandResult {
  const limit = opts.limit === undefined ? 10 : positiveInt(opts.limit, '--limit');
  const filter = toFilter(dataset, opts);
  const tagged = queries.length > 1;
  const records: FactRecord[] = [];
  const highlight = new Map<FactRecord, string[]>();
  for (const query of queries) {
    for (const hit of searchFacts(dataset, query, filter, limit)) {
      const record = factRecord(hit.fact, tagged ? { query, score: hit.score } : { score: hit.score });
      records.push(record);
      highlight.set(record, hit.stems);
    }
  }
  return { output: { kind: 'fact', records, highlight } };
}
