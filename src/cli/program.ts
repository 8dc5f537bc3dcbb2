// The commander program, made from the command list and the option table, and run against an Io.
import { Argument, Command, CommanderError, Option } from 'commander';
import { COMMANDS } from '../commands/index.js';
import type { CommandSpec } from '../commands/command.js';
import type { Corpus } from '../core/corpus.js';
import { bundledCorpus, cacheDirFrom, loadLibrary } from '../core/dataset.js';
import { EXIT, FactqError, usageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import type { ExitCode } from '../core/errors.js';
import { emit } from './emit.js';
import type { Io } from './io.js';
import { progressReporter, reportError } from './io.js';
import { OPTIONS, choose, longFlag, shortFlag, withJsonFields } from './options.js';
import { KINDS } from '../output/records.js';
import type { OptionSpec, OptionValues } from './options.js';

// Every field name of every record kind: a word after --json made of these is a field list.
const ALL_FIELDS: ReadonlySet<string> = new Set(Object.values(KINDS).flatMap((k) => k.fields.map((f) => f.name)));

// Progress's clock. Not performance.now(): the global `performance` loads perf_hooks on first touch,
// about a millisecond of every run, and progress needs no finer time than Date.now() gives.
const clock = (): number => Date.now();

declare const __FACTQ_VERSION__: string | undefined;
// The build writes the package version in; unbundled (tests) it is a dev build.
export const VERSION = typeof __FACTQ_VERSION__ === 'string' ? __FACTQ_VERSION__ : '0.0.0-dev';

/** What the program says of itself in help and the man page. */
export const DESCRIPTION =
  'Facts from a news article: the bundled one (2020-01-08, Iran firing 22 missiles at US bases in Iraq), or your own with --data.\n' +
  "Search them, list them by the article's questions, or ask a question in plain English.";

/** Examples for the top-level help. */
export const EXAMPLES = [
  'factq search "al asad"',
  'factq ask "how many missiles hit al-Asad?"',
  'factq questions 2',
  "factq list --json | jq '.[].id'",
];

function examples(list: readonly string[]): string {
  return `\nExamples:\n${list.map((e) => `  $ ${e}`).join('\n')}\n`;
}

/** Run factq with the given process surface; returns the exit code instead of exiting. */
export async function run(io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.found;
  let argv: string[];
  try {
    argv = helpFor(io.argv);
  } catch (err) {
    return reportError(err, io);
  }
  const program = buildProgram(io, (c) => (code = c), argv[2]);
  if (argv.length <= 2) {
    io.stdout.write(program.helpInformation() + examples(EXAMPLES));
    return EXIT.found;
  }
  try {
    await program.parseAsync(withJsonFields(argv, ALL_FIELDS));
  } catch (err) {
    return reportError(withJsonFieldsHint(withShortFlagHint(err, COMMANDS.find((c) => c.name === argv[2])), argv), io);
  }
  return code;
}

// `search --json quote` reads "quote" as the fields to print (gh's `--json FIELDS`), leaving no words to
// search for: the missing words' error says where they went.
function withJsonFieldsHint(err: unknown, argv: readonly string[]): unknown {
  if (!(err instanceof CommanderError) || err.code !== 'commander.missingArgument') return err;
  const at = argv.indexOf('--json');
  const taken = at >= 0 ? argv[at + 1] : undefined;
  if (taken === undefined || withJsonFields(argv.slice(at, at + 2), ALL_FIELDS).length !== 3) return err;
  return new CommanderError(err.exitCode, err.code, `${err.message} (--json took "${taken}" as the fields to print: give the words before --json)`);
}

// commander suggests long options only: `-v` gets the flag its letter names in the other case (`-V,
// --version`), which is what a user reaching for the version or a verbose mode is told by gh and npm too.
function withShortFlagHint(err: unknown, command: CommandSpec | undefined): unknown {
  if (!(err instanceof CommanderError) || err.code !== 'commander.unknownOption') return err;
  const typed = /unknown option '(-[a-zA-Z])'/.exec(err.message)?.[1];
  if (!typed) return err;
  const swapped = typed === typed.toLowerCase() ? typed.toUpperCase() : typed.toLowerCase();
  const flags: Array<[short: string, long: string]> = [
    ['-V', '--version'],
    ['-h', '--help'],
    ...(Object.values(OPTIONS) as OptionSpec[]).filter((o) => o.global || command?.options.some((n) => OPTIONS[n] === o)).flatMap((o): Array<[string, string]> => {
      const short = shortFlag(o);
      return short ? [[short, longFlag(o)]] : [];
    }),
  ];
  const near = flags.find(([short]) => short === swapped);
  return near ? new CommanderError(err.exitCode, err.code, `${err.message} (did you mean ${near[0]}, ${near[1]}?)`) : err;
}

/**
 * Help asked for a command in any of the ways people type it, as `factq <command> --help`: `help search`,
 * `--help search`, `-h search`. A name that is no command is an unknown command with suggestions (`help
 * serch`), not the top-level help.
 */
export function helpFor(argv: readonly string[]): string[] {
  const [first, second] = [argv[2], argv[3]];
  const isHelp = (a: string | undefined): boolean => a === '--help' || a === '-h';
  const names = COMMANDS.filter((c) => !c.hidden).map((c) => c.name);
  const unknown = (name: string): Error => usageError(`unknown command '${name}'${didYouMean(names, name)}`);
  // `factq serch --help`: commander would print the top-level help for a command it does not know.
  if (first !== undefined && !first.startsWith('-') && first !== 'help' && !COMMANDS.some((c) => c.name === first) && argv.slice(3).some(isHelp))
    throw unknown(first);
  const asksHelp = first === 'help' || isHelp(first);
  if (!asksHelp || second === undefined || second.startsWith('-')) return [...argv];
  if (second === 'help') return [argv[0]!, argv[1]!, '--help'];
  if (!names.includes(second)) throw unknown(second);
  return [argv[0]!, argv[1]!, second, '--help'];
}

function commanderOption(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.help);
  // Allowed values are matched regardless of case (--type Event), and a wrong one names them all.
  const choices = spec.choices;
  if (choices) option.choices(choices);
  const one = choices ? (v: string): unknown => choose(longFlag(spec), choices, v) : spec.parse;
  // (Given again, a repeatable option keeps every value, each parsed as one is.)
  if (spec.repeat) option.argParser((v: string, previous: unknown) => [...((previous as unknown[] | undefined) ?? []), one ? one(v) : v]);
  else if (one) option.argParser(one);
  if (spec.default !== undefined) option.default(spec.default);
  return option;
}

