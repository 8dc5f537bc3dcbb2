// Shell completion. The scripts are thin: they ask `factq __complete SHELL -- WORDS...` for candidates,
// and the answer comes from the commander program itself and from the dataset in use, so completion
// always offers exactly what the commands accept.
import type { Command, Option } from 'commander';
import type { Dataset } from '../core/model.js';
import { fieldNames } from '../render/records.js';
import type { RecordKind } from '../render/records.js';

/** Shells factq writes completion scripts for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

// Where option values and arguments come from, when commander's own choices do not say.
const OPTION_VALUES: Record<string, (d: Dataset, command: string) => string[]> = {
  '--entity': (d) => d.entities.map((e) => e.name),
  '--question': (d) => d.article.questions.map((q) => String(q.number)),
  '--fields': (_d, command) => fieldNames(COMMAND_KIND[command] ?? 'fact'),
};
const ARGUMENT_VALUES: Record<string, (d: Dataset) => string[]> = {
  show: (d) => d.facts.map((f) => f.id),
  questions: (d) => d.article.questions.map((q) => String(q.number)),
  completion: () => [...SHELLS],
};
const COMMAND_KIND: Record<string, RecordKind> = { entities: 'entity', ask: 'answer' };
/** Options whose value is a file name: the shell completes those itself. */
const FILE_OPTIONS = new Set(['--data']);

/** What to offer: words, or the shell's own file-name completion. */
export interface Candidates {
  values: string[];
  files: boolean;
}

function flagsOf(options: readonly Option[]): string[] {
  return options.flatMap((o) => [o.long, o.short]).filter((f): f is string => Boolean(f));
}

function findOption(options: readonly Option[], flag: string): Option | undefined {
  return options.find((o) => o.long === flag || o.short === flag);
}

/** Candidates for the last of `words` (the word being typed; the others are the words before it). */
export function complete(program: Command, dataset: Dataset, words: readonly string[]): Candidates {
  const cur = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const commands = program.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden);
  const globals = program.options;

  let command: Command | undefined;
  let positional = 0;
  let pendingValue: Option | undefined;
  for (const w of before) {
    if (pendingValue) {
      pendingValue = undefined;
      continue;
    }
    const options = [...globals, ...(command?.options ?? [])];
    if (w.startsWith('-')) {
      const opt = findOption(options, w.split('=')[0]!);
      if (opt && (opt.required || opt.optional) && !w.includes('=')) pendingValue = opt;
    } else if (!command) command = commands.find((c) => c.name() === w || c.aliases().includes(w));
    else positional++;
  }
  const name = command?.name() ?? '';
  const offer = (values: readonly string[]): Candidates => ({ values: matching(values, cur), files: false });

  if (pendingValue) {
    const flag = pendingValue.long ?? pendingValue.short ?? '';
    if (FILE_OPTIONS.has(flag)) return { values: [], files: true };
    if (pendingValue.argChoices) return offer(pendingValue.argChoices);
    const source = OPTION_VALUES[flag];
    if (!source) return { values: [], files: false };
    if (flag === '--fields') return fieldList(source(dataset, name), cur);
    return offer(source(dataset, name));
  }
  if (cur.startsWith('-')) return offer([...flagsOf(command?.options ?? []), ...flagsOf(globals), '--help']);
  if (!command) return offer(commands.map((c) => c.name()));
  const args = ARGUMENT_VALUES[name];
  // `questions` and `completion` take one argument; `show` takes any number of ids.
  if (!args || (name !== 'show' && positional > 0)) return { values: [], files: false };
  return offer(args(dataset));
}

// `--fields id,te` completes the part after the last comma, keeping what is before it.
function fieldList(fields: readonly string[], cur: string): Candidates {
  const cut = cur.lastIndexOf(',') + 1;
  const head = cur.slice(0, cut);
  const chosen = new Set(head.split(',').filter(Boolean));
  return { values: matching(fields.filter((f) => !chosen.has(f)), cur.slice(cut)).map((f) => head + f), files: false };
}

function matching(values: readonly string[], prefix: string): string[] {
  const p = prefix.toLowerCase();
  return [...new Set(values)].filter((v) => v.toLowerCase().startsWith(p));
}

/** The candidates as the shell's script reads them: one a line; bash's with spaces escaped. */
export function formatCandidates(shell: Shell, c: Candidates): string {
  if (c.files) return ':files\n';
  const lines = shell === 'bash' ? c.values.map((v) => v.replace(/([\\\s'"$`!&;|<>(){}*?[\]#~])/g, '\\$1')) : c.values;
  return lines.map((l) => `${l}\n`).join('');
}

/** The completion script for a shell. */
export function completionScript(shell: Shell): string {
  return SCRIPTS[shell];
}

const SCRIPTS: Record<Shell, string> = {
  bash: `# factq completion for bash. Install: factq completion bash > ~/.local/share/bash-completion/completions/factq
_factq() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  local IFS=$'\\n'
  local out
  out=$(factq __complete bash -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [[ $out == ":files" ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($out)
  fi
}
complete -o default -F _factq factq
`,
  zsh: `#compdef factq
# factq completion for zsh. Install: factq completion zsh > "\${fpath[1]}/_factq", then restart zsh.
_factq() {
  local out
  out=$(factq __complete zsh -- "\${(@)words[2,CURRENT]}" 2>/dev/null) || return 1
  if [[ $out == ":files" ]]; then
    _files
  else
    local -a candidates
    candidates=("\${(@f)out}")
    compadd -- "\${candidates[@]}"
  fi
}
if [[ $zsh_eval_context[-1] == loadautoload ]]; then
  _factq "$@"
else
  compdef _factq factq
fi
`,
  fish: `# factq completion for fish. Install: factq completion fish > ~/.config/fish/completions/factq.fish
function __factq_complete
    set -l words (commandline -opc)[2..-1] (commandline -ct)
    set -l out (factq __complete fish -- $words 2>/dev/null)
    if test "$out" = ":files"
        __fish_complete_path (commandline -ct)
    else
        printf '%s\\n' $out
    end
end
complete -c factq -f -a '(__factq_complete)'
`,
};
