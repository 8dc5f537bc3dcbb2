// Build: the CLI and the library as one minified CommonJS file (on Node 20 that starts faster than ESM)
// run through a small loader with a V8 code cache, with the code only some runs need in separate bundles
// loaded on demand: `ask`'s (a chunk sharing the CLI bundle's modules, with a code cache of its own), and
// zod for --data, cli-table3 for tables, string-width for text, the index cache (self-contained).
// The library (dist/index.js) is an ES module exporting what that bundle exports: one copy of the code,
// one code cache. Then type declarations, and a check of the bundled dataset, so the CLI can trust it at
// run time without zod.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
// The English lexicon, distilled from WordNet into dist/lexicon/.
execFileSync(process.execPath, [fileURLToPath(new URL('./lexicon.mjs', import.meta.url))], { stdio: 'inherit' });

// Every dynamic import of the project's own source (`await import('./cache.js')`) becomes a bundle of its
// own, `dist/<path>.cjs`, loaded when that line runs: laziness is whatever the source says, with no list
// here to keep in step. Other packages imported dynamically stay in the bundle that imports them,
// evaluated on first use, but for those listed below.
const lazyEntries = new Map();
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
// Packages the source imports dynamically that get a bundle of their own, dist/vendor-<name>.cjs, as the
// source's own modules do: chalk (colour on a terminal), whose module set-up every run paid, coloured or not.
const LAZY_PACKAGES = ['chalk'];
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(?:${LAZY_PACKAGES.join('|')})$`) }, (args) =>
      args.kind === 'dynamic-import' && args.importer.startsWith(srcDir) ? { path: `./vendor-${args.path}.cjs`, external: true } : undefined,
    );
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      const name = relative(srcDir, file).replace(/\.ts$/, '').split(sep).join('-');
      lazyEntries.set(name, file);
      return { path: `./${name}.cjs`, external: true };
    });
  },
};

// Dependencies evaluated on first use instead of at start-up. The import becomes a proxy that loads the
// real module when first read or constructed. This is about dependencies' code, not factq's: factq's own
// lazy loads are dynamic imports in the source.
// - commander requires node:child_process (and so node:net) at load, for executable subcommands that
//   factq does not have (~6 ms).
// - Fuse.js (20 KB, a tenth of the CLI bundle) serves only misspelt words and unknown-command
//   suggestions: it goes into a bundle of its own, dist/vendor-<name>.cjs, read when first constructed
//   (or, for a function such as string-width, first called).
const LAZY_MODULES = [
  { filter: /^(node:)?child_process$/, importer: 'node_modules/commander', load: 'node:child_process' },
  { filter: /^fuse\.js\/basic$/, importer: `${sep}src${sep}`, bundle: 'fuse', from: 'fuse.js/basic' },
  // string-width measures text for both the table and the text format: a bundle of its own, not a copy in
  // each (it carries an emoji pattern of several kilobytes).
  // (factq's imports, and cli-table3's require of an older one with the same call: one copy, not two.)
  { filter: /^string-width$/, importer: srcDir, bundle: 'string-width', from: 'string-width' },
  { filter: /^string-width$/, importer: `${sep}node_modules${sep}cli-table3${sep}`, bundle: 'string-width', from: 'string-width', required: true },
];
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    for (const [i, lazy] of LAZY_MODULES.entries()) {
      b.onResolve({ filter: lazy.filter }, (args) =>
        args.importer.includes(lazy.importer) ? { path: String(i), namespace: 'lazy-module' } : undefined,
      );
    }
    b.onResolve({ filter: /^\.\/vendor-[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const lazy = LAZY_MODULES[Number(args.path)];
      // require() is evaluated where it is called: here, on first use. The target is a function so that
      // a module that is a class (Fuse) can be constructed through the proxy.
      const load = lazy.bundle
        ? `require(${JSON.stringify(`./vendor-${lazy.bundle}.cjs`)}).default`
        : `require(${JSON.stringify(lazy.load)})`;
      const proxy = `new Proxy(function () {}, { get: (_, key) => load()[key], construct: (_, args) => new (load())(...args), apply: (_, self, args) => load().apply(self, args) })`;
      return {
        // A bundled ES module is imported for its default export: exporting the proxy as that default keeps
        // esbuild's interop from reading the module (and so loading it) at start-up.
        contents: `let m; const load = () => (m ??= ${load});\n${lazy.bundle && !lazy.required ? `export default ${proxy};` : `module.exports = ${proxy};`}`,
        resolveDir: fileURLToPath(new URL('..', import.meta.url)),
        loader: 'js',
      };
    });
  },
};

// zod's `locales` namespace pulls in every language (more than half of zod's size); factq's messages are
// English, which zod configures itself from en.js. Keep only that one in the namespace.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('node_modules/zod/') ? { path: args.importer, namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: fileURLToPath(new URL('../locales/', `file://${args.path}`)),
      loader: 'js',
    }));
  },
};

