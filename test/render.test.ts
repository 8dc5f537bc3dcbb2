import { parse as parseCsv } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { bundled } from '../src/core/dataset.js';
import { stem } from '../src/core/text/index.js';
import { PLAIN, palette, useColor } from '../src/output/colour.js';
import type { RenderContext } from '../src/output/fields.js';
import { renderBulk, renderCsv, renderJson, renderNdjson, renderTsv } from '../src/output/serial.js';
import { renderText } from '../src/output/prose.js';
import type { FactRecord, Output } from '../src/output/records.js';
import { oneLine, sanitise } from '../src/output/sanitise.js';
import { renderTable } from '../src/output/table.js';

const ESC = '\u001b';
const plain: RenderContext = { fields: undefined, palette: PLAIN, width: 80 };
const facts = bundled().facts.slice(0, 3).map((f) => ({ ...f }));
const out: Output = { kind: 'fact', records: facts };

function fact(text: string, extra: Partial<FactRecord> = {}): FactRecord {
  return { ...bundled().facts[0]!, text, ...extra };
}

describe('tsv', () => {
  it('prints one record a line, no header, default fields', () => {
    const lines = renderTsv(out, plain).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('\t')).toEqual(['iran-fired-22-missiles', facts[0]!.text, '1', '1', 'event', 'article']);
  });

  it('keeps a record on one line whatever the text holds', () => {
    const text = renderTsv({ kind: 'fact', records: [fact('a\tb\nc\r\nd\u2028e')] }, plain);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.split('\t')).toHaveLength(6);
  });

  it('honours --fields order', () => {
    expect(renderTsv(out, { ...plain, fields: ['type', 'id'] }).split('\n')[0]).toBe('event\tiran-fired-22-missiles');
  });
});

describe('csv', () => {
  it('parses back with a real RFC 4180 parser, header first', () => {
    const tricky = fact('He said "no", then, left\nearly');
    const rows = parseCsv(renderCsv({ kind: 'fact', records: [tricky, ...facts] }, plain), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows).toHaveLength(4);
    expect(rows[0]!.text).toBe('He said "no", then, left\nearly');
    expect(rows[1]!.id).toBe('iran-fired-22-missiles');
    expect(Object.keys(rows[0]!)).toEqual(['id', 'text', 'question', 'paragraph', 'type', 'attribution']);
  });
});

describe('json and ndjson', () => {
  it('prints an array of whole records, [] when empty', () => {
    expect(JSON.parse(renderJson(out, plain))).toEqual(facts);
    expect(renderJson({ kind: 'fact', records: [] }, plain).trim()).toBe('[]');
  });

  it('prints one object a line in ndjson', () => {
    const lines = renderNdjson(out, plain).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(facts);
  });

  it('picks fields, in order', () => {
    expect(JSON.parse(renderJson(out, { ...plain, fields: ['id', 'score'] }))[0]).toEqual({
      id: 'iran-fired-22-missiles',
      score: null,
    });
  });

  it('escapes every control character, C1 included, and keeps the text exact', () => {
    const nasty = 'a\u0000b\u001b[31mc\u0007d\u009be\u0085f\u007fg\u2028h';
    const json = renderJson({ kind: 'fact', records: [fact(nasty)] }, plain);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the test
    expect(json).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028]/);
    expect(JSON.parse(json)[0].text).toBe(nasty);
  });

  it('escapes what shows nothing or turns text round (zero-width, direction overrides, tags), as the README says', () => {
    // (A new user found them written raw in json, ndjson and bulk.)
    const hidden = 'a\u200bb\u202ec\u00add\ufeffe\u2066f\udb40\udc01g';
    const out: Output = { kind: 'fact', records: [fact(hidden)] };
    const texts = [JSON.parse(renderJson(out, plain))[0].text, JSON.parse(renderNdjson(out, plain).trim()).text];
    for (const raw of [renderJson(out, plain), renderNdjson(out, plain), renderBulk(out, plain)]) {
      expect(raw).not.toMatch(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/);
      expect(raw).toContain('a\\u200bb\\u202ec\\u00add\\ufeffe\\u2066f\\udb40\\udc01g');
    }
    expect(texts).toEqual([hidden, hidden]);
  });

  it('prints one object for a single answer and an array for several', () => {
    const reply = { question: 'q', answer: null, facts: [], verdict: null, form: null };
    expect(JSON.parse(renderJson({ kind: 'answer', records: [reply], many: false }, plain))).toEqual(reply);
    expect(JSON.parse(renderJson({ kind: 'answer', records: [reply], many: true }, plain))).toEqual([reply]);
  });
});

