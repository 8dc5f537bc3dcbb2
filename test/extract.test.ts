// extract: an article into a dataset, read from plain text, Markdown and HTML, with the claims, quotes,
// attribution, figures and names a reader would take from it; always a dataset that validates.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDataset } from '../src/core/extract/index.js';
import { Corpus } from '../src/core/corpus.js';
import { ask } from '../src/core/ask.js';
import { readArticle } from '../src/core/extract/read.js';
import { clausesOf, sentencesOf } from '../src/core/extract/sentences.js';
import { checkDataset } from '../src/core/schema.js';
import type { Fact } from '../src/core/model.js';
import { factq } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'factq-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'Harbour closes after storm — 2023-03-14',
  'What happened?',
  'A storm struck the port of Valmora on Tuesday night. According to the harbour authority, 12 ships were damaged and three cranes were destroyed.',
  'Was anyone hurt?',
  'Officials say no one was killed. The Valmora fire service said four workers were treated for minor injuries.',
  '“The damage is serious, but the port will reopen,” said Elena Varga, the harbour master. “We expect ships back within a week.”',
  'What happens next?',
  'Mrs Varga said repairs would cost about 30 million euros. Varga also warned of “further delays” if more storms come.',
].join('\n');

describe('reading an article', () => {
  it.each([
    ['questions and paragraphs in plain text', ARTICLE, 3, 4],
    ['Markdown headings and paragraphs over several lines', '# Storm\n\nPublished 14 March 2023\n\n## What happened?\n\nA storm struck\nthe port.\n\n## Next\n\nRepairs begin.', 2, 2],
    ['HTML headings and paragraphs, scripts ignored', '<html><head><title>Storm</title><meta property="article:published_time" content="2023-03-14T10:00:00Z"></head><body><script>var x = "<p>no</p>";</script><article><h1>Storm</h1><p>A storm struck the port.</p><h2>What next?</h2><p>Repairs begin &amp; ships wait.</p></article></body></html>', 1, 2],
  ])('%s', (_, input, sections, paragraphs) => {
    const a = readArticle(input);
    expect(a.blocks.filter((b) => b.kind === 'section')).toHaveLength(sections);
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(paragraphs);
    expect(a.date).toBe('2023-03-14');
  });

  it('reads a byline as no paragraph and a dateline opening the first as no part of its text', () => {
    const a = readArticle('# Northmere elects a mayor\n\nBy Sam Okafor, Political Correspondent\n\nNORTHMERE, 6 November 2023 — Eleanor Harlow has been elected mayor.\n\nShe won 51.8% of the vote.');
    expect(a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['Eleanor Harlow has been elected mayor.', 'She won 51.8% of the vote.']);
    expect(a.date).toBe('2023-11-06');
    expect(readArticle('What?\n\nBy the way, the port reopened.').blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(1);
  });

  it('reads a line of the date under the title as no paragraph, and a question opening an untitled text as its first section', () => {
    const dated = readArticle('River floods town\ndate 2024-02-14\n\nWhat happened?\nThe river burst its banks.');
    expect(dated.title).toBe('River floods town');
    expect(dated.date).toBe('2024-02-14');
    expect(dated.blocks).toEqual([
      { kind: 'section', text: 'What happened?' },
      { kind: 'paragraph', text: 'The river burst its banks.' },
    ]);
    const untitled = extractDataset('What happened?\nThe river burst its banks.\nWhat next?\nPumps will run all night.', { date: '2024-02-14', title: 'Floods' });
    expect(untitled.article.title).toBe('Floods');
    expect(untitled.article.questions.map((q) => q.text)).toEqual(['What happened?', 'What next?']);
  });

  it('splits sentences, not abbreviations, and keeps a quote whole', () => {
    expect(sentencesOf('Mr. Varga left at 5 p.m. on Tuesday. He came back. “We are ready. The port is open,” he said.')).toEqual([
      'Mr. Varga left at 5 p.m. on Tuesday.',
      'He came back.',
      '“We are ready. The port is open,” he said.',
    ]);
  });

  it('splits a compound sentence into clauses that each stand as a sentence', () => {
    expect(clausesOf('According to the harbour authority, 12 ships were damaged and three cranes were destroyed.')).toEqual([
      'According to the harbour authority, 12 ships were damaged.',
      'Three cranes were destroyed.',
    ]);
    // "and" between two objects joins no clauses.
    expect(clausesOf('The storm hit ships and cranes in the port.')).toHaveLength(1);
    // Nor does one inside a reported clause still waiting for its verb; one after it does.
    expect(clausesOf('The council said 340 homes and 85 businesses had been flooded.')).toHaveLength(1);
    expect(clausesOf('The council said 340 homes were flooded and 85 businesses were damaged.')).toHaveLength(2);
    // Nor one between two names after a preposition: one subject, "Researchers at A and the B".
    expect(clausesOf('Researchers at the University of Westmark and the University of Orlo tracked 9,000 adults.')).toHaveLength(1);
    expect(clausesOf('The missiles hit Irbil and the Iraqi army said no one was hurt.')).toHaveLength(2);
    // Nor one joining two subjects of a verb still to come, after a clause's "but": the clause before it ends
    // at its comma.
    // Nor one before the last of a list, its word in "-ed" describing a thing: "and a shared shed".
    expect(clausesOf('The council will pay for water pipes, fencing and a shared shed on the new site.')).toHaveLength(1);
    expect(clausesOf('The library and the museum will stay open over the holiday, but the swimming baths and the sports hall will close for a week.')).toEqual([
      'The library and the museum will stay open over the holiday.',
      'The swimming baths and the sports hall will close for a week.',
    ]);
    // Nor "but" as "except" ("all but one"), nor "and" between two numbers ("routes 7 and 12"), nor one
    // inside a clause set off by ", which", whose words before the closing comma hold no verb.
    expect(clausesOf('Six runners were taken to hospital, and all but one had been discharged by Sunday evening.')).toHaveLength(1);
    expect(clausesOf('Buses on routes 7 and 12 are being diverted along Station Road.')).toHaveLength(1);
    expect(clausesOf('The hole, which engineers say is four metres wide and three metres deep, appeared outside the bakery.')).toHaveLength(1);
    expect(clausesOf('The council, which owns the site, said it was safe and the police said the road would reopen.')).toHaveLength(2);
    // A second verb of the same subject makes a clause of its own, the subject repeated.
    expect(clausesOf('The port is closing its gates and is not taking ships this week.')).toEqual([
      'The port is closing its gates.',
      'The port is not taking ships this week.',
    ]);
    expect(clausesOf('If the port closes and is not reopened, ships wait.')).toHaveLength(1);
    // One source saying two things: a claim each, the second given its sayer, each quote whole.
    expect(clausesOf('Anna Berg, the mayor, said the damage was “serious” and suggested the port would reopen.')).toEqual([
      'Anna Berg, the mayor, said the damage was “serious”.',
      'Anna Berg suggested the port would reopen.',
    ]);
    expect(clausesOf('Anna Berg said “the damage is serious and we will reopen” today.')).toHaveLength(1);
    // A choice with what follows one option: the choice, and what follows it.
    expect(clausesOf('The mayor must decide if the council closes the bridge, in which case traffic will move to the ring road, or whether it stays open.')).toEqual([
      'The mayor must decide if the council closes the bridge, or whether it stays open.',
      'If the council closes the bridge, traffic will move to the ring road.',
    ]);
    // Not where the condition has no subject of its own ("whether to close ...").
    expect(clausesOf('The mayor must decide whether to close the bridge, in which case traffic will move, or whether to wait.')).toHaveLength(1);
    // A clause opening with a possessive or a pronoun, named by the first clause's subject where it has one.
    expect(clausesOf('Ms Okafor is due to speak on Friday but her first statement has been brief.')).toEqual([
      'Ms Okafor is due to speak on Friday.',
      'Ms Okafor\u2019s first statement has been brief.',
    ]);
    expect(clausesOf('The mayor wants calm and he knows the council agrees.')).toEqual(['The mayor wants calm.', 'He knows the council agrees.']);
    // A list of things one subject did, said of them: a claim each, the words before the list repeated.
    expect(clausesOf('Officials said that the storm damaged roads, closed schools and flooded homes.')).toEqual([
      'Officials said that the storm damaged roads.',
      'Officials said that the storm closed schools.',
      'Officials said that the storm flooded homes.',
    ]);
    expect(clausesOf('He said that the port, which opened in 1900, was hit.')).toHaveLength(1);
    // A clause that leans on the first's verb ("doesn't either") stays with it.
    expect(clausesOf('She does not want a strike and she knows the union doesn\u2019t either.')).toHaveLength(1);
  });
});

describe('extracting a dataset', () => {
  const d = extractDataset(ARTICLE);
  const fact = (text: string) => d.facts.find((f) => f.text.includes(text))!;

  it('validates, with the article as it reads', () => {
    expect(checkDataset(JSON.parse(JSON.stringify(d))).ok).toBe(true);
    expect(d.article).toMatchObject({ title: 'Harbour closes after storm', date: '2023-03-14', paragraphs: 4 });
    expect(d.article.questions.map((q) => q.text)).toEqual(['What happened?', 'Was anyone hurt?', 'What happens next?']);
  });

  it('keeps quotes verbatim with their speaker, a continued quote and scare quotes too', () => {
    expect(fact('The damage is serious').quote).toEqual({ text: 'The damage is serious, but the port will reopen', speaker: 'Elena Varga' });
    expect(fact('We expect ships back').quote).toEqual({ text: 'We expect ships back within a week', speaker: 'Elena Varga' });
    expect(fact('further delays').quote).toEqual({ text: 'further delays', speaker: 'Elena Varga' });
  });

  it('attributes claims: according to X, X said, a clause that inherits its sentence source', () => {
    expect(fact('12 ships were damaged').attribution).toBe('harbour authority');
    expect(fact('Three cranes were destroyed').attribution).toBe('harbour authority');
    expect(fact('four workers were treated').attribution).toBe('Valmora fire service');
    expect(fact('repairs would cost').attribution).toBe('Elena Varga');
  });

  it('reads figures with units, zero for no one', () => {
    expect(fact('12 ships').numbers).toEqual([{ value: 12, unit: 'ships' }]);
    expect(fact('Three cranes').numbers).toEqual([{ value: 3, unit: 'cranes' }]);
    expect(fact('no one was killed').numbers).toEqual([{ value: 0, unit: 'people killed' }]);
    expect(fact('no one was killed').type).toBe('casualties');
    // "None of its personnel": whose, by their country's word, and what befell them.
    const none = extractDataset('What?\nThe Iraqi army say none of its personnel were killed.', { date: '2023-03-14' });
    expect(none.facts[0]!.numbers).toEqual([{ value: 0, unit: 'Iraqi personnel killed' }]);
  });

  // "Thirty-one passengers": the tens and the units together, never the units alone after the hyphen.
  it.each([
    ['Thirty-one passengers were treated for minor injuries.', { value: 31, unit: 'passengers' }],
    ['Police said forty two cars were damaged.', { value: 42, unit: 'cars' }],
    ['Some ninety-nine homes lost power.', { value: 99, unit: 'homes' }],
    ['Twenty people were evacuated.', { value: 20, unit: 'people' }],
    // People counted with the unit left out, by where they were taken; "one remains" counts no "remains".
    ['Four were taken to Westmoor General Hospital, where one remains in a serious condition.', { value: 4, unit: 'people taken to hospital' }],
  ])('reads %s', (sentence, figure) => {
    expect(extractDataset(`What?\n${sentence}`, { date: '2024-05-02' }).facts[0]!.numbers).toEqual([figure]);
  });

  // Found by a new user on reports of their own: a body of people counted as one, and a count whose unit is
  // left out after another's in its sentence; never a year, nor a number of one or two digits.
  it.each([
    ['A crowd of 18,450 saw Ashford take the lead.', [{ value: 18450, unit: 'people' }]],
    ['Grant came third with 8,940 votes, and Byrne was fourth with 2,115.', [{ value: 8940, unit: 'votes' }, { value: 2115, unit: 'votes' }]],
    ["Lindqvist received 14,208 votes to Hughes's 13,596, the officer said.", [{ value: 14208, unit: 'votes' }, { value: 13596, unit: 'votes' }]],
    ['Turnout was 31.2%, down from 36.5% at the last election in 2020.', [{ value: 31.2, unit: 'percent' }, { value: 36.5, unit: 'percent' }]],
    ['The club sold 4,000 tickets in 2019.', [{ value: 4000, unit: 'tickets' }]],
  ])('reads the figures of %s', (sentence, figures) => {
    // (Over the sentence's facts: a clause with a subject of its own is a fact of its own.)
    expect(extractDataset(`What?\n${sentence}`, { date: '2024-05-02' }).facts.flatMap((f) => f.numbers ?? [])).toEqual(figures);
  });

  it('reads a body\'s name holding "and" or a list as one name, and as the source', () => {
    const d = extractDataset(
      'What?\nWest Yorkshire Fire and Rescue Service said its crews rescued 27 people.\nThe Department for Environment, Food and Rural Affairs said it was "working closely with the council".',
      { date: '2024-02-14' },
    );
    expect(d.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['West Yorkshire Fire and Rescue Service', 'Department for Environment, Food and Rural Affairs']));
    expect(d.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Food']));
    // (Two bodies joined by "and" stay two.)
    const two = extractDataset('What?\nThe Met Office and Environment Agency warned of floods.', { date: '2024-02-14' });
    expect(two.entities.map((e) => e.name)).toEqual(['Met Office', 'Environment Agency']);
    expect(d.facts.map((f) => f.attribution)).toEqual(['West Yorkshire Fire and Rescue Service', 'Department for Environment, Food and Rural Affairs']);
  });

  it('reads "River X" and "X Mill" as places, a name after "from" as no group, and a day of the calendar as no entity', () => {
    const d = extractDataset('What?\nThe River Calder flooded the streets around Bridge Mill after the Boxing Day storm. Pumps were brought in from Leeds.', { date: '2024-02-14' });
    const kind = (name: string): string | undefined => d.entities.find((e) => e.name === name)?.kind;
    expect([kind('River Calder'), kind('Bridge Mill'), kind('Leeds')]).toEqual(['place', 'place', 'place']);
    expect(kind('Boxing Day')).toBeUndefined();
  });

  it('reads a call made on others as words said: "he called on ministers" is his', () => {
    const d = extractDataset('What?\nThe council leader, Councillor Tim Swales, said two rest centres had opened.\nHe called on ministers to release the money.\nShe urged residents to stay away.', { date: '2024-02-14' });
    expect(d.facts.find((f) => f.text.includes('called on ministers'))?.attribution).toBe('Tim Swales');
    // (A "she" after him is someone else, whoever the article does not say.)
    expect(d.facts.find((f) => f.text.includes('urged residents'))?.attribution).not.toBe('Tim Swales');
  });

  it('keeps a word of negation in a fact\'s id, which would otherwise say the opposite', () => {
    const ids = extractDataset('What?\nNo deaths have been reported.\nIran is not looking for escalation.\nThe army doesn\'t plan more raids.', { date: '2024-02-14' }).facts.map((f) => f.id);
    expect(ids).toEqual(['no-deaths-reported', 'iran-not-looking-escalation', 'army-not-plan-raids']);
  });

  it('takes no preposition opening a sentence for a name ("Under English law", "Without new reserves")', () => {
    const d = extractDataset('What?\nUnder English law, a fossil belongs to the landowner.\nWithout New Funding, the Dale Museum will close.', { date: '2024-02-14' });
    const names = d.entities.map((e) => e.name);
    expect(names.filter((n) => /^(?:Under|Without)\b/.test(n))).toEqual([]);
    expect(names).toContain('Dale Museum');
  });

  it('reads "11 of them" in the unit of the count told last before it, where the clause has several', () => {
    const d = extractDataset('What?\nThe network, which runs 40 cameras, recorded it on 11 of them and traced it to a 6-kilometre strip.', { date: '2024-02-14' });
    expect(d.facts.flatMap((f) => f.numbers ?? [])).toContainEqual({ value: 11, unit: 'cameras' });
  });

  it('names a fact of common words only by all its words, not by its "not" alone', () => {
    const ids = extractDataset('What?\n"This is not over," she said.', { date: '2024-02-14' }).facts.map((f) => f.id);
    expect(ids).toEqual(['this-is-not-over-she-said']);
  });

  it('reads a measure by its short unit with what it measures, and an age as years old', () => {
    const figures = (text: string): unknown => extractDataset(`What?\n${text}`, { date: '2024-02-14' }).facts[0]!.numbers;
    expect(figures('Forecasters said 62mm of rain fell in a day.')).toContainEqual({ value: 62, unit: 'millimetres of rain' });
    expect(figures('The river peaked 30 cm above the wall.')).toEqual([{ value: 30, unit: 'centimetres' }]);
    expect(figures('One man, aged 74, was taken to hospital.')).toEqual([{ value: 74, unit: 'years old' }]);
    expect(figures('Janet Hirst, 58, runs a cafe.')).toEqual([{ value: 58, unit: 'years old' }]);
    expect(figures('A 12-year-old boy was rescued.')).toEqual([{ value: 12, unit: 'years old' }]);
    expect(figures('A four-year-old boy was rescued.')).toEqual([{ value: 4, unit: 'years old' }]);
    expect(figures('The twenty-one-year-old striker scored twice.')).toContainEqual({ value: 21, unit: 'years old' });
    // (A sum in millions is money, not metres; a span of years is no age.)
    expect(figures('The upgrade costs £15m.')).toEqual([{ value: 15, unit: 'million pounds' }]);
    expect(figures('It flooded three times in nine years.')).toContainEqual({ value: 9, unit: 'years' });
    expect(figures('It flooded three times in nine years.')).not.toContainEqual(expect.objectContaining({ unit: 'years old' }));
  });

  it('names entities once, variants as aliases, with a kind and the article’s description', () => {
    const varga = d.entities.find((e) => e.name === 'Elena Varga')!;
    expect(varga).toMatchObject({ kind: 'person', description: 'the harbour master' });
    expect(varga.aliases).toContain('Varga');
    expect(d.entities.map((e) => e.name)).not.toContain('Tuesday');
    expect(fact('Varga also warned').entities).toEqual(['Elena Varga']);
    // A common word after a title is a name, even where it only opens sentences ("Mr Trump threatened").
    expect(extractDataset('What?\nMr Trump threatened to act.', { date: '2023-03-14' }).entities.map((e) => e.name)).toEqual(['Trump']);
  });

  it('knows a country from another place by the dictionary', () => {
    const places = extractDataset('What?\nOfficials in Norway said the storm reached Bergen and then Denmark.', { date: '2023-03-14' });
    const kind = (name: string): string | undefined => places.entities.find((e) => e.name === name)?.kind;
    expect([kind('Norway'), kind('Denmark'), kind('Bergen')]).toEqual(['country', 'country', 'place']);
  });

  it('merges two names the dictionary gives one thing, and the demonyms of either', () => {
    const two = extractDataset('What?\nThe US said it would respond. Officials told Americans to stay calm, and America waited.', { date: '2023-03-14' });
    const us = two.entities.filter((e) => ['US', 'America'].includes(e.name));
    expect(us.map((e) => e.name)).toEqual(['US']);
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['America', 'Americans']));
  });

  it('gives a person the titles the article writes them with, with their full name and their surname', () => {
    const titled = extractDataset('What?\nAyatollah Ali Khamenei spoke. Mr Trump replied, and Donald Trump left.', { date: '2023-03-14' });
    const aliases = (name: string): string[] | undefined => titled.entities.find((e) => e.name === name)?.aliases;
    expect(aliases('Ali Khamenei')).toEqual(expect.arrayContaining(['Ayatollah Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei']));
    expect(aliases('Donald Trump')).toEqual(expect.arrayContaining(['Mr Trump', 'Trump']));
    expect(aliases('Donald Trump')).not.toContain('Mr Donald Trump');
  });

  it('says which option "the second option" is, in brackets, from the choice laid out before it', () => {
    const choice = extractDataset(
      'What next?\nThe mayor must decide if she is ready to wait, or whether the council demands that the port closes.\nIf she takes the second option we should expect protests. The former would cost less. The first time it rained, nothing happened.',
      { date: '2023-03-14' },
    );
    const texts = choice.facts.map((f) => f.text);
    expect(texts).toContain('If she takes the second option [the port closes] we should expect protests.');
    expect(texts).toContain('The former [she is ready to wait] would cost less.');
    expect(texts).toContain('The first time it rained, nothing happened.');
    expect(choice.facts.find((f) => f.text.startsWith('If she takes'))!.type).toBe('prediction');
  });

  it('calls Twitter by what its posts are called, as a reader asks', () => {
    const tweeted = extractDataset('What?\n“All is calm,” Anna Berg wrote on Twitter.', { date: '2023-03-14' });
    expect(tweeted.entities.find((e) => e.name === 'Twitter')).toMatchObject({ kind: 'media', aliases: ['tweet'] });
  });

  it('gives a person their surname alone as an alias, unless two share it', () => {
    const two = extractDataset('What?\nAnna Novak met Paul Okafor and Tom Okafor in Valmora.', { date: '2023-03-14' });
    const aliases = (name: string): string[] | undefined => two.entities.find((e) => e.name === name)?.aliases;
    expect(aliases('Anna Novak')).toContain('Novak');
    expect(aliases('Paul Okafor')).not.toContain('Okafor');
    expect(aliases('Tom Okafor')).not.toContain('Okafor');
  });

  it('gives a country the names the dictionary has for it and its people’s words', () => {
    const uk = extractDataset('What?\nThe UK said its troops in Iraq were safe.', { date: '2023-03-14' }).entities.find((e) => e.name === 'UK')!;
    expect(uk.kind).toBe('country');
    expect(uk.aliases).toEqual(expect.arrayContaining(['United Kingdom', 'Britain', 'British']));
  });

  it('makes who someone is a fact of its own, from an appositive noun phrase only', () => {
    expect(d.facts.map((f) => f.text)).toContain('Elena Varga is the harbour master.');
    // The role is a name she goes by: "what did the harbour master say?" asks for her words.
    expect(d.entities.find((e) => e.name === 'Elena Varga')!.aliases).toContain('harbour master');
    const owned = extractDataset('What?\n“We will rebuild,” said Anna Berg, Valmora’s mayor.', { date: '2023-03-14' });
    expect(owned.entities.find((e) => e.name === 'Anna Berg')?.aliases).toEqual(expect.arrayContaining(["Valmora's mayor", 'mayor']));
    const clause = extractDataset('What?\nThe port, which opened in 1900, was hit. Anna Berg, taught sailing for years, left.', { date: '2023-03-14' });
    expect(clause.facts.map((f) => f.text).filter((t) => / is /.test(t))).toEqual([]);
  });

  it('makes where a place lies a fact of its own, in the article’s words, and nothing of a verb or a plural', () => {
    const lies = (text: string): string[] => extractDataset(`What?\n${text}`, { date: '2023-03-14' }).facts.map((f) => f.text).filter((t) => / is in /.test(t));
    expect(lies('A storm hit the Valmora harbour in northern Portugal and the port of Arlen in Spain.')).toEqual(['The Valmora harbour is in northern Portugal.', 'Arlen is in Spain.']);
    expect(lies('Ships left Valmora in the west of Portugal.')).toEqual(['Valmora is in the west of Portugal.']);
    // A verb or a plural after the name says no place lies anywhere.
    expect(lies('Officials in Valmora said in Portugal that Valmora residents in Portugal were safe.')).toEqual([]);
  });

  // Found by a new user trying extract on a flood report of their own.
  it('joins a name’s particles, files acronyms and names that speak as bodies, and finds a sayer closing the sentence', () => {
    const d = extractDataset(
      [
        'Floods in the north — 2024-03-14',
        'Heavy rain caused the Douro river to burst its banks in Peso da Régua and Lamego, officials said.',
        'Forecasters at the national weather institute, IPMA, expect more rain. Greenpeace said the government had ignored warnings.',
        'The institute warned that the river could rise.',
      ].join('\n'),
    );
    // A description set before a name is what it is, and "the institute" later is that body.
    expect(d.entities.find((e) => e.name === 'IPMA')?.description).toBe('the national weather institute');
    expect(d.facts.find((f) => f.text.startsWith('The institute warned'))?.attribution).toBe('IPMA');
    const kinds = Object.fromEntries(d.entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ 'Peso da Régua': 'place', IPMA: 'organization', Greenpeace: 'organization' });
    expect(kinds).not.toHaveProperty('Peso');
    expect(d.facts[0]!.attribution).toBe('officials');
  });

  it('counts people with the unit left out by what befell them, never "no one" as one', () => {
    const figures = (text: string) => extractDataset(`What?\n${text}`, { date: '2024-03-14' }).facts.flatMap((f) => f.numbers ?? []);
    expect(figures('The agency said two people had died and 14 were injured.')).toEqual([
      { value: 2, unit: 'people' },
      { value: 14, unit: 'people injured' },
    ]);
    expect(figures('No one was killed and nobody was hurt.')).not.toContainEqual(expect.objectContaining({ value: 1 }));
    // A part of them counted by something else is no count of the harmed.
    expect(figures('Eleven of the injured were taken to hospital.')).toEqual([]);
  });

  // Found by a new user trying extract on a merger report of their own.
  it('reads firms by their words and "&", no clause after a source as who it is, and pence', () => {
    const d = extractDataset(
      [
        'Foods group buys rival \u2014 2025-03-03',
        'Coastline Foods agreed to buy Marsh & Pike, said Berrington Securities.',
        'According to Coastline, the combined group will employ 6,400 people. According to Karen Dyer, the deal is fair.',
        'Shareholders will receive 185 pence for each share. Last year it made a profit of \u00a358 million on sales of \u00a31.2 billion. Tickets cost 90p.',
      ].join('\n'),
    );
    const kinds = Object.fromEntries(d.entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ 'Coastline Foods': 'organization', 'Marsh & Pike': 'organization', 'Berrington Securities': 'organization', 'Karen Dyer': 'person' });
    expect(d.facts.map((f) => f.text).filter((t) => /^Coastline is/.test(t))).toEqual([]);
    const figures = d.facts.flatMap((f) => f.numbers ?? []);
    expect(figures).toEqual(expect.arrayContaining([{ value: 185, unit: 'pence' }, { value: 58, unit: 'million pounds' }, { value: 90, unit: 'pence' }]));
    expect(figures.map((n) => n.unit)).not.toContain('million on sales');
  });

  it('gives a name the letters in brackets after it, takes a title off a person but not a body, and keeps "said that A and that B" one claim', () => {
    const d = extractDataset(
      [
        'Fares \u2014 2025-03-03',
        'The Harwick Regional Transit Authority (HRTA) said fares would fall. The HRTA said that fares would fall and that the authority hoped to win riders back.',
        'Councillor Tom Okafor and Justice Helen Marchetti spoke. The Justice Department said nothing.',
      ].join('\n'),
    );
    expect(d.entities.find((e) => e.name === 'Harwick Regional Transit Authority')?.aliases).toContain('HRTA');
    expect(d.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Tom Okafor', 'Helen Marchetti', 'Justice Department']));
    expect(d.facts.map((f) => f.text).filter((t) => /^That\b/.test(t))).toEqual([]);
  });

  it('takes every title off a sayer, and a utility is a body whose "she" is no one', () => {
    const d = extractDataset(
      [
        'Court rules \u2014 2025-03-03',
        'Mrs Justice Helen Marchetti said in her ruling that the consultation by Westmoor Water was unlawful. She added that residents had only 21 days.',
      ].join('\n'),
    );
    expect(d.entities.find((e) => e.name === 'Westmoor Water')?.kind).toBe('organization');
    expect(d.facts.map((f) => f.attribution)).toEqual(['Helen Marchetti', 'Helen Marchetti']);
  });

  // Found by a new user trying extract on a text of their own.
  it('reads a dateline as the date, passives as no source, rates and "no injuries" as figures, appositive sources', () => {
    const report = extractDataset(
      [
        'Floods cut off the valley road',
        'Monday 6 May 2024',
        'Heavy rain closed the valley road overnight, according to the county council.',
        'No deaths were reported, but two bridges collapsed into the river.',
        'The weather service said the wind reached 70 kilometres per hour.',
        'The bus company, Hillside Coaches, said it would run a shuttle for 300 pupils.',
      ].join('\n\n'),
    );
    const said = (text: string) => report.facts.find((f) => f.text.includes(text))!;
    expect(report.article).toMatchObject({ date: '2024-05-06', paragraphs: 4 });
    expect(report.facts.map((f) => f.text)).not.toContain('Monday 6 May 2024.');
    expect(said('No deaths were reported')).toMatchObject({ text: 'No deaths were reported.', attribution: 'article', numbers: [{ value: 0, unit: 'deaths' }] });
    expect(said('bridges collapsed').text).toBe('Two bridges collapsed into the river.');
    expect(said('70 kilometres').numbers).toEqual([{ value: 70, unit: 'kilometres per hour' }]);
    expect(said('shuttle').attribution).toBe('Hillside Coaches');
  });

  it('names whom a pronoun or a post stands for, and not what "it" only announces', () => {
    const story = extractDataset(
      [
        'What next?',
        'Anna Berg leads the council of Valmora. The mayor must decide whether to close the port. If she waits, the ships stay.',
        'Valmora has asked for help. Meanwhile, it is likely to borrow money. It will be hard for Valmora if the rain goes on.',
        'Officials met Paul Roth and said he had agreed.',
      ].join('\n'),
      { date: '2023-03-14' },
    );
    const named = (text: string): string[] => story.facts.find((f) => f.text.includes(text))!.entities;
    expect(named('If she waits')).toContain('Anna Berg');
    expect(named('The mayor must decide')).toContain('Anna Berg');
    // The post is a name she goes by, and says who she is better than the first sentence naming her.
    const berg = story.entities.find((e) => e.name === 'Anna Berg')!;
    expect(berg.aliases).toEqual(expect.arrayContaining(['mayor', 'Mayor Berg']));
    expect(berg.description).toBe('the mayor');
    expect(named('likely to borrow')).toContain('Valmora');
    // "Paul Roth ... he": the person named before the pronoun in its sentence, not the last paragraph's.
    expect(named('he had agreed')).toEqual(expect.arrayContaining(['Paul Roth']));
    expect(named('he had agreed')).not.toContain('Anna Berg');
    // "It will be hard ... if": no thing is meant, and the fact names only Valmora as written.
    expect(named('It will be hard')).toEqual(['Valmora']);
    // The text stays the article's.
    expect(story.facts.map((f) => f.text)).toContain('If she waits, the ships stay.');
    // A post beside the name of its holder is theirs, not the person named before.
    const named2 = extractDataset('What?\nPaul Roth spoke first. The mayor, Anna Novak, said roads were shut.', { date: '2023-03-14' });
    expect(named2.facts.find((f) => f.text.includes('roads were shut'))!.entities).toEqual(['Anna Novak']);
  });

  // Found by a new user trying extract on articles of their own (this round's last session).
  it('reads accented names, names joined by "and", and an opening word that only describes a name', () => {
    const d2 = extractDataset(
      [
        'What?',
        'President Andrés Fuentes visited Puerto Ancla. Neighbouring Argentina sent 150 rescue workers.',
        'Brightwave is recalling fryers sold in the UK and Ireland after reports that they can overheat.',
        '“We felt the house shake,” said Lucía Ortega. “My grandson pulled me out.”',
      ].join('\n'),
      { date: '2024-02-19' },
    );
    const names = d2.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Andrés Fuentes', 'Argentina', 'Lucía Ortega']));
    expect(names).not.toEqual(expect.arrayContaining(['My']));
    expect(d2.facts.filter((f) => /Ireland/.test(f.text)).map((f) => f.text)).toEqual(['Brightwave is recalling fryers sold in the UK and Ireland after reports that they can overheat.']);
  });

  it.each([
    ['Four people suffered minor burns.', [{ value: 4, unit: 'people' }]],
    ['Ms Harlow won 51.8% of the vote.', [{ value: 51.8, unit: 'percent' }]],
    ['The recall would cost about £18 million.', [{ value: 18, unit: 'million pounds' }]],
    ["Ms Harlow carried 11 of the city's 18 wards.", [{ value: 11, unit: 'wards' }, { value: 18, unit: 'wards' }]],
    ["Engineers found that 9 of the bridge's 24 main hanger cables had corroded.", [{ value: 9, unit: 'main hanger cables' }, { value: 24, unit: 'main hanger cables' }]],
    ['The recall covers the CrispMax 7 models.', undefined],
    // (People counted by what befell them, told right after: "people died".)
    ['Some 43 people died in the quake.', [{ value: 43, unit: 'people died' }]],
    ['The motion passed by nine votes to four.', [{ value: 9, unit: 'votes' }, { value: 4, unit: 'votes' }]],
    ['The charity sent 150 workers to 12 towns.', [{ value: 150, unit: 'workers' }, { value: 12, unit: 'towns' }]],
    // (A quake's magnitude, either way round.)
    ['A magnitude 6.2 earthquake struck the coast.', [{ value: 6.2, unit: 'magnitude' }]],
    ['A 5.8-magnitude aftershock followed.', [{ value: 5.8, unit: 'magnitude' }]],
    // (A number standing alone counts no length of time: "fewer than 3,000" is no years.)
    ['Walkers were 25% less likely to fall ill over nine years than those who walked fewer than 3,000, the study found.', [{ value: 9, unit: 'years' }, { value: 25, unit: 'percent' }]],
    // (A year is no count; a comma closing it ends it, and the length of time after it is one.)
    ['The first complaint came in August 2023, six months before the recall.', [{ value: 6, unit: 'months' }]],
    ['“Nobody should have to think twice about cooking dinner.”', undefined],
    // (A thousands separator is no end of a figure, and a count whose unit is left out before "in" is one.)
    ['Brightline is recalling about 340,000 electric space heaters.', [{ value: 340000, unit: 'electric space heaters' }]],
    ['About 312,000 units were sold in the United States and 28,000 in Canada.', [{ value: 312000, unit: 'units' }, { value: 28000, unit: 'units' }]],
    // (A length of time said before a noun is one; an age is not.)
    ['He was found guilty after a five-week trial.', [{ value: 5, unit: 'weeks' }]],
    ['The 24-hour strike ended.', [{ value: 24, unit: 'hours' }]],
    // (So is a measure: "the 48-metre vessel", "a two-mile queue".)
    ['The 60-metre tower swayed.', [{ value: 60, unit: 'metres' }]],
    ['Drivers sat in a two-mile queue.', [{ value: 2, unit: 'miles' }]],
    // (Bare figures count what the numbers are of: "passenger numbers".)
    ['Passenger numbers fell from 12,400 in 2019 to 8,100 last year.', [{ value: 12400, unit: 'passengers' }, { value: 8100, unit: 'passengers' }]],
  ])('reads the figures of %s', (sentence, numbers) => {
    const d2 = extractDataset(`What?\n${sentence}`, { date: '2024-02-19' });
    expect(d2.facts[0]!.numbers).toEqual(numbers);
  });

  it('reads a desk and a date as a dateline, a country before a name as its own, and bodies by their common words', () => {
    const d2 = extractDataset(
      [
        '# Kenyan runner wins in Berlin',
        '',
        '*Sports desk, 30 September 2024*',
        '',
        "Kenyan runner Amos Kiprotich won, ahead of Ethiopia's Dawit Bekele and Germany's Lukas Hoffmann.",
        '',
        'World Athletics praised the course. A spokesperson for Swim England said nothing. The Liberal Democrats did not comment.',
      ].join('\n'),
    );
    expect(d2.article.date).toBe('2024-09-30');
    expect(d2.article.paragraphs).toBe(2);
    expect(d2.facts.some((f) => /Sports desk/.test(f.text))).toBe(false);
    const kind = (name: string): string | undefined => d2.entities.find((e) => e.name === name)?.kind;
    expect([kind('Ethiopia'), kind('Dawit Bekele'), kind('Germany'), kind('Lukas Hoffmann')]).toEqual(['country', 'person', 'country', 'person']);
    expect(d2.entities.map((e) => e.name)).not.toContain('Ethiopia Dawit Bekele');
    expect([kind('World Athletics'), kind('Swim England'), kind('Liberal Democrats')]).toEqual(['organization', 'organization', 'group']);
  });

  it('reads a name ending in a word for a kind of place as a place', () => {
    const d2 = extractDataset('Floods\nThe Ashby River burst its banks on Monday. Water closed Mill Road and Station Road. Lake Tana was calm. The Mill Road Trust said nothing.', { date: '2024-05-06' });
    const kind = (name: string): string | undefined => d2.entities.find((e) => e.name === name)?.kind;
    expect([kind('Ashby River'), kind('Mill Road'), kind('Station Road'), kind('Lake Tana')]).toEqual(['place', 'place', 'place', 'place']);
    expect(kind('Mill Road Trust')).toBe('organization');
  });

  it('attributes a second verb of a clause to its subject, not to the words before the verb', () => {
    const d2 = extractDataset('What?\nMr Brandt conceded. He congratulated his rival but warned that her plans were unaffordable.', { date: '2023-11-06' });
    expect(d2.facts.find((f) => f.text.includes('warned'))!.attribution).toBe('Brandt');
  });

  it('makes no "who someone is" of a source closing the sentence', () => {
    const d2 = extractDataset('What?\nThe votes broke two to one for Ms Harlow, the commission said.', { date: '2023-11-06' });
    expect(d2.facts.map((f) => f.text)).not.toContain('Harlow is the commission said.');
  });

  it('reads what a new user’s court and recall reports name: bodies, countries, surnames, no month, no list as who', () => {
    const d2 = extractDataset(
      [
        'What?',
        'Judge Eleanor Whitcombe said Daniel Okonjo, 52, had lied. A jury found Okonjo guilty in January. His wife, Grace Okonjo, 49, was acquitted.',
        'He spent the money on two properties in Portugal, a yacht and private school fees, according to the Crown Prosecution Service.',
        'Prosecutor Helen Marsh said the fraud was found in May 2024. Detective Sergeant Tom Reyes of Avon and Somerset Police said little.',
        'Brightline Appliances is recalling heaters sold in the United States and Canada. About 312,000 units were sold in the United States. Health Canada said it was working on it.',
        'Lindqvist won 14,208 votes, the returning officer, Anne Moreland, announced.',
      ].join('\n'),
      { date: '2024-10-03' },
    );
    const kind = (name: string): string | undefined => d2.entities.find((e) => e.name === name)?.kind;
    expect([kind('Daniel Okonjo'), kind('Grace Okonjo'), kind('Helen Marsh'), kind('Tom Reyes')]).toEqual(['person', 'person', 'person', 'person']);
    expect([kind('Crown Prosecution Service'), kind('Avon and Somerset Police'), kind('Brightline Appliances'), kind('Health Canada')]).toEqual(['organization', 'organization', 'organization', 'organization']);
    expect([kind('United States'), kind('Canada')]).toEqual(['country', 'country']);
    // The surname alone is the one named first; a month before a year is no name; a country is no body's short name.
    expect(d2.entities.find((e) => e.name === 'Daniel Okonjo')!.aliases).toContain('Okonjo');
    expect(d2.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Okonjo']));
    expect(d2.entities.map((e) => e.name)).not.toContain('May');
    expect(d2.entities.find((e) => e.name === 'Health Canada')!.aliases).not.toContain('Canada');
    expect(d2.facts.map((f) => f.text)).not.toContain('Portugal is a yacht and private school fees.');
    // "States" of "United States" is no verb of saying; the name set off right before the verb is the sayer.
    expect(d2.facts.find((f) => f.text.startsWith('About 312,000'))!.attribution).toBe('article');
    expect(d2.facts.find((f) => f.text.startsWith('Lindqvist'))!.attribution).toBe('Anne Moreland');
    // (A joining word opening the sayer is no part of it.)
    const joined = extractDataset('What?\nThe river rose on Monday. And officials said more rain was coming.', { date: '2024-10-03' });
    expect(joined.facts.find((f) => f.text.startsWith('And officials'))!.attribution).toBe('officials');
  });

  it('reads what a new user’s election and results reports name: a wire dateline, posts of several words, parties, a figure changed from', () => {
    const d2 = extractDataset(
      [
        'What?',
        'OSTMARK, Leland, 2 May 2024 (Reuters) - Corvel Foods said on Tuesday its net profit fell 12%.',
        '"It was a hard year," Chief Financial Officer Ines Maratti said in a statement.',
        'The Harbour Party took 64 seats, up from 40. The Green League won 18 seats, down from 25.',
        'A deal with the Greens would be close. Its leader, Aron Falke, called the result "a turning point" and said more talks would follow.',
        'Dana Pell, a professor at the University of Ostmark, said talks could take weeks. Voters in the capital, Ostmark, queued for hours.',
      ].join('\n'),
      { date: '2024-05-02' },
    );
    // The dateline, its dash a hyphen, is no part of the fact, and the city in it no sayer.
    const lead = d2.facts.find((f) => f.text.includes('net profit fell'))!;
    expect(lead.text).toBe('Corvel Foods said on Tuesday its net profit fell 12%.');
    expect(lead.attribution).toBe('Corvel Foods');
    // A post of several words is a title, the person the name after it.
    expect(d2.facts.find((f) => f.text.includes('hard year'))!.attribution).toBe('Ines Maratti');
    expect(d2.entities.find((e) => e.name === 'Ines Maratti')?.kind).toBe('person');
    // The figure a count changed from, in its unit.
    expect(d2.facts.find((f) => f.text.startsWith('The Harbour Party'))!.numbers).toEqual([{ value: 64, unit: 'seats' }, { value: 40, unit: 'seats' }]);
    expect(d2.facts.find((f) => f.text.startsWith('The Green League'))!.numbers).toEqual([{ value: 18, unit: 'seats' }, { value: 25, unit: 'seats' }]);
    // A party's members are the party; a body "of" a place is no long form of the place.
    expect(d2.entities.find((e) => e.name === 'Green League')).toMatchObject({ kind: 'organization', aliases: ['Greens'] });
    expect(d2.entities.find((e) => e.name === 'University of Ostmark')!.aliases).not.toContain('Ostmark');
    // A quote that leaves only "and" before the verb: the sayer is the one named before it.
    expect(d2.facts.find((f) => f.text.startsWith('Its leader'))!.attribution).toBe('Aron Falke');
  });

  it('counts people by the harm told right after a number, or by the deed that harmed them, and reads a sayer set off mid-sentence', () => {
    const d2 = extractDataset(
      [
        'What?',
        'A strong earthquake struck the coast on Friday, killing at least 38 people and injuring more than 500, officials said, as rescuers searched the rubble.',
        'Karsa was the worst hit, with 21 dead and 160 injured. In Belvo, 9 people were killed and 140 hurt, while four died in Morrow.',
      ].join('\n'),
      { date: '2025-03-14' },
    );
    const lead = d2.facts.find((f) => f.text.startsWith('A strong earthquake'))!;
    expect(lead).toMatchObject({ type: 'casualties', attribution: 'officials', numbers: [{ value: 38, unit: 'people killed' }, { value: 500, unit: 'people injured' }] });
    expect(d2.facts.find((f) => f.text.startsWith('Karsa'))!.numbers).toEqual([{ value: 21, unit: 'people dead' }, { value: 160, unit: 'people injured' }]);
    // (", while four died in Morrow": a claim of its own, of another place.)
    expect(d2.facts.find((f) => f.text.startsWith('In Belvo'))!.numbers).toEqual([{ value: 9, unit: 'people killed' }, { value: 140, unit: 'people hurt' }]);
    expect(d2.facts.find((f) => f.text === 'Four died in Morrow.')).toMatchObject({ type: 'casualties', numbers: [{ value: 4, unit: 'people died' }] });
  });

  it('keeps a count joined by "and" whole when the verb after it is a clause of its own ("when it struck")', () => {
    const d2 = extractDataset('What?\nThe ferry was carrying 112 passengers and 9 crew when it struck a sandbank at about 7.40pm.', { date: '2024-05-06' });
    expect(d2.facts.map((f) => f.text)).toEqual(['The ferry was carrying 112 passengers and 9 crew when it struck a sandbank at about 7.40pm.']);
    expect(d2.facts[0]!.numbers).toEqual([{ value: 112, unit: 'passengers' }, { value: 9, unit: 'crew' }]);
  });

  it('never invents a date: none found is a usage error, --date gives one', () => {
    const undated = 'What happened?\nA storm struck the port.';
    expect(() => extractDataset(undated)).toThrow(/no date found/);
    expect(extractDataset(undated, { date: '2023-03-14' }).article.date).toBe('2023-03-14');
  });
});

