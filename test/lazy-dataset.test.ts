// A warm run reads the index and each fact's place in the file from the cache and parses only the facts it
// reads. The scan that finds those places, and the answers on that path, against the full parse.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import { ask } from '../src/core/ask.js';
import { Corpus } from '../src/core/corpus.js';
import { loadCorpus } from '../src/core/dataset.js';
import { decodeEntry } from '../src/core/cache.js';
import { factRanges, lazyDataset, transientReader } from '../src/core/lazy-dataset.js';
import type { Dataset } from '../src/core/model.js';
import { filterFrom, passes } from '../src/core/query.js';
import { searchFacts } from '../src/core/search.js';
import { words } from '../src/core/text/index.js';

const dir = mkdtempSync(join(tmpdir(), 'factq-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (s: string): Buffer => Buffer.from(s, 'utf8');
const elements = (text: string): unknown[] => {
  const b = bytesOf(text);
  const r = factRanges(b)!;
  return Array.from({ length: r.length / 2 }, (_, i) => JSON.parse(b.subarray(r[2 * i]!, r[2 * i + 1]!).toString('utf8')));
};

describe('finding each fact in the file', () => {
  it.each([
    ['compact', '{"a":1,"facts":[{"id":"x"},{"id":"y"}]}', [{ id: 'x' }, { id: 'y' }]],
    ['pretty, with a BOM', '\uFEFF{\n  "facts": [\n    { "id": "x" } ,\n\t{"id":"y"}\n  ]\n}\n', [{ id: 'x' }, { id: 'y' }]],
    ['braces, brackets and quotes in strings', '{"facts":[{"t":"a } ] \\" { [ \\\\"},{"t":"\\\\\\""}]}', [{ t: 'a } ] " { [ \\' }, { t: '\\"' }]],
    ['a "facts" key deeper down is not the one', '{"article":{"facts":[{"no":1}]},"facts":[{"yes":1}]}', [{ yes: 1 }]],
    ['"facts" twice: the last, as JSON.parse', '{"facts":[{"a":1}],"facts":[{"b":2}]}', [{ b: 2 }]],
    ['a key spelt with escapes is the key JSON.parse reads', '{"facts":[{"a":1}],"fac\\u0074s":[{"b":2}]}', [{ b: 2 }]],
    ['a string value "facts" is no key', '{"t":"facts","facts":[{"c":3}]}', [{ c: 3 }]],
    ['nested objects and arrays in a fact', '{"facts":[{"n":[{"v":1},{"v":[2,{}]}],"q":{"s":"}"}}]}', [{ n: [{ v: 1 }, { v: [2, {}] }], q: { s: '}' } }]],
    ['non-ASCII text', '{"facts":[{"t":"Iran’s “revenge” — ok"}]}', [{ t: 'Iran’s “revenge” — ok' }]],
  ])('%s', (_, text, expected) => {
    expect(elements(text)).toEqual(expected);
  });

  it('gives nothing for files whose facts it cannot place', () => {
    expect(factRanges(bytesOf('{"facts":[1,2]}'))).toBeUndefined();
    expect(factRanges(bytesOf('{"facts":{}}'))).toBeUndefined();
    expect(factRanges(bytesOf('{"facts":["x"]}'))).toBeUndefined();
    expect(factRanges(bytesOf('{"facts":[{"t":"unterminated}]}'))).toBeUndefined();
  });

  // A file whose facts are placed is read fact by fact, each parsed alone: what lies between them must
  // be what JSON.parse accepts, or a file it refuses would be read.
  it.each([
    ['a missing comma', '{"facts":[{"a":1} {"b":2}]}'],
    ['two commas', '{"facts":[{"a":1},,{"b":2}]}'],
    ['a leading comma', '{"facts":[,{"a":1}]}'],
    ['a trailing comma', '{"facts":[{"a":1},]}'],
    ['a lone comma', '{"facts":[,]}'],
  ])('gives nothing where JSON.parse refuses the array: %s', (_, text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(factRanges(bytesOf(text))).toBeUndefined();
  });

  it('an empty array has no facts', () => {
    expect(Array.from(factRanges(bytesOf('{"facts":[ ]}'))!)).toEqual([]);
  });

  it('agrees with JSON.parse on generated datasets, however they are laid out', () => {
    const data = generate(60);
    fc.assert(
      fc.property(fc.constantFrom(undefined, 1, 2, '\t'), fc.constantFrom('', '\uFEFF'), (indent, bom) => {
        const text = bom + JSON.stringify(data, null, indent);
        expect(elements(text)).toEqual(data.facts);
      }),
      { numRuns: 8 },
    );
  });

  it('reads as an array: length, indexes, methods, JSON', () => {
    const data = generate(40) as Dataset;
    const bytes = bytesOf(JSON.stringify(data));
    const { facts, ...shell } = data;
    const lazy = lazyDataset(shell, (s, e) => bytes.subarray(s, e), factRanges(bytes)!);
    expect(lazy.facts.length).toBe(facts.length);
    expect(Array.isArray(lazy.facts)).toBe(true);
    expect(lazy.facts[7]).toEqual(facts[7]);
    expect(lazy.facts[7]).toBe(lazy.facts[7]);
    expect(lazy.facts.map((f) => f.id)).toEqual(facts.map((f) => f.id));
    expect([...lazy.facts].length).toBe(facts.length);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(data);
    expect(lazy.facts[facts.length]).toBeUndefined();
  });
});

describe('the warm path answers as the full path', () => {
  const data = generate(3000) as Dataset;
  const file = join(dir, 'facts.json');
  writeFileSync(file, JSON.stringify(data, null, 1));
  const cacheDir = join(dir, 'cache');
  const full = new Corpus(JSON.parse(readFileSync(file, 'utf8')) as Dataset);
  const queries = ['missile base', data.entities[3]!.name, `${data.facts[10]!.numbers?.[0]?.unit ?? 'drone'} attack`, 'zzqx'];
  const filters = [{}, { type: 'event' as const }, { question: '2' }, { entity: data.entities[1]!.name }];

  it('the same hits for queries and filters, and the same answers', async () => {
    await loadCorpus(file, { cacheDir }); // cold: writes the entry, with each fact's place in the file
    const entry = readdirSync(cacheDir).find((n) => n.endsWith('.idx'))!;
    const layout = decodeEntry(readFileSync(join(cacheDir, entry)))!.layout!;
    expect(layout.ranges).toHaveLength(2 * data.facts.length);
    const warm = await loadCorpus(file, { cacheDir });
    for (const q of queries)
      for (const f of filters) {
        const filter = filterFrom(full, f);
        const ids = (c: Corpus) => searchFacts(c, q, filter, 10).map((h) => [h.fact.id, h.score]);
        expect(ids(warm)).toEqual(ids(full));
      }
    for (const q of ['how many drones were launched?', `who is ${data.entities[0]!.name}?`, 'what happened?'])
      expect(ask(warm, q)).toEqual(ask(full, q));
    expect(warm.factsInArticleOrder().map((f) => f.id)).toEqual(full.factsInArticleOrder().map((f) => f.id));
    // Names are looked up through the entry's index of the names table: the same entities as the full path.
    expect(layout.namesIndex?.length).toBeGreaterThan(0);
    for (const e of data.entities) for (const name of [e.name, ...e.aliases, `${e.name} x`]) expect(warm.entityNamed(name)).toBe(full.entityNamed(name));
  });

  it('a file touched but not changed is still answered from the cache', async () => {
    await loadCorpus(file, { cacheDir });
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const touched = await loadCorpus(file, { cacheDir });
    expect(searchFacts(touched, 'missile base', {}, 5).map((h) => h.fact.id)).toEqual(searchFacts(full, 'missile base', {}, 5).map((h) => h.fact.id));
  });

  it('a file changed after a warm load is an error when a fact is read, never other bytes', async () => {
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(data.facts[1]!.text, data.facts[1]!.text.replace(/[a-z]/, 'q')));
    expect(() => warm.dataset.facts[1]!.text).toThrow(/changed while factq was reading it/);
    writeFileSync(file, text);
  });

  it('reads facts through one descriptor, closed once the synchronous reads are done', async () => {
    if (!existsSync('/proc/self/fd')) return;
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    const open = (): number => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) expect(warm.dataset.facts[i]!.id).toBe(data.facts[i]!.id);
    expect(open()).toBe(before + 1);
    await Promise.resolve();
    expect(open()).toBe(before);
  });

  it('never answers a changed file from the cache, even one of the same size and time', async () => {
    await loadCorpus(file, { cacheDir });
    const { mtime, atime } = statSync(file);
    const changed = readFileSync(file, 'utf8').replace(data.facts[0]!.text, data.facts[0]!.text.replace(/[a-z]/, 'q'));
    expect(changed.length).toBe(readFileSync(file, 'utf8').length);
    writeFileSync(file, changed);
    utimesSync(file, atime, mtime);
    const warm = await loadCorpus(file, { cacheDir });
    expect(warm.dataset.facts[0]!.text).toBe(JSON.parse(changed).facts[0].text);
  });
});

