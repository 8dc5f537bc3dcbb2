// The analyzer: the only part of factq that knows English. Folding and the tokenizer (what a word is),
// the stemmer, stop and question words, the English dictionary (WordNet: real words, base forms, related
// words; GloVe: words near in meaning), the cues of questions, and the bulk
// tokenizer for indexing. Another language would be another folder with the same exports.
export { escapeRegExp, forEachWord, normalise, words } from './fold.js';
export { isDigits, numberWord, stem, stems } from './stem.js';
export { DETERMINERS, KIND_NOUNS, PARTICLES, QUESTION_WORDS, STOP_WORDS } from './lexicon.js';
export { editDistance, oneEditAway, soundKey } from './distance.js';
export { functionWordFor, headOf, MODAL_VERBS, nearQuestionWord, questionProper, questionWordsFixed, queryTerms, queryWords, restatementKey, withoutOpening } from './terms.js';
export type { QueryTerm } from './terms.js';
export { baseForms, capitalsOf, comparedForms, countryNames, countryOfCapital, countryOfWord, englishSpellings, isAdverb, isCompound, isCountry, isEnglishWord, isName, nearWords, oppositeWords, relatedWords, soundsAlike, voicedForms } from './english.js';
export { highlightWords } from './highlight.js';
export { ABSENCE_WORDS, ARTICLE_NOUNS, ARTICLE_WORDING, AGE_UNIT, AGENT_AUXILIARY, AGENT_SKIPPED, ALTERNATIVES, ANSWER_FORM_WORDS, ATTRIBUTE_CUE, AUXILIARY, AVOIDANCE, CALLED_THING, CASUALTY_EVENT, CASUALTY_PEOPLE, CAUSE_AFTER, CHOICE_CUE, CHOICE_STATED, CHOICE_WORDS, CHOSEN_DEED, CLAUSE_WH, CLOSING_TAG, COMPARATIVE, CONDITION_OPENS, COMPOUND_DIRECTION, CONDITION, CONTINUATION, COUNT_CUE, DECIDER_ASKED, DECIDER_TOLD, DECIDING_WORDS, DESCRIBED, DESCRIBING_WORD, DESCRIPTION_ASKED, DESCRIPTION_ASKED_AFTER, DIFFERENCE, DIRECTION_SUFFIXES, DIRECTION_WORD, DISTANCE_UNITS, EACH_OF, EARLIER_TOLD, ENDED, ENDED_ASKED, EXISTENTIAL, FOCUS_CUE, GOES_ON_WORDS, HAPPEN_HEDGE, HARM_UNIT, HOW_FAR, HOW_OLD, HOW_OPENS, HEDGE, IDENTITY, INTENT_CUES, LATER_TOLD, LATER_WH, LEADING_CONDITION, LEADING_TIME_CLAUSE, LEAD_WH, LESS_WORDS, MEASURE_UNIT, MORE_WORDS, NAME_OF, NAMING_CUE_WORDS, NAMING_WORDS, NEGATION, NOBODY, ORDER_ASKED, OUTCOME_FORM_WORDS, ORIGIN, OUTCOME_ASKED, ORIGIN_PHRASE, PART_OF_WHOLE, PLACE_AFTER, PLACE_ANSWER, PLACE_PREPOSITIONS, PLACE_TIME_REASON, PLACE_WORDS, POSSESSIVE, POST_NOUNS, postPhrases, PREFIXES, PREPOSITION_NAME, PURPOSE_ANSWER, QUESTION_PROPER, QUOTE_END, QUOTE_START, REASON_FOR, REASON_WORDS, REFERENCE, RELUCTANCE, ROLE_VERB, ROLE_WORDS, RELATIVE_CLAUSE, ROLE_NAME, ROLE_STATED, SAID_ABOUT, SAID_ABOUT_WORDS, SHARE_ASKED, SPEAKER_CUE, THAN, THERE_IS, TIME_CLAUSE, TIME_PHRASE, TIME_WORDS, TOTAL, TYPE_HINTS, UNMARKED_NEGATION, WHEN_HEDGE, WHERE_BEFORE_NAME, WHEN_WORD, WHERE_FROM, WHERE_WORDS, WHICH_CUE, WHAT_KIND, WHICH_KIND, WHICH_VERBS, SUBORDINATE_CLAUSE, WHY_NOT, CONDITIONAL_CLAIM, SAYING_VERBS_IN_TEXT, CONDITION_WORDS, GOVERNED, QUOTE_PLACE_WORDS, WHO_IS, WHO_SAID, WHO_SAID_VERBS, WHO_SAID_WORDS, WHY_VERBS, YES_OR_NO, YES_OR_NO_QUESTION } from './cues.js';
export type { Intent } from './cues.js';
export { StringSet, WordTable } from './wordtable.js';
export { keyedIndex, keyedIndexLine, keyedLine, keyedLines, keyedLookup, keyedMap } from './lines.js';
