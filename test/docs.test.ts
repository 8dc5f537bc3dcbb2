// The README's command and option tables are made from the command list and the option table. This test
// fails when they drift; `npm run docs` writes them again.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsMarkdown, optionsMarkdown } from '../src/cli/reference.js';
import { COMMANDS } from '../src/commands/index.js';

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