describe('a warm run reads the entities it asks about, not all of them', () => {
  // Generated entities, and a few that share names: a country, its people's word in a group's name, an
  // alias two entities have, an entity named with a character outside ASCII.
  const data = generate(2000) as Dataset;
  data.entities.push(
    { name: 'Norland', kind: 'country', aliases: ['Norlandic', 'the Norlanders'], description: 'A country.' },
    { name: 'Norlandic Guard', kind: 'group', aliases: ['the Guard'], description: 'A militia.' },
    { name: 'Harbour Guard', kind: 'organization', aliases: ['Guard'], description: 'A coast guard.' },
    { name: 'Östmark', kind: 'place', aliases: ['Ostmark port'], description: 'A port.' },
  );
  data.facts[5]!.entities.push('Norlandic Guard', 'Norland');
  data.facts[5]!.text += ' The Norlandic Guard fired from Norland.';
  data.facts[9]!.entities.push('Harbour Guard', 'Östmark');
  data.facts[9]!.text += ' The Guard held Östmark.';
  const file = join(dir, 'entities.json');
  writeFileSync(file, JSON.stringify(data));
  const cacheDir = join(dir, 'entities-cache');
  const full = new Corpus(JSON.parse(readFileSync(file, 'utf8')) as Dataset);
  // Whether the dataset's entities were parsed whole (the lazy getter is replaced by their value).
  const parsedAll = (c: Corpus): boolean => Object.getOwnPropertyDescriptor(c.dataset, 'entities')?.get === undefined;

  it('the same kinds, entities, owners of a word and countries as a whole parse, and none parsed whole', async () => {
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    expect(parsedAll(warm)).toBe(false);
    for (const e of data.entities) {
      expect(warm.entityKind(e.name)).toBe(full.entityKind(e.name));
      expect(warm.entity(e.name)).toEqual(full.entity(e.name));
      expect(warm.countriesOf(e.name)).toEqual(full.countriesOf(e.name));
      for (const n of [e.name, ...e.aliases]) for (const w of words(n)) expect(warm.entitiesNamed(w)).toEqual(full.entitiesNamed(w));
    }
    expect(warm.countriesOf('Norlandic Guard')).toEqual(['Norland']);
    expect(warm.entitiesNamed('guard')).toEqual(['Harbour Guard']);
    expect(warm.entitiesNamed('norlandic')).toEqual(['Norland']);
    expect(warm.entityKind('Nobody At All')).toBeUndefined();
    expect(warm.entity('Nobody At All')).toBeUndefined();
    expect(warm.entitiesOf(['Östmark', 'Norland', 'Nobody At All', 'Norland']).map((e) => e.name)).toEqual(['Norland', 'Östmark']);
    expect(parsedAll(warm)).toBe(false);
  });

  it('the same answers and filtered hits as a whole parse', async () => {
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    const named = data.entities[3]!.name;
    for (const q of [`who is ${named}?`, `why did ${named} attack?`, 'what did the Guard do?', 'where did the Norlandic Guard fire from?', 'how many missiles hit the base?', `did ${named} attack the base?`])
      expect(ask(warm, q)).toEqual(ask(full, q));
    for (const entity of ['Norland', 'Harbour Guard', named, 'Nobody At All'])
      expect(searchFacts(warm, 'missile', { entity }, 5).map((h) => h.fact.id)).toEqual(searchFacts(full, 'missile', { entity }, 5).map((h) => h.fact.id));
  });
});

