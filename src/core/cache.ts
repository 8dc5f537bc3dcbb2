// A cache of built indexes for --data files, in the user's cache directory (as tldr clients do).
// An entry is found by the file's path, size and mtime, and trusted only if it is factq's own and whole:
// a regular file of the user's own that no one else may write (so no one else can plant one: the test
// ssh makes of its keys), whose CRC-32 holds (so damage is never read as an index), made by this build (its
// fingerprint), for this file (its identity, or its content hash: a changed file is never answered from
// it). Then the file is known valid (it was checked before the entry was written) and its index loads from
// typed arrays instead of being rebuilt. Any doubt, and any cache failure, falls back to the full path,
// silently. The cache stays small and private: the directory is the owner's alone (0700, files 0600), a
// file's new entry replaces its old ones, only the most recently used MAX_CACHE_ENTRIES are kept, and
// pruning touches only files factq made. A warm run loads no node:crypto (its streams cost about 3 ms):
// the content hash is taken only when a file's identity changed.
import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { nodeBinding } from './binding.js';
import { FactqError } from './errors.js';
import type { IndexSnapshot } from './index/snapshot.js';
import type { TablePieces } from './corpus.js';
import { totalOf } from './index/score.js';
import { stemTable } from './index/stem-table.js';
import { keyedIndex } from './text/lines.js';
import type { FactColumns } from './corpus.js';

// What an index depends on: the build writes in a hash of the analyzer's and the index's source and of
// factq's version, so an upgrade that changes stemming or the index format never reads an old entry.
// Unbundled (tests) it is a dev build's, and the tests' caches are their own.
declare const __FACTQ_INDEX_FINGERPRINT__: string | undefined;
const INDEX_FINGERPRINT = typeof __FACTQ_INDEX_FINGERPRINT__ === 'string' ? __FACTQ_INDEX_FINGERPRINT__ : 'dev';
/** Entries kept (about 10 MB each for 100,000 facts); the least recently used go first. */
export const MAX_CACHE_ENTRIES = 16;
// A temporary file this old is left from a write that never finished.
const STALE_TMP_MS = 10 * 60 * 1000;
// No entry is larger: a bigger file at an entry's name is not factq's.
const MAX_ENTRY_BYTES = 1 << 30;
// The names factq gives its files: nothing else in the directory is ever pruned.
const ENTRY_NAME = /^[0-9a-f]{16}-[0-9a-f]{16}\.idx$/;
const TEMP_NAME = /^[0-9a-f]{16}-[0-9a-f]{16}\.idx\.[0-9a-f]{16}\.tmp$/;

/** A cache entry: what it was made under and for, the index, and what a warm run reads besides. */
export interface Entry {
  fingerprint: string;
  contentHash: string;
  snapshot: IndexSnapshot;
  /** What a warm run needs besides the index, so it parses no more of the file than it reads. */
  layout?: Layout;
}

/**
 * The dataset's article and entities as JSON, each fact's byte range in the file, article order, and the
 * file's identity when it was read (device, inode, size, modification and change times).
 */
export interface Layout {
  shell: string;
  ranges: Int32Array;
  order: Int32Array;
  identity: string;
  /** What the filters read of each fact. */
  columns: FactColumns;
  /** The entity names table (see entityNamesTable), so a warm run folds no name its query does not use. */
  names?: string;
  /** The names table's lines by hash (see keyedIndex): a large dataset's names are many to look up in place. */
  namesIndex?: Int32Array;
  /** The entities as JSON, when `shell` leaves them out: parsed only by a run that reads them. */
  entities?: string;
  /** Each entity's kind and place in the list, by name (see entityKindsTable): asked without parsing `entities`. */
  kinds?: string;
  /** The kinds table's lines by hash (see keyedIndex). */
  kindsIndex?: Int32Array;
  /** The countries and places by the first letters of their names' words (see entityLandsTable), and its index. */
  lands?: string;
  landsIndex?: Int32Array;
  /** One fact's range, read alone (an entry read lazily, whose ranges are in checked blocks). */
  rangeOf?: (fact: number) => readonly [number, number];
  /** Bytes of the entities' JSON, read alone (likewise). */
  entityBytes?: (from: number, to: number) => Uint8Array;
  /** The names, kinds and lands tables, read a piece at a time (likewise: they are kept in ASCII). */
  pieces?: (table: 'names' | 'kinds' | 'lands') => TablePieces | undefined;
}

/** The content hash that keys a file's entry (SHA-256). */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

// 64 bits of FNV-1a, as 16 hex digits: names entries, no more (an entry says what file it is for).
function shortHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

