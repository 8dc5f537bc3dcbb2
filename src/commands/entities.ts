import type { Dataset } from '../core/model.js';
import type { CommandResult } from './common.js';

/** `factq entities`: every entity with its kind, aliases and how many facts name it. */
export function entitiesCommand(dataset: Dataset): CommandResult {
  const counts = new Map<string, number>();
  for (const f of dataset.facts) for (const e of f.entities) counts.set(e, (counts.get(e) ?? 0) + 1);
  const records = dataset.entities.map((e) => ({ ...e, facts: counts.get(e.name) ?? 0 }));
  return { output: { kind: 'entity', records } };
}
