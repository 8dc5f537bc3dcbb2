// The entry, run in memory: option parsing, its errors, exit codes, formats and colour.
import { describe, expect, it } from 'vitest';
import { factq } from './run.js';
import { bundled } from '../src/core/dataset.js';

const ESC = '\u001b';

describe('exit codes and errors', () => {
  it.each<[string, string[], number, RegExp]>([
    ['no arguments: help', [], 0, /^$/],
    ['--help', ['--help'], 0, /^$/],
    ['--version', ['--version'], 0, /^$/],
    ['search found', ['search', 'zarif'], 0, /^$/],
    ['search found nothing', ['search', 'xylophone'], 1, /^$/],
    ['list under a filter with no facts', ['list', '--type', 'threat', '--question', '2'], 1, /^$/],
    ['unknown id', ['show', 'nope'], 1, /^factq: unknown id "nope"/],
    ['questions 9', ['questions', '9'], 2, /^factq: no question "9": the article's questions are 1, 2, 3, 4, 5, 6\n$/],
    ['questions 0', ['questions', '0'], 2, /^factq: no question "0"/],
    ['--limit 0', ['search', 'x', '--limit', '0'], 2, /^factq: --limit expects a whole number/],
    ['--limit -3', ['search', 'x', '--limit', '-3'], 2, /^factq: /],
    ['--limit NaN', ['search', 'x', '--limit', 'NaN'], 2, /^factq: --limit expects/],
    ['--limit 1e999', ['search', 'x', '--limit', '1e999'], 2, /^factq: --limit expects/],
    ['-v, a letter of the other case', ['-v'], 2, /^factq: unknown option '-v' \(did you mean -V, --version\?\)\n$/],
    ['-N, not taken by list', ['list', '-N'], 2, /^factq: unknown option '-N'\n$/],
    ['-N, taken by search', ['search', '-N', 'x'], 2, /^factq: unknown option '-N' \(did you mean -n, --limit\?\)\n$/],
    ['unknown format', ['list', '--format', 'xml'], 2, /^factq: --format: unknown value "xml": use one of table, boxed, json/],
    ['unknown type', ['list', '--type', 'rumour'], 2, /^factq: --type: unknown value "rumour": use one of event, casualties/],
    // (gh's --json FIELDS took the only word: the error says where it went.)
    ['words taken as --json fields', ['search', '--json', 'quote'], 2, /^factq: missing required argument 'terms' \(--json took "quote" as the fields to print: give the words before --json\)/],
    ['unknown shell', ['completion', 'tcsh'], 2, /^factq: shell: unknown value "tcsh": use one of bash, zsh, fish/],
    ['search - with other words', ['search', '-', 'zarif'], 2, /^factq: search - reads the queries from stdin/],
    ['an empty search', ['search', ''], 2, /^factq: search needs words to look for/],
    ['an empty question', ['ask', ' '], 2, /^factq: ask needs a question/],
    ['unknown entity name', ['entities', 'Atlantis'], 1, /^factq: unknown entity "Atlantis"/],
    ['unknown entity', ['list', '--entity', 'Atlantis'], 2, /^factq: unknown entity "Atlantis"/],
    // A suggestion keeps the first letter typed, or is a slip or two away: "Narnia" is no "Iranian".
    ['unknown entity like none', ['entities', 'Narnia'], 1, /^factq: unknown entity "Narnia"\n$/],
    ['a slip of an entity', ['list', '--entity', 'zarrif'], 2, /^factq: unknown entity "zarrif" \(did you mean Zarif\?\)/],
    ['unknown field', ['list', '--fields', 'id,colour'], 2, /^factq: unknown field "colour": valid fields are article, id, text/],
    ['unknown command', ['serch', 'x'], 2, /^factq: unknown command 'serch'/],
    ['unknown option', ['list', '--frobnicate'], 2, /^factq: unknown option '--frobnicate'/],
    ['missing argument', ['search'], 2, /^factq: missing required argument/],
    ['options but no command', ['--json'], 2, /^factq: no command given \(see factq --help\)\n$/],
    ['missing dataset', ['list', '--data', '/nonexistent/facts.json'], 2, /^factq: \/nonexistent\/facts.json: no such file\n$/],
    ['ask unanswerable', ['ask', 'what is the capital of France?'], 1, /^factq: the article does not answer .*factq search/],
    // What no fact tells but the dataset does, the article's own title and date, the decline tells.
    ['ask of the article itself', ['ask', 'when was the article published?'], 1, /^factq: the article does not answer "when was the article published\?"; the dataset dates the article 2020-01-08 and calls it "Iran.s missile strikes .*"\n$/],
    // The suggested search holds only words the article mentions, quoted for the shell; none, no suggestion.
    ['ask unanswerable, quoted', ['ask', "what's Putin's view of Iran's missiles?"], 1, /^factq: the article does not answer ".*"; try: factq search 'iran missiles'\n$/],
    ['ask unanswerable, nothing to search', ['ask', 'what is the recipe for soup'], 1, /^factq: the article does not answer "what is the recipe for soup"\n$/],
    // (Nor a scrap of a name found only in another's: "al" of al-Muhandis is al-Asad's.)
    ['ask unanswerable, a scrap of a name', ['ask', 'who is abu mahdi al-muhandis'], 1, /^factq: the article does not answer "who is abu mahdi al-muhandis"\n$/],
    // (Of the data asked: the search suggested is given the same --data, so pasted it searches that.)
    ['ask unanswerable in other data', ['--data', 'test/fixtures/flood.json', 'ask', 'how many dragons drowned in the flood?'], 1, /^factq: the article does not answer ".*"; try: factq --data test\/fixtures\/flood\.json search '[^']+'\n$/],
  ])('%s', async (_name, args, code, stderr) => {
    const r = await factq(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // (The top-level help says the bundled article is the default, not the only one: a user's --data too.)
  it('--help says facts may come from --data', async () => {
    const r = await factq(['--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/the bundled one \(2020-01-08, .*\), or your own with --data\./);
  });

  it.each([
    [['help', 'search']],
    [['--help', 'search']],
    [['-h', 'search']],
    [['search', '--help']],
  ])('%j shows the help of search', async (args) => {
    const r = await factq(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: factq search/);
  });

  it.each([[['help', 'serch']], [['serch', '--help']], [['--help', 'serch']]])('%j is an unknown command with a suggestion', async (args) => {
    const r = await factq(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^factq: unknown command 'serch' \(did you mean search\b.*\)\n$/);
  });

  it.each([60, 80, 120])('wraps help to a %i-column terminal, options and their help included', async (columns) => {
    const r = await factq(['search', '--help'], { tty: true, columns });
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(columns);
    expect(r.stdout).toContain('--min-score');
  });

  it('prints help with examples when run bare', async () => {
    const r = await factq([]);
    expect(r.stdout).toContain('Usage: factq');
    expect(r.stdout).toContain('Examples:');
  });

  it.each(['search', 'ask', 'questions', 'list', 'show', 'entities'])('shows examples in `%s --help`', async (cmd) => {
    const r = await factq([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ factq /);
  });

  // A run defines only the command it names; help and commands given after options see them all.
  it('lists every command in `--help`, in `help`, and after a global option', async () => {
    const all = ['search', 'ask', 'questions', 'list', 'show', 'entities', 'schema', 'validate', 'completion'];
    for (const args of [['--help'], ['help'], ['--json', 'help']]) {
      const r = await factq(args);
      for (const name of all) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
      expect(r.stdout).not.toContain('__complete');
    }
    expect((await factq(['--json', 'search', 'zarif'])).code).toBe(0);
    expect((await factq(['help', 'search'])).stdout).toContain('Usage: factq search');
  });

  it('reads FACTQ_DATA, and --data wins over it', async () => {
    const fromEnv = await factq(['list'], { env: { FACTQ_DATA: '/nonexistent/env.json' } });
    expect(fromEnv.stderr).toContain('/nonexistent/env.json');
    // (The variable is named: a reader who forgot it is set learns where the file came from.)
    expect(fromEnv.stderr).toMatch(/^factq: \/nonexistent\/env\.json: no such file \(the dataset FACTQ_DATA names\)\n$/);
    expect(fromEnv.code).toBe(2);
    const fromFlag = await factq(['list', '--data', '/nonexistent/flag.json'], { env: { FACTQ_DATA: '/nonexistent/env.json' } });
    expect(fromFlag.stderr).toContain('/nonexistent/flag.json');
    expect(fromFlag.stderr).not.toContain('FACTQ_DATA');
  });

  it('shows the stack only with FACTQ_DEBUG', async () => {
    const quiet = await factq(['list', '--data', '/nonexistent']);
    const debug = await factq(['list', '--data', '/nonexistent'], { env: { FACTQ_DEBUG: '1' } });
    expect(quiet.stderr).not.toContain('    at ');
    expect(debug.stderr).toContain('    at ');
  });
});

describe('formats', () => {
  it('defaults to tsv in a pipe and a table on a terminal', async () => {
    const pipe = await factq(['list']);
    expect(pipe.stdout.split('\n')[0]!.split('\t')[0]).toBe('iran-fired-22-missiles');
    const tty = await factq(['list'], { tty: true });
    // gh's plain table: headings in capitals, no rules; the boxed one on request.
    expect(tty.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/^ID\b/); // eslint-disable-line no-control-regex
    expect(tty.stdout).not.toContain('│');
    expect((await factq(['list', '--format', 'boxed'], { tty: true })).stdout).toMatch(/^┌/);
  });

  it('says a settled yes or no once: the fact after "Yes." is not printed again beneath it', async () => {
    const prose = (await factq(['ask', 'were there no deaths?', '--format', 'text', '--color', 'never'])).stdout;
    const [answer, ...rest] = prose.split('\n');
    expect(answer).toMatch(/^Yes\. Early signs/);
    expect(rest.join('\n')).not.toContain('Early signs');
    expect(rest.join('\n')).toContain('no-one-killed-or-injured');
  });

  it('prints an answer as prose on a terminal, a table of answers with --format table, and honours --fields', async () => {
    const q = 'how many missiles hit al-Asad?';
    const prose = await factq(['ask', q, '--color', 'never'], { tty: true });
    expect(prose.stdout).toMatch(/^17 missiles\n/);
    const table = await factq(['ask', q, '--format', 'table', '--color', 'never'], { tty: true });
    expect(table.stdout).toMatch(/^QUESTION +ANSWER +FACTS\n/);
    for (const format of ['table', 'text']) {
      const picked = await factq(['ask', q, '--format', format, '--fields', 'answer', '--color', 'never'], { tty: true });
      expect(picked.stdout).toContain('17 missiles');
      expect(picked.stdout).not.toContain('missiles-fired-at-al-asad');
    }
  });

  it('treats --json as --format json', async () => {
    const a = await factq(['search', 'zarif', '--json']);
    const b = await factq(['search', 'zarif', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const hits = JSON.parse(a.stdout);
    expect(hits[0]).toMatchObject({ id: 'zarif-is-foreign-minister' });
    expect(hits.every((h: { score: number }) => h.score > 0 && h.score <= 1)).toBe(true);
  });

  it('prints [] and exits 1 when nothing is found', async () => {
    const r = await factq(['search', 'xylophone', '--json']);
    expect(r).toEqual({ code: 1, stdout: '[]\n', stderr: '' });
  });

  it('applies --fields in every format', async () => {
    for (const format of ['json', 'ndjson', 'csv', 'tsv', 'text', 'table']) {
      const r = await factq(['list', '--type', 'threat', '--fields', 'id,type', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('trump-threatened-52-targets');
      expect(r.stdout).not.toContain('Trump had threatened');
    }
  });

  it('refuses a format that a command cannot print, instead of ignoring it', async () => {
    for (const args of [['schema', '--format', 'csv'], ['schema', '--fields', 'id'], ['completion', 'bash', '--json']]) {
      const r = await factq(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^factq: .*(--format|--fields)/);
    }
    expect(JSON.parse((await factq(['schema', '--json'])).stdout).type).toBe('object');
  });

  it('refuses --fields article with one dataset, whose facts have none (a column of empty cells)', async () => {
    const r = await factq(['list', '--fields', 'id,article']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factq: the field "article" names the dataset of each fact when several are read as one/);
  });

  it('reads a filter given again as ripgrep and gh do: any of the types or questions, every one of the entities', async () => {
    // (A new user's `--type event --type threat` kept only the threats.)
    const types = JSON.parse((await factq(['list', '--type', 'event', '-t', 'Threat', '--json', 'type'])).stdout) as Array<{ type: string }>;
    expect(new Set(types.map((f) => f.type))).toEqual(new Set(['event', 'threat']));
    const questions = JSON.parse((await factq(['list', '-Q', '1', '-Q', '2', '--json', 'question'])).stdout) as Array<{ question: number }>;
    expect(new Set(questions.map((f) => f.question))).toEqual(new Set([1, 2]));
    const both = JSON.parse((await factq(['list', '-e', 'trump', '-e', 'iran', '--json', 'entities'])).stdout) as Array<{ entities: string[] }>;
    expect(both.length).toBeGreaterThan(0);
    for (const f of both) expect(f.entities).toEqual(expect.arrayContaining(['Donald Trump', 'Iran']));
    const trump = JSON.parse((await factq(['list', '-e', 'trump', '--json', 'id'])).stdout) as unknown[];
    expect(both.length).toBeLessThan(trump.length);
    const searched = JSON.parse((await factq(['search', 'missiles', '-t', 'event', '-t', 'threat', '--json', 'type'])).stdout) as Array<{ type: string }>;
    for (const f of searched) expect(['event', 'threat']).toContain(f.type);
    expect((await factq(['list', '-t', 'event', '-t', 'rumour'])).code).toBe(2);
  });

  it('follows the conventions of gh, ripgrep and grep users', async () => {
    // Allowed values regardless of case.
    expect((await factq(['list', '--type', 'Event', '--fields', 'id'])).stdout.split('\n')[0]).toBe('iran-fired-22-missiles');
    // gh's --json FIELDS.
    const json = JSON.parse((await factq(['search', 'zarif', '--json', 'id,score'])).stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(json[0]!)).toEqual(['id', 'score']);
    expect(JSON.parse((await factq(['show', 'no-uk-casualties', '--json', 'text'])).stdout)[0].text).toMatch(/UK casualties/);
    // Fields mistyped after --json are refused as fields, not searched for; a query word stays one.
    for (const fields of ['idd', 'id,txt']) {
      const typo = await factq(['search', 'erbil', '--json', fields]);
      expect([typo.code, typo.stderr]).toEqual([2, expect.stringMatching(/^factq: unknown field "(idd|txt)"/)]);
    }
    expect((await factq(['search', 'erbil', '--json', 'zarif'])).code).toBe(0);
    // -q is quiet, as in grep; --question is -Q.
    const quiet = await factq(['search', '-q', 'severe revenge']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    expect((await factq(['search', '--quiet', 'drone strike'])).code).toBe(1);
    expect((await factq(['list', '-Q', '2', '--fields', 'id'])).stdout.split('\n')[0]).toBe('no-one-killed-or-injured');
    // --no-color, even where colour is forced.
    expect((await factq(['list', '--no-color', '--format', 'table'], { env: { FORCE_COLOR: '1' }, tty: true })).stdout).not.toContain('\u001b[');
    // Scores keep four decimals; text wraps only on a terminal.
    expect((await factq(['search', 'trump', '--fields', 'score'])).stdout.split('\n')[0]).toMatch(/^0\.\d{4}$/);
    const text = (await factq(['list', '--format', 'text', '--type', 'threat'])).stdout;
    expect(text).toContain('The previous week Trump had threatened to strike 52 targets in Iran if Iran attacked.');
    // One entity by name or alias.
    expect((await factq(['entities', 'erbil', '--fields', 'name'])).stdout).toBe('Irbil\n');
    // A long field's lines go in under its label; a flat cell of descriptions joins them without ".;".
    expect((await factq(['entities', 'iran', '--format', 'text'])).stdout).toMatch(/\n {2}aliases:\n {4}Iranian; /);
    expect((await factq(['show', 'trump-tweeted-all-is-well', '--fields', 'entityDetails'])).stdout).not.toContain('.;');
    // A field a command never fills is refused, not printed empty: a score is a search's, details show's.
    // (The query a row answers is `search -`'s only.)
    for (const [command, field] of [['list', 'score'], ['list', 'query'], ['show', 'score'], ['search', 'entityDetails'], ['search', 'query']] as const) {
      const args = command === 'show' ? ['show', 'zarif-is-foreign-minister'] : command === 'search' ? ['search', 'zarif'] : ['list'];
      const refused = await factq([...args, '--fields', `id,${field}`]);
      expect([refused.code, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toMatch(new RegExp(`^factq: unknown field "${field}"`));
    }
    // (schema prints one document: --fields is what does not apply, whatever the format.)
    expect((await factq(['--format', 'json', 'schema', '--fields', 'id'])).stderr).toMatch(/--fields does not apply/);
  });

  // Found by a new user: a fact found through another name of its entity showed nothing marked.
  it.each([
    ['erbil', 'Irbil'],
    ['al asad', 'Asad'],
  ])('marks the name a fact uses for an entity found by another (%s: %s)', async (query, shown) => {
    const r = await factq(['search', query, '--limit', '1', '--format', 'text', '--color', 'always'], { tty: true, columns: 200 });
    expect(r.stdout).toContain(`\u001b[1m\u001b[33m${shown}\u001b[39m\u001b[22m`);
    // (Not a common noun of an alias, "the Irbil base"'s "base", nor an owner named in one.)
    expect(r.stdout).not.toContain('\u001b[33mbase\u001b[39m');
  });

  const BUNDLED_HINT = `factq: searched the bundled article, "${bundled().article.title.split(': ')[0]}" (2020-01-08); to search your own, give --data FILE\n`;
  it('names the bundled article when nothing is found in it, on a terminal only, and never of data given', async () => {
    const asked = await factq(['ask', 'how many objections did the council get?'], { tty: true });
    expect(asked.code).toBe(1);
    expect(asked.stderr).toMatch(/^factq: the article does not answer .*\n/);
    expect(asked.stderr.endsWith(BUNDLED_HINT)).toBe(true);
    expect((await factq(['ask', 'how many objections did the council get?'])).stderr).not.toContain('bundled');
    expect((await factq(['ask', 'how many missiles hit al-Asad?'], { tty: true })).stderr).not.toContain('bundled');
    const own = await factq(['search', 'quarry', '--data', 'test/fixtures/flood.json'], { tty: true });
    expect(own.stderr).not.toContain('bundled');
  });

  it('says why nothing was found on a terminal, and nothing in a pipe', async () => {
    const tty = await factq(['search', 'drone strike'], { tty: true });
    expect([tty.code, tty.stdout]).toEqual([1, '']);
    // (And which article was searched, the bundled one, for a reader who forgot --data.)
    expect(tty.stderr).toBe(`factq: no fact mentions "drone"\n${BUNDLED_HINT}`);
    expect((await factq(['search', 'xylophone'], { tty: true })).stderr).toMatch(/no fact mentions "xylophone"/);
    expect((await factq(['search', 'the of'], { tty: true })).stderr).toBe(`factq: nothing to look for: every word is a stop word (the, of, did ...)\n${BUNDLED_HINT}`);
    // Found by a new user: results all under --min-score said nothing.
    const under = await factq(['search', 'iran', '--min-score', '0.99'], { tty: true });
    expect([under.code, under.stdout]).toEqual([1, '']);
    expect(under.stderr).toMatch(/^factq: no result scores 0\.99 or more \(the best scores 0\.\d+\)\n$/);
    const pipe = await factq(['search', 'drone strike']);
    expect([pipe.code, pipe.stdout, pipe.stderr]).toEqual([1, '', '']);
    // Found by a new user: queries typed one a line at a terminal said nothing of a line finding nothing.
    for (const stdinTTY of [true, false]) {
      const lines = await factq(['search', '-'], { tty: true, stdinTTY, stdin: 'zarif\ndrone\n' });
      expect(lines.code).toBe(0);
      expect(lines.stderr).toContain('factq: "drone": no fact mentions "drone"\n');
      expect(lines.stderr).not.toContain('"zarif"');
    }
    const piped = await factq(['search', '-'], { stdin: 'zarif\ndrone\n' });
    expect(piped.stderr).toBe('');
  });

  it('accepts global options after the command', async () => {
    expect((await factq(['questions', '--json'])).stdout).toContain('"number": 1');
  });
});

describe('commands', () => {
  it('lists questions with fact counts, and the facts under one', async () => {
    const qs = JSON.parse((await factq(['questions', '--json'])).stdout);
    expect(qs).toHaveLength(6);
    expect(qs[1]).toEqual({ number: 2, text: 'Was anyone hurt?', facts: 4 });
    const q2 = JSON.parse((await factq(['questions', '2', '--json'])).stdout);
    expect(q2.map((f: { id: string }) => f.id)).toContain('no-uk-casualties');
  });

  it('lists facts in article order', async () => {
    const facts = JSON.parse((await factq(['list', '--json'])).stdout);
    const paragraphs = facts.map((f: { paragraph: number }) => f.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('filters by entity alias', async () => {
    const facts = JSON.parse((await factq(['list', '--entity', 'erbil', '--json'])).stdout);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f: { entities: string[] }) => f.entities.includes('Irbil'))).toBe(true);
  });

  it('shows facts in full, with entity descriptions, and hints for unknown ids', async () => {
    const r = await factq(['show', 'no-uk-casualties', 'no-uk-casualty', '--json']);
    expect(r.code).toBe(1);
    const [shown] = JSON.parse(r.stdout);
    expect(shown.entityDetails[0]).toMatchObject({ name: 'UK Ministry of Defence', kind: 'organization' });
    expect(r.stderr).toBe('factq: unknown id "no-uk-casualty" (did you mean no-uk-casualties, no-american-casualties?)\n');
    // Nothing like it: no suggestion (a short id is not a slip of a long one that contains its letters).
    expect((await factq(['show', 'nope-id'])).stderr).toBe('factq: unknown id "nope-id"\n');
  });

  it('lists entities with kinds, aliases and counts', async () => {
    const entities = JSON.parse((await factq(['entities', '--json'])).stdout);
    expect(entities.find((e: { name: string }) => e.name === 'Irbil')).toMatchObject({ kind: 'place', facts: 2 });
  });

  it('answers each stdin query with search -, tagging results with their query', async () => {
    const r = await factq(['search', '-', '--format', 'ndjson', '--limit', '1'], { stdin: 'erbil\n\nzarif\n' });
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.query, x.id])).toEqual([
      ['erbil', 'missiles-fired-at-irbil'],
      ['zarif', 'zarif-is-foreign-minister'],
    ]);
    // Its fields are search's and the query's: `--fields query,id` picks them.
    const picked = await factq(['search', '-', '--fields', 'query,id,score', '--limit', '1'], { stdin: 'zarif\n' });
    expect(picked.stdout).toMatch(/^zarif\tzarif-is-foreign-minister\t0\.\d{4}\n$/);
  });
});

describe('queries from stdin, answered one at a time', () => {
  const stdin = 'erbil\nzarif\nxylophone\n';
  it('prints one JSON array, one csv header, and exits 0 when any query found something', async () => {
    const json = await factq(['search', '-', '--json', '--limit', '2'], { stdin });
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{ query: string }>;
    expect(rows.map((r) => r.query)).toEqual(['erbil', 'erbil', 'zarif', 'zarif']);
    // Indented as a single array would be.
    expect(json.stdout).toBe(JSON.stringify(rows, null, 2) + '\n');
    const csv = await factq(['search', '-', '--format', 'csv', '--limit', '1'], { stdin });
    expect(csv.stdout.split('\r\n').filter((l) => l.startsWith('query,'))).toHaveLength(1);
    expect((await factq(['search', '-', '--json'], { stdin: 'xylophone\n' })).stdout).toBe('[]\n');
    expect((await factq(['search', '-', '--json'], { stdin: 'xylophone\n' })).code).toBe(1);
  });

  // (A file of questions may hold comment lines, as shell and config files do: they are no questions.)
  it('skips comment lines in ask -', async () => {
    const r = await factq(['ask', '-', '--format', 'ndjson'], { stdin: '# weekly questions\nwho is zarif?\n  # another\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  // (An entity by the initials search and ask read it by: `POTUS` is Donald Trump.)
  it('finds an entity by its initials in entities and --entity', async () => {
    expect(JSON.parse((await factq(['entities', 'POTUS', '--json'])).stdout)[0].name).toBe('Donald Trump');
    const r = await factq(['list', '--entity', 'POTUS', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).every((f: { entities: string[] }) => f.entities.includes('Donald Trump'))).toBe(true);
  });

  it('exits 1 for ask - unless every question was answered', async () => {
    expect((await factq(['ask', '-', '-q'], { stdin: 'who is zarif?\n' })).code).toBe(0);
    expect((await factq(['ask', '-', '-q'], { stdin: 'who is zarif?\nwho won the world cup?\n' })).code).toBe(1);
  });

  // Bulk loads documents by id: an answer has none, so asking for it is a usage error, not id-less lines.
  it('refuses --format bulk for answers', async () => {
    const r = await factq(['ask', 'how many missiles hit al-Asad?', '--format', 'bulk']);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^factq: --format bulk .*no ids/);
    expect((await factq(['search', 'zarif', '--format', 'bulk', '--limit', '1'])).stdout).toMatch(/^\{"index":\{"_id":"zarif-is-foreign-minister"\}\}\n/);
  });

  // (An empty list, or blank lines only, is no usage error: nothing was found, as a script reading it expects.)
  it.each(['search', 'ask'])('%s - with no lines prints [] in json and exits 1', async (command) => {
    for (const stdin of ['', '\n  \n']) {
      const r = await factq([command, '-', '--json'], { stdin });
      expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout: '[]\n', stderr: '', code: 1 });
    }
  });

  it('tells a person typing at a terminal that it is waiting, and a pipe nothing', async () => {
    const typed = await factq(['search', '-'], { stdin: 'zarif\n', stdinTTY: true });
    expect(typed.stderr).toMatch(/^factq: reading queries, one a line \(Ctrl-D ends\)\n/);
    expect((await factq(['search', '-'], { stdin: 'zarif\n' })).stderr).toBe('');
  });
});

describe('ask', () => {
  it('prints the JSON contract', async () => {
    const r = await factq(['ask', 'how many missiles hit al-Asad?', '--json']);
    expect(r.code).toBe(0);
    const reply = JSON.parse(r.stdout);
    // (Fields are added, never renamed: "form" came after "verdict".)
    expect(Object.keys(reply)).toEqual(['question', 'answer', 'facts', 'verdict', 'form']);
    expect(reply.answer).toBe('17 missiles');
    expect(reply.verdict).toBeNull();
    expect(reply.form).toBe('short');
    expect(reply.facts[0]).toMatchObject({ id: 'missiles-fired-at-al-asad', question: 1, paragraph: 2 });
  });

  // (And a pinpointed answer from the nearest fact given whole: "form".)
  it('says whether the answer is worded for the question or a fact given whole', async () => {
    const whole = JSON.parse((await factq(['ask', 'is Trump speaking Wednesday evening?', '--json'])).stdout);
    expect(whole).toMatchObject({ verdict: 'unsettled', form: 'fact' });
    expect(whole.answer).toBe(whole.facts[0].text);
    const yes = JSON.parse((await factq(['ask', 'is Trump speaking Wednesday morning?', '--json'])).stdout);
    expect(yes).toMatchObject({ verdict: 'yes', form: 'fact' });
  });

  // (A script tells a yes or no from the nearest fact given where the facts cannot settle one.)
  it.each([
    ['were any british troops hurt?', 'no'],
    ['did the us kill soleimani?', 'yes'],
    ['did the us retaliate?', 'unsettled'],
  ])('gives %s the verdict %s', async (q, verdict) => {
    const r = await factq(['ask', q, '--json']);
    expect(JSON.parse(r.stdout).verdict).toBe(verdict);
    expect((await factq(['ask', q, '--format', 'tsv', '--fields', 'verdict'])).stdout.trim().split('\n').at(-1)).toBe(verdict);
  });

  it('prints a null answer and exits 1 when it cannot answer', async () => {
    const r = await factq(['ask', 'who won the world cup', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ question: 'who won the world cup', answer: null, facts: [], verdict: null, form: null });
  });

  it('answers stdin questions as an array, or one object a line', async () => {
    const stdin = 'how many missiles were fired?\nwhat is the capital of France?\n';
    const json = await factq(['ask', '-', '--json'], { stdin });
    expect(JSON.parse(json.stdout).map((r: { answer: string | null }) => r.answer)).toEqual(['22 missiles', null]);
    expect(json.code).toBe(1);
    const nd = await factq(['ask', '-', '--format', 'ndjson'], { stdin });
    expect(nd.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('goes on past a question too long to ask: its answer null, its reason on stderr, the JSON closed, exit 2', async () => {
    // (A new user's script lost every answer after one over-long line, and jq read half an array.)
    const stdin = `how many missiles were fired?\nhow many missiles ${'very '.repeat(500)}\nwho is zarif?\n`;
    const json = await factq(['ask', '-', '--json'], { stdin });
    expect(JSON.parse(json.stdout).map((r: { answer: string | null }) => r.answer)).toEqual(['22 missiles', null, expect.stringMatching(/Zarif/)]);
    expect(json.stderr).toMatch(/^factq: a question of \d+ characters is too long/m);
    expect(json.code).toBe(2);
    const nd = await factq(['ask', '-', '--format', 'ndjson'], { stdin });
    expect(nd.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(nd.code).toBe(2);
  });

  it('prints questions read from a file as one table, its ids whole, one a line', async () => {
    const stdin = 'who fired the missiles?\nwhat is the capital of France?\nhow many missiles hit al-asad?\n';
    const r = await factq(['ask', '-', '--format', 'table'], { stdin });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('QUESTION'))).toHaveLength(1);
    for (const id of ['iran-fired-22-missiles', 'missiles-fired-at-irbil', 'missiles-fired-at-al-asad']) expect(lines.some((l) => l.trimEnd().endsWith(id))).toBe(true);
    expect(r.stdout).toContain('capital of');
    expect(r.code).toBe(1);
  });

  it('answers each question typed at a terminal as it comes', async () => {
    const stdin = 'who fired the missiles?\nhow many missiles hit al-asad?\n';
    const r = await factq(['ask', '-', '--format', 'table'], { stdin, stdinTTY: true });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('QUESTION'))).toHaveLength(2);
  });

  it('says on stderr when the facts do not settle a yes or no, at a terminal and in a pipe', async () => {
    const tty = await factq(['ask', 'was soleimani a general?', '--color', 'never'], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toBe('factq: the article does not say yes or no to this; above is what it says nearest to it\n');
    expect((await factq(['ask', 'was soleimani a general?'])).stderr).toBe('factq: the article does not say yes or no to this; above is what it says nearest to it\n');
    expect((await factq(['ask', 'did iran fire 22 missiles?'], { tty: true })).stderr).toBe('');
  });

  it('puts the answer first on a terminal, then the facts with their sources', async () => {
    const r = await factq(['ask', 'when will trump speak', '--color', 'never'], { tty: true });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Wednesday morning, US time');
    expect(r.stdout).toContain('question 4, paragraph 10, according to article');
  });

  it('explains itself', async () => {
    const r = await factq(['ask', 'how many missiles hit al-Asad?', '--explain', '--format', 'text']);
    expect(r.stdout).toMatch(/why: intent count/);
    expect(r.stdout).toMatch(/confidence/);
  });
  // (The question's words as asked, not the stems the index holds: "missiles", not "missil".)
  it('names the words it read as asked', async () => {
    const r = await factq(['ask', 'which base was hit hardest?', '--explain', '--format', 'text']);
    expect(r.stdout).toMatch(/why: intent where; words base, hit; about base/);
    const j = await factq(['ask', 'how many missiles hit al asad', '--explain', '--json']);
    expect(JSON.parse(j.stdout).explain).toMatchObject({ terms: ['@al-Asad airbase', 'missil', 'hit'], words: ['al-Asad airbase', 'missiles', 'hit'] });
  });
  it('explains itself in a pipe too, where it would otherwise print tsv', async () => {
    const r = await factq(['ask', 'how many missiles hit al-Asad?', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/why: intent count/);
  });
  it.each(['tsv', 'csv', 'table'])('refuses --explain with --format %s, which has no room for it', async (format) => {
    const r = await factq(['ask', 'how many missiles hit al-Asad?', '--explain', '--format', format]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`factq: --explain shows in the text, json and ndjson formats, not ${format}\n`);
  });
});

describe('--json beside --format', () => {
  it('refuses two formats asked at once, rather than print one of them', async () => {
    const r = await factq(['search', 'missiles', '--json', '-f', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('factq: --json and --format csv ask for two formats: give one\n');
  });
  it('takes the same format asked twice', async () => {
    const r = await factq(['search', 'missiles', '--json', '-f', 'json', '--limit', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});

describe('colour', () => {
  it.each<[string, boolean, Record<string, string>, string[], boolean]>([
    ['terminal', true, {}, [], true],
    ['pipe', false, {}, ['--format', 'table'], false],
    ['NO_COLOR on a terminal', true, { NO_COLOR: '1' }, [], false],
    ['TERM=dumb', true, { TERM: 'dumb' }, [], false],
    ['FORCE_COLOR in a pipe', false, { FORCE_COLOR: '1' }, ['--format', 'table'], true],
    ['NO_COLOR beats FORCE_COLOR', false, { NO_COLOR: '1', FORCE_COLOR: '1' }, ['--format', 'table'], false],
    ['--color always in a pipe', false, {}, ['--format', 'table', '--color', 'always'], true],
    ['--color never on a terminal', true, {}, ['--color', 'never'], false],
  ])('%s', async (_name, tty, env, extra, coloured) => {
    const r = await factq(['search', 'missiles', ...extra], { tty, env });
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });

  it('never colours tsv, csv or json', async () => {
    for (const format of ['tsv', 'csv', 'json', 'ndjson']) {
      const r = await factq(['search', 'missiles', '--format', format, '--color', 'always']);
      expect(r.stdout.includes(ESC), format).toBe(false);
    }
  });
});
