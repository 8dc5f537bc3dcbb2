// Tables for people on a terminal. Loaded only when a table is printed: cli-table3 costs start-up time.
import Table from 'cli-table3';
import stringWidth from 'string-width';
import { chosenFields, cell } from './fields.js';
import type { RenderContext } from './fields.js';
import type { FactRecord, FieldDef, Output } from './records.js';
import { oneLine } from './sanitise.js';
import { highlightWords } from '../core/text/index.js';
import { renderAnswers } from './prose.js';
import { wrap } from './wrap.js';

const MIN_WIDE = 30;
const MAX_NARROW = 40;
const MIN_COLUMN = 5;

/** `--format table`: fits the width, wraps prose at word boundaries, measures display width. */
export function renderTable(out: Output, ctx: RenderContext): string {
  // An answer is prose: a table would only box it in.
  if (out.kind === 'answer') return renderAnswers(out.records, ctx);
  if (out.kind === 'fact' && out.detail) return out.records.map((r) => detailTable(r, ctx)).join('\n');
  const fields = chosenFields(out, ctx, 'table');
  const rows = out.records.map((r) => fields.map((f) => oneLine(cell(f, r))));
  const widths = columnWidths(fields, rows, ctx.width);
  const p = ctx.palette;
  const table = new Table({
    head: fields.map((f, c) => p.heading(hardWrap(f.label ?? f.name, widths[c]! - 2).join('\n'))),
    colWidths: widths,
    // cli-table3 colours heads and borders unless told not to; colour is decided by the palette alone.
    style: { head: [], border: [], compact: false },
  });
  rows.forEach((row, i) => {
    const record = out.records[i]!;
    const marks = out.kind === 'fact' ? out.highlight?.get(record as never) : undefined;
    table.push(
      row.map((value, c) => {
        const lines = cellLines(value, widths[c]! - 2);
        const f = fields[c]!;
        const styled = lines.map((l) =>
          f.name === 'id' || f.name === 'name' ? p.id(l) : marks && f.wide ? highlightWords(l, marks, p.match) : l,
        );
        return styled.join('\n');
      }),
    );
  });
  return table.toString() + '\n';
}

// Every column gets its natural width up to a cap; prose columns share what is left of the terminal.
// When that leaves the prose too little, the narrow columns give way first, the widest of them first.
function columnWidths(fields: ReadonlyArray<FieldDef<never>>, rows: string[][], total: number): number[] {
  const natural = fields.map((f, c) => rows.reduce((m, r) => Math.max(m, stringWidth(r[c] ?? '')), stringWidth(f.label ?? f.name)) + 2);
  const available = Math.max(total - (fields.length + 1), fields.length * MIN_COLUMN);
  const widths = fields.map((f, c) => (f.wide ? natural[c]! : Math.min(natural[c]!, MAX_NARROW + 2)));
  const wide = fields.flatMap((f, i) => (f.wide ? [i] : []));
  const narrow = fields.flatMap((f, i) => (f.wide ? [] : [i]));
  const sum = (ids: number[]): number => ids.reduce((s, i) => s + widths[i]!, 0);
  if (wide.length) {
    const wanted = Math.min(sum(wide), MIN_WIDE * wide.length);
    shrink(widths, narrow, sum(narrow) - (available - wanted));
    const share = Math.max(MIN_WIDE, Math.floor((available - sum(narrow)) / wide.length));
    for (const i of wide) widths[i] = Math.min(natural[i]!, share);
  }
  shrink(widths, [...widths.keys()], sum([...widths.keys()]) - available);
  return widths;
}

// Take `over` columns away from the given columns, widest first, none below MIN_COLUMN.
function shrink(widths: number[], columns: readonly number[], over: number): void {
  while (over > 0) {
    let widest = -1;
    for (const i of columns) if (widths[i]! > MIN_COLUMN && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return;
    widths[widest]! -= 1;
    over -= 1;
  }
}

// cli-table3's work grows much faster than a cell's lines (40 lines took 2.5 s, 160 took 165), and a cell of
// hundreds of lines is no table: a cell shows at most this many, then says how many more there are.
const MAX_CELL_LINES = 12;

// A value as the lines of a cell `width` wide: wrapped at spaces, long words cut, at most MAX_CELL_LINES.
function cellLines(value: string, width: number): string[] {
  const lines = wrap(value, width).flatMap((l) => hardWrap(l, width));
  if (lines.length <= MAX_CELL_LINES) return lines;
  return [...lines.slice(0, MAX_CELL_LINES - 1), `… ${lines.length - MAX_CELL_LINES + 1} more lines`];
}

// A single word wider than its column is cut into pieces, by display width, so the table holds its shape.
// Each character is measured once, so a 10,000-character word costs 10,000 measures, not 10,000².
function hardWrap(line: string, width: number): string[] {
  if (stringWidth(line) <= width || width < 1) return [line];
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const ch of line) {
    const w = stringWidth(ch);
    if (pieceWidth + w > width && piece) {
      pieces.push(piece);
      piece = ch;
      pieceWidth = w;
    } else {
      piece += ch;
      pieceWidth += w;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

// `factq show` on a terminal: one two-column table per fact, field names down the left.
function detailTable(record: FactRecord, ctx: RenderContext): string {
  const fields = chosenFields({ kind: 'fact', records: [record], detail: true }, ctx);
  const p = ctx.palette;
  const labelWidth = fields.reduce((m, f) => Math.max(m, f.name.length), 0) + 2;
  const valueWidth = Math.max(20, ctx.width - labelWidth - 3);
  const table = new Table({ style: { head: [], border: [] }, colWidths: [labelWidth, valueWidth] });
  for (const f of fields) {
    const value = oneLine(cell(f, record));
    if (!value) continue;
    const lines = cellLines(value, valueWidth - 2);
    table.push([p.dim(f.name), (f.name === 'id' ? lines.map(p.id) : lines).join('\n')]);
  }
  return table.toString() + '\n';
}
