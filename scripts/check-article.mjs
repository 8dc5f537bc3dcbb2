// npm run check:article -- PATH: check data/facts.json against the article it was written from.
// - the article's questions, verbatim and in order, and its paragraph count;
// - every quote verbatim in the paragraph its fact cites;
// - every figure present in that paragraph, in digits or in words;
// - fact texts and entity descriptions in the project's own words: no run of 6 or more words copied
//   from the article outside a quote.
// Exit 0 when all hold, 1 with every problem listed, 2 when the article cannot be read.
import { readFileSync } from 'node:fs';
import { words as fold } from '../dist/index.js';

const articlePath = process.argv[2];
if (!articlePath) {
  console.error('usage: npm run check:article -- PATH/TO/ARTICLE.txt');
  process.exit(2);
}
let raw;
try {
  raw = readFileSync(articlePath, 'utf8');
} catch (err) {
  console.error(`check-article: cannot read ${articlePath}: ${err.code ?? err.message}`);
  process.exit(2);
}
const data = JSON.parse(readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8'));

// The article's README: line 1 is a header; lines ending in "?" are questions; other lines paragraphs.
const lines = raw.split(/\r?\n/).slice(1).map((l) => l.trim()).filter(Boolean);
const questions = lines.filter((l) => l.endsWith('?'));
const paragraphs = lines.filter((l) => !l.endsWith('?'));

const problems = [];
const problem = (where, msg) => problems.push(`${where}: ${msg}`);

if (data.article.paragraphs !== paragraphs.length)
  problem('article.paragraphs', `is ${data.article.paragraphs}, the article has ${paragraphs.length}`);
questions.forEach((q, i) => {
  const mine = data.article.questions[i];
  if (!mine || mine.number !== i + 1 || mine.text !== q) problem(`article.questions[${i}]`, `expected ${i + 1}: ${JSON.stringify(q)}`);
});
if (data.article.questions.length !== questions.length)
  problem('article.questions', `has ${data.article.questions.length}, the article has ${questions.length}`);

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ZERO = /\bno\b|\bnone\b|\bnobody\b|\bno one\b|n[’']t kill anyone/i;
const shingles = (words, n) => new Set(words.map((_, i) => words.slice(i, i + n).join(' ')).filter((s, i) => i + n <= words.length));
const RUN = 6;
const articleRuns = shingles(fold(paragraphs.join(' ')), RUN);

data.facts.forEach((f, i) => {
  const where = `facts[${i}] ${f.id}`;
  const para = paragraphs[f.paragraph - 1];
  if (para === undefined) return problem(where, `cites paragraph ${f.paragraph}, which the article lacks`);
  if (f.quote && !para.includes(f.quote.text)) problem(where, `quote is not verbatim in paragraph ${f.paragraph}`);
  for (const n of f.numbers ?? []) {
    const found =
      n.value === 0
        ? ZERO.test(para)
        : new RegExp(`\\b${n.value}\\b`).test(para) || (WORDS[n.value] && new RegExp(`\\b${WORDS[n.value]}\\b`, 'i').test(para));
    if (!found) problem(where, `figure ${n.value} (${n.unit}) is not in paragraph ${f.paragraph}`);
  }
  const copied = [...shingles(fold(f.text), RUN)].filter((s) => articleRuns.has(s) && !(f.quote && fold(f.quote.text).join(' ').includes(s)));
  if (copied.length) problem(where, `text copies the article: "${copied[0]}"`);
});
data.entities.forEach((e, i) => {
  const copied = [...shingles(fold(e.description), RUN)].filter((s) => articleRuns.has(s));
  if (copied.length) problem(`entities[${i}] ${e.name}`, `description copies the article: "${copied[0]}"`);
});

for (const p of problems) console.error(`check-article: ${p}`);
console.log(
  `check-article: ${data.facts.length} facts against ${paragraphs.length} paragraphs and ${questions.length} questions: ` +
    (problems.length ? `${problems.length} problems` : 'all quotes verbatim, all figures present, no copied runs'),
);
process.exitCode = problems.length ? 1 : 0;
