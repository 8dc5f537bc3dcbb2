import type { Dataset } from '../core/model.js';
import { factRecord, factsInArticleOrder, questionNumber } from './common.js';
import type { CommandResult } from './common.js';

/** `factq questions [N]`: the article's questions with their fact counts, or the facts under one. */
export function questionsCommand(dataset: Dataset, number?: string): CommandResult {
  if (number === undefined) {
    const records = dataset.article.questions.map((q) => ({
      ...q,
      facts: dataset.facts.filter((f) => f.question === q.number).length,
    }));
    return { output: { kind: 'question', records } };
  }
  const n = questionNumber(dataset, number);
  const facts = factsInArticleOrder(dataset).filter((f) => f.question === n);
  return { output: { kind: 'fact', records: facts.map((f) => factRecord(f)) } };
}
