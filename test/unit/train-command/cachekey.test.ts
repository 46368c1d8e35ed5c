import { createHash } from 'node:crypto';
import { readFileSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import {
  cacheKey,
  expandInputs,
  hashInputs,
  MODELGATE_VERSION,
  sha256File,
  StatCache,
  type CacheKeyParts,
  type InputDigest,
} from '../../../src/train/cachekey.js';
import { files, ROOT } from '../../helpers.js';

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

async function keyOf(dir: string, patterns: string[], extra: Partial<CacheKeyParts> = {}): Promise<string> {
  const list = await expandInputs(patterns, dir, ['model.bin']);
  const { digests } = await hashInputs(list, { root: dir });
  return cacheKey({ prefix: 'train', command: 'python train.py', inputs: digests, params: { lr: 0.1 }, outputs: ['model.bin'], ...extra });
}

/** Sets a file's atime and mtime to `secondsAgo` in the past (old enough for the stat cache to trust it). */
function age(path: string, secondsAgo = 60): void {
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(path, t, t);
}

describe('cache key', () => {
  const spec = { 'data/a.csv': 'x,y\n1,2\n', 'data/b.csv': 'x,y\n3,4\n', 'src/train.py': 'print(1)\n', 'params.yaml': 'lr: 0.1\n' };

  it('is the same for the same content in another directory, whatever the pattern order', async () => {
    const a = files(spec);
    const b = files(spec);
    const k1 = await keyOf(a, ['data/*.csv', 'src', 'params.yaml']);
    const k2 = await keyOf(b, ['params.yaml', 'src/train.py', 'data/b.csv', 'data/a.csv']);
    expect(k1).toBe(k2);
    expect(k1).toMatch(/^train-[0-9a-f]{64}$/);
  });

  it('does not depend on the order of the digests it is given', async () => {
    const inputs: InputDigest[] = [
      { path: 'b', sha256: sha('b'), bytes: 1 },
      { path: 'a', sha256: sha('a'), bytes: 1 },
    ];
    const parts = { prefix: 'p', command: 'c', inputs, outputs: ['m', 'n'] };
    expect(cacheKey(parts)).toBe(cacheKey({ ...parts, inputs: [...inputs].reverse(), outputs: ['n', 'm'] }));
  });

  it('changes with a file content, the command, params, outputs, the version and a renamed file', async () => {
    const dir = files(spec);
    const base = await keyOf(dir, ['data', 'src']);
    expect(await keyOf(dir, ['data', 'src'], { command: 'python train.py --epochs 2' })).not.toBe(base);
    expect(await keyOf(dir, ['data', 'src'], { params: { lr: 0.2 } })).not.toBe(base);
    expect(await keyOf(dir, ['data', 'src'], { params: null })).not.toBe(base);
    expect(await keyOf(dir, ['data', 'src'], { outputs: ['model.bin', 'metrics.json'] })).not.toBe(base);
    expect(await keyOf(dir, ['data', 'src'], { modelgateVersion: '9.9.9' })).not.toBe(base);
    expect(await keyOf(dir, ['data', 'src'], { prefix: 'other' })).not.toBe(base);
    writeFileSync(join(dir, 'data/b.csv'), 'x,y\n3,5\n');
    expect(await keyOf(dir, ['data', 'src'])).not.toBe(base);
    const { ['data/b.csv']: moved, ...rest } = spec;
    const renamed = files({ ...rest, 'data/c.csv': moved });
    expect(await keyOf(renamed, ['data', 'src'])).not.toBe(base);
  });

  it('keeps param key order out of the key', () => {
    const parts = { prefix: 'p', command: 'c', inputs: [], outputs: ['m'] };
    expect(cacheKey({ ...parts, params: { a: 1, b: { c: 2, d: 3 } } })).toBe(cacheKey({ ...parts, params: { b: { d: 3, c: 2 }, a: 1 } }));
  });

  it('rejects a prefix that @actions/cache or a folder name could not hold', () => {
    expect(() => cacheKey({ prefix: 'a,b', command: 'c', inputs: [], outputs: ['m'] })).toThrow(ConfigurationError);
    expect(() => cacheKey({ prefix: '../x', command: 'c', inputs: [], outputs: ['m'] })).toThrow(/cache-key-prefix/);
  });

  it('uses the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(MODELGATE_VERSION).toBe(pkg.version);
  });
});

