import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { FactqError, usageError } from '../core/errors.js';
import { loadSchema, readBytes } from '../core/dataset.js';
import { counted } from '../output/counted.js';
import type { CommandSpec } from './command.js';

/** `factq extract FILE|-`: a dataset in factq's format from a news article's text, Markdown or HTML. */
export const extract: CommandSpec = {
  name: 'extract',
  summary: 'build a dataset from an article (plain text, Markdown or a saved web page; "-" reads stdin)',
  args: [{ name: 'file', help: 'the article, or - for standard input', required: true, file: true }],
  options: ['output', 'title', 'date'],
  examples: [
    'factq extract article.txt -o mine.json && factq --data mine.json ask "what happened?"',
    'factq extract page.html --date 2024-05-01 > mine.json',
    'curl -s https://example.com/story | factq extract - -o story.json',
  ],
  output: 'document',
  async run({ args, opts, progress }) {
    const file = args[0]!;
    const bytes = file === '-' ? readBytes('stdin', { stdin: true }) : readBytes(file);
    const text = new TextDecoder('utf-8').decode(bytes);
    if (!text.trim()) throw usageError(`${file === '-' ? 'stdin' : file}: is empty: nothing to extract`);
    // The extractor and its English load for this command only.
    const { extractDataset } = await import('../core/extract/index.js');
    const guesses: string[] = [];
    const dataset = extractDataset(text, { title: opts.title, date: opts.date, onProgress: (done, total) => progress(done, total, 'paragraphs read'), onNote: (m) => guesses.push(m) });
    progress(1, 1, '');
    // Never a dataset that factq itself would refuse.
    const checked = (await loadSchema()).checkDataset(JSON.parse(JSON.stringify(dataset)));
    if (!checked.ok) throw new FactqError(`extract made an invalid dataset (${checked.problems[0]!.path}: ${checked.problems[0]!.message}); please report it`);
    const a = dataset.article;
    const notes = [`${counted(dataset.facts.length, 'fact')}, ${counted(dataset.entities.length, 'entity', 'entities')}, ${counted(a.questions.length, 'question')}, ${counted(a.paragraphs, 'paragraph')}`, ...guesses];
    if (opts.output === undefined) return { output: { kind: 'document', value: dataset }, notes };
    // Written whole or not at all: a temporary file beside the target, renamed over it.
    const temporary = `${opts.output}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temporary, `${JSON.stringify(dataset, null, 2)}\n`, { flag: 'wx' });
      renameSync(temporary, opts.output);
    } catch (err) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
      throw new FactqError(`${opts.output}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return { output: { kind: 'text', text: '' }, notes: [`${opts.output}: ${notes[0]}`, ...notes.slice(1)] };
  },
};
