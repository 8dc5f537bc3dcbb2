// The English dictionary distilled from WordNet and GloVe at build time (dist/lexicon/).
import { describe, expect, it } from 'vitest';
import { adverbPhrasesIn, baseForms, capitalsOf, compoundHead, countryNames, countryOfCapital, countryOfWord, englishSpellings, voicedForms, doerForms, isAdverb, isEnglishWord, isPersonNoun, isName, kindWords, nearWords, queryWords, relatedWords, stem } from '../src/core/text/index.js';
import { phrasalVerb } from '../src/core/text/english.js';

describe('the English dictionary', () => {
  it.each(['weather', 'either', 'died', 'struck', 'saudi', 'proxies', 'forecast'])('knows %s is English', (w) => {
    expect(isEnglishWord(w)).toBe(true);
  });
  // "twiter" is no form of "twit": only adjectives take -er and -est.
  it.each(['khamenie', 'trmp', 'pelosi', 'embasy', 'zarrif', 'twiter', 'misiler'])('knows %s is not', (w) => {
    expect(isEnglishWord(w)).toBe(false);
  });
  it('undoes inflection, regular and irregular', () => {
    expect(baseForms('died')).toContain('die');
    expect(baseForms('struck')).toContain('strike');
    expect(baseForms('casualties')).toContain('casualty');
    expect(baseForms('bigger')).toContain('big');
    expect(baseForms('safest')).toContain('safe');
  });
  it('knows phrasal verbs: a verb and a particle that are one verb', () => {
    expect(phrasalVerb('backs', 'down')).toBe('back down');
    expect(phrasalVerb('carried', 'on')).toBe('carry on');
    expect(phrasalVerb('fired', 'at')).toBeUndefined();
    expect(relatedWords('carry on')).toContain('continue');
    // One with no one-word synonym is related to what it is a kind of.
    expect(relatedWords('shrug off')).toContain('ignore');
    expect(relatedWords('back down')).toContain('retreat');
    // One whose commonest sense is only the verb ("wrap up" is "wrap") is what its next sense is a kind of.
    expect(phrasalVerb('wrapped', 'up')).toBe('wrap up');
    expect(relatedWords('wrap up')).toContain('finish');
    expect(queryWords('will iran carry on attacking')).toContainEqual({ word: 'carry on', stem: stem('carry'), phrasal: true });
    // The particle may follow an object pronoun; a verb that makes none keeps its words.
    expect(queryWords('did trump shrug it off').map((t) => t.word)).toContain('shrug off');
    expect(queryWords('missiles fired on bases').map((t) => t.word)).toEqual(['missiles', 'fired', 'bases']);
  });
  it('reads an idiom as the word it means, its object kept', () => {
    expect(queryWords('what if trump lets it go').map((t) => t.word)).toEqual(['trump', 'ignore']);
    expect(queryWords('letting the rockets slide').map((t) => t.word)).toEqual(['ignore', 'rockets']);
    // "Let" with no word closing the idiom is itself.
    expect(queryWords('let them know').map((t) => t.word)).toContain('let');
    // An idiom whose close must be followed by its own words: "get ... out of it" is gaining by it, "get out
    // of Iraq" leaving it.
    expect(queryWords('what does trump get out of it').map((t) => t.word)).toEqual(['trump', 'gain']);
    expect(queryWords('does trump get anything out of this').map((t) => t.word)).toContain('gain');
    expect(queryWords('will the us get out of iraq').map((t) => t.word)).not.toContain('gain');
    // A verb done "in return" or "in response" is the verb done back; a word with no such use keeps it.
    expect(queryWords('if trump strikes iran in return').map((t) => t.word)).toEqual(['trump', 'strike back', 'iran']);
    expect(queryWords('what did zarif say in response').map((t) => t.word)).toContain('response');
  });
  it('reads a verb and "back" that WordNet lacks as a related verb\'s that it lists', () => {
    // "hit back" is no entry; "strike back", a synonym's, is: "retaliate".
    expect(phrasalVerb('hit', 'back')).toBeUndefined();
    expect(queryWords('what if trump hits back')).toContainEqual({ word: 'hit back', stem: stem('hit'), phrasal: true, sense: 'strike back' });
    // A verb that takes the particle itself keeps its own entry.
    expect(queryWords('will iran back down').find((t) => t.phrasal)?.sense).toBeUndefined();
  });

  it('relates words by meaning', () => {
    expect(relatedWords('hurt')).toEqual(expect.arrayContaining(['wounded', 'injury']));
    expect(relatedWords('retaliate')).toContain('revenge');
    expect(nearWords('fatalities').direct).toContain('casualties');
    // A rare noun is near what the rare deed it comes from is a way of doing: "assassination" - "kill".
    expect(nearWords('assassination').direct).toContain('kill');
    // A noun and the adjectives giving its values (WordNet's attribute pointer): "Irbil base size".
    expect(relatedWords('size')).toEqual(expect.arrayContaining(['small', 'large']));
  });
  // A verb and the more general verb its commonest sense is a way of doing, one way: plotting is planning,
  // murder is killing; not for a word that is a noun first ("targets" is no way of aiming), nor back.
  it('relates a verb to the verb it is a way of doing', () => {
    expect(relatedWords('plot')).toContain('plan');
    expect(relatedWords('murder')).toContain('kill');
    expect(relatedWords('plan')).not.toContain('plot');
    expect(relatedWords('target')).not.toContain('aim');
  });
  // A noun and the more general noun its commonest sense is a kind of, read backwards by the index: a
  // missile is a rocket and a weapon; not the broadest nouns, nor a number as a kind of figure.
  it('gives a noun the nouns it is a kind of', () => {
    expect(kindWords('missile')).toEqual(expect.arrayContaining(['rocket', 'weapon']));
    expect(kindWords('footage')).toContain('film');
    expect(kindWords('two')).toEqual([]);
  });
  it('gives names no neighbours: a place is not near another place', () => {
    for (const name of ['syria', 'iraq', 'pelosi']) expect(nearWords(name).direct).toEqual([]);
  });
  it.each([
    ['honestly', true],
    ['basically', true],
    ['apparently', true],
    // Words that are also something else are not adverbs only.
    ['fast', false],
    ['well', false],
    ['politically', true],
    ['missile', false],
  ])('knows whether %s is only ever an adverb', (w, adverb) => {
    expect(isAdverb(w)).toBe(adverb);
  });
  // [slip, the reading expected first]: the slip in a vowel or a doubled letter is the likelier one.
  it.each([
    ['atack', 'attack'],
    ['speeking', 'speaking'],
    ['missle', 'missile'],
    ['optoins', 'options'],
    ['retaliaton', 'retaliation'],
  ])('reads the slip %s as %s', (slip, english) => {
    expect(englishSpellings(slip)[0]).toMatchObject({ word: english, alike: true });
  });
  it('reads no slip into a rare form, nor a word into another', () => {
    expect(englishSpellings('speeking').map((r) => r.word)).not.toContain('speking');
    // Too short to tell a slip from another word.
    expect(englishSpellings('wen')).toEqual([]);
  });
  it('knows national capitals and their countries, and nothing of other places', () => {
    expect(countryOfCapital('tehran')).toEqual(['Iran']);
    expect(countryOfCapital('baghdad')).toEqual(['Iraq']);
    expect(countryOfCapital('irbil')).toEqual([]);
    expect(capitalsOf('iran')).toEqual(expect.arrayContaining(['tehran']));
    expect(capitalsOf('irbil')).toEqual([]);
  });
  it('knows the names a country goes by and its people’s words, for a name of one country only', () => {
    expect(countryNames('US')).toEqual(expect.arrayContaining(['United States', 'America', 'American']));
    expect(countryNames('Britain')).toEqual(expect.arrayContaining(['UK', 'British']));
    expect(countryNames('Irbil')).toEqual([]);
    // A people's word in -an or -i in the plural too; not the country's own name ("Iran").
    expect(countryNames('Iran')).toEqual(expect.arrayContaining(['Iranian', 'Iranians', 'Persia']));
    expect(countryNames('Iran')).not.toContain('Irans');
    // Nouns for its people that WordNet calls natives of it, with their plurals.
    expect(countryNames('UK')).toEqual(expect.arrayContaining(['Briton', 'Britons', 'Brits']));
    expect(countryNames('England')).toEqual(expect.arrayContaining(['Englishmen']));
    expect(countryNames('England')).not.toContain('Englishmans');
    // Not every member WordNet gives a country: a people of several countries is no demonym of one.
    expect(countryNames('Burundi')).not.toContain('Hutu');
  });
  it('knows the country a word in lower case names or whose people it names', () => {
    expect(countryOfWord('britons')[0]).toBe('United Kingdom');
    expect(countryOfWord('persians')[0]).toBe('Iran');
    expect(countryOfWord('tehran')).toEqual([]);
  });
  it.each([
    ['relief', ['relieve']],
    ['believe', ['belief']],
    ['relieved', ['relief']],
    // Only where English has the other word.
    ['chief', []],
  ])('knows the noun or verb %s is by its final f or v', (word, others) => {
    expect(voicedForms(word)).toEqual(others);
  });
  it.each([
    ['object', ['objector']],
    ['objectors', ['object']],
    ['runner', ['run']],
    ['driver', ['drive']],
    ['campaign', ['campaigner']],
    // Only a noun for a person, and a word English has.
    ['paper', []],
    ['order', []],
  ])('knows the verb and the one who does it, %s', (word, others) => {
    expect(doerForms(word)).toEqual(others);
  });
  it('reads number words as numbers', () => {
    expect(stem('seventeen')).toBe('17');
    expect(queryWords('twenty two missiles').map((t) => t.stem)).toEqual(['22', stem('missiles')]);
    expect(queryWords('twenty-two').map((t) => t.stem)).toEqual(['22']);
  });
});

