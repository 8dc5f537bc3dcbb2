// npm run bench: start-up against bare Node, and scale over generated 1k, 10k and 100k-fact datasets.
// Figures are medians of interleaved runs; ratios come from the same run. Not a test: the machine is
// shared and noisy, so read the figures, do not assert on them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, writeDataset } from './generate.mjs';

const bin = fileURLToPath(new URL('../bin/factq.js', import.meta.url));
const hook = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));
const inProcess = fileURLToPath(new URL('./in-process.mjs', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').filter(Boolean).map(Number);
const work = mkdtempSync(join(tmpdir(), 'factq-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

function timed(args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = /factq-bench-maxrss-kb (\d+)/.exec(r.stderr);
  return { ms: elapsed, rssMb: rss ? Number(rss[1]) / 1024 : undefined };
}

console.log(`factq benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${RUNS} runs\n`);

// Start-up: interleave so drift in machine load hits every command alike.
const startup = { node: [], search: [], ask: [] };
const searchArgs = [bin, 'search', 'missiles al-Asad', '--json'];
const askArgs = [bin, 'ask', 'how many missiles hit al-Asad?', '--json'];
for (let i = 0; i < RUNS; i++) {
  startup.node.push(timed(['-e', '0']).ms);
  startup.search.push(timed(searchArgs).ms);
  startup.ask.push(timed(askArgs).ms);
}
const base = median(startup.node);
console.log('Start-up (bundled dataset), median wall time');
console.log(`  node -e 0                                ${ms(base)}`);
console.log(`  factq search "missiles al-Asad" --json   ${ms(median(startup.search))}  ${(median(startup.search) / base).toFixed(2)}× node`);
console.log(`  factq ask "how many missiles hit al-Asad?" ${ms(median(startup.ask))}  ${(median(startup.ask) / base).toFixed(2)}× node`);

console.log('\nScale (generated datasets; whole process = one command with --data)');
console.log('  facts    file   load   index  p50    p95    peak RSS | search cold ask cold  RSS  | search warm ask warm  RSS');
const ratios = [];
for (const n of SIZES) {
  const file = join(work, `facts-${n}.json`);
  writeDataset(file, generate(n));
  const mb = statSync(file).size / 1024 / 1024;
  const inproc = JSON.parse(spawnSync(process.execPath, [inProcess, file], { encoding: 'utf8' }).stdout);
  const cache = join(work, `cache-${n}`);
  const env = { XDG_CACHE_HOME: cache };
  const q = [bin, 'search', 'missile base', '--data', file, '--json'];
  const a = [bin, 'ask', 'how many drones were launched?', '--data', file, '--json'];
  // Timed runs go without the RSS hook (`--import` starts Node's ES module loader, ~10 ms); each kind of
  // run is made once more with it, for its peak RSS.
  const rssOf = (args, env) => timed(['--import', hook, ...args], env).rssMb ?? 0;
  // A cold run finds no cache entry: each gets an empty cache directory of its own.
  const coldEnv = (i) => ({ XDG_CACHE_HOME: join(work, `cold-${n}-${i}`) });
  const cold = median([0, 1, 2].map((i) => timed(q, coldEnv(i)).ms));
  const askCold = median([3, 4, 5].map((i) => timed(a, coldEnv(i)).ms));
  const coldRss = Math.max(rssOf(q, coldEnv(6)), rssOf(a, coldEnv(7)));
  timed(q, env); // fills the cache the warm runs read
  // Warm runs interleaved with bare Node, for ratios from the same minutes.
  const nodeRuns = [];
  const warmRuns = [];
  const askRuns = [];
  for (let i = 0; i < 5; i++) {
    nodeRuns.push(timed(['-e', '0']).ms);
    warmRuns.push(timed(q, env).ms);
    askRuns.push(timed(a, env).ms);
  }
  const [warm, askWarm] = [median(warmRuns), median(askRuns)];
  ratios.push(`  ${String(n).padStart(7)}: search ${(warm / median(nodeRuns)).toFixed(2)}×, ask ${(askWarm / median(nodeRuns)).toFixed(2)}× node -e 0 (${ms(median(nodeRuns))})`);
  const warmRss = Math.max(rssOf(q, env), rssOf(a, env));
  console.log(
    `  ${String(n).padStart(6)} ${mb.toFixed(1).padStart(5)}M ${ms(inproc.loadMs).padStart(7)} ${ms(inproc.indexMs).padStart(7)}` +
      ` ${inproc.p50.toFixed(1).padStart(4)}ms ${inproc.p95.toFixed(1).padStart(5)}ms ${inproc.maxRssMb.toFixed(0).padStart(5)} MB |` +
      ` ${ms(cold).padStart(10)} ${ms(askCold).padStart(8)} ${coldRss.toFixed(0).padStart(4)} MB |` +
      ` ${ms(warm).padStart(10)} ${ms(askWarm).padStart(8)} ${warmRss.toFixed(0).padStart(4)} MB`,
  );
}
console.log('\nWarm runs against bare Node, interleaved (medians of 5):');
for (const line of ratios) console.log(line);
peerComparison(SIZES.includes(100000) ? 100000 : SIZES.at(-1));

console.log('\nload = read + parse + validate (in-process, no cache); index = first build; p50/p95 over 150 mixed search and ask queries.');
console.log('A file over 1 MiB (10k facts and up) is read fact by fact and indexed as it is read: its load includes the index.');
console.log('cold = a first run (median of 3), which checks the file, builds the index and caches it; warm = median of 5 later runs;');
console.log('RSS = peak of one more such run of each command, made with a hook that reports it.');
rmSync(work, { recursive: true, force: true });

// The tool a user might reach for instead: SQLite's FTS5 (bm25, an OR of the words; no typos, synonyms
// or aliases), from Debian's sqlite3, installed when missing and skipped when it cannot be had. Both are
// whole processes on the same facts and query; factq's cache is warm.
function sqlite3() {
  const has = () => spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0;
  if (has()) return true;
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'sqlite3'], { stdio: 'ignore' }).status === 0 && has()) return true;
  return false;
}

function peerComparison(n) {
  if (!n) return;
  if (!sqlite3()) {
    console.log('\nPeer comparison skipped: sqlite3 is not installed and could not be (apt-get install sqlite3).');
    return;
  }
  const file = join(work, `facts-${n}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const tsv = join(work, 'facts.tsv');
  writeFileSync(tsv, data.facts.map((f) => `${f.id}\t${`${f.text} ${f.quote?.text ?? ''} ${f.entities.join(' ')}`.replace(/[\t\n\r"]/g, ' ')}`).join('\n') + '\n');
  const db = join(work, 'facts.db');
  rmSync(db, { force: true });
  const made = spawnSync('sqlite3', [db], {
    input: `CREATE TABLE plain(id TEXT, body TEXT);\n.mode tabs\n.import ${tsv} plain\nCREATE VIRTUAL TABLE facts USING fts5(id UNINDEXED, body);\nINSERT INTO facts SELECT id, body FROM plain;\nDROP TABLE plain;\nVACUUM;\n`,
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    console.log(`\nPeer comparison skipped: sqlite3 could not build the FTS5 table (${made.stderr.trim().split('\n')[0]}).`);
    return;
  }
  const sql = "SELECT id, bm25(facts) FROM facts WHERE facts MATCH 'missile OR base' ORDER BY bm25(facts) LIMIT 10;";
  const env = { XDG_CACHE_HOME: join(work, `cache-${n}`) };
  const q = [bin, 'search', 'missile base', '--data', file, '--json'];
  const runs = { node: [], factq: [], sqlite: [] };
  timed(q, env); // the cache is warm
  for (let i = 0; i < 7; i++) {
    runs.node.push(timed(['-e', '0']).ms);
    runs.factq.push(timed(q, env).ms);
    const start = process.hrtime.bigint();
    spawnSync('sqlite3', [db, sql], { encoding: 'utf8' });
    runs.sqlite.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const [nodeMs, factqMs, sqliteMs] = [median(runs.node), median(runs.factq), median(runs.sqlite)];
  console.log(`\nPeer comparison at ${n} facts, "missile base", whole processes, median of 7 interleaved:`);
  console.log(`  node -e 0                      ${ms(nodeMs)}`);
  console.log(`  factq search (warm cache)      ${ms(factqMs)}  ${(factqMs / nodeMs).toFixed(2)}× node`);
  console.log(`  sqlite3 FTS5, bm25, OR query   ${ms(sqliteMs)}  ${(sqliteMs / nodeMs).toFixed(2)}× node; factq/sqlite3 ${(factqMs / sqliteMs).toFixed(2)}`);
}
