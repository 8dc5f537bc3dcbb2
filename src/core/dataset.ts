// Loading datasets. The bundled one is written beside the bundle at build time (dist/bundled.json) and
// was validated then; a user's file is untrusted and goes through the schema.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { bundledData, bundledFile } from './bundled-data.js';
import { FactqError, EXIT } from './errors.js';
import type { CheckResult, Dataset, Fact, Problem } from './model.js';
import type { FactColumns } from './corpus.js';
import { ColumnsBuilder, Corpus, columnsOf, entityKindsTable, entityLandsTable, entityNamesTable } from './corpus.js';
import { datasetFiles, mergeDatasets, slugOf } from './library.js';
import type { Part } from './library.js';
import { decodeSnapshot } from './index/snapshot.js';
import type { EncodedSnapshot, IndexSnapshot } from './index/snapshot.js';
import { factChecker, isObject, isWellFormed } from './quick-check.js';
import { IndexBuilder } from './index/build.js';
import { paragraphRanks } from './query.js';
import { factRanges, lazyDataset } from './lazy-dataset.js';
import type { Layout, Rebuild } from './cache.js';
import { keyedIndex } from './text/index.js';

/**
 * Files above this size are refused before reading. Facts lie by byte offsets kept as 32-bit integers (2 GiB
 * at most), and a first read holds the file's bytes and its index together: about 2.5 times the file at
 * its peak (a million facts, 385 MiB, peak at about 1 GB).
 */
export const MAX_DATA_BYTES = 1024 * 1024 * 1024;
/**
 * Files above this size are only ever read fact by fact (see streamedCorpus): parsed whole, a file becomes
 * objects of several times its size, and its text may pass the longest string V8 makes.
 */
export const READ_WHOLE_UP_TO = 128 * 1024 * 1024;
/**
 * Files above this size are read fact by fact first, and parsed whole only to explain a refusal (in the
 * words and with the several problems the whole parse reports): at 100,000 facts a first run then takes
 * 0.87 times as long and peaks at 0.7 times the memory, as it holds no object of every fact at once.
 * Below it the two ways cost the same.
 */
export const STREAM_FROM = 1024 * 1024;
const SHOWN_PROBLEMS = 3;

let frozen = false;

/** The dataset that ships with factq, frozen: every caller shares it, so no caller may change it. */
export function bundled(): Dataset {
  const data = bundledData();
  if (!frozen) {
    deepFreeze(data);
    frozen = true;
  }
  return data as Dataset;
}

// Walked without Object.values: an array of each object's values was most of what freezing allocated,
// enough to tip a run's young generation into a garbage collection.
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
}

// Where the build put the bundle's files (the lexicon, the bundled index's relatives).
declare const __FACTQ_DIST__: string;

let bundledOne: Corpus | undefined;

/** The bundled dataset as a corpus, with the index the build made for it when there is one. */
export function bundledCorpus(): Corpus {
  if (bundledOne) return bundledOne;
  // What the build worked out for the bundled dataset (scripts/bundled-index.ts), in the file it wrote:
  // its index, its entity names and its asks' restatement keys, which every run would otherwise compute.
  const built = bundledFile()?.corpus as { index: EncodedSnapshot; names: string; asked: string[] } | undefined;
  if (!built) return (bundledOne = new Corpus(bundled()));
  // The index of relatives lies beside the bundle, read only by a query word the data does not hold.
  const relatives = (): string | undefined => {
    try {
      return readFileSync(join(__FACTQ_DIST__, 'relatives.json'), 'utf8');
    } catch {
      return undefined;
    }
  };
  return (bundledOne = new Corpus(bundled(), { snapshot: { ...decodeSnapshot(built.index), relatives }, names: built.names, asked: built.asked }));
}

/** Where factq keeps its cache: $XDG_CACHE_HOME/factq, else ~/.cache/factq; undefined if neither is known. */
export function cacheDirFrom(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.FACTQ_NO_CACHE) return undefined;
  // The XDG spec: a relative path in XDG_CACHE_HOME is invalid and ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'factq');
  if (env.HOME) return join(env.HOME, '.cache', 'factq');
  return undefined;
}

