// Output policy: which format, which fields, colour and width, then one renderer call. What a command
// returned becomes the text for stdout, the lines for stderr and the exit code.
import { EXIT, usageError } from '../core/errors.js';
import type { ExitCode } from '../core/errors.js';
import type { CommandResult, StreamOutput } from '../commands/command.js';
import { PLAIN, palette, useColor } from '../output/colour.js';
import { forTerminal, rendererFor } from '../output/formats.js';
import type { Format, Renderer } from '../output/formats.js';
import type { RenderContext } from '../output/fields.js';
import { safeJson } from '../output/serial.js';
import { fieldNames } from '../output/records.js';
import type { Output, RecordKind } from '../output/records.js';
import type { Io } from './io.js';
import { message } from './io.js';
import type { OptionValues } from './options.js';

/** Print a command's result as the options ask; returns the exit code. */
export async function emit(io: Io, opts: OptionValues, command: string, result: CommandResult): Promise<ExitCode> {
  const out = result.output;
  const explicit = explicitFormat(opts);
  const fieldList = opts.fields;
  if (out.kind === 'stream') return emitStream(io, opts, out, command);
  if (opts.quiet) {
    // The exit code alone; the choice of fields is still checked, so a script's typo is not silent.
    if (out.kind !== 'text' && out.kind !== 'document') parseFields(fieldList, out.kind, command);
    return result.code ?? (out.kind === 'text' || out.kind === 'document' || out.records.length ? EXIT.found : EXIT.notFound);
  }
  if (out.kind === 'text') {
    if (explicit || fieldList !== undefined) throw usageError(`${command} prints plain text: --format, --json and --fields do not apply`);
    io.stdout.write(out.text);
    for (const note of result.notes ?? []) io.stderr.write(message(note));
    return result.code ?? EXIT.found;
  }
  if (out.kind === 'document') {
    if (fieldList !== undefined) throw usageError(`${command} prints one JSON document: --fields does not apply`);
    if (explicit && explicit !== 'json') throw usageError(`${command} prints one JSON document: only --format json applies`);
    io.stdout.write(`${safeJson(out.value, 2)}\n`);
    for (const note of result.notes ?? []) io.stderr.write(message(note));
    return result.code ?? EXIT.found;
  }
  const { format, render, ctx } = await prepare(io, opts, out.kind, command);
  // ("article" is filled only when several datasets are read as one: one dataset would print it empty.)
  if (ctx.fields?.includes('article') && out.records.length && !(out.records as ReadonlyArray<{ article?: unknown }>).some((r) => r.article !== undefined))
    throw usageError('the field "article" names the dataset of each fact when several are read as one (--data given twice, or a folder): one dataset has none');
  // JSON always answers (`[]`, or `answer: null`); other formats print nothing when nothing was found.
  const text = hasContent(out) || format === 'json' || format === 'ndjson' ? render(out, ctx) : '';
  // More than a screen on a terminal goes through the pager, as git and gh do; never in a pipe.
  const tty = io.stdout.isTTY === true;
  const paged = tty && opts.pager !== false && io.page !== undefined && lineCount(text) >= (io.stdout.rows || 24) && (await io.page(text));
  if (text && !paged) io.stdout.write(text);
  for (const note of result.notes ?? []) io.stderr.write(message(note));
  // What a person at a terminal wants told and a pipe does not ("no match"): grep's manners.
  if (tty) for (const hint of result.hints ?? []) io.stderr.write(message(hint));
  return result.code ?? (out.records.length ? EXIT.found : EXIT.notFound);
}

// The formats that show --explain's reasoning.
const EXPLAINED_IN: ReadonlySet<Format> = new Set(['text', 'json', 'ndjson']);

// The format the user asked for, if any: --json is --format json (and asked with another, a mistake to
// name, not one of them to drop silently).
function explicitFormat(opts: OptionValues): Format | undefined {
  if (opts.json && opts.format !== undefined && opts.format !== 'json') throw usageError(`--json and --format ${opts.format} ask for two formats: give one`);
  return opts.json ? 'json' : opts.format;
}

// The format, its renderer and what it renders with, for records of one kind.
async function prepare(io: Io, opts: OptionValues, kind: RecordKind, command: string): Promise<{ format: Format; render: Renderer; ctx: RenderContext }> {
  const explicit = explicitFormat(opts);
  const tty = io.stdout.isTTY === true;
  // (--explain is prose, or a field of JSON: in a pipe it asks for the text format, and a format with no
  // room for it is refused, not silently obeyed.)
  if (opts.explain && explicit !== undefined && !EXPLAINED_IN.has(explicit)) throw usageError(`--explain shows in the text, json and ndjson formats, not ${explicit}`);
  // (Bulk loads documents by their ids: answers and problems have none to load by.)
  if (explicit === 'bulk' && (kind === 'answer' || kind === 'problem')) throw usageError(`--format bulk loads facts, entities and questions into a search engine by id: ${command} has no ids (use ndjson)`);
  // On a terminal an answer reads as prose (the answer, then its facts); a table of answers on request.
  const format: Format = explicit ?? (tty || opts.explain ? (kind === 'answer' ? 'text' : 'table') : 'tsv');
  const fields = parseFields(opts.fields, kind, command);
  const render = await rendererFor(format);
  // Only terminal formats look at the terminal: a script's `--json` run never probes it.
  const terminal = forTerminal(format);
  const ctx = {
    fields,
    palette: terminal ? await palette(useColor(opts.color === false ? 'never' : opts.color, io.env, tty)) : PLAIN,
    // Prose wraps only on a terminal, so `--format text | grep` sees whole lines; a table needs a width.
    width: tty ? terminalWidth(io.stdout.columns, io.env.COLUMNS) : format === 'text' ? Infinity : terminalWidth(undefined, io.env.COLUMNS),
  };
  return { format, render, ctx };
}