describe('a file too large to parse whole is read fact by fact', () => {
  const data = generate(1500);
  const file = join(dir, 'streamed.json');
  writeFileSync(file, JSON.stringify(data, null, 1));
  const full = new Corpus(JSON.parse(readFileSync(file, 'utf8')) as Dataset);
  const streamed = { readWholeUpTo: 1024 };
  const queries = ['missile base', data.entities[5]!.name, `${data.facts[20]!.numbers?.[0]?.unit ?? 'drone'} attack`, 'zzqx'];
  const filters = [{}, { type: 'event' as const }, { question: '3' }, { entity: data.entities[2]!.name }];
  const same = (c: Corpus): void => {
    for (const q of queries)
      for (const f of filters) {
        const filter = filterFrom(full, f);
        const ids = (d: Corpus) => searchFacts(d, q, filter, 10).map((h) => [h.fact.id, h.score]);
        expect(ids(c)).toEqual(ids(full));
      }
    for (const q of ['how many drones were launched?', `who is ${data.entities[0]!.name}?`, 'what happened?']) expect(ask(c, q)).toEqual(ask(full, q));
    expect(c.factsInArticleOrder().map((f) => f.id)).toEqual(full.factsInArticleOrder().map((f) => f.id));
  };

  it('the same hits, filters, answers and order as a whole parse, without a cache and from the one it writes', async () => {
    same(await loadCorpus(file, streamed));
    const cacheDir = join(dir, 'streamed-cache');
    same(await loadCorpus(file, { ...streamed, cacheDir }));
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.idx'))).toHaveLength(1);
    same(await loadCorpus(file, { cacheDir }));
  });

  it('tells how it goes, up to every fact', async () => {
    const told: number[] = [];
    await loadCorpus(file, { ...streamed, onProgress: (done, total) => told.push(done / total) });
    expect(told.at(-1)).toBe(1);
    expect(told).toEqual([...told].sort((a, b) => a - b));
  });

  it.each([
    ['a fact with a field of the wrong type', (d: Dataset) => ((d.facts[7] as unknown as Record<string, unknown>).paragraph = 'two'), /facts\[7\]\.paragraph/],
    ['an unknown entity', (d: Dataset) => (d.facts[9]!.entities = ['Nobody At All']), /facts\[9\]\.entities\[0\]: unknown entity "Nobody At All"/],
    ['a repeated id', (d: Dataset) => (d.facts[12]!.id = d.facts[4]!.id), /facts\[12\]\.id: duplicate id "[^"]+" \(first at facts\[4\]\)/],
    ['a broken article', (d: Dataset) => ((d.article as unknown as Record<string, unknown>).paragraphs = 0), /article\.paragraphs/],
  ])('refuses %s, with its path, as a whole parse would', async (_, change, message) => {
    const bad = structuredClone(data) as unknown as Dataset;
    change(bad);
    const badFile = join(dir, 'streamed-bad.json');
    writeFileSync(badFile, JSON.stringify(bad));
    await expect(loadCorpus(badFile, streamed)).rejects.toThrow(message);
    await expect(loadCorpus(badFile)).rejects.toThrow(message);
  });

  // A file over STREAM_FROM but small enough to parse whole is read fact by fact first; what that read
  // refuses, the whole parse explains, in its own words.
  const streamedFirst = { streamFrom: 1024 };

  it('reads a file fact by fact when it is over the size to stream from, as a whole parse would read it', async () => {
    const first = await loadCorpus(file, streamedFirst);
    same(first);
    // Read fact by fact: the facts are parsed from the bytes when used, as a warm run's are.
    expect(transientReader(first.dataset.facts)).toBeDefined();
    expect(transientReader((await loadCorpus(file, { streamFrom: Infinity })).dataset.facts)).toBeUndefined();
    const cacheDir = join(dir, 'streamed-first-cache');
    same(await loadCorpus(file, { ...streamedFirst, cacheDir }));
    same(await loadCorpus(file, { cacheDir }));
  });

  it.each([
    ['three problems', (t: string) => t.replace(/"paragraph":\d+/g, (m, at: number) => (at % 3 === 0 ? '"paragraph":"x"' : m))],
    ['a fact that is no JSON', (t: string) => t.replace('"text":', '"text":tru,"t":')],
    ['a missing comma between facts', (t: string) => t.replace('},{"id"', '} {"id"')],
    ['a trailing comma after the last fact', (t: string) => t.replace(/}\]([^\]]*)$/, '},]$1')],
    ['a shell the quick check is not sure of', (t: string) => t.replace('"schemaVersion":1', '"schemaVersion":2')],
  ])('refuses %s in the words of the whole parse', async (_, change) => {
    const badFile = join(dir, 'streamed-first-bad.json');
    writeFileSync(badFile, change(JSON.stringify(data)));
    const whole = await loadCorpus(badFile, { streamFrom: Infinity }).then(
      () => 'read',
      (err: Error) => err.message,
    );
    expect(whole).not.toBe('read');
    await expect(loadCorpus(badFile, streamedFirst)).rejects.toThrow(whole);
  });

  it('refuses a fact that is no JSON, saying which', async () => {
    const text = JSON.stringify(data);
    const at = text.indexOf('"text"', text.indexOf(`"${data.facts[3]!.id}"`));
    const badFile = join(dir, 'streamed-json.json');
    writeFileSync(badFile, `${text.slice(0, at)}"text":tru,${text.slice(at)}`);
    await expect(loadCorpus(badFile, streamed)).rejects.toThrow(/not valid JSON in facts\[3\]/);
  });
});

describe('a large dataset listed one fact at a time', () => {
  const data = generate(1200);
  const file = join(dir, 'listed.json');
  writeFileSync(file, JSON.stringify(data));
  const full = new Corpus(JSON.parse(readFileSync(file, 'utf8')) as Dataset);
  const filters = [{}, { type: 'event' as const }, { question: '4' }, { entity: data.entities[2]!.name }];

  it('gives the facts a whole listing gives, in article order, and keeps none of them', async () => {
    const cacheDir = join(dir, 'listed-cache');
    await loadCorpus(file, { cacheDir });
    const warm = await loadCorpus(file, { cacheDir });
    for (const f of filters) {
      const expected = full.factsInArticleOrder().filter((fact) => passes(fact, filterFrom(full, f))).map((fact) => fact.id);
      expect([...warm.eachInArticleOrder(filterFrom(warm, f))].map((fact) => fact.id)).toEqual(expected);
    }
    // The lazy dataset's array holds only the facts read through it; none were.
    expect(Object.keys(warm.dataset.facts)).toEqual([]);
  });
});
