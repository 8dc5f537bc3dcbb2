import { ask, askExplained } from '../core/ask.js';
import { EXIT } from '../core/errors.js';
import type { Dataset } from '../core/model.js';
import type { AnswerRecord } from '../render/records.js';
import type { CommandResult } from './common.js';

export interface AskOptions {
  explain: boolean;
  /** Questions came from stdin: JSON prints an array even for one. */
  many: boolean;
}

/** `factq ask`: answer each question; exit 0 only when every question was answered. */
export function askCommand(dataset: Dataset, questions: readonly string[], opts: AskOptions): CommandResult {
  const records: AnswerRecord[] = questions.map((q) => (opts.explain ? askExplained(dataset, q) : ask(dataset, q)));
  const unanswered = records.filter((r) => r.answer === null);
  const notes = unanswered.map(
    (r) => `the article does not answer "${r.question.slice(0, 80)}"; try: factq search ${shellWords(r.question)}`,
  );
  const result: CommandResult = { output: { kind: 'answer', records, many: opts.many }, notes };
  result.code = unanswered.length ? EXIT.notFound : EXIT.found;
  return result;
}

function shellWords(q: string): string {
  return `'${q.slice(0, 60).replace(/'/g, '')}'`;
}
