// Edit distance, for telling near spellings apart.

/**
 * Levenshtein distance, stopping early once it exceeds `max`; with `swaps`, a swap of two neighbouring
 * letters counts as one edit (optimal string alignment), as a typist's slips do.
 */
export function editDistance(a: string, b: string, max = Infinity, swaps = false): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A rough key of how a word sounds ("irak" and "iraq" share one), for ranking near spellings. */
// (Silent letters go, as Metaphone drops them: the g of a closing "gn", "foreign" as "forien" is typed;
// the k of an opening "kn", the w of an opening "wr".)
export function soundKey(word: string): string {
  return word.replace(/ph/g, 'f').replace(/gn$/, 'n').replace(/^kn/, 'n').replace(/^wr/, 'r').replace(/[cq]/g, 'k').replace(/z/g, 's').replace(/(.)\1+/g, '$1');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one edit from a word (a letter dropped, added, changed, or two swapped): a typist's slips. */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out];
}
