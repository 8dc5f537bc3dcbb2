import { filterFrom } from '../core/query.js';
import { findFacts } from '../core/search.js';
import { usageError } from '../core/errors.js';
import { STOP_WORDS, queryWords, stem, words } from '../core/text/index.js';
import { ENTITY_PREFIX, entityTerm } from '../core/index/build.js';
import type { Corpus } from '../core/corpus.js';
import type { Fact } from '../core/model.js';
import type { FactRecord, Output } from '../output/records.js';
import { bundledHint, eachLine, factRecord, inputsOf } from './command.js';
import type { CommandResult, CommandSpec } from './command.js';

// What a hit shows matched: its words' stems, and for an entity of the fact matched by one of its names
// ("erbil", an alias of Irbil; "al asad", a name matched whole) the words of all its names, so that "Irbil"
// in the text is marked too.
function shownStems(corpus: Corpus, fact: Fact, stems: readonly string[]): string[] {
  const out = new Set(stems.filter((st) => !st.startsWith(ENTITY_PREFIX)));
  for (const name of fact.entities) {
    const e = corpus.entity(name);
    if (!e) continue;
    // (The capitalised words of each name, not an owner's, "Iran's", nor a common noun's, "the Irbil base".)
    const named = [e.name, ...e.aliases].map((n) => words(n.split(/\s+/).filter((t) => /^\p{Lu}/u.test(t) && !/['\u2019]s$/.test(t)).join(' ')).filter((w) => !STOP_WORDS.has(w)).map(stem));
    if (stems.includes(entityTerm(e.name)) || named.some((n) => n.length > 0 && n.every((st) => out.has(st)))) for (const n of named) for (const st of n) out.add(st);
  }
  return [...out];
}

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
  async run({ args, opts, corpus, stdinLines, env }) {
    const given = inputsOf('search', 'queries', args, stdinLines);
    if ('input' in given && !given.input.trim()) throw usageError('search needs words to look for');
    const c = await corpus();
    const filter = filterFrom(c, opts);
    // One query: its hits, and on a terminal why there are none. Queries from stdin: each query's hits
    // tagged with it, printed as the query arrives.
    const searchFor = (query: string, tagged: boolean): CommandResult & { output: Output } => {
      const records: FactRecord[] = [];
      const highlight = new Map<FactRecord, () => readonly string[]>();
      const { hits, missing } = findFacts(c, query, filter, opts.limit);
      for (const hit of hits) {
        if (opts.minScore !== undefined && hit.score < opts.minScore) continue;
        const record = factRecord(hit.fact, tagged ? { query, score: hit.score } : { score: hit.score });
        records.push(record);
        highlight.set(record, () => shownStems(c, hit.fact, hit.stems));
      }
      const stopWordsOnly = !hits.length && !missing.length && !queryWords(query, { contentOnly: true }).length;
      // (Hits all under --min-score: say so, with the best score there was.)
      const best = hits.reduce((top, h) => Math.max(top, h.score), 0);
      const why = hits.length
        ? `no result scores ${opts.minScore} or more (the best scores ${best})`
        : missing.length
          ? `no fact mentions ${missing.map((w) => `"${w}"`).join(' or ')}`
          : stopWordsOnly
            ? 'nothing to look for: every word is a stop word (the, of, did ...)'
            : 'no match';
      // (A query of several from stdin is named: on a terminal, each line that finds nothing says so.)
      const hints = records.length ? [] : [tagged ? `"${query}": ${why}` : why, ...(tagged || hits.length ? [] : bundledHint(c, opts, env))];
      return { output: { kind: 'fact', records, highlight }, hints };
    };
    if ('input' in given) return searchFor(given.input, false);
    return eachLine(given.lines, { records: 'fact', found: 'any', what: 'queries' }, (q) => searchFor(q, true));
  },
};
