// npm pack's prepack and postpack: the published package.json has no scripts. They serve this repository
// (building, testing) and name files the package does not ship; npm 11 warns about a `prepare` script
// when the tarball is installed, and a global install would try to run it.
// `strip` keeps the repository's manifest beside it and writes one without scripts; `restore` puts it back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const kept = new URL('../package.json.repo', import.meta.url);

if (process.argv[2] === 'strip') {
  if (existsSync(kept)) throw new Error('package.json.repo exists: an earlier pack did not finish; restore it first');
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(kept, text);
  const published = JSON.parse(text);
  delete published.scripts;
  delete published.allowScripts;
  // (The overrides pin a build-time dependency's dependency: the repository's, not a user's.)
  delete published.overrides;
  writeFileSync(manifest, `${JSON.stringify(published, null, 2)}\n`);
} else if (process.argv[2] === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  throw new Error('usage: pack-manifest.mjs strip|restore');
}
