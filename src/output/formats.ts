// The format table: every format the CLI offers, how to get its renderer, and whether it is laid out
// for a person at a terminal.
import type { RenderContext } from './fields.js';
import type { Output } from './records.js';
import { renderBulk, renderCsv, renderJson, renderNdjson, renderTsv } from './serial.js';

/** Output formats, in the order help lists them. */
export const FORMATS = ['table', 'boxed', 'json', 'ndjson', 'bulk', 'csv', 'tsv', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export type Renderer = (out: Output, ctx: RenderContext) => string;

interface FormatEntry {
  /** Table and text load their width-measuring code only when asked for. */
  load: () => Promise<Renderer>;
  /** Uses the terminal's width and colour; the others are for programs and ignore both. */
  terminal: boolean;
}

const FORMAT_TABLE: Readonly<Record<Format, FormatEntry>> = {
  table: { load: async () => (await import('./table.js')).renderTable, terminal: true },
  boxed: { load: async () => ((m) => (out: Output, ctx: RenderContext) => m.renderTable(out, ctx, 'boxed'))(await import('./table.js')), terminal: true },
  json: { load: async () => renderJson, terminal: false },
  ndjson: { load: async () => renderNdjson, terminal: false },
  bulk: { load: async () => renderBulk, terminal: false },
  csv: { load: async () => renderCsv, terminal: false },
  tsv: { load: async () => renderTsv, terminal: false },
  text: { load: async () => (await import('./prose.js')).renderText, terminal: true },
};

/** The renderer for a format. */
export function rendererFor(format: Format): Promise<Renderer> {
  return FORMAT_TABLE[format].load();
}

/** Whether a format uses the terminal's width and colour (so they need working out at all). */
export function forTerminal(format: Format): boolean {
  return FORMAT_TABLE[format].terminal;
}
