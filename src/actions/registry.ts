/** CLI command name -> action definition, loaded lazily so one command never loads another's deps. */
import type { ActionDefinition } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: Record<string, () => Promise<ActionDefinition<any>>> = {
  run: async () => (await import('./run.js')).default,
  'evaluate-model': async () => (await import('./evaluate-model.js')).default,
  'compare-to-baseline': async () => (await import('./compare-to-baseline.js')).default,
  train: async () => (await import('./train.js')).default,
  'validate-data': async () => (await import('./validate-data.js')).default,
  deploy: async () => (await import('./deploy.js')).default,
  register: async () => (await import('./register.js')).default,
  monitor: async () => (await import('./monitor.js')).default,
  retrain: async () => (await import('./retrain.js')).default,
};
