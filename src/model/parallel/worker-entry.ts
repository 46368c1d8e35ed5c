// The evaluation worker's entry when modelgate runs from its TypeScript sources (tests, tsx); the
// bundles start themselves instead (see worker.ts).
import { runEvalWorker } from './worker.js';

runEvalWorker();
