import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../src/core/text/index.js';
import { WordTable } from '../src/core/text/wordtable.js';

// A table whose ids are the words themselves, in order of first sight.
function scanner(): { table: WordTable; seen: string[] } {
  const seen: string[] = [];
  const table = new WordTable((w) => seen.push(w) - 1);
  return { table, seen };
}

function scanned(s: ReturnType<typeof scanner>, text: string): string[] {
  const count = s.table.scan(text);
  return Array.from(s.table.found.subarray(0, count), (id) => s.seen[id]!);
}

describe('WordTable', () => {
  it.each(['Iran FIRED 22 missiles at al-Asad', "Iran's IRAN iran Iran", 'Café’s cafe CAFE', '', '  ...  '])(
    '%j gives the words words() gives',
    (text) => {
      expect(scanned(scanner(), text)).toEqual(words(text));
    },
  );

  it.each([
    ['plain', 'missile base 22 '.repeat(400)],
    ['not plain', 'Café’s base 22 '.repeat(400)],
  ])('gives every word of a long %s text (the id buffer grows)', (_kind, text) => {
    const found = scanned(scanner(), text);
    expect(found).toEqual(words(text));
    expect(found).toHaveLength(1200);
  });

  it('gives one id per word, however it is cased or reached', () => {
    const s = scanner();
    scanned(s, 'Missile MISSILE missile');
    scanned(s, "missile's missile’s");
    expect(s.seen).toEqual(['missile']);
  });

  it('agrees with words() over many texts sharing one table, through rehashing', () => {
    const s = scanner();
    const text = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAQZ09_\' -.,&’é\n'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(s, t)).toEqual(words(t));
      }),
      { numRuns: 3000, seed: 9 },
    );
    // Thousands of distinct words: the table grew many times and still finds every one.
    expect(new Set(s.seen).size).toBe(s.seen.length);
    expect(s.seen.length).toBeGreaterThan(1024);
  });
});
