// npm run check:article -- PATH: check data/facts.json against the article it was written from.
// - the article's questions, verbatim and in order, and its paragraph count;
// - every quote verbatim in the paragraph its fact cites;
// - every figure present in that paragraph, in digits or in words;
// - fact texts and entity descriptions in the project's own words: no run of 6 or more words copied
//   from the article outside a quote.
// Then `factq extract` on the same article: it validates, its questions and paragraph count are the
// article's, and every quote is verbatim and every figure present in the paragraph it cites.
// Exit 0 when all hold, 1 with every problem listed, 2 when the article cannot be read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

// The structure a dataset of this article must have: its questions and paragraph count.
function checkStructure(dataset, problem) {
  if (dataset.article.paragraphs !== paragraphs.length)
    problem('article.paragraphs', `is ${dataset.article.paragraphs}, the article has ${paragraphs.length}`);
  questions.forEach((q, i) => {
    const mine = dataset.article.questions[i];
    if (!mine || mine.number !== i + 1 || mine.text !== q) problem(`article.questions[${i}]`, `expected ${i + 1}: ${JSON.stringify(q)}`);
  });
  if (dataset.article.questions.length !== questions.length)
    problem('article.questions', `has ${dataset.article.questions.length}, the article has ${questions.length}`);
}
checkStructure(data, problem);

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ZERO = /\bno\b|\bnone\b|\bnobody\b|\bno one\b|n[’']t kill anyone/i;
const shingles = (words, n) => new Set(words.map((_, i) => words.slice(i, i + n).join(' ')).filter((s, i) => i + n <= words.length));
const RUN = 6;
const articleRuns = shingles(fold(paragraphs.join(' ')), RUN);

// Every quote verbatim and every figure present in the paragraph a fact cites; the paragraph, or undefined.
function checkCited(f, where, problem) {
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
  return para;
}

data.facts.forEach((f, i) => {
  const where = `facts[${i}] ${f.id}`;
  if (checkCited(f, where, problem) === undefined) return;
  const copied = [...shingles(fold(f.text), RUN)].filter((s) => articleRuns.has(s) && !(f.quote && fold(f.quote.text).join(' ').includes(s)));
  if (copied.length) problem(where, `text copies the article: "${copied[0]}"`);
});
data.entities.forEach((e, i) => {
  const copied = [...shingles(fold(e.description), RUN)].filter((s) => articleRuns.has(s));
  if (copied.length) problem(`entities[${i}] ${e.name}`, `description copies the article: "${copied[0]}"`);
});

// factq extract on the same article (it refuses to print a dataset that does not validate).
const extracted = JSON.parse(
  execFileSync(process.execPath, [fileURLToPath(new URL('../bin/factq.js', import.meta.url)), 'extract', articlePath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const extractProblem = (where, msg) => problem(`extract: ${where}`, msg);
checkStructure(extracted, extractProblem);
extracted.facts.forEach((f, i) => checkCited(f, `facts[${i}] ${f.id}`, extractProblem));
const extractQuotes = extracted.facts.filter((f) => f.quote).length;

for (const p of problems) console.error(`check-article: ${p}`);
console.log(
  `check-article: ${data.facts.length} facts against ${paragraphs.length} paragraphs and ${questions.length} questions: ` +
    (problems.length ? `${problems.length} problems` : 'all quotes verbatim, all figures present, no copied runs'),
);
console.log(`check-article: extract made ${extracted.facts.length} facts (${extractQuotes} with quotes) and ${extracted.entities.length} entities from it`);
process.exitCode = problems.length ? 1 : 0;
