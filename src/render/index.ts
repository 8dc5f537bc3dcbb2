// The format table: every format the CLI offers, and how to get its renderer.
import type { RenderContext } from './context.js';
import type { Output } from './records.js';
import { renderCsv, renderJson, renderNdjson, renderTsv } from './formats.js';

/** Output formats, in the order help lists them. */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export type Renderer = (out: Output, ctx: RenderContext) => string;

/** The renderer for a format; table and text load their width-measuring code only when asked for. */
export async function rendererFor(format: Format): Promise<Renderer> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).renderTable;
    case 'json':
      return renderJson;
    case 'ndjson':
      return renderNdjson;
    case 'csv':
      return renderCsv;
    case 'tsv':
      return renderTsv;
    case 'text':
      return (await import('./text.js')).renderText;
  }
}
