import { run } from '../src/cli/program.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in memory, as `factq ...args`, with a pipe (not a terminal) on stdout unless told. */
export async function factq(
  args: string[],
  opts: { tty?: boolean; env?: Record<string, string>; stdin?: string; columns?: number } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv: ['node', 'factq', ...args],
    env: opts.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false, columns: opts.columns ?? 80 },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => opts.stdin ?? '',
  });
  return { code, stdout, stderr };
}
