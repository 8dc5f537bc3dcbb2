import { describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.mjs';
import type { Dataset } from '../src/core/model.js';
import { Corpus, entityNamesTable } from '../src/core/corpus.js';
import { bundledCorpus } from '../src/core/dataset.js';
import { MAX_TERMS, findFacts, searchFacts, searchTerms, termsOf } from '../src/core/search.js';
import { normalise, phraseRuns, stem } from '../src/core/text/index.js';
import { entityTerm } from '../src/core/index/build.js';
import { stemTable } from '../src/core/index/stem-table.js';
import { Vocabulary } from '../src/core/index/vocabulary.js';

const data = bundledCorpus();
const top = (q: string, filter = {}): string | undefined => searchFacts(data, q, filter, 5)[0]?.fact.id;

describe('search: top result', () => {
  // [query, expected top id]: typos, spelling variants, folded punctuation and paraphrase.
  it.each([
    ['missiles al-Asad', 'missiles-fired-at-al-asad'],
    ['khamenie', 'khamenei-is-supreme-leader'],
    ['khamenie not sufficient', 'khamenei-military-action-not-sufficient'],
    ['al asad missiles', 'missiles-fired-at-al-asad'],
    ['Erbil', 'missiles-fired-at-irbil'],
    ['arbil missiles', 'missiles-fired-at-irbil'],
    ['irans foreign minister', 'zarif-is-foreign-minister'],
    ['Iran’s foreign minister', 'zarif-is-foreign-minister'],
    // A journalist's name for the office.
    ['iran top diplomat', 'zarif-is-foreign-minister'],
    ['commander in chief', 'trump-is-us-president'],
    ['zarif self-defence', 'zarif-measures-concluded'],
    ['severe revenge', 'iran-vowed-severe-revenge'],
    ['british casualties', 'no-uk-casualties'],
    ['Ministry of Defense', 'no-uk-casualties'],
    ['iraqi army personnel', 'no-iraqi-personnel-killed'],
    ['52 targets', 'trump-threatened-52-targets'],
    ['embasy bagdad', 'iran-attacked-us-embassy-baghdad'],
    ['covert action', 'iran-likely-to-plan-covert-action'],
    ['state tv footage', 'footage-will-loop-on-state-tv'],
    ['western media lying', 'iran-may-claim-western-media-lying'],
    ['democrats hysterical', 'trump-could-call-democrats-hysterical'],
    ['wednesday', 'trump-to-speak-wednesday-morning'],
    ['supreme leader', 'khamenei-is-supreme-leader'],
    ['soleimani killed', 'us-killed-soleimani'],
    // A phrasal verb is one word: "back down" is to retreat, not "back" as in "strike back".
    ['would trump back down', 'letting-missiles-go-is-climb-down'],
    // A middle name or initial the data leaves out, inside a person's name, is part of it.
    ['Ayatollah Seyed Ali Khamenei', 'khamenei-is-supreme-leader'],
    ['Seyed Ali Khamenei', 'khamenei-is-supreme-leader'],
    ['donald j trump', 'next-move-is-trumps'],
    // A slip in a short word of a name read as the name's word, where the phrase then names it ("Ayn" for "Ain").
    ['Ayn al-Asad', 'al-asad-in-western-iraq'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });
});

describe('search: ranking rules', () => {
  it('ranks facts holding all the words above facts holding some', () => {
    const hits = searchFacts(data, 'missiles irbil', {}, 50);
    const firstPartial = hits.findIndex((h) => h.matched < 2);
    const lastFull = hits.map((h) => h.matched).lastIndexOf(2);
    expect(lastFull).toBeGreaterThanOrEqual(0);
    expect(firstPartial === -1 || lastFull < firstPartial).toBe(true);
  });

  // ("Expected" is near "scheduled" and near "next": one word of the fact, standing for both, is one word
  // matched; the fact saying "scheduled" matches it exactly.)
  it('counts a data word two query words match by relation once', () => {
    const hits = searchFacts(data, 'Trump scheduled to do next', {}, 3);
    expect(hits[0]?.fact.id).toBe('trump-to-speak-wednesday-morning');
    expect(hits.find((h) => h.fact.id === 'retaliation-means-more-shooting')?.matched ?? 0).toBeLessThan(3);
  });

  it('scores from 0 to 1, best first', () => {
    const hits = searchFacts(data, 'iran missiles', {}, 50);
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('breaks ties in article order', () => {
    const hits = searchFacts(data, 'trump', {}, 50);
    for (let i = 1; i < hits.length; i++) {
      if (hits[i]!.score === hits[i - 1]!.score) {
        expect(hits[i]!.fact.paragraph).toBeGreaterThanOrEqual(hits[i - 1]!.fact.paragraph);
      }
    }
  });

  it('is deterministic', () => {
    expect(searchFacts(data, 'iran us war', {}, 20)).toEqual(searchFacts(data, 'iran us war', {}, 20));
  });

  it('applies filters', () => {
    const hits = searchFacts(data, 'missiles', { type: 'statement' }, 50);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.fact.type === 'statement')).toBe(true);
    expect(searchFacts(data, 'missiles', { question: 2 }, 50).every((h) => h.fact.question === 2)).toBe(true);
    expect(searchFacts(data, 'war', { entity: 'Donald Trump' }, 50).every((h) => h.fact.entities.includes('Donald Trump'))).toBe(true);
  });

  it('finds a common word one slip from a question word ("die", "did") where no question word stands', () => {
    const bareData = new Corpus({ ...data.dataset, facts: data.dataset.facts.map(({ asks: _asks, answer: _answer, ...f }) => f) });
    expect(searchFacts(bareData, 'die', {}, 5).length).toBeGreaterThan(0);
    expect(searchFacts(bareData, 'who died', {}, 5).length).toBeGreaterThan(0);
  });

  it('finds nothing for words the article lacks', () => {
    expect(searchFacts(data, 'xylophone quantum', {}, 10)).toEqual([]);
    expect(searchFacts(data, '', {}, 10)).toEqual([]);
    expect(searchFacts(data, '!!! ...', {}, 10)).toEqual([]);
  });

  it('uses at most MAX_TERMS words of a huge query', () => {
    const huge = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ') + ' zarif';
    expect(termsOf(data, huge)).toHaveLength(MAX_TERMS);
    expect(() => searchFacts(data, 'x'.repeat(10000))).not.toThrow();
  });

  it('keeps exactly the best `limit` of the full ranking, on a large dataset with common words', () => {
    const big = new Corpus(JSON.parse(JSON.stringify(generate(3000))) as Dataset);
    for (const q of ['missile base', 'drone strike city', 'militia', 'the vote on the deal', 'rocket minister talks']) {
      const all = searchFacts(big, q, {}, 100_000);
      expect(all.length).toBeGreaterThan(50);
      // The full ranking: more words matched first, then higher score, then article order.
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!, all[i]!];
        const inOrder = a.matched !== b.matched ? a.matched > b.matched : a.score !== b.score ? a.score > b.score : a.rank < b.rank;
        expect(inOrder).toBe(true);
      }
      for (const limit of [1, 3, 10, 40]) {
        expect(searchFacts(big, q, {}, limit).map((h) => h.fact.id)).toEqual(all.slice(0, limit).map((h) => h.fact.id));
      }
      const statements = all.filter((h) => h.fact.type === 'statement').slice(0, 10);
      expect(searchFacts(big, q, { type: 'statement' }, 10)).toEqual(statements);
    }
  });

  it('does not confuse Iran with Iraq', () => {
    const hit = searchFacts(data, 'iran', {}, 50);
    expect(hit.every((h) => !h.stems.includes('iraq'))).toBe(true);
  });
});

