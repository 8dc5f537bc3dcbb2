// Child of bench.mjs: load one dataset in-process and time the load, the index and many queries.
// Prints one JSON line. Usage: node bench/in-process.mjs FILE
import { generateQueries } from './queries.mjs';
import { loadCorpus, search, ask } from '../dist/index.js';

const file = process.argv[2];
let t = performance.now();
// A Corpus keeps its index across calls (a plain dataset would be indexed per call).
const dataset = await loadCorpus(file);
const loadMs = performance.now() - t;
t = performance.now();
search('warmup', { dataset, limit: 1 }); // builds the index
const indexMs = performance.now() - t;

const times = { search: [], ask: [] };
for (const q of generateQueries(dataset.dataset, 150)) {
  const s = performance.now();
  if (q.kind === 'ask') ask(q.text, { dataset });
  else search(q.text, { dataset });
  times[q.kind].push(performance.now() - s);
}
const pct = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const all = [...times.search, ...times.ask];
console.log(
  JSON.stringify({
    facts: dataset.dataset.facts.length,
    loadMs,
    indexMs,
    p50: pct(all, 50),
    p95: pct(all, 95),
    searchP50: pct(times.search, 50),
    askP50: pct(times.ask, 50),
    queries: all.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