describe('factq extract', () => {
  it('writes a dataset that --data then answers from', async () => {
    const input = join(dir, 'storm.txt');
    const out = join(dir, 'storm.json');
    writeFileSync(input, ARTICLE);
    const r = await factq(['extract', input, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/storm\.json: \d+ facts, \d+ entities, 3 questions, 4 paragraphs/);
    expect((await factq(['validate', out])).code).toBe(0);
    const answer = JSON.parse((await factq(['ask', 'how many ships were damaged?', '--data', out, '--json'])).stdout);
    expect(answer.answer).toMatch(/12 ships/);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    // A title made of the first sentence is said to be a guess (a new user found one made up silently).
    const untitled = join(dir, 'untitled.txt');
    writeFileSync(untitled, '\nThe agency said two people had died and 14 were injured, most of them when a bridge near the port collapsed on Tuesday night.\n\nShips were kept away.');
    expect((await factq(['extract', untitled, '--date', '2024-03-14', '-o', join(dir, 'untitled.json')])).stderr).toMatch(/no title found: the first sentence is the title \("The agency said .*"\); give one with --title/);
    // One of a thing is counted in the singular (a new user saw "1 questions").
    const one = join(dir, 'one.txt');
    writeFileSync(one, 'A storm struck the port \u2014 2023-03-14\nThe storm closed the port on Tuesday.');
    expect((await factq(['extract', one, '-o', join(dir, 'one.json')])).stderr).toMatch(/, 1 question, 1 paragraph\n$/);
    expect((await factq(['validate', join(dir, 'one.json')])).stderr).toMatch(/, 1 question\n$/);
  });

  it('prints the dataset on stdout without -o, and refuses empty input or a bad --date', async () => {
    const input = join(dir, 'storm2.txt');
    writeFileSync(input, ARTICLE);
    expect(JSON.parse((await factq(['extract', input])).stdout).facts.length).toBeGreaterThan(5);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    expect(await factq(['extract', empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^factq: .*empty/) });
    expect((await factq(['extract', input, '--date', 'tomorrow'])).code).toBe(2);
  });
});

describe('extract: the sayer named after the verb', () => {
  // '"...," said Halden Lines chief executive Marcus Bell': the person is the sayer, not the company named
  // before him as his.
  it('credits the quote to the person, not their company', () => {
    const ds = extractDataset(
      ['What now?', 'Halden Lines runs the ferry. Marcus Bell is its chief executive.', '"We will pay for every passenger\'s onward travel," said Halden Lines chief executive Marcus Bell.'].join('\n'),
      { date: '2024-05-02' },
    );
    const fact = ds.facts.find((f) => f.quote !== undefined)!;
    expect(fact.quote!.speaker).toBe('Marcus Bell');
    expect(fact.attribution).toBe('Marcus Bell');
  });
  // '"We warned about this ...," she said': the verb of saying outside the quotation says who; "warned"
  // inside it is the speaker's own word.
  it('reads the verb outside the quotation, not one inside it', () => {
    const ds = extractDataset(
      ['What now?', 'Local councillor Priya Nand said the sandbank had moved.', '"We warned about this two years ago, and nobody listened," she said.'].join('\n'),
      { date: '2024-05-02' },
    );
    const fact = ds.facts.find((f) => f.quote !== undefined)!;
    expect(fact.quote).toEqual({ text: 'We warned about this two years ago, and nobody listened', speaker: 'Priya Nand' });
  });
  // 'Opposition leader Sandra Whitlock called the decision "another blow ..."': a person named before a
  // quote with no verb of saying is its speaker, not the last one quoted in the paragraph.
  it('credits a quote with no verb of saying to the person named before it', () => {
    const ds = extractDataset(
      ['What now?', 'Finance Minister Rafael Ortiz said the government respected the bank. "We support it," Ortiz said. Opposition leader Sandra Whitlock called the decision "another blow to families."'].join('\n'),
      { date: '2025-03-06' },
    );
    const fact = ds.facts.find((f) => f.quote?.text.startsWith('another blow'))!;
    expect(fact.quote!.speaker).toBe('Sandra Whitlock');
    expect(fact.attribution).toBe('Sandra Whitlock');
  });
});

// A wildfire report's names: a word of grammar opening a sentence or a quote names nothing ("Everyone in
// Pine Hollow got out", "Until then"); an abbreviated word keeps a name whole ("St. Clare Medical Center");
// a body naming what it is for in a list is one name ("Bureau of Alcohol, Tobacco, Firearms and
// Explosives"); the sayer after "said" where a comma sets the verb after the words said, and before a day
// that closes the sentence ("fire officials said Wednesday"), not a name elsewhere in it.
describe('extract: a wildfire report', () => {
  const ds = extractDataset(
    [
      'What happened?',
      'A wildfire tore through the Harlan Valley on Tuesday, destroying at least 87 homes, fire officials said Wednesday.',
      'Two firefighters were treated at St. Clare Medical Center in Redmond Falls and released.',
      'Sheriff Marcus Delgado said deputies went door to door. "Everyone in Pine Hollow got out alive." "Until then, conditions are bad."',
      'Investigators from the Bureau of Alcohol, Tobacco, Firearms and Explosives are examining a power line, said forestry spokesperson Tom Brandt.',
      'Judge Eleanor Whitcombe, sitting at Bristol Crown Court, said Daniel Okonjo, 52, had shown "a calculated betrayal".',
    ].join('\n'),
    { date: '2024-08-14' },
  );
  const names = ds.entities.map((e) => e.name);
  const fact = (start: string): Fact => ds.facts.find((f) => f.text.startsWith(start))!;
  it('keeps grammar words out of the entities and names whole', () => {
    expect(names).not.toContain('Everyone');
    expect(names).not.toContain('Until');
    expect(names).toContain('St. Clare Medical Center');
    expect(names).toContain('Bureau of Alcohol, Tobacco, Firearms and Explosives');
    expect(names).not.toContain('Tobacco');
  });
  it.each<[string, string]>([
    ['A wildfire tore', 'fire officials'],
    ['Investigators from', 'Tom Brandt'],
    ['Judge Eleanor', 'Eleanor Whitcombe'],
  ])('%s ... is said by %s', (start, sayer) => {
    expect(fact(start).attribution).toBe(sayer);
  });
});

// Who someone is, written before their name in lower case ("Opposition leader Sandra Whitlock", "said
// forestry spokesperson Tom Brandt") or after it with no article ("chief economist at Kingsbridge Bank"):
// a fact of its own, and the post a name they go by (not a post held once, "the former finance minister").
// A surname opening a sentence is the person's ("Costa expects ..."); "Shares of X" are X's.
describe('extract: jobs before and after names', () => {
  const ds = extractDataset(
    [
      'What happened?',
      'Opposition leader Sandra Whitlock called the decision "another blow to families."',
      'Investigators are examining a power line, said forestry spokesperson Tom Brandt.',
      '"The bank is not done yet," said Mariana Costa, chief economist at Kingsbridge Bank. Costa expects one more increase.',
      'Elena Marsh, the former finance minister, won the most votes.',
      'Shares of Harbourline Homes, the country\'s largest homebuilder, dropped 4.5 percent.',
      'Rovers captain Ben Adeyemi scored twice for Castlebrook Rovers.',
    ].join('\n'),
    { date: '2025-03-06' },
  );
  const entity = (name: string) => ds.entities.find((e) => e.name === name);
  it.each<[string]>([
    ['Sandra Whitlock is the opposition leader.'],
    ['Tom Brandt is the forestry spokesperson.'],
    ['Mariana Costa is chief economist at Kingsbridge Bank.'],
    ['Ben Adeyemi is the Rovers captain.'],
    ['Harbourline Homes is the country\'s largest homebuilder.'],
  ])('%s', (text) => {
    expect(ds.facts.map((f) => f.text)).toContain(text);
  });
  it('names them by the post, not by a post held once; a surname opening a sentence is theirs', () => {
    expect(entity('Sandra Whitlock')?.aliases).toContain('opposition leader');
    expect(entity('Elena Marsh')?.aliases ?? []).not.toContain('former finance minister');
    expect(entity('Mariana Costa')?.aliases).toContain('Costa');
    expect(ds.facts.find((f) => f.text.startsWith('Costa expects'))?.entities).toContain('Mariana Costa');
    expect(entity('Shares of Harbourline Homes')).toBeUndefined();
  });
});

describe('extract: harm told as what was suffered', () => {
  it.each<[string]>([['Two firefighters suffered minor burns on Tuesday night.'], ['Eleven people suffered burns, the commission said.'], ['A driver sustained serious injuries in the crash.']])('%s is a casualty report', (sentence) => {
    const ds = extractDataset(['What happened?', sentence].join('\n'), { date: '2024-08-14' });
    expect(ds.facts[0]!.type).toBe('casualties');
  });
});

// Two subjects of one verb are one claim ("The opposition Citizens' Party and the Liberty Party voted
// against", "The union and the airline have agreed to meet"); a verb after "and" past a clause of another
// subject's is that subject's, no claim of the first's ("arguing that pilots' pay was frozen and has fallen
// behind inflation"); a surname with a capital inside it names a person, whose "he said" follows.
describe('extract: subjects joined, clauses of another subject, McAllister', () => {
  it.each<[string]>([
    ["The opposition Citizens' Party and the Liberty Party voted against."],
    ['The union and the airline have agreed to meet in Dublin on 19 March.'],
    ["The union is seeking a 12 per cent rise, arguing that pilots' pay was frozen during the pandemic and has fallen behind inflation."],
    ['The wall behind the main stand and the east terrace collapsed shortly after 2am.'],
  ])('%s is one claim', (sentence) => {
    expect(clausesOf(sentence)).toEqual([sentence]);
  });
  it('keeps splitting where the second verb is the same subject\'s', () => {
    expect(clausesOf('Iran is signaling that it does not plan further attacks and is not looking for further escalation.')).toHaveLength(2);
  });
  it('reads McAllister as a person, whose "he said" is his', () => {
    const ds = extractDataset(['What now?', 'The Housing Minister, Priya Naidu, said homes would be built. The leader of the opposition, Grant McAllister, promised to repeal the cap. "This law will fail," he said.'].join('\n'), { date: '2025-03-06' });
    expect(ds.entities.find((e) => e.name === 'Grant McAllister')?.kind).toBe('person');
    expect(ds.facts.find((f) => f.quote?.text === 'This law will fail')?.quote?.speaker).toBe('Grant McAllister');
  });
});

describe('extract: a post of a ministry before a name', () => {
  // "The Minister for Transport, Declan Furlong, urged ...": a list of what a ministry is for closes with
  // "and"; the name after the comma is a person of their own.
  it('reads Declan Furlong as a person', () => {
    const ds = extractDataset(['What now?', 'The Minister for Transport, Declan Furlong, urged both sides to return to talks.'].join('\n'), { date: '2025-03-14' });
    expect(ds.entities.find((e) => e.name === 'Declan Furlong')?.kind).toBe('person');
  });
});

describe('extract: a crowd estimated at a figure', () => {
  // "Police estimated the crowd at about 4,000, while ...": a body of people counted at a figure, the comma
  // after it ending the number.
  it('counts 4,000 people', () => {
    const ds = extractDataset(['What now?', "Police estimated the crowd at about 4,000, while the organisers said more than 15,000 people had attended."].join('\n'), { date: '2024-11-27' });
    expect(ds.facts[0]!.numbers).toContainEqual({ value: 4000, unit: 'people' });
  });
});

describe('extract: spans, ordinals before a noun, a share of something', () => {
  const read = (sentence: string) => extractDataset(['What now?', sentence].join('\n'), { date: '2024-11-27' }).facts;
  // "between 2:30 a.m. and 3:30 a.m." names the two ends of one span: no second claim starting "3:30 a.m.".
  it('keeps a span between two times in one claim', () => {
    const facts = read('Police have asked anyone who was near the museum between 2:30 a.m. and 3:30 a.m. to come forward, and have released images of two men.');
    expect(facts.map((f) => f.text)).toContain('Police have asked anyone who was near the museum between 2:30 a.m. and 3:30 a.m. to come forward.');
  });
  // "three 17th-century Dutch paintings": a count past an ordinal's compound.
  it('counts three 17th-century paintings', () => {
    expect(read('Thieves escaped with three 17th-century Dutch paintings.')[0]!.numbers).toContainEqual({ value: 3, unit: '17th-century Dutch paintings' });
  });
  // "4 percent of its annual turnover": a share, not a count of "percent of its".
  it('reads no unit closing on a grammar word', () => {
    const numbers = read('The office could fine the company up to 4 percent of its annual turnover.')[0]!.numbers ?? [];
    expect(numbers.map((n) => n.unit)).not.toContain('percent of its');
    expect(numbers).toContainEqual({ value: 4, unit: 'percent' });
  });
});

// ", Frans Mertens, the museum said in a statement.": a source after a name is no appositive, wherever its
// verb of saying falls.
describe('extract: a source after a name', () => {
  it('makes no description of "the museum said in a statement"', () => {
    const ds = extractDataset(['What now?', 'The works include a portrait attributed to the workshop of Frans Mertens, the museum said in a statement.'].join('\n'), { date: '2024-11-27' });
    expect(ds.facts.map((f) => f.text)).not.toContain('Frans Mertens is the museum said in a statement.');
    expect(ds.entities.flatMap((e) => e.aliases)).not.toContain('museum said in a statement');
  });
});

// A post or job set off by commas before a name, with its article: who they are, and a name they go by.
describe('extract: a post before a name', () => {
  const read = (sentence: string) => extractDataset(['What now?', sentence].join('\n'), { date: '2024-11-27' });
  it.each<[string, string, string]>([
    ['The Minister for Transport, Declan Furlong, urged both sides to return to talks.', 'Declan Furlong is the Minister for Transport.', 'Minister for Transport'],
    ['A Meridian Pay spokeswoman, Priya Nair, said the company was reviewing the claims.', 'Priya Nair is a Meridian Pay spokeswoman.', 'spokeswoman'],
    ['The leader of the opposition, Grant McAllister, promised to repeal the cap.', 'Grant McAllister is the leader of the opposition.', 'leader of the opposition'],
  ])('%s', (sentence, fact, alias) => {
    const ds = read(sentence);
    expect(ds.facts.map((f) => f.text)).toContain(fact);
    expect(ds.entities.flatMap((e) => e.aliases)).toContain(alias);
  });
});

// Two subjects of one verb in a clause of their own ("while the 15 Conservative and six Green councillors
// voted against") are no two claims; ", while" sets a second subject's deed against the first's.
describe('extract: clauses set against each other, and subjects joined', () => {
  const read = (sentence: string) => extractDataset(['What now?', sentence].join('\n'), { date: '2024-10-09' });
  it('splits at ", while", not inside the clause it opens, and counts both sides', () => {
    const facts = read('All 24 Labour councillors present backed the increase, joined by three Independents, while the 15 Conservative and six Green councillors voted against.').facts;
    expect(facts.map((f) => f.text)).toEqual(['All 24 Labour councillors present backed the increase, joined by three Independents.', 'The 15 Conservative and six Green councillors voted against.']);
    expect(facts[1]!.numbers).toEqual(expect.arrayContaining([{ value: 15, unit: 'Conservative councillors' }, { value: 6, unit: 'Green councillors' }]));
  });
  it.each([
    'A £12 million scheme to raise the flood wall was shelved in 2021 when the council and the Regional Environment Agency could not agree on how to split the cost.',
    'Five died in Menderes, where a primary school and a mosque were badly damaged.',
    // (Two counts before the sentence's reporting tag; a comparison's "further" is no verb.)
    'An outbreak of norovirus infected 23 patients and 9 members of staff, health officials said on Monday.',
    'The airline has offered 4 per cent this year and a further 2 per cent in 2025.',
  ])('keeps %s whole', (sentence) => {
    expect(read(sentence).facts.map((f) => f.text)).toEqual([sentence]);
  });
  it('still splits at ", and" after a preposition: "after the announcement, and the yield rose"', () => {
    expect(read('The dollar jumped 0.8 percent after the announcement, and the yield on bonds rose 12 basis points.').facts).toHaveLength(2);
  });
  it('reads a tally with no unit as votes', () => {
    expect(read('The council voted 27 to 21 on Tuesday to raise fares.').facts[0]!.numbers).toEqual(expect.arrayContaining([{ value: 27, unit: 'votes' }, { value: 21, unit: 'votes' }]));
  });
});

// A common word written as a name before a noun for people is a party, which goes by its members.
describe('extract: parties', () => {
  it('reads Labour and Green as bodies, "Independents" as the party\'s members, and "I\'ve" as no name', () => {
    const ds = extractDataset(['What now?', 'All 24 Labour councillors backed the plan, joined by three Independents, while six Green councillors opposed it.', 'It was proposed by Independent councillor Grace Holloway.', '"I\'ve been through three of these," Tom Bright said.'].join('\n'), { date: '2024-10-09' });
    const kind = (name: string) => ds.entities.find((e) => e.name === name)?.kind;
    expect([kind('Labour'), kind('Green'), kind('Independent')]).toEqual(['organization', 'organization', 'organization']);
    expect(ds.entities.find((e) => e.name === 'Independent')?.aliases).toContain('Independents');
    expect(ds.entities.find((e) => e.name === 'Green')?.aliases).toContain('Greens');
    expect(ds.entities.map((e) => e.name)).not.toContain("I've");
  });
});

// Who said it: a post before a person's name is no part of who ("Council leader Amira Shah" is Amira Shah),
// nor is a description set beside the name ("a Labour councillor"); a clause quoting words set against
// another's by ", while" keeps its own speaker.
describe('extract: sayers and their posts', () => {
  const read = (...sentences: string[]) => extractDataset(['What now?', ...sentences].join('\n'), { date: '2025-03-14' });
  it.each<[string, string]>([
    ['Council leader Amira Shah, a Labour councillor, said the council had "no good options left".', 'Amira Shah'],
    ['Chief Fire Officer Martin Doyle said crews had rescued 37 people.', 'Martin Doyle'],
    ['Rail operator Northern Link said services would resume on Monday.', 'Northern Link'],
  ])('%s -> %s', (sentence, sayer) => {
    expect(read(sentence).facts[0]!.attribution).toBe(sayer);
  });
  it('names Martin Doyle without his post, which he goes by too', () => {
    const doyle = read('Chief Fire Officer Martin Doyle said crews had rescued 37 people.').entities.find((e) => e.kind === 'person')!;
    expect(doyle.name).toBe('Martin Doyle');
    expect(doyle.aliases).toContain('Chief Fire Officer Martin Doyle');
  });
  it('gives "years of delay" to Pryce, not to the one whose saying follows ", while"', () => {
    const facts = read('Deputy council leader Gareth Pryce spoke first.', 'Pryce blamed the agency for "years of delay", while the agency\'s area manager, Louise Carter, said the council had never submitted a final funding plan.').facts;
    const blamed = facts.find((f) => f.text.startsWith('Pryce blamed'))!;
    expect(blamed.quote).toEqual({ text: 'years of delay', speaker: 'Gareth Pryce' });
    expect(facts.find((f) => f.text.startsWith("The agency's area manager"))!.attribution).toBe('Louise Carter');
  });
});

// A possessive inside a body's name is the name's ("St. Brendan's Secondary School"), not a country's
// before a name ("Iran's ...").
describe("extract: a possessive inside a name", () => {
  it("keeps St. Brendan's Secondary School as written", () => {
    const ds = extractDataset(['What now?', "About 260 people spent the night in the sports hall of St. Brendan's Secondary School, run by the Red Cross."].join('\n'), { date: '2025-03-14' });
    expect(ds.entities.map((e) => e.name)).toContain("St. Brendan's Secondary School");
    expect(ds.facts[0]!.entities).toContain("St. Brendan's Secondary School");
  });
});

// An appositive up to a relative clause in it is who someone is; a list after a name is none; a long first
// sentence as a description is cut at a word.
describe('extract: who someone is, from a longer appositive', () => {
  const read = (...sentences: string[]) => extractDataset(['What now?', ...sentences].join('\n'), { date: '2025-03-14' });
  it('reads "a hydrologist at Northfield University who has studied ..." as who Samuel Reyes is', () => {
    const ds = read('Dr. Samuel Reyes, a hydrologist at Northfield University who has studied the Aske catchment for 15 years, said 94 millimetres of rain had fallen.');
    expect(ds.facts.map((f) => f.text)).toContain('Samuel Reyes is a hydrologist at Northfield University.');
  });
  it('makes no one of a list after a name', () => {
    const ds = read('The stolen works are a portrait by Pieter de Graaf, a small river landscape by Jan van Oosten and a portrait of a merchant by an unknown hand.');
    expect(ds.facts.map((f) => f.text).filter((t) => t.startsWith('Pieter de Graaf is'))).toEqual([]);
  });
  it('cuts a long description at a word', () => {
    const ds = read('More than 1,200 residents of Dunmore were ordered to leave their homes on Thursday night after the River Aske burst its banks, flooding at least 340 properties in the low-lying Eastgate and Millbrookside districts of the town, officials said.');
    expect(ds.entities.find((e) => e.name === 'Dunmore')!.description).toMatch(/ in the low-lying Eastgate and…$/);
  });
});

// A person written with a post goes by the post alone, where no one else holds it ("the mayor"), as the
// bundled data's Trump goes by "the president"; not by a courtesy title.
describe('extract: a post as a name', () => {
  const read = (...sentences: string[]) => extractDataset(['What now?', ...sentences].join('\n'), { date: '2025-03-14' });
  it('gives Helen Okafor "the mayor", and Dr Reyes no "the dr"', () => {
    const ds = read('Mayor Helen Okafor declared a local emergency.', 'Dr Samuel Reyes said the river would rise again.');
    expect(ds.entities.find((e) => e.name === 'Helen Okafor')!.aliases).toContain('the mayor');
    expect(ds.entities.find((e) => e.name === 'Samuel Reyes')!.aliases).not.toContain('the dr');
  });
  it('gives no one a post two people hold', () => {
    const ds = read('Councillor Rosa Bianchi voted against.', 'Councillor Grace Holloway voted for.');
    expect(ds.entities.flatMap((e) => e.aliases)).not.toContain('the councillor');
  });
});

// "Its chair, Joseph Mensah, said ...": its post is the last subject's, whom the fact names too.
describe('extract: "its" after a body named', () => {
  it("names the union in its chair's fact", () => {
    const ds = extractDataset(['What now?', "The Riverton Riders' Union collected 11,200 signatures on a petition against the rise.", 'Its chair, Joseph Mensah, said the group would consider legal action.'].join('\n'), { date: '2024-10-09' });
    expect(ds.facts.find((f) => f.text.startsWith('Its chair'))!.entities).toContain("Riverton Riders' Union");
  });
});

// "..., he said" after a sentence whose speaker named another person: the speaker's words still.
describe('extract: "he said" after someone else named', () => {
  it.each([
    ['a speaker named', 'Mayor Lena Kovac said she had written to the transport minister, Oskar Brandt, asking him to step in.'],
    ['a speaker met by a pronoun', 'Mayor Lena Kovac called the cuts "a betrayal". She said she had written to the transport minister, Oskar Brandt, asking him to step in.'],
  ])('keeps %s as the one speaking', (_how, before) => {
    const ds = extractDataset(['What next?', before, '"Our commuters deserve better than this," she said.'].join('\n'), { date: '2024-05-02' });
    const fact = ds.facts.find((f) => f.text.includes('commuters deserve'))!;
    expect(fact.attribution).toBe('Lena Kovac');
    expect(fact.quote?.speaker).toBe('Lena Kovac');
  });
});

// Who a fact is according to: the sayer without the verb's auxiliary, whoever published the figures, and
// "the trust" as the one body whose name ends in it.
describe('extract: a source in other words', () => {
  const ds = extractDataset(
    [
      'What happened?',
      'The Vale Health Trust runs the hospital.',
      'The ward treated 900 patients last year, according to figures published by the trust.',
      'Kingsbridge General has said it will open 12 extra beds.',
      'The government had also warned of delays.',
    ].join('\n'),
    { date: '2024-05-02' },
  );
  it.each([
    ['900 patients', 'Vale Health Trust'],
    ['12 extra beds', 'Kingsbridge General'],
    ['warned of delays', 'government'],
  ])('%s: %s', (words, source) => {
    expect(ds.facts.find((f) => f.text.includes(words))!.attribution).toBe(source);
  });
});

// Who someone is from a post set off before their name with whose it is ("Its chief executive, X,",
// "Harbour Rail's chief executive, X,") or after it ("said X, the union's general secretary").
describe('extract: a post with whose it is', () => {
  const ds = extractDataset(
    [
      'What now?',
      'The Riverside Tenants Union said the rent rise was unfair. Its regional organiser, Nadia Okoro, said members would protest.',
      "Harbour Rail's chief executive, Simon Achebe, said fares would rise.",
      '"We will not back down," said Lucy Brennan, the RMT\'s general secretary.',
    ].join('\n'),
    { date: '2024-05-02' },
  );
  it.each([
    ['Nadia Okoro', "Riverside Tenants Union's regional organiser"],
    ['Simon Achebe', "Harbour Rail's chief executive"],
    ['Lucy Brennan', "the RMT's general secretary"],
  ])('%s is %s', (name, role) => {
    expect(ds.facts.map((f) => f.text)).toContain(`${name} is ${role}.`);
    expect(ds.entities.find((e) => e.name === name)!.description).toBe(role);
  });
});

// "41,200 patients last year, about 6,500 of them at night": a part of a count is in its unit.
describe('extract: a part of a count', () => {
  it.each([
    ['The clinic saw 41,200 patients last year, about 6,500 of them at night.', 6500, 'patients'],
    ['The union has 900 members, and 120 of those work nights.', 120, 'members'],
    ['The trust said 14 of the affected patients had recovered.', 14, 'affected patients'],
    ['Willow Ward, a 28-bed elderly care unit, was shut on Sunday.', 28, 'beds'],
    ['Norovirus infected 9 members of staff.', 9, 'members of staff'],
  ])('%s', (sentence, value, unit) => {
    const ds = extractDataset(['What?', sentence].join('\n'), { date: '2024-05-02' });
    expect(ds.facts.flatMap((f) => f.numbers ?? [])).toContainEqual({ value, unit });
  });
});

// "Fell to minus 22 degrees", "-5 degrees": a figure below zero keeps its sign; a range's second figure
// ("10-15 people") is no negative one.
describe('extract: figures below zero', () => {
  it.each<[string, number]>([
    ['Overnight temperatures fell to minus 22 degrees across the city.', -22],
    ['The thermometer read -5 degrees at dawn, the weather service said.', -5],
    ['Between 10-15 people were evacuated from the block.', 15],
  ])('%s -> %d', (sentence, value) => {
    const data = extractDataset(['Cold snap', `LEEDS, 3 March 2025 - ${sentence}`].join('\n'));
    expect(data.facts.flatMap((f) => f.numbers ?? []).map((n) => n.value)).toContain(value);
  });
});

// "The fuelling company, AeroFuel Services, said ... Its managing director, Ben Kowalczyk, said ...": a body
// named after what it is, set off by commas, is the sentence's subject, whose "its" the next sentence's is.
describe('extract: a subject named after what it is', () => {
  it("its managing director is the fuelling company's, not the airport's", () => {
    const data = extractDataset(
      [
        'Fuel spill',
        'KESTREL BAY, 3 March 2025 - Kestrel Bay Regional Airport closed its runway on Monday.',
        '',
        'The fuelling company, AeroFuel Services, said it had suspended the driver. Its managing director, Ben Kowalczyk, said the coupling had passed an inspection.',
      ].join('\n'),
    );
    expect(data.facts.map((f) => f.text)).toContain("Ben Kowalczyk is AeroFuel Services's managing director.");
  });
});

// "Minus 22 degrees Celsius": a scale a measure is told in is part of its unit, no entity.
describe('extract: a temperature scale is no name', () => {
  it('Celsius is no entity', () => {
    const data = extractDataset(['Cold snap', 'LEEDS, 3 March 2025 - Temperatures in Leeds fell to minus 22 degrees Celsius on Monday, the Met Office said.'].join('\n'));
    expect(data.entities.map((e) => e.name)).not.toContain('Celsius');
  });
});

// "Said fire chief Owen Tallis of the Kestrel Bay Fire Service": after a word for someone's work, a person
// and the body they are of, two entities; the saying is the person's.
describe('extract: a person of a body', () => {
  it('Owen Tallis and the Kestrel Bay Fire Service apart', () => {
    const data = extractDataset(['Fuel spill', 'KESTREL BAY, 3 March 2025 - Crews spread foam over the runway, said fire chief Owen Tallis of the Kestrel Bay Fire Service.'].join('\n'));
    expect(data.entities.map((e) => `${e.name} ${e.kind}`)).toEqual(expect.arrayContaining(['Owen Tallis person', 'Kestrel Bay Fire Service organization']));
    expect(data.facts.find((f) => /foam/.test(f.text))?.attribution).toBe('Owen Tallis');
  });
  it('the Bank of England stays one name', () => {
    const data = extractDataset(['Rates', 'LONDON, 3 March 2025 - The Bank of England raised rates on Thursday.'].join('\n'));
    expect(data.entities.map((e) => e.name)).toContain('Bank of England');
  });
});

// "Skyline Regional, which operates 18 of the airport's flights": what "which" follows is a thing, no one.
describe('extract: a name before ", which"', () => {
  it('Skyline Regional is a body', () => {
    const data = extractDataset(['Fuel spill', "KESTREL BAY, 3 March 2025 - Skyline Regional, which operates 18 of the airport's daily flights, cancelled all of its services."].join('\n'));
    expect(data.entities.find((e) => e.name === 'Skyline Regional')?.kind).toBe('organization');
  });
  it('Dana Smith, who leads the union, is still a person', () => {
    const data = extractDataset(['Strike', 'LEEDS, 3 March 2025 - Dana Smith, who leads the union, said the strike would go ahead.'].join('\n'));
    expect(data.entities.find((e) => e.name === 'Dana Smith')?.kind).toBe('person');
  });
});

// From a new user's ferry grounding and library closure: a reef is a place, a name with "Ó" a person's, a
// long post joined by "of" and "for" a title before its holder's name, a ship its name without "MV", a
// name before "campaign" a body's, and a word opening a placard's slogan no name.
describe('extract: reefs, ships, long posts and campaigns', () => {
  const data = extractDataset(
    [
      'Ferry aground',
      '',
      'KILRONAN, 4 May 2025 - The MV Inish Corra struck Dunmore Reef at dawn, the coastguard said. Nobody was hurt.',
      '',
      'Seamus Ó Briain, who chairs the island council, said residents had warned of the danger. "We were ignored," he said.',
      '',
      'Minister of State for Coastal Affairs Nuala Brennan said the Inish Corra would be towed to Galway.',
      '',
      'The Save Kilronan Library campaign joined the protest, where islanders held placards reading "Homes not cuts".',
    ].join('\n'),
  );
  const kind = (name: string): string | undefined => data.entities.find((e) => e.name === name)?.kind;
  it.each<[string, string]>([
    ['Dunmore Reef', 'place'],
    ['Seamus Ó Briain', 'person'],
    ['Nuala Brennan', 'person'],
    ['Save Kilronan Library', 'organization'],
  ])('%s: %s', (name, k) => {
    expect(kind(name)).toBe(k);
  });
  it('the ship goes by its name without MV, and no slogan word is a name', () => {
    expect(data.entities.find((e) => e.name === 'MV Inish Corra')?.aliases).toContain('Inish Corra');
    expect(data.entities.map((e) => e.name)).not.toContain('Inish Corra');
    expect(data.entities.map((e) => e.name)).not.toContain('Homes');
    expect(data.entities.map((e) => e.name).filter((n) => /\bof State\b/.test(n))).toEqual([]);
  });
  it('"he said" after a reef is the person who chairs the council', () => {
    expect(data.facts.find((f) => /ignored/.test(f.text))?.attribution).toBe('Seamus Ó Briain');
  });
});

// From a new user's recycling plant fire and football takeover: a surname that is a landform's word is a
// person's where the name speaks; a participle made with a name, a stop word run into its verb, a slogan
// and a hyphenated common word opening a sentence are no names; a word before a title is part of it; an
// acronym of a longer name written before it is that name.
describe('extract: names that are not, and names that are', () => {
  const data = extractDataset(
    [
      'Club sale',
      '',
      'DERBY, 3 March 2025 - A US-based group has offered £10 million for Millbrook Town, the English Football League said.',
      '',
      'Its chair, Helen Marsh, said fans were wary. "We\'ve heard this before," she said. Season-ticket holder Ravi Gill said fans held banners reading "Not Your Club".',
      '',
      'Local MP Caroline Dunmore said she had written to the EFL. The sale needs the EFL to approve it.',
    ].join('\n'),
  );
  const names = data.entities.map((e) => e.name);
  it.each(['US-based', "We've", 'Season-ticket', 'Not Your Club', 'Local MP Caroline Dunmore', 'EFL'])('%s is no entity', (name) => {
    expect(names).not.toContain(name);
  });
  it('Helen Marsh and Caroline Dunmore are people, and the EFL is the English Football League', () => {
    expect(data.entities.find((e) => e.name === 'Helen Marsh')?.kind).toBe('person');
    expect(data.entities.find((e) => e.name === 'Caroline Dunmore')?.kind).toBe('person');
    expect(data.entities.find((e) => e.name === 'English Football League')?.aliases).toContain('EFL');
  });
});

// "He apologised to fans for the late wages.": a claim opening with a pronoun names whom it means, as a fact
// read alone must (not inside a quote, which keeps its words).
describe('extract: a claim opening with a pronoun', () => {
  const data = extractDataset(['Club owner sorry', '', 'DERBY, 3 March 2025 - Graham Pettifer, the club\'s owner, said he had put in £6 million of his own money. He apologised to fans for the late wages.'].join('\n'));
  it('says who apologised', () => {
    expect(data.facts.map((f) => f.text)).toContain('Graham Pettifer apologised to fans for the late wages.');
  });
});

// "Contractors are due to begin in May": a month after a word of when is a time, no place; "Theresa May"
// is still a name.
describe('extract: a month after a word of when', () => {
  const d = extractDataset(['Bridge closed', '', 'HARNLEY, 14 March 2024 - Contractors are due to begin replacing the damaged cables in May.', '', 'The work will last until late June, the council said.'].join('\n'));
  it('is no entity', () => {
    expect(d.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['May']));
    expect(d.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['June']));
  });
  it('leaves a name holding a month a name', () => {
    const named = extractDataset(['Visit', '', 'LONDON, 14 March 2024 - The former prime minister Theresa May visited the school in May.'].join('\n'));
    expect(named.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Theresa May']));
  });
});

