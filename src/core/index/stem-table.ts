// A table of an index's stems by hash: a warm run looks stems up in it, kept in the cache, instead of
// building a map of every stem.
import { hashKey } from '../text/lines.js';

/** A stem's hash for the table of stems: FNV-1a over its UTF-16 code units. */
export const hashStem = hashKey;

/**
 * The stems' ids by hash, for looking stems up without a map: open addressing in a power of two of slots,
 * at least twice the stems, each slot an id + 1 (0: empty).
 */
export function stemTable(stems: readonly string[]): Int32Array {
  let size = 2;
  while (size < stems.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  stems.forEach((st, id) => {
    let slot = hashStem(st) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  });
  return table;
}
