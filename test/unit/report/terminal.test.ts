// Terminal tables: aligned, no markdown, no escape sequence from data; printed only on a TTY.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonText, evaluationText, plain, textTable, COLOUR } from '../../../src/report/terminal.js';
import { terminalReport } from '../../../src/cli/terminal.js';
import { binaryEvaluation, hostileComparison } from './fixtures.js';
import { tempDir } from '../../helpers.js';

const ESCAPES = '\x1b[2J\x1b]0;owned\x07\rX';

describe('terminal tables', () => {
  it('aligns columns, numbers to the right', () => {
    const t = textTable(['name', 'value'], [['a', '1.5'], ['longer', '10']], [false, true]).split('\n');
    expect(t).toEqual(['name    value', '──────  ─────', 'a         1.5', 'longer     10', '']);
  });

  it('strips control characters from data: no escape sequence reaches the terminal', () => {
    expect(plain(`a${ESCAPES}b`)).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
    const ev = binaryEvaluation(500, 1, [`x${ESCAPES}`]);
    ev.model.path = `m${ESCAPES}.onnx`;
    const text = evaluationText(ev);
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(text).not.toContain('|');
    expect(text).toMatch(/^roc_auc +0\.\d+ +\[0\.\d+, 0\.\d+\] +delong$/m);
    const c = hostileComparison();
    c.gates[1].slice = { column: ESCAPES, value: ESCAPES };
    const ct = comparisonText(c);
    expect(ct).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(ct).toMatch(/^accuracy +max-regression 0\.01 +0\.8 +0\.78 +-0\.02 +\[-0\.03, -0\.011\] +0\.02 +FAIL$/m);
    // Colour only around our own words.
    expect(comparisonText(c, COLOUR)).toContain('\x1b[31mFAIL\x1b[0m');
  });

  it('reads the report an evaluate-model or compare-to-baseline run wrote; nothing for other commands', () => {
    const dir = tempDir();
    const file = join(dir, 'evaluation.json');
    writeFileSync(file, JSON.stringify(binaryEvaluation(300, 2)));
    expect(terminalReport('evaluate-model', { report: file }, { NO_COLOR: '1' })).toMatch(/^binary, 300 rows/);
    expect(terminalReport('validate-data', { report: file }, {})).toBe('');
    expect(terminalReport('compare-to-baseline', { report: file }, {})).toBe('');
  });

});