describe('names in the dictionary', () => {
  it.each([
    ['israel', true],
    ['nato', true],
    // Forms of common words that WordNet also has as names: a lowercase "drew" is the past of "draw".
    ['drew', false],
    ['led', false],
    ['sat', false],
    ['missile', false],
  ])('%s is a name: %s', (word, name) => {
    expect(isName(word)).toBe(name);
  });
});

describe('adverbs of several words', () => {
  it.each([
    [['who', 'killed', 'soleimani', 'in', 'the', 'first', 'place'], [{ at: 3, length: 4 }]],
    [['for', 'the', 'time', 'being', 'what', 'happens', 'by', 'the', 'way'], [{ at: 0, length: 4 }, { at: 6, length: 3 }]],
    [['the', 'first', 'place', 'hit'], []],
    [['in', 'the', 'first', 'reaction'], []],
  ])('%j -> %j', (list, found) => {
    expect(adverbPhrasesIn(list)).toEqual(found);
  });
});

describe('words near in news text', () => {
  // Sister kinds of one thing in WordNet name different things; a word for the same thing stays near.
  it.each([
    ['republicans', 'democrats', false],
    ['fatalities', 'casualties', true],
    ['rockets', 'missiles', true],
  ])('%s near %s: %s', (word, other, near) => {
    const found = nearWords(word);
    expect([...found.direct, ...found.viaBase].includes(other)).toBe(near);
  });
});