/** Options for loading a dataset file. */
export interface LoadOptions {
  /** A directory for cached indexes of dataset files; none means no cache. */
  cacheDir?: string | undefined;
  /** Told how a long first load goes: facts indexed of all. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Files larger than this many bytes are only read fact by fact (default READ_WHOLE_UP_TO). */
  readWholeUpTo?: number | undefined;
  /** Files larger than this many bytes are read fact by fact first (default STREAM_FROM). */
  streamFrom?: number | undefined;
}

/** Read, parse and validate a dataset file; throws a FactqError (exit 2) naming the file and the problems. */
export async function loadDatasetFile(file: string, opts: LoadOptions = {}): Promise<Dataset> {
  return (await loadCorpus(file, opts)).dataset;
}

/** A dataset from bytes read elsewhere (`validate -`: stdin), checked as a file's is; `name` names it in messages. */
export async function datasetFromBytes(name: string, bytes: Uint8Array): Promise<Dataset> {
  const raw = parseJson(name, new TextDecoder('utf-8').decode(bytes), bytes);
  return isWellFormed(raw) ? raw : checked(name, raw);
}

/**
 * The corpus of the datasets `paths` name: one file as it is; several, or a folder of them, read as one
 * (see mergeDatasets), each fact saying which article it is from.
 */
export async function loadLibrary(paths: readonly string[], opts: LoadOptions = {}): Promise<Corpus> {
  const files = datasetFiles(paths);
  // (One file, even named twice, is read as itself.)
  if (files.length === 1 && paths.every((p) => p === files[0])) return loadCorpus(files[0]!, opts);
  const parts: Part[] = [];
  for (const file of files) parts.push({ name: slugOf(file), dataset: (await loadCorpus(file, opts)).dataset });
  return new Corpus(mergeDatasets(parts));
}

/** The corpus of one dataset file, its index from the cache when it has one. */
export async function loadCorpus(file: string, opts: LoadOptions = {}): Promise<Corpus> {
  // Every file's index is cached, however small: a first build runs cold code (~10 ms even for 50 facts),
  // more than loading the cache module and reading an entry.
  const cache = opts.cacheDir ? { dir: opts.cacheDir, ...(await import('./cache.js')) } : undefined;
  const readWholeUpTo = opts.readWholeUpTo ?? READ_WHOLE_UP_TO;
  if (cache) {
    // The file as it was when factq wrote the entry (same device, inode, size, modification and change
    // times: a write of the same size with its time put back still changes the change time): the entry
    // says where each fact lies, and only the facts a run reads are read and parsed.
    const identity = identityOf(file);
    const warm = identity && cache.readCachedLayout(cache.dir, file, { identity }, rebuildFrom(file, { identity }, readWholeUpTo));
    if (warm) return corpusFrom(warm, fileSource(file, identity));
  }
  const { bytes, identity } = readBytesAndIdentity(file);
  const hash = cache ? await cache.contentHash(bytes) : '';
  if (cache) {
    // The same content under another identity (a copy, a touch): the entry is good, and is written anew
    // with this identity.
    const known = cache.readCachedLayout(cache.dir, file, { hash, size: bytes.length }, rebuildFrom(file, { bytes }, readWholeUpTo));
    if (known) {
      if (identity && identity !== known.layout.identity) cache.writeCachedIndex(cache.dir, file, hash, known.snapshot, { ...known.layout, identity });
      return corpusFrom(known, bytesSource(bytes));
    }
  }
  if (bytes.length > Math.min(readWholeUpTo, opts.streamFrom ?? STREAM_FROM)) {
    const streamed = await streamedCorpus(file, bytes, identity, opts.onProgress, bytes.length <= readWholeUpTo);
    if (streamed) {
      if (cache) cache.writeCachedIndex(cache.dir, file, hash, streamed.corpus.index.snapshot(), streamed.layout);
      return streamed.corpus;
    }
  }
  const raw = parseJson(file, new TextDecoder('utf-8').decode(bytes), bytes);
  if (cache) {
    // An entry without a layout (its facts could not be placed in the file): the index still serves.
    const facts = isObject(raw) && Array.isArray(raw.facts) ? raw.facts.length : -1;
    const snapshot = cache.readCachedIndex(cache.dir, file, hash, facts);
    if (snapshot) return new Corpus(raw as Dataset, { snapshot });
  }
  const corpus = new Corpus(isWellFormed(raw) ? raw : await checked(file, raw), { onProgress: opts.onProgress });
  if (cache) cache.writeCachedIndex(cache.dir, file, hash, corpus.index.snapshot(), layoutOf(corpus, bytes, identity));
  opts.onProgress?.(1, 1);
  return corpus;
}

