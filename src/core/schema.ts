// The one door for untrusted datasets. Loaded lazily: the bundled dataset is checked at build time.
import { z } from 'zod/mini';
import { ENTITY_KINDS, FACT_TYPES, isCalendarDate } from './model.js';
import type { CheckResult, Dataset, Fact, Problem } from './model.js';

// zod's small build, with its English messages: the full one is 7 KB more of a package held to 1.5 MiB.
z.config(z.locales.en());

// Checks, never transforms: the validated input is used as it is.
const text = z.string().check(z.refine((s) => s.trim().length > 0, 'expected non-empty text'));
const positiveInt = z.number().check(z.int('expected an integer'), z.minimum(1, 'expected an integer of at least 1'));

const FactSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
  text,
  question: positiveInt,
  paragraph: positiveInt,
  type: z.enum(FACT_TYPES, { error: `expected one of ${FACT_TYPES.join(', ')}` }),
  attribution: text,
  entities: z.array(text),
  numbers: z.optional(z.array(z.object({ value: z.number(), unit: text }))),
  quote: z.optional(z.object({ text, speaker: text })),
  asks: z.optional(z.array(text)),
  answer: z.optional(text),
  article: z.optional(text),
});

const Shape = {
  schemaVersion: z.literal(1),
  article: z.object({
    title: text,
    date: z.string().check(z.refine(isCalendarDate, 'expected a real date as YYYY-MM-DD')),
    paragraphs: positiveInt,
    questions: z.array(z.object({ number: positiveInt, text, article: z.optional(text) })).check(z.minLength(1, 'expected at least one question')),
  }),
  entities: z.array(
    z.object({
      name: text,
      kind: z.enum(ENTITY_KINDS, { error: `expected one of ${ENTITY_KINDS.join(', ')}` }),
      aliases: z.array(text),
      description: text,
    }),
  ),
};

/** The dataset format, as a zod schema: the types, the JSON Schema and the checks all come from it. */
export const DatasetSchema = z.object({ ...Shape, facts: z.array(FactSchema) });

// The same checks, run fact by fact: a 100,000-fact file is never copied whole by zod.
const Outline = z.object({ ...Shape, facts: z.array(z.unknown()) });

// The schema and the published types must describe the same data: each must be assignable to the other.
type Inferred = z.infer<typeof DatasetSchema>;
const _schemaMatchesTypes: [Inferred extends Dataset ? true : false, Dataset extends Inferred ? true : false] = [true, true];
void _schemaMatchesTypes;

