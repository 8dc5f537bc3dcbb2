import { questionNumber } from '../core/query.js';
import { factRecord } from './command.js';
import type { CommandSpec } from './command.js';

/** `factq questions [N]`: the article's questions with their fact counts, or the facts under one. */
export const questions: CommandSpec = {
  name: 'questions',
  summary: "list the article's questions, or the facts under question N",
  args: [
    {
      name: 'n',
      help: 'question number',
      complete: (c) => c.dataset.article.questions.map((q) => String(q.number)),
    },
  ],
  options: [],
  examples: ['factq questions', 'factq questions 2', 'factq questions 5 --format text'],
  output: (args) => (args.length ? 'fact' : 'question'),
  async run({ args, corpus }) {
    const c = await corpus();
    const { dataset } = c;
    const [number] = args;
    if (number === undefined) {
      const records = dataset.article.questions.map((q) => ({
        ...q,
        facts: dataset.facts.filter((f) => f.question === q.number).length,
      }));
      return { output: { kind: 'question', records } };
    }
    const n = questionNumber(dataset, number);
    const facts = c.factsInArticleOrder().filter((f) => f.question === n);
    return { output: { kind: 'fact', records: facts.map((f) => factRecord(f)) } };
  },
};
