// What each kind of record offers as fields. Every format, --fields and completion read these tables.
import type { Entity, Fact, Question } from '../core/model.js';
import type { ExplainedReply, Reply } from '../core/ask.js';

/** A fact as printed: the dataset's fields, plus what a command adds. */
export type FactRecord = Fact & {
  score?: number;
  query?: string;
  entityDetails?: Array<Pick<Entity, 'name' | 'kind' | 'description'>>;
};
/** A question as printed by `factq questions`. */
export type QuestionRecord = Question & { facts: number };
/** An entity as printed by `factq entities`. */
export type EntityRecord = Entity & { facts: number };

/** A reply to `factq ask`, with its reasoning under --explain. */
export type AnswerRecord = Reply & { explain?: ExplainedReply['explain'] };

/** A problem found by `factq validate`. */
export interface ProblemRecord {
  file: string;
  path: string;
  message: string;
}

/** One field: how it reads in JSON and in one flat cell. */
export interface FieldDef<R> {
  name: string;
  flat: (r: R) => string;
  /** Long prose that should get the spare width in a table. */
  wide?: boolean;
  /** A shorter heading for tables. */
  label?: string;
  /** A list of ids: in a table, one a line, none cut. */
  ids?: boolean;
  /** The only commands whose records have it (a score is a search's); others refuse it in --fields. */
  only?: readonly string[];
}

const list = (xs: readonly string[] | undefined): string => (xs ?? []).join('; ');
const str = (x: unknown): string => (x === undefined || x === null ? '' : String(x));

export const FACT_FIELDS: ReadonlyArray<FieldDef<FactRecord>> = [
  // (Only `search -` fills it: each row says which line of input found it.)
  { name: 'query', flat: (r) => str(r.query), only: ['search -'] },
  { name: 'article', flat: (r) => str(r.article) },
  { name: 'id', flat: (r) => r.id },
  { name: 'text', flat: (r) => r.text, wide: true },
  { name: 'question', flat: (r) => str(r.question), label: 'Q' },
  { name: 'paragraph', flat: (r) => str(r.paragraph), label: '¶' },
  { name: 'type', flat: (r) => r.type },
  { name: 'attribution', flat: (r) => r.attribution },
  { name: 'entities', flat: (r) => list(r.entities) },
  { name: 'numbers', flat: (r) => list(r.numbers?.map((n) => `${n.value} ${n.unit}`)) },
  { name: 'quote', flat: (r) => (r.quote ? `${r.quote.speaker}: “${r.quote.text}”` : ''), wide: true },
  { name: 'asks', flat: (r) => list(r.asks) },
  { name: 'answer', flat: (r) => str(r.answer) },
  // Four decimals always, so a column of scores lines up and sorts as text.
  { name: 'score', flat: (r) => (r.score === undefined ? '' : r.score.toFixed(4)), only: ['search'] },
  {
    name: 'entityDetails',
    only: ['show'],
    // (A description's closing full stop dropped: "...relaxed.; Twitter" reads as a slip.)
    flat: (r) => list(r.entityDetails?.map((e) => `${e.name} (${e.kind}): ${e.description.replace(/\.$/, '')}`)),
    wide: true,
  },
];

export const QUESTION_FIELDS: ReadonlyArray<FieldDef<QuestionRecord>> = [
  { name: 'article', flat: (r) => str(r.article) },
  { name: 'number', flat: (r) => String(r.number) },
  { name: 'text', flat: (r) => r.text, wide: true },
  { name: 'facts', flat: (r) => String(r.facts) },
];

export const ENTITY_FIELDS: ReadonlyArray<FieldDef<EntityRecord>> = [
  { name: 'name', flat: (r) => r.name },
  { name: 'kind', flat: (r) => r.kind },
  { name: 'aliases', flat: (r) => list(r.aliases), wide: true },
  { name: 'description', flat: (r) => r.description, wide: true },
  { name: 'facts', flat: (r) => String(r.facts) },
];

export const ANSWER_FIELDS: ReadonlyArray<FieldDef<AnswerRecord>> = [
  { name: 'question', flat: (r) => r.question, wide: true },
  { name: 'answer', flat: (r) => r.answer ?? '', wide: true },
  { name: 'facts', flat: (r) => list(r.facts.map((f) => f.id)), ids: true },
  { name: 'verdict', flat: (r) => r.verdict ?? '' },
  { name: 'form', flat: (r) => r.form ?? '' },
];

export const PROBLEM_FIELDS: ReadonlyArray<FieldDef<ProblemRecord>> = [
  { name: 'file', flat: (r) => r.file },
  { name: 'path', flat: (r) => r.path },
  { name: 'message', flat: (r) => r.message, wide: true },
];

/** The record kinds a command can return, with their fields and the fields shown by default. */
export const KINDS = {
  fact: {
    fields: FACT_FIELDS,
    defaults: ['id', 'text', 'question', 'paragraph', 'type', 'attribution'],
    /** A terminal is narrow: the prose gets the room, the rest is one `show` away. */
    table: ['id', 'text', 'question', 'paragraph'],
    /** `show` prints a fact in full. */
    detail: ['article', 'id', 'text', 'question', 'paragraph', 'type', 'attribution', 'entities', 'numbers', 'quote', 'asks', 'answer', 'entityDetails'],
  },
  question: { fields: QUESTION_FIELDS, defaults: ['number', 'text', 'facts'] },
  entity: { fields: ENTITY_FIELDS, defaults: ['name', 'kind', 'facts', 'aliases'] },
  answer: { fields: ANSWER_FIELDS, defaults: ['question', 'answer', 'facts'] },
  problem: { fields: PROBLEM_FIELDS, defaults: ['file', 'path', 'message'] },
} as const;

export type RecordKind = keyof typeof KINDS;

/** What a command hands to a renderer. */
export type Output =
  // (What each record matched, worked out only when an output is coloured: naming an entity's other names
  // costs a start-up that prints json nothing.)
  | { kind: 'fact'; records: FactRecord[]; detail?: boolean; highlight?: Map<FactRecord, () => readonly string[]> }
  | { kind: 'question'; records: QuestionRecord[] }
  | { kind: 'entity'; records: EntityRecord[] }
  /** `many` is false for one question on the command line: JSON then prints one object, not an array. */
  | { kind: 'answer'; records: AnswerRecord[]; many: boolean }
  | { kind: 'problem'; records: ProblemRecord[] };

/**
 * Names of the fields a kind offers; of those, the ones `command` fills, when named (a command reading its
 * input a line at a time, `search -`, fills what the command does and its own).
 */
export function fieldNames(kind: RecordKind, command?: string): string[] {
  const fields = KINDS[kind].fields as ReadonlyArray<FieldDef<never>>;
  const plain = command?.replace(/ -$/, '');
  return fields.filter((f) => command === undefined || !f.only || f.only.includes(command) || f.only.includes(plain!)).map((f) => f.name);
}
