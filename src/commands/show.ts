import { EXIT } from '../core/errors.js';
import { meanings, suggester } from '../core/suggest.js';
import type { FactRecord } from '../output/records.js';
import { factRecord } from './command.js';
import type { CommandResult, CommandSpec } from './command.js';

// How many unknown ids get "did you mean" suggestions.
const SUGGESTED_IDS = 3;

/** `factq show <id...>`: each fact in full, with its entities described. Unknown ids exit 1 with hints. */
export const show: CommandSpec = {
  name: 'show',
  summary: 'print facts in full, by id',
  args: [
    {
      name: 'id',
      help: 'fact ids, as printed by search and list',
      required: true,
      variadic: true,
      complete: (c) => c.dataset.facts.map((f) => f.id),
    },
  ],
  options: [],
  examples: ['factq show missiles-fired-at-al-asad', 'factq show no-uk-casualties --json'],
  output: 'fact',
  async run({ args, corpus }) {
    const { dataset } = await corpus();
    const byId = new Map(dataset.facts.map((f) => [f.id, f]));
    // Among several articles, an id without its article is enough when only one article has it.
    const bare = new Map<string, (typeof dataset.facts)[number] | null>();
    for (const f of dataset.facts) {
      if (f.article === undefined || !f.id.startsWith(`${f.article}/`)) continue;
      const own = f.id.slice(f.article.length + 1);
      bare.set(own, bare.has(own) ? null : f);
    }
    const entities = new Map(dataset.entities.map((e) => [e.name, e]));
    const records: FactRecord[] = [];
    const notes: string[] = [];
    // Suggestions search every id (a quarter of a second at 100,000 facts): the first few unknown ids get
    // them, which is all a person mistyping needs; a script passing many unknown ids is not kept waiting.
    // (Among several articles, their ids without the article too: `zoe-wonn` means `zoe-won`.)
    const similar = suggester([...byId.keys(), ...bare.keys()]);
    let suggested = 0;
    for (const id of args) {
      const key = id.trim().toLowerCase();
      const fact = byId.get(key) ?? bare.get(key) ?? undefined;
      // (An id two articles have: which is meant is for the reader to say, with its article.)
      if (!fact && bare.get(key) === null) {
        const full = dataset.facts.filter((f) => f.article !== undefined && f.id === `${f.article}/${key}`).map((f) => f.id);
        notes.push(`id "${id}" is in several articles: ${full.join(', ')}; give one with its article`);
        continue;
      }
      if (!fact) {
        notes.push(`unknown id "${id}"${suggested++ < SUGGESTED_IDS ? meanings(similar(id)) : ''}`);
        continue;
      }
      const entityDetails = fact.entities.flatMap((name) => {
        const e = entities.get(name);
        return e ? [{ name: e.name, kind: e.kind, description: e.description }] : [];
      });
      records.push(factRecord(fact, { entityDetails }));
    }
    const result: CommandResult = { output: { kind: 'fact', records, detail: true }, notes };
    if (notes.length) result.code = EXIT.notFound;
    return result;
  },
};
