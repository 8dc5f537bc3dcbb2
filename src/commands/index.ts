// The CLI's commands, in the order help lists them. Adding a command is a file beside this one and a line
// here.
import { ask } from './ask.js';
import type { CommandSpec } from './command.js';
import { completeWords } from './complete.js';
import { completion } from './completion.js';
import { entities } from './entities.js';
import { extract } from './extract.js';
import { list } from './list.js';
import { questions } from './questions.js';
import { schema } from './schema.js';
import { search } from './search.js';
import { show } from './show.js';
import { validate } from './validate.js';

export const COMMANDS: readonly CommandSpec[] = [search, ask, questions, list, show, entities, schema, validate, extract, completion, completeWords];