describe('expandInputs', () => {
  it('expands files, directories and globs, sorted, without outputs or .modelgate', async () => {
    const dir = files({ 'd/x.csv': '1', 'd/sub/y.csv': '2', 'd/.hidden': '3', 'd/model.bin': 'm', '.modelgate/stat-cache.json': '{}', 'p.yaml': 'a: 1' });
    expect(await expandInputs(['d'], dir, ['d/model.bin'])).toEqual(['d/sub/y.csv', 'd/x.csv']);
    expect(await expandInputs(['**/*.csv', 'p.yaml'], dir, ['.modelgate'])).toEqual(['d/sub/y.csv', 'd/x.csv', 'p.yaml']);
    expect(await expandInputs(['**'], dir, ['.modelgate', 'd/model.bin'])).toEqual(['d/sub/y.csv', 'd/x.csv', 'p.yaml']);
  });

  it('names a pattern that matches nothing, and an input that is an output', async () => {
    const dir = files({ 'a.csv': '1', 'model.bin': 'm' });
    await expect(expandInputs(['*.parquet'], dir)).rejects.toThrow(/pattern '\*\.parquet' matches no files/);
    await expect(expandInputs(['missing.csv'], dir)).rejects.toThrow(/file not found: 'missing.csv'/);
    await expect(expandInputs(['model.bin'], dir, ['model.bin'])).rejects.toThrow(/also a declared output/);
    await expect(expandInputs(['*.bin'], dir, ['model.bin'])).rejects.toThrow(/matches no files other than declared outputs/);
  });
});

describe('hashing and the stat cache', () => {
  it('streams SHA-256 of files larger than one chunk', async () => {
    const big = Buffer.alloc(3 * (1 << 20) + 12345);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 255;
    const dir = files({ 'big.bin': big, 'empty': '' });
    expect(await sha256File(join(dir, 'big.bin'))).toEqual({ sha256: sha(big), bytes: big.length });
    expect(await sha256File(join(dir, 'empty'))).toEqual({ sha256: sha(''), bytes: 0 });
  });

  it('does not re-read files whose stats match an entry, and re-reads changed ones', async () => {
    const dir = files({ 'a.csv': 'aaaa', 'b.csv': 'bbbb', 'c.csv': 'cccc' });
    for (const f of ['a.csv', 'b.csv', 'c.csv']) age(join(dir, f));
    const cachePath = join(dir, '.modelgate/stat-cache.json');
    const list = ['a.csv', 'b.csv', 'c.csv'];

    const first = StatCache.load(cachePath);
    const r1 = await hashInputs(list, { root: dir, statCache: first });
    first.save();
    expect(r1.stats).toMatchObject({ files: 3, hashedFiles: 3, statCacheHits: 0, bytes: 12 });
    expect(r1.digests.map((d) => d.sha256)).toEqual([sha('aaaa'), sha('bbbb'), sha('cccc')]);

    const r2 = await hashInputs(list, { root: dir, statCache: StatCache.load(cachePath) });
    expect(r2.stats).toMatchObject({ hashedFiles: 0, hashedBytes: 0, statCacheHits: 3, bytes: 12 });
    expect(r2.digests).toEqual(r1.digests);

    // Same size, mtime put back: the ctime still moved, so the file is read again.
    const st = statSync(join(dir, 'b.csv'));
    writeFileSync(join(dir, 'b.csv'), 'BBBB');
    utimesSync(join(dir, 'b.csv'), st.atime, st.mtime);
    const third = StatCache.load(cachePath);
    const r3 = await hashInputs(list, { root: dir, statCache: third });
    expect(r3.stats).toMatchObject({ hashedFiles: 1, statCacheHits: 2 });
    expect(r3.digests[1].sha256).toBe(sha('BBBB'));
  });

  it('does not trust an entry for a file written moments before it was hashed (racily clean)', async () => {
    const dir = files({ 'fresh.csv': 'x' });
    const cache = StatCache.load(join(dir, 'sc.json'));
    await hashInputs(['fresh.csv'], { root: dir, statCache: cache });
    const again = await hashInputs(['fresh.csv'], { root: dir, statCache: cache });
    expect(again.stats.hashedFiles).toBe(1);
  });

  it('starts empty from a torn or foreign stat cache file', async () => {
    const dir = files({ 'a.csv': 'a', 'sc.json': '{"entries": [' });
    age(join(dir, 'a.csv'));
    const cache = StatCache.load(join(dir, 'sc.json'));
    expect(cache.size).toBe(0);
    const r = await hashInputs(['a.csv'], { root: dir, statCache: cache });
    expect(r.stats.hashedFiles).toBe(1);
    cache.save();
    expect(StatCache.load(join(dir, 'sc.json')).size).toBe(1);
  });
});
