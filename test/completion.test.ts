// Completion, tested for real: the bash script sourced in bash with COMP_WORDS set, zsh driven as a person
// would through a pseudo-terminal (zpty) pressing Tab, and fish through `complete -C`, where those shells
// are installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { complete } from '../src/cli/completion.js';
import { COMMANDS } from '../src/commands/index.js';
import { bundled, bundledCorpus } from '../src/core/dataset.js';
import { factq } from './run.js';

const bin = fileURLToPath(new URL('../bin/factq.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'factq-completion-'));
symlinkSync(bin, join(dir, 'factq'));
const PATH = `${dir}:${process.env.PATH}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const has = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** COMPREPLY after completing the last of `words` (an empty string completes a new word). */
function bashComplete(words: string[]): string[] {
  const script = (spawnSync(process.execPath, [bin, 'completion', 'bash'], { encoding: 'utf8' })).stdout;
  writeFileSync(join(dir, 'factq.bash'), script);
  const quoted = ['factq', ...words].map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
  // stdin from /dev/null: on a socket, Debian's bash takes itself for a remote shell and reads ~/.bashrc.
  const r = spawnSync(
    'bash',
    ['--norc', '--noprofile', '-c', `source '${join(dir, 'factq.bash')}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length}; _factq; printf '%s\\n' "\${COMPREPLY[@]}"`],
    { encoding: 'utf8', env: { PATH }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it.each<[string[], string[]]>([
    [[''], ['search', 'ask', 'questions', 'list', 'show', 'entities', 'schema', 'validate', 'extract', 'completion']],
    [['se'], ['search']],
    [['list', '--ty'], ['--type']],
    [['list', '--type', ''], ['event', 'casualties', 'statement', 'assessment', 'prediction', 'threat', 'background']],
    [['search', 'x', '--format', 'n'], ['ndjson']],
    [['list', '--color', ''], ['auto', 'always', 'never']],
    [['questions', ''], ['1', '2', '3', '4', '5', '6']],
    [['list', '--question', '4'], ['4']],
    [['show', 'no-uk'], ['no-uk-casualties']],
    [['list', '--entity', 'Don'], ['Donald\\ Trump']],
    [['list', '--fields', 'id,te'], ['id,text']],
    [['completion', ''], ['bash', 'zsh', 'fish']],
    // bash splits --format=j at the = (COMP_WORDBREAKS): the value completes.
    [['list', '--format', '=', 'j'], ['json']],
    [['list', '--type', '=', 'ca'], ['casualties']],
    // A multi-word name typed so far, escaped as bash escapes it; aliases too.
    [['list', '--entity', 'United\\ K'], ['United\\ Kingdom']],
    [['list', '--entity', 'Er'], ['Erbil', 'Erbil\\ base']],
  ])('%j', (words, expected) => {
    expect(bashComplete(words)).toEqual(expected);
  });

  it('completes ids from the dataset named by --data', () => {
    const data = join(dir, 'mini.json');
    const d = structuredClone(bundled());
    d.facts = [{ ...d.facts[0]!, id: 'my-own-fact' }];
    writeFileSync(data, JSON.stringify(d));
    expect(bashComplete(['--data', data, 'show', 'my-'])).toEqual(['my-own-fact']);
  });

  it('lets bash complete file names after --data', () => {
    writeFileSync(join(dir, 'zz-data.json'), '{}');
    expect(bashComplete(['list', '--data', join(dir, 'zz-d')])).toEqual([join(dir, 'zz-data.json')]);
  });
});

describe('completion scripts', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that calls back into factq', async (shell) => {
    const r = await factq(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`factq __complete ${shell}`);
  });

  it('refuses an unknown shell', async () => {
    const r = await factq(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factq: .*tcsh/);
  });

  it.skipIf(!has('zsh'))('zsh -n accepts the zsh script', async () => {
    writeFileSync(join(dir, '_factq'), (await factq(['completion', 'zsh'])).stdout);
    const r = spawnSync('zsh', ['-n', join(dir, '_factq')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish -n accepts the fish script', async () => {
    writeFileSync(join(dir, 'factq.fish'), (await factq(['completion', 'fish'])).stdout);
    const r = spawnSync('fish', ['-n', join(dir, 'factq.fish')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish completes entity names through the script', async () => {
    writeFileSync(join(dir, 'factq.fish'), (await factq(['completion', 'fish'])).stdout);
    const r = spawnSync('fish', ['-c', `source ${join(dir, 'factq.fish')}; complete -C 'factq list --entity Dona'`], {
      encoding: 'utf8',
      env: { PATH, HOME: dir },
    });
    // Fish shows what follows the tab beside the word.
    expect(r.stdout.split('\n')).toContain('Donald Trump\tperson');
  });

  it.skipIf(!has('fish'))('fish completes a file to validate', async () => {
    writeFileSync(join(dir, 'factq.fish'), (await factq(['completion', 'fish'])).stdout);
    writeFileSync(join(dir, 'fish-typed.json'), '{}');
    const r = spawnSync('fish', ['-c', `source ${join(dir, 'factq.fish')}; complete -C 'factq validate ${dir}/fish-t'`], { encoding: 'utf8', env: { PATH, HOME: dir } });
    expect(r.stdout.split('\n').map((l) => l.split('\t')[0])).toContain(join(dir, 'fish-typed.json'));
  });

  it.skipIf(!has('fish'))('fish shows what each command does', async () => {
    writeFileSync(join(dir, 'factq.fish'), (await factq(['completion', 'fish'])).stdout);
    const r = spawnSync('fish', ['-c', `source ${join(dir, 'factq.fish')}; complete -C 'factq se'`], { encoding: 'utf8', env: { PATH, HOME: dir } });
    expect(r.stdout).toMatch(/^search\tfuzzy-search the facts/m);
  });
});

/**
 * The screen after typing `line` and pressing Tab (twice if need be) in an interactive zsh with compinit
 * and factq's completion function on fpath, through zsh's own pseudo-terminal module, escape sequences
 * removed. It waits for `expected` to show rather than for a fixed time: a loaded machine is slow.
 */
function zshTyped(line: string, expected: string, install: 'fpath' | 'source' = 'fpath'): string {
  const fn = join(dir, 'zfunc');
  mkdirSync(fn, { recursive: true });
  writeFileSync(join(fn, '_factq'), spawnSync(process.execPath, [bin, 'completion', 'zsh'], { encoding: 'utf8' }).stdout);
  const driver = `
setopt extendedglob
zmodload zsh/zpty
zpty -b z zsh -f -i
zpty -w z "PS1='RE''ADY> '; PATH=${dir}:\\$PATH; ${install === 'fpath' ? `fpath=(${fn} \\$fpath); ` : ''}autoload -Uz compinit; compinit -u -D; ${install === 'source' ? `source ${join(fn, '_factq')}; ` : ''}setopt nobeep"
local out='' chunk
# Read what the terminal shows until it holds $2, for at most $1 tenths of a second.
wait_for() { local i; for (( i = 0; i < $1; i++ )); do while zpty -r -t z chunk; do out+=$chunk; done; [[ \${out//$'\\e'\\[[0-9;?]#[a-zA-Z]/} == *"$2"* ]] && return 0; sleep 0.1; done; return 1 }
# The prompt, once compinit is done (the command's echo spells it apart, so only the prompt matches).
wait_for 100 'READY> '
zpty -w -n z "$1"
wait_for 50 "$1"
zpty -w -n z $'\\t'
wait_for 50 "$2" || { print -n SECOND-TAB; zpty -w -n z $'\\t'; wait_for 100 "$2"; }
print -r -- "$out"
zpty -d z`;
  writeFileSync(join(dir, 'drive.zsh'), driver);
  const r = spawnSync('zsh', ['-f', join(dir, 'drive.zsh'), line, expected], { encoding: 'utf8', env: { PATH, HOME: dir }, timeout: 30_000 });
  // eslint-disable-next-line no-control-regex
  return r.stdout.replace(/\u001b\[[?0-9;]*[a-zA-Z]/g, '').replace(/\r/g, '');
}

describe.skipIf(!has('zsh'))('zsh, at an interactive prompt', () => {
  it.each([
    ['a multi-word entity name', 'factq list --entity United\\ K', 'factq list --entity United\\ Kingdom'],
    ['an alias', 'factq list --entity Donald\\ T', 'factq list --entity Donald\\ Trump'],
    ['--option=value', 'factq list --format=j', 'factq list --format=json'],
    ['a file to validate', 'factq validate DIR/zsh-t', 'factq validate DIR/zsh-typed.json'],
  ])('completes %s', (_, typed, expected) => {
    writeFileSync(join(dir, 'zsh-typed.json'), '{}');
    const want = expected.replace('DIR', dir);
    expect(zshTyped(typed.replace('DIR', dir), want)).toContain(want);
  });

  // The first Tab of a new shell must complete: an autoloaded completion function that only registers
  // itself leaves that Tab doing nothing.
  it.each(['fpath', 'source'] as const)('completes at the first Tab, installed by %s', (install) => {
    const screen = zshTyped('factq list --format=j', 'factq list --format=json', install);
    expect(screen).toContain('factq list --format=json');
    expect(screen).not.toContain('SECOND-TAB');
  });

  it('shows what each command does beside its name', () => {
    expect(zshTyped('factq s', 'fuzzy-search')).toMatch(/search +-- fuzzy-search the facts/);
  });
});

describe('the completion engine', () => {
  it('never offers hidden commands', () => {
    expect(complete(COMMANDS, bundledCorpus(), ['__']).values).toEqual([]);
  });
  // Each command's --fields offers the fields of what it prints: `questions` prints questions, and
  // `questions N` facts.
  it.each<[string[], string[]]>([
    [['questions', '--fields', ''], ['article', 'number', 'text', 'facts']],
    [['questions', '2', '--fields', 'te'], ['text']],
    [['entities', '--fields', 'ki'], ['kind']],
    [['ask', 'x', '--fields', 'ans'], ['answer']],
    // (Of those, the ones the command fills: a score is a search's, entity details show's.)
    [['list', '--fields', 's'], []],
    [['search', 'x', '--fields', 's'], ['score']],
    [['list', '--fields', 'enti'], ['entities']],
    [['show', 'x', '--fields', 'enti'], ['entities', 'entityDetails']],
  ])('offers the fields of what the command prints: %j', (words, expected) => {
    expect(complete(COMMANDS, bundledCorpus(), words).values).toEqual(expected);
  });
  it('completes --opt=value as one word, as zsh and fish pass it', () => {
    expect(complete(COMMANDS, bundledCorpus(), ['list', '--format=j']).values).toEqual(['--format=json']);
    expect(complete(COMMANDS, bundledCorpus(), ['list', "--entity='Donald"]).values).toEqual(['--entity=Donald Trump']);
    expect(complete(COMMANDS, bundledCorpus(), ['list', '--entity', "'Donald"]).values).toEqual(['Donald Trump']);
  });
  it('offers a file name for validate', () => {
    expect(complete(COMMANDS, bundledCorpus(), ['validate', 'mi'])).toEqual({ values: [], files: true });
  });
  it('offers options of the command and the global ones', () => {
    const values = complete(COMMANDS, bundledCorpus(), ['ask', '--']).values;
    expect(values).toEqual(expect.arrayContaining(['--explain', '--json', '--format', '--data', '--help']));
    expect(values).not.toContain('--limit');
  });
});
