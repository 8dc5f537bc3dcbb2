import { filterFrom, passes } from '../core/query.js';
import type { Fact } from '../core/model.js';
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
    if (c.dataset.facts.length <= LIST_WHOLE_UP_TO) {
      const facts = c.factsInArticleOrder().filter((f) => passes(f, filter));
      return { output: { kind: 'fact', records: facts.map((f) => factRecord(f)) } };
    }
    // A large dataset is listed a few thousand facts at a time, each part printed as it is made, so its
    // facts are never all held at once (a million facts took 2.7 GB listed whole).
    const facts = c.eachInArticleOrder(filter);
    return {
      output: {
        kind: 'stream',
        records: 'fact',
        found: 'any',
        parts: (async function* () {
          for (let part = nextPart(facts); part.length; part = nextPart(facts)) yield { output: { kind: 'fact', records: part.map((f) => factRecord(f)) } };
        })(),
      },
    };
  },
};

/** Datasets of more facts than this are listed part by part (see list). */
export const LIST_WHOLE_UP_TO = 20_000;
const LIST_PART = 5_000;

function nextPart(facts: Iterator<Fact>): Fact[] {
  const part: Fact[] = [];
  for (let next = facts.next(); !next.done; next = facts.next()) {
    part.push(next.value);
    if (part.length === LIST_PART) break;
  }
  return part;
}