// A user's wildlife park and village school: a word for someone opening a sentence before a name is who
// they are, whatever words the name is; a post set before a titled name, "the park's vet, Dr ...", is a name
// they go by; a holiday, a school's "Year 4", and a word describing a thing ("a European programme") are no
// entity; "after the Easter holidays" says when.
describe('extract: roles before names, holidays and words of description', () => {
  const park = extractDataset(
    [
      'Panda found',
      '',
      'THORNBURY, 15 May 2025 - The park\'s vet, Dr Asha Menon, examined the panda on Wednesday. "He is tired but well," she said.',
      '',
      'Visitor Jenny Cole, who came with her sons, said she was relieved. Parent Mark Jennings, whose son is in Year 4, agreed.',
      '',
      'The panda is part of a European breeding programme and lives in the main Victorian enclosure.',
      '',
      'The keepers hope to open the new house after the Easter holidays.',
    ].join('\n'),
  );
  const names = park.entities.map((e) => e.name);
  it.each(['Jenny Cole', 'Mark Jennings', 'Asha Menon'])('names %s without their role', (name) => {
    expect(names).toContain(name);
    expect(park.entities.find((e) => e.name === name)?.kind).toBe('person');
  });
  it.each(['Visitor Jenny Cole', 'Parent Mark Jennings', 'Year', 'European', 'Victorian', 'Easter'])('makes no entity of %s', (name) => {
    expect(names).not.toContain(name);
  });
  it('types a bakery, an ambulance service and a produce firm as bodies, and a name with an age as a person', () => {
    const d = extractDataset(['Sinkhole', '', 'MARLBURY, 11 March 2025 - The hole appeared outside Greaves Bakery. Bakery owner Sandra Greaves, 52, said she called 999. St John Ambulance treated two people. The van belongs to Hollin Valley Produce, a wholesaler based in nearby Dunthorpe.'].join('\n'));
    const kind = (name: string): string | undefined => d.entities.find((e) => e.name === name)?.kind;
    expect([kind('Greaves Bakery'), kind('St John Ambulance'), kind('Hollin Valley Produce'), kind('Sandra Greaves')]).toEqual(['organization', 'organization', 'organization', 'person']);
  });
  it('makes no job of a word describing a thing before its name: "The white Ford Transit"', () => {
    const van = extractDataset(['Sinkhole', '', 'MARLBURY, 11 March 2025 - The white Ford Transit belongs to a wholesaler. Driver Kieran Moss, 34, had parked the van.'].join('\n'));
    expect(van.facts.map((f) => f.text)).not.toContain('Ford Transit is the white.');
    expect(van.entities.map((e) => e.name)).toContain('Kieran Moss');
  });
  it('gives the vet her post as a name', () => {
    expect(park.entities.find((e) => e.name === 'Asha Menon')?.aliases).toContain('vet');
    expect(ask(new Corpus(park), 'what did the vet say?').answer).toMatch(/tired but well/);
  });
  it('keeps a name ending as a describing word does, before a verb: "Tehran has video"', () => {
    const d = extractDataset(['Strikes', '', 'LONDON, 8 January 2020 - The missiles hit two bases. For now, Tehran has video footage of the launch.'].join('\n'));
    expect(d.entities.map((e) => e.name)).toContain('Tehran');
  });
  it('points no "he" to one the article called "she"', () => {
    const vet = extractDataset(['Panda found', '', 'THORNBURY, 15 May 2025 - The vet, Asha Menon, examined the panda. She said he had lost weight. He will be kept off display for a week.'].join('\n'));
    expect(vet.facts.map((f) => f.text)).not.toContain('Asha Menon will be kept off display for a week.');
    expect(vet.facts.find((f) => f.text.includes('kept off display'))?.entities).not.toContain('Asha Menon');
  });
  it('reads a holiday after a word of when as a time', () => {
    expect(ask(new Corpus(park), 'when will the new house open?').answer).toMatch(/Easter/);
  });
});

