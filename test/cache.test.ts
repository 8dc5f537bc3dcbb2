// The index cache for --data files: used when the file is unchanged, ignored when it changed, kept small.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import { MAX_CACHE_ENTRIES, readCachedIndex, writeCachedIndex } from '../src/core/cache.js';
import { cacheDirFrom, loadCorpus } from '../src/core/dataset.js';
import { searchFacts } from '../src/core/search.js';

const dir = mkdtempSync(join(tmpdir(), 'factq-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const top = (d: Awaited<ReturnType<typeof loadCorpus>>, q: string) => searchFacts(d, q, {}, 5).map((h) => [h.fact.id, h.score]);

describe('index cache', () => {
  const file = join(dir, 'big.json');
  const cacheDir = join(dir, 'cache');
  const data = generate(4000);
  writeFileSync(file, JSON.stringify(data));

  it('writes an entry, then answers the same from it', async () => {
    const first = await loadCorpus(file, { cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.idx'))).toHaveLength(1);
    const second = await loadCorpus(file, { cacheDir });
    const query = `${data.entities[3]!.name} ${data.facts[10]!.numbers![0]!.unit}`;
    expect(top(second, query)).toEqual(top(first, query));
    expect(top(second, query).length).toBeGreaterThan(0);
  });

  it('ignores the entry once the file changes, and validates again', async () => {
    const broken = structuredClone(data);
    broken.facts[7]!.paragraph = -1;
    writeFileSync(file, JSON.stringify(broken));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    await expect(loadCorpus(file, { cacheDir })).rejects.toThrow(/facts\[7\]\.paragraph/);
  });

  it('caches a small file too (a first build of any size runs cold code)', async () => {
    const small = join(dir, 'small.json');
    const smallCache = join(dir, 'small-cache');
    writeFileSync(small, JSON.stringify(generate(30)));
    const first = await loadCorpus(small, { cacheDir: smallCache });
    expect(readdirSync(smallCache)).toHaveLength(1);
    const second = await loadCorpus(small, { cacheDir: smallCache });
    expect(top(second, 'missile base')).toEqual(top(first, 'missile base'));
    expect(top(second, 'missile base').length).toBeGreaterThan(0);
  });

  it('keeps one entry per file: the entry of a changed file replaces the old one', async () => {
    writeFileSync(file, JSON.stringify(data));
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    await loadCorpus(file, { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('keeps only the most recently used entries, and clears interrupted writes', () => {
    const lru = join(dir, 'lru');
    mkdirSync(lru);
    const snapshot = { vocab: [], offsets: new Int32Array(1), postings: new Int32Array(0), docLength: new Uint16Array(0) };
    const files = Array.from({ length: MAX_CACHE_ENTRIES + 5 }, (_, i) => join(dir, `small-${i}.json`));
    const stale = join(lru, 'abc-def.idx.123.tmp');
    writeFileSync(stale, '');
    utimesSync(stale, new Date(0), new Date(0));
    // Entry i is stamped as used i seconds after a start in the past; reading files[0] early uses it now.
    const start = Date.now() / 1000 - 1000;
    const stamped = new Set<string>([stale.slice(lru.length + 1)]);
    files.forEach((f, i) => {
      writeFileSync(f, String(i));
      writeCachedIndex(lru, f, `hash-${i}`, snapshot);
      for (const name of readdirSync(lru).filter((n) => !stamped.has(n))) {
        utimesSync(join(lru, name), start + i, start + i);
        stamped.add(name);
      }
      if (i === 2) expect(readCachedIndex(lru, files[0]!, 'hash-0')).toBeDefined();
    });
    expect(readdirSync(lru)).toHaveLength(MAX_CACHE_ENTRIES);
    // The entry read recently and the newest stay; the least recently used went, and so did the stale write.
    expect(readCachedIndex(lru, files[0]!, 'hash-0')).toBeDefined();
    expect(readCachedIndex(lru, files.at(-1)!, `hash-${files.length - 1}`)).toBeDefined();
    expect(readCachedIndex(lru, files[1]!, 'hash-1')).toBeUndefined();
    expect(readdirSync(lru).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('lives under XDG_CACHE_HOME, else ~/.cache, and can be turned off', () => {
    expect(cacheDirFrom({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/factq');
    expect(cacheDirFrom({ HOME: '/h' })).toBe('/h/.cache/factq');
    expect(cacheDirFrom({})).toBeUndefined();
    expect(cacheDirFrom({ HOME: '/h', FACTQ_NO_CACHE: '1' })).toBeUndefined();
  });
});
