// The bundled dataset: valid, complete over the article, and consistent. Each rule is also shown to fail
// on a copy that breaks it, so none of these tests can pass vacuously.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../src/core/schema.js';
import { bundled } from '../src/core/dataset.js';
import { bundledCopy, figure, uncovered } from './helpers.js';

const data = bundled();

describe('bundled dataset', () => {
  it('validates against the schema', () => {
    const result = checkDataset(bundledCopy());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is the same data the CLI inlines', () => {
    expect(bundledCopy()).toEqual(data);
  });

  it('holds 45 to 70 facts', () => {
    expect(data.facts.length).toBeGreaterThanOrEqual(45);
    expect(data.facts.length).toBeLessThanOrEqual(70);
  });

  it('has unique ids and only known entities', () => {
    const ids = data.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = new Set(data.entities.map((e) => e.name));
    const dangling = data.facts.flatMap((f) => f.entities.filter((e) => !names.has(e)).map((e) => `${f.id}: ${e}`));
    expect(dangling).toEqual([]);
  });

  it('cites every paragraph 1-19 and every question 1-6', () => {
    expect(data.article.paragraphs).toBe(19);
    expect(data.article.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(uncovered(data)).toEqual({ paragraphs: [], questions: [] });
  });

  it('adds up: 17 at al-Asad + 5 at Irbil = 22 fired', () => {
    const alAsad = figure(data, 'missiles-fired-at-al-asad');
    const irbil = figure(data, 'missiles-fired-at-irbil');
    const total = figure(data, 'iran-fired-22-missiles');
    expect([alAsad, irbil, total]).toEqual([17, 5, 22]);
    expect(alAsad! + irbil!).toBe(total);
  });

  it('splits paragraph 3 into its four casualty claims', () => {
    const p3 = data.facts.filter((f) => f.paragraph === 3);
    expect(p3.map((f) => f.attribution).sort()).toEqual(['Iraqi military', 'UK Ministry of Defence', 'US officials', 'article']);
    expect(p3.every((f) => f.numbers?.[0]?.value === 0)).toBe(true);
  });

  it.each([
    ['Javad Zarif', 'Iran took and concluded proportionate measures in self-defence'],
    ['Javad Zarif', 'We do not seek escalation or war, but will defend ourselves against any aggression.'],
    ['Ali Khamenei', 'not sufficient'],
    ['Iran', 'severe revenge'],
    ['Donald Trump', 'All is well! Missiles launched from Iran at two military bases located in Iraq. Assessment of casualties & damages taking place now. So far, so good!'],
  ])('quotes %s: "%s"', (speaker, text) => {
    expect(data.facts.some((f) => f.quote?.speaker === speaker && f.quote.text === text)).toBe(true);
  });

  it('has quotes only from speakers it knows', () => {
    const names = new Set(data.entities.map((e) => e.name));
    expect(data.facts.filter((f) => f.quote && !names.has(f.quote.speaker)).map((f) => f.id)).toEqual([]);
  });

  it('uses kebab-case ids that are not copies of the text', () => {
    for (const f of data.facts) expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('the coverage and figure checks fail when their rule is broken', () => {
  it('notices an uncited paragraph and question', () => {
    const copy = bundledCopy();
    copy.facts = copy.facts.filter((f) => f.paragraph !== 7 && f.question !== 2);
    expect(uncovered(copy)).toEqual({ paragraphs: [3, 7], questions: [2] });
  });

  it('notices figures that no longer add up', () => {
    const copy = bundledCopy();
    copy.facts.find((f) => f.id === 'missiles-fired-at-irbil')!.numbers = [{ value: 6, unit: 'missiles' }];
    expect(figure(copy, 'missiles-fired-at-al-asad')! + figure(copy, 'missiles-fired-at-irbil')!).not.toBe(
      figure(copy, 'iran-fired-22-missiles'),
    );
  });
});