function commanderArgument(spec: CommandSpec['args'][number]): Argument {
  const name = spec.variadic ? `${spec.name}...` : spec.name;
  const argument = new Argument(spec.required ? `<${name}>` : `[${name}]`, spec.help);
  const choices = spec.choices;
  if (choices) argument.choices(choices).argParser((v: string) => choose(spec.name, choices, v));
  return argument;
}

// `only`: the command this run names, if it names one; the others are left undefined. Defining every
// command's options costs about half a millisecond of start-up; help, completion and unknown commands
// get them all.
function buildProgram(io: Io, setCode: (c: ExitCode) => void, only?: string): Command {
  const program = new Command('factq')
    .description(DESCRIPTION)
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // A command's help lists the options every command takes too, wrapped to the terminal's width.
    .configureHelp({ showGlobalOptions: true, minWidthToWrap: 20 })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Asked only when help is printed: a run that prints no help never measures the terminal.
      getOutHelpWidth: () => Math.min(Math.max(io.stdout.columns ?? 80, 40), 120),
      // Commander's own errors are reported by reportError, as one line.
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .addHelpText('after', examples(EXAMPLES));
  for (const spec of Object.values(OPTIONS) as OptionSpec[]) if (spec.global) program.addOption(commanderOption(spec));

  // --data (or a file completion names), else FACTQ_DATA, else the bundled dataset.
  const corpusFor = (opts: OptionValues) => async (files?: readonly string[]): Promise<Corpus> => {
    if (opts.data?.includes('')) throw usageError('--data needs a file name');
    const fromEnv = !files?.length && opts.data === undefined && Boolean(io.env.FACTQ_DATA);
    const paths = files?.length ? files : (opts.data ?? (fromEnv ? [io.env.FACTQ_DATA!] : []));
    // A first run on a large file shows, on a terminal, how indexing it goes.
    const report = progressReporter(io.progress, clock);
    const onProgress = (done: number, total: number): void => report(done, total, 'facts indexed');
    if (!paths.length) return bundledCorpus();
    try {
      return await loadLibrary(paths, { cacheDir: cacheDirFrom(io.env), onProgress });
    } catch (err) {
      // A file no option named: the reader may have forgotten the variable, so the message names it.
      if (!fromEnv || !(err instanceof FactqError)) throw err;
      err.message = `${err.message} (the dataset FACTQ_DATA names)`;
      throw err;
    }
  };

  const named = COMMANDS.find((c) => c.name === only);
  for (const spec of named ? [named] : COMMANDS) {
    const command = program.command(spec.name, { hidden: spec.hidden === true }).description(spec.summary);
    for (const arg of spec.args) command.addArgument(commanderArgument(arg));
    for (const name of spec.options) command.addOption(commanderOption(OPTIONS[name] as OptionSpec));
    if (spec.examples.length) command.addHelpText('after', examples(spec.examples));
    command.action(async (...params: unknown[]) => {
      const cmd = params.at(-1) as Command;
      const opts = cmd.optsWithGlobals<OptionValues>();
      const args = spec.args.flatMap((_, i) => params[i] ?? []) as string[];
      const result = await spec.run({
        args,
        opts,
        corpus: corpusFor(opts),
        stdinLines: io.stdinLines,
        progress: progressReporter(io.progress, clock),
        env: io.env,
        commands: COMMANDS,
      });
      setCode(await emit(io, opts, spec.name, result));
    });
  }
  return program;
}
