// Build: the CLI as one minified CommonJS file (on Node 20 that starts faster than ESM) run through a
// small loader with a V8 code cache, with the code only some runs need (zod for --data, cli-table3
// for tables, string-width for text, the index cache) in separate bundles loaded on demand. The library
// (dist/index.js) is ESM and loads the same lazy bundles. Then type declarations, and a check of the
// bundled dataset, so the CLI can trust it at run time without zod.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// Bundles loaded on demand, each `dist/name.cjs`: source modules import the first four by
// `import('./name.js')`; fuse is loaded through LAZY_MODULES below.
const LAZY = {
  schema: 'src/core/schema.ts',
  cache: 'src/core/cache.ts',
  table: 'src/render/table.ts',
  text: 'src/render/text.ts',
  fuse: 'node_modules/fuse.js/dist/fuse.basic.cjs',
};
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\/(schema|cache|table|text)\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path.replace(/\.js$/, '.cjs'), external: true } : undefined,
    );
  },
};

// Modules evaluated on first use instead of at start-up: commander requires node:child_process (and so
// node:net) at load, for executable subcommands that factq does not have (~6 ms); Fuse.js creates a
// Unicode-class regular expression at load (~0.4 ms) and is needed only for a word the data lacks.
// Each import becomes a proxy that loads the real module when first read or constructed.
const LAZY_MODULES = [
  { filter: /^(node:)?child_process$/, importer: 'node_modules/commander', load: 'node:child_process' },
  { filter: /^fuse\.js\/basic$/, importer: '/src/', load: './fuse.cjs' },
];
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    for (const [i, lazy] of LAZY_MODULES.entries()) {
      b.onResolve({ filter: lazy.filter }, (args) =>
        args.importer.includes(lazy.importer) ? { path: String(i), namespace: 'lazy-module' } : undefined,
      );
    }
    // A relative load is a lazy bundle of its own in dist/ (see LAZY), not bundled here.
    b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/, namespace: 'lazy-module' }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => ({
      // require() of a CommonJS module is evaluated where it is called: here, on first use. The target is a
      // function so that a module that is a class (Fuse) can be constructed through the proxy.
      contents: [
        `let m; const load = () => (m ??= require(${JSON.stringify(LAZY_MODULES[Number(args.path)].load)}));`,
        'module.exports = new Proxy(function () {}, { get: (_, key) => load()[key], construct: (_, args) => new (load())(...args) });',
      ].join('\n'),
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    }));
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

// JSON inlined as JSON.parse('...'): V8 parses a JSON string faster than the same object literal.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
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
  define: { __FACTQ_VERSION__: JSON.stringify(pkg.version) },
  // Lazy bundles load with require(), which both formats have (the banner gives ESM one).
  supported: { 'dynamic-import': false },
  plugins: [lazyBundles, lazyModules, jsonAsParse, zodEnglishOnly],
};
// The bundled dataset's index, built now and inlined, so no run has to build it.
const indexer = await build({
  ...common,
  format: 'esm',
  entryPoints: ['scripts/bundled-index.ts'],
  write: false,
  outdir: 'dist',
});
const { index: bundledIndex, synonyms } = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', indexer.outputFiles[0].text], { encoding: 'utf8', maxBuffer: 1 << 26 }),
);
await build({
  ...common,
  format: 'cjs',
  entryPoints: { factq: 'src/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  define: {
    ...common.define,
    __FACTQ_BUNDLED_INDEX__: JSON.stringify(JSON.stringify(bundledIndex)),
    __FACTQ_SYNONYMS__: JSON.stringify(JSON.stringify(synonyms)),
  },
});
copyFileSync(new URL('./loader.cjs', import.meta.url), new URL('../dist/cli.cjs', import.meta.url));
await build({ ...common, format: 'cjs', entryPoints: LAZY, outdir: 'dist', outExtension: { '.js': '.cjs' } });
await build({
  ...common,
  format: 'esm',
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  banner: { js: "import{createRequire as __factqRequire}from'node:module';const require=__factqRequire(import.meta.url);" },
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--emitDeclarationOnly', '--outDir', 'dist/types'], {
  stdio: 'inherit',
});

// A code cache of what one typical command compiles; `ask` runs the search path too.
execFileSync(process.execPath, ['dist/cli.cjs', 'ask', 'how many missiles hit al-Asad?', '--json'], {
  env: { ...process.env, FACTQ_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
});

const { validateDataset } = await import('../dist/index.js');
const result = await validateDataset(JSON.parse(readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8')));
if (!result.ok) {
  for (const p of result.problems) console.error(`data/facts.json: ${p.path}: ${p.message}`);
  process.exit(1);
}
