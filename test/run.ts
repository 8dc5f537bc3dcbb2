import { run } from '../src/cli/program.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in memory, as `factq ...args`, with a pipe (not a terminal) on stdout unless told. */
export async function factq(
  args: string[],
  opts: { tty?: boolean; env?: Record<string, string>; stdin?: string; stdinTTY?: boolean; columns?: number } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv: ['node', 'factq', ...args],
    env: opts.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false, columns: opts.columns ?? 80 },
    stderr: { write: (s: string) => (stderr += s) },
    stdinIsTTY: opts.stdinTTY ?? false,
    stdinLines: async function* () {
      yield* (opts.stdin ?? '').split(/\r?\n/);
    },
  });
  return { code, stdout, stderr };
}
