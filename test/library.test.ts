// factq as a library: the same objects as --json, an optional dataset everywhere, and an import that
// does nothing by itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetError, ask, bundled, loadDataset, search, validateDataset } from '../src/index.js';
import { factq } from './run.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'factq-lib-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importing factq', () => {
  it('has no side effects: no output, no exit code, argv untouched', () => {
    const script = `
      const argv = JSON.stringify(process.argv);
      await import(${JSON.stringify(dist)});
      process.stdout.write(JSON.stringify({ same: argv === JSON.stringify(process.argv), exitCode: process.exitCode ?? null }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', 'search', '--help', 'ask'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ same: true, exitCode: null });
  });
});

describe('the API', () => {
  it('searches the bundled dataset and returns what --json prints', async () => {
    const hits = search('al-Asad', { limit: 3 });
    expect(hits).toHaveLength(3);
    const cli = JSON.parse((await factq(['search', 'al-Asad', '--limit', '3', '--json'])).stdout);
    expect(hits).toEqual(cli);
  });

  it('takes filters', () => {
    const hits = search('missiles', { type: 'statement', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.type === 'statement')).toBe(true);
    expect(search('war', { entity: 'Trump' }).every((h) => h.entities.includes('Donald Trump'))).toBe(true);
    expect(search('missiles', { question: 2 }).every((h) => h.question === 2)).toBe(true);
  });

  it('answers questions as --json does', async () => {
    const reply = ask('how many missiles were fired?');
    expect(reply.answer).toBe('22 missiles');
    const cli = JSON.parse((await factq(['ask', 'how many missiles were fired?', '--json'])).stdout);
    expect(reply).toEqual(cli);
    expect(ask('who won the world cup').answer).toBeNull();
  });

  it('defaults to the bundled dataset, which bundled() returns', () => {
    const d = bundled();
    expect(d.facts.length).toBeGreaterThanOrEqual(45);
    expect(search('zarif', { dataset: d })).toEqual(search('zarif'));
  });

  it('loads, validates and uses a dataset of one’s own', async () => {
    const mine = structuredClone(bundled());
    mine.facts = mine.facts.slice(0, 3);
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify(mine));
    const dataset = await loadDataset(file);
    expect(search('missiles', { dataset }).length).toBeGreaterThan(0);
    expect(search('zarif', { dataset })).toEqual([]);
  });

  it('throws an error that lists every problem', async () => {
    const file = join(dir, 'bad.json');
    const bad = structuredClone(bundled());
    bad.facts[0]!.paragraph = 0;
    bad.facts[1]!.entities.push('Nobody');
    writeFileSync(file, JSON.stringify(bad));
    const err = await loadDataset(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetError);
    const dangling = `facts[1].entities[${bad.facts[1]!.entities.length - 1}]`;
    expect((err as DatasetError).problems.map((p) => p.path)).toEqual(['facts[0].paragraph', dangling]);
    expect((err as DatasetError).message).toMatch(/facts\[0\]\.paragraph/);
  });

  it('validates parsed data without throwing', async () => {
    expect((await validateDataset(bundled())).ok).toBe(true);
    expect((await validateDataset({ schemaVersion: 2 })).ok).toBe(false);
  });
});
