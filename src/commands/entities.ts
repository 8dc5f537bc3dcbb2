import { knownEntity } from '../core/model.js';
import { FactqError, EXIT } from '../core/errors.js';
import { entityByAcronym } from '../core/search.js';
import { didYouMean } from '../core/suggest.js';
import type { CommandSpec } from './command.js';
import { entityOffers } from '../cli/offers.js';

/** `factq entities`: every entity with its kind, aliases and how many facts name it. */
export const entities: CommandSpec = {
  name: 'entities',
  summary: 'list the people, places and organisations with their aliases and fact counts, or one by name',
  args: [{ name: 'name', help: 'an entity name or alias', complete: entityOffers }],
  options: [],
  examples: ['factq entities', 'factq entities trump --format text', 'factq entities --format csv > entities.csv'],
  output: 'entity',
  async run({ args, corpus }) {
    const c = await corpus();
    const { dataset } = c;
    const [asked] = args;
    // (By its initials too, as search reads them: `entities POTUS`.)
    const name = asked === undefined ? undefined : (c.entityNamed(asked) ?? entityByAcronym(c, asked));
    if (asked !== undefined && name === undefined) {
      const names = dataset.entities.flatMap((e) => [e.name, ...e.aliases]);
      throw new FactqError(`unknown entity "${asked}"${didYouMean(names, asked)}`, EXIT.notFound);
    }
    const counts = new Map<string, number>();
    for (const f of dataset.facts) for (const e of f.entities) counts.set(e, (counts.get(e) ?? 0) + 1);
    const records = dataset.entities.filter((e) => name === undefined || e.name === name).map((e) => ({ ...knownEntity(e), facts: counts.get(e.name) ?? 0 }));
    return { output: { kind: 'entity', records } };
  },
};