// A price of one kind among two ("£16 for adults and £9 for children"): the figure a word of the question
// follows, in an irregular plural too; and a cause told as what was to blame.
describe('extract and ask: a price for one kind, and what was to blame', () => {
  const zoo = new Corpus(
    extractDataset(
      [
        'Zoo reopens',
        '',
        'THORNBURY, 15 May 2025 - Tickets cost £20 for adults and £11 for children, the zoo said.',
        '',
        'The fence failed on Sunday. Early checks by the builder suggest that rusted fence posts were to blame.',
      ].join('\n'),
    ),
  );
  it.each([
    ['how much is a child ticket?', /\b11\b/],
    ['how much is a ticket for children?', /\b11\b/],
    ['how much is an adult ticket?', /\b20\b/],
  ])('%s -> %s', (q, answer) => {
    expect(ask(zoo, q).answer).toMatch(answer);
  });
  it('why did the fence fail, according to the builder? -> the posts to blame', () => {
    expect(ask(zoo, 'why did the fence fail, according to the builder?').facts[0]?.text).toMatch(/to blame/);
  });
});

// A state asked with its opposite ("open" of a bridge the article says was closed), before a phrase closing
// the question, and with "still": the state told answers, no.
describe('ask: a state asked by its opposite, with "still"', () => {
  const road = new Corpus(extractDataset(['Road shut', '', 'HARNLEY, 14 March 2024 - The Mill Road bridge was closed to all traffic on Tuesday after cracks were found.', '', 'Buses are being sent on a diversion while the bridge is shut.'].join('\n')));
  it.each(['is the bridge still open to cars?', 'is the bridge still open?', 'is the bridge open to buses?'])('%s -> No', (q) => {
    expect(ask(road, q).answer).toMatch(/^No\b/);
  });
  it('is the bridge still closed? -> Yes', () => {
    expect(ask(road, 'is the bridge still closed?').answer).toMatch(/^Yes\b/);
  });
});

