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