/**
 * A corpus of a file read fact by fact: each fact is parsed, checked, indexed and dropped, and later read
 * again from the bytes when a query needs it (as a warm run reads it from the file). Undefined when the
 * file's facts cannot be found by a scan, and, where the file may be parsed whole (`whole`), when the quick
 * check is not sure of it: then it is parsed whole after all, and that parse says what is wrong.
 */
async function streamedCorpus(
  file: string,
  bytes: Buffer,
  identity: string | undefined,
  onProgress: ((done: number, total: number) => void) | undefined,
  whole: boolean,
): Promise<{ corpus: Corpus; layout: Layout } | undefined> {
  // (What the whole parse would refuse, it explains: its messages say where in the file. Only a refusal:
  // any other error is a fault of this path, and is not hidden behind a slower success.)
  const orWhole = <T>(read: () => T): T | undefined => {
    if (!whole) return read();
    try {
      return read();
    } catch (err) {
      if (err instanceof FactqError) return undefined;
      throw err;
    }
  };
  const split = orWhole(() => splitFacts(file, bytes));
  if (!split || (whole && !isObject(split.outside))) return undefined;
  if (!isObject(split.outside)) await checked(file, split.outside);
  const { facts: _facts, ...shell } = split.outside as Record<string, unknown>;
  const quick = factChecker(shell);
  // (Checking each fact with the schema, the shell again with each, is for files too large for one check.)
  if (whole && !quick) return undefined;
  // A shell the quick check is not sure of: the schema decides it, and then each fact.
  if (!quick) await checked(file, { ...shell, facts: [] });
  let check = quick;
  if (!check) {
    const schema = await loadSchema();
    const ids = new Set<unknown>();
    check = (f) => {
      if (!schema.checkDataset({ ...shell, facts: [f] }).ok || ids.has((f as Fact).id)) return false;
      ids.add((f as Fact).id);
      return true;
    };
  }
  const checkFact = check;
  const built = orWhole(() => streamBuild(file, bytes, split.ranges, shell, identity, checkFact, onProgress));
  if (!built || ('refused' in built && whole)) return undefined;
  if ('refused' in built) throw await factProblems(file, shell, built.fact, built.refused, (i) => factAt(file, bytes, split.ranges, i));
  return built;
}

// A file's facts' places and what lies outside them ("facts": [] where they were); none when the scan
// cannot place them.
function splitFacts(file: string, bytes: Buffer): { ranges: Int32Array; outside: unknown } | undefined {
  const ranges = factRanges(bytes);
  if (!ranges?.length) return undefined;
  const decoder = new TextDecoder('utf-8');
  return { ranges, outside: parseJson(file, decoder.decode(bytes.subarray(0, ranges[0])) + decoder.decode(bytes.subarray(ranges[ranges.length - 1]))) };
}

// The i-th fact of the file, parsed.
function factAt(file: string, bytes: Buffer, ranges: Int32Array, i: number): unknown {
  try {
    return JSON.parse(bytes.toString('utf8', ranges[2 * i]!, ranges[2 * i + 1]!));
  } catch {
    throw new FactqError(`${file}: not valid JSON in facts[${i}] (from byte ${ranges[2 * i]!})`);
  }
}

// Index, columns and order of a file's facts one by one, each passing `check`; the first refused instead.
function streamBuild(
  file: string,
  bytes: Buffer,
  ranges: Int32Array,
  shell: Record<string, unknown>,
  identity: string | undefined,
  check: (fact: unknown) => boolean,
  onProgress?: (done: number, total: number) => void,
): { corpus: Corpus; layout: Layout } | { refused: number; fact: unknown } {
  const n = ranges.length / 2;
  const entities = (shell as Omit<Dataset, 'facts'>).entities;
  const builder = new IndexBuilder(entities, n);
  const columns = new ColumnsBuilder(entities, n);
  const paragraphs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (onProgress && (i & 4095) === 0) onProgress(i, n);
    const fact = factAt(file, bytes, ranges, i);
    if (!check(fact)) return { refused: i, fact };
    builder.add(fact as Fact);
    columns.add(fact as Fact);
    paragraphs[i] = (fact as Fact).paragraph;
  }
  onProgress?.(n, n);
  const order = paragraphRanks(paragraphs);
  const known = { snapshot: builder.finish(), order, columns: columns.finish() };
  const corpus = new Corpus(lazyDataset(shell as Omit<Dataset, 'facts'>, bytesSource(bytes), ranges), known);
  return { corpus, layout: layoutFrom(corpus, shell, ranges, known.columns, identity) };
}

