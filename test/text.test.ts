import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { NUMBER_WORDS_PATTERN, asciiEscaped, asciiUnescaped, aspectSlipsFixed, doubledSlipsFixed, withoutContrast, editDistance, epithetsRead, forEachWord, functionWordFor, idiomAt, queryWords, withoutOpening, keyedIndex, keyedIndexLine, keyedIndexLineIn, keyedLines, normalise, questionProper, questionWordsFixed, stem, withoutGuess, wordOfNumber, words } from '../src/core/text/index.js';
import { ENDED, ENDED_ASKED, IN_THE_EVENT } from '../src/core/text/cues.js';

describe('normalise', () => {
  it.each([
    ['Iran’s', "iran's"],
    ['“severe revenge”', '"severe revenge"'],
    ['al‐Asad — Irbil', 'al-asad - irbil'],
    ['Café Ñandú', 'cafe nandu'],
    ['ＵＳ', 'us'],
    // Punctuation and letters that need decomposing, in one string: both folded.
    ['Café’s “menu” — ＵＳ－led', 'cafe\'s "menu" - us-led'],
    ['a\uFE58b', 'a-b'],
  ])('%s -> %s', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('words', () => {
  it.each([
    ["Iran's foreign minister", ['iran', 'foreign', 'minister']],
    ['Iran’s foreign minister', ['iran', 'foreign', 'minister']],
    ['irans foreign minister', ['irans', 'foreign', 'minister']],
    ['al-Asad', ['al', 'asad']],
    ["doesn't", ['doesnt']],
    // A reversing prefix joins its word; other hyphens part words.
    ['de-escalating', ['deescalating']],
    ['a non-nuclear, pro-government De-Escalation', ['a', 'nonnuclear', 'pro', 'government', 'deescalation']],
    ['made-up', ['made', 'up']],
    // An initialism's full stops join its letters; a stop after a word, or before a space, parts words.
    ['the U.S. embassy', ['the', 'us', 'embassy']],
    ['U.K.-based, e.g. Washington D.C', ['uk', 'based', 'eg', 'washington', 'dc']],
    ['plan B. Then 3.5', ['plan', 'b', 'then', '3', '5']],
    // An ampersand between one or two letters either side joins an initialism; else it parts words.
    ['the A&E, R&D and AT&T', ['the', 'ae', 'rd', 'and', 'att']],
    ['rock&roll, M & S, abc&d, a&bcd', ['rock', 'roll', 'm', 's', 'abc', 'd', 'a', 'bcd']],
    ['Café A&E’s', ['cafe', 'ae']],
    ['', []],
  ])('%j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });
});

describe('stem', () => {
  it.each([
    ['missiles', 'missile', true],
    ['fired', 'fire', true],
    ['firing', 'fire', true],
    ['casualties', 'casualty', true],
    ['retaliation', 'retaliating', true],
    ['irans', 'iran', true],
    ['us', 'use', false],
    ['iran', 'iraq', false],
    ['bases', 'base', true],
    ['statements', 'statement', true],
    // A "y" after a vowel stays, before "-ed" and "-ing" too: "delay", "delayed", "delaying" are one; after
    // a consonant it is "i" alike, "studying" as "study" and "studied".
    ['delay', 'delayed', true],
    ['delays', 'delaying', true],
    ['stay', 'stayed', true],
    ['study', 'studying', true],
    ['studied', 'studying', true],
    // "-ment" comes off a longer stem only: "comment" is no form of "come", nor "element" of "ele".
    ['comment', 'coming', false],
    ['comments', 'comment', true],
    // "United" (States, Nations) is no form of "unit".
    ['united', 'unit', false],
    ['units', 'unit', true],
    // Nor is "news" a form of "new", "plane" of "plan", "early" of "ear", "note" of "not".
    ['news', 'new', false],
    ['plane', 'plan', false],
    ['planes', 'plane', true],
    ['planes', 'planning', false],
    ['early', 'ear', false],
    ['note', 'not', false],
    ['notes', 'note', true],
    // Nor "according" (to) of "accord", an agreement ("peace" is near it).
    ['according', 'accord', false],
    ['accords', 'accord', true],
    // "-ation" comes off a longer stem only: "station" is no form of "state", "nation" none of "nate".
    ['station', 'state', false],
    ['stations', 'station', true],
    ['nation', 'nate', false],
    ['creation', 'create', true],
    // A consonant doubled before "-ing" or "-ed" is the word's one; not l, s, z or f, nor a stem of two.
    ['hitting', 'hit', true],
    ['stopped', 'stop', true],
    ['planning', 'plans', true],
    ['running', 'run', true],
    ['killed', 'kill', true],
    ['missed', 'miss', true],
    ['stuffed', 'stuff', true],
    ['added', 'add', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(stem(a) === stem(b)).toBe(same);
  });

  it('leaves numbers alone', () => {
    expect(stem('22')).toBe('22');
  });
});

describe('editDistance', () => {
  it.each([
    ['khamenie', 'khamenei', 2],
    ['misiles', 'missiles', 1],
    ['same', 'same', 0],
    ['', 'abc', 3],
  ])('%s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('stops early past the bound', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('counts a swap of neighbours as one edit when asked', () => {
    expect(editDistance('khamenie', 'khamenei', Infinity, true)).toBe(1);
    expect(editDistance('foriegn', 'foreign', 1, true)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2, true)).toBe(3);
  });
});

// words() as it was first written, with regular expressions: the hand-written scan must agree with it.
function referenceWords(s: string): string[] {
  const folded = normalise(s);
  // (An initialism's letters join first: "u.s." is "us".)
  const joined = folded.replace(/(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}(?:\.|(?![\p{L}\p{N}])))/gu, '$1');
  const bare = joined.includes("'") ? joined.replace(/'s\b/g, '').replace(/'/g, '') : joined;
  return bare.replace(/(?<![\p{L}\p{N}])(de|non|anti|un|counter|dis)-(?=\p{L})/gu, '$1').match(/[\p{L}\p{N}]+/gu) ?? [];
}

// forEachWord's words, as a list.
function listed(s: string): string[] {
  const out: string[] = [];
  forEachWord(s, (w) => out.push(w));
  return out;
}

describe('words and forEachWord against their regular-expression reference', () => {
  it('agree on any text of letters, digits, apostrophes and punctuation', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aAsSzZ09_\' -.,’‘“é\u0301\n'.split(''), 'de', 'un', 'De'), maxLength: 40 });
    fc.assert(
      fc.property(text, (s) => {
        expect(words(s)).toEqual(referenceWords(s));
        expect(listed(s)).toEqual(referenceWords(s));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});

describe('forEachWord', () => {

  it.each([
    "Iran's foreign minister",
    "don't won't 'tis",
    "x's's y",
    "x's_y x'sy x''s b rock'n'roll",
    "it's, O'Brien's 'quoted' end's",
    'al-Asad, 22 missiles; 11 (eleven)',
    "trailing apostrophe' and 's",
    'Café’s — ＵＳ',
    'the U.S. and the é.u., a.b.c d. e',
    'A&E, at&t, rock&roll, abc&d',
    '',
  ])('%j gives the words words() gives', (s) => {
    expect(listed(s)).toEqual(words(s));
  });
});

describe('questionProper', () => {
  it.each([
    // The reader speaking of themselves before the question: the question alone.
    [
      'A friend served out there, and I keep seeing different numbers - how many missiles hit the airbase out west?',
      'how many missiles hit the airbase out west?',
    ],
    ['Setting the hot takes aside, I just want to know one thing: does Trump have to strike back?', 'does Trump have to strike back?'],
    ["Sorry if it's a dumb question since I don't follow this much, but did Trump warn Iran?", 'did Trump warn Iran?'],
    ['My uncle says war is coming. Anyway, what do Americans want?', 'what do Americans want?'],
    // Their wondering, then a comma: cut there too.
    [
      "hey so i was reading about this whole thing and i'm wondering, like, did the strikes actually kill anybody at all?",
      'did the strikes actually kill anybody at all?',
    ],
    ['My question is, how many missiles hit Irbil?', 'how many missiles hit Irbil?'],
    // Where someone of theirs is, then a comma: cut there too.
    ["my son's stationed in iraq, were any american troops killed??", 'were any american troops killed??'],
    ['My daughter is serving at al-Asad, is the base safe now?', 'is the base safe now?'],
    ['my brother is posted out in iraq, were any of those soldiers hurt?', 'were any of those soldiers hurt?'],
    // ("These" before a thing the aside does not name points to the story's; "there" needs the aside.)
    ['my wife is stationed abroad, did these strikes injure anyone?', 'did these strikes injure anyone?'],
    ['my wife is stationed in iraq, did anyone get hurt there?', 'my wife is stationed in iraq, did anyone get hurt there?'],
    ['I keep reading about the strikes - did these strikes injure anyone?', 'I keep reading about the strikes - did these strikes injure anyone?'],
    // ", so" before a question's opening word cuts as ", but" does; someone asked of is a word of it.
    [
      'My cousin is deployed over there and I keep hearing that two bases got targeted, so which bases did Iran actually aim at?',
      'which bases did Iran actually aim at?',
    ],
    [
      "I was reading about this last night and I'm confused - so Iran launched missiles at American bases, but did anybody actually die or not?",
      'did anybody actually die or not?',
    ],
    // A figure heard, then the real one asked: the figure asked again.
    ['Someone told me Iran fired around 35 missiles. What is the real figure?', 'Iran fired how many missiles?'],
    // "Than that" after a figure said before: that figure.
    ['Trump threatened 52 targets; did Iran fire more or fewer missiles than that?', 'did Iran fire more or fewer missiles than the 52 targets?'],
    // A subject pointing back needs what came before, though the question names its own.
    ['Trump threatened 52 targets - is that more than the number of missiles Iran fired?', 'Trump threatened 52 targets - is that more than the number of missiles Iran fired?'],
    // Not a comma inside the question, nor a condition the question is asked under.
    ['Can you remind me where exactly the smaller one, in Irbil, is located?', 'Can you remind me where exactly the smaller one, in Irbil, is located?'],
    ['If we hit back, I wonder, would Iran strike again?', 'If we hit back, I wonder, would Iran strike again?'],
    // A topic before the question is part of it.
    ['Regarding the Irbil base: how many missiles were fired?', 'Regarding the Irbil base: how many missiles were fired?'],
    // A question that points back, or has too few words of its own, needs what came before it.
    ['I keep hearing about Erbil - how many rockets were aimed there?', 'I keep hearing about Erbil - how many rockets were aimed there?'],
    ['I keep mixing things up - what had Trump threatened, and how many targets did he name?', 'what had Trump threatened, and how many targets did he name?'],
    ['I read that Iran fired 22 missiles. Why?', 'I read that Iran fired 22 missiles. Why?'],
    // A choice after the question is no question of its own; initials and titles end no sentence.
    ['Where did I read that Zarif spoke - on twitter or in a speech?', 'Where did I read that Zarif spoke - on twitter or in a speech?'],
    ['I saw Mr. Trump on TV. Did the U.S. bases get hit hard?', 'Did the U.S. bases get hit hard?'],
    // One clause: as typed.
    ['If Trump hits back, will there be more fighting?', 'If Trump hits back, will there be more fighting?'],
    ['how many missiles hit al-Asad', 'how many missiles hit al-Asad'],
  ])('%j', (message, expected) => {
    expect(questionProper(message)).toBe(expected);
  });
  // Two things named, then weighed as "they": the whole, not "they" read as the one person named.
  it('keeps two things weighed as "they" whole', () => {
    const kindOf = (n: string): 'person' | undefined => (n === 'Trump' ? 'person' : undefined);
    const typed = "Trump's warning vs. his tweet: how do they differ in tone?";
    expect(questionProper(typed, kindOf)).toBe(typed);
  });
  // A topic set before the question, a comma, and the pronoun taking it up: the question of the topic. A
  // sentence or a filler is no topic.
  it.each([
    ['Donald Trump, he is the president?', 'Donald Trump is the president?'],
    ['The attack on al-Asad, it used more missiles than the one on Irbil?', 'The attack on al-Asad used more missiles than the one on Irbil?'],
    ["Honestly, it was a big attack?", "Honestly, it was a big attack?"],
    ['Trump threatened Iran, it said?', 'Trump threatened Iran, it said?'],
    // A guess after a dash, as after a comma, goes; a choice after it stays.
    ['How did Soleimani die — was it a car bomb?', 'How did Soleimani die?'],
    ['How did Trump react - was it calm or angry?', 'How did Trump react - was it calm or angry?'],
    ['ok so, they hit two bases?', 'ok so, they hit two bases?'],
  ])('%j reads %j', (typed, expected) => {
    const kindOf = (n: string): 'person' | undefined => (['Donald Trump', 'Trump', 'Zarif'].includes(n) ? 'person' : undefined);
    expect(questionProper(typed, kindOf)).toBe(expected);
  });
});

describe('withoutGuess', () => {
  it.each([
    // A guess after the question, bare or after "was it": the question alone.
    ['How was Soleimani killed, was it a drone strike?', 'How was Soleimani killed?'],
    ['so what does the ayatollah want, just more missiles?', 'so what does the ayatollah want?'],
    ['who fired the missiles, iran?', 'who fired the missiles?'],
    // A choice, a phrase saying more of the question, a list or a question word: as typed.
    ['how did Trump come across, calm or angry?', 'how did Trump come across, calm or angry?'],
    ['what did Trump do, after the strikes?', 'what did Trump do, after the strikes?'],
    ["what's the body count, dead and wounded", "what's the body count, dead and wounded"],
    ["what did they promise, 'severe' what?", "what did they promise, 'severe' what?"],
    ["What was it Iran promised, 'severe' something?", "What was it Iran promised, 'severe' something?"],
    // A time set by "when", then the question: no guess.
    ['when the missiles hit, was anyone hurt?', 'when the missiles hit, was anyone hurt?'],
    // Not after a question word's question, nor a guess of more than three words.
    ['if Trump hits back, more fighting?', 'if Trump hits back, more fighting?'],
    ['how was he killed, was it one of those drone strikes?', 'how was he killed, was it one of those drone strikes?'],
  ])('%j', (question, expected) => {
    expect(withoutGuess(question)).toBe(expected);
  });
});

describe('functionWordFor', () => {
  it.each([
    ['mnay', 'many'],
    ['abut', 'about'],
    ['thier', 'their'],
    // Common words, and words far from any function word, are themselves.
    ['many', undefined],
    ['wither', undefined],
    ['missiles', undefined],
  ])('%s -> %s', (word, expected) => {
    expect(functionWordFor(word)).toBe(expected);
  });
});

describe('questionWordsFixed', () => {
  it.each([
    ['wen is trump speaking', 'when is trump speaking'],
    // A slip of a verb asking for words said: the question asks for a quote, as typed right it would.
    ['what did trump twet after the atack', 'what did trump tweet after the atack'],
    ['what did trump wrot on twitter', 'what did trump wrote on twitter'],
    // English words and the data's other words stay as typed.
    ['what did trump tweet', 'what did trump tweet'],
    ['what did trump want', 'what did trump want'],
    // "whats" run together: "what's", or "what has" before a verb's past form.
    ['whats the foreign minister called', "what's the foreign minister called"],
    ['whats iran got on video', 'what has iran got on video'],
  ])('%s -> %s', (question, expected) => {
    expect(questionWordsFixed(question)).toBe(expected);
  });
});

describe('doubledSlipsFixed', () => {
  // The data's words, as a corpus would know them.
  const known = (w: string): boolean => ['irbil', 'asad'].includes(w);
  it.each([
    // A doubled letter typed once, or a single one twice: the one English word it is one letter from.
    ['who did the americans kil', 'who did the americans kill'],
    ['where is the base locatted', 'where is the base located'],
    ['who atacked the embasy', 'who attacked the embassy'],
    // Else two letters swapped.
    ['what does trump have to decied now', 'what does trump have to decide now'],
    ['what app did trump post on', 'what app did trump post on'],
    // A capitalised word is a name: "Biden" is no "bidden", "Assad" no "Asad".
    ['did Biden comment', 'did Biden comment'],
    // English words, the data's words, and chat stay as typed; so do slips of the words a question asks
    // with ("wat" is no "watt"), read as those elsewhere.
    ['what did trump want', 'what did trump want'],
    ['lol wat did trump say abot it', 'lol wat did trump say abot it'],
    ['did Assad comment', 'did Assad comment'],
    // Two readings, or none: as typed.
    ['what is a zzyzx', 'what is a zzyzx'],
  ])('%s -> %s', (question, expected) => {
    expect(doubledSlipsFixed(question, known)).toBe(expected);
  });
});

describe('withoutContrast', () => {
  it.each([
    ['Were the missiles launched from Iran itself, not by proxies?', 'Were the missiles launched from Iran itself?'],
    ['did iran fire them itself rather than through its militias?', 'did iran fire them itself?'],
    // A "not" that says how much, or that asks, stays.
    ['Was anyone hurt, not at all?', 'Was anyone hurt, not at all?'],
    ['Why did Trump not strike back?', 'Why did Trump not strike back?'],
  ])('%s -> %s', (question, expected) => {
    expect(withoutContrast(question)).toBe(expected);
  });
});

describe('keyed tables kept in ASCII and read a piece at a time', () => {
  // The cache reads a large table's lines from a few of its bytes: a place in the text must be a place in
  // the bytes, so every other character is written as \uXXXX, and read back as it was.
  it('finds every key, whatever its characters, reading only pieces of the table', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ minLength: 1, maxLength: 12 })).filter(([k, v]) => !/[\t\n]/.test(k + v)), { selector: ([k]) => k, maxLength: 40 }), fc.string({ maxLength: 10 }), (rows, other) => {
        const table = asciiEscaped(keyedLines(rows));
        expect([...table].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
        const index = keyedIndex(table);
        let widest = 0;
        const read = (from: number, to: number): string => {
          widest = Math.max(widest, to - from);
          return table.slice(from, to);
        };
        const find = (key: string): string | undefined => {
          const found = keyedIndexLineIn(read, table.length, index, asciiEscaped(key));
          return found === undefined ? undefined : asciiUnescaped(found);
        };
        for (const [key, value] of rows) expect(find(key)).toBe(value);
        if (!/[\t\n]/.test(other)) expect(find(other)).toBe(rows.find(([k]) => k === other)?.[1]);
        expect(widest).toBeLessThanOrEqual(256);
      }),
      { numRuns: 60 },
    );
  });
});

