// Node's internal bindings, for the two checks whose public modules cost start-up: node:tty (a terminal,
// which loads Node's socket and stream modules) and node:zlib (a CRC-32, which loads streams).
// process.binding is a pending deprecation: a run that asks to hear of those gets none, and the caller
// takes the public way.

/** The binding `name` (as process.binding gives it), unless pending deprecations are shown or Node has none. */
export function nodeBinding<T>(name: string): Partial<T> | undefined {
  const pending =
    process.execArgv.includes('--pending-deprecation') ||
    (process.env.NODE_OPTIONS ?? '').includes('--pending-deprecation') ||
    process.env.NODE_PENDING_DEPRECATION === '1';
  if (pending) return undefined;
  try {
    return (process as unknown as { binding(name: string): Partial<T> }).binding(name);
  } catch {
    return undefined;
  }
}
