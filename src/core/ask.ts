// Answering a plain-English question: the search index finds candidates, cues from the question word
// rerank them, and a confidence floor refuses what the article does not answer.
import type { Corpus } from './corpus.js';
import type { Hit } from './index/search-index.js';
import type { Dataset, Fact } from './model.js';
import { searchTerms, termsOf } from './search.js';
import { INTENT_CUES, PLACE_WORDS, REASON_WORDS, TIME_WORDS, TYPE_HINTS, WHO_IS, normalise, queryTerms, words } from './text/index.js';
import type { Intent } from './text/index.js';

export type { Intent } from './text/index.js';

// "Who killed X?" asks for an agent, not a toll: type hints apply only to these intents.
const HINTED_INTENTS: ReadonlySet<Intent> = new Set(['count', 'yesno', 'what']);

/**
 * The confidence a best fact needs before factq answers. Set from `npm run eval`: unanswerable questions
 * there reach at most 0.50, answerable ones at least 0.60; this sits between.
 */
export const MIN_CONFIDENCE = 0.55;
const CANDIDATES = 25;
// How many of the best search hits the cues may reorder; facts below them are not considered.
const POOL = 200;
const SUPPORTING = 3;

/** A supporting fact with its score and, when asked, why it scored so. */
export type AskFact = Fact & { score: number };

/** The reply to a question. `answer` is null when the article does not answer it. */
export interface Reply {
  question: string;
  answer: string | null;
  facts: AskFact[];
}

/** A reply plus the reasoning behind it, for --explain. */
export interface ExplainedReply extends Reply {
  explain: {
    intent: Intent;
    terms: string[];
    articleQuestion: number | null;
    confidence: number;
    threshold: number;
    ranking: Array<{ id: string; search: number; cue: number; score: number; matched: string[] }>;
  };
}

/** Read the intent from a question's wording. */
export function intentOf(question: string): Intent {
  const q = normalise(question).trim();
  for (const [intent, cue] of INTENT_CUES) if (cue.test(q)) return intent;
  return 'what';
}

/** The article question this one restates, if it restates one closely. */
export function matchArticleQuestion(dataset: Dataset, question: string): number | null {
  const mine = new Set(words(question));
  if (!mine.size) return null;
  for (const q of dataset.article.questions) {
    const theirs = new Set(words(q.text));
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    // Nearly all words shared both ways: a restatement, not a new question on the same topic.
    if (shared / theirs.size >= 0.8 && shared / mine.size >= 0.75) return q.number;
  }
  return null;
}

function hintedTypes(questionWords: readonly string[]): Array<Fact['type']> {
  const hints = (cue: string, w: string): boolean => (cue.endsWith('*') ? w.startsWith(cue.slice(0, -1)) : w === cue);
  return TYPE_HINTS.filter(([, cues]) => questionWords.some((w) => cues.some((c) => hints(c, w)))).map(([type]) => type);
}

// How well a fact suits the kind of answer wanted: 1 is neutral.
function cue(intent: Intent, hinted: readonly Fact['type'][], fact: Fact, corpus: Corpus, terms: readonly string[], question: string): number {
  const typeCue = hinted.length === 0 ? 1 : hinted.includes(fact.type) ? 1.25 : 0.95;
  return typeCue * intentCue(intent, fact, corpus, terms, question);
}

function intentCue(intent: Intent, fact: Fact, corpus: Corpus, terms: readonly string[], question: string): number {
  const kinds = new Set(fact.entities.map((n) => corpus.entityKind(n)).filter((k) => k !== undefined));
  switch (intent) {
    case 'count': {
      if (!fact.numbers?.length) return 0.6;
      const unitWords = new Set(fact.numbers.flatMap((n) => queryTerms(n.unit)));
      return terms.some((t) => unitWords.has(t)) ? 1.35 : 1.15;
    }
    case 'outcome':
      return fact.type === 'prediction' ? 1.3 : 0.9;
    case 'quote':
      return fact.quote ? 1.3 : fact.type === 'statement' ? 1.1 : 0.85;
    case 'who': {
      const agent = ['person', 'group', 'organization', 'country'].some((k) => kinds.has(k as never)) ? 1.1 : 0.9;
      return WHO_IS.test(question) && fact.type === 'background' ? agent * 1.3 : agent;
    }
    case 'where':
      return PLACE_WORDS.test(normalise(fact.text)) ? 1.4 : kinds.has('place') ? 1.1 : 0.85;
    case 'when':
      return TIME_WORDS.test(normalise(fact.text)) ? 1.4 : 0.8;
    case 'why':
      return REASON_WORDS.test(normalise(fact.text)) ? 1.35 : fact.type === 'background' ? 1.1 : 0.95;
    default:
      return 1;
  }
}

