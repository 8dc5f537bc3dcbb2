// The process surface the CLI runs against, and how errors become one line on stderr.
import { CommanderError } from 'commander';
import { EXIT, FactqError } from '../core/errors.js';
import type { ExitCode } from '../core/errors.js';
import { oneLine } from '../output/sanitise.js';

/** Everything the CLI needs from the process, so tests can run it in memory. */
export interface Io {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number; rows?: number };
  stderr: { write(s: string): unknown };
  /** Standard input a line at a time, each as soon as it arrives (`search -` in a slow pipeline). */
  stdinLines: () => AsyncIterable<string>;
  /** Whether standard input is a terminal: a person typing, who should be told factq is waiting. */
  stdinIsTTY?: boolean;
  /** Show long output through the user's pager; false if there is none to use (then factq prints it). */
  page?: (text: string) => Promise<boolean>;
  /**
   * Show a line of progress in place on stderr, when stderr is a terminal (never in a pipe or a file);
   * undefined clears it.
   */
  progress?: (line: string | undefined) => void;
}

/** How long a run goes before it shows progress, and how often it updates it, in milliseconds. */
export const PROGRESS_AFTER = 1000;
const PROGRESS_EVERY = 100;

/**
 * A reporter of `done` of `total` things for a long task: quiet for its first second (a short run shows
 * nothing), then at most ten updates a second; cleared when done reaches total.
 */
export function progressReporter(show: ((line: string | undefined) => void) | undefined, now: () => number, after = PROGRESS_AFTER): (done: number, total: number, what: string) => void {
  const start = now();
  let last = -Infinity;
  let shown = false;
  return (done, total, what) => {
    if (!show) return;
    if (done >= total) {
      if (shown) show(undefined);
      shown = false;
      return;
    }
    const t = now();
    if (t - start < after || t - last < PROGRESS_EVERY) return;
    last = t;
    shown = true;
    show(`factq: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} (${Math.floor((100 * done) / total)}%)`);
  };
}

const MAX_MESSAGE = 400;

/** One stderr line: sanitised, on one line, and short whatever the input it quotes. */
export function message(text: string): string {
  const line = oneLine(text);
  return `factq: ${line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line}\n`;
}

/** Report an error as one stderr line (its stack too under FACTQ_DEBUG) and give the exit code. */
export function reportError(err: unknown, io: Io): ExitCode {
  if (err instanceof CommanderError) {
    // Help and version are requests, not failures.
    if (err.exitCode === 0) return EXIT.found;
    // Options but no command: commander would print the whole help as an error.
    const text = err.code === 'commander.help' ? 'no command given (see factq --help)' : err.message.replace(/^error: /, '');
    io.stderr.write(message(text));
    return EXIT.usage;
  }
  if (err instanceof FactqError) {
    io.stderr.write(message(err.message));
    if (io.env.FACTQ_DEBUG) io.stderr.write(`${err.stack ?? ''}\n`);
    return err.code;
  }
  io.stderr.write(message(`internal error: ${String((err as Error)?.message ?? err)}`));
  if (io.env.FACTQ_DEBUG) io.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return EXIT.usage;
}
