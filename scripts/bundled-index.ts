// Run by the build: print, as JSON for inlining into the CLI, what would otherwise be computed at every
// start-up: the bundled dataset's index snapshot, with what the English dictionary gives for each of the
// dataset's own words (so a query made of them reads no dictionary file at run time), its entity names,
// and its asks as restatement keys.
import { Corpus, encodeRestatements, entityNamesTable } from '../src/core/corpus.js';
import { bundled } from '../src/core/dataset.js';
import { encodeSnapshot } from '../src/core/index/snapshot.js';
import { dictionaryText } from '../src/core/index/vocabulary.js';
import { QUESTION_WORDS, STOP_WORDS, stem, words } from '../src/core/text/index.js';
import { knownWordsText } from '../src/core/text/english.js';

const dataset = bundled();
const corpus = new Corpus(dataset);
const index = corpus.index;
const texts = [
  ...dataset.facts.flatMap((f) => [f.text, f.quote?.text ?? '', f.attribution, ...(f.asks ?? []), ...(f.numbers ?? []).map((n) => n.unit), ...f.entities]),
  ...dataset.entities.flatMap((e) => [e.name, ...e.aliases]),
  ...dataset.article.questions.map((q) => q.text),
];
const dataWords = [...new Set(texts.flatMap((t) => words(t)))];
const dictionary = dictionaryText(dataWords.map((word) => [word, index.vocabulary.dictionaryMatches(word)] as const));
// The entities' names of several words, folded ("united states"): what is said of a name as a whole.
const names = dataset.entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => words(n).join(' ')).filter((n) => n.includes(' '));
// The data's stems, and what stands before one of them in another ("air" in "airbase"), which a query of
// the data's words looks up.
const stems = [...new Set(dataWords.map(stem))].filter((st) => /^[a-z]+$/.test(st));
const heads = stems.flatMap((st) => stems.filter((end) => end.length >= 3 && st.length > end.length + 1 && st.endsWith(end)).map((end) => st.slice(0, -end.length)));
// Each fact's asks as restatement keys, by article rank: stemming them all costs ask a millisecond a run.
const asked = encodeRestatements(corpus);
process.stdout.write(JSON.stringify({ index: { ...encodeSnapshot(index.snapshot()), dictionary }, names: entityNamesTable(corpus), asked, knownWords: knownWordsText(new Set([...dataWords, ...names, ...STOP_WORDS, ...QUESTION_WORDS]), [...stems, ...heads]) }));
