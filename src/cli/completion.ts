// The completion engine: candidates for the word being typed, read from the command list and the option
// table, and from the dataset in use. The shells' scripts (completion-scripts.ts) print what this finds.
import type { CommandSpec } from '../commands/command.js';
import { recordKindOf } from '../commands/command.js';
import type { Corpus } from '../core/corpus.js';
import { OPTIONS, longFlag, shortFlag, takesValue } from './options.js';
import type { OptionSpec } from './options.js';
import type { Shell } from './completion-scripts.js';
import type { Offer } from './offers.js';
import { oneLine } from '../output/sanitise.js';

/** What to offer: words (with what zsh and fish show beside them), or the shell's own file-name completion. */
export interface Candidates {
  values: string[];
  about?: ReadonlyMap<string, string>;
  files: boolean;
}

const NOTHING: Candidates = { values: [], files: false };
const FILES: Candidates = { values: [], files: true };
const ABOUT_WIDTH = 60;

function optionsOf(command: CommandSpec | undefined): OptionSpec[] {
  const all = Object.values(OPTIONS) as OptionSpec[];
  const own = (command?.options ?? []).map((name) => OPTIONS[name] as OptionSpec);
  return [...all.filter((o) => o.global), ...own];
}

function flagsOf(options: readonly OptionSpec[]): Offer[] {
  return options.flatMap((o) => [longFlag(o), shortFlag(o)].filter((f): f is string => Boolean(f)).map((f): Offer => [f, o.help]));
}

function findOption(options: readonly OptionSpec[], flag: string): OptionSpec | undefined {
  return options.find((o) => longFlag(o) === flag || shortFlag(o) === flag);
}

/** Candidates for the last of `words` (the word being typed; the others are the words before it). */
export function complete(commands: readonly CommandSpec[], corpus: Corpus, typed: readonly string[]): Candidates {
  const words = joinEquals(typed);
  // The shell hands the word as typed: `United\ K` or `'Donald` is matched as `United K` or `Donald`.
  const cur = unquote(words.at(-1) ?? '');
  const before = words.slice(0, -1);
  const visible = commands.filter((c) => !c.hidden);

  let command: CommandSpec | undefined;
  const positionals: string[] = [];
  let pendingValue: OptionSpec | undefined;
  for (const w of before) {
    if (pendingValue) {
      pendingValue = undefined;
      continue;
    }
    if (w.startsWith('-')) {
      const opt = findOption(optionsOf(command), w.split('=')[0]!);
      if (opt && takesValue(opt) && !w.includes('=')) pendingValue = opt;
    } else if (!command) command = visible.find((c) => c.name === w);
    else positionals.push(w);
  }
  const offer = (items: readonly Offer[]): Candidates => offered(items, cur);

  if (pendingValue) return optionValues(pendingValue, command, positionals, corpus, cur);
  // `--format=j`: the value after the = completes, the flag kept in front.
  const eq = cur.indexOf('=');
  if (cur.startsWith('--') && eq > 0) {
    const option = findOption(optionsOf(command), cur.slice(0, eq));
    if (!option || !takesValue(option)) return NOTHING;
    const found = optionValues(option, command, positionals, corpus, unquote(cur.slice(eq + 1)));
    const head = cur.slice(0, eq + 1);
    const about = new Map([...(found.about ?? [])].map(([v, a]) => [`${head}${v}`, a]));
    return found.files ? found : { values: found.values.map((v) => `${head}${v}`), about, files: false };
  }
  if (cur.startsWith('-')) return offer([...flagsOf(optionsOf(command)), ['--help', 'show help']]);
  if (!command) return offer(visible.map((c): Offer => [c.name, c.summary]));
  const last = command.args.at(-1);
  const arg = command.args[positionals.length] ?? (last?.variadic ? last : undefined);
  if (!arg) return NOTHING;
  if (arg.file) return FILES;
  return offer(arg.complete?.(corpus) ?? arg.choices ?? []);
}

function optionValues(
  option: OptionSpec,
  command: CommandSpec | undefined,
  positionals: readonly string[],
  corpus: Corpus,
  cur: string,
): Candidates {
  if (option.file) return FILES;
  const items = option.choices ?? option.complete?.(corpus, command && recordKindOf(command, positionals), command?.name) ?? [];
  if (option.list) return listItems(items.map(wordOf), cur);
  return offered(items, cur);
}

function wordOf(item: Offer): string {
  return typeof item === 'string' ? item : item[0];
}

// The items whose word starts with what is typed (in any case), each once, with what is said about them.
function offered(items: readonly Offer[], cur: string): Candidates {
  const values = matching(items.map(wordOf), cur);
  const about = new Map<string, string>();
  for (const item of items) if (typeof item !== 'string' && !about.has(item[0])) about.set(item[0], item[1]);
  return { values, about, files: false };
}

// `--fields id,te` completes the part after the last comma, keeping what is before it.
function listItems(items: readonly string[], cur: string): Candidates {
  const cut = cur.lastIndexOf(',') + 1;
  const head = cur.slice(0, cut);
  const chosen = new Set(head.split(',').filter(Boolean));
  return { values: matching(items.filter((f) => !chosen.has(f)), cur.slice(cut)).map((f) => head + f), files: false };
}

// bash splits `--format=j` at the = into `--format`, `=`, `j`: read that as the option and its value,
// which is what bash then replaces.
function joinEquals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '=' && i > 0 && words[i - 1]!.startsWith('--')) {
      if (i === words.length - 1) out.push('');
      continue;
    }
    out.push(words[i]!);
  }
  return out;
}

function unquote(word: string): string {
  return word.replace(/^(['"])/, '').replace(/\\(.)/g, '$1');
}

function matching(values: readonly string[], prefix: string): string[] {
  const p = prefix.toLowerCase();
  return [...new Set(values)].filter((v) => v.toLowerCase().startsWith(p));
}

/** The values of the --data options among words being completed, in order. */
export function dataFilesIn(words: readonly string[]): string[] {
  const flag = longFlag(OPTIONS.data);
  const out: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] === flag) out.push(words[i + 1]!);
    else if (words[i]!.startsWith(`${flag}=`)) out.push(words[i]!.slice(flag.length + 1));
  }
  return out;
}

/**
 * The candidates as the shell's script reads them, one a line: bash's with spaces escaped; fish's as
 * `word<TAB>about`; zsh's as `word:about` for _describe, a colon in the word escaped.
 */
export function formatCandidates(shell: Shell, c: Candidates): string {
  if (c.files) return ':files\n';
  // Values come from the dataset: nothing in them may reach the terminal as a control sequence.
  const lines = c.values
    .filter((v) => oneLine(v).trim() !== '')
    .map((v) => {
      const word = oneLine(v);
      const about = c.about?.get(v);
      const short = about === undefined ? '' : oneLine(about).replace(/\t/g, ' ');
      const said = short.length > ABOUT_WIDTH ? `${short.slice(0, ABOUT_WIDTH - 1)}…` : short;
      if (shell === 'bash') return word.replace(/([\\\s'"$`!&;|<>(){}*?[\]#~])/g, '\\$1');
      if (shell === 'fish') return said ? `${word}\t${said}` : word;
      const escaped = word.replace(/([\\:])/g, '\\$1');
      return said ? `${escaped}:${said}` : escaped;
    });
  return lines.map((l) => `${l}\n`).join('');
}
