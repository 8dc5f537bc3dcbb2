// The bundle's entry: run the CLI. Kept apart from cli.ts so importing cli.ts (in tests) runs nothing.
import { main } from './cli.js';

void main();
