import { filterFrom } from '../core/query.js';
import { findFacts } from '../core/search.js';
import { usageError } from '../core/errors.js';
import type { FactRecord } from '../output/records.js';
import { factRecord, inputsOf } from './command.js';
import type { CommandSpec } from './command.js';

/** `factq search`: facts for each query, best first. Several queries (from stdin) tag each result. */
export const search: CommandSpec = {
  name: 'search',
  summary: 'fuzzy-search the facts, their quotes, entities and aliases ("-" reads one query a line)',
  args: [{ name: 'terms', help: 'words to look for, typos forgiven', required: true, variadic: true }],
  options: ['limit', 'minScore', 'type', 'entity', 'question'],
  examples: [
    'factq search khamenie',
    'factq search "irans foreign minister" --limit 3',
    'factq search missiles --type event --json',
    'factq search "severe revenge" --min-score 0.8 --json',
    'printf "erbil\\nzarif\\n" | factq search - --format ndjson',
  ],
  output: 'fact',
  async run({ args, opts, corpus, stdin }) {
    const { inputs: queries } = await inputsOf('search', 'queries', args, stdin);
    if (!queries[0]!.trim()) throw usageError('search needs words to look for');
    const c = await corpus();
    const filter = filterFrom(c.dataset, opts);
    const tagged = queries.length > 1;
    const records: FactRecord[] = [];
    const highlight = new Map<FactRecord, string[]>();
    const hints: string[] = [];
    for (const query of queries) {
      const { hits, missing } = findFacts(c, query, filter, opts.limit);
      if (!hits.length && !tagged) hints.push(missing.length ? `no fact mentions ${missing.map((w) => `"${w}"`).join(' or ')}` : 'no match');
      for (const hit of hits) {
        if (opts.minScore !== undefined && hit.score < opts.minScore) continue;
        const record = factRecord(hit.fact, tagged ? { query, score: hit.score } : { score: hit.score });
        records.push(record);
        highlight.set(record, hit.stems);
      }
    }
    return { output: { kind: 'fact', records, highlight }, hints };
  },
};