// Who someone is, told by what they run after "who": "Tom Reddick, who runs the Copper Kettle café," is its
// owner, a fact of its own and a name he goes by ("café owner"); "who owns the Copper Kettle?" is told by it.
describe('extract: a post told by what someone runs', () => {
  const cafe = new Corpus(
    extractDataset(
      ['Bridge shut', '', 'OAKFIELD, 14 March 2024 - Tom Reddick, who runs the Copper Kettle café on the High Street, said trade had halved.', '', '"I don\'t know if we\'ll survive," he said.'].join('\n'),
    ),
  );
  it('makes a fact of the post and a name of it', () => {
    expect(cafe.dataset.facts.map((f) => f.text)).toContain('Tom Reddick is the owner of the Copper Kettle café on the High Street.');
    expect(cafe.dataset.entities.find((e) => e.name === 'Tom Reddick')?.aliases).toContain('café owner');
  });
  it.each([
    ['what did the café owner say?', /survive/],
    ['who owns the Copper Kettle?', /Tom Reddick/],
  ])('%s -> %s', (q, answer) => {
    expect(ask(cafe, q).answer).toMatch(answer);
  });
});

// "How old is the man who found him?": a person asked of by a plain noun is one the fact names; a panda's
// age ("a four-year-old male", no person) is not his.
describe('ask: an age of a person asked by a plain noun', () => {
  const zoo = new Corpus(extractDataset(['Panda found', '', 'THORNBURY, 15 May 2025 - Keepers said Rusty, a four-year-old male, was missing on Monday.'].join('\n')));
  it('how old is the man who found him? -> no answer, not the panda\'s age', () => {
    expect(ask(zoo, 'how old is the man who found him?').answer).toBeNull();
    expect(ask(zoo, 'how old is rusty?').answer).toMatch(/\b4\b/);
  });
});

