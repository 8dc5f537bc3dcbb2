// Tables for people on a terminal. Loaded only when a table is printed: cli-table3 costs start-up time.
import Table from 'cli-table3';
import stringWidth from 'string-width';
import { chosenFields, cell } from './fields.js';
import type { RenderContext } from './fields.js';
import type { FactRecord, FieldDef, Output } from './records.js';
import { oneLine } from './sanitise.js';
import { highlightWords } from '../core/text/index.js';
import { displayWidth, wrap } from './wrap.js';

const MIN_WIDE = 30;
const MAX_NARROW = 40;
const MIN_COLUMN = 5;
const SHORT = 10;
// Prose narrower than this reads a word a line: a table would rather run past the terminal's edge.
const MIN_PROSE = 16;

/**
 * How a table is drawn. `plain` is gh's: no borders, columns two spaces apart, headings in capitals,
 * so 50 facts take a screen or two. `boxed` rules every cell, for reading row by row.
 */
export type TableStyle = 'plain' | 'boxed';

interface Drawing {
  /** cli-table3's border characters (undefined: its box drawing). */
  chars: Partial<Record<string, string>> | undefined;
  /** Columns of padding inside each cell. */
  padding: number;
  /** Columns the rules between and around `n` columns take. */
  rules: (n: number) => number;
  heading: (label: string) => string;
}

const NO_BORDER = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid'].map((k) => [k, '']),
);

const DRAWINGS: Readonly<Record<TableStyle, Drawing>> = {
  plain: { chars: { ...NO_BORDER, middle: '  ' }, padding: 0, rules: (n) => 2 * Math.max(0, n - 1), heading: (l) => l.toUpperCase() },
  boxed: { chars: undefined, padding: 2, rules: (n) => n + 1, heading: (l) => l },
};

/** `--format table` (and `boxed`): fits the width, wraps prose at word boundaries, never splits an id. */
export function renderTable(out: Output, ctx: RenderContext, style: TableStyle = 'plain'): string {
  const drawing = DRAWINGS[style];
  if (out.kind === 'fact' && out.detail) return out.records.map((r) => detailTable(r, ctx, drawing)).join('\n');
  const fields = chosenFields(out, ctx, 'table');
  // (A list of ids is one a line, so its column is as wide as its longest id.)
  const rows = out.records.map((r) => fields.map((f) => (f.ids ? cell(f, r).split('; ').map(oneLine).join('\n') : oneLine(cell(f, r)))));
  const labels = fields.map((f) => drawing.heading(f.label ?? f.name));
  const widths = columnWidths(fields, labels, rows, ctx.width, drawing);
  const inner = (c: number): number => widths[c]! - drawing.padding;
  const p = ctx.palette;
  const head = labels.map((label, c) => p.heading(hardWrap(label, inner(c)).join('\n')));
  const cells = rows.map((row, i) => {
    const record = out.records[i]!;
    const marks = p.enabled && out.kind === 'fact' ? out.highlight?.get(record as never)?.() : undefined;
    return row.map((value, c) => {
      const f = fields[c]!;
      const lines = f.ids ? value.split('\n') : keptWhole(f) ? [value] : cellLines(value, inner(c));
      const styled = lines.map((l) => (keptWhole(f) ? p.id(l) : marks && f.wide ? highlightWords(l, marks, p.match) : l));
      return styled.join('\n');
    });
  });
  return finish(drawn(drawing, widths, cells, head), style);
}

