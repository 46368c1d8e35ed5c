// Predictions files are artifacts (from a pull request's run, perhaps): a cell evaluate-model never
// writes is refused with the file and line, never paired as NaN (found by test/integration/compare-fuzz).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaired } from '../../../src/gates/paired-data.js';
import { DataError } from '../../../src/errors.js';
import type { Evaluation } from '../../../src/model/evaluate.js';
import { tempDir } from '../../helpers.js';

function setup(task: Evaluation['task'], classes: string[], c: string, b: string) {
  const dir = tempDir();
  writeFileSync(join(dir, 'c.csv'), c);
  writeFileSync(join(dir, 'b.csv'), b);
  const ev = (p: string) => ({ task, classes, positiveLabel: task === 'binary' ? classes[1] : null, predictions: join(dir, p) }) as unknown as Evaluation;
  return { dir, load: () => loadPaired(ev('c.csv'), join(dir, 'c.json'), ev('b.csv'), join(dir, 'b.json')) };
}

describe('loadPaired refuses cells evaluate-model never writes', () => {
  const ok = 'row,label,score,prediction\n0,1,0.9,1\n1,0,0.2,0\n';

  it('pairs clean files', () => {
    expect(setup('binary', ['0', '1'], ok, ok).load().n).toBe(2);
  });

  it('a binary score that is not a probability', () => {
    for (const bad of ['abc', '', '1.5', 'NaN']) {
      const { dir, load } = setup('binary', ['0', '1'], ok, `row,label,score,prediction\n0,1,0.9,1\n1,0,${bad},0\n`);
      expect(load).toThrow(DataError);
      expect(load).toThrow(`${join(dir, 'b.csv')}:3: score '${bad}' is not a probability in [0, 1]`);
    }
  });

  it('a binary label outside the classes (not silently a negative)', () => {
    const text = 'row,label,score,prediction\n0,1,0.9,1\n1,2,0.2,0\n';
    const { dir, load } = setup('binary', ['0', '1'], text, text);
    expect(load).toThrow(`${join(dir, 'c.csv')}:3: label '2' is not one of the evaluation's classes ('0', '1')`);
  });

  it('a regression prediction that is not a finite number', () => {
    const c = 'row,label,prediction\n0,3.5,3.1\n1,2,"1e400"\n';
    const { dir, load } = setup('regression', [], c, 'row,label,prediction\n0,3.5,3\n1,2,2\n');
    expect(load).toThrow(`${join(dir, 'c.csv')}:3: prediction '1e400' is not a finite number`);
  });

  it('a multiclass label or prediction outside the classes, a probability outside [0, 1]', () => {
    const head = 'row,label,prediction,p_a,p_b\n';
    const good = `${head}0,a,a,0.7,0.3\n`;
    const unknown = setup('multiclass', ['a', 'b'], `${head}0,z,a,0.7,0.3\n`, `${head}0,z,a,0.6,0.4\n`);
    expect(unknown.load).toThrow(`${join(unknown.dir, 'c.csv')}:2: label 'z' is not one of the evaluation's classes ('a', 'b')`);
    const prob = setup('multiclass', ['a', 'b'], good, `${head}0,a,b,-0.2,1.2\n`);
    expect(prob.load).toThrow(`${join(prob.dir, 'b.csv')}:2: p_a '-0.2' is not a probability in [0, 1]`);
  });
});
