// Tables of lines keyed by a word ("\nkey<TAB>value\n..."), kept as one string: built by the build, read as
// one text, and looked up in place, so a start-up makes no object for the keys its query does not use.

/** A table of lines from [key, value] rows. Keys are folded words: no tab or line end in them. */
export function keyedLines(rows: Iterable<readonly [string, string]>): string {
  let text = '\n';
  for (const [key, value] of rows) text += `${key}\t${value}\n`;
  return text;
}

/** The value on a key's line of a keyedLines table, if it has one. */
export function keyedLine(table: string, key: string): string | undefined {
  const at = table.indexOf(`\n${key}\t`);
  if (at < 0) return undefined;
  const start = at + key.length + 2;
  return table.slice(start, table.indexOf('\n', start));
}

/** The keys of a keyedLines table, in order. */
export function keyedKeys(table: string): string[] {
  const keys: string[] = [];
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) keys.push(line.slice(0, tab));
  }
  return keys;
}

/** A keyedLines table as a map from key to value: for many lookups, where searching in place would cost. */
export function keyedMap(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}

/**
 * Lookups in a keyedLines table: in place for the first few dozen (a query's few words make no object for
 * the rest), then through a map, for a caller that looks up every word it has.
 */
export function keyedLookup(table: string, inPlace = 64): (key: string) => string | undefined {
  let lookups = 0;
  let map: Map<string, string> | undefined;
  return (key) => {
    if (map || ++lookups > inPlace) return (map ??= keyedMap(table)).get(key);
    return keyedLine(table, key);
  };
}

// Characters a table kept in ASCII writes as \uXXXX: a backslash, and any outside printable ASCII but the
// tab and line end that frame its lines (which no key or value holds).
const UNPRINTABLE = /[^\x20-\x5b\x5d-\x7e\t\n]/g;

/**
 * A keyedLines table (or a key of one) in ASCII, every other character as \uXXXX, so that a place in its text
 * is a place in its bytes and a line can be read from a few of them (see keyedIndexLineIn).
 */
export function asciiEscaped(s: string): string {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(s) ? s.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;
}

/** Text as it was before asciiEscaped. */
export function asciiUnescaped(s: string): string {
  return s.includes('\\') ? s.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/**
 * The value on a key's line of a keyedLines table in ASCII (see asciiEscaped) that is read a piece at a time,
 * `read(from, to)` of `length` in all, found through its keyedIndex: the table is never read whole.
 */
export function keyedIndexLineIn(read: (from: number, to: number) => string, length: number, index: Int32Array, key: string): string | undefined {
  const start = findSlot(index, key, (at) => at >= 1 && at + key.length < length && read(at - 1, at + key.length + 1) === `\n${key}\t`);
  if (start === undefined) return undefined;
  let value = '';
  for (let at = start + key.length + 1; at < length; ) {
    const piece = read(at, Math.min(length, at + 256));
    const end = piece.indexOf('\n');
    if (end >= 0) return value + piece.slice(0, end);
    value += piece;
    at += piece.length;
  }
  return value;
}

/** A key's hash for a table by hash: FNV-1a over its UTF-16 code units. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * An empty table by hash: open addressing in a power of two of slots, at least twice `count` (the entries
 * it will hold), each slot an entry + 1 (0: empty). Entries go in with putSlot, come out with findSlot.
 */
export function slotTable(count: number): Int32Array {
  let size = 2;
  while (size < count * 2) size *= 2;
  return new Int32Array(size);
}

/** Put `entry` (0 or more) in the first free slot from `key`'s hash. */
export function putSlot(table: Int32Array, key: string, entry: number): void {
  const mask = table.length - 1;
  let slot = hashKey(key) & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = entry + 1;
}

/**
 * The first entry, from `key`'s hash to the first empty slot, that `isKey` says is the key's. Every slot is
 * looked at once at most: a table that is not this data's (a damaged cache's) finds nothing, never loops.
 */
export function findSlot(table: Int32Array, key: string, isKey: (entry: number) => boolean): number | undefined {
  const mask = table.length - 1;
  for (let slot = hashKey(key) & mask, n = 0; n < table.length; slot = (slot + 1) & mask, n++) {
    const entry = table[slot]! - 1;
    if (entry < 0) return undefined;
    if (isKey(entry)) return entry;
  }
  return undefined;
}

/**
 * A keyedLines table's lines by their keys' hash (see slotTable), for a large table looked up many times
 * (kept beside it in the index cache): each entry a line's offset.
 */
export function keyedIndex(table: string): Int32Array {
  let lines = 0;
  for (let at = table.indexOf('\n'); at >= 0 && at < table.length - 1; at = table.indexOf('\n', at + 1)) lines++;
  const index = slotTable(lines);
  for (let start = table.indexOf('\n') + 1; start > 0 && start < table.length; start = table.indexOf('\n', start) + 1) {
    const tab = table.indexOf('\t', start);
    if (tab < 0) break;
    putSlot(index, table.slice(start, tab), start);
  }
  return index;
}

/** The value on a key's line of a keyedLines table, found through its keyedIndex. */
export function keyedIndexLine(table: string, index: Int32Array, key: string): string | undefined {
  const start = findSlot(index, key, (at) => table.startsWith(key, at) && table.charCodeAt(at + key.length) === 9 && table.charCodeAt(at - 1) === 10);
  if (start === undefined) return undefined;
  const end = table.indexOf('\n', start);
  return table.slice(start + key.length + 1, end < 0 ? table.length : end);
}
