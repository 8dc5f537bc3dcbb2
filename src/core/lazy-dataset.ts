// A dataset whose facts stay bytes until read. A warm run on a large --data file reads its index from the
// cache and needs only the facts it prints (or filters, or weighs): parsing all of a 100,000-fact file was
// half of such a run. The cache keeps where each fact lies in the file; the file's bytes are checked
// against the cache's content hash before any of this is trusted.
import type { Dataset, Fact } from './model.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

/**
 * Where each element of the top-level "facts" array lies in a JSON file's bytes: [start, end) pairs, the
 * element's braces included. Undefined when the file does not look so (no such array, an element that is
 * no object). Strings are skipped with the buffer's native search, so the scan costs a fraction of a parse.
 * When "facts" appears twice at the top, the last wins, as in JSON.parse.
 */
export function factRanges(bytes: Uint8Array): Int32Array | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let depth = 0;
  let lastKey: string | undefined;
  let ranges: number[] | undefined;
  let found: number[] | undefined;
  let inFacts = false;
  let elementStart = -1;
  // Between the facts exactly one comma, and none after the last: JSON.parse would refuse the file else.
  let comma = false;
  for (let i = 0; i < buffer.length; i++) {
    const c = buffer[i]!;
    if (c === QUOTE) {
      if (inFacts && depth === 2) return undefined;
      const end = stringEnd(buffer, i);
      if (end < 0) return undefined;
      // A key of the top-level object: remember it, so the array after it is known by name.
      if (depth === 1) {
        let j = end + 1;
        while (j < buffer.length && isSpace(buffer[j]!)) j++;
        // Decoded as JSON.parse decodes it: "fac\u0074s" is "facts" too.
        if (buffer[j] === COLON) lastKey = JSON.parse(buffer.toString('utf8', i, end + 1)) as string;
      }
      i = end;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1 && c === OPEN_BRACKET && lastKey === 'facts') {
        inFacts = true;
        ranges = [];
        comma = true;
      } else if (inFacts && depth === 2) {
        if (c !== OPEN_BRACE || !comma) return undefined;
        elementStart = i;
        comma = false;
      }
      depth++;
      continue;
    }
    if (c !== CLOSE_BRACE && c !== CLOSE_BRACKET) {
      // Between the facts only commas and spaces: anything else is a fact that is no object.
      if (inFacts && depth === 2 && !isSpace(c)) {
        if (c !== 0x2c || comma) return undefined;
        comma = true;
      }
      continue;
    }
    {
      depth--;
      if (inFacts && depth === 2 && c === CLOSE_BRACE) ranges!.push(elementStart, i + 1);
      else if (inFacts && depth === 1) {
        // (`comma` here: nothing since the bracket opened, or a comma after the last fact.)
        if (comma && ranges!.length > 0) return undefined;
        inFacts = false;
        found = ranges;
      }
      if (depth === 1 && lastKey !== undefined && !inFacts) lastKey = undefined;
    }
  }
  return found && found.every((n) => n <= 0x7fffffff) ? Int32Array.from(found) : undefined;
}

// The index of the quote that closes the string opened at `open`, or -1.
function stringEnd(buffer: Buffer, open: number): number {
  let i = open;
  for (;;) {
    i = buffer.indexOf(QUOTE, i + 1);
    if (i < 0) return -1;
    let slashes = 0;
    for (let j = i - 1; buffer[j] === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * A dataset from what the cache kept of a file (the article and entities as `shell`, each fact's byte
 * range) and a way to read bytes of the file: a fact is read and parsed when first used, and kept. The
 * entities may come apart from the shell, as a function that makes them on first read.
 */
export function lazyDataset(
  shell: Omit<Dataset, 'facts' | 'entities'> & { entities?: Dataset['entities'] },
  read: (start: number, end: number) => Uint8Array,
  ranges: Int32Array | { count: number; load: () => Int32Array; at?: (i: number) => readonly [number, number] },
  entities?: () => Dataset['entities'],
): Dataset {
  // The ranges themselves may wait for the first fact read (a warm run knows how many facts there are),
  // and may be read a fact at a time (`at`).
  const n = ranges instanceof Int32Array ? ranges.length / 2 : ranges.count;
  let where = ranges instanceof Int32Array ? ranges : undefined;
  const placed = (): Int32Array => (where ??= (ranges as { load: () => Int32Array }).load());
  const one = ranges instanceof Int32Array ? undefined : ranges.at;
  const rangeOf = one ?? ((i: number): readonly [number, number] => [placed()[2 * i]!, placed()[2 * i + 1]!]);
  const decoder = new TextDecoder('utf-8');
  const parsed: Fact[] = new Array<Fact>(n);
  const parseAt = (i: number): Fact => {
    const [start, end] = rangeOf(i);
    return JSON.parse(decoder.decode(read(start, end))) as Fact;
  };
  const factAt = (i: number): Fact => (parsed[i] ??= parseAt(i));
  // An array to every reader (length, index, every array method, JSON): indexes parse on first read.
  const facts = new Proxy(parsed, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = indexOf(key);
        if (i !== undefined && i < n) return factAt(i);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') {
        const i = indexOf(key);
        if (i !== undefined && i < n) return { value: factAt(i), writable: true, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    has(target, key) {
      if (typeof key === 'string') {
        const i = indexOf(key);
        if (i !== undefined) return i < n;
      }
      return Reflect.has(target, key);
    },
  });
  TRANSIENT.set(facts, (i) => parsed[i] ?? parseAt(i));
  const dataset = { ...shell, facts } as Dataset;
  // Entities kept apart are parsed on first read (a large dataset's are megabytes a search never reads).
  if (entities) {
    Object.defineProperty(dataset, 'entities', {
      get: () => {
        const value = entities();
        Object.defineProperty(dataset, 'entities', { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return dataset;
}

// Each lazy dataset's facts -> a reader of its i-th fact that keeps nothing (see transientReader).
const TRANSIENT = new WeakMap<readonly Fact[], (i: number) => Fact>();

/**
 * For the facts of a dataset made by lazyDataset, a reader of the i-th fact that keeps no fact it parses
 * (one already kept is given as it is): a million facts listed one by one need not all be held at once.
 */
export function transientReader(facts: readonly Fact[]): ((i: number) => Fact) | undefined {
  return TRANSIENT.get(facts);
}

// An array index in property-key form ("12"), or undefined.
function indexOf(key: string): number | undefined {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return undefined;
  const i = Number(key);
  return Number.isInteger(i) && String(i) === key ? i : undefined;
}
