// End to end: spawn the built bin as a user's shell would, and parse what it prints with real parsers.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import { LIST_WHOLE_UP_TO } from '../src/commands/list.js';
import { Corpus } from '../src/core/corpus.js';
import type { Dataset } from '../src/core/model.js';
import { bundledCorpus } from '../src/core/dataset.js';
import { searchFacts } from '../src/core/search.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/factq.js', import.meta.url));

function factq(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: '/',
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { PATH: process.env.PATH ?? '', ...opts.env },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function sh(script: string) {
  const r = spawnSync('sh', ['-c', script], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a slow producer', () => {
  // `(echo zarif; sleep 5; echo erbil) | factq search -`: the first answer must not wait for the second query.
  it.each([
    ['search', 'zarif', 'zarif-is-foreign-minister'],
    ['ask', 'who is zarif?', 'zarif-is-foreign-minister'],
  ])('%s - answers each line as it arrives', async (command, first, id) => {
    const child = spawn(process.execPath, [bin, command, '-', '--format', 'ndjson'], { env: { PATH: process.env.PATH ?? '' } });
    child.stdin.write(`${first}\n`);
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.on('exit', () => reject(new Error(`exited before answering: ${out}`)));
    });
    // stdin is still open here: the answer came before the input ended.
    expect(child.stdin.writableEnded).toBe(false);
    expect(line).toContain(id);
    child.stdin.end('erbil\n');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });
});

