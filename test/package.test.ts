// The package as users get it: packed, installed globally into a temporary prefix with no network,
// run from elsewhere, and imported as a typed library.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'factq-pack-'));
const prefix = join(work, 'prefix');
let tarball = '';
let files: string[] = [];

let installLog = '';

beforeAll(() => {
  // dist/ is already built by `npm test`: --ignore-scripts keeps pack from building it again (prepare
  // empties dist/ first, under the feet of tests running beside this one), so the manifest's prepack and
  // postpack steps run here by hand.
  const manifestStep = (step: string) => execFileSync(process.execPath, [join(root, 'scripts', 'pack-manifest.mjs'), step]);
  manifestStep('strip');
  let out: string;
  try {
    out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } finally {
    manifestStep('restore');
  }
  const info = JSON.parse(out)[0] as { filename: string; files: Array<{ path: string }> };
  tarball = join(work, info.filename);
  files = info.files.map((f) => f.path);
  const installed = spawnSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { encoding: 'utf8' });
  installLog = `${installed.stdout}${installed.stderr}`;
  if (installed.status !== 0) throw new Error(`npm install failed: ${installLog}`);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const installed = () => join(prefix, 'bin', 'factq');

describe('the packed tarball', () => {
  // The English dictionary (WordNet and GloVe, distilled) is most of it.
  it('is at most 1.5 MiB', () => {
    expect(statSync(tarball).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it('ships only what runs, the types, README and LICENSE', () => {
    const allowed = /^(package\.json|README\.md|LICENSE|data\/facts\.json|bin\/factq\.js|bin\/package\.json|dist\/.+\.(cjs|js|cache)|dist\/lexicon\/shards\.pack|dist\/lexicon\/countries\.txt|dist\/lexicon\/adverb-phrases\.txt|dist\/factq\.1|dist\/relatives\.json|dist\/bundled\.json|dist\/known-words\.txt|dist\/types\/.+\.d\.ts)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    // (No code cache: V8 takes one only from the Node that made it; a first search or ask makes its own.)
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
    for (const f of ['bin/factq.js', 'dist/cli.cjs', 'dist/core-ask.cjs', 'dist/index.js', 'dist/relatives.json', 'dist/bundled.json', 'dist/known-words.txt', 'dist/types/index.d.ts', 'data/facts.json', 'README.md', 'LICENSE'])
      expect(files).toContain(f);
  });

  it('installs with no warning: the published manifest has no scripts to run or approve', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest.scripts).toBeUndefined();
    expect(installLog).not.toMatch(/warn/i);
    // The repository's own manifest is back as it was.
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.prepare).toBeDefined();
  });

  it('installs globally and runs from any directory', () => {
    const r = spawnSync(installed(), ['ask', 'how many missiles hit al-Asad?', '--json'], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: `${join(prefix, 'bin')}:${process.env.PATH}` },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).answer).toBe('17 missiles');
  });

  it('has the version of package.json', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(execFileSync(installed(), ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });

  it('validates --data files with the installed package alone', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1}');
    const r = spawnSync(installed(), ['validate', bad], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('article');
  });

  it('imports as a typed library', () => {
    const app = join(work, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    symlinkSync(join(prefix, 'lib', 'node_modules', 'factq'), join(app, 'node_modules', 'factq'));
    writeFileSync(join(app, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(app, 'main.ts'),
      [
        "import { ask, bundled, search } from 'factq';",
        "import type { Fact, Reply } from 'factq';",
        "const hits: Array<Fact & { score?: number }> = search('al-Asad', { limit: 3 });",
        "const reply: Reply = ask('how many missiles were fired?', { dataset: bundled() });",
        'const n: number = hits.length;',
        "const a: string | null = reply.answer;",
        'console.log(n, a);',
        '// @ts-expect-error: limit is a number',
        "search('x', { limit: 'ten' });",
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), 'main.ts'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "import { search } from 'factq'; console.log(search('zarif', { limit: 1 })[0].id)"], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(run.stdout.trim()).toBe('zarif-is-foreign-minister');
  });
});
