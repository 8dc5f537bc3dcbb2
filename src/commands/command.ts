// What a command is: one unit that says its name, arguments, options, examples and output, and whose
// run() turns parsed input into data. The CLI builds commander, help, completion and the man page from
// these; nothing here prints.
import type { Corpus } from '../core/corpus.js';
import { usageError } from '../core/errors.js';
import type { ExitCode } from '../core/errors.js';
import type { Fact } from '../core/model.js';
import { knownFact } from '../core/model.js';
import type { FactRecord, Output, RecordKind } from '../output/records.js';
import type { OptionName, OptionValues } from '../cli/options.js';
import type { Offer } from '../cli/offers.js';

/** A positional argument. */
export interface ArgumentSpec {
  name: string;
  help: string;
  required?: boolean;
  /** Takes the rest of the words. */
  variadic?: boolean;
  /** The only values allowed. */
  choices?: readonly string[];
  /** Values completion offers from the corpus in use. */
  complete?: (corpus: Corpus) => Offer[];
  /** A file name: the shell completes it. */
  file?: boolean;
}

/** What a command's run() is given. */
export interface CommandContext {
  /** Positional arguments; a variadic one collects the rest. */
  args: string[];
  /** Every option the command takes (and the global ones), parsed and checked. */
  opts: OptionValues;
  /** The corpus in use: `files`, else --data (each), else $FACTQ_DATA, else the bundled one. */
  corpus(files?: readonly string[]): Promise<Corpus>;
  /** Standard input a line at a time, as the lines arrive. */
  stdinLines(): AsyncIterable<string>;
  /** Tell the user how a long task goes: shown on a terminal's stderr after a second; done = total clears it. */
  progress(done: number, total: number, what: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** The CLI's commands, for the commands that describe the CLI itself (completion). */
  commands: readonly CommandSpec[];
}

/** What a command returns: data for a renderer, messages for stderr, and an exit code if not the usual. */
export interface CommandResult {
  output: Output | DocumentOutput | TextOutput | StreamOutput;
  /** One-line messages for stderr (the entry adds the `factq:` prefix). */
  notes?: string[];
  /** One-line messages for stderr when stdout is a terminal only (a pipe stays quiet, as grep's does). */
  hints?: string[];
  code?: ExitCode;
}

/**
 * Results that come one input at a time (`search -`, `ask -` reading stdin): each part is printed as soon as
 * it is made, so a pipeline with a slow producer sees its answers. The exit code is found when `any` part
 * found something (search) or when `every` part did (ask).
 */
export interface StreamOutput {
  kind: 'stream';
  records: RecordKind;
  parts: AsyncIterable<CommandResult & { output: Output }>;
  found: 'any' | 'every';
  /** Told on stderr when a person is typing the input at a terminal (for parts read from stdin). */
  waiting?: string;
}

/** One JSON document, printed as it is (`schema`): only JSON can show it. */
export interface DocumentOutput {
  kind: 'document';
  value: unknown;
}

/** Text printed as it is (a shell script, completion candidates): no format applies. */
export interface TextOutput {
  kind: 'text';
  text: string;
}

/** One command of the CLI. */
export interface CommandSpec {
  name: string;
  /** One line for help. */
  summary: string;
  args: readonly ArgumentSpec[];
  /** The command's own options, by name in the option table (global options apply to every command). */
  options: readonly OptionName[];
  examples: readonly string[];
  /** The kind of records it prints, for --fields and its completion; may depend on the arguments. */
  output: RecordKind | 'document' | 'text' | ((args: readonly string[]) => RecordKind);
  /** Left out of help and completion. */
  hidden?: boolean;
  run(ctx: CommandContext): Promise<CommandResult> | CommandResult;
}

/** The record kind a command prints for these arguments, if it prints records. */
export function recordKindOf(command: CommandSpec, args: readonly string[]): RecordKind | undefined {
  const { output } = command;
  if (typeof output === 'function') return output(args);
  return output === 'document' || output === 'text' ? undefined : output;
}

/**
 * On a terminal, where nothing was found in the bundled dataset: which article was searched, and how to
 * search one's own (a reader who forgot --data is otherwise told only that "the article" says nothing).
 */
export function bundledHint(corpus: Corpus, opts: OptionValues, env: Readonly<Record<string, string | undefined>>): string[] {
  if (opts.data !== undefined || env.FACTQ_DATA) return [];
  const { title, date } = corpus.dataset.article;
  // (A title's head, before a colon, is enough to know the article by: the line stays short.)
  const head = title.length > 60 && title.includes(': ') ? title.slice(0, title.indexOf(': ')) : title;
  return [`searched the bundled article, "${head}"${date ? ` (${date})` : ''}; to search your own, give --data FILE`];
}

/** A fact as a record to print: a copy, so adding fields never touches the dataset. */
export function factRecord(fact: Fact, extra: Partial<FactRecord> = {}): FactRecord {
  return { ...knownFact(fact), ...extra };
}

/**
 * A result for each line of stdin, each made as its line arrives (`search -`, `ask -`): the exit code is
 * found when `any` line found something, or when `every` one did.
 */
export function eachLine(
  lines: AsyncIterable<string>,
  how: { records: RecordKind; found: 'any' | 'every'; what: string },
  resultFor: (line: string) => CommandResult & { output: Output },
): CommandResult {
  return {
    output: {
      kind: 'stream',
      records: how.records,
      found: how.found,
      waiting: `reading ${how.what}, one a line (Ctrl-D ends)`,
      parts: (async function* () {
        for await (const line of lines) yield resultFor(line);
      })(),
    },
  };
}

/**
 * What `search` and `ask` work on: the words given, as one input, or with `-` alone one input per line of
 * stdin, trimmed, blank lines and comment lines (`#` first) skipped, each as it arrives. `what` names them
 * in messages ("queries").
 */
export function inputsOf(command: string, what: string, args: readonly string[], stdinLines: () => AsyncIterable<string>): { input: string } | { lines: AsyncIterable<string> } {
  if (args.includes('-') && args.length > 1) throw usageError(`${command} - reads the ${what} from stdin: give it alone, without other words`);
  if (args.length !== 1 || args[0] !== '-') return { input: args.join(' ') };
  return {
    // (No line at all is no input, not a usage error: a script's generated list may be empty, and then
    // nothing is found, exit 1, as a search finding nothing: `[]` in json.)
    lines: (async function* () {
      for await (const raw of stdinLines()) {
        const line = raw.trim();
        // (A file of questions may say what it is for, as shell and config files do: `# asked weekly`.)
        if (line && !line.startsWith('#')) yield line;
      }
    })(),
  };
}
