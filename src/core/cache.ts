// A cache of built indexes for --data files, in the user's cache directory (as tldr clients do).
// An entry is found by the file's path, size and mtime, and trusted only if the file's content hash still
// matches: then the file is known valid (it was checked before the entry was written) and its index loads
// from typed arrays instead of being rebuilt. Any cache failure falls back to the full path, silently.
// The cache stays small: a file's new entry replaces its old ones, and only the most recently used
// MAX_CACHE_ENTRIES are kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IndexSnapshot } from './index/snapshot.js';

// What an index depends on: the build writes in a hash of the analyzer's and the index's source and of
// factq's version, so an upgrade that changes stemming or the index format never reads an old entry.
// Unbundled (tests) it is a dev build's, and the tests' caches are their own.
declare const __FACTQ_INDEX_FINGERPRINT__: string | undefined;
const INDEX_FINGERPRINT = typeof __FACTQ_INDEX_FINGERPRINT__ === 'string' ? __FACTQ_INDEX_FINGERPRINT__ : 'dev';
/** Entries kept (about 10 MB each for 100,000 facts); the least recently used go first. */
export const MAX_CACHE_ENTRIES = 16;
// A temporary file this old is left from a write that never finished.
const STALE_TMP_MS = 10 * 60 * 1000;

interface Entry {
  fingerprint: string;
  contentHash: string;
  snapshot: IndexSnapshot;
}

/** The content hash that keys a file's entry. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

// `<path hash>-<version, size, mtime hash>.idx`: every entry for one file shares the first part.
function entryPath(dir: string, file: string): string {
  const st = statSync(file);
  const path = resolve(file);
  return join(dir, `${shortHash(path)}-${shortHash(`${INDEX_FINGERPRINT}\0${path}\0${st.size}\0${st.mtimeMs}`)}.idx`);
}

/** The cached index snapshot for this file and content, or undefined. */
export function readCachedIndex(dir: string, file: string, hash: string): IndexSnapshot | undefined {
  try {
    const path = entryPath(dir, file);
    const entry = deserialize(readFileSync(path)) as Entry;
    if (entry.fingerprint !== INDEX_FINGERPRINT || entry.contentHash !== hash) return undefined;
    touch(path);
    return entry.snapshot;
  } catch {
    return undefined;
  }
}

/** Store an index snapshot for this file and content; written to a temporary name, then renamed. */
export function writeCachedIndex(dir: string, file: string, hash: string, snapshot: IndexSnapshot): void {
  try {
    mkdirSync(dir, { recursive: true });
    const path = entryPath(dir, file);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ fingerprint: INDEX_FINGERPRINT, contentHash: hash, snapshot } satisfies Entry));
    renameSync(tmp, path);
    prune(dir, path);
  } catch {
    // A read-only or full cache directory only costs speed.
  }
}

// Last use is the entry's modification time, so pruning can keep what is still used.
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache is still a cache.
  }
}

// Drop the file's other entries (older versions of it), leftovers of interrupted writes, and the least
// recently used entries beyond MAX_CACHE_ENTRIES. Another factq may be pruning too: a missing file is fine.
function prune(dir: string, kept: string): void {
  const sameFile = `${basename(kept).split('-')[0]}-`;
  const others: Array<{ path: string; used: number }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === kept) continue;
    const used = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (used === undefined) continue;
    if (name.endsWith('.idx') && name.startsWith(sameFile)) rmSync(path, { force: true });
    else if (name.endsWith('.idx')) others.push({ path, used });
    else if (name.endsWith('.tmp') && Date.now() - used > STALE_TMP_MS) rmSync(path, { force: true });
  }
  others.sort((a, b) => b.used - a.used);
  for (const { path } of others.slice(MAX_CACHE_ENTRIES - 1)) rmSync(path, { force: true });
}
