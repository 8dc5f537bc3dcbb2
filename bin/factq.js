#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json): on Node 20 it starts faster than an ES module.
// Node 22.1+ also caches compiled code between runs; older Node skips that.
require('node:module').enableCompileCache?.();
require('../dist/cli.cjs');
