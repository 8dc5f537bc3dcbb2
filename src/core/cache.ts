// A cache of built indexes for large --data files, in the user's cache directory (as tldr clients do).
// An entry is found by the file's path, size and mtime, and trusted only if the file's content hash still
// matches: then the file is known valid (it was checked before the entry was written) and its index loads
// from typed arrays instead of being rebuilt. Any cache failure falls back to the full path, silently.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IndexSnapshot } from './search.js';

/** Bump when the index format or the scoring inputs change: old entries are then ignored. */
const CACHE_VERSION = 3;

interface Entry {
  version: number;
  contentHash: string;
  snapshot: IndexSnapshot;
}

/** The content hash that keys a file's entry. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function entryPath(dir: string, file: string): string {
  const st = statSync(file);
  const key = `${CACHE_VERSION}\0${resolve(file)}\0${st.size}\0${st.mtimeMs}`;
  return join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.idx`);
}

/** The cached index snapshot for this file and content, or undefined. */
export function readCachedIndex(dir: string, file: string, hash: string): IndexSnapshot | undefined {
  try {
    const entry = deserialize(readFileSync(entryPath(dir, file))) as Entry;
    return entry.version === CACHE_VERSION && entry.contentHash === hash ? entry.snapshot : undefined;
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
    writeFileSync(tmp, serialize({ version: CACHE_VERSION, contentHash: hash, snapshot } satisfies Entry));
    renameSync(tmp, path);
  } catch {
    // A read-only or full cache directory only costs speed.
  }
}