/** Format a path like `facts[12].paragraph`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

// The fields of a fact that cross-checks read: each present where it is well formed on its own.
type CheckedFields = Partial<Pick<Fact, 'id' | 'question' | 'paragraph' | 'entities'>>;

// Checks across the dataset, over its well-formed parts: `facts` holds each fact's well-formed fields, with
// its index in the file, so paths stay true.
// (A part that failed its own schema, undefined, is not checked against: its problems are reported already.
// A fact wrong in one field is still checked in the others: a wrong type hides no unknown entity.)
function crossCheck(d: { paragraphs?: number; questions?: Dataset['article']['questions']; entities?: ReadonlyArray<{ name?: unknown } | null> }, facts: ReadonlyArray<[CheckedFields, number]>): Problem[] {
  const problems: Problem[] = [];
  const names = new Set<string>();
  d.entities?.forEach((e, i) => {
    // (An entity wrong in another field still names itself: "unknown entity" is not said of it.)
    if (typeof e?.name !== 'string') return;
    if (names.has(e.name)) problems.push({ path: `entities[${i}].name`, message: `duplicate entity "${e.name}"` });
    names.add(e.name);
  });
  const questions = new Set<number>();
  d.questions?.forEach((q, i) => {
    if (questions.has(q.number))
      problems.push({ path: `article.questions[${i}].number`, message: `duplicate question ${q.number}` });
    questions.add(q.number);
  });
  const qList = [...questions].sort((a, b) => a - b).join(', ');
  const ids = new Map<string, number>();
  for (const [f, i] of facts) {
    const first = f.id === undefined ? undefined : ids.get(f.id);
    if (first !== undefined)
      problems.push({ path: `facts[${i}].id`, message: `duplicate id "${f.id}" (first at facts[${first}])` });
    else if (f.id !== undefined) ids.set(f.id, i);
    if (d.questions && f.question !== undefined && !questions.has(f.question))
      problems.push({ path: `facts[${i}].question`, message: `expected one of the article's questions (${qList})` });
    if (d.paragraphs !== undefined && f.paragraph !== undefined && f.paragraph > d.paragraphs)
      problems.push({
        path: `facts[${i}].paragraph`,
        message: `expected an integer from 1 to ${d.paragraphs}`,
      });
    if (d.entities)
      f.entities?.forEach((name, j) => {
        if (!names.has(name))
          problems.push({ path: `facts[${i}].entities[${j}]`, message: `unknown entity "${name}"` });
      });
  }
  return problems;
}

export type { CheckResult, Problem };

/** Check raw JSON against the format; return the dataset (the input itself), or every problem found. */
export function checkDataset(raw: unknown): CheckResult {
  const toProblem = (prefix: PropertyKey[]) => (issue: z.core.$ZodIssue): Problem => ({
    path: formatPath([...prefix, ...issue.path]),
    message: plainMessage(issue),
  });
  const outline = Outline.safeParse(raw);
  const problems: Problem[] = outline.success ? [] : outline.error.issues.map(toProblem([]));
  // The facts are checked whatever else is wrong: a wrong date does not hide a wrong fact type.
  const facts = outline.success ? outline.data.facts : ((raw as { facts?: unknown } | null)?.facts ?? []);
  // (Checked against the parts that passed their own schemas.)
  const part = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => (schema.safeParse(value).success ? (value as T) : undefined);
  const wellFormed: Array<[CheckedFields, number]> = [];
  if (Array.isArray(facts))
    facts.forEach((fact: unknown, i) => {
      const r = FactSchema.safeParse(fact);
      if (r.success) wellFormed.push([fact as Fact, i]);
      else {
        problems.push(...r.error.issues.map(toProblem(['facts', i])));
        const f = fact as Record<string, unknown> | null;
        const { shape } = FactSchema;
        wellFormed.push([{ id: part(shape.id, f?.id), question: part(shape.question, f?.question), paragraph: part(shape.paragraph, f?.paragraph), entities: part(shape.entities, f?.entities) }, i]);
      }
    });
  const shell = raw as { article?: { paragraphs?: unknown; questions?: unknown } | null; entities?: unknown } | null;
  const parts = outline.success
    ? { paragraphs: outline.data.article.paragraphs, questions: outline.data.article.questions, entities: outline.data.entities }
    : { paragraphs: part(positiveInt, shell?.article?.paragraphs), questions: part(Shape.article.shape.questions, shell?.article?.questions), entities: Array.isArray(shell?.entities) ? (shell.entities as Array<{ name?: unknown } | null>) : undefined };
  problems.push(...crossCheck(parts, wellFormed));
  problems.sort((a, b) => comparePaths(a.path, b.path));
  // Every part has passed its schema, and no schema here transforms values.
  return problems.length ? { ok: false, problems } : { ok: true, dataset: raw as Dataset };
}

// zod's words put as the project's own ("expected an integer"): a field left out is "missing", and zod's
// "Invalid input: " opening goes ("schemaVersion: expected 1", not "Invalid input: expected 1").
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `missing (expected ${issue.expected})`;
  return issue.message.replace(/^Invalid input: /, '');
}

// Problems in file order: facts[2] before facts[10].
function comparePaths(a: string, b: string): number {
  const key = (p: string): string => p.replace(/\d+/g, (n) => n.padStart(10, '0'));
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** The dataset format as a JSON Schema document. */
export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(DatasetSchema);
}
