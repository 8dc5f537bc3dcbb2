'use strict';
// dist/cli.cjs: loads the bundle (factq.cjs: the CLI's main() and the library's API, which dist/index.js
// exports) with the V8 code cache the build made beside it, so a run skips most parsing and compiling.
// V8 checks the cache against its own version, flags and the source's length, and ignores one that does
// not fit: then the bundle simply compiles as usual. V8 does not check the cache's bytes (one flipped bit
// can crash it), so the file starts with a CRC-32 of the rest, and a cache whose bytes do not match it is
// ignored too.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { Buffer } = require('node:buffer');
// Not node:module: on Node 20 requiring it loads the ES module loader too, a millisecond of start-up.
// The bundle's own require is this file's: both live in dist/, so relative paths resolve alike. The build
// wrote the bundle as a function expression of CommonJS's parameters.
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();

const file = path.join(__dirname, 'factq.cjs');
const cacheFile = `${file}.cache`;
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

// The cache, if its bytes are the ones its CRC was taken of; none when there is no file, no way to check
// it (Node before 20.15), or any doubt.
function readCache() {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER) return undefined;
  const check = crc32();
  const data = bytes.subarray(HEADER);
  return check && check(data) === bytes.readUInt32LE(0) ? data : undefined;
}

const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file, cachedData: readCache() });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);
module.exports = bundle.exports;

// The build runs one command with this set, and keeps what V8 compiled by the end of it: written to a
// temporary file of its own and renamed over the old cache, so no reader ever sees half a file.
if (process.env.FACTQ_WRITE_CODE_CACHE) {
  process.on('exit', () => {
    const check = crc32();
    if (!check) return;
    const data = script.createCachedData();
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(check(data), 0);
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
  });
}
