import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import { bundled } from '../src/core/dataset.js';
import type { Dataset } from '../src/core/model.js';
import { checkDataset } from '../src/core/schema.js';
import { isKebabId, isWellFormed } from '../src/core/quick-check.js';
import { StringSet } from '../src/core/text/wordtable.js';
import { mutate } from './mutate.js';

describe('isWellFormed', () => {
  it('says yes to the bundled dataset and to generated ones, so they skip the schema', () => {
    expect(isWellFormed(structuredClone(bundled()))).toBe(true);
    expect(isWellFormed(JSON.parse(JSON.stringify(generate(2000))))).toBe(true);
  });

  it.each<[string, (d: Dataset) => void]>([
    ['blank text', (d) => (d.facts[0]!.text = ' \n')],
    ['a paragraph past the article', (d) => (d.facts[0]!.paragraph = d.article.paragraphs + 1)],
    ['a fractional paragraph', (d) => (d.facts[0]!.paragraph = 1.5)],
    ['an unsafe integer', (d) => (d.facts[0]!.paragraph = 2 ** 53)],
    ['an unknown entity', (d) => d.facts[0]!.entities.push('Atlantis')],
    ['a duplicate id', (d) => (d.facts[1]!.id = d.facts[0]!.id)],
    ['a duplicate entity', (d) => d.entities.push(d.entities[0]!)],
    ['a duplicate question', (d) => d.article.questions.push(d.article.questions[0]!)],
    ['no questions', (d) => (d.article.questions = [])],
    ['a null optional field', (d) => (d.facts[0]!.quote = null as never)],
    ['an upper-case id', (d) => (d.facts[0]!.id = 'Fact-1')],
    ['a bad date', (d) => (d.article.date = '8 Jan 2020')],
    ['a figure that is a string', (d) => (d.facts[0]!.numbers = [{ value: '22' as never, unit: 'missiles' }])],
    ['an array for an object', (d) => (d.article = [] as never)],
    ['schemaVersion 2', (d) => (d.schemaVersion = 2 as never)],
  ])('is not sure of %s, which the schema refuses', (_name, damage) => {
    const d = structuredClone(bundled());
    damage(d);
    expect(checkDataset(d).ok).toBe(false);
    expect(isWellFormed(d)).toBe(false);
  });

  it('never says yes to a dataset the schema refuses (3,000 random mutations)', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', ' ', 'x', 'Fact-Id', 'person', 'background', 0, -1, 1.5, 2 ** 53, 1e308, null, [], {}),
    );
    const mutation = fc.record({
      op: fc.constantFrom('delete', 'retype', 'duplicate'),
      pick: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      value,
    });
    let sure = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = structuredClone(bundled()) as unknown;
        for (const m of mutations) mutate(data, m.op, m.pick, m.value);
        const raw = JSON.parse(JSON.stringify(data)) as unknown;
        if (isWellFormed(raw)) {
          sure++;
          expect(checkDataset(raw)).toMatchObject({ ok: true });
        }
      }),
      { numRuns: 3000, seed: 13 },
    );
    // Harmless mutations (a duplicated alias, an extra key) are common: the fast path must take them.
    expect(sure).toBeGreaterThan(100);
  });
});

describe('isKebabId', () => {
  it('agrees with the schema’s regular expression', () => {
    const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    const id = fc.string({ unit: fc.constantFrom(...'ab09-Z_ é'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(id, (s) => {
        expect(isKebabId(s)).toBe(KEBAB.test(s));
      }),
      { numRuns: 3000, seed: 21 },
    );
    expect(['fact-1', 'a', 'a-b-c'].map(isKebabId)).toEqual([true, true, true]);
    expect(['', '-', 'a-', '-a', 'a--b', 'A', 7].map(isKebabId)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('StringSet', () => {
  it('adds each string once, through growth, like a Set', () => {
    const set = new StringSet();
    const reference = new Set<string>();
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (s) => {
        expect(set.add(s)).toBe(!reference.has(s));
        reference.add(s);
      }),
      { numRuns: 5000, seed: 4 },
    );
    expect(reference.size).toBeGreaterThan(2048);
  });
});
