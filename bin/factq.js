#!/usr/bin/env node
'use strict';
// CommonJS (see bin/package.json): on Node 20 it starts faster than an ES module.
require('../dist/cli.cjs').main();
