// Validation reports every problem with its JSON path; each rule has a case that breaks it.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../src/core/schema.js';
import type { Dataset } from '../src/core/model.js';
import { bundledCopy } from './helpers.js';

function problemsAfter(mutate: (d: Dataset) => void): string[] {
  const d = bundledCopy();
  mutate(d);
  const result = checkDataset(d);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('checkDataset', () => {
  it.each<[string, (d: Dataset) => void, RegExp]>([
    ['duplicate id', (d) => (d.facts[3]!.id = d.facts[0]!.id), /^facts\[3\]\.id: duplicate id "iran-fired-22-missiles"/],
    ['dangling entity', (d) => d.facts[5]!.entities.push('Atlantis'), /^facts\[5\]\.entities\[\d+\]: unknown entity "Atlantis"/],
    ['paragraph past the article', (d) => (d.facts[12]!.paragraph = 20), /^facts\[12\]\.paragraph: expected an integer from 1 to 19/],
    ['paragraph zero', (d) => (d.facts[12]!.paragraph = 0), /^facts\[12\]\.paragraph: /],
    ['unknown question', (d) => (d.facts[2]!.question = 7), /^facts\[2\]\.question: expected one of the article's questions/],
    ['empty text', (d) => (d.facts[1]!.text = '  '), /^facts\[1\]\.text: expected non-empty text/],
    ['wrong type', (d) => ((d.facts[0] as { type: string }).type = 'rumour'), /^facts\[0\]\.type: /],
    ['non-integer paragraph', (d) => (d.facts[0]!.paragraph = 1.5), /^facts\[0\]\.paragraph: expected an integer/],
    // (In the project's words, not zod's "Invalid input: expected string, received undefined".)
    ['missing attribution', (d) => delete (d.facts[4] as Partial<Dataset['facts'][number]>).attribution, /^facts\[4\]\.attribution: missing \(expected string\)$/],
    ['a string for a number', (d) => ((d.article as { paragraphs: unknown }).paragraphs = 'x'), /^article\.paragraphs: expected number, received string$/],
    ['facts not an array', (d) => ((d as { facts: unknown }).facts = {}), /^facts: /],
    ['bad schemaVersion', (d) => ((d as { schemaVersion: unknown }).schemaVersion = 2), /^schemaVersion: expected 1$/],
    ['duplicate entity', (d) => d.entities.push({ ...d.entities[0]! }), /^entities\[\d+\]\.name: duplicate entity "Iran"/],
    ['bad kind', (d) => ((d.entities[0] as { kind: string }).kind = 'planet'), /^entities\[0\]\.kind: /],
  ])('reports %s', (_name, mutate, expected) => {
    const problems = problemsAfter(mutate);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsAfter((d) => {
      d.facts[0]!.paragraph = 99;
      d.facts[1]!.entities.push('Nobody');
      d.facts[2]!.id = d.facts[3]!.id;
    });
    expect(problems).toHaveLength(3);
  });

  // (A wrong article or entity does not hide the facts' problems: each is checked against what passed.)
  it('reports the facts\' problems when the article and an entity have some too', () => {
    const problems = problemsAfter((d) => {
      d.article.date = '2020-13-01';
      (d.entities[0] as { kind: string }).kind = 'planet';
      (d.facts[0] as { type: string }).type = 'rumour';
      d.facts[1]!.paragraph = 99;
      d.facts[2]!.question = 7;
      d.facts[3]!.entities.push('Nobody');
      d.facts[4]!.id = d.facts[5]!.id;
    });
    expect(problems.map((p) => p.replace(/:.*/, ''))).toEqual(['article.date', 'entities[0].kind', 'facts[0].type', 'facts[1].paragraph', 'facts[2].question', 'facts[3].entities[2]', 'facts[5].id']);
  });

  // (Nor does a fact's own wrong field hide its others: a new user fixed a type to find an unknown entity.)
  it('checks a fact wrong in one field in its other fields: its entities, question, paragraph and id', () => {
    const problems = problemsAfter((d) => {
      (d.facts[2] as { type: string }).type = 'Statement';
      d.facts[2]!.entities.push('Nobody');
      d.facts[2]!.question = 7;
      d.facts[2]!.paragraph = 99;
      d.facts[3]!.id = d.facts[2]!.id;
    });
    expect(problems.map((p) => p.replace(/:.*/, ''))).toEqual(['facts[2].entities[2]', 'facts[2].paragraph', 'facts[2].question', 'facts[2].type', 'facts[3].id']);
  });

  it('checks a fact against the parts of the article that passed, and only those', () => {
    const problems = problemsAfter((d) => {
      (d.article as { paragraphs: unknown }).paragraphs = 'x';
      d.facts[1]!.paragraph = 99;
      d.facts[2]!.question = 7;
    });
    expect(problems.map((p) => p.replace(/:.*/, ''))).toEqual(['article.paragraphs', 'facts[2].question']);
  });

  it('accepts a small dataset that covers little of its article', () => {
    const d = bundledCopy();
    d.facts = d.facts.slice(0, 3);
    expect(checkDataset(d).ok).toBe(true);
  });

  it.each([null, [], 'facts', 42])('refuses %j at the top level', (raw) => {
    expect(checkDataset(raw).ok).toBe(false);
  });
});
