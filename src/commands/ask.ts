import { ask as answer, askExplained } from '../core/ask.js';
import type { Corpus } from '../core/corpus.js';
import { EXIT, FactqError, usageError } from '../core/errors.js';
import { findFacts } from '../core/search.js';
import { ABOUT_THE_ARTICLE, normalise, queryWords } from '../core/text/index.js';
import type { AnswerRecord, Output } from '../output/records.js';
import { bundledHint, eachLine, inputsOf } from './command.js';
import type { CommandResult, CommandSpec } from './command.js';

/** `factq ask`: answer each question; exit 0 only when every question was answered. */
export const ask: CommandSpec = {
  name: 'ask',
  summary: 'answer a plain-English question from the article ("-" reads one question a line)',
  args: [{ name: 'question', help: 'the question, e.g. "how many missiles hit al-Asad?"', required: true, variadic: true }],
  options: ['explain'],
  examples: [
    'factq ask "how many missiles hit al-Asad?"',
    'factq ask "what did Zarif say?" --json',
    'factq ask "who is the supreme leader?" --explain',
    'factq ask - < questions.txt',
  ],
  output: 'answer',
  async run({ args, opts, corpus, stdinLines, env }) {
    const given = inputsOf('ask', 'questions', args, stdinLines);
    if ('input' in given && !given.input.trim()) throw usageError('ask needs a question');
    const c = await corpus();
    const answerTo = (question: string, many: boolean): CommandResult & { output: Output } => {
      const record: AnswerRecord = opts.explain ? askExplained(c, question) : answer(c, question);
      const answered = record.answer !== null;
      // (A yes or no the facts cannot settle gets the nearest fact, no verdict: said on stderr, in a pipe too,
      // as an answer that is not one should not pass for one in a script's log.)
      const unsettled = !many && record.verdict === 'unsettled';
      return {
        output: { kind: 'answer', records: [record], many },
        notes: answered ? (unsettled ? ['the article does not say yes or no to this; above is what it says nearest to it'] : []) : [declined(c, question, opts.data ?? [])],
        hints: answered || many ? [] : bundledHint(c, opts, env),
        code: answered ? EXIT.found : EXIT.notFound,
      };
    };
    if ('input' in given) return answerTo(given.input, false);
    // Exit 0 only when every question was answered.
    // (A line that cannot be asked, one too long, is answered by none, its reason on stderr, and the run goes
    // on: the questions after it are answered and the JSON closed; it ends with the usage error's code.)
    return eachLine(given.lines, { records: 'answer', found: 'every', what: 'questions' }, (q) => {
      try {
        return answerTo(q, true);
      } catch (error) {
        if (!(error instanceof FactqError) || error.code !== EXIT.usage) throw error;
        return { output: { kind: 'answer', records: [{ question: q, answer: null, facts: [], verdict: null, form: null }], many: true }, notes: [error.message], code: EXIT.usage };
      }
    });
  },
};

// Why nothing was answered, and the search that shows what the article says of the question's words: only
// words it mentions, so the search suggested finds something (no suggestion when none is). The search is
// of the data asked, the --data given again: pasted as it is, it searches what was asked of.
function declined(c: Corpus, question: string, data: readonly string[]): string {
  const shown = question.length > 80 ? `${question.slice(0, 79)}…` : question;
  // One search names the words the article mentions nowhere (it ranks nothing when some are missing).
  // Words as typed ("Pentagon", a name, is not "pentagon"), one per content word.
  const typed = question.split(/\s+/).map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const asTyped = (w: string): string => typed.find((raw) => raw.toLowerCase() === w) ?? w;
  const words = queryWords(question, { contentOnly: true }).map((t) => asTyped(t.word));
  const { missing } = findFacts(c, words.join(' '));
  // (Not a scrap of a name, "al" of "al-Muhandis", found only in another's, "al-Asad": a name of its own
  // as short, "US", stays.)
  const found = words.filter((w) => !missing.some((m) => m === w.toLowerCase() || m.split(' ').includes(w.toLowerCase())) && (w.length > 2 || c.entityNamed(w) !== undefined)).slice(0, 6);
  const hint = found.length && findFacts(c, found.join(' ')).hits.length ? `; try: factq ${data.map((d) => `--data ${shellWord(d)} `).join('')}search ${shellQuote(found.join(' '))}` : '';
  // (What no fact tells but the dataset does: "when was the article published?")
  const { title, date } = c.dataset.article;
  const itself = ABOUT_THE_ARTICLE.test(normalise(question)) ? `; the dataset ${date ? `dates the article ${date} and ` : ''}calls it "${title}"` : '';
  return `the article does not answer "${shown}"${itself}${itself ? '' : hint}`;
}

// A word list as one shell word: single-quoted, a quote inside written '\''.
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

// A file name as one shell word: as it is where the shell reads it so, else quoted.
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : shellQuote(s);
}
