import { SHELLS, completionScript } from '../cli/completion-scripts.js';
import type { Shell } from '../cli/completion-scripts.js';
import type { CommandSpec } from './command.js';

/** `factq completion SHELL`: the shell's completion script. */
export const completion: CommandSpec = {
  name: 'completion',
  summary: 'print a shell completion script (see the README to install it)',
  args: [{ name: 'shell', help: 'the shell', required: true, choices: SHELLS, complete: () => [...SHELLS] }],
  options: [],
  examples: [
    'factq completion bash > ~/.local/share/bash-completion/completions/factq',
    'factq completion zsh > "${fpath[1]}/_factq"',
    'factq completion fish > ~/.config/fish/completions/factq.fish',
  ],
  output: 'text',
  run({ args }) {
    return { output: { kind: 'text', text: completionScript(args[0] as Shell) } };
  },
};
