// The shell completion scripts. They are thin: each asks `factq __complete SHELL -- WORDS...` for the
// candidates, so completion always offers what the commands accept, from the dataset in use.

/** Shells factq writes completion scripts for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

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
    # One \`word:about\` a line (a colon in the word escaped): _describe shows the about beside the word.
    local -a candidates
    candidates=("\${(@f)out}")
    _describe -t factq factq candidates
  fi
}
# Autoloaded from fpath, this file is the body of _factq: complete now. Sourced, register the function.
if [[ $funcstack[1] == _factq ]]; then
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
