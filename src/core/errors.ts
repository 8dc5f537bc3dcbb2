/** Exit codes are a contract with scripts: 0 found, 1 nothing found, 2 usage or data error. */
export const EXIT = { found: 0, notFound: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that knows its exit code; the CLI entry turns it into one `factq:` line on stderr. */
export class FactqError extends Error {
  readonly code: ExitCode;
  constructor(message: string, code: ExitCode = EXIT.usage) {
    super(message);
    this.name = 'FactqError';
    this.code = code;
  }
}

/** A usage error (exit 2). */
export function usageError(message: string): FactqError {
  return new FactqError(message, EXIT.usage);
}
