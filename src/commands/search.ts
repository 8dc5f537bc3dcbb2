import { filterFrom } from '../core/query.js';
import { findFacts } from '../core/search.js';
import { usageError } from '../core/errors.js';
import { queryWords } from '../core/text/index.js';
import type { FactRecord, Output } from '../output/records.js';
import { eachLine, factRecord, inputsOf } from './command.js';
import type { CommandResult, CommandSpec } from './command.js';

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
  async run({ args, opts, corpus, stdinLines }) {
    const given = inputsOf('search', 'queries', args, stdinLines);
    if ('input' in given && !given.input.trim()) throw usageError('search needs words to look for');
    const c = await corpus();
    const filter = filterFrom(c, opts);
    // One query: its hits, and on a terminal why there are none. Queries from stdin: each query's hits
    // tagged with it, printed as the query arrives.
    const searchFor = (query: string, tagged: boolean): CommandResult & { output: Output } => {
      const records: FactRecord[] = [];
      const highlight = new Map<FactRecord, string[]>();
      const { hits, missing } = findFacts(c, query, filter, opts.limit);
      for (const hit of hits) {
        if (opts.minScore !== undefined && hit.score < opts.minScore) continue;
        const record = factRecord(hit.fact, tagged ? { query, score: hit.score } : { score: hit.score });
        records.push(record);
        highlight.set(record, hit.stems);
      }
      const stopWordsOnly = !hits.length && !missing.length && !queryWords(query, { contentOnly: true }).length;
      // (Hits all under --min-score: say so, with the best score there was.)
      const best = hits.reduce((top, h) => Math.max(top, h.score), 0);
      const hints =
        records.length || tagged
          ? []
          : [
              hits.length
                ? `no result scores ${opts.minScore} or more (the best scores ${best})`
                : missing.length
                  ? `no fact mentions ${missing.map((w) => `"${w}"`).join(' or ')}`
                  : stopWordsOnly
                    ? 'nothing to look for: every word is a stop word (the, of, did ...)'
                    : 'no match',
            ];
      return { output: { kind: 'fact', records, highlight }, hints };
    };
    if ('input' in given) return searchFor(given.input, false);
    return eachLine(given.lines, { records: 'fact', found: 'any', what: 'queries' }, (q) => searchFor(q, true));
  },
};