// What a cache entry of `file` holds, worked out anew from the file, for a part of the entry that proves
// damaged after it was opened: the same build on the same content makes the same index and layout. The
// file must be as the entry knew it (its identity, or the very bytes already read).
function rebuildFrom(file: string, known: { identity: string } | { bytes: Buffer }, readWholeUpTo: number): Rebuild {
  return () => {
    let bytes: Buffer;
    if ('bytes' in known) bytes = known.bytes;
    else {
      const read = readBytesAndIdentity(file);
      if (read.identity !== known.identity) throw changedWhileRead(file);
      bytes = read.bytes;
    }
    const again = (): FactqError => new FactqError(`${file}: factq's index cache of it is damaged; run again`);
    if (bytes.length > readWholeUpTo) {
      const split = splitFacts(file, bytes);
      if (!split) throw again();
      const { facts: _facts, ...shell } = split.outside as Record<string, unknown>;
      const built = streamBuild(file, bytes, split.ranges, shell, undefined, () => true);
      if ('refused' in built) throw again();
      return { snapshot: built.corpus.index.snapshot(), layout: built.layout };
    }
    const corpus = new Corpus(parseJson(file, new TextDecoder('utf-8').decode(bytes)) as Dataset);
    const layout = layoutOf(corpus, bytes, undefined);
    if (!layout) throw again();
    return { snapshot: corpus.index.snapshot(), layout };
  };
}

// The problems of the first fact a streamed read refused: the schema's, on the article and entities with
// that fact alone (its paths renumbered); else it repeats an earlier fact's id.
async function factProblems(file: string, shell: Record<string, unknown>, fact: unknown, i: number, factAt: (i: number) => unknown): Promise<DatasetError> {
  const result = (await loadSchema()).checkDataset({ ...shell, facts: [fact] });
  if (!result.ok) return new DatasetError(file, result.problems.map((p) => ({ ...p, path: p.path.replace(/^facts\[0\]/, `facts[${i}]`) })));
  const id = (fact as Fact).id;
  let first = 0;
  while (first < i && (factAt(first) as Fact).id !== id) first++;
  return new DatasetError(file, [{ path: `facts[${i}].id`, message: `duplicate id "${id}" (first at facts[${first}])` }]);
}

// Where each fact lies in the file and the rest of the dataset, for a warm run; none when the file's facts
// cannot be found by a scan (then warm runs parse the file, as before).
function layoutOf(corpus: Corpus, bytes: Uint8Array, identity: string | undefined): Layout | undefined {
  const ranges = factRanges(bytes);
  const { facts, ...shell } = corpus.dataset;
  if (!ranges || ranges.length !== facts.length * 2) return undefined;
  // The scan must have found the very facts JSON.parse read: the first, middle and last are compared,
  // read as a warm run would read them.
  const placed = lazyDataset(shell, bytesSource(bytes), ranges).facts;
  for (const i of new Set([0, facts.length >> 1, facts.length - 1])) {
    if (i < 0 || i >= facts.length) continue;
    if (placed[i]!.id !== facts[i]!.id || placed[i]!.text !== facts[i]!.text) return undefined;
  }
  return layoutFrom(corpus, shell, ranges, columnsOf(corpus.dataset), identity);
}

// A cache entry's layout of a corpus read from a file: its entities kept apart from the rest of the shell,
// so a warm run parses them only when it reads them.
function layoutFrom(corpus: Corpus, shell: object, ranges: Int32Array, columns: FactColumns, identity: string | undefined): Layout {
  const { entities, ...rest } = shell as Record<string, unknown>;
  const names = entityNamesTable(corpus);
  const { json, kinds } = entityKindsTable(entities as Dataset['entities']);
  const lands = entityLandsTable(entities as Dataset['entities']);
  return { shell: JSON.stringify(rest), entities: json, ranges, order: corpus.order, identity: identity ?? '', columns, names, namesIndex: keyedIndex(names), kinds, kindsIndex: keyedIndex(kinds), lands, landsIndex: keyedIndex(lands) };
}

