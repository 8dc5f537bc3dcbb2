'use strict';
// dist/cli.cjs: runs the CLI bundle (factq.cjs) with the V8 code cache the build made beside it, so a
// run skips most parsing and compiling. V8 checks the cache against its own version, flags and the
// source, and ignores one that does not fit: then the bundle simply compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, 'factq.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, __dirname);

// The build runs one command with this set, and keeps what V8 compiled by the end of it.
if (process.env.FACTQ_WRITE_CODE_CACHE) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // A read-only install keeps the cache it has.
    }
  });
}
