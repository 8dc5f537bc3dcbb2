// A count in a message, with its noun in the number it takes ("1 question", "2 entities").

/** `n` and the noun for one or for many ("entity", "entities"; -s by default). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