// A corpus from a cache entry's index and layout, its facts read through `read` as they are used.
function corpusFrom(found: { snapshot: IndexSnapshot; layout: Layout }, read: (start: number, end: number) => Uint8Array): Corpus {
  const { layout } = found;
  const shell = JSON.parse(layout.shell) as Omit<Dataset, 'facts'>;
  // The parts a run may not need are read from the entry when first used (`in` reads none of them).
  const entities = 'entities' in layout ? () => JSON.parse(layout.entities!) as Dataset['entities'] : undefined;
  const dataset = lazyDataset(shell, read, { count: layout.order.length, load: () => layout.ranges, ...(layout.rangeOf ? { at: layout.rangeOf } : {}) }, entities);
  // One entity's JSON, by its place in bytes: read alone where the entry allows.
  let whole: Buffer | undefined;
  const decoder = new TextDecoder('utf-8');
  const entityJson = (from: number, to: number): string | undefined => {
    if (layout.entityBytes) return decoder.decode(layout.entityBytes(from, to));
    if (layout.entities === undefined) return undefined;
    whole ??= Buffer.from(layout.entities, 'utf8');
    return to <= whole.length ? whole.toString('utf8', from, to) : undefined;
  };
  return new Corpus(dataset, { snapshot: found.snapshot, order: layout.order, columns: () => layout.columns, names: () => layout.names, namesIndex: () => layout.namesIndex, kinds: () => layout.kinds, kindsIndex: () => layout.kindsIndex, lands: () => layout.lands, landsIndex: () => layout.landsIndex, entityJson, pieces: layout.pieces });
}

// A regular file's identity: device, inode, size, and modification and change times in nanoseconds.
function identityFrom(st: BigIntStats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

function identityOf(file: string): string | undefined {
  try {
    const st = statSync(file, { bigint: true });
    return st.isFile() ? identityFrom(st) : undefined;
  } catch {
    return undefined;
  }
}

// The file's bytes, and its identity when it is a regular file that did not change while it was read.
function readBytesAndIdentity(file: string): { bytes: Buffer; identity: string | undefined } {
  const before = identityOf(file);
  const bytes = readBytes(file);
  return { bytes, identity: before !== undefined && identityOf(file) === before ? before : undefined };
}

function bytesSource(bytes: Uint8Array): (start: number, end: number) => Uint8Array {
  return (start, end) => bytes.subarray(start, end);
}

// The error of a file that is no longer the one a cache entry describes.
function changedWhileRead(file: string): FactqError {
  return new FactqError(`${file}: changed while factq was reading it; run again`);
}

// Facts read from the file where they lie, a few at a time; a run that reads many (list, an article
// question's facts) reads the whole file once instead. Each read checks the file is still the one the
// entry describes: a file changed since is an error, never an answer from other bytes.
function fileSource(file: string, identity: string): (start: number, end: number) => Uint8Array {
  let whole: Buffer | undefined;
  let reads = 0;
  // One descriptor serves the reads of one synchronous stretch (ask reads its 200 candidates in one) and
  // is closed once it ends, so a library user's corpus holds none between queries: opening and closing
  // the file for each fact was half of what reading it cost.
  let open: number | undefined;
  const descriptor = (): number => {
    if (open !== undefined) return open;
    const fd = openSync(file, 'r');
    open = fd;
    queueMicrotask(() => {
      open = undefined;
      closeSync(fd);
    });
    return fd;
  };
  return (start, end) => {
    if (!whole && ++reads > PIECEMEAL_READS) {
      whole = readBytes(file);
      if (identityOf(file) !== identity) throw changedWhileRead(file);
    }
    if (whole) return whole.subarray(start, end);
    const piece = Buffer.allocUnsafe(end - start);
    const fd = descriptor();
    if (identityFrom(fstatSync(fd, { bigint: true })) !== identity) throw changedWhileRead(file);
    if (readSync(fd, piece, 0, piece.length, start) !== piece.length) throw changedWhileRead(file);
    return piece;
  };
}
// Facts read one by one before reading the whole file is cheaper.
const PIECEMEAL_READS = 256;

// The schema decides what the quick check is not sure of, and says what is wrong.
async function checked(file: string, raw: unknown): Promise<Dataset> {
  const result = (await loadSchema()).checkDataset(raw);
  if (!result.ok) throw new DatasetError(file, result.problems);
  return result.dataset;
}

/** The schema module, loaded on first use: zod is large, and the bundled dataset never needs it. */
export async function loadSchema(): Promise<SchemaModule> {
  return import('./schema.js');
}

/** What the lazily loaded schema module offers. */
export interface SchemaModule {
  checkDataset(raw: unknown): CheckResult;
  datasetJsonSchema(): unknown;
}

/**
 * A dataset refused by validation; the message is one line, the problems stay available. (A file that is
 * no JSON is one problem at its root, path "", told in a message of its own.)
 */
export class DatasetError extends FactqError {
  readonly problems: Problem[];
  constructor(file: string, problems: Problem[], message?: string) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : '';
    super(message ?? `${file}: invalid dataset: ${shown.join('; ')}${more}`, EXIT.usage);
    this.problems = problems;
  }
}