describe('search: what the article does not mention', () => {
  // Names, places and topics the article never mentions, and stop words alone: nothing, so that
  // `if factq search ...` answers "does the article mention this?".
  // "Pentagon" typed as a name: its neighbours in news text ("defense") are other things, not it.
  // "Boeing" is no slip of "being" (a stop word); a "plane" is no "plan" (Iran's planning); "peace", near
  // "accord", finds no "according to Iraq's military"; "republicans", near "democrats" in news text, are
  // a sister kind of party, not the Democrats; "Fox News", a name in capitals the data does not know, is
  // no "confuse" (WordNet's "fox") nor television.
  // "IRNA", an acronym the data lacks, is no slip of "Iran"; "Iranian president" is a post the article
  // gives no one (its president is America's). "tone", stemmed "ton", is no "washing" + "ton": a name is
  // no compound. "biden" typed in lower case is no slip of the rare "bide" (whose relative "stay" the data has).
  // "post" (a station) is nothing in the United States: "station" and "state" are no one stem; nor are
  // "used" and "using" forms of "US". A "ground invasion" is none of the "bases" ("basis", near "ground", has
  // that plural too).
  it.each(['ground invasion', 'biden', 'tone', 'Iranian president', 'iraqi prime minister', 'IRNA', 'Fox News', 'missiles Fox News', 'Bank of England', 'republicans', 'coalition', 'Boeing', 'plane crash', 'planes', 'helicopter', 'Pelosi', 'ayn', 'Seyed Hassan Nasrallah', 'Ali Khamenei Larijani', 'Saudi Arabia', 'Ukrainian airliner', 'Strait of Hormuz', 'economic sanctions', 'weather forecast', 'proxies', 'the', 'a the of', 'drone strike', 'Pentagon', 'what the Pentagon said', 'peace', 'peace accord', 'post', 'radio station', 'used', 'using'])(
    '%s finds nothing',
    (query) => {
      expect(searchFacts(data, query, {}, 10)).toEqual([]);
    },
  );

  // "Threat" finds "threatened": a verb of a word and -en whose gloss says the word.
  it('finds a threat told as "threatened"', () => {
    expect(searchFacts(data, 'threat', {}, 1)[0]?.fact.id).toBe('trump-threatened-52-targets');
  });

  // A post of a country the data gives someone is found, by the country's name or its people's word.
  it.each([
    ['US president', /trump/],
    ['american president', /trump/],
    ['iranian foreign minister', /zarif/],
  ])('%s finds its holder', (query, id) => {
    expect(searchFacts(data, query, {}, 1)[0]?.fact.id).toMatch(id);
  });

  // A name in capitals that the data knows, as typed, as an acronym or by a slip, is that name.
  it.each([
    ['State TV', /state-tv/],
    ['Ayatollah Khamenie', /khamenei/],
    ['FM Zarif', /zarif/],
    ['Ministry of Defence', /no-uk-casualties/],
  ])('%s finds the name in capitals', (query, id) => {
    expect(searchFacts(data, query, {}, 1)[0]?.fact.id).toMatch(id);
  });

  // A name of two words typed as one ("alasad" for al-Asad) is that name.
  it.each([
    ['alasad', /al-asad/],
    ['missiles alasad', /al-asad/],
    ['usforces', /./],
  ])('%s finds the name typed apart', (query, id) => {
    expect(searchFacts(data, query, {}, 1)[0]?.fact.id).toMatch(id);
  });

  // A word for the same comparison of strength is the data's ("superior" is "stronger").
  it.each(['mightier us forces', 'more powerful american army'])('%s finds the stronger US military', (query) => {
    expect(findFacts(data, query).hits[0]?.fact.id).toBe('iran-avoiding-war-with-stronger-us');
  });

  // A figure typed against its word ("22missiles") is the two; an ordinal or a word the data lacks is not.
  it.each([
    ['22missiles', 'iran-fired-22-missiles'],
    ['17missiles al-asad', 'missiles-fired-at-al-asad'],
  ])('%s finds the figure and its word', (query, id) => {
    expect(findFacts(data, query).hits[0]?.fact.id).toBe(id);
  });
  it.each(['22nd', '5zzqx'])('%s finds nothing', (query) => {
    expect(findFacts(data, query).hits).toEqual([]);
  });

  // An adverb the article lacks says how, not what: not required beside words it has; alone, absent.
  it.each([
    ["the ball is firmly in trump's court", 'next-move-is-trumps'],
    ['missiles deliberately fired at irbil', 'missiles-fired-at-irbil'],
  ])('%s: the adverb is not required', (query, id) => {
    expect(searchFacts(data, query, {}, 1).map((h) => h.fact.id)).toEqual([id]);
  });
  it.each(['firmly', 'deliberately firmly'])('%s, adverbs alone, finds nothing', (query) => {
    expect(findFacts(data, query)).toEqual({ hits: [], missing: query.split(' ') });
  });

  // A word found only as a neighbour in news text of another word typed is no word the article says:
  // "withdrawal" is near "troops", which the data has, but the data says nothing of a withdrawal.
  it.each([
    ['troops withdrawal', 'withdrawal'],
    ['withdrawal of troops', 'withdrawal'],
  ])('%s finds nothing: %s is found only through the other word', (query, word) => {
    expect(findFacts(data, query)).toEqual({ hits: [], missing: [word] });
  });
  // A word typed alone and found only through a neighbour in news text that is no neighbour of it in turn
  // is no mention: a sniper is near shootings, but shootings are not near a sniper. Each other's neighbours
  // are ("vengeance" finds the revenge), and beside a word found as itself a one-way neighbour still counts,
  // where a fact holds the two together.
  it.each(['sniper', 'interceptor', 'ambush', 'militia'])('%s alone finds nothing', (query) => {
    expect(findFacts(data, query)).toEqual({ hits: [], missing: [query] });
  });
  // A word whose commonest sense is a name (the Pentagon, then a five-sided figure) is near what the name is
  // near in news text ("defense"): it is no mention of Britain's Ministry of Defence.
  it.each(['pentagon', 'kremlin'])('%s, a name first, finds nothing', (query) => {
    expect(findFacts(data, query).hits).toEqual([]);
  });
  // ("Stationed" is near "personnel", which no fact naming al-Asad holds: the article never says who is
  // stationed there. Alone it finds nothing, and so it must beside al-Asad.)
  it.each([
    ['stationed asad', 'stationed'],
    ['bombed asad', 'bombed'],
  ])('%s finds nothing: %s is found one way only, in no fact beside the other word', (query, word) => {
    expect(findFacts(data, query)).toEqual({ hits: [], missing: [word] });
  });
  it.each([
    ['vengeance', 'iran-vowed-severe-revenge'],
    ['us presence middle east', 'khamenei-wants-us-out-of-middle-east'],
  ])('%s still finds %s', (query, id) => {
    expect(searchFacts(data, query, {}, 1)[0]?.fact.id).toBe(id);
  });
  // A word found only as a kind of it, "retreat" of "withdrawal", is no mention of it either; one found as
  // a kind and a neighbour in news text, "missiles" of "rockets", is.
  it('finds rockets fired as the missiles', () => {
    expect(searchFacts(data, 'rockets fired', {}, 1)[0]?.fact.id).toMatch(/missiles/);
  });
  // (Found on its own, through a relation of its own, it counts: "hurt" is related to "wounded".)
  it('a word related to a data word counts beside that word', () => {
    expect(searchFacts(data, 'hurt wounded', {}, 1)[0]?.fact.id).toBeDefined();
  });

  it('names the words found nowhere', () => {
    expect(findFacts(data, 'drone strike').missing).toEqual(['drone']);
    expect(findFacts(data, 'iran missiles').missing).toEqual([]);
  });

  // Two words that name one thing are found only together: "minister" and "united" apart are no prime
  // minister and no United Nations.
  // A corpus reading its names from a table (a warm run, the bundled data) looks up runs of a bounded
  // number of words: unbounded, a query of a few hundred words tried every run of every length.
  it('looks names up in runs of a bounded length, with the same results', () => {
    const tabled = new Corpus(structuredClone(data.dataset), { names: entityNamesTable(data) });
    expect(tabled.entityPhrases().longest).toBeLessThanOrEqual(12);
    for (const q of ['state TV', 'Iranian state television footage', 'al-Asad airbase missiles', `what is ${'a b '.repeat(300)}here`]) expect(searchFacts(tabled, q, {}, 5).map((h) => h.fact.id)).toEqual(searchFacts(data, q, {}, 5).map((h) => h.fact.id));
  });

  // (And three, "X in Y" or "X of Y", as WordNet lists them: "commander in chief" is no commander and no chief.)
  // ("Commander in chief", once here, is a journalist's name for the president, whom the article names.)
  it.each(['prime minister', 'United Nations', 'White House', 'death toll', 'foreign policy', 'defence secretary', 'secretary of state', 'chief of staff'])('%s, a name of one thing, finds nothing', (query) => {
    expect(searchFacts(data, query, {}, 10)).toEqual([]);
    expect(findFacts(data, query).missing).toContain(query.toLowerCase());
  });

  it.each([
    ['military base', 'trump-tweet-missiles-at-two-bases'],
    // One word in the data ("airbase"): read as it, and a base that is no airbase still found.
    ['air base', 'missiles-fired-at-al-asad'],
    ['air base', 'irbil-base-smaller-in-northeast'],
    // An entity's alias is matched as a whole first.
    ['foreign minister', 'zarif-is-foreign-minister'],
    // (An entity's name of three words is its own: "Ministry of Defence".)
    ['ministry of defence', 'no-uk-casualties'],
  ])('%s, found together, is found', (query, id) => {
    expect(searchFacts(data, query, {}, 10).map((h) => h.fact.id)).toContain(id);
  });
});

