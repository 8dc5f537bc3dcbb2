// The bundled dataset as the build gives it: a file beside the bundle (dist/bundled.json, with the index
// the build made for it), read on first use, so that the bundle and its code cache do not each carry a
// copy that every run would read and deserialise. Run from source (the tests), the JSON file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import bundledJson from '../../data/facts.json' with { type: 'json' };
import { FactqError, EXIT } from './errors.js';

// Where the build put the bundle's files; whether it wrote dist/bundled.json there.
declare const __FACTQ_DIST__: string;
declare const __FACTQ_BUNDLED__: boolean | undefined;

/** What dist/bundled.json holds: the dataset and the build's index of it (see bundledCorpus). */
export interface BundledFile {
  data: unknown;
  corpus: unknown;
}

let file: BundledFile | undefined;

/** The build's file of the bundled dataset and its index; undefined when run from source. */
export function bundledFile(): BundledFile | undefined {
  if (typeof __FACTQ_BUNDLED__ !== 'boolean') return undefined;
  if (file) return file;
  try {
    return (file = JSON.parse(readFileSync(join(__FACTQ_DIST__, 'bundled.json'), 'utf8')) as BundledFile);
  } catch (err) {
    throw new FactqError(`the bundled dataset cannot be read (${(err as Error).message}): reinstall factq`, EXIT.usage);
  }
}

/** The bundled dataset, as parsed JSON (checked by the build, frozen by `bundled`). */
export function bundledData(): unknown {
  // (Decided when the bundle is built, so that it carries no copy of the JSON: one expression, which the
  // bundler folds before it looks for what is used.)
  return typeof __FACTQ_BUNDLED__ === 'boolean' ? bundledFile()!.data : bundledJson;
}
