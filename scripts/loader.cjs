'use strict';
// dist/cli.cjs: runs the CLI bundle (factq.cjs) with the V8 code cache the build made beside it, so a
// run skips most parsing and compiling. V8 checks the cache against its own version, flags and the
// source, and ignores one that does not fit: then the bundle simply compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// Not node:module: on Node 20 requiring it loads the ES module loader too, a millisecond of start-up.
// The bundle's own require is this file's: both live in dist/, so relative paths resolve alike. The build
// wrote the bundle as a function expression of CommonJS's parameters.
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();

const file = path.join(__dirname, 'factq.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);

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
