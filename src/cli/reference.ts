// The CLI described for people outside --help: the README's command and option tables, made from the
// command list and the option table so they cannot drift from what the parser accepts.
import type { CommandSpec } from '../commands/command.js';
import { OPTIONS } from './options.js';
import type { OptionName, OptionSpec } from './options.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function usage(command: CommandSpec): string {
  const args = command.args.map((a) => {
    const name = a.choices ? a.choices.join('|') : a.variadic ? `${a.name}...` : a.name;
    return a.required ? `<${name}>` : `[${name}]`;
  });
  return ['factq', command.name, ...args].join(' ');
}

function flags(spec: OptionSpec): string {
  return spec.choices ? spec.flags.replace(/<[^>]+>/, spec.choices.join('|')) : spec.flags;
}

function meaning(spec: OptionSpec): string {
  return spec.default !== undefined ? `${spec.help} (default: ${String(spec.default)})` : spec.help;
}

/** The README's table of commands. */
export function commandsMarkdown(commands: readonly CommandSpec[]): string {
  const rows = commands.filter((c) => !c.hidden).map((c) => `| \`${cell(usage(c))}\` | ${cell(c.summary)} |`);
  return ['| command | what it does |', '| --- | --- |', ...rows].join('\n') + '\n';
}

/** The README's table of options: the global ones, then each command's own. */
export function optionsMarkdown(commands: readonly CommandSpec[]): string {
  const users = (name: string): string[] => commands.filter((c) => !c.hidden && c.options.includes(name as OptionName)).map((c) => c.name);
  const rows = Object.entries(OPTIONS as Record<string, OptionSpec>).map(([name, spec]) => {
    const where = spec.global ? 'every command' : users(name).join(', ');
    return `| \`${cell(flags(spec))}\` | ${where} | ${cell(meaning(spec))} |`;
  });
  return ['| option | for | meaning |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

const roff = (s: string): string => s.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1').replace(/-/g, '\\-');

/** The man page, factq(1), in roff: commands and options from the same tables as --help. */
export function manPage(commands: readonly CommandSpec[], version: string, description: string): string {
  const out = [
    `.TH FACTQ 1 "" "factq ${version}" "User Commands"`,
    '.SH NAME',
    'factq \\- look up the facts of one news article',
    '.SH SYNOPSIS',
    '.B factq',
    '.I command',
    '[\\fIoptions\\fR] [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    roff(description.replace(/\n/g, ' ')),
    '.SH COMMANDS',
  ];
  for (const c of commands.filter((x) => !x.hidden)) {
    out.push('.TP', `.B ${roff(usage(c))}`, roff(c.summary));
    const own = c.options.map((name) => flags(OPTIONS[name] as OptionSpec));
    if (own.length) out.push(`Options: ${roff(own.join(', '))}.`);
    for (const e of c.examples) out.push('.br', `\\fB$\\fR ${roff(e)}`);
  }
  out.push('.SH OPTIONS');
  for (const spec of Object.values(OPTIONS) as OptionSpec[]) out.push('.TP', `.B ${roff(flags(spec))}`, roff(meaning(spec)));
  out.push(
    '.SH EXIT STATUS',
    '0 found, 1 nothing found, 2 usage or data error.',
    '.SH ENVIRONMENT',
    '.TP',
    '.B FACTQ_DATA',
    'a dataset file to use instead of the bundled one (\\-\\-data wins).',
    '.TP',
    '.B NO_COLOR, FORCE_COLOR',
    'colour off, or on in a pipe.',
    '.TP',
    '.B PAGER',
    'the pager for long output on a terminal (default less \\-FRX).',
    '.SH SEE ALSO',
    'The README, for the dataset format, the JSON contract and recipes.',
  );
  return out.join('\n') + '\n';
}