// Kinds told by what the article says of a name: an age makes someone ("Linda Marsh, 71,"), whatever a
// landform's word in it; an appositive naming a thing ("the town's only public swimming pool") makes no one;
// a navy is a body, and so is a name before "swimming club". A name's first words alone are the one body whose
// name they open ("Celtic Breeze" of "Celtic Breeze Energy").
describe('extract: kinds told by what the article says', () => {
  const data = extractDataset(
    [
      'Pool to close',
      '',
      "The council has voted to close the Victoria Baths, the town's only public swimming pool, for repairs.",
      '',
      'Linda Marsh, 71, who swims at the baths three mornings a week, said she was worried. Tom Achebe, who runs the Harlow Otters swimming club, said members would train elsewhere.',
      '',
      'Celtic Breeze Energy wants to build 48 turbines after objections from the Royal Navy. Celtic Breeze has offered a compensation fund.',
    ].join('\n'),
    { date: '2025-03-14' },
  );
  const kind = (name: string): string | undefined => data.entities.find((e) => e.name === name)?.kind;
  it.each([
    ['Victoria Baths', 'place'],
    ['Linda Marsh', 'person'],
    ['Harlow Otters', 'organization'],
    ['Royal Navy', 'organization'],
    ['Celtic Breeze Energy', 'organization'],
  ])('%s is a %s', (name, expected) => {
    expect(kind(name)).toBe(expected);
  });
  it('Celtic Breeze is Celtic Breeze Energy', () => {
    expect(data.entities.find((e) => e.name === 'Celtic Breeze Energy')?.aliases).toContain('Celtic Breeze');
    expect(kind('Celtic Breeze')).toBeUndefined();
  });
});

// "The planning inspector leading the inquiry, Alan Trevithick, said ...": a post before a name, what the
// holder does after it, is who they are.
describe('extract: a post with what its holder does, before a name', () => {
  const data = extractDataset(['Wind farm row', '', 'The planning inspector leading the inquiry, Alan Trevithick, said he would weigh the benefits. He has asked both sides for more evidence.'].join('\n'), { date: '2025-10-03' });
  it('Alan Trevithick goes by the planning inspector leading the inquiry', () => {
    expect(data.entities.find((e) => e.name === 'Alan Trevithick')?.aliases).toContain('planning inspector leading the inquiry');
  });
  it('what does the inspector want more evidence about? -> his asking both sides', () => {
    expect(ask(new Corpus(data), 'What does the inspector want more evidence about?').answer).toMatch(/asked both sides for more evidence/);
  });
});

// "A grant from Sport England": what is given or sent from a body comes from no place.
describe('extract: a giver after "from"', () => {
  const data = extractDataset(['Pool to close', '', 'The remaining £800,000 will come from a grant from Sport England.'].join('\n'), { date: '2025-03-14' });
  it('Sport England is a body', () => {
    expect(data.entities.find((e) => e.name === 'Sport England')?.kind).toBe('organization');
  });
});

// Who said it, where the words around a name are no name: an age set off by commas ("Mr Harcourt, 67,
// said"), a party in a relative clause before "he said", a post of a place before a person's name ("The
// Dean of St Aldric, the Very Reverend Catherine Mowbray,"), and that post alone later ("The Dean said").
describe('extract: sayers beside ages, parties and posts of a place', () => {
  const data = extractDataset([
    'Falcons halt cathedral repairs',
    '',
    'Tom Harcourt, a volunteer, saw the birds first. "I nearly dropped my binoculars," Mr Harcourt, 67, said.',
    '',
    'Opposition councillor Graham Tuttle, who leads the Liberal Democrat group and voted against the plan, accused the cabinet of rushing. "There was no proper consultation," he said.',
    '',
    'The Dean of St Aldric, the Very Reverend Catherine Mowbray, said the cathedral had no choice. "These birds are a gift," she said. The Dean said the camera would be paid for by a local charity, the Friends of St Aldric.',
  ].join('\n'), { date: '2024-03-14' });
  const by = (start: string) => data.facts.find((f) => f.text.startsWith(start))?.attribution;
  it.each<[string, string]>([
    ['"I nearly dropped', 'Tom Harcourt'],
    ['"There was no proper consultation', 'Graham Tuttle'],
    ['The Dean of St Aldric', 'Catherine Mowbray'],
    ['"These birds are a gift', 'Catherine Mowbray'],
    ['The Dean said the camera', 'Catherine Mowbray'],
  ])('%s ... is said by %s', (start, sayer) => {
    expect(by(start)).toBe(sayer);
  });
  it.each<[string, string]>([
    ['Liberal Democrat', 'organization'],
    ['Catherine Mowbray', 'person'],
  ])('%s is a %s', (name, kind) => {
    expect(data.entities.find((e) => e.name === name)?.kind).toBe(kind);
  });
  it('names no one "of St Aldric", and Mowbray goes by her post, not by "the very reverend"', () => {
    expect(data.entities.map((e) => e.name)).not.toContain('of St Aldric');
    const mowbray = data.entities.find((e) => e.name === 'Catherine Mowbray')!;
    expect(mowbray.aliases).toContain('Dean of St Aldric');
    expect(mowbray.aliases).not.toContain('the very reverend');
  });
  it("Tuttle leads the group, and voting is no part of his post", () => {
    const tuttle = data.entities.find((e) => e.name === 'Graham Tuttle')!;
    expect(tuttle.aliases).toContain('group leader');
    expect(tuttle.aliases.join(' ')).not.toMatch(/voted|plan leader/);
  });
});

// A count said as a word before a noun ("the 180-space car park") or with "other" before its noun ("two
// other contracts") is a count all the same.
describe('extract: counts before a noun and with "other"', () => {
  it.each<[string, number, string]>([
    ['Under the plan, the 180-space car park would shut.', 180, 'spaces'],
    ['The company had already lost two other contracts while waiting.', 2, 'contracts'],
    ['A 400-pupil school will open in the town.', 400, 'pupils'],
  ])('%s -> %d %s', (sentence, value, unit) => {
    const facts = extractDataset(['What now?', sentence].join('\n'), { date: '2025-03-14' }).facts;
    expect(facts.flatMap((f) => f.numbers ?? [])).toContainEqual({ value, unit });
  });
});

// "X accused the cabinet of rushing the decision": the accuser's claim, theirs as a saying is ("is the
// council rushing, according to Tuttle?").
describe('extract: an accusation is its accuser\'s claim', () => {
  it('gives "accused the cabinet of rushing" to Graham Tuttle, and "the accused man" to no one', () => {
    const data = extractDataset(['Car park row', '', 'Councillor Graham Tuttle accused the cabinet of rushing the decision.', '', 'The accused man appeared in court on Monday.'].join('\n'), { date: '2024-03-14' });
    expect(data.facts.find((f) => f.text.includes('rushing'))?.attribution).toBe('Graham Tuttle');
    expect(data.facts.find((f) => f.text.includes('court'))?.attribution).toBe('article');
  });
});

// "The 180-space car park": a capacity is of the noun right after it, so "how many spaces does Castle Street
// car park have?" is answered by it; not "a 28-bed unit at Kingsbridge General" for another's beds.
describe('ask: a capacity before the noun it is of', () => {
  const data = extractDataset(['Car park to close', '', 'The council will close the Castle Street car park to build homes. Under the plan, the 180-space car park would shut on 1 September.', '', 'Patients will move to a 28-bed unit at Kingsbridge General.'].join('\n'), { date: '2024-03-14' });
  it.each<[string, RegExp | null]>([
    ['how many spaces does castle street car park have', /180 spaces/],
    ['how many beds does St Mary\'s have?', null],
  ])('%s -> %s', (q, answer) => {
    const got = ask(new Corpus(data), q).answer;
    if (answer === null) expect(got).toBeNull();
    else expect(got).toMatch(answer);
  });
});

// "The sale of the land to Greystone Homes": "to" after a word of selling or giving is to a buyer, no place.
describe('extract: a body after "to" of a sale', () => {
  it('Greystone Homes is a body', () => {
    const data = extractDataset(['Car park to close', '', 'The council says the sale of the land to Greystone Homes will raise £3.2 million.', '', 'The development will be built by Greystone Homes.'].join('\n'), { date: '2024-03-14' });
    expect(data.entities.find((e) => e.name === 'Greystone Homes')?.kind).toBe('organization');
  });
});

// "Tom Okafor, who works as a nurse at Brackford Community Hospital,": who he is, and a name he goes by.
describe('extract: a job told after "who works as"', () => {
  it('Tom Okafor is a nurse at Brackford Community Hospital', () => {
    const data = extractDataset(['School row', '', 'Another parent, Tom Okafor, who works as a nurse at Brackford Community Hospital, said the trip would be hard.'].join('\n'), { date: '2024-03-14' });
    const okafor = data.entities.find((e) => e.name === 'Tom Okafor')!;
    expect(okafor.description).toBe('a nurse at Brackford Community Hospital');
    expect(data.facts.map((f) => f.text)).toContain('Tom Okafor is a nurse at Brackford Community Hospital.');
  });
});

// "The lorry was owned by Northway Cold Freight ... Its managing director, Gary Holt,": the doer of a passive
// opening a sentence is what it is about, whose "its" follows.
describe('extract: "its" after a passive naming its doer', () => {
  it("Gary Holt is Northway Cold Freight's managing director", () => {
    const data = extractDataset(
      ['Lorry crash closes M62', '', 'National Highways said the road would reopen by 6pm.', '', 'The lorry was owned by Northway Cold Freight, a haulage firm based in St Helens. Its managing director, Gary Holt, said the company was shocked.'].join('\n'),
      { date: '2024-03-14' },
    );
    expect(data.facts.map((f) => f.text)).toContain("Gary Holt is Northway Cold Freight's managing director.");
  });
});

// "Harbourmaster Gareth Pennock, who ...": a word the dictionary lacks, joining a word and a word for a
// person, opening a sentence before a name is their post, no part of the name.
describe('extract: a compound post before a name', () => {
  it('Gareth Pennock is the harbourmaster', () => {
    const data = extractDataset(['Harbour wall collapses', '', 'Harbourmaster Gareth Pennock, who has worked at the port for 22 years, said he had never seen anything like it.'].join('\n'), { date: '2025-02-12' });
    const pennock = data.entities.find((e) => e.name === 'Gareth Pennock');
    expect(pennock?.aliases).toContain('the harbourmaster');
  });
});

// "North Yorkshire Council, which owns the harbour, has estimated ... The authority said it would contribute
// £800,000": a body called back by a word for one is the body the sentence before was about, its words and
// the fact's; not one named sentences before ("The charity employs eight staff" is no council's).
describe('extract: a body called back by a word for one', () => {
  const data = extractDataset(
    [
      'Harbour wall collapses',
      '',
      'North Yorkshire Council, which owns the harbour, has estimated that rebuilding the wall will cost £3.2 million. The authority said it would contribute £800,000 from its own capital budget.',
      '',
      "East Lindsey District Council's portfolio holder, Councillor Martin Ferris, formally opened the hospital on Monday. He called it a fantastic asset.",
      '',
      'The charity employs eight staff and relies on about 120 volunteers.',
    ].join('\n'),
    { date: '2025-02-12' },
  );
  it('the authority is North Yorkshire Council', () => {
    const fact = data.facts.find((f) => f.text.startsWith('The authority said'))!;
    expect(fact.attribution).toBe('North Yorkshire Council');
    expect(fact.entities).toContain('North Yorkshire Council');
  });
  it('the charity is no council', () => {
    expect(data.facts.find((f) => f.text.startsWith('The charity employs'))!.entities).toEqual([]);
  });
});

// "She described the damage as “a wake-up call”": quoted words with no verb of saying, in a clause a pronoun
// opens, are the words of the one it means.
describe('extract: a quote after a pronoun, with no verb of saying', () => {
  it("the MP's words", () => {
    const data = extractDataset(['Harbour wall collapses', '', 'Local MP Rachel Okafor visited the harbour on Monday. She described the damage as "a wake-up call for every coastal community in the country".'].join('\n'), { date: '2025-02-12' });
    const fact = data.facts.find((f) => f.text.startsWith('She described'))!;
    expect(fact.attribution).toBe('Rachel Okafor');
    expect(fact.quote?.speaker).toBe('Rachel Okafor');
  });
});

// "Cllr Padraig Rooney (Sinn Féin) proposed a motion": a name in brackets right after someone's is the party
// they belong to, a body, no person.
describe('extract: a party in brackets after a name', () => {
  it('Sinn Féin is a body', () => {
    const data = extractDataset(['Bus routes to be cut', '', 'Cllr Padraig Rooney (Sinn Féin) proposed a motion calling on the National Transport Authority to step in.'].join('\n'), { date: '2025-04-17' });
    expect(data.entities.find((e) => e.name === 'Sinn Féin')?.kind).toBe('organization');
  });
});

// "The school teaches its pupils in two classes. Its headteacher, Simon Achebe, ...": a subject called back
// by the last word of a name is the one named last with it, whose post "its" is; a word for a person the
// dictionary has only in two parts ("headteacher") is a post; and a name set off after a word for a body
// ("another small school, Oakley Green Primary,") is the body's, no one's.
describe('extract: the school called back, its headteacher, and a school named after the word', () => {
  const data = extractDataset(
    [
      'Village school to close',
      '',
      'Little Hartwell Church of England Primary School has just 38 pupils on its roll. The council said the number of children had fallen.',
      '',
      'The school teaches its pupils in two classes. Its headteacher, Simon Achebe, who has led the school since 2016, said staff were sad.',
      '',
      'The campaign had proposed a federation with another small school, Oakley Green Primary, sharing a headteacher.',
    ].join('\n'),
    { date: '2024-03-14' },
  );
  it("the school's headteacher", () => {
    expect(data.facts.map((f) => f.text)).toContain("Simon Achebe is Little Hartwell Church of England Primary School's headteacher.");
  });
  it('Oakley Green Primary is a body', () => {
    expect(data.entities.find((e) => e.name === 'Oakley Green Primary')?.kind).toBe('organization');
  });
});

// "The female pup, nicknamed Pebble by staff, was spotted by dog walker Helen Marsh ... She weighed just
// 11kg": a creature named as the subject is whom "she" means next, not the person the sentence names after
// it; and so after a sentence its name opens ("Pebble is being tube-fed ... she must reach at least 35kg").
describe('extract: a named creature, called she', () => {
  const data = extractDataset(
    [
      'Seal pup is first patient',
      '',
      'The female pup, nicknamed Pebble by staff, was spotted by dog walker Helen Marsh on the beach on Thursday. She weighed just 11kg.',
      '',
      'Charity manager Priya Desai said the timing could not have been better.',
      '',
      'Pebble is being tube-fed a fish soup five times a day. Vets expect she will need to stay for about ten weeks, and she must reach at least 35kg before she can be released.',
    ].join('\n'),
    { date: '2025-12-01' },
  );
  it.each([['weighed just 11kg'], ['must reach at least 35kg']])('%s is said of Pebble', (words) => {
    const fact = data.facts.find((f) => f.text.includes(words))!;
    expect(fact.text.startsWith('Pebble')).toBe(true);
    expect(fact.entities).toEqual(['Pebble']);
  });
  it('a person so named is no creature', () => {
    const other = extractDataset(['Cinema reopens', '', 'The new manager, named Priya Raman, was hired in May. She worked in Leeds.'].join('\n'), { date: '2025-03-05' });
    expect(other.facts.find((f) => f.text.includes('worked in Leeds'))!.text).toMatch(/^(?:She|Priya Raman) worked/);
  });
});

