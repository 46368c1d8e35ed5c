// Entry of the monitor action: `run()` as @github/local-action and the bundle call it.
import def from '../actions/monitor.js';
import { runAction } from '../actions/runtime.js';

export const run = (): Promise<void> => runAction(def);
