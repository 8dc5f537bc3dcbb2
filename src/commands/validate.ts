import { DatasetError, loadDatasetFile } from '../core/dataset.js';
import { EXIT } from '../core/errors.js';
import type { CommandResult } from './common.js';

/** `factq validate FILE`: every problem in a dataset file, each with its JSON path; exit 2 if any. */
export async function validateCommand(file: string): Promise<CommandResult> {
  try {
    const dataset = await loadDatasetFile(file);
    return {
      output: { kind: 'problem', records: [] },
      summary: `${file}: valid: ${dataset.facts.length} facts, ${dataset.entities.length} entities, ${dataset.article.questions.length} questions`,
      code: EXIT.found,
    };
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    const records = err.problems.map((p) => ({ file, path: p.path, message: p.message }));
    const n = records.length;
    return {
      output: { kind: 'problem', records },
      notes: [`${file}: ${n} problem${n === 1 ? '' : 's'}`],
      code: EXIT.usage,
    };
  }
}