// "The Cathaoirleach, Cllr Siobhán McGovern (Fianna Fáil), said ...": the one set off before the verb is the
// sayer, her party in brackets after her; "Cllr" and "TD" are titles, as "Councillor" is.
describe('extract: Cllr and TD, and a sayer with a party in brackets', () => {
  const data = extractDataset(
    [
      'Bus routes to be cut',
      '',
      'The Cathaoirleach, Cllr Siobhán McGovern (Fianna Fáil), said the council was "deeply disappointed".',
      '',
      'Local TD Martin Kiernan said he had raised the matter with the minister.',
    ].join('\n'),
    { date: '2025-04-17' },
  );
  it('the sayer is the councillor', () => {
    expect(data.facts.find((f) => f.text.startsWith('The Cathaoirleach'))!.attribution).toBe('Siobhán McGovern');
  });
  it.each([
    ['Siobhán McGovern', 'Cllr McGovern'],
    ['Martin Kiernan', 'the td'],
  ])('%s goes by %s', (name, alias) => {
    expect(data.entities.find((e) => e.name === name)?.aliases).toContain(alias);
  });
});

// "the charity's new Seal and Seabird Hospital": a hospital's name joined by "and" is one name, not "Seal".
describe('extract: a hospital named with "and"', () => {
  it('is one body', () => {
    const data = extractDataset(['Seal pup is first patient', '', "Volunteers drove her to the charity's new Seal and Seabird Hospital on Marsh Lane."].join('\n'), { date: '2025-12-01' });
    expect(data.entities.map((e) => e.name)).toContain('Seal and Seabird Hospital');
    expect(data.entities.map((e) => e.name)).not.toContain('Seal');
  });
});

// "... to be withdrawn, leaving several villages without any public transport, after the operator said the
// services were no longer viable": the sayer of a verb in a clause a conjunction opens is that clause's
// subject, not a name before the conjunction ("north Leitrim", the council's).
describe('extract: a sayer after a conjunction', () => {
  it.each([
    ['Four rural bus routes in north Leitrim are to be withdrawn next month, after the operator said the services were no longer viable.', 'Leitrim County Council'],
    ['The Regal, a picture house on Market Street, was shut in April 2022 when Northern Screens Ltd said it could no longer cover rising energy costs.', 'Save Our Regal'],
  ])('%s', (sentence, other) => {
    const data = extractDataset(['Local news', '', sentence, '', `${other} said it was disappointed.`].join('\n'), { date: '2025-04-17' });
    expect(data.facts[0]!.attribution).not.toBe(other);
  });
});

// ", including the old tea room and the fishing platform, is now fenced off": a list set off by "including"
// is inside one clause; so is a phrase set before the subject ("After a recruitment drive in the Philippines
// and Kenya, and a return-to-practice scheme, it now employs 88"). A thing's age may pass 120 ("the
// 140-year-old pier"); a rise's plural subject is what its figures count ("Births ... have risen from about
// 3,900 a year in 2019 to 4,650 last year").
describe('extract: lists, fronted phrases, ages of things and a rise', () => {
  const data = extractDataset(
    [
      'Pier and births',
      '',
      "The seaward end of Saltmarsh Bay's 140-year-old pier has been closed.",
      '',
      'About 90 metres of the 410-metre pier, including the old tea room and the fishing platform, is now fenced off.',
      '',
      'After an overseas recruitment drive in the Philippines and Kenya, and a return-to-practice scheme for retired midwives, it now employs 88.',
      '',
      'Births at the hospital have risen from about 3,900 a year in 2019 to 4,650 last year.',
    ].join('\n'),
    { date: '2024-06-03' },
  );
  const fact = (start: string) => data.facts.find((f) => f.text.startsWith(start));
  it('keeps a list set off by "including" in its clause', () => {
    expect(fact('About 90 metres')?.text).toMatch(/is now fenced off\.$/);
  });
  it('keeps a fronted phrase with its clause', () => {
    expect(fact('After an overseas')?.text).toMatch(/it now employs 88\.$/);
  });
  it("reads a thing's age past 120", () => {
    expect(fact('The seaward end')?.numbers).toContainEqual({ value: 140, unit: 'years old' });
  });
  it("counts a rise's figures in its subject", () => {
    expect(fact('Births')?.numbers).toEqual(expect.arrayContaining([{ value: 3900, unit: 'births' }, { value: 4650, unit: 'births' }]));
  });
});

// "The town was badly hit in February 2020, when the Lenn burst its banks and 143 properties were flooded": a
// clause of the time just told holds both its deeds, and the second keeps the time.
describe('extract: a clause of a time told', () => {
  it('is not cut at its "and"', () => {
    const data = extractDataset(['Flood scheme delayed', '', 'The town was badly hit in February 2020, when the Lenn burst its banks after Storm Dennis and 143 properties were flooded, some to a depth of 1.2 metres.'].join('\n'), { date: '2024-09-12' });
    expect(data.facts.find((f) => f.text.includes('143 properties'))?.text).toMatch(/^The town was badly hit in February 2020/);
  });
});

// "Labour's Aisha Rahman came third ... and the Green Party's Oliver Stamp fourth": a party's name before a
// person's, with its possessive, is the party's, not the person's.
describe("extract: a party's candidate", () => {
  it('names the person apart from the party', () => {
    const data = extractDataset(
      ['Councillor wins seat after recount', '', "KESTON - Labour's Aisha Rahman came third with 864 votes and the Green Party's Oliver Stamp fourth with 311."].join('\n'),
      { date: '2024-05-03' },
    );
    const people = data.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Aisha Rahman', 'Oliver Stamp']));
    expect(people).not.toContain('Labour Aisha Rahman');
  });
});

// "Ashbourne Town Library will open ...": a library is a body, no one's name; "closing on Mondays and
// Wednesdays" names days of the week, no group.
describe('extract: a library is a body, and days of the week in the plural are no one', () => {
  const d = extractDataset(
    [
      'Town library to cut its hours',
      '',
      'Millford Town Library will open for 20 fewer hours a week from 1 June, the council said on Friday.',
      '',
      'From June it will close all day on Tuesdays and Thursdays, said Anna Webb, the head librarian.',
    ].join('\n'),
    { date: '2024-03-12' },
  );
  it.each<[string, string | undefined]>([
    ['Millford Town Library', 'organization'],
    ['Tuesdays', undefined],
    ['Thursdays', undefined],
    ['Anna Webb', 'person'],
  ])('%s is %s', (name, kind) => {
    expect(d.entities.find((e) => e.name === name)?.kind).toBe(kind);
  });
});

// "Cooper's Field", "St Anne's Church": a possessive inside a place's name is the name's.
describe("extract: a possessive inside a place's name", () => {
  const d = extractDataset(['Market to move', '', "The Harlow Farmers' Market will move to Cooper's Field from 4 May, its organisers said.", '', "A farewell concert will be held at St Anne's Church on 27 April."].join('\n'), { date: '2024-03-01' });
  it.each<[string, string]>([
    ["Cooper's Field", 'place'],
    ["St Anne's Church", 'place'],
  ])('%s is a %s', (name, kind) => {
    expect(d.entities.find((e) => e.name === name)?.kind).toBe(kind);
  });
});

// "The Palace seats 320", "the bakery employs 14": a capacity told by its verb, the figure closing its
// clause, counts seats (or people).
describe('extract: a figure after a verb of capacity', () => {
  it.each<[string, { value: number; unit: string }]>([
    ['The Palace cinema seats 320.', { value: 320, unit: 'seats' }],
    ['The bakery on Mill Lane employs 14 people.', { value: 14, unit: 'people' }],
  ])('%s', (sentence, figure) => {
    expect(extractDataset(`What?\n${sentence}`, { date: '2024-05-02' }).facts[0]!.numbers).toEqual([figure]);
  });
});

// A user's pool-closure article: "the charity said" is the body the article called a charity, not the one
// "its" opening the claim means; a clause before another whose source says something of its own is the
// article's; and the writer's own question ("How will it be paid for?") claims nothing.
describe('extract: whose claim, and the writer\u2019s questions', () => {
  const d = extractDataset(
    [
      'Baths to close',
      '',
      'The Victoria Baths are run for the council by the charity Swim Harlow. Its 12 staff will keep their jobs, the charity said.',
      '',
      'How will it be paid for? The Harlow Swimmers club has four weeks to find new pool time, and Ms Ada Kerr said the club would meet on Friday.',
    ].join('\n'),
    { date: '2025-11-07' },
  );
  const of = (text: string): Fact | undefined => d.facts.find((f) => f.text.includes(text));
  it('the charity said -> Swim Harlow', () => {
    expect(of('12 staff')?.attribution).toBe('Swim Harlow');
  });
  it('a clause before another source\u2019s saying -> the article', () => {
    expect(of('four weeks')?.attribution).toBe('article');
    expect(of('would meet on Friday')?.attribution).toBe('Ada Kerr');
  });
  it('the writer\u2019s question -> no fact', () => {
    expect(d.facts.some((f) => f.text.includes('paid for'))).toBe(false);
  });
});

// "A loan from the Football Stadia Improvement Fund", "by the charity Swim Harlow": a fund is a body, and so
// is a name its kind of body is said right before.
describe('extract: a fund, and a body said to be one right before its name', () => {
  const d = extractDataset(['Hall rebuilt', '', 'A further £50,000 is a grant from the Lottery Heritage Fund.', '', 'The hall is run by the charity Elm Friends.'].join('\n'), { date: '2024-03-01' });
  it.each<[string, string]>([
    ['Lottery Heritage Fund', 'organization'],
    ['Elm Friends', 'organization'],
  ])('%s is an %s', (name, kind) => {
    expect(d.entities.find((e) => e.name === name)?.kind).toBe(kind);
  });
});

// "48 houses on the 2.4-hectare site, sixteen of which would be affordable": a part of the things counted,
// not of the measure; "50 plots is fewer than the 64 being lost": a bare figure weighed against a count.
describe('extract: a part "of which", a figure weighed with no noun', () => {
  it.each<[string, { value: number; unit: string }]>([
    ['The firm plans to build 30 flats on the 1.5-hectare site, twelve of which would be affordable.', { value: 12, unit: 'flats' }],
    ['The new site has 40 plots, which is fewer than the 55 being lost.', { value: 55, unit: 'plots' }],
  ])('%s', (sentence, figure) => {
    expect(extractDataset(`What?\n${sentence}`, { date: '2024-05-02' }).facts[0]!.numbers).toContainEqual(figure);
  });
});

// '"...," said the trust's finance director, Nadia Okoro': the post closing the words after the verb, then the
// one holding it set off by a comma, is the sayer, not the body the post is of; her next quote is hers too.
describe('extract: a sayer named after their post and a comma', () => {
  const d = extractDataset(
    ['Pool to close', '', '"We cannot keep the doors open on this budget," said the Harbour Leisure Trust\'s finance director, Nadia Okoro. "It is a sad day."'].join('\n'),
    { date: '2025-02-01' },
  );
  it('is the person', () => {
    expect(d.facts.find((f) => f.text.includes('doors open'))?.quote?.speaker).toBe('Nadia Okoro');
    expect(d.facts.find((f) => f.text.includes('sad day'))?.quote?.speaker).toBe('Nadia Okoro');
  });
});

// "It" opening a sentence means what the sentence before was about: a thing set off after a description ("a
// smaller boat, the Wren, will run ... It can carry 40 people"), or the subject of a clause an opening "it is
// ... that" sets out ("It is the second time this year that the Osprey has been ... It was withdrawn ...").
// A name the article only ever writes after "the" ("the Wren"), or writes before a word for a site ("the
// Hollin Green branch"), names a thing, no one.
describe('extract: "it" after a thing set off, or after "it is ... that"', () => {
  const d = extractDataset(
    [
      'Ferry out of action',
      '',
      'In the meantime, a smaller boat, the Wren Dawn, will run two trips a day. It can carry 40 people but no cars.',
      '',
      'It is the second time this year that the Osprey Star has been taken out of service. It was withdrawn for six days in May with a pump fault.',
      '',
      'The Hollin Green branch opened in 1932. It is used by about 700 people a month, according to council figures. The council will keep a van visiting Hollin Green.',
    ].join('\n'),
    { date: '2025-02-01' },
  );
  const of = (text: string): Fact | undefined => d.facts.find((f) => f.text.includes(text));
  it.each<[string, string]>([
    ['carry 40 people', 'Wren Dawn'],
    ['withdrawn for six days', 'Osprey Star'],
    ['700 people', 'Hollin Green'],
  ])('%s -> %s', (text, entity) => {
    expect(of(text)?.entities).toContain(entity);
  });
  it('a figure "according to council figures" is the figures\u2019, not what "it" means', () => {
    expect(of('700 people')?.attribution).not.toBe('Hollin Green');
  });
  it.each(['Wren Dawn', 'Hollin Green'])('%s names no one', (name) => {
    expect(d.entities.find((e) => e.name === name)?.kind).not.toBe('person');
  });
});

// "It is the third time in two years that the ferry has been taken out of service": an ordinal time counts the
// times it has happened (not "for the first time", no count).
describe('extract: the third time is three times', () => {
  it.each<[string, { value: number; unit: string } | undefined]>([
    ['It is the third time in two years that the Osprey has been taken out of service.', { value: 3, unit: 'times' }],
    ['The club reached the final for the 4th time.', { value: 4, unit: 'times' }],
    ['The pool opened for the first time in 1904.', undefined],
  ])('%s', (sentence, figure) => {
    const numbers = extractDataset(`What?\n${sentence}`, { date: '2024-05-02' }).facts[0]!.numbers ?? [];
    if (figure) expect(numbers).toContainEqual(figure);
    else expect(numbers.some((n) => n.unit === 'times')).toBe(false);
  });
  it('answers how many times', () => {
    const corpus = new Corpus(extractDataset(['Ferry out', '', 'The ferry Osprey will be out of action for a month.', '', 'It is the third time in two years that the Osprey has been taken out of service.'].join('\n'), { date: '2024-05-02' }));
    expect(ask(corpus, 'how many times has the Osprey been out of service?').answer).toMatch(/^3 times$/);
  });
});

// "Kettleby, the group's chairman, Derek Olusanya, pointed out": a post set off before a name is that name's,
// not the place's before it; "According to Helen Cartwright, the officer for the RSPB, the moor supports ...":
// the clause the opening leads to is no description of the RSPB; "who will have the final say" reports no one.
describe('extract: a post before its holder, a clause after "according to", the noun "say"', () => {
  const d = extractDataset(
    [
      'Turbines appeal',
      '',
      'That is more than the 1,210 people who live in Ashby, the group\'s chairman, Derek Olusanya, pointed out.',
      '',
      'According to Helen Cartwright, the regional conservation officer for the RSPB, the moor supports around 30 pairs of curlew.',
      '',
      'A planning inspector will then make a recommendation to the Secretary of State, who will have the final say.',
    ].join('\n'),
    { date: '2025-06-10' },
  );
  it('gives the post to its holder', () => {
    expect(d.entities.find((e) => e.name === 'Derek Olusanya')?.description).toBe("the group's chairman");
    expect(d.facts.some((f) => f.text.startsWith('Ashby is'))).toBe(false);
  });
  it('makes no description of the clause after "according to"', () => {
    expect(d.facts.some((f) => f.text.startsWith('RSPB is'))).toBe(false);
    expect(d.entities.find((e) => e.name === 'RSPB')?.aliases ?? []).not.toContain('moor supports around 30 pairs of curlew');
  });
  it('reads "the final say" as no saying', () => {
    expect(d.facts.find((f) => f.text.includes('final say'))?.attribution).toBe('article');
  });
});

// "A residents' group, Save Haddon Moor, has collected ... the group's chairman, Derek Olusanya,": a name set
// off after a word for a body is the body's, whatever word its name ends in, and "the group's" post is that
// group's.
describe('extract: a body set off after its kind, and a post of "the group\u2019s"', () => {
  const d = extractDataset(
    ['Turbines appeal', '', "A residents' group, Save Ashby Moor, has collected 1,840 signatures.", '', "Nobody lives nearer, the group's chairman, Derek Olusanya, pointed out."].join('\n'),
    { date: '2025-06-10' },
  );
  it('types the body and gives it the post', () => {
    expect(d.entities.find((e) => e.name === 'Save Ashby Moor')?.kind).toBe('organization');
    expect(d.facts.some((f) => f.text === "Derek Olusanya is Save Ashby Moor's chairman.")).toBe(true);
  });
});

