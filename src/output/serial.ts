// The line-oriented formats. Each is a pure function from data to the whole text to print.
import { chosenFields, cell } from './fields.js';
import type { RenderContext } from './fields.js';
import type { Output } from './records.js';
import { oneLine, sanitise } from './sanitise.js';

/**
 * Serialise to JSON that is inert on a terminal: DEL, C1 and line separators are \u-escaped too, and so are
 * the characters that show nothing or turn text round (zero-width spaces and joiners, direction marks and
 * overrides, word joiner, byte order mark, soft hyphen, tag characters), which the other formats show as
 * a replacement character. Parsed, the text is exact.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(INVISIBLE, (c) => c.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}
// (A tag character is a pair of surrogates: each half escaped.)
const INVISIBLE = /[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

/** Records as plain objects, cut down to the picked fields when there is a pick. */
export function jsonRecords(out: Output, ctx: RenderContext): unknown[] {
  const records = out.records as unknown as Array<Record<string, unknown>>;
  if (!ctx.fields) return records.map(({ ...r }) => r);
  const picked = ctx.fields;
  return records.map((r) => Object.fromEntries(picked.map((f) => [f, r[f] ?? null])));
}

/** `--format json`: one array. */
export function renderJson(out: Output, ctx: RenderContext): string {
  const records = jsonRecords(out, ctx);
  const single = out.kind === 'answer' && !out.many;
  return safeJson(single ? (records[0] ?? null) : records, 2) + '\n';
}

/** `--format ndjson`: one object a line. */
export function renderNdjson(out: Output, ctx: RenderContext): string {
  return jsonRecords(out, ctx)
    .map((r) => safeJson(r) + '\n')
    .join('');
}

/**
 * `--format bulk`: Elasticsearch's and OpenSearch's bulk format, an action line before each record's line,
 * with the record's id (a fact's id, an entity's name, a question's number) as the document id, so that
 * loading the same facts again replaces them rather than adding copies.
 */
export function renderBulk(out: Output, ctx: RenderContext): string {
  const full = out.records as unknown as Array<Record<string, unknown>>;
  return jsonRecords(out, ctx)
    .map((r, i) => {
      const key = full[i]!.id ?? full[i]!.name ?? full[i]!.number;
      const action = key === undefined ? { index: {} } : { index: { _id: String(key) } };
      return `${safeJson(action)}\n${safeJson(r)}\n`;
    })
    .join('');
}

/** `--format tsv`: one record a line, no header, nothing that could split a record. */
export function renderTsv(out: Output, ctx: RenderContext): string {
  const fields = chosenFields(out, ctx);
  return out.records.map((r) => fields.map((f) => oneLine(cell(f, r))).join('\t') + '\n').join('');
}

/**
 * Quote a CSV field per RFC 4180 when it holds a comma, quote or line break. A cell a spreadsheet would
 * run as a formula (starting =, +, -, @, tab or carriage return) gets a leading ' and quotes, as OWASP
 * advises; tsv and json keep values as they are.
 */
export function csvField(s: string): string {
  const inert = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return inert !== s || /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** `--format csv`: RFC 4180 with a header row and CRLF line ends. */
export function renderCsv(out: Output, ctx: RenderContext): string {
  const fields = chosenFields(out, ctx);
  const rows = [fields.map((f) => f.name), ...out.records.map((r) => fields.map((f) => sanitise(cell(f, r))))];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

