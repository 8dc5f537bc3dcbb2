// Several datasets read as one: --data given more than once, or naming a folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled } from '../src/core/dataset.js';
import { mergeDatasets, slugOf } from '../src/core/library.js';
import type { Dataset } from '../src/core/model.js';
import { checkDataset } from '../src/core/schema.js';
import { factq } from './run.js';

const work = mkdtempSync(join(tmpdir(), 'factq-several-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A second article: five of the bundled facts, under another title and date.
const second: Dataset = { ...structuredClone(bundled()), facts: structuredClone(bundled().facts.slice(0, 5)) };
second.article = { ...second.article, title: 'A second article', date: '2020-01-09' };
const folder = join(work, 'week');
mkdirSync(folder);
writeFileSync(join(folder, 'Iran Strikes.json'), JSON.stringify(bundled()));
writeFileSync(join(folder, 'second.json'), JSON.stringify(second));
writeFileSync(join(folder, 'notes.txt'), 'not a dataset');
const one = join(folder, 'Iran Strikes.json');
const two = join(folder, 'second.json');

describe('several datasets read as one', () => {
  it('names each dataset by its file, folded to what an id may hold', () => {
    expect(slugOf('/x/Iran Strikes.json')).toBe('iran-strikes');
    expect(slugOf('week/2020-01-08.JSON')).toBe('2020-01-08');
  });

  it('keeps ids unique, says which article each fact is from, and numbers questions on', () => {
    const merged = mergeDatasets([
      { name: 'a', dataset: bundled() },
      { name: 'a', dataset: second },
    ]);
    const ids = merged.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(`a/${bundled().facts[0]!.id}`);
    expect(merged.facts.at(-1)!.id).toBe(`a-2/${second.facts.at(-1)!.id}`);
    expect(merged.article.questions).toHaveLength(bundled().article.questions.length * 2);
    const last = merged.facts.at(-1)!;
    expect(merged.article.questions.find((q) => q.number === last.question)?.article).toBe('a-2');
    // Entities of one name are one.
    expect(merged.entities.map((e) => e.name)).toEqual(bundled().entities.map((e) => e.name));
  });

  it("merges an entity named by another article's alias, and renames it in that article's facts", () => {
    const other = structuredClone(second);
    const us = other.entities.find((e) => e.name === 'United States')!;
    us.name = 'US';
    us.aliases = ['Washington DC'];
    for (const f of other.facts) f.entities = f.entities.map((n) => (n === 'United States' ? 'US' : n));
    const merged = mergeDatasets([
      { name: 'a', dataset: bundled() },
      { name: 'b', dataset: other },
    ]);
    expect(merged.entities.filter((e) => e.name === 'US')).toEqual([]);
    const united = merged.entities.find((e) => e.name === 'United States')!;
    expect(united.aliases).toContain('Washington DC');
    const theirs = merged.facts.filter((f) => f.article === 'b' && f.entities.includes('United States'));
    expect(theirs.length).toBe(other.facts.filter((f) => f.entities.includes('US')).length);
    expect(theirs.length).toBeGreaterThan(0);
  });

  it('a dataset may say which article its facts and questions are from', () => {
    const d = structuredClone(bundled());
    d.facts[0]!.article = 'seed';
    d.article.questions[0]!.article = 'seed';
    expect(checkDataset(d).ok).toBe(true);
    d.facts[0]!.article = ' ';
    expect(checkDataset(d).ok).toBe(false);
  });

  it.each([
    ['a folder', ['--data', folder]],
    ['--data twice', ['--data', one, '--data', two]],
  ])('searches %s together, each result with its article', async (_, data) => {
    const r = await factq(['search', 'missiles al-asad', '--json', ...data]);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ id: string; article: string }>;
    expect(new Set(hits.map((h) => h.article))).toEqual(new Set(['iran-strikes', 'second']));
    for (const h of hits) expect(h.id.startsWith(`${h.article}/`)).toBe(true);
  });

  it('shows the article first in tables and delimited output', async () => {
    const r = await factq(['search', 'zarif', '--data', folder, '--format', 'tsv', '--limit', '1']);
    expect(r.stdout.split('\t')[0]).toBe('iran-strikes');
    const q = await factq(['questions', '--data', folder, '--format', 'csv']);
    expect(q.stdout.split(/\r?\n/)[0]).toBe('article,number,text,facts');
  });

  it('shows, filters and answers by the ids and numbers it gives', async () => {
    const shown = await factq(['show', 'second/iran-fired-22-missiles', '--data', folder, '--json']);
    expect(JSON.parse(shown.stdout)[0].article).toBe('second');
    // Without its article, an id only one article has is enough; one that two have is not.
    const only = bundled().facts.at(-1)!.id;
    const alone = await factq(['show', only, '--data', folder, '--json']);
    expect(JSON.parse(alone.stdout)[0].id).toBe(`iran-strikes/${only}`);
    const both = await factq(['show', 'iran-fired-22-missiles', '--data', folder]);
    expect(both.code).toBe(1);
    // (Said so, with the ids to choose from, not called unknown; a slip in a bare id is put right.)
    expect(both.stderr).toMatch(/^factq: id "iran-fired-22-missiles" is in several articles: iran-strikes\/iran-fired-22-missiles, second\/iran-fired-22-missiles; give one with its article/);
    // (A file named twice, or in a folder named too, is read once.)
    const twice = await factq(['list', '--data', join(folder, 'second.json'), '--data', join(folder, 'second.json'), '--json', 'id']);
    expect((JSON.parse(twice.stdout) as Array<{ id: string }>)[0]!.id).not.toContain('/');
    const slip = await factq(['show', 'iran-fired-22-missile', '--data', folder]);
    expect(slip.stderr).toMatch(/did you mean .*iran-fired-22-missiles/);
    const secondFirst = bundled().article.questions.length + 1;
    const filtered = await factq(['list', '--question', String(secondFirst), '--data', folder, '--json']);
    const listed = JSON.parse(filtered.stdout) as Array<{ article: string }>;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((f) => f.article === 'second')).toBe(true);
    const answered = await factq(['ask', 'how many missiles hit al-asad', '--data', folder, '--json']);
    expect(JSON.parse(answered.stdout).answer).toBe('17 missiles');
  });

  it('one file is read as it always was: no article field', async () => {
    const r = await factq(['search', 'zarif', '--data', one, '--json', '--limit', '1']);
    expect(JSON.parse(r.stdout)[0].article).toBeUndefined();
  });

  it('refuses a folder with no datasets, and names a broken file', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const r = await factq(['list', '--data', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no \.json datasets/);
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{');
    const b = await factq(['list', '--data', one, '--data', broken]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('broken.json');
  });
});
