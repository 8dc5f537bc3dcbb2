// Scoring ask() and search against question and query sets: shared by `npm run eval` and the regression
// floors in the tests.
import { ask } from './ask.js';
import type { Corpus } from './corpus.js';
import { searchFacts } from './search.js';

/** A question set: answerable questions with the fact ids (and, optionally, short answers) that answer them, and ones to decline. */
export interface EvalSet {
  answerable: Array<{ question?: string; q?: string; ids: string[]; answer?: string[]; kind?: string }>;
  unanswerable: Array<{ question?: string; q?: string; kind?: string }>;
}

/** Counts of one kind of question. */
export interface KindScore {
  n: number;
  right: number;
}

/** What every report of a set holds: tallies by kind and every miss. */
export interface SetReport<Miss> {
  /** Right answers (or right top hits) by kind. */
  kinds: Record<string, KindScore>;
  misses: Miss[];
}

/** Accuracy figures and every miss. */
export interface EvalReport extends SetReport<{ question: string; expected: string[]; got: string[]; answer?: string | null; kind: 'top1' | 'top3' | 'answer' | 'refusal' }> {
  /** Share of answerable questions whose first fact is right. */
  top1: number;
  top3: number;
  /** Share whose first fact is right and whose short answer matches every expected expression. */
  right: number;
  /** Share of unanswerable questions declined. */
  refusals: number;
  answerable: number;
  unanswerable: number;
  /** Declined unanswerable questions by kind. */
  declinedKinds: Record<string, KindScore>;
}

const textOf = (row: { question?: string; q?: string }): string => row.question ?? row.q ?? '';
const tally = (table: Record<string, KindScore>, kind: string, ok: boolean): void => {
  const k = (table[kind] ??= { n: 0, right: 0 });
  k.n++;
  if (ok) k.right++;
};

/** Run every question of the set through ask() and score the replies. */
export function evaluate(corpus: Corpus, set: EvalSet): EvalReport {
  const misses: EvalReport['misses'] = [];
  const kinds: Record<string, KindScore> = {};
  const declinedKinds: Record<string, KindScore> = {};
  let top1 = 0;
  let top3 = 0;
  let right = 0;
  for (const row of set.answerable) {
    const question = textOf(row);
    const reply = ask(corpus, question);
    const got = reply.facts.map((f) => f.id);
    const first = got[0] !== undefined && row.ids.includes(got[0]);
    if (first) top1++;
    else misses.push({ question, expected: row.ids, got, kind: 'top1' });
    if (got.slice(0, 3).some((id) => row.ids.includes(id))) top3++;
    else misses.push({ question, expected: row.ids, got, kind: 'top3' });
    const answered = reply.answer !== null && (row.answer ?? []).every((re) => new RegExp(re, 'i').test(reply.answer!));
    if (first && !answered) misses.push({ question, expected: row.answer ?? [], got, answer: reply.answer, kind: 'answer' });
    if (first && answered) right++;
    tally(kinds, row.kind ?? 'all', first && answered);
  }
  let refusals = 0;
  for (const row of set.unanswerable) {
    const question = textOf(row);
    const reply = ask(corpus, question);
    if (reply.answer === null) refusals++;
    else misses.push({ question, expected: [], got: reply.facts.map((f) => f.id), answer: reply.answer, kind: 'refusal' });
    tally(declinedKinds, row.kind ?? 'all', reply.answer === null);
  }
  const n = set.answerable.length;
  const m = set.unanswerable.length;
  return {
    top1: n ? top1 / n : 1,
    top3: n ? top3 / n : 1,
    right: n ? right / n : 1,
    refusals: m ? refusals / m : 1,
    answerable: n,
    unanswerable: m,
    kinds,
    declinedKinds,
    misses,
  };
}

/** A query set: queries naming facts (any of `ids` first is right), and queries the article never mentions. */
export interface SearchEvalSet {
  present: Array<{ q: string; ids: string[]; kind?: string }>;
  absent: Array<{ q: string; kind?: string }>;
}

/** How often the top hit is right, and how often an absent query finds nothing. */
export interface SearchEvalReport extends SetReport<{ query: string; expected: string[]; got: string[] }> {
  precision: number;
  emptyForAbsent: number;
  present: number;
  absent: number;
  /** Absent queries that found nothing, by kind. */
  absentKinds: Record<string, KindScore>;
}

/** Run every query of the set through search and score the results. */
export function evaluateSearch(corpus: Corpus, set: SearchEvalSet): SearchEvalReport {
  const misses: SearchEvalReport['misses'] = [];
  const kinds: Record<string, KindScore> = {};
  const absentKinds: Record<string, KindScore> = {};
  let right = 0;
  for (const row of set.present) {
    const got = searchFacts(corpus, row.q, {}, 3).map((h) => h.fact.id);
    const ok = got[0] !== undefined && row.ids.includes(got[0]);
    if (ok) right++;
    else misses.push({ query: row.q, expected: row.ids, got });
    tally(kinds, row.kind ?? 'all', ok);
  }
  let empty = 0;
  for (const row of set.absent) {
    const got = searchFacts(corpus, row.q, {}, 3).map((h) => h.fact.id);
    if (!got.length) empty++;
    else misses.push({ query: row.q, expected: [], got });
    tally(absentKinds, row.kind ?? 'all', !got.length);
  }
  return {
    precision: set.present.length ? right / set.present.length : 1,
    emptyForAbsent: set.absent.length ? empty / set.absent.length : 1,
    present: set.present.length,
    absent: set.absent.length,
    kinds,
    absentKinds,
    misses,
  };
}