// A word WordNet's tagged corpus never saw relates to nothing by its synonyms; one news text uses is near
// its common synonyms and the common thing it is a kind of, one way.
describe('rare words of news text', () => {
  it.each([
    ['payback', 'revenge', true],
    ['payback', 'vengeance', true],
    ['revenge', 'payback', false],
  ])('%s near %s: %s', (word, other, near) => {
    expect(nearWords(word).direct.includes(other)).toBe(near);
  });
  it('does not weigh them as synonyms', () => {
    expect(relatedWords('payback')).not.toContain('revenge');
  });
});

describe('verbs of a word and -en', () => {
  // WordNet gives no derivation between "threat" and "threaten"; a verb whose gloss says its word relates.
  it.each([
    ['threat', 'threaten'],
    ['strength', 'strengthen'],
  ])('%s ~ %s', (word, verb) => {
    expect(relatedWords(word)).toContain(verb);
    expect(relatedWords(verb)).toContain(word);
  });
});

describe('nouns for people', () => {
  // A noun whose commonest sense is a kind of person, rare words too ("pedestrian" is in no tagged text);
  // not one that is a person only in a later sense ("targets").
  it.each([
    ['pedestrians', true],
    ['residents', true],
    ['soldiers', true],
    ['missiles', false],
    ['targets', false],
    ['bases', false],
    // (Not a name WordNet only capitalises: "Sessions", a composer, is no word for people.)
    ['sessions', false],
    ['washington', false],
  ])('%s: %s', (word, person) => {
    expect(isPersonNoun(word)).toBe(person);
  });
});

describe('english: the head of a joined compound', () => {
  it.each([
    ['sinkhole', 'hole'],
    ['footpath', 'path'],
    ['missile', undefined],
  ])('%s -> %s', (word, head) => {
    expect(compoundHead(word)).toBe(head);
  });
});
