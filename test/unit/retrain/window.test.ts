// The window's rows added to the training data: append grows it, replace-oldest keeps its size;
// the training file's own text is kept verbatim, the window's columns are put in its order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWindowRows } from '../../../src/retrain/window.js';
import { DataError } from '../../../src/errors.js';

const T = (text: string) => ({ file: 'train.csv', text });
const W = (text: string) => ({ file: 'window.csv', text });

describe('addWindowRows, CSV', () => {
  const training = 'a,b,label\n1,x,0\n2,"y, z",1\n3,w,0\n';

  it('append: every window row after the training rows, columns in the training order', () => {
    const r = addWindowRows(T(training), W('label,a,b\n1,4,v\n0,5,"q""r"\n'), 'append', 'csv');
    expect(r.text).toBe(training + '4,v,1\n5,"q""r",0\n');
    expect(r).toMatchObject({ rows: 5, added: 2, dropped: 0, windowSkipped: 0 });
  });

  it('replace-oldest: as many of the first rows dropped as were added, size kept, kept text verbatim', () => {
    const r = addWindowRows(T(training), W('a,b,label\n4,v,1\n5,u,0\n'), 'replace-oldest', 'csv');
    expect(r.text).toBe('a,b,label\n3,w,0\n4,v,1\n5,u,0\n');
    expect(r).toMatchObject({ rows: 3, added: 2, dropped: 2 });
  });

  it('replace-oldest with a window larger than the training data keeps the newest window rows', () => {
    const r = addWindowRows(T('a\n1\n2\n'), W('a\n3\n4\n5\n'), 'replace-oldest', 'csv');
    expect(r.text).toBe('a\n4\n5\n');
    expect(r).toMatchObject({ rows: 2, added: 2, dropped: 2, windowSkipped: 1 });
  });

  it('keeps CRLF endings, a quoted field over two lines, and a file without a final newline', () => {
    const t = 'a,b\r\n1,"two\r\nlines"\r\n2,c';
    expect(addWindowRows(T(t), W('a,b\n3,d\n'), 'append', 'csv').text).toBe('a,b\r\n1,"two\r\nlines"\r\n2,c\r\n3,d\r\n');
    expect(addWindowRows(T(t), W('a,b\n3,d\n'), 'replace-oldest', 'csv').text).toBe('a,b\r\n2,c\r\n3,d\r\n');
  });

  it('TSV by its delimiter', () => {
    expect(addWindowRows({ file: 't.tsv', text: 'a\tb\n1\t2\n' }, { file: 'w.tsv', text: 'b\ta\n4\t3\n' }, 'append', 'tsv').text).toBe('a\tb\n1\t2\n3\t4\n');
  });

  it('refuses a window whose columns differ, naming the file and the column', () => {
    expect(() => addWindowRows(T(training), W('a,b\n1,2\n'), 'append', 'csv')).toThrow(/window\.csv: the window has no column "label"/);
    expect(() => addWindowRows(T(training), W('a,b,label,extra\n1,2,3,4\n'), 'append', 'csv')).toThrow(/window\.csv: column "extra" is not in the training data/);
    expect(() => addWindowRows(T(training), W('a,b,label\n1,2\n'), 'append', 'csv')).toThrow(/window\.csv, line 2: 2 fields, the header has 3/);
    expect(() => addWindowRows(T(''), W('a\n1\n'), 'append', 'csv')).toThrow(DataError);
  });

  it('property: append adds m rows; replace-oldest keeps n; both end with the window rows in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 20 }), fc.array(fc.integer({ min: 100, max: 199 }), { maxLength: 20 }), (tr, wr) => {
        const t = `v\n${tr.map((x) => `${x}\n`).join('')}`;
        const w = `v\n${wr.map((x) => `${x}\n`).join('')}`;
        const a = addWindowRows(T(t), W(w), 'append', 'csv');
        expect(a.text.trim().split('\n').slice(1).map(Number)).toEqual([...tr, ...wr]);
        const r = addWindowRows(T(t), W(w), 'replace-oldest', 'csv');
        const rows = r.text.trim().split('\n').slice(1).filter(Boolean).map(Number);
        expect(rows).toEqual(tr.length === 0 ? [] : [...tr, ...wr].slice(-tr.length));
        expect(r.rows).toBe(tr.length);
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('addWindowRows, JSON Lines', () => {
  const training = '{"a":1,"label":0}\n{"a":2,"label":1}\n';
  it('append and replace-oldest by lines', () => {
    expect(addWindowRows(T(training), W('{"label":1,"a":3}\n'), 'append', 'jsonl').text).toBe(training + '{"label":1,"a":3}\n');
    expect(addWindowRows(T(training), W('{"label":1,"a":3}\n'), 'replace-oldest', 'jsonl').text).toBe('{"a":2,"label":1}\n{"label":1,"a":3}\n');
  });
  it('refuses a window row with a key the training rows never have, or a line that is not an object', () => {
    expect(() => addWindowRows(T(training), W('{"b":1}\n'), 'append', 'jsonl')).toThrow(/window\.csv, line 1: column "b"/);
    expect(() => addWindowRows(T(training), W('[1]\n'), 'append', 'jsonl')).toThrow(/line 1: a row must be a JSON object/);
  });
});

describe('splitWindow', () => {
  it('holds out the newest rows (rounded up), the older ones go to training; headers kept', async () => {
    const { splitWindow } = await import('../../../src/retrain/window.js');
    const s = splitWindow(W('a,b\n1,x\n2,"y,z"\n3,w\n'), 0.5, 'csv');
    expect(s).toEqual({ train: 'a,b\n1,x\n', holdout: 'a,b\n2,"y,z"\n3,w\n', trainRows: 1, holdoutRows: 2 });
    expect(splitWindow(W('a\n1\n2\n'), 0, 'csv')).toMatchObject({ train: 'a\n1\n2\n', holdout: 'a\n', holdoutRows: 0 });
    expect(splitWindow(W('{"a":1}\n{"a":2}\n{"a":3}\n'), 0.3, 'jsonl')).toMatchObject({ train: '{"a":1}\n{"a":2}\n', holdout: '{"a":3}\n' });
    expect(() => splitWindow(W('a\n1\n'), 1, 'csv')).toThrow(/holdout must be at least 0 and less than 1/);
  });
});