describe('keyed tables looked up by hash', () => {
  it('finds every key of a table, and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z ]{0,12}$/), fc.stringMatching(/^[A-Za-z ]{1,12}$/)), { selector: ([k]) => k, maxLength: 60 }), fc.stringMatching(/^[a-z ]{0,14}$/), (rows, other) => {
        const table = keyedLines(rows);
        const index = keyedIndex(table);
        for (const [key, value] of rows) expect(keyedIndexLine(table, index, key)).toBe(value);
        expect(keyedIndexLine(table, index, other)).toBe(rows.find(([k]) => k === other)?.[1]);
        // A key is a whole key: not the end of one, nor a key with its value.
        for (const [key, value] of rows.slice(0, 5)) {
          expect(keyedIndexLine(table, index, key.slice(1))).toBe(rows.find(([k]) => k === key.slice(1))?.[1]);
          expect(keyedIndexLine(table, index, `${key}\t${value}`)).toBeUndefined();
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it("finds nothing through another table's index, and stops", () => {
    const table = keyedLines([['al asad', 'Al-Asad'], ['irbil', 'Irbil']]);
    const full = new Int32Array(4).fill(2);
    expect(keyedIndexLine(table, full, 'irbil')).toBeUndefined();
    expect(keyedIndexLine(table, keyedIndex(keyedLines([['zarif', 'Zarif']])), 'irbil')).toBeUndefined();
  });
});

describe('the verbs asking who said something', () => {
  // WHO_SAID is a literal (no pattern is built from strings at start-up); WHO_SAID_VERBS lists its verbs
  // again for weighing them: the two must list the same verbs.
  it('are the same in the pattern and in the set', async () => {
    const { WHO_SAID, WHO_SAID_VERBS } = await import('../src/core/text/cues.js');
    const inPattern = /\.\*\\b\(\?:([a-z|]+)\)\\b/.exec(WHO_SAID.source)?.[1]?.split('|') ?? [];
    expect(inPattern.length).toBeGreaterThan(10);
    expect(new Set(inPattern)).toEqual(WHO_SAID_VERBS);
    for (const verb of WHO_SAID_VERBS) expect(WHO_SAID.test(`who ${verb} it`)).toBe(true);
  });
  // (And the verbs of giving figures, "who supplied the tally", their own alternative in the pattern.)
  it('of giving figures are the same in the pattern and in the set', async () => {
    const { WHO_SAID, SOURCE_VERBS } = await import('../src/core/text/cues.js');
    // ("who", "whose", or "which" and a kind: "which country's military gave the breakdown".)
    const inPattern = /\(\?:who\|whose(?:\|which \[a-z\]\+\(\?:'s \[a-z\]\+\)\?)?\)\\b\.\*\\b\(\?:([a-z|]+)\)\\b/.exec(WHO_SAID.source)?.[1]?.split('|') ?? [];
    expect(inPattern.length).toBeGreaterThan(5);
    expect(new Set(inPattern)).toEqual(SOURCE_VERBS);
    for (const verb of SOURCE_VERBS) expect(WHO_SAID.test(`who ${verb} the figures`)).toBe(true);
  });
});

// Patterns that cost much to compile are run only where a cheap look at the question says they may match:
// the look must never rule out a question the pattern would match.
describe('the checks before costly question patterns', () => {
  const questions = (): string[] => {
    const out: string[] = [];
    for (const name of readdirSync(new URL('../bench/', import.meta.url))) {
      if (!/^ask-.*\.json$/.test(name)) continue;
      const set = JSON.parse(readFileSync(new URL(`../bench/${name}`, import.meta.url), 'utf8')) as { answerable?: Array<{ question: string }>; unanswerable?: Array<{ question: string }> };
      for (const row of [...(set.answerable ?? []), ...(set.unanswerable ?? [])]) if (typeof row.question === 'string') out.push(row.question);
    }
    return out;
  };

  it('an intent pattern with words before it matches only a question holding one of them', async () => {
    const { INTENT_CUES } = await import('../src/core/text/cues.js');
    const all = questions();
    expect(all.length).toBeGreaterThan(1000);
    let matched = 0;
    for (const q of all.map(questionWordsFixed)) {
      for (const [intent, cue, needs] of INTENT_CUES) {
        if (!needs || !cue.test(q)) continue;
        matched++;
        expect({ q, intent, held: needs.some((w) => q.includes(w)) }).toEqual({ q, intent, held: true });
      }
    }
    expect(matched).toBeGreaterThan(500);
    // Made up to meet each pattern's rarer alternatives.
    for (const q of ["what's the gap between the number of missiles at al-asad and at irbil", 'what percentage hit al-asad', 'the overall tally', 'what would follow', 'what should we brace for', 'what were his words', 'what did iran vow', 'what area of iraq is it in', 'what was the strike a reply to?', 'how come iran fired']) {
      const hits = INTENT_CUES.filter(([, cue, needs]) => needs && cue.test(q));
      expect({ q, hits: hits.length > 0 }).toEqual({ q, hits: true });
      for (const [, , needs] of hits) expect({ q, held: needs!.some((w) => q.includes(w)) }).toEqual({ q, held: true });
    }
  });

  it('the words opening a reply: the pattern begins only with the words listed, and each of them can begin it', async () => {
    const { FILLER_OPENERS, LEADING_FILLER } = await import('../src/core/text/terms.js');
    const openings = [...FILLER_OPENERS].flatMap((w) => [`${w} what happened`, `${w}, what happened`, `${w}: what happened`, `${w} q: what happened`, `${w} question: what`, `${w} quick q what happened`, `${w} more question: what happened`, `${w} talk, what happened`]);
    for (const w of FILLER_OPENERS) expect({ w, strips: openings.some((q) => q.startsWith(w) && q.replace(LEADING_FILLER, '') !== q) }).toEqual({ w, strips: true });
    for (const q of questions()) {
      const first = /^[a-z]*/i.exec(q)![0].toLowerCase();
      if (q.replace(LEADING_FILLER, '') !== q) expect({ q, listed: FILLER_OPENERS.has(first) }).toEqual({ q, listed: true });
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        const first = /^[a-z]*/i.exec(s)![0].toLowerCase();
        return s.replace(LEADING_FILLER, '') === s || FILLER_OPENERS.has(first);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the words before the set-aside pattern', () => {
  it('every opening of SET_ASIDE holds one of its words, and each word opens it', async () => {
    const { SET_ASIDE, SET_ASIDE_WORDS } = await import('../src/core/text/cues.js');
    const openings = /\(\?:([a-z |]+)\)/.exec(SET_ASIDE.source)?.[1]?.split('|') ?? [];
    expect(openings.length).toBeGreaterThan(5);
    for (const o of openings) expect({ o, held: SET_ASIDE_WORDS.some((w) => o.includes(w)) }).toEqual({ o, held: true });
    for (const w of SET_ASIDE_WORDS) expect({ w, opens: SET_ASIDE.test(`what else ${w} the strikes?`) }).toEqual({ w, opens: true });
  });
  it("WHICH_CUE's opening aside has SET_ASIDE's openings", async () => {
    const { SET_ASIDE, WHICH_CUE } = await import('../src/core/text/cues.js');
    const openings = /\(\?:([a-z |]+)\)/.exec(SET_ASIDE.source)?.[1];
    expect(/\^\(\?:([a-z |]+)\)\\s/.exec(WHICH_CUE.source)?.[1]).toBe(openings);
    expect(WHICH_CUE.test('apart from al-asad, which base was hit?')).toBe(true);
  });
});

// Informal phrasal verbs read as the plain word they mean, their object kept; an idiom's verb alone is itself.
describe('idioms', () => {
  it.each([
    ['did trump freak out over the missiles', ['trump', 'agitated', 'missiles']],
    ['was he freaking out', ['agitated']],
    ['let the rockets slide', ['ignore', 'rockets']],
    ['what a freak', ['freak']],
    ['freak the people out', ['freak', 'people']],
    // "Counter-" before a deed English does "back" is that deed done back.
    ['a us counterstrike', ['us', 'strike back']],
    ['counterintelligence', ['counterintelligence']],
    // "One" after a determiner and a describing word is a pronoun, no figure.
    ['was irbil the bigger one', ['irbil', 'bigger']],
    ['one of the 22 missiles', ['one', '22', 'missiles']],
    // After "be", a particle before a common noun is a preposition ("on duty"); before a name it is left be.
    ['how many guards were on duty', ['guards', 'duty']],
    // So is "on" after "go" before a bare noun ("went on strike"); "go on" before a deed continues it.
    ['how many pilots went on strike', ['pilots', 'strike']],
    ['they went on fighting', ['go on', 'fighting']],
    // "Satisfied (happy, cool) with just X": that X alone is enough.
    ['is khamenei cool with just the missiles', ['khamenei', 'sufficient', 'missiles']],
    ['were they happy with the result', ['happy', 'result']],
    ['which sites were on Trump list', ['sites', 'be on', 'trump', 'list']],
    // "Egg on their face", "lose face": shamed; an egg elsewhere is an egg.
    ['will iran have egg on its face', ['iran', 'humiliate']],
    ['did tehran lose face', ['tehran', 'humiliate']],
    ['did the egg break', ['egg', 'break']],
    // "Pick a fight": seek one, not choose one; picking a thing is choosing it.
    ['is iran trying to pick a fight with america', ['iran', 'trying', 'fight', 'america']],
    ['which base did they pick', ['base', 'pick']],
    // "Keep his cool": stay calm; "lose his cool": agitated.
    ['did trump keep his cool', ['trump', 'calm']],
    ['did trump lose his cool', ['trump', 'agitated']],
    // The common idioms of any news story (text/idioms.ts): "turn the other cheek", "top dog", "settle a score".
    ['will trump turn the other cheek', ['trump', 'ignore']],
    ['is khamenei the top dog', ['khamenei', 'leader']],
    ['is iran settling the score', ['iran', 'avenge']],
    ['why did iran open fire', ['iran', 'fire']],
    // "The top man", "the big cheese": the leader; what goes on "behind the scenes" is covert.
    ['who is the top man in tehran', ['leader', 'tehran']],
    ['who is the big cheese', ['leader']],
    ['what happens behind the scenes', ['covert']],
    ['the top of the list', ['top', 'list']],
    // "Any upside", "on the plus side": a gain.
    ['is there any upside for trump', ['gain', 'trump']],
    // (Each word alone is itself: a dog is a dog.)
    ['whose dog was it', ['dog']],
  ])('%s -> %j', (q, expected) => {
    expect(queryWords(q).map((t) => t.word)).toEqual(expected);
  });
  it('idiomAt spans the verb, its object and the closing word', () => {
    expect(idiomAt(['let', 'the', 'rockets', 'slide'], 0)).toEqual({ means: 'ignore', length: 4 });
    expect(idiomAt(['freak', 'out'], 0)).toEqual({ means: 'agitated', length: 2 });
    expect(idiomAt(['hear', 'from', 'trump'], 0)).toEqual({ means: 'speak', length: 2 });
    expect(idiomAt(['freak', 'them', 'out'], 0)).toBeUndefined();
    // (Of the idioms one verb opens, the one that closes: "make the call", "make up his mind".)
    expect(idiomAt(['make', 'the', 'call'], 0)).toEqual({ means: 'decide', length: 3 });
    expect(idiomAt(['make', 'up', 'his', 'mind'], 0)).toEqual({ means: 'decide', length: 4 });
    expect(idiomAt(['make', 'up', 'a', 'story'], 0)).toBeUndefined();
  });
  it.each([
    ['why was his reaction out of character', 'unusual'],
    // (After a determiner, a noun: the round of blows, a cycle of escalation; else the deed.)
    ['what happens to the tit-for-tat', 'escalation'],
    ['is the tit for tat over', 'escalation'],
    ['will iran hit back tit for tat', 'retaliation'],
  ])('%s: the idiom is read as %s', (q, means) => {
    expect(queryWords(q).map((t) => t.word)).toContain(means);
  });
  it('reads "out" and "character" apart as themselves ("out of the country", "a character")', () => {
    expect(queryWords('who is the main character').map((t) => t.word)).toContain('character');
    expect(queryWords('did they get out of iraq').map((t) => t.word)).not.toContain('unusual');
  });
});

// Journalists' names for an office read as the office; the words alone are themselves.
describe('epithetsRead', () => {
  it.each([
    ["what did iran's top diplomat say?", "what did iran's foreign minister say?"],
    ['Tehran’s chief diplomat', 'Tehran’s foreign minister'],
    ["the country's highest cleric", "the country's supreme leader ayatollah"],
    ['the White House occupant', 'the president'],
    ['explain the dilemma the man in the White House faces', 'explain the dilemma the president faces'],
    ['the resident of the Oval Office', 'the president'],
    ['the commander-in-chief', 'the president'],
    ['a diplomat at the embassy', 'a diplomat at the embassy'],
    ['the white house', 'the white house'],
  ])('%s -> %s', (q, read) => {
    expect(epithetsRead(q)).toBe(read);
  });

  it('the gate before the patterns lets through every phrase one of them reads', async () => {
    const { EPITHET_WORDS } = await import('../src/core/text/terms.js');
    const { EPITHETS } = await import('../src/core/text/lexicon.js');
    // Every phrase a pattern reads, spelt out: its groups of alternatives and its [- ] joins expanded.
    const phrases = (source: string): string[] => {
      const group = /\(\?:([^()]*)\)|\[- \]/.exec(source);
      if (!group) {
        const plain = source.replace(/\\b/g, '');
        expect({ source, plain: /^[a-z' -]+$/.test(plain) }).toEqual({ source, plain: true });
        return [plain];
      }
      const choices = group[1] === undefined ? [' ', '-'] : group[1].split('|');
      return choices.flatMap((c) => phrases(source.slice(0, group.index) + c + source.slice(group.index + group[0].length)));
    };
    // (A name a pattern takes after its phrase, "the people running Iran", spelt as one.)
    const all = EPITHETS.flatMap(([p]) => phrases(p.source.replace('([a-z][\\w-]*)', 'iran')));
    expect(all.length).toBeGreaterThan(40);
    for (const phrase of all) {
      expect({ phrase, read: EPITHETS.some(([p]) => new RegExp(p.source, 'i').test(phrase)) }).toEqual({ phrase, read: true });
      expect({ phrase, gated: EPITHET_WORDS.test(phrase) && EPITHET_WORDS.test(phrase.toUpperCase()) }).toEqual({ phrase, gated: true });
    }
  });
});

// Chat's shortenings and closing laughs: the words they stand for, and nothing.
describe('withoutOpening: chat', () => {
  it.each([
    ['whats the deal w the democrats in all this', 'what about the democrats in all this'],
    ['ok what did trump tweet abt it lmao', 'what did trump tweet about it'],
    ["why's iran kinda embarrassed rn", "why's iran kinda embarrassed now"],
    // After a question word, an auxiliary's letters in another order are it, though "dose" is a word.
    ['why dose iran want to avoid war', 'why does iran want to avoid war'],
    ['what dose trump have to decide', 'what does trump have to decide'],
    // The reader asking for a view closes the question: "..., you reckon?", "..., do you think?".
    ['does it all calm down, you reckon?', 'does it all calm down?'],
    ['will iran hit back, do you think', 'will iran hit back'],
    // A vague "whats the deal" after a chat closing of a yes or no, with no stop before it.
    ['is iran done or nah whats the deal', 'is iran done or nah'],
    ['was any1 hurt lol?', 'was anyone hurt?'],
    ['what did w, x and y say', 'what did w, x and y say'],
    // Before any word, a name of any article's too: "w" is "with".
    ['is the council at odds w kandor rn', 'is the council at odds with kandor now'],
    ['were the letters w x y ok rn', 'were the letters w x y ok now'],
    // A sentence adverb with its "speaking" says only how the reader puts it.
    ['Politically speaking, what would it amount to?', 'what would it amount to?'],
    // The article's view, its writer's opinion: where every answer is, no word of what is asked.
    ["what might the US do next, in the writer's view?", 'what might the US do next?'],
    ["in the author's opinion, will iran hit back?", 'will iran hit back?'],
    ["from the article's point of view, who won?", 'who won?'],
    ["what did the writer's sister say?", "what did the writer's sister say?"],
  ])('%s -> %s', (q, read) => {
    expect(withoutOpening(q)).toBe(read);
  });
});


// Words a query quotes are those words, not words related to them: a reader quoting wants what was said.
describe('queryWords: quoted words', () => {
  const exact = (q: string): string[] => queryWords(q, { contentOnly: true }).filter((t) => t.exact).map((t) => t.word);
  it.each([
    ["who tweeted 'all is well!' after the strikes", ['well']],
    ['who said "so far so good"', ['far', 'good']],
    ['who said \u201cso far, so good\u201d', ['far', 'good']],
    ["what did iran's \u2018severe revenge\u2019 turn out to be", ['severe', 'revenge']],
    ["what did iran's leaders say about trump's tweet", []],
    ["was it iran's or iraq's base", []],
  ])('%s -> %j', (q, words) => {
    expect(exact(q)).toEqual(words);
  });
});

// Whether something ended, in a fact's words and a question's: "stops", "ending" tell an end; "will Iran
// stop ...?" and "wrapped up" ask whether it ended.
describe('ENDED and ENDED_ASKED', () => {
  it.each(['there is a good chance the cycle of escalation stops', 'a good chance of ending', 'the measures were concluded'])('%s tells an end', (text) => {
    expect(ENDED.test(text)).toBe(true);
  });
  it.each(['will iran stop attacking', 'is the retaliation wrapped up', 'is it over?'])('%s asks whether it ended', (q) => {
    expect(ENDED_ASKED.test(q)).toBe(true);
  });
  it.each(['replay the video over and over for days', 'the end of the week'])('%s tells no end', (text) => {
    expect(ENDED.test(text)).toBe(false);
  });
});

// A noun English hyphenates, from a phrasal verb, typed closed: the verb and its particle, as "climb-down" is
// read. Not a closed word English has ("crackdown"), nor one whose second part is no particle ("ceasefire"),
// nor a slip of a name.
describe('queryWords: a hyphenated noun typed closed', () => {
  it.each([
    ['would it be a climbdown for trump', ['climb down', 'trump']],
    ['is there a ceasefire', ['ceasefire']],
    ['a crackdown', ['crackdown']],
    ['khamenie zarrif', ['khamenie', 'zarrif']],
  ])('%s -> %j', (q, expected) => {
    expect(queryWords(q, { contentOnly: true }).map((t) => t.word)).toEqual(expected);
  });
});

// The event a question of harm places itself in, whoever's and whatever its weapons: no article's own words.
describe('IN_THE_EVENT', () => {
  it.each([
    ['was anyone hurt in the iranian missile strikes?', 'iranian missile strikes'],
    ['did anyone die in the russian drone attack', 'russian drone attack'],
    ["how many were killed in the rebels' rocket barrage?", 'rocket barrage'],
    ['was anyone hurt during the strikes', 'strikes'],
  ])('%s -> %s', (q, event) => {
    expect(IN_THE_EVENT.exec(q)?.[1]).toBe(event);
  });
});

// A slip of a word asking whether something goes on is put right ("ovr" - "over"); a word the data holds
// never is ("spill" is no "still").
describe('aspectSlipsFixed', () => {
  it('puts right a slip the data does not hold, and leaves a word it holds', () => {
    expect(aspectSlipsFixed('is irans attack ovr')).toBe('is irans attack over');
    expect(aspectSlipsFixed('when did the spill happen?', (w) => w === 'spill')).toBe('when did the spill happen?');
  });
});

describe('text: numbers in words', () => {
  it('spells a number as its one word, where it has one', () => {
    expect([3, 17, 40, 41].map(wordOfNumber)).toEqual(['three', 'seventeen', 'forty', undefined]);
  });
  it('matches the longer of two number words first ("seventeen", not "seven")', () => {
    expect(new RegExp(`^(?:${NUMBER_WORDS_PATTERN})`).exec('seventeen votes')?.[0]).toBe('seventeen');
  });
});
