import { filterFrom, passes } from '../core/query.js';
import { factRecord } from './command.js';
import type { CommandSpec } from './command.js';

/** `factq list`: every fact that passes the filters, in article order. */
export const list: CommandSpec = {
  name: 'list',
  summary: 'print every fact in article order',
  args: [],
  options: ['type', 'entity', 'question'],
  examples: ['factq list', 'factq list --type casualties', 'factq list --entity Trump --fields id,text', 'factq list | cut -f2'],
  output: 'fact',
  async run({ opts, corpus }) {
    const c = await corpus();
    const filter = filterFrom(c, opts);
    const facts = c.factsInArticleOrder().filter((f) => passes(f, filter));
    return { output: { kind: 'fact', records: facts.map((f) => factRecord(f)) } };
  },
};
