// The entry. The only module that reads argv, writes to stdout or stderr, and sets the exit code.
import { fstatSync, writeSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { EXIT, FactqError, usageError } from './core/errors.js';
import type { ExitCode } from './core/errors.js';
import { FACT_TYPES } from './core/model.js';
import type { Dataset } from './core/model.js';
import { bundled, cacheDirFrom, loadDatasetFile, loadSchema } from './core/dataset.js';
import type { CommandResult } from './commands/common.js';
import { askCommand } from './commands/ask.js';
import { entitiesCommand } from './commands/entities.js';
import { listCommand } from './commands/list.js';
import { questionsCommand } from './commands/questions.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import { validateCommand } from './commands/validate.js';
import { SHELLS, complete, completionScript, formatCandidates } from './commands/complete.js';
import type { Shell } from './commands/complete.js';
import { COLOR_MODES, PLAIN, palette, useColor } from './render/colour.js';
import type { ColorMode } from './render/colour.js';
import { FORMATS, forTerminal, rendererFor } from './render/index.js';
import type { Format } from './render/index.js';
import { fieldNames } from './render/records.js';
import type { Output } from './render/records.js';
import { oneLine } from './render/sanitise.js';

declare const __FACTQ_VERSION__: string | undefined;
// The build writes the package version in; unbundled (tests) it is a dev build.
const VERSION = typeof __FACTQ_VERSION__ === 'string' ? __FACTQ_VERSION__ : '0.0.0-dev';

interface GlobalOptions {
  format?: Format;
  json?: boolean;
  fields?: string;
  data?: string;
  color: ColorMode;
}

const EXAMPLES: Record<string, string[]> = {
  factq: [
    'factq search "al asad"',
    'factq ask "how many missiles hit al-Asad?"',
    'factq questions 2',
    "factq list --json | jq '.[].id'",
  ],
  search: [
    'factq search khamenie',
    'factq search "irans foreign minister" --limit 3',
    'factq search missiles --type event --json',
    'printf "erbil\\nzarif\\n" | factq search - --format ndjson',
  ],
  ask: [
    'factq ask "how many missiles hit al-Asad?"',
    'factq ask "what did Zarif say?" --json',
    'factq ask "who is the supreme leader?" --explain',
    'factq ask - < questions.txt',
  ],
  questions: ['factq questions', 'factq questions 2', 'factq questions 5 --format text'],
  list: ['factq list', 'factq list --type casualties', 'factq list --entity Trump --fields id,text', 'factq list | cut -f2'],
  show: ['factq show missiles-fired-at-al-asad', 'factq show no-uk-casualties --json'],
  entities: ['factq entities', 'factq entities --format csv > entities.csv'],
  schema: ['factq schema > factq.schema.json'],
  validate: ['factq validate mine.json', 'factq validate mine.json --json | jq -r ".[].path"'],
  completion: [
    'factq completion bash > ~/.local/share/bash-completion/completions/factq',
    'factq completion zsh > "${fpath[1]}/_factq"',
    'factq completion fish > ~/.config/fish/completions/factq.fish',
  ],
};

function examples(name: string): string {
  return `\nExamples:\n${(EXAMPLES[name] ?? []).map((e) => `  $ ${e}`).join('\n')}\n`;
}

/** Everything the entry needs from the process, so tests can run it in memory. */
export interface Io {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  readStdin: () => Promise<string>;
}

/** Run factq with the given process surface; returns the exit code instead of exiting. */
export async function run(io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.found;
  const program = buildProgram(io, (c) => (code = c), io.argv[2]);
  if (io.argv.length <= 2) {
    io.stdout.write(program.helpInformation() + examples('factq'));
    return EXIT.found;
  }
  try {
    await program.parseAsync(io.argv);
  } catch (err) {
    return reportError(err, io);
  }
  return code;
}

/** The command tree alone, as completion reads it; nothing runs. */
export function buildProgramForCompletion(): Command {
  const quiet = { write: () => true };
  return buildProgram(
    { argv: [], env: {}, stdout: quiet, stderr: quiet, readStdin: async () => '' },
    () => undefined,
  );
}

/** One stderr line: sanitised, on one line, and short whatever the input it quotes. */
function message(text: string): string {
  const line = oneLine(text);
  return `factq: ${line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line}\n`;
}
const MAX_MESSAGE = 400;

function reportError(err: unknown, io: Io): ExitCode {
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

// `only`: the command this run names, if it names one; the others are left undefined.
function buildProgram(io: Io, setCode: (c: ExitCode) => void, only?: string): Command {
  const program = new Command('factq')
    .description(
      'Facts from one news article (2020-01-08): Iran firing 22 missiles at US bases in Iraq.\n' +
        'Search them, list them by the article\'s questions, or ask a question in plain English.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, tsv in a pipe)').choices(FORMATS))
    .option('--json', 'short for --format json')
    .option('--fields <list>', 'comma-separated fields to print, in every format')
    .option('--data <file>', 'use another dataset in the bundled format (default: $FACTQ_DATA, else the bundled one)')
    .addOption(new Option('--color <when>', 'colour output').choices(COLOR_MODES).default('auto'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Commander's own errors are reported by reportError, as one line.
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .addHelpText('after', examples('factq'));

  const emit = async (cmd: Command, result: CommandResult): Promise<void> => {
    const opts = cmd.optsWithGlobals<GlobalOptions>();
    const format: Format = opts.json ? 'json' : (opts.format ?? (io.stdout.isTTY ? 'table' : 'tsv'));
    const kind = result.output.kind;
    const fields = parseFields(opts.fields, kind);
    const render = await rendererFor(format);
    // Only terminal formats look at the terminal: a script's `--json` run never probes it.
    const terminal = forTerminal(format);
    const ctx = {
      fields,
      palette: terminal ? await palette(useColor(opts.color, io.env, io.stdout.isTTY === true)) : PLAIN,
      width: (terminal && io.stdout.columns) || Number(io.env.COLUMNS) || 80,
    };
    // JSON always answers (`[]`, or `answer: null`); other formats print nothing when nothing was found.
    const text = hasContent(result.output) || format === 'json' || format === 'ndjson' ? render(result.output, ctx) : '';
    if (text) io.stdout.write(text);
    else if (result.summary && format !== 'json' && format !== 'ndjson') io.stdout.write(`${result.summary}\n`);
    for (const note of result.notes ?? []) io.stderr.write(message(note));
    setCode(result.code ?? (result.output.records.length ? EXIT.found : EXIT.notFound));
  };

  // --data, else FACTQ_DATA, else the bundled dataset; `file` overrides both (completion reads it from words).
  const withData = async (cmd: Command, file?: string): Promise<Dataset> => {
    const path = file ?? cmd.optsWithGlobals<GlobalOptions>().data ?? (io.env.FACTQ_DATA || undefined);
    return path ? loadDatasetFile(path, { cacheDir: cacheDirFrom(io.env) }) : bundled();
  };

  const filterOptions = (c: Command): Command =>
    c
      .addOption(new Option('-t, --type <type>', 'only facts of this type').choices(FACT_TYPES))
      .option('-e, --entity <name>', 'only facts naming this entity (a name or alias)')
      .option('-q, --question <n>', "only facts under this article question");

  // The command table. A run defines only the command it names, when argv names one: defining every
  // command's options costs about half a millisecond of start-up. Help, completion and unknown
  // commands get them all.
  const commands: Record<string, () => void> = {
    search: () =>
      filterOptions(
        program
          .command('search')
          .description('fuzzy-search the facts, their quotes, entities and aliases ("-" reads one query a line)')
          .argument('<terms...>', 'words to look for, typos forgiven')
          .option('-n, --limit <n>', 'most results to print per query', '10'),
      )
        .addHelpText('after', examples('search'))
        .action(async (terms: string[], opts, cmd: Command) => {
          const queries = terms.length === 1 && terms[0] === '-' ? lines(await io.readStdin()) : [terms.join(' ')];
          if (!queries.length) throw usageError('search - read no queries from stdin');
          await emit(cmd, searchCommand(await withData(cmd), queries, opts));
        }),
    ask: () =>
      program
        .command('ask')
        .description('answer a plain-English question from the article ("-" reads one question a line)')
        .argument('<question...>', 'the question, e.g. "how many missiles hit al-Asad?"')
        .option('--explain', 'show why the answer won')
        .addHelpText('after', examples('ask'))
        .action(async (words: string[], opts: { explain?: boolean }, cmd: Command) => {
          const fromStdin = words.length === 1 && words[0] === '-';
          const questions = fromStdin ? lines(await io.readStdin()) : [words.join(' ')];
          if (!questions.length) throw usageError('ask - read no questions from stdin');
          await emit(cmd, askCommand(await withData(cmd), questions, { explain: opts.explain === true, many: fromStdin }));
        }),
    questions: () =>
      program
        .command('questions')
        .description("list the article's questions, or the facts under question N")
        .argument('[n]', 'question number')
        .addHelpText('after', examples('questions'))
        .action(async (n: string | undefined, _opts, cmd: Command) => {
          await emit(cmd, questionsCommand(await withData(cmd), n));
        }),
    list: () =>
      filterOptions(program.command('list').description('print every fact in article order'))
        .addHelpText('after', examples('list'))
        .action(async (opts, cmd: Command) => {
          await emit(cmd, listCommand(await withData(cmd), opts));
        }),
    show: () =>
      program
        .command('show')
        .description('print facts in full, by id')
        .argument('<id...>', 'fact ids, as printed by search and list')
        .addHelpText('after', examples('show'))
        .action(async (ids: string[], _opts, cmd: Command) => {
          await emit(cmd, showCommand(await withData(cmd), ids));
        }),
    entities: () =>
      program
        .command('entities')
        .description('list the people, places and organisations with their aliases and fact counts')
        .addHelpText('after', examples('entities'))
        .action(async (_opts, cmd: Command) => {
          await emit(cmd, entitiesCommand(await withData(cmd)));
        }),
    schema: () =>
      program
        .command('schema')
        .description('print the dataset format as JSON Schema')
        .addHelpText('after', examples('schema'))
        .action(async () => {
          const { datasetJsonSchema } = await loadSchema();
          io.stdout.write(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
        }),
    validate: () =>
      program
        .command('validate')
        .description('check a dataset file and list every problem with its JSON path (exit 0 valid, 2 not)')
        .argument('<file>', 'a dataset in the bundled format')
        .addHelpText('after', examples('validate'))
        .action(async (file: string, _opts, cmd: Command) => {
          await emit(cmd, await validateCommand(file));
        }),
    completion: () =>
      program
        .command('completion')
        .description('print a shell completion script (see the README to install it)')
        .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
        .addHelpText('after', examples('completion'))
        .action((shell: Shell) => {
          io.stdout.write(completionScript(shell));
        }),
    __complete: () =>
      program
        .command('__complete', { hidden: true })
        .argument('<shell>')
        .argument('[words...]')
        .action(async (shell: string, words: string[], _opts, cmd: Command) => {
          if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(`unknown shell "${shell}"`);
          let dataset: Dataset;
          try {
            dataset = await withData(cmd, dataFileIn(words));
          } catch {
            dataset = bundled(); // a half-typed --data path must not break completion
          }
          io.stdout.write(formatCandidates(shell as Shell, complete(buildProgramForCompletion(), dataset, words.length ? words : [''])));
        }),
  };
  const defined = only !== undefined && Object.hasOwn(commands, only) ? [only] : Object.keys(commands);
  for (const name of defined) commands[name]!();

  return program;
}

// The value of a --data option among words being completed, if there is one.
function dataFileIn(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] === '--data') return words[i + 1];
    if (words[i]!.startsWith('--data=')) return words[i]!.slice('--data='.length);
  }
  return undefined;
}

function parseFields(list: string | undefined, kind: Parameters<typeof fieldNames>[0]): string[] | undefined {
  if (list === undefined) return undefined;
  const valid = fieldNames(kind);
  const picked = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = picked.filter((f) => !valid.includes(f));
  if (!picked.length || unknown.length)
    throw usageError(`unknown field${unknown.length > 1 ? 's' : ''} "${unknown.join(', ') || list}": valid fields are ${valid.join(', ')}`);
  return picked;
}

function hasContent(out: Output): boolean {
  if (out.kind === 'answer' && !out.many) return out.records.some((r) => r.answer !== null || r.explain);
  return out.records.length > 0;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Run as the `factq` process: wire the real streams, set process.exitCode, never cut output short. */
export async function main(): Promise<void> {
  process.on('SIGINT', () => process.exit(130));
  const stdout = descriptorStdout();
  let streams = false;
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
    readStdin: () => {
      streams = true;
      return readStdin();
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
  // Only a character device can be a terminal; pipes and files are told apart without the tty module.
  const isTTY = (): boolean => {
    if (tty === undefined) {
      let device = false;
      try {
        device = fstatSync(1).isCharacterDevice();
      } catch {
        // A closed descriptor 1 is no terminal; writing to it fails below and is reported there.
      }
      tty = device && toStream().isTTY === true;
    }
    return tty;
  };
  return {
    streamed: () => stream !== undefined,
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? toStream().columns : undefined;
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
