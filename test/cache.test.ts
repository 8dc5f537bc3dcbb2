// The index cache for --data files: used when the file is unchanged, ignored when it changed, kept small.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, renameSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stemTable } from '../src/core/index/stem-table.js';
import { keyedIndex } from '../src/core/text/index.js';
import { generate } from '../bench/generate.mjs';
import { MAX_CACHE_ENTRIES, contentHash, decodeEntry, encodeEntry, entryPath, readCachedIndex, writeCachedIndex } from '../src/core/cache.js';
import { cacheDirFrom, loadCorpus } from '../src/core/dataset.js';
import { searchFacts } from '../src/core/search.js';
import { ask } from '../src/core/ask.js';
import type { Corpus } from '../src/core/corpus.js';

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
    expect(readdirSync(smallCache).filter((n) => n.endsWith('.idx'))).toHaveLength(1);
    const second = await loadCorpus(small, { cacheDir: smallCache });
    expect(top(second, 'missile base')).toEqual(top(first, 'missile base'));
    expect(top(second, 'missile base').length).toBeGreaterThan(0);
  });

  it('keeps one entry per file: the entry of a changed file replaces the old one', async () => {
    writeFileSync(file, JSON.stringify(data));
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    await loadCorpus(file, { cacheDir });
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.idx'))).toHaveLength(1);
  });

  it('keeps only the most recently used entries, and clears interrupted writes', () => {
    const lru = join(dir, 'lru');
    mkdirSync(lru);
    const snapshot = { vocab: [], offsets: new Int32Array(1), postings: new Int32Array(0), docLength: new Uint16Array(0) };
    const files = Array.from({ length: MAX_CACHE_ENTRIES + 5 }, (_, i) => join(dir, `small-${i}.json`));
    const stale = join(lru, '0123456789abcdef-0123456789abcdef.idx.0123456789abcdef.tmp');
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
      if (i === 2) expect(readCachedIndex(lru, files[0]!, 'hash-0', 0)).toBeDefined();
    });
    expect(readdirSync(lru).filter((n) => n.endsWith('.idx'))).toHaveLength(MAX_CACHE_ENTRIES);
    // The entry read recently and the newest stay; the least recently used went, and so did the stale write.
    expect(readCachedIndex(lru, files[0]!, 'hash-0', 0)).toBeDefined();
    expect(readCachedIndex(lru, files.at(-1)!, `hash-${files.length - 1}`, 0)).toBeDefined();
    expect(readCachedIndex(lru, files[1]!, 'hash-1', 0)).toBeUndefined();
    expect(readdirSync(lru).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('lives under XDG_CACHE_HOME, else ~/.cache, and can be turned off', () => {
    expect(cacheDirFrom({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/factq');
    expect(cacheDirFrom({ HOME: '/h' })).toBe('/h/.cache/factq');
    expect(cacheDirFrom({})).toBeUndefined();
    expect(cacheDirFrom({ HOME: '/h', FACTQ_NO_CACHE: '1' })).toBeUndefined();
    // The XDG spec: a relative XDG_CACHE_HOME is ignored.
    expect(cacheDirFrom({ XDG_CACHE_HOME: 'rel/cache', HOME: '/h' })).toBe('/h/.cache/factq');
  });
});

describe('the index cache never changes an answer', () => {
  const root = mkdtempSync(join(tmpdir(), 'factq-cache-trust-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const data = generate(300);
  const entryOf = (cacheDir: string): string => join(cacheDir, readdirSync(cacheDir).find((n) => n.endsWith('.idx'))!);

  // An entry planted as another user would: the right name, the bad file's content hash and a well-formed
  // index, whole (its CRC holds); but not the user's own, or writable by others.
  const plant = async (name: string, how: (path: string) => void): Promise<void> => {
    const good = join(root, `${name}-good.json`);
    const file = join(root, `${name}.json`);
    const cacheDir = join(root, `${name}-cache`);
    writeFileSync(good, JSON.stringify(data));
    const bad = structuredClone(data);
    bad.facts[0]!.id = 'NOT A KEBAB ID';
    writeFileSync(file, JSON.stringify(bad));
    await loadCorpus(good, { cacheDir });
    const { snapshot } = decodeEntry(readFileSync(entryOf(cacheDir)))!;
    const payload = encodeEntry({ fingerprint: 'dev', contentHash: await contentHash(readFileSync(file)), snapshot });
    const path = entryPath(cacheDir, file);
    writeFileSync(path, payload, { mode: 0o600 });
    how(path);
    await expect(loadCorpus(file, { cacheDir })).rejects.toThrow(/facts\[0\]\.id/);
    // The same entry, the user's own and private, is read: the planting above is what was refused.
    chownSync(path, process.getuid!(), process.getgid!());
    chmodSync(path, 0o600);
    expect((await loadCorpus(file, { cacheDir })).dataset.facts[0]!.id).toBe('NOT A KEBAB ID');
  };

  it('refuses an entry others may write: an invalid dataset is still refused', () => plant('writable', (path) => chmodSync(path, 0o666)));

  it.runIf(process.getuid?.() === 0)('refuses an entry of another user: an invalid dataset is still refused', () => plant('other-user', (path) => chownSync(path, 65534, 65534)));

  it('serves an entry of its own that has no layout (facts it could not place): the index is still good', async () => {
    const good = join(root, 'no-layout-good.json');
    const file = join(root, 'no-layout.json');
    const cacheDir = join(root, 'no-layout-cache');
    writeFileSync(good, JSON.stringify(data));
    await loadCorpus(good, { cacheDir });
    const bad = structuredClone(data);
    bad.facts[0]!.id = 'NOT A KEBAB ID';
    writeFileSync(file, JSON.stringify(bad));
    // Written by factq's own code, without a layout: trusted, so the file (which
    // would fail validation) is answered from it.
    const { snapshot } = decodeEntry(readFileSync(entryOf(cacheDir)))!;
    writeCachedIndex(cacheDir, file, await contentHash(readFileSync(file)), snapshot);
    expect((await loadCorpus(file, { cacheDir })).dataset.facts[0]!.id).toBe('NOT A KEBAB ID');
  });

  it('rebuilds on any damage: random bits flipped in an entry never change the results', async () => {
    const file = join(root, 'flip.json');
    const cacheDir = join(root, 'flip-cache');
    writeFileSync(file, JSON.stringify(data));
    const fresh = await loadCorpus(file);
    const query = `${data.entities[2]!.name} ${data.facts[5]!.numbers?.[0]?.unit ?? 'missile'}`;
    const expected = top(fresh, query);
    await loadCorpus(file, { cacheDir });
    const path = entryOf(cacheDir);
    const original = readFileSync(path);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), async (positions) => {
        const damaged = Buffer.from(original);
        for (const p of positions) damaged[p % damaged.length]! ^= 1 << (p % 8);
        writeFileSync(path, damaged);
        expect(top(await loadCorpus(file, { cacheDir }), query)).toEqual(expected);
        writeFileSync(path, original);
      }),
      { numRuns: 25 },
    );
  });

  it('opens only regular files: a FIFO or a link at the name of an entry is passed over', async () => {
    const file = join(root, 'fifo.json');
    const cacheDir = join(root, 'fifo-cache');
    writeFileSync(file, JSON.stringify(data));
    await loadCorpus(file, { cacheDir });
    const path = entryOf(cacheDir);
    rmSync(path);
    execFileSync('mkfifo', [path]);
    const started = Date.now();
    expect(top(await loadCorpus(file, { cacheDir }), 'missile')).toEqual(top(await loadCorpus(file), 'missile'));
    expect(Date.now() - started).toBeLessThan(10_000);
    rmSync(path, { force: true });
    symlinkSync('/dev/zero', path);
    expect(top(await loadCorpus(file, { cacheDir }), 'missile')).toEqual(top(await loadCorpus(file), 'missile'));
  });

  it('writes nothing into a cache directory others may write', async () => {
    const file = join(root, 'shared-dir.json');
    const cacheDir = join(root, 'shared-cache');
    writeFileSync(file, JSON.stringify(data));
    mkdirSync(cacheDir, { mode: 0o777 });
    chmodSync(cacheDir, 0o777);
    expect(top(await loadCorpus(file, { cacheDir }), 'missile')).toEqual(top(await loadCorpus(file), 'missile'));
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('keeps the cache private and writes through no link', async () => {
    const file = join(root, 'private.json');
    const cacheDir = join(root, 'private-cache');
    writeFileSync(file, JSON.stringify(data));
    const umask = process.umask(0o022);
    try {
      await loadCorpus(file, { cacheDir });
    } finally {
      process.umask(umask);
    }
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(cacheDir)) expect(statSync(join(cacheDir, name)).mode & 0o777).toBe(0o600);
    // Files factq did not make are never pruned.
    writeFileSync(join(cacheDir, 'draft.tmp'), 'mine');
    writeFileSync(join(cacheDir, 'notes.idx'), 'mine');
    utimesSync(join(cacheDir, 'draft.tmp'), new Date(0), new Date(0));
    writeFileSync(file, JSON.stringify(generate(301)));
    await loadCorpus(file, { cacheDir });
    expect(readdirSync(cacheDir)).toEqual(expect.arrayContaining(['draft.tmp', 'notes.idx']));
  });
});

describe('the entry format', () => {
  const root = mkdtempSync(join(tmpdir(), 'factq-cache-format-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const layout = {
    shell: '{"schemaVersion":1}',
    ranges: Int32Array.from([10, 20, 21, 30]),
    order: Int32Array.from([1, 0]),
    identity: '1:2:40:3:4',
    columns: { question: Int32Array.from([1, 2]), type: Uint8Array.from([0, 3]), entityStart: Int32Array.from([0, 1, 1]), entities: Int32Array.from([0]) },
    names: '\nal asad\tal-Asad\n',
    namesIndex: keyedIndex('\nal asad\tal-Asad\n'),
  };
  const snapshot = {
    vocab: ['@Al\nAsad', 'base', 'missil'],
    offsets: Int32Array.from([0, 1, 3, 4]),
    postings: Int32Array.from([(0 << 4) | 10, (0 << 4) | 5, (1 << 4) | 10, (1 << 4) | 7]),
    docLength: Uint16Array.from([4, 9]),
    lengthTotal: 13,
    stemTable: stemTable(['@Al\nAsad', 'base', 'missil']),
    dictionary: '\nbase\tbase 1\n',
    relatives: '{"bases":[1]}',
  };

  it('reads back what it wrote: strings, arrays, a stem with a line end in it, and an entry without a layout', () => {
    const entry = { fingerprint: 'f', contentHash: 'h', snapshot, layout };
    expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
    expect(decodeEntry(encodeEntry({ fingerprint: 'f', contentHash: 'h', snapshot }))).toEqual({ fingerprint: 'f', contentHash: 'h', snapshot: { ...snapshot } });
    // The facts' total length is recorded, worked out where the snapshot did not say it.
    const { lengthTotal: _total, stemTable: _table, ...unsummed } = snapshot;
    const read = decodeEntry(encodeEntry({ fingerprint: 'f', contentHash: 'h', snapshot: unsummed }))?.snapshot;
    expect(read?.lengthTotal).toBe(13);
    // So is the table of stems by hash.
    expect(read?.stemTable).toEqual(snapshot.stemTable);
  });

  it('reads arrays in place where they are aligned, and copies them where they are not', () => {
    const bytes = encodeEntry({ fingerprint: 'f', contentHash: 'h', snapshot, layout });
    const aligned = decodeEntry(bytes)!;
    expect(aligned.snapshot.postings.buffer).toBe(bytes.buffer);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const copied = decodeEntry(shifted.subarray(1))!;
    expect(copied.snapshot.postings.buffer).not.toBe(shifted.buffer);
    expect(copied.snapshot).toEqual(aligned.snapshot);
  });

  it('is no entry when cut short or not one of its own', () => {
    const bytes = encodeEntry({ fingerprint: 'f', contentHash: 'h', snapshot, layout });
    // The last section (the names, 18 bytes, padded to 24) cut into.
    for (const cut of [0, 4, 8, 20, bytes.length - 16]) expect(decodeEntry(bytes.subarray(0, cut))).toBeUndefined();
    expect(decodeEntry(Buffer.from('not an entry at all'))).toBeUndefined();
  });

  it('writes no entry whose index does not hold together: a reader trusts what it reads back', () => {
    const file = join(root, 'data.json');
    const cacheDir = join(root, 'cache');
    writeFileSync(file, '{}');
    const broken = { ...snapshot, postings: Int32Array.from([(0 << 4) | 10, (7 << 4) | 5, (1 << 4) | 10, (1 << 4) | 7]) };
    writeCachedIndex(cacheDir, file, 'h', broken, layout);
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.idx'))).toEqual([]);
    writeCachedIndex(cacheDir, file, 'h', snapshot);
    expect(readCachedIndex(cacheDir, file, 'h', 2)).toEqual(snapshot);
    expect(readCachedIndex(cacheDir, file, 'h', 3)).toBeUndefined();
  });
});

describe('a warm run reads the entry as it needs it', () => {
  const root = mkdtempSync(join(tmpdir(), 'factq-cache-lazy-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const data = generate(3000);
  const file = join(root, 'data.json');
  writeFileSync(file, JSON.stringify(data));
  const cacheDir = join(root, 'cache');
  const queries = ['missile base', data.entities[4]!.name, 'drone strike'];
  const entryOf = (): string => join(cacheDir, readdirSync(cacheDir).find((n) => n.endsWith('.idx'))!);
  // Where a section lies in an entry's file (see encodeEntry).
  const sectionOf = (bytes: Buffer, name: string): { from: number; length: number } => {
    const length = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 16, 16 + length)) as { sections: Array<{ name: string; offset: number; length: number }> };
    const s = header.sections.find((x) => x.name === name)!;
    return { from: ((16 + length + 7) & ~7) + s.offset, length: s.length };
  };
  const expected = async () => {
    const fresh = await loadCorpus(file);
    return queries.map((q) => top(fresh, q));
  };

  it('reads the postings from the entry, not from the data file', async () => {
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    renameSync(file, `${file}.away`);
    try {
      // All of them, block by block: a block that failed would be worked out from the data file, now gone.
      expect(warm.index.snapshot().postings.length).toBeGreaterThan(0);
    } finally {
      renameSync(`${file}.away`, file);
    }
  });

  it('answers as before when a part it reads later proves damaged: that part is worked out from the data file', async () => {
    await loadCorpus(file, { cacheDir });
    const path = entryOf();
    const original = readFileSync(path);
    // Each part overwritten whole: read as it is, any of them would change some answer below.
    // (And one block in the middle of the postings, read in one run with its neighbours.)
    // (The kinds, lands and entities' JSON are read by the questions that ask of entities.)
    const asked = [`who is ${data.entities[4]!.name}?`, `why did ${data.entities[2]!.name} attack?`];
    const answers = async (c: Corpus) => asked.map((q) => ask(c, q));
    for (const name of ['postings', 'postings-middle', 'ranges', 'names', 'namesIndex', 'entities-json', 'entities-json-middle', 'entities', 'kinds', 'kinds-middle', 'kindsIndex', 'lands', 'landsIndex', 'names-middle']) {
      const damaged = Buffer.from(original);
      const { from, length } = sectionOf(damaged, name.replace('-middle', ''));
      if (name.endsWith('-middle')) damaged.fill(0x5a, from + (length >> 1), from + (length >> 1) + 64);
      else damaged.fill(0x5a, from, from + length);
      writeFileSync(path, damaged);
      const warm = await loadCorpus(file, { cacheDir });
      expect(queries.map((q) => top(warm, q))).toEqual(await expected());
      expect(await answers(warm)).toEqual(await answers(await loadCorpus(file)));
      const filtered = searchFacts(warm, 'missile', { entity: data.entities[1]!.name }, 5).map((h) => h.fact.id);
      expect(filtered).toEqual(searchFacts(await loadCorpus(file), 'missile', { entity: data.entities[1]!.name }, 5).map((h) => h.fact.id));
    }
    writeFileSync(path, original);
  });

  it('answers as before when the entry is replaced after it was opened', async () => {
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    rmSync(entryOf());
    writeFileSync(join(cacheDir, 'stand-in.idx'), 'not an entry');
    expect(queries.map((q) => top(warm, q))).toEqual(await expected());
    rmSync(join(cacheDir, 'stand-in.idx'));
  });
});
