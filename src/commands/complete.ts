import { statSync } from 'node:fs';
import { complete, dataFilesIn, formatCandidates } from '../cli/completion.js';
import { SHELLS } from '../cli/completion-scripts.js';
import type { Shell } from '../cli/completion-scripts.js';
import type { Corpus } from '../core/corpus.js';
import { bundledCorpus } from '../core/dataset.js';
import { usageError } from '../core/errors.js';
import type { CommandSpec } from './command.js';

/** `factq __complete SHELL -- WORDS...`: what the completion scripts call for candidates. */
export const completeWords: CommandSpec = {
  name: '__complete',
  summary: 'completion candidates for the words typed so far',
  args: [
    { name: 'shell', help: 'the shell', required: true },
    { name: 'words', help: 'the words typed so far, the last one being completed', variadic: true },
  ],
  options: [],
  examples: [],
  output: 'text',
  hidden: true,
  async run({ args, corpus, commands }) {
    const [shell = '', ...words] = args;
    if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(`unknown shell "${shell}"`);
    let c: Corpus;
    try {
      // Only regular files and folders: a FIFO or a device named by a half-typed --data must not hang the shell.
      const files = dataFilesIn(words);
      for (const file of files) if (!statSync(file).isFile() && !statSync(file).isDirectory()) throw new Error('not a regular file');
      c = await corpus(files);
    } catch {
      c = bundledCorpus(); // a half-typed --data path must not break completion
    }
    const candidates = complete(commands, c, words.length ? words : ['']);
    return { output: { kind: 'text', text: formatCandidates(shell as Shell, candidates) } };
  },
};
