// A fast yes for datasets that pass every check, so a large file skips zod (a third of a 100,000-fact
// first load). It only ever answers "certainly valid" or "not sure": on "not sure" the caller runs the
// zod schema, which decides and explains. So it may be stricter than the schema, never looser; a test
// holds it to that over thousands of mutated datasets.
import { ENTITY_KINDS, FACT_TYPES, isCalendarDate } from './model.js';
import type { Dataset } from './model.js';
import { StringSet } from './text/wordtable.js';

const FACT_TYPE_SET: ReadonlySet<unknown> = new Set(FACT_TYPES);
const ENTITY_KIND_SET: ReadonlySet<unknown> = new Set(ENTITY_KINDS);

type Obj = Record<string, unknown>;

/** True only if `raw` passes the dataset schema and its cross-checks; false means "ask the schema". */
export function isWellFormed(raw: unknown): raw is Dataset {
  if (!isObject(raw) || !Array.isArray(raw.facts)) return false;
  const fact = factChecker(raw);
  if (!fact) return false;
  for (const f of raw.facts as unknown[]) if (!fact(f)) return false;
  return true;
}

/**
 * For a dataset's article and entities (`shell`, any facts it has aside), a check of its facts one at a time,
 * in order, ids unique across them; undefined when the shell itself is not certainly valid. A file too
 * large to hold as objects is checked as it is read.
 */
export function factChecker(shell: Record<string, unknown>): ((f: unknown) => boolean) | undefined {
  if (shell.schemaVersion !== 1) return undefined;
  const { article, entities } = shell;
  if (!isObject(article) || !isText(article.title) || !isPositiveInt(article.paragraphs)) return undefined;
  if (typeof article.date !== 'string' || !isCalendarDate(article.date)) return undefined;
  if (!Array.isArray(article.questions) || article.questions.length === 0) return undefined;
  const questions = new Set<unknown>();
  for (const q of article.questions as unknown[]) {
    if (!isObject(q) || !isPositiveInt(q.number) || !isText(q.text) || questions.has(q.number)) return undefined;
    if (q.article !== undefined && !isText(q.article)) return undefined;
    questions.add(q.number);
  }
  if (!Array.isArray(entities)) return undefined;
  const names = new Set<unknown>();
  for (const e of entities as unknown[]) {
    if (!isObject(e) || !isText(e.name) || names.has(e.name) || !ENTITY_KIND_SET.has(e.kind)) return undefined;
    if (!isTextList(e.aliases) || !isText(e.description)) return undefined;
    names.add(e.name);
  }
  const paragraphs = article.paragraphs as number;
  const isName = (n: unknown): boolean => names.has(n);
  // A StringSet, not a Set: at 100,000 facts a Set's adding was half of this check's time.
  const ids = new StringSet();
  return (f) => {
    if (!isObject(f) || !isKebabId(f.id)) return false;
    if (!ids.add(f.id)) return false;
    if (!isText(f.text) || !isText(f.attribution) || !FACT_TYPE_SET.has(f.type)) return false;
    if (!questions.has(f.question) || !isPositiveInt(f.paragraph) || (f.paragraph as number) > paragraphs) return false;
    if (!isTextList(f.entities) || !all(f.entities as unknown[], isName)) return false;
    if (f.numbers !== undefined && !isFigureList(f.numbers)) return false;
    if (f.quote !== undefined && !(isObject(f.quote) && isText(f.quote.text) && isText(f.quote.speaker))) return false;
    if (f.asks !== undefined && !isTextList(f.asks)) return false;
    if (f.answer !== undefined && !isText(f.answer)) return false;
    if (f.article !== undefined && !isText(f.article)) return false;
    return true;
  };
}

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  // Nearly all text starts with a printable ASCII character, which trim() never removes: no copy needed.
  const first = v.charCodeAt(0);
  return (first > 32 && first < 127) || v.trim().length > 0;
}

/** The schema's id rule, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, as a loop (a regular expression per fact costs more). */
export function isKebabId(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0) return false;
  let afterHyphen = true; // the start, like a hyphen, must be followed by a letter or digit
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) afterHyphen = false;
    else if (c === 45 && !afterHyphen) afterHyphen = true;
    else return false;
  }
  return !afterHyphen;
}

function isTextList(v: unknown): boolean {
  return Array.isArray(v) && all(v, isText);
}

// Every element, holes included (Array.prototype.every skips holes; the schema does not).
function all(list: readonly unknown[], test: (v: unknown) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!test(list[i])) return false;
  return true;
}

// Safe integers only: the schema's integer check may draw its line there, and this must not be looser.
function isPositiveInt(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 1;
}

function isFigureList(v: unknown): boolean {
  return Array.isArray(v) && all(v, (n) => isObject(n) && Number.isFinite(n.value) && isText(n.unit));
}
