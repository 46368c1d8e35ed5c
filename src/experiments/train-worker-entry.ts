// The training worker's entry when modelgate runs from its TypeScript sources (tests, tsx); the
// bundles start themselves instead (see train-worker.ts).
import { runTrainWorker } from './train-worker.js';

await runTrainWorker();