describe('text', () => {
  it('prints one block a record, without colour when colour is off', () => {
    const text = renderText(out, plain);
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toContain('iran-fired-22-missiles');
    expect(text).not.toContain(ESC);
  });

  it('says an answer that is its first fact\'s text once, then where it comes from', () => {
    const first = { ...fact('Javad Zarif is the foreign minister.'), score: 0.9 };
    const second = { ...fact('Zarif said the measures were concluded.'), score: 0.5 };
    const text = renderText({ kind: 'answer', records: [{ question: 'who is zarif', answer: first.text, facts: [first, second], verdict: null, form: 'fact' as const }], many: false }, plain);
    expect(text.split(first.text)).toHaveLength(2);
    expect(text).toContain(second.text);
    expect(text.split('\n')[1]).toMatch(/^ {4}question /);
  });

  // (Working out what a record matched can read a dataset's entities: a run printing no colour never does.)
  it('asks what a record matched only when colour is on', async () => {
    const record = fact('Seventeen missiles hit al-Asad');
    let asked = 0;
    const out = { kind: 'fact' as const, records: [record], highlight: new Map([[record, () => (asked++, [stem('missiles')])]]) };
    renderText(out, plain);
    expect(asked).toBe(0);
    renderText(out, { ...plain, palette: await palette(true) });
    expect(asked).toBe(1);
  });

  it('highlights matched words when colour is on', async () => {
    const record = fact('Seventeen missiles hit al-Asad');
    const text = renderText(
      { kind: 'fact', records: [record], highlight: new Map([[record, () => [stem('missiles')]]]) },
      { ...plain, palette: await palette(true) },
    );
    expect(text).toContain(`${ESC}[1m${ESC}[33mmissiles${ESC}[39m${ESC}[22m`);
  });
});

describe('bulk', () => {
  it('puts an index action with the record id before each record, for Elasticsearch and OpenSearch', () => {
    const lines = renderBulk(out, plain).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(out.records.length * 2);
    lines.forEach((line, i) => {
      if (i % 2 === 0) expect(line).toEqual({ index: { _id: (out.records[i / 2] as FactRecord).id } });
      else expect(line.id).toBe((out.records[(i - 1) / 2] as FactRecord).id);
    });
  });
});

