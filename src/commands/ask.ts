import { ask as answer, askExplained } from '../core/ask.js';
import { EXIT } from '../core/errors.js';
import type { AnswerRecord, Output } from '../output/records.js';
import { eachLine, inputsOf } from './command.js';
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
  async run({ args, opts, corpus, stdinLines }) {
    const given = inputsOf('ask', 'questions', args, stdinLines);
    const c = await corpus();
    const answerTo = (question: string, many: boolean): CommandResult & { output: Output } => {
      const record: AnswerRecord = opts.explain ? askExplained(c, question) : answer(c, question);
      const answered = record.answer !== null;
      return {
        output: { kind: 'answer', records: [record], many },
        notes: answered ? [] : [`the article does not answer "${question.slice(0, 80)}"; try: factq search ${shellWords(question)}`],
        code: answered ? EXIT.found : EXIT.notFound,
      };
    };
    if ('input' in given) return answerTo(given.input, false);
    // Exit 0 only when every question was answered.
    return eachLine(given.lines, { records: 'answer', found: 'every', what: 'questions' }, (q) => answerTo(q, true));
  },
};

function shellWords(q: string): string {
  return `'${q.slice(0, 60).replace(/'/g, '')}'`;
}