// Results one input at a time, each printed as soon as it is made (never paged: the reader is waiting on
// each). JSON stays one array, opened before the first part and closed after the last; csv has one header.
async function emitStream(io: Io, opts: OptionValues, out: StreamOutput, command: string): Promise<ExitCode> {
  // (Fields as `search -` fills them: the query each row answers is one.)
  const { format, render, ctx } = await prepare(io, opts, out.records, `${command} -`);
  const tty = io.stdout.isTTY === true;
  if (out.waiting !== undefined && io.stdinIsTTY && !opts.quiet) io.stderr.write(message(out.waiting));
  let parts = 0;
  let found = 0;
  let printed = 0;
  // (A line that was a usage error, noted on stderr when it came: the run ends with its code.)
  let misused = false;
  // A table's columns fit every row: from a file or a pipe, the parts are one table, printed at the end (as
  // `column -t` does). Typed at a terminal, each question is answered as it comes.
  const oneTable = (format === 'table' || format === 'boxed') && !io.stdinIsTTY;
  let gathered: Output | undefined;
  for await (const part of out.parts) {
    parts++;
    const records = part.output.records.length;
    if ((part.code ?? (records ? EXIT.found : EXIT.notFound)) === EXIT.found) found++;
    if (part.code === EXIT.usage) misused = true;
    if (oneTable && !opts.quiet) {
      gathered = gathered === undefined ? part.output : joined(gathered, part.output);
      for (const note of part.notes ?? []) io.stderr.write(message(note));
      if (tty) for (const hint of part.hints ?? []) io.stderr.write(message(hint));
    } else if (!opts.quiet) {
      let text = records ? render(part.output, ctx) : '';
      if (format === 'json') text = records ? (printed ? ',\n' : '[\n') + arrayItems(text) : '';
      else if (format === 'csv' && printed) text = text.slice(text.indexOf('\r\n') + 2);
      else if ((format === 'text' || format === 'table' || format === 'boxed') && printed && text) text = `\n${text}`;
      if (text) {
        io.stdout.write(text);
        printed++;
      }
      for (const note of part.notes ?? []) io.stderr.write(message(note));
      if (tty) for (const hint of part.hints ?? []) io.stderr.write(message(hint));
    }
  }
  if (!opts.quiet && format === 'json') io.stdout.write(printed ? '\n]\n' : '[]\n');
  if (gathered !== undefined && gathered.records.length) io.stdout.write(render(gathered, ctx));
  // (No input at all found nothing, whichever way parts count.)
  const ok = parts > 0 && (out.found === 'any' ? found > 0 : found === parts);
  return misused ? EXIT.usage : ok ? EXIT.found : EXIT.notFound;
}

// Two parts' records as one output (of one kind: a stream's parts are), with what each highlights.
function joined(a: Output, b: Output): Output {
  const highlight = a.kind === 'fact' && b.kind === 'fact' && (a.highlight || b.highlight) ? new Map([...(a.highlight ?? []), ...(b.highlight ?? [])]) : undefined;
  return { ...a, records: [...a.records, ...b.records], ...(highlight ? { highlight } : {}) } as Output;
}

// The items of a JSON array as rendered (`[\n  {...},\n  {...}\n]\n`), without its brackets, so that
// arrays rendered part by part print as one.
function arrayItems(json: string): string {
  return json.slice(json.indexOf('[') + 2, json.lastIndexOf(']') - 1);
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// The terminal's width, else COLUMNS, else 80; a nonsensical COLUMNS (1e9, Infinity) is held to 20..1000.
function terminalWidth(columns: number | undefined, env: string | undefined): number {
  const n = columns || Number(env) || 80;
  return Number.isFinite(n) ? Math.min(1000, Math.max(20, Math.floor(n))) : 80;
}

function parseFields(list: string | undefined, kind: RecordKind, command: string): string[] | undefined {
  if (list === undefined) return undefined;
  // (Only the fields this command fills: `list --fields score` would print empty cells.)
  const valid = fieldNames(kind, command);
  const picked = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = picked.filter((f) => !valid.includes(f));
  if (!picked.length || unknown.length)
    throw usageError(`unknown field${unknown.length > 1 ? 's' : ''} "${unknown.join(', ') || list}": valid fields are ${valid.join(', ')}`);
  return picked;
}

function hasContent(out: Output): boolean {
  if (out.kind === 'answer' && !out.many) return out.records.some((r) => r.answer !== null || r.explain);
  return out.records.length > 0;
}
