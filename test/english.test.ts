// The English dictionary distilled from WordNet and GloVe at build time (dist/lexicon/).
import { describe, expect, it } from 'vitest';
import { baseForms, isEnglishWord, nearWords, queryWords, relatedWords, stem } from '../src/core/text/index.js';

describe('the English dictionary', () => {
  it.each(['weather', 'either', 'died', 'struck', 'saudi', 'proxies', 'forecast'])('knows %s is English', (w) => {
    expect(isEnglishWord(w)).toBe(true);
  });
  it.each(['khamenie', 'trmp', 'pelosi', 'embasy', 'zarrif'])('knows %s is not', (w) => {
    expect(isEnglishWord(w)).toBe(false);
  });
  it('undoes inflection, regular and irregular', () => {
    expect(baseForms('died')).toContain('die');
    expect(baseForms('struck')).toContain('strike');
    expect(baseForms('casualties')).toContain('casualty');
  });
  it('relates words by meaning', () => {
    expect(relatedWords('hurt')).toEqual(expect.arrayContaining(['wounded', 'injury']));
    expect(relatedWords('retaliate')).toContain('revenge');
    expect(nearWords('fatalities').direct).toContain('casualties');
  });
  it('gives names no neighbours: a place is not near another place', () => {
    for (const name of ['syria', 'iraq', 'pelosi']) expect(nearWords(name).direct).toEqual([]);
  });
  it('reads number words as numbers', () => {
    expect(stem('seventeen')).toBe('17');
    expect(queryWords('twenty two missiles').map((t) => t.stem)).toEqual(['22', stem('missiles')]);
    expect(queryWords('twenty-two').map((t) => t.stem)).toEqual(['22']);
  });
});