describe('search: words, names and numbers', () => {
  // A slip one letter from a word of the names is that word before an English one: "trumph" is no "triumph"
  // (which had found "a political win" first).
  it('reads "trumph" as "trump"', () => {
    expect(searchFacts(data, 'trumph', {}, 3).map((h) => h.fact.id)).toEqual(searchFacts(data, 'trump', {}, 3).map((h) => h.fact.id));
  });
  it.each([
    ['trmp', 'Donald Trump'],
    ['irak', 'Iraq'],
    ['zarrif', 'Javad Zarif'],
    ['erbill', 'Irbil'],
    // A name spelt from another script: its vowels, or the letter for its first sound, differ.
    ['zareef', 'Javad Zarif'],
    ['kassem soleimani', 'Qassim Soleimani'],
    ['Ain al-Asad', 'al-Asad airbase'],
    // Not "twit" + "-er": only adjectives take -er.
    ['twiter', 'Twitter'],
  ])('%s finds facts naming %s first', (query, entity) => {
    const hits = searchFacts(data, query, {}, 3);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.fact.entities).toContain(entity);
  });

  // The table: "did anyone die" finds the report that no one was hurt first; a question of anyone at
  // all is answered by a fact of no one. With the facts' asks or without them.
  it.each(['did anyone die', 'was anybody hurt', 'anyone killed?'])('%s finds the report of no one hurt first', (query) => {
    const bareData = new Corpus({ ...data.dataset, facts: data.dataset.facts.map(({ asks: _asks, answer: _answer, ...f }) => f) });
    for (const corpus of [data, bareData]) expect(searchFacts(corpus, query, {}, 3)[0]?.fact.id).toBe('no-one-killed-or-injured');
  });
  // An English word in capitals before a name the data knows is its honorific: "Grand Ayatollah" is the
  // ayatollah; "Grand Canyon" names nothing the data knows.
  it('Grand Ayatollah finds Khamenei; Grand Canyon finds nothing', () => {
    expect(searchFacts(data, 'Grand Ayatollah', {}, 3)[0]?.fact.entities).toContain('Ali Khamenei');
    expect(searchFacts(data, 'what did the Grand Ayatollah say', {}, 3)[0]?.fact.entities).toContain('Ali Khamenei');
    expect(searchFacts(data, 'Grand Canyon', {}, 3)).toEqual([]);
  });
  it.each(['as well as', 'as well'])('%s is words joining others: it finds nothing', (query) => {
    expect(searchFacts(data, query, {}, 3)).toEqual([]);
  });
  it('"all is well" still finds the tweet', () => {
    expect(top('all is well')).toBe('trump-tweeted-all-is-well');
  });
  it('"no americans killed" finds the report of no American casualties first', () => {
    expect(top('no americans killed')).toBe('no-american-casualties');
  });
  it('"who killed soleimani" still finds the killing: no one is asked of', () => {
    expect(top('who killed soleimani')).toBe('us-killed-soleimani');
  });
  // A rare noun through the rare deed it comes from: an assassination is a killing.
  it('"assassination of soleimani" finds the killing', () => {
    expect(['us-killed-soleimani', 'strikes-retaliated-for-soleimani-killing']).toContain(top('assassination of soleimani'));
  });

  it('reads number words as digits', () => {
    for (const q of ['twenty two missiles', 'twenty-two missiles', '22 missiles']) expect(top(q)).toBe('iran-fired-22-missiles');
    expect(top('seventeen missiles')).toBe('missiles-fired-at-al-asad');
  });

  it('matches an entity named by a phrase as a whole, not word by word', () => {
    const ids = searchFacts(data, 'state TV', {}, 10).map((h) => h.fact.id);
    expect(ids[0]).toBe('footage-will-loop-on-state-tv');
    // "state" alone would find the United States: a phrase is not matched stem by stem.
    expect(ids.every((id) => data.dataset.facts.find((f) => f.id === id)!.entities.includes('Iranian state television'))).toBe(true);
  });

  it('matches a name with a slip of an English word in it', () => {
    expect(termsOf(data, 'iranain tv')[0]?.stem).toBe(entityTerm('Iranian state television'));
  });

  it("matches a capital named as a place of its own to its country's entity, and the country to it", () => {
    const tiny = new Corpus({
      schemaVersion: 1,
      article: data.dataset.article,
      entities: [
        { name: 'Russia', kind: 'country', aliases: [], description: 'A country.' },
        { name: 'Moscow', kind: 'place', aliases: [], description: 'Its capital.' },
      ],
      facts: [
        { id: 'russia-vetoed', text: 'Russia vetoed the resolution.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: ['Russia'] },
        { id: 'moscow-snow', text: 'It snowed in Moscow.', question: 1, paragraph: 2, type: 'event', attribution: 'article', entities: ['Moscow'] },
      ],
    });
    expect(searchFacts(tiny, 'moscow veto', {}, 5).map((h) => h.fact.id)).toEqual(['russia-vetoed', 'moscow-snow']);
    // And the other way, weaker than the country itself: what happens in its capital happens in it.
    expect(searchFacts(tiny, 'russia snow', {}, 5)[0]?.fact.id).toBe('moscow-snow');
    expect(searchFacts(tiny, 'russia', {}, 5).map((h) => h.fact.id)).toEqual(['russia-vetoed', 'moscow-snow']);
  });

  it("ranks the facts naming an entity by the words of the phrase that named it", () => {
    // "US president" is an alias of Donald Trump: every fact naming him matches, the one saying "president" first.
    const hits = searchFacts(data, 'who is the US president', {}, 10);
    expect(hits[0]!.fact.id).toBe('trump-is-us-president');
    expect(hits.every((h) => h.fact.entities.includes('Donald Trump'))).toBe(true);
  });

  it('weighs a word the data lacks by the commonest word it stands for, not the rarest', () => {
    // "rockets" finds "missiles" and "fire" alike; "fire" is rarer, but that is no reason to prefer it.
    const first = searchFacts(data, 'rockets', {}, 1)[0]!.fact;
    expect(normalise(first.text)).toContain('missiles');
  });

  it('does not take a reversed word for the word: "escalate" is not "de-escalating"', () => {
    const first = searchFacts(data, 'escalate', {}, 1)[0]!.fact;
    expect(first.text).not.toMatch(/de-escalat/);
    expect(searchFacts(data, 'de-escalate', {}, 3).map((h) => h.fact.id)).toContain('trump-could-claim-soleimani-killing');
  });

  it('never corrects a real English word into another', () => {
    const weather = termsOf(data, 'weather')[0]!;
    expect([...data.index.vocabulary.expand(weather).keys()]).not.toContain(stem('either'));
  });

  it('never matches a stop word through a relation read backwards: "Washington" is no "was"', () => {
    const washington = termsOf(data, 'washington')[0]!;
    expect([...data.index.vocabulary.expand(washington).keys()]).not.toContain('was');
  });

  it("never matches a phrasal verb's particle as its meaning: \"shoot down\" is not \"climb-down\"", () => {
    const shootDown = termsOf(data, 'did the us shoot down the missiles').find((t) => t.phrasal);
    expect(shootDown?.word).toBe('shoot down');
    expect([...data.index.vocabulary.expand(shootDown!).keys()]).not.toContain(stem('down'));
  });

  it("reads a name's slip in its first vowel as the name (\"Arbil\", \"Erbil\": Irbil), where no alias says so", () => {
    const noAliases = new Corpus({ ...data.dataset, entities: data.dataset.entities.map((e) => (e.name === 'Irbil' ? { ...e, aliases: [] } : e)) });
    for (const q of ['arbil', 'erbil']) expect(searchFacts(noAliases, q, {}, 5)[0]?.fact.text).toMatch(/Irbil/);
    // A name English has ("Oran", a city) is itself, never a slip of the data's Iran.
    expect(searchFacts(noAliases, 'oran', {}, 5)).toEqual([]);
  });

  it('looks stems up in a table by hash as in a map: the same id for every stem, none for others', () => {
    const stems = data.index.vocabulary.stems;
    const mapped = new Vocabulary(stems);
    const tabled = new Vocabulary(stems, undefined, undefined, stemTable(stems));
    for (const st of stems) expect(tabled.id(st)).toBe(mapped.id(st));
    for (const st of ['zzz', 'missiles', '', 'iran ', '@nobody']) expect(tabled.id(st)).toBe(mapped.id(st));
    // A table of another shape (a damaged cache's) is not used.
    expect(new Vocabulary(stems, undefined, undefined, new Int32Array(3)).id(stems[5]!)).toBe(5);
  });

  it("finds a word's compounds in the vocabulary's text as in its list: the same matches for every word", () => {
    const big = new Corpus(JSON.parse(JSON.stringify(generate(2000))) as Dataset);
    const stems = [...big.index.vocabulary.stems, 'airbas', 'firebas', 'xbas'];
    const listed = new Vocabulary(stems);
    const texted = new Vocabulary(stems, undefined, undefined, undefined, stems.join('\n'));
    for (const word of ['base', 'strike', 'attack', 'missile', 'fire', 'drone', 'xbase', 'port'])
      expect([...texted.expand({ word, stem: stem(word) })]).toEqual([...listed.expand({ word, stem: stem(word) })]);
    expect(texted.expand({ word: 'base', stem: stem('base') }).has('airbas')).toBe(true);
  });

  it('matches a related word whose stem is another word more weakly ("done" - "fare", stemmed as "so far")', () => {
    const related = new Map(data.index.vocabulary.expand({ word: 'done', stem: stem('done') }));
    expect(related.get(stem('far')) ?? 0).toBeLessThan(0.5);
    // A related word whose stem is no other word keeps its quality.
    expect(new Map(data.index.vocabulary.expand({ word: 'finished', stem: stem('finished') })).get(stem('end'))).toBeGreaterThanOrEqual(0.7);
  });

  it('relates a noun and its verb that differ by f and v', () => {
    expect(new Map(data.index.vocabulary.expand({ word: 'relief', stem: stem('relief') })).get(stem('relieved'))).toBeGreaterThanOrEqual(0.7);
  });

  it('reads a slip of an English word as that word, with its relatives', () => {
    const typed = (word: string): Map<string, number> => new Map(data.index.vocabulary.expand({ word, stem: stem(word) }));
    // "atack" is "attack", and so matches what "attack" is related to.
    expect(typed('atack').get(stem('assault'))).toBeGreaterThan(0.5);
    // "speeking" is "speaking": a slip in a vowel, not the data's "seeking" with a letter lost.
    expect(typed('speeking').has(stem('seeking'))).toBe(false);
    // A name's slip is still read against the data's names.
    expect(typed('khamenie').has(stem('khamenei'))).toBe(true);
  });

  it('finds words through the dictionary: inflections, derivations and related words', () => {
    expect(searchFacts(data, 'wounded', {}, 5).map((h) => h.fact.id)).toContain('no-one-killed-or-injured');
    expect(searchFacts(data, 'vengeance', {}, 5).length).toBeGreaterThan(0);
  });
});