// Figures whose unit is told around them: "30 extra home care workers ... and 20 more", "620 general and
// acute beds", "attendances at the A&E fell to 6,900 from 8,300" (after an opening phrase), "the number of
// patients who waited ... fell from 412 in January to 187", "eight cafés and pubs" (a unit with an accent).
describe('extract: figures whose unit is told around them', () => {
  const d = extractDataset(
    [
      'Hospital waits improve',
      '',
      'The county council said it had recruited 30 extra home care workers since December and would recruit 20 more by the summer.',
      '',
      'The hospital still had too few beds, with 94 per cent of its 620 general and acute beds occupied.',
      '',
      'Over the same period, attendances at the A&E fell to 6,900 from 8,300 in January.',
      '',
      'The number of patients who waited more than 12 hours from arrival fell from 412 in January to 187 in February.',
      '',
      'Eight cafés and pubs have so far signed up.',
    ].join('\n'),
    { date: '2025-03-06' },
  );
  const figures = (start: string): Array<{ value: number; unit: string }> => d.facts.find((f) => f.text.startsWith(start))?.numbers ?? [];
  it.each<[string, { value: number; unit: string }]>([
    ['The county council', { value: 30, unit: 'home care workers' }],
    ['The county council', { value: 20, unit: 'home care workers' }],
    ['The hospital', { value: 620, unit: 'general and acute beds' }],
    ['Over the same period', { value: 6900, unit: 'attendances' }],
    ['Over the same period', { value: 8300, unit: 'attendances' }],
    ['The number of patients', { value: 412, unit: 'patients' }],
    ['The number of patients', { value: 187, unit: 'patients' }],
    ['Eight caf', { value: 8, unit: 'caf\u00e9s' }],
  ])('%s: %o', (start, figure) => {
    expect(figures(start)).toContainEqual(figure);
  });
});

// "Martin Greaves, a cinema industry consultant who advised ...": a noun for someone set off after a name
// and "who" after it make the name someone's, whatever its words ("greaves" is an English plural); so "Its
// treasurer" later is not his.
describe('extract: someone described, "who" after it', () => {
  const d = extractDataset(
    [
      'Cinema reopens',
      '',
      'A group of residents formed the Regal Community Benefit Society within a month of the closure.',
      '',
      'Martin Greaves, a cinema industry consultant who advised the previous owner, warned that many community cinemas struggle.',
      '',
      'Its treasurer, Sunita Bose, said the heat pump should cut energy costs.',
    ].join('\n'),
    { date: '2025-06-14' },
  );
  it('types him as a person, and gives the treasurer to no one else', () => {
    expect(d.entities.find((e) => e.name === 'Martin Greaves')?.kind).toBe('person');
    expect(d.facts.some((f) => f.text === "Sunita Bose is Martin Greaves's treasurer.")).toBe(false);
  });
});

// "... according to a report by the council's estates manager, Colin Arkwright.": a post before a name that
// closes the sentence; "said Helen Okafor, the society's chair and a retired primary school headteacher": two
// things someone is, the post of the body whose name ends in the noun ("Regal Community Benefit Society").
describe('extract: a post before a name closing the sentence, and two things someone is', () => {
  const d = extractDataset(
    [
      'Toilets to close',
      '',
      'The building has a leaking roof, according to a report by the council\u2019s estates manager, Colin Arkwright.',
      '',
      'A group of residents formed the Regal Community Benefit Society within a month.',
      '',
      '"People told us we were mad," said Helen Okafor, the society\'s chair and a retired primary school headteacher.',
    ].join('\n'),
    { date: '2024-03-12' },
  );
  it('gives each their post', () => {
    expect(d.facts.some((f) => /^Colin Arkwright is the council.s estates manager\.$/.test(f.text))).toBe(true);
    expect(d.facts.some((f) => f.text === "Helen Okafor is Regal Community Benefit Society's chair and a retired primary school headteacher.")).toBe(true);
    expect(d.entities.find((e) => e.name === 'Helen Okafor')?.aliases).not.toContain('chair and a retired primary school headteacher');
  });
});

// "The Regal Cinema in Thornbury Market reopened ... saw her first film at the Regal": a word written after
// "the" as the thing itself is the body the article named first with it (not the later "Regal Community
// Benefit Society"), and a body set in a place lies there; "the Wrexford site" is still the town's.
describe('extract: a body called by its first word after "the", and where a body lies', () => {
  const d = extractDataset(
    [
      'Cinema reopens',
      '',
      'The Regal Cinema in Thornbury Market reopened its doors on Saturday.',
      '',
      'A group of residents formed the Regal Community Benefit Society within a month of the closure.',
      '',
      'Gwen Tolley saw her first film at the Regal in 1951.',
      '',
      'Hollins Bakeries will close its factory in Wrexford. The Wrexford site covers six acres, Wrexford Borough Council said.',
    ].join('\n'),
    { date: '2025-06-14' },
  );
  it('merges "the Regal" into the cinema, and says where the cinema is', () => {
    expect(d.entities.find((e) => e.name === 'Regal Cinema')?.aliases).toContain('Regal');
    expect(d.entities.some((e) => e.name === 'Regal')).toBe(false);
    expect(d.facts.some((f) => /^(?:The )?Regal Cinema is in Thornbury Market\.$/.test(f.text))).toBe(true);
  });
  it('keeps a town named before a word for a site', () => {
    expect(d.entities.find((e) => e.name === 'Wrexford')?.kind).toBe('place');
  });
});

// "Shopkeepers have complained ..., and the Traders' Association says takings fell. Its chairwoman, Linda
// Marsh, said ...": "its" is the body that is the subject of the sentence's last clause, not of an earlier
// sentence.
describe('extract: "its" after a last clause of its own', () => {
  const d = extractDataset(
    [
      'Bike hire grows',
      '',
      'The City Council says it will not pay anything from its own budget.',
      '',
      "Shopkeepers have complained that docking stations took away 14 parking spaces, and the Bristow Traders' Association says takings fell. Its chairwoman, Linda Marsh, said the spaces mattered.",
    ].join('\n'),
    { date: '2025-05-02' },
  );
  it("gives the post to the association", () => {
    expect(d.facts.map((f) => f.text)).toContain("Linda Marsh is Bristow Traders' Association's chairwoman.");
  });
});

// "..., according to the trust's head of grounds, Priya Nair. She said ...": the post set off before a name
// is hers (no body's, though "grounds" closes it), she is the one who says it, and "she" after it is her.
// "A survey by engineers Hollin & Vane found ...": a plural noun for people before a name names a firm.
describe('extract: a post set off before a name, and a firm after a plural noun for people', () => {
  const d = extractDataset(
    [
      'Gardens to close',
      '',
      'Gardeners at the park, 12 of them, will keep their jobs, according to the trust\'s head of grounds, Priya Nair. She said four would move to the nursery.',
      '',
      'A survey by engineers Hollin Vane found cracks in the glasshouse.',
    ].join('\n'),
    { date: '2025-05-02' },
  );
  const kind = (name: string): string | undefined => d.entities.find((e) => e.name === name)?.kind;
  it('reads the people and the firm', () => {
    expect(kind('Priya Nair')).toBe('person');
    expect(kind('Hollin Vane')).toBe('organization');
  });
  it('attributes both sayings to her', () => {
    expect(d.facts.filter((f) => /keep their jobs|four would move/.test(f.text)).map((f) => f.attribution)).toEqual(['Priya Nair', 'Priya Nair']);
  });
  it('keeps two people joined after a plural noun as people', () => {
    const two = extractDataset(['Vote', '', 'The motion was backed by councillors Ann Hale and Tom Reid on Tuesday.'].join('\n'), { date: '2025-05-02' });
    expect(two.entities.find((e) => e.name === 'Ann Hale')?.kind).toBe('person');
  });
});

// "found that 62 per cent ... and that 18 per cent ...": a second thing found, of the same verb, stays in
// its sentence (no "That 18 per cent ..." fragment).
describe('extract: a second "that" clause with a figure', () => {
  it('keeps the sentence whole', () => {
    const d = extractDataset(['Survey', '', 'A study by the club found that 40 per cent of members were local pensioners and that 25 per cent of players walked to the ground.'].join('\n'), { date: '2025-05-02' });
    expect(d.facts.some((f) => /^That\b/.test(f.text))).toBe(false);
  });
});

// "Hadlow Community Stores ... The shop, which ... Its chair, Helen Rowntree,": a noun calling back a body's
// name by a word its last word is another word for (a store is a shop), and the post of "its" the body's.
describe('extract: a body called back by another word for its name', () => {
  const d = extractDataset(
    ['Shop', '', 'The counter will reopen inside Hadlow Community Stores on Church Street.', '', 'The shop, which opened in 2018, is run by 45 volunteers.', '', 'Its chair, Helen Rowntree, said: "We could not let the village lose it."'].join('\n'),
    { date: '2025-03-14' },
  );
  it('gives her post of the shop', () => {
    expect(d.facts.some((f) => /^Helen Rowntree is Hadlow Community Stores'?s? chair\.$/.test(f.text))).toBe(true);
  });
  it('ties the shop to its name', () => {
    expect(d.facts.find((f) => f.text.startsWith('The shop'))?.entities).toContain('Hadlow Community Stores');
  });
});

// "Millbrook currently has 118 pupils, ..., and the council says ...": the council says it, not the words
// before "and"; the second clause is about Millbrook too.
describe('extract: a saying in a clause joined after a comma', () => {
  const d = extractDataset(['School', '', 'Hartshire County Council runs the school.', '', 'Millbrook currently has 118 pupils, down from 205 in 2018, and the council says the building is half full.'].join('\n'), { date: '2025-03-14' });
  it('is said by the council', () => {
    expect(d.facts.find((f) => /half full/.test(f.text))?.attribution).toBe('Hartshire County Council');
    expect(d.facts.some((f) => f.attribution.startsWith('Millbrook'))).toBe(false);
  });
});

// "On 27 March and 3 April, and responses can also be made online": the second date is listed, no clause.
describe('extract: a date listed before a joined clause', () => {
  it('keeps the sentence whole', () => {
    const d = extractDataset(['Sessions', '', 'Two sessions will be held at the library on 27 March and 3 April, and responses can also be made online.'].join('\n'), { date: '2025-03-14' });
    expect(d.facts.some((f) => /^3 April/.test(f.text))).toBe(false);
  });
});

// "Through the centre of Kelbridge" is a place's; "Kelbridge Traders' Association" is no longer name of it.
describe('extract: a town named after "the centre of"', () => {
  const d = extractDataset(
    ['Cycle lane', '', 'A new cycle lane running through the centre of Kelbridge has opened.', '', "The Kelbridge Traders' Association, which represents 65 businesses, has written to the council."].join('\n'),
    { date: '2025-06-05' },
  );
  it('is a place', () => {
    expect(d.entities.find((e) => e.name === 'Kelbridge')?.kind).toBe('place');
  });
});

// "Councillor Peter Hughes, who leads on transport,": the leader on transport.
describe('extract: a field someone leads on', () => {
  it('keeps its preposition', () => {
    const d = extractDataset(['Lane', '', 'Councillor Peter Hughes, who leads on transport, said the lane was safe.'].join('\n'), { date: '2025-06-05' });
    expect(d.facts.some((f) => f.text === 'Peter Hughes is the leader on transport.')).toBe(true);
  });
});

// "Residents of Little Hadlow will keep ...": the people of a place opening a sentence; the name is the
// place's. ("Friends of ..." named so again mid-sentence stays a group's name.)
describe('extract: people of a place opening a sentence', () => {
  it('names the place', () => {
    const d = extractDataset(['Post office', '', 'Residents of Little Hadlow will keep their post office.', '', 'The branch in Little Hadlow closes next month.'].join('\n'), { date: '2025-03-14' });
    expect(d.entities.find((e) => e.name === 'Little Hadlow')?.kind).toBe('place');
    expect(d.entities.some((e) => e.name.startsWith('Residents'))).toBe(false);
  });
  it('keeps a group named so again', () => {
    const d = extractDataset(['Library', '', 'Friends of Hadley Library will meet on Monday.', '', 'A spokesman for Friends of Hadley Library said the group would protest.'].join('\n'), { date: '2025-03-14' });
    expect(d.entities.some((e) => e.name === 'Friends of Hadley Library')).toBe(true);
  });
});

// "A flood defence scheme meant to protect 640 homes and 85 businesses in Thornwick will open a year later":
// the thing and what it is meant for wait for their verb; "and 85 businesses" is one more thing protected.
describe('extract: a subject and what it is meant for', () => {
  it('keeps the sentence whole', () => {
    const d = extractDataset(['Flood', '', 'A flood defence scheme meant to protect 640 homes and 85 businesses in Thornwick will open a year later than planned.'].join('\n'), { date: '2024-06-05' });
    expect(d.facts.some((f) => /^85 businesses/.test(f.text))).toBe(false);
  });
});

// "Friends of Dunmore A&E", "M&S": an initialism joined by an ampersand is one word of a name, not its end.
describe('extract: a name holding an ampersand initialism', () => {
  it('keeps the whole name', () => {
    const d = extractDataset(['A&E', '', 'The vigil was organised by Friends of Dunmore A&E, a group set up by Joan Pell.'].join('\n'), { date: '2024-03-14' });
    expect(d.entities.map((e) => e.name)).toContain('Friends of Dunmore A&E');
  });
});

// "Opposition leader Cllr Dana Roe": a job written before a title and the name is who they are.
describe('extract: a job before a title and a name', () => {
  it('gives the job as a name they go by', () => {
    const d = extractDataset(['Parking', '', 'Opposition leader Cllr Dana Roe voted against the parking charges.', '', 'Dana Roe said the charges would hurt shops.'].join('\n'), { date: '2024-04-18' });
    expect(d.entities.find((e) => e.name === 'Dana Roe')?.aliases).toContain('opposition leader');
  });
});

// Found by a new user (a hosepipe ban, a library's closure): a scale word and a name before the unit, a
// day of a month, a word running on with a hyphen, and bare figures after a second thing counted.
describe('extract: figures a name, a date or a second count stands beside', () => {
  it.each([
    ['A hosepipe ban will come into force for 1.4 million Southdown Water customers next Friday.', [{ value: 1.4, unit: 'million Southdown Water customers' }]],
    ['The ban begins at 00:01 on 14 June and covers homes across West Sussex.', []],
    ['A public consultation opens on 3 June and runs for eight weeks.', [{ value: 8, unit: 'weeks' }]],
    ['Iran fired 22 US-made missiles.', [{ value: 22, unit: 'US-made missiles' }]],
    [
      'Visitor numbers fell from 61,000 in 2019 to 38,500 last year, although the number of children signed up to its reading scheme rose to 412.',
      [{ value: 61000, unit: 'visitors' }, { value: 38500, unit: 'visitors' }, { value: 412, unit: 'children' }],
    ],
  ])('reads the figures of %s', (sentence, figures) => {
    expect(extractDataset(`What?\n${sentence}`, { date: '2024-06-06' }).facts.flatMap((f) => f.numbers ?? [])).toEqual(figures);
  });
});

// "Environmental group River Watch South criticised the firm. Its spokesperson, Tom Ferraby, said ...": a
// name after a word for a body is the body's (though it opens "River"), the sentence's subject, and "its"
// is of it, not of the firm named before. Found by a new user.
describe('extract: a body named after its kind, opening a sentence', () => {
  it("types the body and gives it the spokesperson's post", () => {
    const d = extractDataset(['Water firm criticised', '', 'Southdown Water said the ban would start on Friday.', '', 'Environmental group River Watch South criticised the firm. Its spokesperson, Tom Ferraby, said: "It is hypocritical."'].join('\n'), { date: '2024-06-06' });
    expect(d.entities.find((e) => e.name === 'River Watch South')?.kind).toBe('organization');
    expect(d.entities.find((e) => e.name === 'Tom Ferraby')?.description).toMatch(/River Watch South/);
  });
});

// Found by a new user (a bus route cut, a school's field sold): a place's name opened by "Little", a body's
// name closed by a common noun that tells news, a street someone is "of", and a common word numbering a thing.
describe("extract: kinds of a village's, a firm's and a street's names", () => {
  const d = extractDataset(
    [
      'Bus route axed',
      '',
      'Residents of Wexcombe say they will be left stranded after Harcastle Travel confirmed it will withdraw the Number 14 bus service.',
      '',
      'The route links Wexcombe, Little Ardley and Fenbridge with Marlford town centre.',
      '',
      'Janet Price, 71, of Riverside Terrace, said she would be cut off.',
    ].join('\n'),
    { date: '2024-10-17' },
  );
  it.each([
    ['Harcastle Travel', 'organization'],
    ['Little Ardley', 'place'],
    ['Riverside Terrace', 'place'],
    ['Number', undefined],
  ])('%s is %s', (name, kind) => {
    expect(d.entities.find((e) => e.name === name)?.kind).toBe(kind);
  });
});

// Found by a new user (a flood wall): a place brought in as "the riverside village of X" goes by "the village"
// after it, where no other place is brought in by that noun; a sentence opening "The village" is of it.
describe('extract: a place brought in by its common noun', () => {
  const d = extractDataset(
    ['Flood wall for village', '', 'Work on a £3m scheme for the riverside village of Lower Brook will begin next month.', '', 'The village was flooded in 2018, 2021 and again in March 2024.'].join('\n'),
    { date: '2026-05-06' },
  );
  it('gives the place its noun', () => {
    expect(d.entities.find((e) => e.name === 'Lower Brook')?.aliases).toContain('the village');
  });
  it('reads "The village" opening a sentence as the place', () => {
    expect(d.facts.find((f) => f.text.startsWith('The village'))?.entities).toContain('Lower Brook');
  });
  it('leaves the noun to none where two places are brought in by it', () => {
    const two = extractDataset(['Two villages', '', 'The village of Ashby and the village of Combe will share a bus.'].join('\n'), { date: '2026-05-06' });
    expect(two.entities.flatMap((e) => e.aliases)).not.toContain('the village');
  });
});
