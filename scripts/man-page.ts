// Run by the build: print factq(1), made from the command list and the option table.
import { manPage } from '../src/cli/reference.js';
import { DESCRIPTION, VERSION } from '../src/cli/program.js';
import { COMMANDS } from '../src/commands/index.js';

process.stdout.write(manPage(COMMANDS, VERSION, DESCRIPTION));
