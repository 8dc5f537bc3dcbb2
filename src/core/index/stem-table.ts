// A table of an index's stems by hash: a warm run looks stems up in it, kept in the cache, instead of
// building a map of every stem.
import { putSlot, slotTable } from '../text/lines.js';

/**
 * The stems' ids by hash, for looking stems up without a map (see slotTable: each entry a stem's id).
 */
export function stemTable(stems: readonly string[]): Int32Array {
  const table = slotTable(stems.length);
  stems.forEach((st, id) => putSlot(table, st, id));
  return table;
}
