import { ask as answer, askExplained } from '../core/ask.js';
import { EXIT } from '../core/errors.js';
import type { AnswerRecord } from '../output/records.js';
import { inputsOf } from './command.js';
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
  async run({ args, opts, corpus, stdin }) {
    const { inputs: questions, fromStdin } = await inputsOf('ask', 'questions', args, stdin);
    const c = await corpus();
    const records: AnswerRecord[] = questions.map((q) => (opts.explain ? askExplained(c, q) : answer(c, q)));
    const unanswered = records.filter((r) => r.answer === null);
    const notes = unanswered.map(
      (r) => `the article does not answer "${r.question.slice(0, 80)}"; try: factq search ${shellWords(r.question)}`,
    );
    const result: CommandResult = { output: { kind: 'answer', records, many: fromStdin }, notes };
    result.code = unanswered.length ? EXIT.notFound : EXIT.found;
    return result;
  },
};

function shellWords(q: string): string {
  return `'${q.slice(0, 60).replace(/'/g, '')}'`;
}
