// The repository paths and branch names a retrain may write: checked before any call to GitHub.
import { describe, expect, it } from 'vitest';
import { checkBranch, checkRepoPath } from '../../../src/github/git-data.js';

describe('checkRepoPath', () => {
  it('takes relative paths inside the repository', () => {
    expect(checkRepoPath('data/train.csv')).toBe('data/train.csv');
    expect(checkRepoPath(' params.yaml ')).toBe('params.yaml');
    expect(checkRepoPath('.dvc/config')).toBe('.dvc/config');
  });
  it('refuses paths that leave it, are absolute, or touch .git/ or .github/', () => {
    for (const p of ['../x', 'a/../../x', '/etc/passwd', 'a//b', './a', 'a\\b', '', 'a\nb']) expect(() => checkRepoPath(p), p).toThrow(/not a relative repository path/);
    expect(() => checkRepoPath('.github/workflows/ci.yml')).toThrow(/under \.github\//);
    expect(() => checkRepoPath('.git/config')).toThrow(/under \.git\//);
  });
});

describe('checkBranch', () => {
  it('takes ordinary branch names and refuses what git refuses', () => {
    expect(checkBranch('modelgate/retrain')).toBe('modelgate/retrain');
    for (const b of ['a..b', '/a', 'a/', 'a.lock', '-a', 'a b', 'a/.b', 'a~1', 'a:b']) expect(() => checkBranch(b), b).toThrow(/not a valid branch name/);
  });
});
