// Option checks shared by the commands. They throw usage errors; the entry decides how they print.
import { usageError } from '../core/errors.js';
import { FACT_TYPES } from '../core/model.js';
import type { Dataset, Fact, FactType } from '../core/model.js';
export { factsInArticleOrder } from '../core/search.js';
import { resolveEntity } from '../core/search.js';
import type { FactFilter } from '../core/search.js';
import { didYouMean } from '../core/suggest.js';
import type { ExitCode } from '../core/errors.js';
import type { FactRecord, Output } from '../render/records.js';

/** Filter options as commander hands them over (strings, unchecked against the dataset). */
export interface FilterOptions {
  type?: string | undefined;
  entity?: string | undefined;
  question?: string | number | undefined;
}

/** What a command returns: data for a renderer, messages for stderr, and an exit code if not the usual. */
export interface CommandResult {
  output: Output;
  /** One-line messages for stderr (the entry adds the `factq:` prefix). */
  notes?: string[];
  /** A line for people when there are no records to show (not printed in json or ndjson). */
  summary?: string;
  code?: ExitCode;
}

/** Parse a whole number of at least 1, or throw a usage error naming the option. */
export function positiveInt(value: string | number, what: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || String(value).trim() === '')
    throw usageError(`${what} expects a whole number of at least 1, got "${String(value)}"`);
  return n;
}

/** A question number the dataset has, or a usage error listing the valid ones. */
export function questionNumber(dataset: Dataset, value: string | number): number {
  const numbers = dataset.article.questions.map((q) => q.number);
  const n = Number(value);
  if (!numbers.includes(n)) {
    throw usageError(`no question "${String(value)}": the article's questions are ${numbers.join(', ')}`);
  }
  return n;
}

/** Turn filter options into a checked filter: unknown types, entities and questions are usage errors. */
export function toFilter(dataset: Dataset, opts: FilterOptions): FactFilter {
  const filter: FactFilter = {};
  if (opts.type !== undefined) {
    if (!(FACT_TYPES as readonly string[]).includes(opts.type))
      throw usageError(`unknown type "${opts.type}": use one of ${FACT_TYPES.join(', ')}`);
    filter.type = opts.type as FactType;
  }
  if (opts.entity !== undefined) {
    const name = resolveEntity(dataset, opts.entity);
    if (!name) {
      const names = dataset.entities.flatMap((e) => [e.name, ...e.aliases]);
      throw usageError(`unknown entity "${opts.entity}"${didYouMean(names, opts.entity)}; see factq entities`);
    }
    filter.entity = name;
  }
  if (opts.question !== undefined) filter.question = questionNumber(dataset, opts.question);
  return filter;
}

/** A fact as a record to print: a copy, so adding fields never touches the dataset. */
export function factRecord(fact: Fact, extra: Partial<FactRecord> = {}): FactRecord {
  return { ...fact, ...extra };
}
