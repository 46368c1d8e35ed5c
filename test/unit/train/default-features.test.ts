// Built-in train without `features`: time columns (dates, timestamps, as validate-data types them)
// and identifier-like text columns (more than half the values distinct) are left out, named in one
// log line; `features` still uses them; the choice is deterministic (same model bytes, same line).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { trainBuiltin, type TrainConfig } from '../../../src/train/index.js';
import { loadTable } from '../../../src/train/table.js';
import { files } from '../../helpers.js';

const N = 60;
const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const rows = Array.from({ length: N }, (_, i) => {
  const city = ['oslo', 'rome', 'lima'][i % 3];
  const x = ((i * 37) % 17) / 4;
  const y = x + (city === 'rome' ? 1 : 0) > 2.5 ? 'yes' : 'no';
  // id: distinct text; date: a day; ts: a timestamp with an offset; code: a number-like id kept (numeric).
  return `c-${1000 + i},${day(i)},${day(i)}T0${i % 10}:30:00+02:00,${city},${x},${i},${y}`;
});
const dir = files({
  'd.csv': 'id,date,ts,city,x,code,y\n' + rows.join('\n') + '\n',
  // A date column with a few typos (at most 10% text) is still a time column; a mostly-text one is not.
  'typos.csv': 'when,note,x,y\n' + Array.from({ length: N }, (_, i) => `${i % 12 === 0 ? 'n/k' + i : day(i)},${i % 5 === 0 ? day(i) : ['a', 'b'][i % 2]},${i % 7},${i % 2}`).join('\n') + '\n',
  'only.csv': 'id,when,y\n' + Array.from({ length: N }, (_, i) => `u${i},${day(i)},${i % 2}`).join('\n') + '\n',
  // 15 categories in 60 rows: more than max-categories 10, but not an identifier.
  'wide.csv': 'cat,x,y\n' + Array.from({ length: N }, (_, i) => `k${i % 15},${i},${i % 2}`).join('\n') + '\n',
});
const base = (extra: Partial<TrainConfig> = {}): TrainConfig => ({ algorithm: 'logistic-regression', data: [join(dir, 'd.csv')], label: 'y', model: join(dir, `m-${Math.random().toString(36).slice(2)}.onnx`), seed: 0, ...extra });

describe('train without features', () => {
  it('leaves out the id, the date and the timestamp, and says so in one log line', async () => {
    const log = memoryLogger();
    const s = await trainBuiltin(base(), log);
    expect(s.features.map((f) => f.name)).toEqual(['city', 'x', 'code']);
    const lines = log.lines.filter((l) => l.startsWith('left out of the features'));
    expect(lines).toEqual([
      "left out of the features (no 'features' given): id: an identifier, identifier-like: 60 distinct in 60 values; date: a time column, dates or timestamps; ts: a time column, dates or timestamps; name the columns in 'features' to use them",
    ]);
  });

  it('features still override: named id and date columns are one-hot features', async () => {
    const log = memoryLogger();
    const s = await trainBuiltin(base({ features: ['id', 'date', 'x'] }), log);
    expect(s.features).toEqual([
      { name: 'id', kind: 'categorical', missing: 0, categories: expect.any(Number) },
      { name: 'date', kind: 'categorical', missing: 0, categories: expect.any(Number) },
      { name: 'x', kind: 'numeric', missing: 0 },
    ]);
    expect(log.lines.some((l) => l.startsWith('left out'))).toBe(false);
  });

  it('is deterministic: the same data gives the same model bytes and the same choice', async () => {
    const a = base();
    const b = base();
    await trainBuiltin(a, memoryLogger());
    await trainBuiltin(b, memoryLogger());
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(sha(a.model)).toBe(sha(b.model));
  });

  it('an id column past max-categories is left out (its distinct values estimated), not an error', async () => {
    const t = await loadTable({ data: [join(dir, 'd.csv')], label: 'y', labelKind: 'class', maxCategories: 10 });
    expect(t.leftOut.map((l) => [l.name, l.reason])).toEqual([['id', 'identifier'], ['date', 'time'], ['ts', 'time']]);
    expect(t.leftOut[0].detail).toMatch(/^identifier-like: \d+ \(estimated\) distinct in 60 values$/);
    expect(t.columns.map((c) => c.name)).toEqual(['city', 'x', 'code']);
  });

  it('a categorical column past max-categories that is not an identifier is still an error naming it', async () => {
    const err = await loadTable({ data: [join(dir, 'wide.csv')], label: 'y', labelKind: 'class', maxCategories: 10 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/^column 'cat' is categorical with more than 10 distinct values \(at .*wide\.csv:12\); list it in 'ignore'/);
  });

  it('a date column with a few typos is a time column; one that is mostly text is not', async () => {
    const t = await loadTable({ data: [join(dir, 'typos.csv')], label: 'y', labelKind: 'class', maxCategories: 1000 });
    expect(t.leftOut).toEqual([{ name: 'when', reason: 'time', detail: 'dates or timestamps (5 other text values)' }]);
    expect(t.columns.map((c) => c.name)).toEqual(['note', 'x']);
  });

  it('with nothing left, the error names what was left out', async () => {
    const err = await trainBuiltin(base({ data: [join(dir, 'only.csv')] }), memoryLogger()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe("no feature columns: the data has only the label 'y' and columns left out as id (an identifier), when (time); name the columns to use in 'features'");
  });
});
