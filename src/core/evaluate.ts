// Scoring ask() against a question set: shared by `npm run eval` and the regression floor in the tests.
import { ask } from './ask.js';
import type { Corpus } from './corpus.js';

/** A question set: answerable questions with the fact ids that answer them, and ones to refuse. */
export interface EvalSet {
  answerable: Array<{ question: string; ids: string[] }>;
  unanswerable: Array<{ question: string }>;
}

/** Accuracy figures and every miss. */
export interface EvalReport {
  top1: number;
  top3: number;
  refusals: number;
  answerable: number;
  unanswerable: number;
  misses: Array<{ question: string; expected: string[]; got: string[]; kind: 'top1' | 'top3' | 'refusal' }>;
}

/** Run every question of the set through ask() and score the replies. */
export function evaluate(corpus: Corpus, set: EvalSet): EvalReport {
  const misses: EvalReport['misses'] = [];
  let top1 = 0;
  let top3 = 0;
  for (const { question, ids } of set.answerable) {
    const got = ask(corpus, question).facts.map((f) => f.id);
    if (got[0] !== undefined && ids.includes(got[0])) top1++;
    else misses.push({ question, expected: ids, got, kind: 'top1' });
    if (got.slice(0, 3).some((id) => ids.includes(id))) top3++;
    else misses.push({ question, expected: ids, got, kind: 'top3' });
  }
  let refusals = 0;
  for (const { question } of set.unanswerable) {
    const reply = ask(corpus, question);
    if (reply.answer === null) refusals++;
    else misses.push({ question, expected: [], got: reply.facts.map((f) => f.id), kind: 'refusal' });
  }
  const n = set.answerable.length;
  const m = set.unanswerable.length;
  return {
    top1: n ? top1 / n : 1,
    top3: n ? top3 / n : 1,
    refusals: m ? refusals / m : 1,
    answerable: n,
    unanswerable: m,
    misses,
  };
}
