// The option table: every option of the CLI, once. Commander's options, --help, completion, the man page
// and the README's option table are all made from it.
import { usageError } from '../core/errors.js';
import { FACT_TYPES } from '../core/model.js';
import type { FactType } from '../core/model.js';
import type { Corpus } from '../core/corpus.js';
import { editDistance, isEnglishWord } from '../core/text/index.js';
import { DEFAULT_LIMIT } from '../core/search.js';
import { COLOR_MODES } from '../output/colour.js';
import type { ColorMode } from '../output/colour.js';
import { FORMATS } from '../output/formats.js';
import type { Format } from '../output/formats.js';
import { fieldNames } from '../output/records.js';
import type { RecordKind } from '../output/records.js';
import { entityOffers } from './offers.js';
import type { Offer } from './offers.js';

/** One option. */
export interface OptionSpec {
  /** Commander's flags: `-n, --limit <n>`. */
  flags: string;
  help: string;
  /** The value when the option is not given (shown in help). */
  default?: unknown;
  /** The only values allowed. */
  choices?: readonly string[];
  /** Turns the value into what run() gets; throws a usage error for a bad one. */
  parse?: (value: string) => unknown;
  /** What completion offers for the value: from the corpus in use, for the record kind printed. */
  complete?: (corpus: Corpus, kind: RecordKind | undefined, command: string | undefined) => Offer[];
  /** The value is a comma-separated list: completion completes its last item. */
  list?: boolean;
  /** The value is a file name: the shell completes it. */
  file?: boolean;
  /** The option may be given more than once: run() gets every value, in order. */
  repeat?: boolean;
  /** Taken by every command, before or after its name. */
  global?: boolean;
}

/** Parse a whole number of at least 1, or throw a usage error naming the option. */
export function positiveInt(value: string | number, what: string): number {
  // Digits only: "0x10", "1e3", "+2", " 3" and "1.0" are not what a reader types for a count.
  const n = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw usageError(`${what} expects a whole number of at least 1, got "${String(value)}"`);
  return n;
}

export const OPTIONS = {
  format: {
    flags: '-f, --format <format>',
    help: 'output format (default on a terminal: table, or text for answers; tsv in a pipe)',
    choices: FORMATS,
    global: true,
  },
  json: { flags: '--json', help: 'short for --format json (gh style, --json id,text, is --json --fields id,text)', global: true },
  quiet: { flags: '-q, --quiet', help: 'print nothing: the exit code says whether anything was found', global: true },
  fields: {
    flags: '--fields <list>',
    help: 'comma-separated fields to print, in every format',
    complete: (_corpus, kind, command) => (kind ? fieldNames(kind, command) : []),
    list: true,
    global: true,
  },
  data: {
    flags: '--data <file>',
    help: 'use another dataset in the bundled format; give it again, or name a folder, to read several as one (default: $FACTQ_DATA, else the bundled one)',
    file: true,
    repeat: true,
    global: true,
  },
  color: { flags: '--color <when>', help: 'colour output', choices: COLOR_MODES, default: 'auto', global: true },
  noColor: { flags: '--no-color', help: 'short for --color never', global: true },
  noPager: { flags: '--no-pager', help: 'never page long output on a terminal (default: $FACTQ_PAGER, else $PAGER, else less -FRX)', global: true },
  limit: {
    flags: '-n, --limit <n>',
    help: 'most results to print per query',
    default: DEFAULT_LIMIT,
    parse: (v) => positiveInt(v, '--limit'),
  },
  minScore: {
    flags: '--min-score <score>',
    help: 'only results scoring at least this, from 0 to 1 (see the README on scores)',
    parse: (v) => {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw usageError(`--min-score expects a number from 0 to 1, got "${v}"`);
      return n;
    },
  },
  type: { flags: '-t, --type <type>', help: 'only facts of this type; give it again for any of several', choices: FACT_TYPES, repeat: true },
  entity: {
    flags: '-e, --entity <name>',
    help: 'only facts naming this entity (a name or alias); give it again for facts naming each',
    complete: entityOffers,
    repeat: true,
  },
  question: {
    flags: '-Q, --question <n>',
    help: 'only facts under this article question; give it again for any of several',
    repeat: true,
    parse: (v) => String(positiveInt(v, '--question')),
    complete: (corpus) => corpus.dataset.article.questions.map((q): Offer => [String(q.number), q.text]),
  },
  explain: { flags: '--explain', help: 'show why the answer won' },
  output: { flags: '-o, --output <file>', help: 'write to this file instead of stdout', file: true },
  title: { flags: '--title <title>', help: "the article's title, when the page does not say it or says it wrongly" },
  date: {
    flags: '--date <date>',
    help: "the article's date, YYYY-MM-DD (factq never makes one up)",
    parse: (v) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw usageError(`--date expects YYYY-MM-DD, got "${v}"`);
      return v;
    },
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Every option's value as run() gets it (undefined when not given and without a default). */
export interface OptionValues {
  format?: Format;
  json?: boolean;
  quiet?: boolean;
  fields?: string;
  data?: string[];
  /** false when --no-color was given. */
  color: ColorMode | false;
  /** false when --no-pager was given. */
  pager?: boolean;
  limit: number;
  minScore?: number;
  type?: FactType[];
  entity?: string[];
  question?: string[];
  explain?: boolean;
  output?: string;
  title?: string;
  date?: string;
}

/** The value of an option that allows only some values, matched regardless of case; else a usage error. */
export function choose(flag: string, choices: readonly string[], value: string): string {
  const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (found === undefined) throw usageError(`${flag}: unknown value "${value}": use one of ${choices.join(', ')}`);
  return found;
}

/** The option's long flag, `--limit`. */
export function longFlag(spec: OptionSpec): string {
  return /--[\w-]+/.exec(spec.flags)![0];
}

/** The option's short flag, `-n`, if it has one. */
export function shortFlag(spec: OptionSpec): string | undefined {
  return /^-\w\b/.exec(spec.flags)?.[0];
}

/** Whether the option takes a value. */
export function takesValue(spec: OptionSpec): boolean {
  return spec.flags.includes('<');
}

/**
 * argv with gh's `--json id,text` read as `--json --fields id,text`: a word after --json made only of field
 * names is taken as the fields, not as a query word or an id. So is a list with a comma, and one word a slip
 * away from a field name that is no English word (`--json idd`): fields mistyped, which --fields then
 * refuses with the names it knows, rather than a search for them that finds nothing.
 */
export function withJsonFields(argv: readonly string[], fieldNamesOfAnyKind: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    out.push(argv[i]!);
    if (argv[i] === '--json' && next !== undefined && fieldsMeant(next, fieldNamesOfAnyKind)) out.push(longFlag(OPTIONS.fields));
  }
  return out;
}

function fieldsMeant(word: string, fields: ReadonlySet<string>): boolean {
  if (!/^[a-zA-Z_]+(?:,[a-zA-Z_]+)*$/.test(word)) return false;
  const list = word.split(',');
  if (list.length > 1 || list.every((f) => fields.has(f))) return true;
  const folded = word.toLowerCase();
  return folded.length >= 2 && [...fields].some((f) => editDistance(folded, f) === 1) && !isEnglishWord(folded);
}
