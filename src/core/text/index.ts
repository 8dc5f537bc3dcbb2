// The analyzer: the only part of factq that knows English. Folding and the tokenizer (what a word is),
// the stemmer, the lexicon (stop words, question words, synonyms), the cues of questions, and the bulk
// tokenizer for indexing. Another language would be another folder with the same exports.
export { forEachWord, normalise, words } from './fold.js';
export { stem, stems } from './stem.js';
export { QUESTION_WORDS, STOP_WORDS, stemmedGroups, synonymsIn, synonymsOf } from './lexicon.js';
export { editDistance } from './distance.js';
export { nearQuestionWord, queryTerms } from './terms.js';
export { highlightWords } from './highlight.js';
export { INTENT_CUES, PLACE_WORDS, REASON_WORDS, TIME_WORDS, TYPE_HINTS, WHO_IS } from './cues.js';
export type { Intent } from './cues.js';
export { StringSet, WordTable } from './wordtable.js';
