// The README's command and option tables are made from the command list and the option table. This test
// fails when they drift; `npm run docs` writes them again.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsMarkdown, optionsMarkdown } from '../src/cli/reference.js';
import { COMMANDS } from '../src/commands/index.js';
import { factq } from './run.js';

const readme = new URL('../README.md', import.meta.url);
const BLOCKS: Record<string, string> = { commands: commandsMarkdown(COMMANDS), options: optionsMarkdown(COMMANDS) };

function withBlocks(text: string): string {
  return Object.entries(BLOCKS).reduce(
    (t, [name, body]) => t.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1${body}$2`),
    text,
  );
}

describe('README reference tables', () => {
  it.each(Object.keys(BLOCKS))('%s table is made from the source', (name) => {
    const text = readFileSync(readme, 'utf8');
    if (process.env.FACTQ_UPDATE_DOCS) writeFileSync(readme, withBlocks(text));
    const now = readFileSync(readme, 'utf8');
    expect(now).toContain(`<!-- ${name}:start -->\n${BLOCKS[name]}<!-- ${name}:end -->`);
  });
});

describe('the man page', () => {
  it('is built from the same tables: every command and option is in it', async () => {
    const { manPage } = await import('../src/cli/reference.js');
    const { OPTIONS, longFlag } = await import('../src/cli/options.js');
    const page = manPage(COMMANDS, '1.2.3', 'about');
    for (const c of COMMANDS.filter((x) => !x.hidden)) expect(page).toContain(`.B factq ${c.name}`);
    for (const spec of Object.values(OPTIONS)) expect(page).toContain(longFlag(spec).replace(/-/g, '\\-'));
    // The build ships it, for `man factq` after a global install.
    expect(readFileSync(new URL('../dist/factq.1', import.meta.url), 'utf8')).toMatch(/^\.TH FACTQ 1/);
  });
});

// The tour says its output is real: each `$ factq ...` there is run, on a terminal unless its comment says a
// pipe (colour off, as the README shows it), and must print what the README shows, stderr and an echoed
// exit code included.
describe("the README's tour", () => {
  const text = readFileSync(readme, 'utf8');
  const tour = /## A tour[\s\S]*?```text\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  const shown = tour.split(/^(?=\$ factq )/m).filter((s) => s.startsWith('$ factq '));
  it('has examples to check', () => expect(shown.length).toBeGreaterThanOrEqual(4));
  it.each(shown.map((s) => [s.split('\n')[0]!, s] as const))('%s', async (_, example) => {
    const [line, ...rest] = example.split('\n');
    const comment = /\s+#\s*(.*)$/.exec(line!)?.[1] ?? '';
    const echoed = /;\s*echo \$\?\s*(?:#.*)?$/.test(line!);
    const command = line!.slice('$ factq '.length).replace(/\s+#.*$/, '').replace(/;\s*echo \$\?$/, '');
    const args = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
    const r = await factq(args, { tty: !comment.includes('pipe'), columns: 100, env: { NO_COLOR: '1' } });
    const printed = `${r.stdout}${r.stderr}${echoed ? `${r.code}\n` : ''}`;
    expect(printed.trimEnd()).toBe(rest.join('\n').trimEnd());
  });
});