/** The short answer a fact gives to a question of this intent. */
export function answerFrom(intent: Intent, fact: Fact, terms: readonly string[], asked: ReadonlySet<string> = new Set()): string {
  if (intent === 'count' && fact.numbers?.length) {
    const scored = fact.numbers.map((n) => ({
      n,
      hits: queryTerms(n.unit).filter((t) => terms.includes(t)).length,
    }));
    scored.sort((a, b) => b.hits - a.hits);
    const { n } = scored[0]!;
    return n.value === 0 ? `No ${n.unit}` : `${n.value} ${n.unit}`;
  }
  if (intent === 'quote' && fact.quote) return `${fact.quote.speaker}: “${fact.quote.text}”`;
  // A short answer made only of the question's own words ("Who is Donald Trump?" - "Donald Trump")
  // tells the reader nothing: the fact itself does.
  if (fact.answer && words(fact.answer).every((w) => asked.has(w))) return fact.text;
  return fact.answer ?? fact.text;
}

/** Answer a question from the dataset, with the reasoning behind the answer. */
export function askExplained(corpus: Corpus, question: string): ExplainedReply {
  const { dataset } = corpus;
  const intent = intentOf(question);
  const folded = normalise(question);
  const questionWords = termsOf(corpus, question, { contentOnly: true });
  const terms = questionWords.map((t) => t.stem);
  const articleQuestion = matchArticleQuestion(dataset, question);

  let hits: Hit[];
  let confidence = 0;
  if (articleQuestion !== null) {
    // The reader asked one of the article's own questions: its facts answer it, led by the best match.
    const scored = new Map(searchTerms(corpus, questionWords, { question: articleQuestion }, Infinity).map((h) => [h.fact, h]));
    const order = corpus.order;
    hits = dataset.facts.flatMap((fact, doc) =>
      fact.question === articleQuestion
        ? [scored.get(fact) ?? { fact, score: 0, matched: 0, stems: [], terms: new Map(), rank: order[doc]! }]
        : [],
    );
    confidence = 1;
  } else {
    // Cues reorder candidates, so take a pool well beyond the facts shown.
    hits = searchTerms(corpus, questionWords, {}, POOL);
  }
  // The fact types the question's wording hints at: the same for every candidate.
  const hinted = HINTED_INTENTS.has(intent) ? hintedTypes(words(folded)) : [];
  const ranking = hits
    .map((h) => {
      const c = articleQuestion === null ? cue(intent, hinted, h.fact, corpus, terms, folded) : 1;
      // A cue above 1 lifts a score towards 1 and one below lowers it, never leaving 0 to 1.
      return { hit: h, cue: c, score: round(1 - (1 - h.score) ** c) };
    })
    .sort((a, b) => b.score - a.score || a.hit.rank - b.hit.rank)
    .slice(0, CANDIDATES);

  // Confidence is the best match's, before a whole quote may take the place of its fragment.
  if (articleQuestion === null && ranking.length) confidence = coverage(terms, ranking[0]!.hit);
  if (intent === 'quote') preferWholeQuote(ranking);
  const answered = ranking.length > 0 && confidence >= MIN_CONFIDENCE && canAnswer(intent, ranking[0]!.hit.fact);
  const facts = answered
    ? ranking.slice(0, SUPPORTING).map((r) => ({ ...r.hit.fact, score: r.score }))
    : [];
  return {
    question,
    answer: answered ? answerFrom(intent, ranking[0]!.hit.fact, terms, new Set(words(question))) : null,
    facts,
    explain: {
      intent,
      terms,
      articleQuestion,
      confidence: round(confidence),
      threshold: MIN_CONFIDENCE,
      ranking: ranking.slice(0, 5).map((r) => ({
        id: r.hit.fact.id,
        search: r.hit.score,
        cue: r.cue,
        score: r.score,
        matched: r.hit.stems,
      })),
    },
  };
}

/** Answer a question from the dataset; `answer` is null when the article does not answer it. */
export function ask(corpus: Corpus, question: string): Reply {
  const { explain: _explain, ...reply } = askExplained(corpus, question);
  return reply;
}

// "How many" needs a figure and "when" a time: a fact without one does not answer, however well it matches.
function canAnswer(intent: Intent, fact: Fact): boolean {
  if (intent === 'count') return Boolean(fact.numbers?.length);
  if (intent === 'when') return TIME_WORDS.test(normalise(fact.text));
  return true;
}

// "What did X say?" wants the whole quote: when the best quote is part of a longer one by the same
// speaker among the candidates, the longer one goes first.
function preferWholeQuote(ranking: Array<{ hit: Hit; score: number }>): void {
  const first = ranking[0]?.hit.fact.quote;
  if (!first) return;
  const whole = ranking.findIndex(
    (r) => r.hit.fact.quote && r.hit.fact.quote.speaker === first.speaker && r.hit.fact.quote.text.length > first.text.length && r.hit.fact.quote.text.includes(first.text),
  );
  if (whole <= 0) return;
  const [moved] = ranking.splice(whole, 1);
  // It contains everything the fragment matched, so it scores at least as well.
  moved!.score = Math.max(moved!.score, ranking[0]!.score);
  ranking.unshift(moved!);
}

// The share of the question's content words that the best fact matched, each counted by match quality
// (1 exact, less for a synonym or a near spelling). More than half must be found to answer.
function coverage(terms: readonly string[], best: Hit): number {
  if (!terms.length) return 0;
  return terms.reduce((sum, t) => sum + (best.terms.get(t) ?? 0), 0) / terms.length;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
