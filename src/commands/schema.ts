import { loadSchema } from '../core/dataset.js';
import type { CommandSpec } from './command.js';

/** `factq schema`: the dataset format as JSON Schema (a document: JSON only). */
export const schema: CommandSpec = {
  name: 'schema',
  summary: 'print the dataset format as JSON Schema',
  args: [],
  options: [],
  examples: ['factq schema > factq.schema.json'],
  output: 'document',
  async run() {
    const { datasetJsonSchema } = await loadSchema();
    return { output: { kind: 'document', value: datasetJsonSchema() } };
  },
};
