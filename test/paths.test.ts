// The indexed path must not change results: for words the data lacks, Fuse ranks a shortlist of the
// vocabulary (letter pairs in common) instead of scanning all of it; both paths must agree.
import { describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import { Corpus } from '../src/core/corpus.js';
import { bundled } from '../src/core/dataset.js';
import type { Dataset } from '../src/core/model.js';
import { searchFacts } from '../src/core/search.js';

function results(dataset: Dataset, mode: 'plain' | 'shortlist', queries: string[]) {
  const corpus = new Corpus(dataset);
  corpus.index.vocabulary.fuzzyMode = mode;
  return queries.map((q) => searchFacts(corpus, q, {}, 10).map((h) => [h.fact.id, h.score]));
}

const typo = (w: string): string => (w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w + 'e');

describe('indexed and plain Fuse paths', () => {
  it('agree on the bundled dataset', () => {
    const queries = ['khamenie', 'misiles al-asad', 'embasy bagdad', 'irans foriegn minister', 'casulties', 'soleimanni', 'retaliaton', 'hystericle democrats', 'fireworks', 'pro-goverment television'];
    const plain = results(bundled(), 'plain', queries);
    expect(plain.flat().length).toBeGreaterThan(20);
    expect(results(bundled(), 'shortlist', queries)).toEqual(plain);
  });

  it('agree on a generated dataset with a large vocabulary', () => {
    const dataset = generate(3000);
    const vocab = [...new Set(dataset.facts.slice(0, 300).flatMap((f) => f.text.toLowerCase().match(/[a-z]{5,}/g) ?? []))];
    const names = dataset.entities.slice(0, 20).map((e) => e.name.toLowerCase());
    const queries = [...vocab.slice(0, 40).map(typo), ...names.map(typo), ...vocab.slice(40, 60).map((w, i) => `${typo(w)} ${vocab[i]}`)];
    const plain = results(dataset, 'plain', queries);
    expect(plain.filter((r) => r.length > 0).length).toBeGreaterThan(queries.length / 2);
    expect(results(dataset, 'shortlist', queries)).toEqual(plain);
  });
});
