// A process that records runs into a store: `writer.ts <store> <count> <tag>` (the concurrency test
// starts 8 of them at once; the interruption test kills one mid-write).

import { openRunStore } from '../../../src/experiments/store.js';
import { makeRun } from '../../unit/experiments/runs.js';

const [spec, count, tag] = process.argv.slice(2);
const store = openRunStore(spec)!;

for (let i = 0; i < Number(count); i++) {
  // Large params so a write takes more than one system call.
  const params: Record<string, string | number> = { writer: tag, i };
  for (let k = 0; k < 200; k++) params[`p${k}`] = `${tag}-${i}-${k}`.repeat(20);
  await store.put(makeRun({ at: i, params, metrics: { accuracy: { value: i / 100, ci: [0, 1] } } }));
}
process.stdout.write('done\n');
