import { EXIT } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import type { FactRecord } from '../output/records.js';
import { factRecord } from './command.js';
import type { CommandResult, CommandSpec } from './command.js';

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
    const entities = new Map(dataset.entities.map((e) => [e.name, e]));
    const records: FactRecord[] = [];
    const notes: string[] = [];
    for (const id of args) {
      const fact = byId.get(id.trim().toLowerCase());
      if (!fact) {
        notes.push(`unknown id "${id}"${didYouMean([...byId.keys()], id)}`);
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
