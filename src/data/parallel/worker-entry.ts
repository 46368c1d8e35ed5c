// The worker thread's entry when modelgate runs from its TypeScript sources (tests, tsx); the
// bundles start themselves instead (see worker.ts).
import { runScanWorker } from './worker.js';

runScanWorker();
