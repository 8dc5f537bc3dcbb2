// Query samples for benchmarks, drawn from a dataset's own words: names, nouns, figures, typos.
import { rng } from './generate.mjs';

/** `n` queries, a third of them `ask` questions, some with a typo; the same dataset gives the same list. */
export function generateQueries(dataset, n, seed = 7) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const vocab = dataset.facts.slice(0, 2000).flatMap((f) => f.text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const names = dataset.entities.map((e) => e.name);
  const typo = (w) => (w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w);
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.33) {
      const f = pick(dataset.facts);
      const unit = f.numbers?.[0]?.unit ?? 'missiles';
      out.push({ kind: 'ask', text: `how many ${unit} did ${f.entities[0] ?? pick(names)} ${pick(['fire', 'launch', 'report', 'lose'])}?` });
    } else if (r < 0.5) out.push({ kind: 'search', text: typo(pick(vocab)) });
    else if (r < 0.75) out.push({ kind: 'search', text: `${pick(names)} ${pick(vocab)}` });
    else out.push({ kind: 'search', text: `${pick(vocab)} ${pick(vocab)} ${pick(vocab)}` });
  }
  return out;
}
