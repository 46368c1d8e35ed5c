#!/usr/bin/env node
// The `modelgate` executable: runs the CLI and sets the exit status (3 only for a bug).
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`modelgate: internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
  },
);
