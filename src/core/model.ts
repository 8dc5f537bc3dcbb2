// The dataset's vocabulary as plain data: the schema, the CLI's choices and completion all read these.

/** Kinds an entity may have. */
export const ENTITY_KINDS = ['person', 'place', 'organization', 'country', 'group', 'media'] as const;
/** Types a fact may have. */
export const FACT_TYPES = [
  'event',
  'casualties',
  'statement',
  'assessment',
  'prediction',
  'threat',
  'background',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type FactType = (typeof FACT_TYPES)[number];

// The published types, free of zod so the library's .d.ts files need nothing installed. schema.ts checks
// at compile time that its zod schema describes exactly these types, so the two cannot drift apart.

/** One of the article's questions, verbatim. */
export interface Question {
  number: number;
  text: string;
  /** Among several datasets read as one: the article (dataset) the question is from. */
  article?: string | undefined;
}
/** The article a dataset is drawn from. */
export interface Article {
  title: string;
  date: string;
  paragraphs: number;
  questions: Question[];
}
/** A person, place, organisation, country, group or medium the article names. */
export interface Entity {
  name: string;
  kind: EntityKind;
  aliases: string[];
  description: string;
}
/** A figure a fact states. */
export interface NumberFigure {
  value: number;
  unit: string;
}
/** Direct speech or writing, verbatim. */
export interface Quote {
  text: string;
  speaker: string;
}
/** One claim of the article, in the dataset's own words, with where it comes from. */
export interface Fact {
  id: string;
  text: string;
  question: number;
  paragraph: number;
  type: FactType;
  attribution: string;
  entities: string[];
  numbers?: NumberFigure[] | undefined;
  quote?: Quote | undefined;
  asks?: string[] | undefined;
  answer?: string | undefined;
  /** Among several datasets read as one: the article (dataset) the fact is from. */
  article?: string | undefined;
}
/** A dataset in factq's format. */
export interface Dataset {
  schemaVersion: 1;
  article: Article;
  entities: Entity[];
  facts: Fact[];
}

/** One problem found in a dataset, at a JSON path. */
export interface Problem {
  path: string;
  message: string;
}
/** The outcome of a check: the dataset, or every problem found. */
export type CheckResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

// Keys a dataset may hold that factq does not know (a newer format's, a user's own notes) are accepted
// and ignored: never copied into what factq prints, so their size or depth cannot reach the output.

/** Whether a string is a real calendar date written YYYY-MM-DD ("2023-02-30" and "2023-13-45" are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A fact with only the fields factq knows. */
export function knownFact(f: Fact): Fact {
  const out: Fact = { id: f.id, text: f.text, question: f.question, paragraph: f.paragraph, type: f.type, attribution: f.attribution, entities: f.entities };
  if (f.numbers !== undefined) out.numbers = f.numbers.map((n) => ({ value: n.value, unit: n.unit }));
  if (f.quote !== undefined) out.quote = { text: f.quote.text, speaker: f.quote.speaker };
  if (f.asks !== undefined) out.asks = f.asks;
  if (f.answer !== undefined) out.answer = f.answer;
  if (f.article !== undefined) out.article = f.article;
  return out;
}

/** An entity with only the fields factq knows. */
export function knownEntity(e: Entity): Entity {
  return { name: e.name, kind: e.kind, aliases: e.aliases, description: e.description };
}

/** An article question with only the fields factq knows. */
export function knownQuestion(q: Question): Question {
  return q.article === undefined ? { number: q.number, text: q.text } : { number: q.number, text: q.text, article: q.article };
}

const KNOWN_KEYS = {
  dataset: ['schemaVersion', 'article', 'entities', 'facts'],
  article: ['title', 'date', 'paragraphs', 'questions'],
  question: ['number', 'text', 'article'],
  entity: ['name', 'kind', 'aliases', 'description'],
  fact: ['id', 'text', 'question', 'paragraph', 'type', 'attribution', 'entities', 'numbers', 'quote', 'asks', 'answer', 'article'],
  number: ['value', 'unit'],
  quote: ['text', 'speaker'],
} as const;

/** The JSON paths of keys in a valid dataset that factq does not know (and ignores), in file order. */
export function unknownKeys(d: Dataset): string[] {
  const out: string[] = [];
  const check = (value: object, known: readonly string[], path: string): void => {
    for (const key of Object.keys(value)) if (!known.includes(key)) out.push(`${path}${path ? '.' : ''}${key}`);
  };
  check(d, KNOWN_KEYS.dataset, '');
  check(d.article, KNOWN_KEYS.article, 'article');
  d.article.questions.forEach((q, i) => check(q, KNOWN_KEYS.question, `article.questions[${i}]`));
  d.entities.forEach((e, i) => check(e, KNOWN_KEYS.entity, `entities[${i}]`));
  d.facts.forEach((f, i) => {
    check(f, KNOWN_KEYS.fact, `facts[${i}]`);
    f.numbers?.forEach((n, j) => check(n, KNOWN_KEYS.number, `facts[${i}].numbers[${j}]`));
    if (f.quote) check(f.quote, KNOWN_KEYS.quote, `facts[${i}].quote`);
  });
  return out;
}
