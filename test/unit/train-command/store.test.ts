import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsCacheStore, actionsRecordPath, LocalStore, type ActionsCacheFunctions } from '../../../src/train/store.js';
import { files } from '../../helpers.js';

const KEY = `train-${'a'.repeat(64)}`;

describe('LocalStore', () => {
  it('saves files and directories under a key and restores them over the workspace', async () => {
    const dir = files({ 'model.bin': 'weights', 'tok/vocab.txt': 'a b', 'tok/.meta': 'm', 'tok/sub/x': 'x' });
    mkdirSync(join(dir, 'tok/empty'));
    const store = new LocalStore('.modelgate/cache', dir);
    expect(await store.save(KEY, ['model.bin', 'tok'], { note: 1 })).toBe(true);
    expect(store.keys()).toEqual([KEY]);
    expect(readdirSync(store.dir)).toEqual([KEY]); // no temporary folder left

    writeFileSync(join(dir, 'model.bin'), 'changed');
    writeFileSync(join(dir, 'tok/stray'), 's');
    const r = await store.restore(KEY, ['tok', 'model.bin']);
    expect(r).toEqual({ record: { note: 1 } });
    expect(readFileSync(join(dir, 'model.bin'), 'utf8')).toBe('weights');
    expect(readFileSync(join(dir, 'tok/.meta'), 'utf8')).toBe('m');
    expect(readFileSync(join(dir, 'tok/sub/x'), 'utf8')).toBe('x');
    expect(existsSync(join(dir, 'tok/empty'))).toBe(true);
    expect(existsSync(join(dir, 'tok/stray'))).toBe(false);
  });

  it('misses on an unknown key or a different set of paths, and keeps the first of two saves', async () => {
    const dir = files({ 'm.bin': '1', 'n.bin': '2' });
    const store = new LocalStore(join(dir, 'store'), dir);
    expect(await store.restore(KEY, ['m.bin'])).toBeUndefined();
    const both = await Promise.all([store.save(KEY, ['m.bin']), store.save(KEY, ['m.bin'])]);
    expect(both.filter(Boolean)).toHaveLength(1);
    expect(readdirSync(store.dir)).toEqual([KEY]);
    expect(await store.save(KEY, ['m.bin'])).toBe(false);
    expect(await store.restore(KEY, ['m.bin', 'n.bin'])).toBeUndefined();
    expect(await store.restore(KEY, ['m.bin'])).toEqual({ record: undefined });
  });
});

describe('ActionsCacheStore', () => {
  function fake(hit: (key: string) => string | undefined) {
    const calls: { fn: string; paths: string[]; key: string }[] = [];
    const fns: ActionsCacheFunctions = {
      restoreCache: async (paths, key) => {
        calls.push({ fn: 'restore', paths, key });
        return hit(key);
      },
      saveCache: async (paths, key) => {
        calls.push({ fn: 'save', paths, key });
        return 42;
      },
    };
    return { fns, calls };
  }

  it('passes absolute paths with the run record when the workspace is not the current directory', async () => {
    const dir = files({ 'model.bin': 'w' });
    const { fns, calls } = fake(() => undefined);
    const store = new ActionsCacheStore(fns, dir);
    expect(await store.save(KEY, ['model.bin'], { kind: 'x' })).toBe(true);
    expect(calls[0]).toEqual({ fn: 'save', key: KEY, paths: [join(dir, 'model.bin'), join(dir, actionsRecordPath(KEY))] });
    expect(JSON.parse(readFileSync(join(dir, actionsRecordPath(KEY)), 'utf8'))).toEqual({ kind: 'x' });
    expect(await store.restore(KEY, ['model.bin'])).toBeUndefined();
    expect(calls[1].paths).toEqual(calls[0].paths);
  });

  it('passes relative paths when the workspace is the current directory, and counts only an exact key as a hit', async () => {
    const { fns, calls } = fake((k) => `${k}-other`);
    const store = new ActionsCacheStore(fns, process.cwd());
    expect(await store.restore(KEY, ['out/model.bin'])).toBeUndefined();
    expect(calls[0].paths).toEqual(['out/model.bin', actionsRecordPath(KEY)]);
    const exact = new ActionsCacheStore(fake((k) => k).fns, process.cwd());
    expect(await exact.restore(`train-${'f'.repeat(64)}`, ['out/model.bin'])).toEqual({ record: undefined });
  });

  it('reports -1 from saveCache (the toolkit swallowed an error) and a ReserveCacheError as not saved', async () => {
    const dir = files({ 'm': '1' });
    const minus = new ActionsCacheStore({ restoreCache: async () => undefined, saveCache: async () => -1 }, dir);
    expect(await minus.save(KEY, ['m'])).toBe(false);
    const reserve = new ActionsCacheStore(
      {
        restoreCache: async () => undefined,
        saveCache: async () => {
          throw Object.assign(new Error('taken'), { name: 'ReserveCacheError' });
        },
      },
      dir,
    );
    expect(await reserve.save(KEY, ['m'])).toBe(false);
    expect(() => minus.toolkitPaths(KEY, ['model[1].bin'])).toThrow(/glob characters/);
  });
});
