// The index cache for large --data files: used when the file is unchanged, ignored when it changed.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import { CACHE_MIN_BYTES, cacheDirFrom, loadDatasetFile } from '../src/core/dataset.js';
import { searchFacts } from '../src/core/search.js';

const dir = mkdtempSync(join(tmpdir(), 'factq-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const top = (d: Awaited<ReturnType<typeof loadDatasetFile>>, q: string) => searchFacts(d, q, {}, 5).map((h) => [h.fact.id, h.score]);

describe('index cache', () => {
  const file = join(dir, 'big.json');
  const cacheDir = join(dir, 'cache');
  const data = generate(4000);
  writeFileSync(file, JSON.stringify(data));

  it('only caches files large enough to gain', () => {
    expect(JSON.stringify(data).length).toBeGreaterThan(CACHE_MIN_BYTES);
  });

  it('writes an entry, then answers the same from it', async () => {
    const first = await loadDatasetFile(file, { cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.idx'))).toHaveLength(1);
    const second = await loadDatasetFile(file, { cacheDir });
    const query = `${data.entities[3]!.name} ${data.facts[10]!.numbers![0]!.unit}`;
    expect(top(second, query)).toEqual(top(first, query));
    expect(top(second, query).length).toBeGreaterThan(0);
  });

  it('ignores the entry once the file changes, and validates again', async () => {
    const broken = structuredClone(data);
    broken.facts[7]!.paragraph = -1;
    writeFileSync(file, JSON.stringify(broken));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    await expect(loadDatasetFile(file, { cacheDir })).rejects.toThrow(/facts\[7\]\.paragraph/);
  });

  it('lives under XDG_CACHE_HOME, else ~/.cache, and can be turned off', () => {
    expect(cacheDirFrom({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/factq');
    expect(cacheDirFrom({ HOME: '/h' })).toBe('/h/.cache/factq');
    expect(cacheDirFrom({})).toBeUndefined();
    expect(cacheDirFrom({ HOME: '/h', FACTQ_NO_CACHE: '1' })).toBeUndefined();
  });
});
