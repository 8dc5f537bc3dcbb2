// Run by the build: print, as JSON for inlining into the CLI, what would otherwise be computed at every
// start-up: the bundled dataset's index snapshot and the stemmed synonym groups.
import { bundled, encodeSnapshot } from '../src/core/dataset.js';
import { indexFor } from '../src/core/search.js';
import { stemmedGroups } from '../src/core/synonyms.js';
import { stem } from '../src/core/text.js';

process.stdout.write(
  JSON.stringify({
    index: encodeSnapshot(indexFor(bundled()).snapshot()),
    synonyms: stemmedGroups(stem),
  }),
);
