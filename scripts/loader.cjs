'use strict';
// dist/cli.cjs: loads the bundle (factq.cjs: the CLI's main() and the library's API, which dist/index.js
// exports) with the V8 code cache the build made beside it, so a run skips most parsing and compiling; and,
// on first use, a chunk (dist/core-ask.cjs: the code only `ask` runs) the same way, with a cache of its own,
// so that a run of any other command neither reads nor deserialises it.
// V8 checks a cache against its own version, flags and the source's length, and ignores one that does
// not fit: then the bundle simply compiles as usual. V8 does not check the cache's bytes (one flipped bit
// can crash it), so the file starts with a CRC-32 of the rest, and a cache whose bytes do not match it is
// ignored too.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { Buffer } = require('node:buffer');
// Not node:module: on Node 20 requiring it loads the ES module loader too, a millisecond of start-up.
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();

const HEADER = 4;
// CRC-32, from zlib's binding: the public node:zlib costs 1.6 ms to load (it loads streams), the binding
// 0.1 ms. The binding is a pending deprecation, so a run that asks to hear of those gets the public one.
function crc32() {
  const pending =
    process.execArgv.includes('--pending-deprecation') ||
    (process.env.NODE_OPTIONS || '').includes('--pending-deprecation') ||
    process.env.NODE_PENDING_DEPRECATION === '1';
  if (!pending) {
    try {
      const binding = process.binding('zlib').crc32;
      if (typeof binding === 'function') return (bytes) => binding(bytes, 0) >>> 0;
    } catch {
      // Gone from this Node: the public one below.
    }
  }
  const zlib = require('node:zlib');
  return typeof zlib.crc32 === 'function' ? (bytes) => zlib.crc32(bytes) >>> 0 : undefined;
}

// The cache of `file`, if its bytes are the ones its CRC was taken of; none when there is no file, no way
// to check it (Node before 20.15), or any doubt.
function readCache(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER) return undefined;
  const check = crc32();
  const data = bytes.subarray(HEADER);
  return check && check(data) === bytes.readUInt32LE(0) ? data : undefined;
}

// The scripts compiled so far, for the cache writing below, each with whether a cache served it.
const loaded = [];

// Compile and run one bundle of dist/, written by the build as the function of CommonJS's parameters,
// with `requireFor` as its require.
function load(name, requireFor) {
  const file = path.join(__dirname, `${name}.cjs`);
  const cachedData = readCache(file);
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file, cachedData });
  loaded.push({ file, script, cached: cachedData !== undefined && !script.cachedDataRejected });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, requireFor, bundle, file, __dirname);
  return bundle.exports;
}

// The bundle's require is this file's (both live in dist/, so relative paths resolve alike), but for the
// names the build gave its chunks and the chunks' view of the bundle.
const chunks = new Map();
const withChunks = (resolve) => Object.assign((id) => resolve(id) ?? require(id), { resolve: require.resolve, cache: require.cache, main: require.main });
const mainRequire = withChunks((id) => {
  if (!id.startsWith('factq:chunk/')) return undefined;
  const name = id.slice('factq:chunk/'.length);
  if (!chunks.has(name)) chunks.set(name, load(name, chunkRequire));
  return chunks.get(name);
});
const chunkRequire = withChunks((id) => (id === 'factq:main' ? module.exports : undefined));
module.exports = load('factq', mainRequire);

// The build runs one command with this set, and keeps what V8 compiled by the end of it: written to a
// temporary file of its own and renamed over the old cache, so no reader ever sees half a file.
// The package ships no cache: V8 takes one only from the very Node it was made by, which a user's seldom
// is. So a `search` or `ask` run that had none for a script it loaded (or whose cache this Node refused)
// writes one the same way, where the install may be written to; a read-only install compiles every run.
// (Only those two commands of factq's own process, not a program using the library: a cache keeps what
// the run compiled, and theirs is what most runs need. FACTQ_NO_CACHE: none written.)
const command = process.argv[2];
const warming = (command === 'search' || command === 'ask') && require.main?.filename === path.join(__dirname, '..', 'bin', 'factq.js') && !process.env.FACTQ_NO_CACHE;
if (process.env.FACTQ_WRITE_CODE_CACHE || warming) {
  process.on('exit', () => {
    const building = Boolean(process.env.FACTQ_WRITE_CODE_CACHE);
    const wanted = loaded.filter((l) => building || !l.cached);
    if (!wanted.length || !writable(__dirname)) return;
    const check = crc32();
    if (!check) return;
    for (const { file, script } of wanted) {
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(check(data), 0);
      const cacheFile = `${file}.cache`;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, Buffer.concat([header, data]), { flag: 'wx' });
        fs.renameSync(temporary, cacheFile);
      } catch {
        // A read-only install keeps the cache it has.
        try {
          fs.unlinkSync(temporary);
        } catch {
          // Nothing was written.
        }
      }
    }
  });
}

// Whether this process may write files into a directory (a cache is made only then: making one costs).
function writable(dir) {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
