// Tables of lines keyed by a word ("\nkey<TAB>value\n..."), kept as one string: built by the build, inlined,
// and looked up in place, so a start-up makes no object for the keys its query does not use.

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