// The error of a file whose text is no JSON dataset at all: one problem, at the root.
function unreadable(file: string, reason: string): DatasetError {
  return new DatasetError(file, [{ path: '', message: reason }], `${file}: ${reason}`);
}

/**
 * A file's bytes (standard input's, with `stdin`), up to the dataset size limit, counted as they are read:
 * a pipe, a device or /dev/zero has no size to check first, so the limit is enforced on what arrives.
 */
export function readBytes(file: string, opts: { stdin?: boolean } = {}): Buffer {
  let fd: number;
  // Standard input is read from its descriptor: /dev/stdin cannot be opened when it is a socket (as a
  // Node parent's pipes are).
  if (opts.stdin) fd = 0;
  else {
    try {
      fd = openSync(file, 'r');
    } catch (err) {
      throw new FactqError(`${file}: ${describeIoError(err)}`);
    }
  }
  const mib = (n: number): string => (n % (1 << 30) === 0 ? `${n / (1 << 30)} GiB` : `${Math.round(n / 1024 / 1024)} MiB`);
  const tooLarge = (size?: number): FactqError =>
    new FactqError(`${file}: too large (${size === undefined ? 'over the limit' : mib(size)}; factq reads datasets up to ${mib(MAX_DATA_BYTES)})`);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FactqError(`${file}: is a directory, not a dataset file`);
    if (st.isFile() && st.size > MAX_DATA_BYTES) throw tooLarge(st.size);
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read of its size (and one more to see its end); a pipe or a device, or a file
    // that grows, in chunks.
    let size = st.isFile() ? st.size + 1 : 1 << 20;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(1, size));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_DATA_BYTES) throw tooLarge();
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      size = 1 << 20;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof FactqError ? err : new FactqError(`${file}: ${describeIoError(err)}`);
  } finally {
    if (!opts.stdin) closeSync(fd);
  }
}

function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a dataset file';
  return `cannot read (${code ?? 'unknown error'})`;
}

function parseJson(file: string, text: string, bytes?: Uint8Array): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw unreadable(file, 'is empty, expected a JSON dataset');
  try {
    return JSON.parse(body);
  } catch (err) {
    // V8's message quotes the file's text; say where instead, so nothing from the file reaches the terminal.
    const reason = String((err as Error).message);
    const at = /position (\d+)/.exec(reason);
    // A file cut short ("Unexpected end of JSON input") is told so, with where it ends.
    const where = at
      ? ` at ${lineColumn(body, Number(at[1]))}${bytes ? factAround(bytes, Buffer.byteLength(text.slice(0, Number(at[1]) + text.length - body.length))) : ''}`
      : /end of JSON/.test(reason)
        ? `: it ends too soon, at ${lineColumn(body, body.length)}`
        : '';
    // (An article's own text passed where its dataset goes: say how to make one.)
    const prose = /^\s*[\p{L}"\u201c\u2018]/u.test(body);
    throw unreadable(file, `not valid JSON${where}${prose ? `; it reads as text: to make a dataset from an article, run factq extract ${file === '-' ? '-' : quotedPath(file)} -o FILE.json` : ''}`);
  }
}

// A path as a shell takes it: bare where it holds only safe characters, else in single quotes.
function quotedPath(file: string): string {
  return /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

// Which fact a byte of the file lies in, when its facts can be placed: a generated file is one line, where
// a column alone does not say which fact to look at.
function factAround(bytes: Uint8Array, at: number): string {
  const ranges = factRanges(bytes);
  if (!ranges) return '';
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= at && at < ranges[i + 1]!) return ` (in facts[${i / 2}])`;
  return '';
}

function lineColumn(text: string, pos: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${pos - start + 1}`;
}