describe("acronyms: initials of the data's names and phrases", () => {
  it.each([
    // A phrase of a fact: "president of the United States".
    ['POTUS reaction', 'trump-early-response-relaxed'],
    ['potus', 'trump-is-us-president'],
    // An entity's name, English word or not when typed in capitals.
    ['MoD', 'no-uk-casualties'],
  ])('%s -> %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('gives initials two names share to the person whose post they are ("foreign minister", not "foreign media")', () => {
    expect(data.acronym('fm')?.entity).toBe('Javad Zarif');
    expect(data.acronym('potus')?.phrase.join(' ')).toBe('president of the united states');
  });

  it.each([
    // Initials span one phrase: not a possessor and what follows ("Trump's first reaction"), nor a comma.
    ['tf', undefined],
    ['potus', 'president of the united states'],
  ])('reads initials %s within a phrase of the facts only', (typed, phrase) => {
    expect(data.acronym(typed)?.phrase.join(' ')).toBe(phrase);
  });

  it('splits text into phrase runs at possessives and clause punctuation, not at an initialism', () => {
    expect(phraseRuns("Trump's first reaction, in the U.S. today; calm")).toEqual([['trump'], ['first', 'reaction'], ['in', 'the', 'us', 'today'], ['calm']]);
  });

  it('takes no initials two names share when neither is a person', () => {
    const two = new Corpus({
      schemaVersion: 1,
      article: { title: 't', date: '2020-01-08', paragraphs: 1, questions: [{ number: 1, text: 'What happened?' }] },
      entities: [
        { name: 'Football Federation', kind: 'organization', aliases: [], description: 'A body.' },
        { name: 'Film Festival', kind: 'organization', aliases: [], description: 'An event.' },
      ],
      facts: [{ id: 'f', text: 'The Football Federation met the Film Festival.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: ['Football Federation', 'Film Festival'] }],
    });
    expect(two.acronym('ff')).toBeUndefined();
  });

  it('reads a post of an owner the data names as the entity holding it ("POTUS": the US president)', () => {
    expect(termsOf(data, 'POTUS')[0]?.stem).toBe(entityTerm('Donald Trump'));
  });

  it('finds the data\'s comparative of a word, and of a word near it ("powerful" ~ "strong": "stronger")', () => {
    expect(data.index.vocabulary.expand({ word: 'strong', stem: 'strong' }).get(stem('stronger'))).toBeGreaterThanOrEqual(0.7);
    expect(data.index.vocabulary.expand({ word: 'powerful', stem: stem('powerful') }).has(stem('stronger'))).toBe(true);
  });

  it('reads two words the data writes as one as that word ("air base": "airbase")', () => {
    expect(termsOf(data, 'air base').map((t) => t.stem)).toEqual([stem('airbase')]);
    expect(termsOf(data, 'base air').map((t) => t.stem)).toEqual([stem('base'), stem('air')]);
  });

  it('reads a slip of a direction\'s adjective as the direction ("westren" finds "west")', () => {
    expect(data.index.vocabulary.expand({ word: 'westren', stem: stem('westren') }).has(stem('west'))).toBe(true);
  });

  it('never reads a word the data has, or a lower-case English word, as an acronym', () => {
    expect(termsOf(data, 'us')[0]?.stem).toBe(stem('us'));
    expect(termsOf(data, 'mod')[0]?.stem).toBe(stem('mod'));
  });
});

describe('relatives: data words the dictionary relates to a query word only through a third', () => {
  const tiny: Dataset = {
    schemaVersion: 1,
    article: { title: 't', date: '2020-01-08', paragraphs: 1, questions: [{ number: 1, text: 'What happened?' }] },
    entities: [],
    facts: [
      { id: 'barrage', text: 'The barrage lasted an hour.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: [] },
      { id: 'other', text: 'The talks lasted a day.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: [] },
    ],
  };
  const corpus = new Corpus(tiny);
  const expanded = (word: string): Map<string, number> => new Map(corpus.index.vocabulary.expand({ word, stem: stem(word) }));

  it('ranks by a shared relative ("attack" and "barrage" both relate to "onslaught"), weakly', () => {
    const q = expanded('attack').get(stem('barrage'));
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(0.35);
    // ask ranks with whichever words match: the barrage comes first.
    expect(searchTerms(corpus, termsOf(corpus, 'attack lasted'), {}, 5)[0]?.fact.id).toBe('barrage');
  });

  it('never lets a shared relative say the data mentions a word', () => {
    expect(findFacts(corpus, 'attack').missing).toEqual(['attack']);
  });

  it('reads the same relatives from a cached snapshot as from a fresh build', () => {
    const again = new Corpus(tiny, { snapshot: corpus.index.snapshot() });
    expect(again.index.vocabulary.expand({ word: 'attack', stem: 'attack' })).toEqual(corpus.index.vocabulary.expand({ word: 'attack', stem: 'attack' }));
  });
});

describe('the modal "can" is no relative of a word', () => {
  const tiny: Dataset = {
    schemaVersion: 1,
    article: { title: 't', date: '2020-01-08', paragraphs: 1, questions: [{ number: 1, text: 'What happened?' }] },
    entities: [],
    facts: [{ id: 'can', text: 'The army can hold the city.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: [] }],
  };
  it('does not match "fire" (to dismiss, to can) to the data\'s "can"', () => {
    const corpus = new Corpus(tiny);
    expect(corpus.index.vocabulary.expand({ word: 'fire', stem: stem('fire') }).has('can')).toBe(false);
    expect(findFacts(corpus, 'fire').hits).toEqual([]);
  });
});

describe("a country's people, by a word the data never uses", () => {
  it.each([
    ['Britons', 'no-uk-casualties'],
    ['how many Britons were hurt', 'no-uk-casualties'],
  ])('%s -> %s', (query, id) => {
    expect(top(query)).toBe(id);
  });
  it('reads a common word as that word unless typed as a name ("poles" is no Poland)', () => {
    expect(termsOf(data, 'poles').map((t) => t.stem)).toEqual([stem('poles')]);
    expect(termsOf(data, 'Britons').map((t) => t.stem)).toEqual([entityTerm('United Kingdom')]);
  });
});

describe('article order', () => {
  // By paragraph, then as listed: the reference is a plain comparator sort.
  const reference = (d: Dataset): string[] =>
    d.facts
      .map((f, i) => ({ f, i }))
      .sort((a, b) => a.f.paragraph - b.f.paragraph || a.i - b.i)
      .map(({ f }) => f.id);

  it.each([
    ['listed in order', (i: number) => i + 1],
    ['shuffled, paragraphs in a small range', (i: number) => ((i * 7919) % 613) + 1],
    ['shuffled, huge paragraph numbers', (i: number) => ((i * 7919) % 613) * 1_000_000 + 1],
  ])('is by paragraph, then as listed, for facts %s', (_name, paragraph) => {
    const d = JSON.parse(JSON.stringify(generate(1500))) as Dataset;
    d.facts.forEach((f, i) => (f.paragraph = paragraph(i)));
    expect(new Corpus(d).factsInArticleOrder().map((f) => f.id)).toEqual(reference(d));
  });
});

describe('index build', () => {
  it('indexes an entity alias longer than any text before it', () => {
    const d = JSON.parse(JSON.stringify(generate(200))) as Dataset;
    const entity = d.entities[0]!;
    // Hundreds of words: the word-id buffer grows while this alias is scanned, the first text indexed.
    entity.aliases.push(`${'filler words '.repeat(300)}zygomorphic`);
    const naming = d.facts.filter((f) => f.entities.includes(entity.name)).map((f) => f.id);
    expect(naming.length).toBeGreaterThan(0);
    expect(searchFacts(new Corpus(d), 'zygomorphic', {}, 1000).map((h) => h.fact.id).sort()).toEqual([...naming].sort());
  });
});

describe('search: an initialism written with full stops', () => {
  // "U.S. embassy" is "US embassy": the stops join the letters, so the alias matches as a phrase.
  it('scores "U.S. embassy" as "US embassy"', () => {
    const dotted = searchFacts(data, 'U.S. embassy', {}, 1)[0];
    const plain = searchFacts(data, 'US embassy', {}, 1)[0];
    expect(dotted?.fact.id).toBe(plain?.fact.id);
    expect(dotted?.score).toBe(plain?.score);
  });
});

// A word's irregular forms in the data are the word, as its regular ones are by the stemmer: "begin" finds
// "began" as "began" finds "begin" (not a regular ending read off a name: "unit" is no "united").
describe('search: irregular forms of a word', () => {
  const corpus = new Corpus({
    ...(generate(0) as Dataset),
    entities: [],
    facts: [
      { id: 'began', text: 'The dispute began in April.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: [] },
      { id: 'united', text: 'The United Nations met in April.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: [] },
      { id: 'struck', text: 'The storm struck the coast at night.', question: 1, paragraph: 1, type: 'event', attribution: 'article', entities: [] },
    ],
  } as Dataset);
  it.each([
    ['begin', 'began'],
    ['strike', 'struck'],
  ])('%s finds %s', (query, id) => {
    const hit = searchFacts(corpus, query, {}, 3)[0];
    expect(hit?.fact.id).toBe(id);
    expect(hit!.terms.get(stem(query))).toBeGreaterThan(0.85);
  });
  it('unit is no united', () => {
    expect(searchFacts(corpus, 'unit', {}, 3).find((h) => h.fact.id === 'united')?.terms.get(stem('unit')) ?? 0).toBeLessThan(0.85);
  });
});

// "Iran doesn't want war": an auxiliary with "not" run in ("doesnt", "hasnt", "wont") is a stop word, as
// "dont" and "didnt" are: no word the article must mention.
describe("search: auxiliaries with n't", () => {
  it.each(["iran doesn't want war", "trump hasn't retaliated", "trump won't go to war", "iran can't win a war"])('%s finds facts', (query) => {
    const found = findFacts(data, query, {}, 3);
    expect(found.missing).toEqual([]);
    expect(found.hits.length).toBeGreaterThan(0);
  });
});

// "Forces reinforcements": a word whose nearer neighbours in news text are all what another typed word
// finds, one of them that word itself, adds nothing the article need mention; found so, it is not found.
describe("search: a word found only through another's reach", () => {
  it.each(['reinforcements of troops', 'forces reinforcements'])('%s finds nothing', (query) => {
    expect(findFacts(data, query, {}, 3).hits).toEqual([]);
  });
  it.each(['us troops', 'military forces', 'troops stationed in iraq'])('%s still finds facts', (query) => {
    expect(findFacts(data, query, {}, 3).hits.length).toBeGreaterThan(0);
  });
});