describe('table', () => {
  const widths = (s: string): number[] => s.trimEnd().split('\n').map((l) => stringWidth(l));

  it.each(['plain', 'boxed'] as const)('%s: fits the width and wraps at word boundaries', (style) => {
    const table = renderTable(out, { ...plain, width: 80 }, style);
    expect(Math.max(...widths(table))).toBeLessThanOrEqual(80);
    // A boxed table's lines are all as wide as its box; a plain one's end at their last character.
    if (style === 'boxed') expect(new Set(widths(table)).size).toBe(1);
    else expect(table.split('\n').some((l) => l.endsWith(' '))).toBe(false);
    expect(table).toContain('Iran');
    expect(table).not.toContain(ESC);
  });

  it.each([
    ['plain', 100],
    ['plain', 60],
    ['plain', 40],
    ['boxed', 60],
    ['boxed', 40],
  ] as const)('%s at %i columns: never splits an id or a score', (style, width) => {
    const records = bundled().facts.map((f, i) => ({ ...f, score: 0.5 + i / 1000 }));
    const table = renderTable({ kind: 'fact', records }, { ...plain, width }, style);
    const lines = table.split('\n');
    for (const r of records) {
      expect(lines.some((l) => l.includes(r.id))).toBe(true);
      expect(lines.some((l) => l.includes(r.score.toFixed(4)))).toBe(true);
    }
  });

  it('a plain table has headings in capitals and no rules', () => {
    const table = renderTable(out, plain, 'plain');
    expect(table.split('\n')[0]).toMatch(/^ID +TEXT/);
    expect(table).not.toMatch(/[│─┌└├]/);
  });

  it('lines up accents, Arabic, CJK and emoji', () => {
    const records = [
      fact('Café Ñandú naïve résumé'),
      fact('طهران ترد على الهجوم'),
      fact('伊朗向伊拉克的美军基地发射导弹'),
      fact('Missiles 🚀🚀 launched 👍🏽 at night'),
    ];
    for (const width of [60, 80, 120]) {
      const table = renderTable({ kind: 'fact', records }, { ...plain, width }, 'boxed');
      expect(new Set(widths(table)).size, table).toBe(1);
      expect(widths(table)[0]).toBeLessThanOrEqual(width);
    }
  });

  it('shows a fact in full with `show`', () => {
    const record = { ...bundled().facts.find((f) => f.quote)!, entityDetails: [{ name: 'X', kind: 'person' as const, description: 'd' }] };
    const table = renderTable({ kind: 'fact', records: [record], detail: true }, plain);
    for (const field of ['id', 'text', 'question', 'paragraph', 'type', 'attribution', 'entities', 'quote', 'asks', 'entityDetails'])
      expect(table).toContain(field);
  });
});

describe('sanitise', () => {
  it.each([
    ['CSI colour', 'a\u001b[31mred\u001b[0mb', 'aredb'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['OSC title with BEL', 'a\u001b]0;pwned\u0007b', 'ab'],
    ['OSC hyperlink with ST', 'a\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\b', 'alinkb'],
    ['lone ESC', 'a\u001bb', 'a\u241bb'],
    ['BEL', 'a\u0007b', 'a\u2407b'],
    ['NUL', 'a\u0000b', 'a\u2400b'],
    ['C1 NEL', 'a\u0085b', 'a\ufffdb'],
    ['DEL', 'a\u007fb', 'a\u2421b'],
    ['plain Unicode', 'طهران 伊朗 🚀 é', 'طهران 伊朗 🚀 é'],
    ['bidi override', 'abc\u202Edef\u2066g', 'abc\ufffddef\ufffdg'],
  ])('%s', (_name, input, expected) => {
    expect(sanitise(input)).toBe(expected);
  });

  it('folds tabs and line breaks for one-line output', () => {
    expect(oneLine('a\tb\nc\r\nd')).toBe('a b c d');
  });
});

describe('colour decision', () => {
  it.each<[string, 'auto' | 'always' | 'never', Record<string, string>, boolean, boolean]>([
    ['terminal', 'auto', {}, true, true],
    ['pipe', 'auto', {}, false, false],
    ['NO_COLOR on a terminal', 'auto', { NO_COLOR: '1' }, true, false],
    ['empty NO_COLOR is unset', 'auto', { NO_COLOR: '' }, true, true],
    ['TERM=dumb', 'auto', { TERM: 'dumb' }, true, false],
    ['FORCE_COLOR in a pipe', 'auto', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0', 'auto', { FORCE_COLOR: '0' }, false, false],
    // (As Node and chalk read it: 0 turns colour off on a terminal too.)
    ['FORCE_COLOR=0 on a terminal', 'auto', { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false on a terminal', 'auto', { FORCE_COLOR: 'false' }, true, false],
    ['NO_COLOR beats FORCE_COLOR', 'auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    ['--color always', 'always', { NO_COLOR: '1' }, false, true],
    ['--color never', 'never', { FORCE_COLOR: '1' }, true, false],
  ])('%s', (_name, mode, env, tty, expected) => {
    expect(useColor(mode, env, tty)).toBe(expected);
  });
});
