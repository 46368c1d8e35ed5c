import { describe, expect, it } from 'vitest';
import { historySection } from '../../../src/report/registry-history.js';

describe('PR comment history of registered versions', () => {
  const versions = [
    { version: 'v1', status: 'approved', aliases: ['production'], metrics: { accuracy: 0.9, 'log_loss': 0.3 } },
    { version: 'v2', status: 'rejected', aliases: [], metrics: { accuracy: 0.85, 'log_loss': null } },
  ];

  it('tabulates the gated metrics per version and the candidate, and charts them', () => {
    const md = historySection(versions, ['accuracy', 'log_loss'], { accuracy: 0.92, log_loss: 0.25 });
    expect(md).toContain('| version | status | accuracy | log&#95;loss |');
    expect(md).toContain('| v1 (production) | approved | 0.9 | 0.3 |');
    expect(md).toContain('| v2 | rejected | 0.85 | – |');
    expect(md).toContain('| **this PR** |  | **0.92** | **0.25** |');
    expect(md).toContain('x-axis ["v1", "v2", "PR"]');
    expect(md).toContain('line [0.9, 0.85, 0.92]');
    expect(md).toMatch(/y-axis "accuracy" 0\.843 --> 0\.927/);
  });

  it('says nothing without versions or gates, and keeps markup out of labels', () => {
    expect(historySection([], ['accuracy'], {})).toBe('');
    expect(historySection(versions, [], {})).toBe('');
    const odd = 'acc"]<x>';
    const md = historySection([{ version: 'v1', aliases: [], metrics: { [odd]: 0.5 } }], [odd], { [odd]: 1 });
    expect(md).not.toContain('<x>');
    expect(md).toMatch(/title "acc_+x_?"/);
  });
});