describe('factq, spawned', () => {
  it('prints help and exits 0 when run bare', () => {
    const r = factq([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: factq');
  });

  it('validates a dataset piped in with "-", as extract reads an article', () => {
    const data = readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8');
    const ok = factq(['validate', '-'], { input: data });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^factq: stdin: valid: 50 facts/);
    const broken = JSON.parse(data) as { facts: Array<{ type: string }> };
    broken.facts[1]!.type = 'rumour';
    const bad = factq(['validate', '-', '--format', 'tsv'], { input: JSON.stringify(broken) });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/^stdin\tfacts\[1\]\.type\t/);
  });

  it('prints the package version', () => {
    expect(factq(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('searches and prints JSON a parser accepts', () => {
    const r = factq(['search', 'al asad', '--json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits[0].id).toMatch(/al-asad/);
    expect(r.stderr).toBe('');
  });

  // The bundle inlines precomputed data (index, stemmed synonyms) and loads Fuse and Unicode regular
  // expressions only when a query needs them: its answers must be the source's.
  it.each([
    ['missiles al-Asad', 'missiles-fired-at-al-asad'],
    ['khamenie', 'khamenei-is-supreme-leader'],
    ['rockets fired at bases', undefined],
    ['Khāmeneí’s “revenge”', undefined],
    ['ＵＳ troops', undefined],
  ])('searches %j as the source does', (query, expected) => {
    const r = factq(['search', query, '--json']);
    const ids = (JSON.parse(r.stdout) as Array<{ id: string }>).map((h) => h.id);
    expect(ids).toEqual(searchFacts(bundledCorpus(), query, {}, 10).map((h) => h.fact.id));
    if (expected) expect(ids[0]).toBe(expected);
  });

  it('prints ndjson, one object a line', () => {
    const r = factq(['list', '--format', 'ndjson']);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(45);
    expect(rows[0]).toHaveProperty('id');
  });

  it('prints csv that parses with a header row', () => {
    const rows = parseCsv(factq(['list', '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'text', 'question', 'paragraph', 'type', 'attribution']);
  });

  it('prints tsv in a pipe, for cut', () => {
    const r = sh(`node ${bin} list | cut -f1 | head -3`);
    expect(r.stdout.trim().split('\n')).toEqual(['iran-fired-22-missiles', 'strikes-retaliated-for-soleimani-killing', 'us-killed-soleimani']);
  });

  it('answers a question', () => {
    const r = factq(['ask', 'how many missiles hit al-Asad?', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answer).toBe('17 missiles');
  });

  it('reads questions from stdin', () => {
    const r = factq(['ask', '-', '--format', 'ndjson'], { input: 'who is the supreme leader?\nwhen will trump speak?\n' });
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).answer)).toEqual([
      'Ayatollah Ali Khamenei',
      'Wednesday morning, US time',
    ]);
  });

  it.each<[string[], number, RegExp]>([
    [['questions', '9'], 2, /^factq: no question "9"/],
    [['search', 'x', '--limit', '0'], 2, /^factq: --limit/],
    [['list', '--format', 'yaml'], 2, /^factq: --format: unknown value/],
    [['show', 'no-such-fact'], 1, /^factq: unknown id/],
    [['search', 'xylophone'], 1, /^$/],
    [['ask', 'what is the capital of France?'], 1, /^factq: the article does not answer/],
  ])('exits %j with %i and one stderr line', (args, code, stderr) => {
    const r = factq(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('finds its dataset from any working directory', () => {
    const r = factq(['questions', '--json']);
    expect(JSON.parse(r.stdout)).toHaveLength(6);
  });

  it('ends quietly when the reader closes early', () => {
    const r = sh(`node ${bin} list --format json | head -c 10; echo " rc=$?"`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/ rc=0$/m);
  });
});

describe('the built CLI and the library', () => {
  // The build works out, for the bundled dataset, what a run would otherwise work out at start-up (the
  // index, the dictionary's matches for the data's words, the asks' restatement keys): the built CLI must
  // answer every question exactly as the library does when it works them out itself.
  it('answer alike: the same answer, facts and scores for every question of the project’s own set', async () => {
    const { ask } = await import('../src/core/ask.js');
    const set = JSON.parse(readFileSync(new URL('../bench/ask-eval.json', import.meta.url), 'utf8')) as Record<string, Array<{ question: string }>>;
    const questions = Object.values(set).flat().map((r) => r.question);
    const r = factq(['ask', '-', '--format', 'ndjson'], { input: `${questions.join('\n')}\n` });
    const cli = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { answer: string | null; facts: Array<{ id: string; score: number }> });
    expect(cli).toHaveLength(questions.length);
    questions.forEach((q, i) => {
      const lib = ask(bundledCorpus(), q);
      expect({ q, answer: cli[i]!.answer, facts: cli[i]!.facts.map((f) => [f.id, f.score]) }).toEqual({ q, answer: lib.answer, facts: lib.facts.map((f) => [f.id, f.score]) });
    });
  });
});

describe('list of a large dataset, printed part by part', () => {
  const work = mkdtempSync(join(tmpdir(), 'factq-list-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const file = join(work, 'large.json');
  const data = generate(LIST_WHOLE_UP_TO + 1500);
  writeFileSync(file, JSON.stringify(data));
  const env = { XDG_CACHE_HOME: join(work, 'cache') };

  it.each(['json', 'ndjson', 'csv', 'tsv'])('%s: the facts in article order, as one document', (format) => {
    const r = factq(['--data', file, 'list', '--format', format, '--type', 'event'], { env });
    expect(r.code).toBe(0);
    const corpus = new Corpus(data as Dataset);
    const ids = corpus.factsInArticleOrder().filter((f) => f.type === 'event').map((f) => f.id);
    const got =
      format === 'json'
        ? (JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id)
        : format === 'ndjson'
          ? r.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)
          : format === 'csv'
            ? (parseCsv(r.stdout, { columns: true }) as Array<{ id: string }>).map((f) => f.id)
            : r.stdout.trim().split('\n').map((line) => line.split('\t')[0]);
    expect(got).toEqual(ids);
  });

  it('finds nothing with exit 1 and an empty array', () => {
    const r = factq(['--data', file, 'list', '--entity', data.entities[0]!.name, '--type', 'threat', '--question', '1', '--json'], { env });
    const expected = new Corpus(data as Dataset)
      .factsInArticleOrder()
      .filter((f) => f.type === 'threat' && f.question === 1 && f.entities.includes(data.entities[0]!.name));
    expect(r.code).toBe(expected.length ? 0 : 1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(expected.length);
  });
});

describe('the lexicon read lazily', () => {
  // The dictionary's shards are read only for words the bundled data lacks: what a query of the data's own
  // words asks of the dictionary (a name of two words, a stem, a word before another in a compound) the
  // build worked out into dist/known-words.txt.
  const dir = mkdtempSync(join(tmpdir(), 'factq-opened-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const hook = join(dir, 'opened.cjs');
  writeFileSync(
    hook,
    "const fs = require('node:fs'); const open = fs.openSync; const seen = [];\n" +
      "fs.openSync = (file, ...rest) => { seen.push(String(file)); return open(file, ...rest); };\n" +
      "process.on('exit', () => process.stderr.write(seen.filter((f) => f.includes('lexicon')).join('\\n')));\n",
  );
  it.each(['missiles al-Asad', 'military bases', 'covert operations against US interests', 'Iraqi military'])('search %j opens no shard', (query) => {
    const r = spawnSync(process.execPath, ['--require', hook, join(root, 'bin', 'factq.js'), 'search', query, '--json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
  it('and one of a word the data lacks does', () => {
    const r = spawnSync(process.execPath, ['--require', hook, join(root, 'bin', 'factq.js'), 'search', 'rockets', '--json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.stderr).toMatch(/shards\.pack/);
  });
});

describe('a damaged lexicon', () => {
  // The English lexicon is one pack of shards (dist/lexicon/shards.pack). A copy of the package whose pack
  // is cut short, or gone, still searches and asks by the data's own words, and says nothing on stderr.
  const copy = mkdtempSync(join(tmpdir(), 'factq-lexicon-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  it.each([
    ['cut in its index', (pack: string) => writeFileSync(pack, readFileSync(pack).subarray(0, 4000))],
    ['cut in its shards', (pack: string) => writeFileSync(pack, readFileSync(pack).subarray(0, 600_000))],
    ['gone', (pack: string) => rmSync(pack)],
  ])('%s: search and ask still answer from the data', (_how, damage) => {
    const dir = join(copy, _how.replace(/\W/g, '-'));
    cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    damage(join(dir, 'dist', 'lexicon', 'shards.pack'));
    const run = (args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'factq.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const found = run(['search', 'zarif', '--json']);
    expect(found.status).toBe(0);
    expect(JSON.parse(found.stdout)[0].id).toBe('zarif-is-foreign-minister');
    expect(found.stderr).toBe('');
    const asked = run(['ask', 'how many missiles hit al-Asad?']);
    expect(asked.status).toBe(0);
    expect(asked.stdout).toMatch(/17/);
  });
});
