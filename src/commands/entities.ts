import type { CommandSpec } from './command.js';

/** `factq entities`: every entity with its kind, aliases and how many facts name it. */
export const entities: CommandSpec = {
  name: 'entities',
  summary: 'list the people, places and organisations with their aliases and fact counts',
  args: [],
  options: [],
  examples: ['factq entities', 'factq entities --format csv > entities.csv'],
  output: 'entity',
  async run({ corpus }) {
    const { dataset } = await corpus();
    const counts = new Map<string, number>();
    for (const f of dataset.facts) for (const e of f.entities) counts.set(e, (counts.get(e) ?? 0) + 1);
    const records = dataset.entities.map((e) => ({ ...e, facts: counts.get(e.name) ?? 0 }));
    return { output: { kind: 'entity', records } };
  },
};
