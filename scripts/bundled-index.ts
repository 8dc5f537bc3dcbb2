// Run by the build: print, as JSON for inlining into the CLI, what would otherwise be computed at every
// start-up: the bundled dataset's index snapshot, with what the English dictionary gives for each of the
// dataset's own words (so a query made of them reads no dictionary file at run time), and its entity phrases.
import { Corpus } from '../src/core/corpus.js';
import { bundled } from '../src/core/dataset.js';
import { encodeSnapshot } from '../src/core/index/snapshot.js';
import { words } from '../src/core/text/index.js';

const dataset = bundled();
const corpus = new Corpus(dataset);
const index = corpus.index;
const texts = [
  ...dataset.facts.flatMap((f) => [f.text, f.quote?.text ?? '', f.attribution, ...(f.asks ?? []), ...(f.numbers ?? []).map((n) => n.unit), ...f.entities]),
  ...dataset.entities.flatMap((e) => [e.name, ...e.aliases]),
  ...dataset.article.questions.map((q) => q.text),
];
const dictionary: Record<string, Array<[string, number]>> = {};
for (const word of new Set(texts.flatMap((t) => words(t)))) dictionary[word] = index.vocabulary.dictionaryMatches(word);
const { byWords, longest } = corpus.entityPhrases();
process.stdout.write(JSON.stringify({ index: { ...encodeSnapshot(index.snapshot()), dictionary }, phrases: [...byWords], longest }));