// CRC-32, from zlib's binding as the loader takes it (dist/cli.cjs: the public node:zlib loads streams), or
// the public one when pending deprecations are shown, or a table here where Node has neither.
let crcOf: ((bytes: Uint8Array) => number) | undefined;
function crc32(bytes: Uint8Array): number {
  return (crcOf ??= crc32Function())(bytes);
}
function crc32Function(): (bytes: Uint8Array) => number {
  const binding = nodeBinding<{ crc32(bytes: Uint8Array, value: number): number }>('zlib')?.crc32;
  if (typeof binding === 'function') return (bytes) => binding(bytes, 0) >>> 0;
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return (bytes) => {
    let c = -1;
    for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
}

/** Where a file's entry lies: `<path hash>-<version, size, mtime hash>.idx`, one first part per file. */
export function entryPath(dir: string, file: string): string {
  const st = statSync(file);
  const path = resolve(file);
  return join(dir, `${shortHash(path)}-${shortHash(`${INDEX_FINGERPRINT}\0${path}\0${st.size}\0${st.mtimeMs}`)}.idx`);
}

// The bytes of a regular file of the user's own that no one else may write, opened without following a
// link or waiting on a FIFO; undefined otherwise.
function readRegular(path: string, limit: number): Buffer | undefined {
  return withOwnFile(path, limit, (fd, st) => readAt(fd, 0, st.size));
}

// `use` of a regular file of the user's own that no one else may write, at most `limit` bytes, opened as
// readRegular opens it; undefined otherwise.
function withOwnFile<T>(path: string, limit: number, use: (fd: number, st: Stats) => T | undefined): T | undefined {
  const fd = openRegular(path);
  if (fd === undefined) return undefined;
  try {
    const st = fstatSync(fd);
    return st.isFile() && st.size <= limit && ownedAlone(st) ? use(fd, st) : undefined;
  } finally {
    closeSync(fd);
  }
}

// The user's own, and not writable by group or others. Where there are no user ids (Windows), the mode.
function ownedAlone(st: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  return (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
}

// An entry's bytes: "FQX3", the header's length and CRC-32, the header, then each string and typed array
// of the entry in a section of its own. The header is JSON: the fingerprint, the content hash and each
// section's name, kind, place, size and CRC-32 (of the postings, the facts' ranges and the entities' JSON, a
// CRC a block at a time). Sections are 8-byte
// aligned, so arrays are read as views of the bytes (no copy, no deserialising: v8.deserialize copied the
// 11 MB of a 100k-fact index). A warm run reads the header and then each section as it is needed, and of
// the postings only the blocks its terms' postings lie in (a search at a million facts reads a few MiB of
// 108). Arrays are in this machine's byte order, which the header records.
const MAGIC = 0x33585146; // "FQX3" (FQX2 checked postings a MiB at a time)
const HEAD_BYTES = 16;
/**
 * Postings are checked and read in blocks of this many bytes: small enough that a query reads little more
 * than its words' postings (a block of a MiB read ten times more at 100k facts), large enough that the
 * header's list of their CRCs stays short (1,700 at a million facts).
 */
export const BLOCK_BYTES = 1 << 16;
// The sections checked a block at a time, so that a run reads only the blocks it uses.
const BLOCKED = new Set(['postings', 'ranges', 'entities-json', 'names', 'kinds', 'lands']);
type SectionKind = 's' | 'i32' | 'u16' | 'u8';
type SectionValue = string | Int32Array | Uint16Array | Uint8Array;
interface SectionInfo {
  name: string;
  kind: SectionKind;
  offset: number;
  length: number;
  crc: number;
  /** The CRC of each BLOCK_BYTES of it, for a section read a block at a time. */
  blocks?: number[];
}
interface Header {
  fingerprint: string;
  contentHash: string;
  littleEndian: boolean;
  vocabJson: boolean;
  sections: SectionInfo[];
  /** The sum of the facts' lengths (see IndexSnapshot.lengthTotal). */
  lengthTotal?: number;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** An entry as the bytes of its file. */
export function encodeEntry(entry: Entry): Buffer {
  const parts: Array<[string, SectionValue]> = [];
  const { snapshot: s, layout } = entry;
  // The vocabulary one stem a line, unless a stem holds a line end (an entity name may): then as JSON.
  const vocabJson = s.vocab.some((v) => v.includes('\n'));
  parts.push(['vocab', vocabJson ? JSON.stringify(s.vocab) : s.vocab.join('\n')], ['offsets', s.offsets], ['postings', s.postings], ['docLength', s.docLength]);
  parts.push(['stemTable', s.stemTable ?? stemTable(s.vocab)]);
  if (s.dictionary !== undefined) parts.push(['dictionary', s.dictionary]);
  if (typeof s.relatives === 'string') parts.push(['relatives', s.relatives]);
  if (layout) {
    parts.push(['shell', layout.shell], ['ranges', layout.ranges], ['order', layout.order], ['identity', layout.identity]);
    parts.push(['question', layout.columns.question], ['type', layout.columns.type], ['entityStart', layout.columns.entityStart], ['entities', layout.columns.entities]);
    if (layout.names !== undefined) parts.push(['names', layout.names], ['namesIndex', layout.namesIndex ?? keyedIndex(layout.names)]);
    if (layout.entities !== undefined) parts.push(['entities-json', layout.entities]);
    if (layout.kinds !== undefined) parts.push(['kinds', layout.kinds], ['kindsIndex', layout.kindsIndex ?? keyedIndex(layout.kinds)]);
    if (layout.lands !== undefined) parts.push(['lands', layout.lands], ['landsIndex', layout.landsIndex ?? keyedIndex(layout.lands)]);
  }
  const sections: SectionInfo[] = [];
  const bodies: Uint8Array[] = [];
  let at = 0;
  for (const [name, value] of parts) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const kind: SectionKind = typeof value === 'string' ? 's' : value instanceof Int32Array ? 'i32' : value instanceof Uint16Array ? 'u16' : 'u8';
    const info: SectionInfo = { name, kind, offset: at, length: bytes.length, crc: crc32(bytes) };
    if (BLOCKED.has(name)) {
      info.blocks = [];
      for (let b = 0; b < bytes.length; b += BLOCK_BYTES) info.blocks.push(crc32(bytes.subarray(b, b + BLOCK_BYTES)));
    }
    sections.push(info);
    bodies.push(bytes);
    at += align8(bytes.length);
  }
  const header: Header = { fingerprint: entry.fingerprint, contentHash: entry.contentHash, littleEndian: LITTLE_ENDIAN, vocabJson, sections, lengthTotal: s.lengthTotal ?? totalOf(s.docLength) };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align8(HEAD_BYTES + headerBytes.length);
  const out = Buffer.alloc(start + at);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(headerBytes.length, 4);
  out.writeUInt32LE(crc32(headerBytes), 8);
  headerBytes.copy(out, HEAD_BYTES);
  sections.forEach(({ offset }, i) => out.set(bodies[i]!, start + offset));
  return out;
}

// The header of an entry whose first bytes are `head` (of `total` in all), and where its sections start;
// how many bytes are needed when the header lies beyond `head`; undefined if it is no entry of this format
// and byte order, or is damaged.
function readHeader(head: Uint8Array, total: number): { header: Header; start: number } | { need: number } | undefined {
  if (head.length < HEAD_BYTES) return undefined;
  const view = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (view.readUInt32LE(0) !== MAGIC) return undefined;
  const headerEnd = HEAD_BYTES + view.readUInt32LE(4);
  if (headerEnd > total) return undefined;
  if (headerEnd > head.length) return { need: headerEnd };
  const bytes = head.subarray(HEAD_BYTES, headerEnd);
  if (crc32(bytes) !== view.readUInt32LE(8)) return undefined;
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as Header;
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || header.littleEndian !== LITTLE_ENDIAN || !Array.isArray(header.sections)) return undefined;
  if (typeof header.fingerprint !== 'string' || typeof header.contentHash !== 'string') return undefined;
  const start = align8(headerEnd);
  for (const s of header.sections) {
    if (typeof s !== 'object' || s === null || typeof s.name !== 'string' || !Number.isSafeInteger(s.offset) || !Number.isSafeInteger(s.length)) return undefined;
    if (s.offset < 0 || s.length < 0 || start + s.offset + s.length > total || !['s', 'i32', 'u16', 'u8'].includes(s.kind)) return undefined;
    if (s.kind !== 's' && s.length % elementBytes(s.kind) !== 0) return undefined;
  }
  return { header, start };
}

function elementBytes(kind: SectionKind): number {
  return kind === 'i32' ? 4 : kind === 'u16' ? 2 : 1;
}

// A section's value from its bytes: text, or an array over the same memory when aligned (else a copy).
function valueOf(kind: SectionKind, bytes: Uint8Array): SectionValue {
  if (kind === 's') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const Kind = kind === 'i32' ? Int32Array : kind === 'u16' ? Uint16Array : Uint8Array;
  const buffer = bytes.buffer as ArrayBuffer;
  return bytes.byteOffset % Kind.BYTES_PER_ELEMENT === 0
    ? new Kind(buffer, bytes.byteOffset, bytes.byteLength / Kind.BYTES_PER_ELEMENT)
    : new Kind(buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

// Whether a section's bytes are whole: its CRC, or each block's.
function whole(info: SectionInfo, bytes: Uint8Array): boolean {
  if (!info.blocks) return crc32(bytes) === info.crc;
  if (info.blocks.length !== Math.ceil(bytes.length / BLOCK_BYTES)) return false;
  return info.blocks.every((crc, b) => crc32(bytes.subarray(b * BLOCK_BYTES, (b + 1) * BLOCK_BYTES)) === crc);
}

/** An entry from the bytes of its file, every section checked; undefined if not an entry, or damaged. */
export function decodeEntry(bytes: Uint8Array): Entry | undefined {
  const head = readHeader(bytes, bytes.length);
  if (!head || 'need' in head) return undefined;
  const found = new Map<string, SectionValue>();
  for (const info of head.header.sections) {
    const from = head.start + info.offset;
    const body = bytes.subarray(from, from + info.length);
    if (!whole(info, body)) return undefined;
    found.set(info.name, valueOf(info.kind, body));
  }
  return entryFrom(head.header, (name) => found.get(name));
}

// An entry from its header and its sections' values (`section`: undefined for a section it lacks).
// `lazy`: the parts a warm run may not need, to be read when first used (see openEntry).
function entryFrom(header: Header, section: (name: string) => SectionValue | undefined, lazy?: Lazy): Entry | undefined {
  const isString = (v: unknown): v is string => typeof v === 'string';
  const isI32 = (v: unknown): v is Int32Array => v instanceof Int32Array;
  const get = <T>(name: string, test: (v: unknown) => v is T): T | undefined => {
    const v = section(name);
    return test(v) ? v : undefined;
  };
  const vocabText = get('vocab', isString);
  const offsets = get('offsets', isI32);
  const docLength = get('docLength', (v): v is Uint16Array => v instanceof Uint16Array);
  const postings = lazy ? lazy.postings : get('postings', isI32);
  if (vocabText === undefined || !offsets || !postings || !docLength) return undefined;
  const vocab: unknown = header.vocabJson ? JSON.parse(vocabText) : vocabText ? vocabText.split('\n') : [];
  if (!Array.isArray(vocab)) return undefined;
  const relatives = lazy ? lazy.string('relatives') : get('relatives', isString);
  // (A total that is no whole number of the right size is not one this build wrote: summed again.)
  const total = header.lengthTotal;
  const lengthTotal = typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 && total <= docLength.length * 65535 ? total : undefined;
  const table = get('stemTable', isI32);
  const snapshot: IndexSnapshot = { vocab: vocab as string[], vocabText: header.vocabJson ? undefined : vocabText, offsets, postings, docLength, lengthTotal, stemTable: table, dictionary: get('dictionary', isString), relatives, ...(lazy ? { need: lazy.need } : {}) };
  const entry: Entry = { fingerprint: header.fingerprint, contentHash: header.contentHash, snapshot };
  const shell = get('shell', isString);
  const has = (name: string): boolean => header.sections.some((s) => s.name === name);
  if (shell === undefined) return entry;
  const order = get('order', isI32);
  const identity = get('identity', isString);
  if (!order || identity === undefined || !['ranges', 'question', 'type', 'entityStart', 'entities'].every(has)) return undefined;
  // The sizes of the parts not read yet agree with the fact count (one per fact, two ranges, one more start).
  const facts = order.length;
  const size = (name: string): number => {
    const s = header.sections.find((x) => x.name === name)!;
    return s.length / elementBytes(s.kind);
  };
  if (size('ranges') !== 2 * facts || size('question') !== facts || size('type') !== facts || size('entityStart') !== facts + 1) return undefined;
  const layout: Layout = { shell, order, identity } as Layout;
  if (lazy) {
    // Read when first used: the ranges by the first fact read, the columns by the first filter.
    lazy.define(layout, 'ranges', () => lazy.array('ranges', Int32Array));
    lazy.define(layout, 'columns', () => ({ question: lazy.array('question', Int32Array), type: lazy.array('type', Uint8Array), entityStart: lazy.array('entityStart', Int32Array), entities: lazy.array('entities', Int32Array) }));
    if (has('names')) lazy.define(layout, 'names', lazy.string('names'));
    if (has('namesIndex')) lazy.define(layout, 'namesIndex', () => lazy.array('namesIndex', Int32Array));
    if (has('entities-json')) lazy.define(layout, 'entities', lazy.string('entities-json'));
    if (has('kinds')) lazy.define(layout, 'kinds', lazy.string('kinds'));
    if (has('kindsIndex')) lazy.define(layout, 'kindsIndex', () => lazy.array('kindsIndex', Int32Array));
    if (has('lands')) lazy.define(layout, 'lands', lazy.string('lands'));
    if (has('landsIndex')) lazy.define(layout, 'landsIndex', () => lazy.array('landsIndex', Int32Array));
    // (Not enumerable: a layout spread into a new entry copies what it holds, not how this one reads.)
    if (lazy.rangeOf) Object.defineProperty(layout, 'rangeOf', { value: lazy.rangeOf, enumerable: false });
    if (lazy.entityBytes) Object.defineProperty(layout, 'entityBytes', { value: lazy.entityBytes, enumerable: false });
    Object.defineProperty(layout, 'pieces', { value: lazy.pieces, enumerable: false });
    return { ...entry, layout };
  }
  const ranges = get('ranges', isI32);
  const question = get('question', isI32);
  const type = get('type', (v): v is Uint8Array => v instanceof Uint8Array);
  const entityStart = get('entityStart', isI32);
  const entities = get('entities', isI32);
  if (!ranges || !question || !type || !entityStart || !entities) return undefined;
  Object.assign(layout, { ranges, columns: { question, type, entityStart, entities } });
  const names = get('names', isString);
  const namesIndex = get('namesIndex', isI32);
  const entitiesJson = get('entities-json', isString);
  if (names !== undefined) layout.names = names;
  if (namesIndex !== undefined) layout.namesIndex = namesIndex;
  if (entitiesJson !== undefined) layout.entities = entitiesJson;
  const kinds = get('kinds', isString);
  const kindsIndex = get('kindsIndex', isI32);
  if (kinds !== undefined) layout.kinds = kinds;
  if (kindsIndex !== undefined) layout.kindsIndex = kindsIndex;
  const lands = get('lands', isString);
  const landsIndex = get('landsIndex', isI32);
  if (lands !== undefined) layout.lands = lands;
  if (landsIndex !== undefined) layout.landsIndex = landsIndex;
  return { ...entry, layout };
}

// How a lazily read entry reads what it has not read yet.
interface Lazy {
  postings: Int32Array;
  need: (from: number, to: number) => void;
  rangeOf: ((fact: number) => readonly [number, number]) | undefined;
  entityBytes: ((from: number, to: number) => Uint8Array) | undefined;
  pieces: (table: 'names' | 'kinds' | 'lands') => TablePieces | undefined;
  string: (name: string) => () => string | undefined;
  array: <T extends Int32Array | Uint8Array>(name: string, kind: new (length: number) => T) => T;
  define: (on: object, key: string, value: () => unknown) => void;
}

/** The parts of an entry a damaged or vanished entry is read again from: worked out anew from the data file. */
export type Rebuild = () => { snapshot: IndexSnapshot; layout: Layout };

// An entry of the file `path`, reading the header and the sections every run needs now, the rest when
// first used. A part that then proves damaged, or an entry file replaced meanwhile, is taken from
// `rebuild` instead: the same build of the same content makes the same bytes.
function openEntry(path: string, rebuild: Rebuild | undefined): Entry | undefined {
  const opened = withOwnFile(path, MAX_ENTRY_BYTES, (fd, st) => {
    let first = readAt(fd, 0, Math.min(st.size, 1 << 16));
    let head = first && readHeader(first, st.size);
    if (head && 'need' in head) {
      first = readAt(fd, 0, head.need);
      head = first && readHeader(first, st.size);
    }
    return first && head && !('need' in head) ? { st, first, header: head.header, start: head.start } : undefined;
  });
  if (!opened) return undefined;
  const { st, first, header, start } = opened;
  const info = new Map(header.sections.map((s) => [s.name, s]));
  // The same file: factq replaces an entry by renaming a new one over it (a new inode), never in place, and
  // touches it when used (so its times change while it is read).
  const same = (now: Stats): boolean => now.ino === st.ino && now.dev === st.dev && now.size === st.size;
  // Bytes of the entry file, when it is still the file opened first.
  const read = (from: number, length: number, into?: Uint8Array): Uint8Array | undefined => {
    const again = openRegular(path);
    if (again === undefined) return undefined;
    try {
      if (!same(fstatSync(again))) return undefined;
      if (!into) return readAt(again, from, length);
      return readInto(again, into, from) ? into : undefined;
    } finally {
      closeSync(again);
    }
  };
  // A section checked whole, now.
  const eager = (name: string): SectionValue | undefined => {
    const s = info.get(name);
    if (!s) return undefined;
    const from = start + s.offset;
    const bytes = from + s.length <= first.length ? first.subarray(from, from + s.length) : read(from, s.length);
    if (!bytes || !whole(s, bytes)) throw new DamagedEntry();
    return valueOf(s.kind, bytes);
  };
  let rebuilt: ReturnType<Rebuild> | undefined;
  let mine: Entry | undefined;
  const fromRebuild = (): ReturnType<Rebuild> => {
    if (!rebuild || !mine) throw new DamagedEntry();
    if (!rebuilt) {
      const again = rebuild();
      // Parts of the entry already in use must be what the rebuild made, or the two would be mixed.
      const fits = again.snapshot.postings.length === postings.length && sameBytes(again.snapshot.offsets, mine.snapshot.offsets) && sameBytes(again.layout.order, mine.layout!.order);
      if (!fits) {
        rmSync(path, { force: true });
        throw new FactqError("factq's index cache changed while it was being read; run again");
      }
      rebuilt = again;
    }
    return rebuilt;
  };
  // A section read when first asked for; from the data file when the entry fails.
  const later = (name: string): SectionValue | undefined => {
    try {
      return eager(name);
    } catch {
      const { snapshot, layout } = fromRebuild();
      const value = { relatives: snapshot.relatives, ranges: layout.ranges, names: layout.names, namesIndex: layout.namesIndex, 'entities-json': layout.entities, kinds: layout.kinds, kindsIndex: layout.kindsIndex, lands: layout.lands, landsIndex: layout.landsIndex, question: layout.columns.question, type: layout.columns.type, entityStart: layout.columns.entityStart, entities: layout.columns.entities }[name];
      return typeof value === 'function' ? value() : value;
    }
  };
  // A section read a block at a time into `into` (its memory taken as it is filled: blocks never read are
  // never touched), each block checked; `good` is the section's bytes rebuilt from the data file, for a
  // block that fails. Blocks not yet read are read in runs, one read for each run of neighbours.
  const blockwise = (s: SectionInfo, into: Uint8Array, good: () => Uint8Array) => {
    const blocks = s.blocks!;
    const loaded = new Uint8Array(blocks.length);
    return (fromByte: number, toByte: number): void => {
      if (toByte <= fromByte) return;
      const last = Math.floor((toByte - 1) / BLOCK_BYTES);
      for (let b = Math.floor(fromByte / BLOCK_BYTES); b <= last; b++) {
        if (loaded[b]) continue;
        let end = b + 1;
        while (end <= last && !loaded[end]) end++;
        const offset = b * BLOCK_BYTES;
        const length = Math.min(end * BLOCK_BYTES, s.length) - offset;
        const bytes = read(start + s.offset + offset, length, into.subarray(offset, offset + length));
        for (let k = b; k < end; k++) {
          const block = into.subarray(k * BLOCK_BYTES, Math.min((k + 1) * BLOCK_BYTES, s.length));
          if (!bytes || crc32(block) !== blocks[k]) block.set(good().subarray(block.byteOffset, block.byteOffset + block.length));
          loaded[k] = 1;
        }
        b = end - 1;
      }
    };
  };
  const blocked = (name: string, kind: SectionKind): SectionInfo | undefined => {
    const s = info.get(name);
    return s && s.kind === kind && s.blocks && s.blocks.length === Math.ceil(s.length / BLOCK_BYTES) ? s : undefined;
  };
  const asBytes = (v: Int32Array | string | undefined): Uint8Array => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(0));
  const postingsInfo = blocked('postings', 'i32');
  if (!postingsInfo) return undefined;
  const postings = new Int32Array(postingsInfo.length / 4);
  const postingBytes = blockwise(postingsInfo, new Uint8Array(postings.buffer), () => asBytes(fromRebuild().snapshot.postings));
  const need = (fromPosting: number, toPosting: number): void => postingBytes(fromPosting * 4, toPosting * 4);
  // The facts' ranges and the entities' JSON, where written in checked blocks, are read only where used.
  const rangesInfo = blocked('ranges', 'i32');
  let rangeOf: ((fact: number) => readonly [number, number]) | undefined;
  if (rangesInfo) {
    const ranges = new Int32Array(rangesInfo.length / 4);
    const rangeBytes = blockwise(rangesInfo, new Uint8Array(ranges.buffer), () => asBytes(fromRebuild().layout.ranges));
    rangeOf = (fact) => {
      rangeBytes(fact * 8, fact * 8 + 8);
      return [ranges[2 * fact]!, ranges[2 * fact + 1]!];
    };
  }
  // A text section's bytes from `from` to `to`, read by block where it was written in checked blocks.
  const textBytes = (name: string, good: () => string | undefined): ((from: number, to: number) => Uint8Array) | undefined => {
    const section = blocked(name, 's');
    if (!section) return undefined;
    const bytes = new Uint8Array(section.length);
    const fill = blockwise(section, bytes, () => asBytes(good()));
    return (from, to) => {
      fill(from, to);
      return bytes.subarray(from, to);
    };
  };
  // The tables a question looks up a few lines of: in ASCII, a character a byte.
  const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  const tables = new Map<string, TablePieces | undefined>();
  const pieces = (table: 'names' | 'kinds' | 'lands'): TablePieces | undefined => {
    if (tables.has(table)) return tables.get(table);
    const bytesOf = textBytes(table, () => fromRebuild().layout[table]);
    const length = info.get(table)?.length ?? 0;
    const found: TablePieces | undefined = bytesOf && { length, read: (from, to) => latin1(bytesOf(Math.max(0, from), Math.max(0, Math.min(length, to)))) };
    tables.set(table, found);
    return found;
  };
  const entityBytes = textBytes('entities-json', () => fromRebuild().layout.entities);
  const lazy: Lazy = {
    postings,
    need,
    rangeOf,
    entityBytes,
    pieces,
    string: (name) => () => later(name) as string | undefined,
    array: (name, kind) => {
      const value = later(name);
      if (!(value instanceof kind)) throw new DamagedEntry();
      return value;
    },
    define: (on, key, value) =>
      Object.defineProperty(on, key, {
        get: () => {
          const v = value();
          Object.defineProperty(on, key, { value: v, writable: true, enumerable: true, configurable: true });
          return v;
        },
        enumerable: true,
        configurable: true,
      }),
  };
  try {
    mine = entryFrom(header, eager, lazy);
    return mine;
  } catch {
    return undefined;
  }
}

// Whether two arrays hold the same bytes.
function sameBytes(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** A cache entry that proved damaged (or was replaced) after it was opened, with nothing to rebuild it from. */
class DamagedEntry extends Error {
  constructor() {
    super('the index cache entry changed or is damaged');
  }
}

// A regular file opened without following a link or waiting on a FIFO.
function openRegular(path: string): number | undefined {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
}

// `length` bytes at `from`, in memory of their own (not zeroed: every byte is read into it; at offset 0, so
// arrays over it align); none when the file ends sooner.
function readAt(fd: number, from: number, length: number): Buffer | undefined {
  const bytes = Buffer.allocUnsafeSlow(length);
  return readInto(fd, bytes, from) ? bytes : undefined;
}

// Fill `target` with the file's bytes from `from`; false when the file ends sooner.
function readInto(fd: number, target: Uint8Array, from: number): boolean {
  for (let done = 0; done < target.length; ) {
    const n = readSync(fd, target, done, target.length - done, from + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

const align8 = (n: number): number => (n + 7) & ~7;

/** The cached index snapshot for this file and content, or undefined; `facts` is the dataset's fact count. */
export function readCachedIndex(dir: string, file: string, hash: string, facts: number): IndexSnapshot | undefined {
  const entry = readCachedEntry(dir, file, hash);
  return entry && fitsSnapshot(entry.snapshot, facts) ? entry.snapshot : undefined;
}

/**
 * The cached index and layout for this file and content, when factq wrote them for it: for the file as it
 * was then (`identity`), or for the same content (`hash`).
 *
 * An entry is checked through and through before it is written (see writeCachedIndex), and one read back
 * is the very bytes written, by this build (its owner, CRC and fingerprint say so): reading it checks only that
 * its parts fit together, in time independent of its size. Walking every posting, range and rank again was
 * 13 ms of a 100k-fact warm run.
 */
export function readCachedLayout(
  dir: string,
  file: string,
  of: { identity: string } | { hash: string; size: number },
  rebuild: Rebuild,
): { snapshot: IndexSnapshot; layout: Layout } | undefined {
  const entry = readCachedEntry(dir, file, 'hash' in of ? of.hash : undefined, rebuild);
  const layout = entry?.layout;
  if (!entry || !layout) return undefined;
  // Known by the file's identity (no content read), or by its content hash (checked by readCachedEntry).
  if ('identity' in of && (of.identity === '' || layout.identity !== of.identity)) return undefined;
  if (!fitsSnapshot(entry.snapshot, layout.order.length)) return undefined;
  return { snapshot: entry.snapshot, layout };
}

// The sizes of a snapshot's parts agree with each other and with `facts`.
function fitsSnapshot(s: IndexSnapshot, facts: number): boolean {
  const { vocab, offsets, postings, docLength } = s;
  return offsets.length === vocab.length + 1 && docLength.length === facts && offsets[0] === 0 && offsets[vocab.length] === postings.length;
}

// Everything a warm run relies on of a layout: ranges in order inside a file of `size` bytes, one pair per
// fact of the index; ranks in range; columns whole.
function wellFormedLayout(layout: Layout, snapshot: IndexSnapshot, size: number): boolean {
  const facts = layout.ranges.length / 2;
  if (!Number.isInteger(facts) || layout.order.length !== facts || !wellFormedSnapshot(snapshot, facts)) return false;
  for (let i = 0; i < layout.ranges.length; i++) {
    const at = layout.ranges[i]!;
    if (at < (i ? layout.ranges[i - 1]! : 0) || at > size) return false;
  }
  for (const rank of layout.order) if (rank < 0 || rank >= facts) return false;
  return wellFormedColumns(layout.columns, facts);
}

// Columns of the right kinds and sizes, their entity lists in order.
function wellFormedColumns(c: FactColumns | undefined, facts: number): boolean {
  if (typeof c !== 'object' || c === null) return false;
  if (!(c.question instanceof Int32Array) || !(c.type instanceof Uint8Array) || !(c.entityStart instanceof Int32Array) || !(c.entities instanceof Int32Array)) return false;
  if (c.question.length !== facts || c.type.length !== facts || c.entityStart.length !== facts + 1) return false;
  for (let d = 0; d < facts; d++) if (c.entityStart[d + 1]! < c.entityStart[d]!) return false;
  return c.entityStart[0] === 0 && c.entityStart[facts] === c.entities.length;
}

// The entry for this file when factq wrote it (the user's own, whole) under this build, for this content
// when a hash is given: read whole, every part checked (`rebuild` absent), or its parts read and checked
// as they are used.
function readCachedEntry(dir: string, file: string, hash: string | undefined, rebuild?: Rebuild): Entry | undefined {
  try {
    const path = entryPath(dir, file);
    let entry: Entry | undefined;
    if (rebuild) entry = openEntry(path, rebuild);
    else {
      const bytes = readRegular(path, MAX_ENTRY_BYTES);
      entry = bytes && decodeEntry(bytes);
    }
    if (!entry || entry.fingerprint !== INDEX_FINGERPRINT) return undefined;
    if (hash !== undefined && entry.contentHash !== hash) return undefined;
    touch(path);
    return entry;
  } catch {
    return undefined;
  }
}

/** Whether a snapshot is an index of `facts` facts: every array of the right kind and size, every posting in range. */
export function wellFormedSnapshot(s: IndexSnapshot, facts: number): boolean {
  if (typeof s !== 'object' || s === null) return false;
  const { vocab, offsets, postings, docLength } = s;
  if (!Array.isArray(vocab) || !vocab.every((v) => typeof v === 'string')) return false;
  if (!(offsets instanceof Int32Array) || !(postings instanceof Int32Array) || !(docLength instanceof Uint16Array)) return false;
  if (offsets.length !== vocab.length + 1 || docLength.length !== facts || offsets[0] !== 0 || offsets[vocab.length] !== postings.length) return false;
  for (let i = 0; i < vocab.length; i++) if (offsets[i + 1]! < offsets[i]!) return false;
  if (s.relatives !== undefined && typeof s.relatives !== 'string') return false;
  for (let p = 0; p < postings.length; p++) {
    const packed = postings[p]!;
    const weight = packed & 15;
    if (packed < 0 || packed >> 4 >= facts || weight === 0 || weight > 10) return false;
  }
  return true;
}

/** Store an index snapshot (and the layout, when known) for this file and content: written to a new private file, then renamed. */
export function writeCachedIndex(dir: string, file: string, hash: string, snapshot: IndexSnapshot, layout?: Layout): void {
  let tmp: string | undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Never into a directory someone else could write: they could replace the entry.
    if (!ownedAlone(statSync(dir))) return;
    const path = entryPath(dir, file);
    // Checked through before it is written: a reader trusts what it reads back (see readCachedLayout).
    snapshot.need?.(0, snapshot.postings.length);
    if (!wellFormedSnapshot(snapshot, snapshot.docLength.length)) return;
    if (layout && !wellFormedLayout(layout, snapshot, layout.identity ? Number(layout.identity.split(':')[2]) : Infinity)) layout = undefined;
    const payload = encodeEntry({ fingerprint: INDEX_FINGERPRINT, contentHash: hash, snapshot, ...(layout ? { layout } : {}) });
    // A name of this process's own, created anew ('wx' never follows or reuses what is there).
    tmp = `${path}.${tempSuffix()}.tmp`;
    writeFileSync(tmp, payload, { flag: 'wx', mode: 0o600 });
    renameSync(tmp, path);
    tmp = undefined;
    prune(dir, path);
  } catch {
    // A read-only or full cache directory only costs speed; a half-written file is removed.
    if (tmp) rmSync(tmp, { force: true });
  }
}

// 16 hex digits: the process id, then a random number.
function tempSuffix(): string {
  return process.pid.toString(16).padStart(8, '0').slice(-8) + Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
}

// Last use is the entry's modification time, so pruning can keep what is still used.
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache is still a cache.
  }
}

// Drop the file's other entries (older versions of it), leftovers of interrupted writes, and the least
// recently used entries beyond MAX_CACHE_ENTRIES; files factq did not name are left alone. Another factq
// may be pruning too: a missing file is fine.
function prune(dir: string, kept: string): void {
  const sameFile = `${basename(kept).split('-')[0]}-`;
  const others: Array<{ path: string; used: number }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === kept) continue;
    const entry = ENTRY_NAME.test(name);
    if (!entry && !TEMP_NAME.test(name)) continue;
    const used = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (used === undefined) continue;
    if (entry && name.startsWith(sameFile)) rmSync(path, { force: true });
    else if (entry) others.push({ path, used });
    else if (Date.now() - used > STALE_TMP_MS) rmSync(path, { force: true });
  }
  others.sort((a, b) => b.used - a.used);
  for (const { path } of others.slice(MAX_CACHE_ENTRIES - 1)) rmSync(path, { force: true });
}
