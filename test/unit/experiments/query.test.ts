// exp show's --where language and sorting, on run records.
import { describe, expect, it } from 'vitest';
import { parseWhere, sortRuns, whereFilter } from '../../../src/experiments/query.js';
import { makeRun } from './runs.js';

const runs = [
  makeRun({ at: 1, params: { C: 0.1, solver: 'lbfgs' }, metrics: { roc_auc: { value: 0.81, ci: [0.78, 0.84] } }, git: { commit: 'a'.repeat(40), branch: 'main', dirty: false } }),
  makeRun({ at: 2, params: { C: 1, solver: 'lbfgs' }, metrics: { roc_auc: { value: 0.86, ci: [0.83, 0.89] } }, git: { commit: 'b'.repeat(40), branch: 'feature/x', dirty: false }, pullRequest: 7 }),
  makeRun({ at: 3, params: { C: '10', solver: 'saga' }, metrics: { roc_auc: { value: 0.84, ci: [0.8, 0.88] } }, git: { commit: 'c'.repeat(40), branch: 'feature/x', dirty: true }, pullRequest: 7 }),
  makeRun({ at: 4, source: 'train', params: { alpha: 2 }, metrics: {} }),
];
const ids = (rs: typeof runs) => rs.map((r) => runs.indexOf(r));
const where = (e: string) => ids(runs.filter(whereFilter(e)));

describe('--where', () => {
  it('compares params and metrics as numbers, a numeric text param too', () => {
    expect(where('params.C > 0.5')).toEqual([1, 2]);
    expect(where('params.C >= 1 and metrics.roc_auc < 0.85')).toEqual([2]);
    expect(where('metrics.roc_auc.low > 0.8')).toEqual([1]);
  });
  it('has or, not, parentheses and precedence (and binds tighter than or)', () => {
    expect(where("params.solver == 'saga' or params.C < 0.5 and branch = 'main'")).toEqual([0, 2]);
    expect(where("(params.solver == 'saga' or params.C < 0.5) and branch = 'main'")).toEqual([0]);
    expect(where('not params.C > 0.5')).toEqual([0, 3]);
    expect(where('pr == 7 && !(commit ~ "bbb")')).toEqual([2]);
  });
  it('a missing value compares false, except with null', () => {
    expect(where('params.C < 100')).toEqual([0, 1, 2]);
    expect(where('params.C == null')).toEqual([3]);
    expect(where('params.C != null')).toEqual([0, 1, 2]);
    expect(where("source == 'train'")).toEqual([3]);
  });
  it('never evaluates code: JavaScript is a syntax error or an unknown field', () => {
    expect(() => parseWhere('process.exit(1)')).toThrow(/unknown field 'process.exit'/);
    expect(() => parseWhere('params.C > 0.5; require("fs")')).toThrow(/unexpected ';' at column 15/);
    expect(() => parseWhere('params.C >')).toThrow(/ends too soon/);
    expect(() => parseWhere("branch == 'main")).toThrow(/unterminated text at column 11/);
    expect(() => parseWhere('')).toThrow(/empty expression/);
    expect(() => parseWhere('(params.C > 1')).toThrow(/expected '\)'/);
  });
});

describe('sortRuns', () => {
  it('sorts ascending or descending (-field), missing values last, ties by time', () => {
    expect(ids(sortRuns(runs, ['-metrics.roc_auc']))).toEqual([1, 2, 0, 3]);
    expect(ids(sortRuns(runs, ['metrics.roc_auc']))).toEqual([0, 2, 1, 3]);
    expect(ids(sortRuns(runs, ['branch', '-params.C']))).toEqual([2, 1, 0, 3]);
    expect(() => sortRuns(runs, ['nope'])).toThrow(/unknown field 'nope'/);
  });
});
