// How English questions say what they want, and how facts say a reason, a place or a time. ask reads
// these; the rules of question answering stay in core/ask.ts.
import type { FactType } from '../model.js';

/** What kind of answer a question wants, read from its wording. */
export type Intent = 'count' | 'outcome' | 'quote' | 'who' | 'where' | 'when' | 'why' | 'yesno' | 'what';

/** Cues for each intent, tried in order: the first match wins, so the most specific come first. */
export const INTENT_CUES: ReadonlyArray<[Intent, RegExp]> = [
  ['count', /\bhow many\b|\bhow much\b|\bnumber of\b|\bcount of\b|\bhow large\b/],
  ['outcome', /\bwhat if\b|\b(?:would|will|could|might|may) happen\b|\bhappens? (?:if|when)\b|\bconsequences?\b/],
  // "What might Iran say?" asks for a prediction, not a quote.
  ['outcome', /\b(?:might|will|could|would|may)\b.*\b(?:say|tell|claim|do)\b/],
  ['quote', /\b(?:say|says|said|saying|tweet|tweeted|tweets|write|wrote|post|posted|quote|words?)\b/],
  ['who', /\bwho\b|\bwhose\b|\bwhich (?:person|leader|official|minister|country)\b/],
  ['where', /\bwhere\b|\bwhich base\b|\blocation\b|\blocated\b/],
  ['when', /\bwhen\b|\bwhat time\b|\bwhat day\b|\bwhich day\b/],
  ['why', /\bwhy\b|\breason\b|\bmotive\b|\bwhat for\b/],
  ['yesno', /^(?:is|was|were|are|did|does|do|will|would|can|could|has|have|had|should|shall)\b/],
];

/**
 * Words in a question that ask for one type of fact; a trailing * takes any ending. Words, not regular
 * expressions: each expression costs its first compile in every run.
 */
export const TYPE_HINTS: ReadonlyArray<[FactType, readonly string[]]> = [
  ['threat', ['threat*', 'vow*', 'promis*']],
  ['prediction', ['expect*', 'likely', 'future']],
  ['casualties', ['casualt*', 'hurt', 'injur*', 'kill*', 'dead', 'die', 'died', 'wounded']],
];

/** "Who is X?" asks what X is. */
export const WHO_IS = /\bwho(?: is|'s| was| are)\b/;

/** Words that mark a fact as giving a reason. */
export const REASON_WORDS =
  /\b(?:because|since|due to|answer to|in response to|in retaliation for|revenge for|for attacking|lesson for|requires?|demands?)\b/;
/** Words that mark a fact as giving a location. */
export const PLACE_WORDS = /\b(?:west|western|east|north|northeast|south|lies|sits|located|where)\b/;
/** Words a fact needs to answer "when". */
export const TIME_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|week|day|days|now|time|today|yesterday)\b/;
