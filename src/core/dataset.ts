// Loading datasets. The bundled one is inlined at build time and was validated then; a user's file is
// untrusted and goes through the schema.
import { readFileSync, statSync } from 'node:fs';
import bundledJson from '../../data/facts.json' with { type: 'json' };
import { FactqError, EXIT } from './errors.js';
import type { Dataset } from './model.js';
import type { Problem } from './schema.js';

/** Files above this size are refused before reading, so a huge file cannot exhaust memory. */
export const MAX_DATA_BYTES = 128 * 1024 * 1024;
const SHOWN_PROBLEMS = 3;

/** The dataset that ships with factq. */
export function bundled(): Dataset {
  return bundledJson as unknown as Dataset;
}

/** Read, parse and validate a dataset file; throws a FactqError (exit 2) naming the file and the problems. */
export async function loadDatasetFile(file: string): Promise<Dataset> {
  const raw = parseJson(file, readText(file));
  const { checkDataset } = await import('./schema.js');
  const result = checkDataset(raw);
  if (!result.ok) throw new DatasetError(file, result.problems);
  return result.dataset;
}

/** A dataset refused by validation; the message is one line, the problems stay available. */
export class DatasetError extends FactqError {
  readonly problems: Problem[];
  constructor(file: string, problems: Problem[]) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : '';
    super(`${file}: invalid dataset: ${shown.join('; ')}${more}`, EXIT.usage);
    this.problems = problems;
  }
}

function readText(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new FactqError(`${file}: is a directory, not a dataset file`);
    size = st.size;
  } catch (err) {
    throw err instanceof FactqError ? err : new FactqError(`${file}: ${describeIoError(err)}`);
  }
  if (size > MAX_DATA_BYTES) {
    const mib = (n: number): string => `${Math.round(n / 1024 / 1024)} MiB`;
    throw new FactqError(`${file}: too large (${mib(size)}; factq reads datasets up to ${mib(MAX_DATA_BYTES)})`);
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new FactqError(`${file}: ${describeIoError(err)}`);
  }
}

function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a dataset file';
  return `cannot read (${code ?? 'unknown error'})`;
}

function parseJson(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new FactqError(`${file}: is empty, expected a JSON dataset`);
  try {
    return JSON.parse(body);
  } catch (err) {
    // V8's message quotes the file's text; say where instead, so nothing from the file reaches the terminal.
    const at = /position (\d+)/.exec(String((err as Error).message));
    const where = at ? ` at ${lineColumn(body, Number(at[1]))}` : '';
    throw new FactqError(`${file}: not valid JSON${where}`);
  }
}

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `line ${line}, column ${pos - before.lastIndexOf('\n')}`;
}
