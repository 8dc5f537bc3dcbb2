// The process: real streams in, exit code out. The only module that touches `process`.
import { fstatSync, writeSync } from 'node:fs';
import { EXIT } from './core/errors.js';
import type { Io } from './cli/io.js';
import { message } from './cli/io.js';
import { run } from './cli/program.js';
import { nodeBinding } from './core/binding.js';

/** Run as the `factq` process: wire the real streams, set process.exitCode, never cut output short. */
export async function main(): Promise<void> {
  // Ctrl-C keeps its default: the kernel ends factq at once, even in the middle of a long synchronous
  // parse or render, where no JavaScript handler could run. Ended by the signal itself, factq is reported
  // as 130 by the shell, and a shell loop running it stops too (bash's wait-and-cooperative-exit), which
  // an ordinary exit(130) would not do. Only the pager changes this, below.
  const stdout = descriptorStdout();
  let streams = false;
  let stderrTTY: boolean | undefined;
  const code = await run({
    argv: process.argv,
    env: process.env,
    stdout,
    // Lazy, like stdout: a run that succeeds quietly never builds process.stderr.
    stderr: {
      write: (s) => {
        streams = true;
        return process.stderr.write(s);
      },
    },
    stdinLines: () => {
      streams = true;
      return stdinLines();
    },
    // Read only by runs that read stdin, which build process.stdin anyway.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    page: (text) => {
      streams = true;
      return page(text);
    },
    progress: (line) => {
      // In place on a terminal; never into a pipe or a file, where it would be noise in a log. Asked of
      // the descriptor first, so a run whose stderr is no terminal never builds the stream (and still
      // ends at once when its output is out): node:tty loads Node's socket and stream modules, a few
      // milliseconds of every run were it imported at start-up.
      stderrTTY ??= isTerminal(2, () => process.stderr);
      if (stderrTTY) {
        streams = true;
        process.stderr.write(line === undefined ? '\r\x1b[2K' : `\r\x1b[2K${line}`);
      }
    },
  });
  process.exitCode = code;
  // Every byte went out through writeSync, so nothing is buffered and exiting now cuts nothing short.
  // It skips Node's wait for V8's background work (compile and GC tasks), about 1.5 ms of every run.
  if (!streams && !stdout.streamed()) process.exit(code);
}

// A reader that goes away (`factq list | head -1`) is not an error: stop quietly.
// Any other failure of stdout is reported like every error: one line, exit 2.
function stdoutFailed(err: NodeJS.ErrnoException): never {
  if (err.code !== 'EPIPE') process.stderr.write(message(`cannot write output (${err.code ?? err.message})`));
  return process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT.usage);
}

// Whether a descriptor is a terminal, asked without the tty module where possible: node:tty loads Node's
// socket and stream modules, about 3 ms. Only a character device can be a terminal (pipes and files are
// told apart by fstat; a closed descriptor is none), and of those /dev/null is the common one that is not
// (`if factq search X >/dev/null`): libuv's own check tells them apart, through its binding (see
// nodeBinding); without it, the stream is built and asked.
function isTerminal(fd: number, stream: () => NodeJS.WriteStream): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const isTTY = nodeBinding<{ isTTY(fd: number): boolean }>('tty_wrap')?.isTTY;
  if (typeof isTTY === 'function') return isTTY(fd) === true;
  return stream().isTTY === true;
}

// stdout written with fs.writeSync to descriptor 1. Building process.stdout loads Node's stream and
// socket modules, about 2 ms of a 30 ms run, and a command here writes its output in one piece anyway.
// A terminal, or a descriptor that would block (EAGAIN), gets the ordinary stream instead.
function descriptorStdout(): Io['stdout'] & { streamed(): boolean } {
  let stream: NodeJS.WriteStream | undefined;
  let tty: boolean | undefined;
  const toStream = (): NodeJS.WriteStream => {
    if (!stream) stream = process.stdout.on('error', stdoutFailed);
    return stream;
  };
  // A closed descriptor 1 is no terminal; writing to it fails below and is reported there.
  const isTTY = (): boolean => (tty ??= isTerminal(1, toStream));
  return {
    streamed: () => stream !== undefined,
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? toStream().columns : undefined;
    },
    get rows() {
      return isTTY() ? toStream().rows : undefined;
    },
    write(text: string) {
      if (stream) return stream.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(1, bytes, done);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return toStream().write(bytes.subarray(done));
        stdoutFailed(err as NodeJS.ErrnoException);
      }
      return true;
    },
  };
}

// Long output on a terminal through FACTQ_PAGER, else PAGER, else `less -FRX` (which quits at once when
// it fits, keeps colour, and leaves the text on screen). An empty pager or `cat` means none; a pager that
// cannot be started leaves the printing to factq.
async function page(text: string): Promise<boolean> {
  const command = (process.env.FACTQ_PAGER ?? process.env.PAGER ?? 'less -FRX').trim();
  if (!command || command === 'cat') return false;
  const { spawn } = await import('node:child_process');
  // While the pager runs, Ctrl-C is its to handle (less uses it to stop a search): factq ignores it, as
  // git does, rather than leave the pager behind on the terminal.
  const ignore = (): void => undefined;
  process.on('SIGINT', ignore);
  return new Promise<boolean>((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...process.env, LESS: process.env.LESS ?? 'FRX' } });
    child.on('error', () => resolve(false));
    // A pager the reader quits early closes its end: not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
    child.on('close', (code) => resolve(code !== 127 && code !== 126));
  }).finally(() => process.off('SIGINT', ignore));
}

const MAX_LINE = 1 << 20;

// Standard input a line at a time, each as soon as it arrives: a slow producer's first query is answered
// before its second is written. The last line needs no line end.
async function* stdinLines(): AsyncGenerator<string> {
  // Imported here: string_decoder is needed only by runs that read stdin.
  const { StringDecoder } = await import('node:string_decoder');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of process.stdin) {
    pending += decoder.write(chunk as Buffer);
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
    }
    // A line without end (`< /dev/zero`) is taken a megabyte at a time: memory stays bounded.
    while (pending.length > MAX_LINE) {
      yield pending.slice(0, MAX_LINE);
      pending = pending.slice(MAX_LINE);
    }
  }
  pending += decoder.end();
  if (pending) yield pending;
}
