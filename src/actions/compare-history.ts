/** compare-to-baseline: with a registry baseline, the comment gains the gated metrics' history. */
import type { Comparison } from '../gates/compare.js';
import type { Logger } from '../lib/logger.js';
import { recentVersions } from '../registry/pull-input.js';
import { historySection } from '../report/registry-history.js';

export async function withRegistryHistory(ref: string, comparison: Comparison, markdown: string, render: (c: Comparison) => string, log: Logger, last = 10): Promise<{ markdown: string; render: (c: Comparison) => string }> {
  let section = '';
  try {
    const versions = await recentVersions(ref, last);
    const overall = comparison.gates.filter((g) => !g.slice);
    const metrics = [...new Set(overall.map((g) => g.metric))];
    const candidate = Object.fromEntries(overall.map((g) => [g.metric, g.candidate]));
    section = historySection(versions, metrics, candidate);
  } catch (e) {
    // The history is context, not the verdict: a registry that cannot be listed leaves it out.
    log.warning(`no version history in the comment: ${(e as Error).message}`);
  }
  return { markdown: markdown + section, render: (c) => render(c) + section };
}
