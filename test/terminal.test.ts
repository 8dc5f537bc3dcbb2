// Behaviour only a terminal sees, tried on a real pseudo-terminal (util-linux `script`): the pager for long
// output, `--no-pager`, and the line that says why a search found nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { progressReporter } from '../src/cli/io.js';

const bin = fileURLToPath(new URL('../bin/factq.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'factq-tty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;

// Run `factq ARGS` on a pseudo-terminal; returns what the terminal showed.
function onTerminal(args: string, env: Record<string, string> = {}): string {
  const r = spawnSync('script', ['-qec', `${process.execPath} ${bin} ${args}`, '/dev/null'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TERM: 'xterm', ...env },
    timeout: 20_000,
  });
  return r.stdout;
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('pages long output through $PAGER, and not with --no-pager', () => {
    const paged = join(dir, 'paged.txt');
    const shown = onTerminal('list', { PAGER: `cat > ${paged}` });
    expect(shown).toBe('');
    expect(readFileSync(paged, 'utf8')).toContain('iran-fired-22-missiles');
    const unpaged = join(dir, 'unpaged.txt');
    expect(onTerminal('list --no-pager', { PAGER: `cat > ${unpaged}` })).toContain('iran-fired-22-missiles');
    expect(existsSync(unpaged)).toBe(false);
  });

  it('prints what fits a screen without the pager', () => {
    const never = join(dir, 'never.txt');
    expect(onTerminal('entities erbil', { PAGER: `cat > ${never}` })).toContain('Irbil');
    expect(existsSync(never)).toBe(false);
  });

  it('says on stderr why a search found nothing', () => {
    expect(onTerminal('search "drone strike"')).toContain('factq: no fact mentions "drone"');
  });
});

describe('progress of a long task', () => {
  it('stays quiet for a second, updates at most ten times a second, and clears when done', () => {
    let t = 0;
    const shown: Array<string | undefined> = [];
    const report = progressReporter((line) => shown.push(line), () => t);
    report(1, 100, 'paragraphs read');
    t = 999;
    report(2, 100, 'paragraphs read');
    expect(shown).toEqual([]);
    t = 1000;
    report(3, 100, 'paragraphs read');
    t = 1050;
    report(4, 100, 'paragraphs read');
    t = 1100;
    report(50, 100, 'paragraphs read');
    report(100, 100, 'paragraphs read');
    expect(shown).toEqual(['factq: 3 of 100 paragraphs read (3%)', 'factq: 50 of 100 paragraphs read (50%)', undefined]);
  });

  it('a short task shows nothing, not even a clearing', () => {
    const shown: Array<string | undefined> = [];
    const report = progressReporter((line) => shown.push(line), () => 0);
    report(1, 2, 'x');
    report(2, 2, 'x');
    expect(shown).toEqual([]);
  });

  it('a first index build reports the facts indexed, and ends at all of them', async () => {
    const { generate } = await import('../bench/generate.mjs');
    const { Corpus } = await import('../src/core/corpus.js');
    const seen: Array<[number, number]> = [];
    void new Corpus(generate(5000) as never, { onProgress: (d, n) => seen.push([d, n]) }).index;
    expect(seen).toEqual([
      [0, 5000],
      [4096, 5000],
      [5000, 5000],
    ]);
  });

  it('extract reports each paragraph read', async () => {
    const { extractDataset } = await import('../src/core/extract/index.js');
    const seen: Array<[number, number]> = [];
    extractDataset('Title\n\nFirst paragraph says a thing happened.\n\nSecond paragraph says another.', { date: '2024-05-01', onProgress: (d, n) => seen.push([d, n]) });
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});
