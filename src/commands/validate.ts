import { DatasetError, datasetFromBytes, loadDatasetFile, readBytes } from '../core/dataset.js';
import { EXIT } from '../core/errors.js';
import { unknownKeys } from '../core/model.js';
import { counted } from '../output/counted.js';
import type { CommandSpec } from './command.js';

// How many unknown keys the note names.
const UNKNOWN_SHOWN = 3;

/** `factq validate FILE`: every problem in a dataset file, each with its JSON path; exit 2 if any. */
export const validate: CommandSpec = {
  name: 'validate',
  summary: 'check a dataset file and list every problem with its JSON path (exit 0 valid, 2 not)',
  args: [{ name: 'file', help: 'a dataset in the bundled format ("-" reads stdin)', required: true, file: true }],
  options: [],
  examples: ['factq validate mine.json', 'factq validate mine.json --json | jq -r ".[].path"', "jq '.facts |= .[:10]' mine.json | factq validate -"],
  output: 'problem',
  async run({ args }) {
    const given = args[0]!;
    // (A dataset piped in, as extract reads an article: "stdin" in messages.)
    const file = given === '-' ? 'stdin' : given;
    try {
      const dataset = given === '-' ? await datasetFromBytes(file, readBytes(file, { stdin: true })) : await loadDatasetFile(file);
      // The summary is a message, on stderr like the problems' count: stdout carries only problems.
      const notes = [`${file}: valid: ${counted(dataset.facts.length, 'fact')}, ${counted(dataset.entities.length, 'entity', 'entities')}, ${counted(dataset.article.questions.length, 'question')}`];
      // Keys factq does not know are allowed (a newer format's, the user's own notes) and ignored: said so.
      const unknown = unknownKeys(dataset);
      if (unknown.length) {
        const shown = unknown.slice(0, UNKNOWN_SHOWN).join(', ');
        notes.push(`${file}: ${counted(unknown.length, 'key')} factq does not know, ignored: ${shown}${unknown.length > UNKNOWN_SHOWN ? ', …' : ''}`);
      }
      return { output: { kind: 'problem', records: [] }, notes, code: EXIT.found };
    } catch (err) {
      if (!(err instanceof DatasetError)) throw err;
      const records = err.problems.map((p) => ({ file, path: p.path, message: p.message }));
      const n = records.length;
      return {
        output: { kind: 'problem', records },
        notes: [`${file}: ${counted(n, 'problem')}`],
        code: EXIT.usage,
      };
    }
  },
};
