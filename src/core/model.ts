import type { z } from 'zod';
import type { DatasetSchema } from './schema.js';

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

// Types come from the schema itself; these imports are type-only, so zod is not loaded at run time.
type Schema = z.infer<typeof DatasetSchema>;
export type Dataset = Schema;
export type Article = Schema['article'];
export type Question = Article['questions'][number];
export type Entity = Schema['entities'][number];
export type Fact = Schema['facts'][number];
export type NumberFigure = NonNullable<Fact['numbers']>[number];
export type Quote = NonNullable<Fact['quote']>;
