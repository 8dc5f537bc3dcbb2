// Choosing the fields to print for an output, and the context every renderer is given.
import { KINDS } from './records.js';
import type { FieldDef, Output } from './records.js';
import type { Palette } from './colour.js';

/** What every renderer needs besides the data. */
export interface RenderContext {
  /** Fields the user picked with --fields, already checked; undefined for the defaults. */
  fields: string[] | undefined;
  palette: Palette;
  /** Columns available on the terminal, for tables and wrapped text. */
  width: number;
}

/** The fields to show for an output: the user's pick, or the kind's defaults plus what the records carry. */
export function chosenFields(out: Output, ctx: RenderContext, layout: 'flat' | 'table' = 'flat'): Array<FieldDef<never>> {
  const table = KINDS[out.kind].fields as ReadonlyArray<FieldDef<never>>;
  let names: string[];
  const records = out.records as unknown as Array<Record<string, unknown>>;
  if (ctx.fields) names = ctx.fields;
  else if (out.kind === 'fact' && out.detail) names = KINDS.fact.detail.filter((n) => n !== 'article' || records.some((r) => r.article !== undefined));
  else {
    const kind = KINDS[out.kind];
    names = [...(layout === 'table' && 'table' in kind ? kind.table : kind.defaults)];
    // Several datasets read as one: each record says which article it is from.
    if (records.some((r) => r.article !== undefined)) names.unshift('article');
    if (records.some((r) => r.query !== undefined)) names.unshift('query');
    if (records.some((r) => r.score !== undefined)) names.push('score');
  }
  return names.map((n) => table.find((f) => f.name === n)!);
}

/** The flat (one-cell) value of a field for a record. */
export function cell(field: FieldDef<never>, record: unknown): string {
  return (field.flat as (r: unknown) => string)(record);
}