// JSON a bundle imports, inlined as JSON.parse('...'): V8 parses a JSON string faster than the same object
// literal. Written without its indentation (data/facts.json is 80 KB as a person lays it out, 45 KB
// without). (The CLI's bundle reads the bundled dataset from dist/bundled.json instead.)
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => ({
      // (Pure: a bundle that never reads it, the CLI's reading the bundled dataset from its own file, drops it.)
      contents: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundles find the lexicon beside themselves (the ESM library's banner defines __dirname).
  define: { __FACTQ_VERSION__: JSON.stringify(pkg.version), __FACTQ_DIST__: '__dirname' },
  // Lazy bundles load with require(), which both formats have (the banner gives ESM one).
  supported: { 'dynamic-import': false },
  plugins: [lazyBundles, lazyModules, jsonAsParse, zodEnglishOnly],
};
// The bundled dataset's index, built now and written beside the bundle, so no run has to build it.
// Builds run from stdin below have no dist/ beside them: their dependencies stay inside.
const selfContained = { ...common, plugins: common.plugins.filter((p) => p !== lazyModules) };
const indexer = await build({
  ...selfContained,
  // Run from stdin, it has no folder of its own: it reads the lexicon just written to dist/.
  define: { ...common.define, __FACTQ_DIST__: JSON.stringify(fileURLToPath(new URL('../dist', import.meta.url))) },
  format: 'esm',
  entryPoints: ['scripts/bundled-index.ts'],
  write: false,
  outdir: 'dist',
});
const bundledCorpus = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', indexer.outputFiles[0].text], { encoding: 'utf8', maxBuffer: 1 << 26 }),
);
// The bundled index's relatives (see relativesOf) are read only for query words the data lacks: a file
// of their own, so every run does not parse them with the bundle.
writeFileSync(new URL('../dist/relatives.json', import.meta.url), bundledCorpus.index.relatives ?? '{}');
delete bundledCorpus.index.relatives;
// What the dictionary says of the bundled data's words, for the analyzer (see knownWordsText).
// (In a file beside the bundle, as the bundled dataset and its index are, below: inlined, the bundle and
// its code cache would each carry a copy that every run reads.)
writeFileSync(new URL('../dist/known-words.txt', import.meta.url), bundledCorpus.knownWords);
delete bundledCorpus.knownWords;
// The bundled dataset, without its indentation, and what the build worked out for it (src/core/bundled-data.ts).
// (Written in ASCII, anything else as \u escapes: two curly quotes in the text made Node decode the whole
// file into a string of two-byte characters, which took twice as long to read and parse.)
writeFileSync(
  new URL('../dist/bundled.json', import.meta.url),
  JSON.stringify({ data: JSON.parse(readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8')), corpus: bundledCorpus }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  ),
);
// What a cached index depends on: the analyzer, the index code, the English lexicon, the entry's format and
// the tables it keeps (cache.ts, corpus.ts), and factq's version. A change to any of them changes the
// fingerprint, and the index cache ignores entries made under another.
const fingerprint = createHash('sha256').update(pkg.version);
for (const dir of ['src/core/text', 'src/core/index']) {
  for (const name of readdirSync(dir).sort()) fingerprint.update(`\0${name}\0`).update(readFileSync(join(dir, name)));
}
for (const file of ['src/core/cache.ts', 'src/core/corpus.ts']) fingerprint.update(`\0${file}\0`).update(readFileSync(file));
for (const name of readdirSync(new URL('../dist/lexicon/', import.meta.url)).sort()) fingerprint.update(`\0lexicon/${name}\0`).update(readFileSync(new URL(`../dist/lexicon/${name}`, import.meta.url)));
common.define.__FACTQ_INDEX_FINGERPRINT__ = JSON.stringify(fingerprint.digest('hex').slice(0, 16));

// Code that only one command runs, split off the CLI's bundle into a chunk with a code cache of its own
// (dist/<name>.cjs, which dist/cli.cjs loads on first use): a run of any other command neither reads nor
// deserialises it (`ask`'s code is a third of the bundle). A chunk owns the modules listed; every other
// module it imports is the CLI bundle's one copy, handed over by name, so that state (the lexicon's
// caches, a Corpus's class) stays single. What a chunk owns must be its own or constants only: the
// question cues, which the CLI's modules also read a few of, are in both (each keeps what it uses).
// The CLI bundle reaches the chunk's entry through a module of forwarding functions.
const root = fileURLToPath(new URL('..', import.meta.url));
// (ask's steps, src/core/ask/*.ts, are its own.)
const askSteps = readdirSync(join(root, 'src/core/ask')).filter((f) => f.endsWith('.ts')).sort().map((f) => `src/core/ask/${f}`);
const CHUNKS = [{ name: 'core-ask', entry: 'src/core/ask.ts', owns: ['src/core/ask.ts', ...askSteps, 'src/core/text/cues.ts'] }];
const sourceOf = (file) => ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
// A relative specifier of `from` as a path from the root, in its .ts spelling.
const moduleAt = (from, specifier) => relative(root, resolve(root, from, '..', specifier.replace(/\.js$/, '.ts'))).split(sep).join('/');
// The names each owned module imports at run time from modules the chunk does not own.
function sharedImports(chunk) {
  const shared = new Map();
  for (const file of chunk.owns) {
    for (const node of sourceOf(file).statements) {
      const from = node.moduleSpecifier?.text;
      if (from === undefined || !from.startsWith('.') || chunk.owns.includes(moduleAt(file, from))) continue;
      if (ts.isExportDeclaration(node) && !node.isTypeOnly) throw new Error(`${file}: a chunk's module re-exports from ${from}`);
      if (!ts.isImportDeclaration(node) || node.importClause?.isTypeOnly) continue;
      const bindings = node.importClause?.namedBindings;
      if (node.importClause?.name || (bindings && !ts.isNamedImports(bindings))) throw new Error(`${file}: import named imports only from ${from}`);
      const names = shared.get(moduleAt(file, from)) ?? new Set();
      for (const element of bindings?.elements ?? []) if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
      shared.set(moduleAt(file, from), names);
    }
  }
  return shared;
}
// The functions a chunk's entry exports: what the CLI bundle may call through it.
const exportedFunctions = (file) =>
  sourceOf(file).statements.filter((n) => ts.isFunctionDeclaration(n) && n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)).map((n) => n.name.text);
const chunkShares = CHUNKS.map(sharedImports);
// In the CLI bundle: the chunk's entry as functions that load the chunk on first call.
const chunkFacades = {
  name: 'chunk-facades',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'dynamic-import' || !args.importer.startsWith(srcDir)) return undefined;
      const chunk = CHUNKS.find((c) => c.entry === moduleAt(relative(root, args.importer), args.path));
      return chunk ? { path: chunk.name, namespace: 'chunk-facade' } : undefined;
    });
    b.onResolve({ filter: /^factq:/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'chunk-facade' }, (args) => {
      const chunk = CHUNKS.find((c) => c.name === args.path);
      const forward = exportedFunctions(chunk.entry).map((f) => `export function ${f}(...args) { return load().${f}(...args); }`);
      return { contents: [`let chunk;`, `const load = () => (chunk ??= require(${JSON.stringify(`factq:chunk/${chunk.name}`)}));`, ...forward].join('\n'), loader: 'js' };
    });
  },
};
// In a chunk: a module it does not own is the CLI bundle's, by the names the chunk imports of it.
const fromMain = (chunk) => ({
  name: 'from-main',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const importer = relative(root, args.importer).split(sep).join('/');
      if (args.kind === 'dynamic-import' || !chunk.owns.includes(importer)) return undefined;
      const target = moduleAt(importer, args.path);
      return chunk.owns.includes(target) ? undefined : { path: target, namespace: 'from-main' };
    });
    b.onResolve({ filter: /^factq:/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'from-main' }, (args) => ({
      contents: `module.exports = require('factq:main').__chunkImports[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
});
// What the CLI bundle hands its chunks: the names they import, by module.
const sharedEntry = chunkShares.flatMap((shared) => [...shared]).reduce((all, [file, names]) => all.set(file, new Set([...(all.get(file) ?? []), ...names])), new Map());
const handedOver = [...sharedEntry].map(([file, names], i) => ({ file, names: [...names].map((name, j) => ({ name, local: `__c${i}_${j}` })) }));
const chunkImportsEntry = [
  ...handedOver.map(({ file, names }) => `import { ${names.map((n) => `${n.name} as ${n.local}`).join(', ')} } from './${file}';`),
  `export const __chunkImports = { ${handedOver.map(({ file, names }) => `${JSON.stringify(file)}: { ${names.map((n) => `${n.name}: ${n.local}`).join(', ')} }`).join(', ')} };`,
].join('\n');

// The library's API and the CLI's main() (which bin/factq.js calls): importing the bundle runs nothing.
await build({
  ...common,
  format: 'cjs',
  stdin: { contents: `export * from './src/index.ts'; export { main } from './src/main.ts';\n${chunkImportsEntry}`, resolveDir: root, loader: 'ts' },
  outfile: 'dist/factq.cjs',
  plugins: [chunkFacades, ...common.plugins],
  // Written as the function that dist/cli.cjs compiles (Node's own CommonJS wrapper), so the loader need
  // not copy 170 KB of source to wrap it: the copy alone tipped `ask` into a garbage collection.
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '\n});' },
  define: {
    ...common.define,
    __FACTQ_BUNDLED__: 'true',
    __FACTQ_KNOWN_WORDS__: 'true',
  },
});
copyFileSync(new URL('./loader.cjs', import.meta.url), new URL('../dist/cli.cjs', import.meta.url));
for (const [i, chunk] of CHUNKS.entries()) {
  await build({
    ...common,
    format: 'cjs',
    entryPoints: [chunk.entry],
    outfile: `dist/${chunk.name}.cjs`,
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '\n});' },
    plugins: [fromMain(chunk), ...common.plugins],
  });
  // Each name a chunk imports must be one the CLI bundle hands over (a type-only import is none).
  const handed = createRequire(import.meta.url)('../dist/cli.cjs').__chunkImports;
  for (const [file, names] of chunkShares[i]) for (const name of names) if (handed[file]?.[name] === undefined) throw new Error(`${chunk.name}: ${file} hands over no ${name}`);
}
// One character past ASCII makes V8 hold the whole 170 KB source as UTF-16: twice the memory to read and
// scan on every run, enough to cost `ask` a garbage collection. esbuild escapes strings but not regular
// expression literals: write such characters as \u escapes in the source.
for (const name of ['factq', ...CHUNKS.map((c) => c.name)]) {
  const source = readFileSync(new URL(`../dist/${name}.cjs`, import.meta.url), 'latin1');
  const wide = /[^\t\n\r -~]/.exec(source);
  if (wide) throw new Error(`dist/${name}.cjs holds a non-ASCII character near: ${source.slice(Math.max(0, wide.index - 40), wide.index + 10)}`);
}
for (const name of LAZY_PACKAGES) {
  await build({
    ...common,
    format: 'cjs',
    stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    outfile: `dist/vendor-${name}.cjs`,
  });
}
for (const lazy of LAZY_MODULES.filter((m) => m.bundle && !m.required)) {
  await build({
    ...common,
    format: 'cjs',
    stdin: { contents: `export { default } from ${JSON.stringify(lazy.from)};`, resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    outfile: `dist/vendor-${lazy.bundle}.cjs`,
  });
}
// factq(1), from the same tables as --help: `man factq` after a global install.
const man = await build({ ...selfContained, format: 'cjs', entryPoints: ['scripts/man-page.ts'], write: false, outdir: 'dist' });
writeFileSync(new URL('../dist/factq.1', import.meta.url), execFileSync(process.execPath, ['-'], { input: man.outputFiles[0].text, encoding: 'utf8' }));
// The library: an ES module over the bundle, exporting each of its names but the CLI's main.
{
  const api = Object.keys(createRequire(import.meta.url)('../dist/cli.cjs')).filter((name) => name !== 'main' && name !== '__esModule' && name !== '__chunkImports');
  writeFileSync(
    new URL('../dist/index.js', import.meta.url),
    `// factq's library API (see src/index.ts): the names the bundle exports, loaded with its code cache.\nimport { createRequire } from 'node:module';\nexport const { ${api.join(', ')} } = createRequire(import.meta.url)('./cli.cjs');\n`,
  );
}
// The lazy bundles the builds above found, and any that those import in turn.
for (let built = new Set(); built.size < lazyEntries.size; ) {
  const pending = Object.fromEntries([...lazyEntries].filter(([name]) => !built.has(name)));
  await build({ ...common, format: 'cjs', entryPoints: pending, outdir: 'dist', outExtension: { '.js': '.cjs' } });
  for (const name of Object.keys(pending)) built.add(name);
}

// (Declarations marked @internal, the workings the library's API never returns, are left out.)
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--emitDeclarationOnly', '--stripInternal', '--outDir', 'dist/types'], {
  stdio: 'inherit',
});
// Only the declarations the library's API reaches ship: those of the CLI, its commands and the modules the
// API never names are no one's to import.
{
  const types = fileURLToPath(new URL('../dist/types/', import.meta.url));
  const reached = new Set();
  for (const stack = ['index.d.ts']; stack.length; ) {
    const file = stack.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    for (const m of readFileSync(join(types, file), 'utf8').matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      stack.push(join(file, '..', `${m[1]}.d.ts`));
    }
  }
  for (const entry of readdirSync(types, { recursive: true, withFileTypes: true })) {
    const file = relative(types, join(entry.parentPath ?? entry.path, entry.name));
    if (entry.isFile() && !reached.has(file)) rmSync(join(types, file));
  }
  const folders = readdirSync(types, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory());
  for (const folder of folders.map((e) => join(e.parentPath ?? e.path, e.name)).sort((a, b) => b.length - a.length)) {
    if (!readdirSync(folder).length) rmSync(folder, { recursive: true });
  }
}

// A code cache of what one typical command compiles; `ask` runs the search path too.
execFileSync(process.execPath, ['bin/factq.js', 'ask', 'how many missiles hit al-Asad?', '--json'], {
  env: { ...process.env, FACTQ_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
});

const { validateDataset } = await import('../dist/index.js');
const result = await validateDataset(JSON.parse(readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8')));
if (!result.ok) {
  for (const p of result.problems) console.error(`data/facts.json: ${p.path}: ${p.message}`);
  process.exit(1);
}
