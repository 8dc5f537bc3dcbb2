// Run by the build: print the bundled dataset's index snapshot as JSON, for inlining into the CLI.
import { bundled, encodeSnapshot } from '../src/core/dataset.js';
import { indexFor } from '../src/core/search.js';

process.stdout.write(JSON.stringify(encodeSnapshot(indexFor(bundled()).snapshot())));
