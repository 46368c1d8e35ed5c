// Entry of the retrain action: `run()` as @github/local-action and the bundle call it.
import def from '../actions/retrain.js';
import { runAction } from '../actions/runtime.js';

export const run = (): Promise<void> => runAction(def);
