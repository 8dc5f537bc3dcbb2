// npm run eval: how well `factq ask` answers a question set (default bench/ask-eval.json).
// Prints top-1, top-3 and refusal accuracy and lists every miss. Exit 1 if a goal is missed.
import { readFileSync } from 'node:fs';
import { bundled, evaluate } from '../dist/index.js';

const file = process.argv[2] ?? new URL('./ask-eval.json', import.meta.url);
const set = JSON.parse(readFileSync(file, 'utf8'));
const r = evaluate(bundled(), set);
// Counts and two decimals: rounding must never make a miss look like a goal met.
const pct = (x, n) => `${Math.round(x * n)}/${n} = ${(Math.floor(x * 10000) / 100).toFixed(2)}%`;
console.log(`answerable questions: ${r.answerable}, unanswerable: ${r.unanswerable}`);
console.log(`top-1    ${pct(r.top1, r.answerable)}  (goal >= 95%)`);
console.log(`top-3    ${pct(r.top3, r.answerable)}  (goal >= 99%)`);
console.log(`refusals ${pct(r.refusals, r.unanswerable)}  (goal 100%)`);
for (const m of r.misses) {
  const expected = m.expected.length ? m.expected.join(' | ') : '(refusal)';
  console.log(`miss ${m.kind.padEnd(7)} ${JSON.stringify(m.question)}\n     expected ${expected}\n     got      ${m.got.join(', ') || '(no answer)'}`);
}
process.exitCode = r.top1 >= 0.95 && r.top3 >= 0.99 && r.refusals === 1 ? 0 : 1;
