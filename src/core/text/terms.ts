// From a query to the stems worth matching.
import { editDistance } from './distance.js';
import { words } from './fold.js';
import { QUESTION_WORDS, STOP_WORDS } from './lexicon.js';
import { stem } from './stem.js';

/** Stems of a query worth matching: stop words go, unless nothing else is left and `contentOnly` is off. */
export function queryTerms(query: string, opts: { contentOnly?: boolean } = {}): string[] {
  const all = words(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((content.length || opts.contentOnly ? content : all).map(stem))];
}

/** Whether a short word is one slip from a question word ("wat", "hw"). */
export function nearQuestionWord(word: string): boolean {
  if (word.length > 5) return false;
  return QUESTION_WORDS.some((w) => editDistance(w, word, 1) <= 1);
}
