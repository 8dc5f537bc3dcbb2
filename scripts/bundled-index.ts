// Run by the build: print, as JSON for inlining into the CLI, what would otherwise be computed at every
// start-up: the bundled dataset's index snapshot.
import { Corpus } from '../src/core/corpus.js';
import { bundled } from '../src/core/dataset.js';
import { encodeSnapshot } from '../src/core/index/snapshot.js';

process.stdout.write(
  JSON.stringify({
    index: encodeSnapshot(new Corpus(bundled()).index.snapshot()),
  }),
);
