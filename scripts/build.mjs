// Build: one bundle per entry (cli, library) with lazily loaded chunks, type declarations, and a check
// of the bundled dataset, so the CLI can trust it at run time without loading zod.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __FACTQ_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS (commander, cli-table3) calls require() for Node built-ins.
  banner: { js: "import { createRequire as __factqRequire } from 'node:module'; const require = __factqRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--emitDeclarationOnly', '--outDir', 'dist/types'], {
  stdio: 'inherit',
});

const { validateDataset } = await import('../dist/index.js');
const result = await validateDataset(JSON.parse(readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8')));
if (!result.ok) {
  for (const p of result.problems) console.error(`data/facts.json: ${p.path}: ${p.message}`);
  process.exit(1);
}
