// The analyzer: the only part of factq that knows English. Folding and the tokenizer (what a word is),
// the stemmer, stop and question words, the English dictionary (WordNet: real words, base forms, related
// words; GloVe: words near in meaning), the cues of questions, and the bulk
// tokenizer for indexing. Another language would be another folder with the same exports.
export { forEachWord, normalise, words } from './fold.js';
export { isDigits, numberWord, stem, stems } from './stem.js';
export { QUESTION_WORDS, STOP_WORDS } from './lexicon.js';
export { editDistance, oneEditAway, soundKey } from './distance.js';
export { headOf, nearQuestionWord, questionWordsFixed, queryTerms, queryWords, restatementKey, withoutOpening } from './terms.js';
export type { QueryTerm } from './terms.js';
export { baseForms, isAdverb, isCompound, isEnglishWord, isName, nearWords, oppositeWords, relatedWords } from './english.js';
export { highlightWords } from './highlight.js';
export { ALTERNATIVES, ANSWER_FORM_WORDS, ATTRIBUTE_CUE, AUXILIARY, PLACE_AFTER, PLACE_ANSWER, PREPOSITION_NAME, NAME_OF, COMPARATIVE, PURPOSE_ANSWER, YES_OR_NO, CHOICE_CUE, CONDITION, COUNT_CUE, DIFFERENCE, FOCUS_CUE, IDENTITY, ROLE_NAME, WHICH_CUE, WHICH_KIND, WHEN_WORD, INTENT_CUES, LATER_WH, LEAD_WH, AVOIDANCE, ENDED, ENDED_ASKED, EXISTENTIAL, HEDGE, UNMARKED_NEGATION, YES_OR_NO_QUESTION, LESS_WORDS, MORE_WORDS, NEGATION, PLACE_WORDS, REASON_WORDS, SPEAKER_CUE, TIME_PHRASE, THAN, TOTAL, TYPE_HINTS, WHO_IS, WHO_SAID, WHY_VERBS } from './cues.js';
export type { Intent } from './cues.js';
export { StringSet, WordTable } from './wordtable.js';
export { keyedLine, keyedLines, keyedLookup, keyedMap } from './lines.js';
