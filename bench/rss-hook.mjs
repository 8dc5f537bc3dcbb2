// Loaded with `node --import`: report the process's peak RSS on stderr as it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nfactq-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`));
