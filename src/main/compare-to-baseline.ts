// Entry of the compare-to-baseline action: `run()` as @github/local-action and the bundle call it.
import def from '../actions/compare-to-baseline.js';
import { runAction } from '../actions/runtime.js';

export const run = (): Promise<void> => runAction(def);
