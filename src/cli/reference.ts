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
