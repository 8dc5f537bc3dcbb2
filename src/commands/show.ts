import { EXIT } from '../core/errors.js';
import type { Dataset } from '../core/model.js';
import { didYouMean } from '../core/suggest.js';
import { factRecord } from './common.js';
import type { CommandResult } from './common.js';
import type { FactRecord } from '../render/records.js';

/** `factq show <id...>`: each fact in full, with its entities described. Unknown ids exit 1 with hints. */
export function showCommand(dataset: Dataset, ids: readonly string[]): CommandResult {
  const byId = new Map(dataset.facts.map((f) => [f.id, f]));
  const entities = new Map(dataset.entities.map((e) => [e.name, e]));
  const records: FactRecord[] = [];
  const notes: string[] = [];
  for (const id of ids) {
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
}