// The table drawn: a plain one line by line, each cell's line padded to its column; a boxed one by
// cli-table3. (cli-table3 measures a cell's whole text again for every line it draws, and cuts it
// character by character while it does: a cell of twelve long lines took seconds. A plain table needs no
// rules, so it is drawn here, in time linear in its text; a value wider than its column, an id kept
// whole, runs on rather than being cut.)
function drawn(drawing: Drawing, widths: readonly number[], rows: readonly string[][], head?: readonly string[]): string {
  if (drawing.padding === 0) {
    const lines: string[] = [];
    for (const row of head ? [head, ...rows] : rows) {
      const split = row.map((value) => value.split('\n'));
      const height = Math.max(1, ...split.map((l) => l.length));
      for (let i = 0; i < height; i++) lines.push(split.map((l, c) => padded(l[i] ?? '', widths[c]!)).join(drawing.chars?.middle ?? ''));
    }
    return lines.join('\n');
  }
  const table = new Table({ ...(head ? { head: [...head] } : {}), colWidths: [...widths], ...tableLook(drawing) });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

// A line padded with spaces to a column's display width.
function padded(line: string, width: number): string {
  const w = displayWidth(line);
  return w >= width ? line : line + ' '.repeat(width - w);
}

// cli-table3's options for a drawing. It colours heads and borders unless told not to: colour is decided
// by the palette alone.
function tableLook(drawing: Drawing): object {
  const padding = drawing.padding / 2;
  return {
    ...(drawing.chars ? { chars: drawing.chars } : {}),
    style: { head: [], border: [], compact: false, 'padding-left': padding, 'padding-right': padding },
  };
}

// A plain table's cells are padded to their column: the spaces that end its lines are dropped.
function finish(drawn: string, style: TableStyle): string {
  return (style === 'plain' ? drawn.replace(/ +$/gm, '') : drawn) + '\n';
}

// Ids (and entity names) are what a reader copies into `show` or `--entity`: never cut, whatever the width.
function keptWhole(f: FieldDef<never>): boolean {
  return f.name === 'id' || f.name === 'name' || f.ids === true;
}

// Every column gets its natural width up to a cap; prose columns share what is left of the terminal.
// When that leaves the prose too little, the narrow columns give way first, the widest of them first.
// Columns kept whole never give way: on a terminal too narrow even for them, lines run long.
function columnWidths(fields: ReadonlyArray<FieldDef<never>>, labels: string[], rows: string[][], total: number, drawing: Drawing): number[] {
  const natural = fields.map((_, c) => rows.reduce((m, r) => Math.max(m, ...(r[c] ?? '').split('\n').map((l) => widthUpTo(l, total))), stringWidth(labels[c]!)) + drawing.padding);
  const least = MIN_COLUMN + drawing.padding;
  // A short value (a score, a count, a type) is never cut: a column gives way only down to such a width.
  const floor = (c: number): number => Math.min(natural[c]!, Math.max(least, SHORT + drawing.padding));
  const available = Math.max(total - drawing.rules(fields.length), fields.length * least);
  const widths = fields.map((f, c) => (f.wide || keptWhole(f) ? natural[c]! : Math.min(natural[c]!, MAX_NARROW + drawing.padding)));
  const wide = fields.flatMap((f, i) => (f.wide ? [i] : []));
  const narrow = fields.flatMap((f, i) => (f.wide || keptWhole(f) ? [] : [i]));
  const whole = fields.flatMap((f, i) => (keptWhole(f) ? [i] : []));
  const sum = (ids: number[]): number => ids.reduce((s, i) => s + widths[i]!, 0);
  if (wide.length) {
    const wanted = Math.min(sum(wide), MIN_WIDE * wide.length);
    shrink(widths, narrow, sum(narrow) + sum(whole) - (available - wanted), floor);
    // (Shared out narrowest first: what a short one leaves goes to the longer ones.)
    let left = available - sum(narrow) - sum(whole);
    [...wide].sort((x, y) => natural[x]! - natural[y]!).forEach((i, k) => {
      widths[i] = Math.min(natural[i]!, Math.max(MIN_WIDE, Math.floor(left / (wide.length - k))));
      left -= widths[i]!;
    });
  }
  // Still too wide: the narrow columns give way to their least, then prose down to a readable width.
  shrink(widths, narrow, sum([...widths.keys()]) - available, floor);
  shrink(widths, wide, sum([...widths.keys()]) - available, () => MIN_PROSE + drawing.padding);
  return widths;
}

// A line's display width, or one at least `most` where it is wider: measuring a long text whole costs far
// more than its length (a 40 KB fact took a quarter of a second), and no column is wider than the terminal.
// (A prefix is never wider than the line; one of `most` characters or more is measured, which is at least
// `most` columns wide unless it holds characters of no width, and then the line is measured whole.)
function widthUpTo(line: string, most: number): number {
  if (line.length <= 2 * most) return displayWidth(line);
  const head = displayWidth(line.slice(0, 2 * most));
  return head >= most ? head : displayWidth(line);
}

// Take `over` columns away from the given columns, widest first, none below its floor.
function shrink(widths: number[], columns: readonly number[], over: number, floor: (c: number) => number): void {
  while (over > 0) {
    let widest = -1;
    for (const i of columns) if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
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
  if (displayWidth(line) <= width || width < 1) return [line];
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
function detailTable(record: FactRecord, ctx: RenderContext, drawing: Drawing): string {
  const fields = chosenFields({ kind: 'fact', records: [record], detail: true }, ctx);
  const p = ctx.palette;
  const labelWidth = fields.reduce((m, f) => Math.max(m, f.name.length), 0) + drawing.padding;
  const valueWidth = Math.max(20, ctx.width - labelWidth - drawing.rules(2));
  const rows: string[][] = [];
  for (const f of fields) {
    const value = oneLine(cell(f, record));
    if (!value) continue;
    const lines = f.name === 'id' ? [value] : cellLines(value, valueWidth - drawing.padding);
    rows.push([p.dim(f.name), (f.name === 'id' ? lines.map(p.id) : lines).join('\n')]);
  }
  return finish(drawn(drawing, [labelWidth, valueWidth], rows), drawing.padding ? 'boxed' : 'plain');
}
