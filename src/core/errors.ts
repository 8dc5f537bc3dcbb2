/** Exit codes are a contract with scripts: 0 found, 1 nothing found, 2 usage or data error. */
export const EXIT = { found: 0, notFound: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

// Marks a FactqError from any copy of this module: a lazy bundle (extract, the cache) carries its own copy,
// whose class is another object, and a plain `instanceof` would call its errors internal.
const BRAND = Symbol.for('factq.error');

/** An error that knows its exit code; the CLI entry turns it into one `factq:` line on stderr. */
export class FactqError extends Error {
  readonly code: ExitCode;
  readonly [BRAND] = true;
  constructor(message: string, code: ExitCode = EXIT.usage) {
    super(message);
    this.name = 'FactqError';
    this.code = code;
  }

  /** Any copy's FactqError is one (subclasses are checked as usual). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== FactqError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

/** A usage error (exit 2). */
export function usageError(message: string): FactqError {
  return new FactqError(message, EXIT.usage);
}
