// The progress line of long passes (src/lib/progress.ts), on a fake clock.
import { describe, expect, it } from 'vitest';
import { progress, progressText } from '../../src/lib/progress.js';

describe('progress', () => {
  it('says rows, share, MB/s and time left', () => {
    expect(progressText('Reading d.csv', 50e6, 200e6, 1_234_567, 2000)).toBe('Reading d.csv: 1,234,567 rows, 25%, 25 MB/s, ETA 6 s');
    expect(progressText('x', 1e6, 200e6, 10, 1000)).toMatch(/ETA 3 min 19 s$/);
  });

  it('rewrites one line on a terminal, at most 5 times a second, after 2 s, and clears it', () => {
    let t = 0;
    const out: string[] = [];
    const p = progress({ label: 'L', tty: true, write: (s) => out.push(s), now: () => t });
    p.update(1, 10, 1);
    t = 1000;
    p.update(2, 10, 2);
    expect(out).toEqual([]); // a short pass stays quiet
    t = 2500;
    p.update(3, 10, 3);
    t = 2600;
    p.update(4, 10, 4); // too soon
    t = 2800;
    p.update(5, 10, 5);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^\rL: 3 rows, 30%/);
    p.end();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('writes a plain line every few seconds elsewhere (CI logs), and nothing at the end', () => {
    let t = 0;
    const out: string[] = [];
    const p = progress({ label: 'L', tty: false, everyMs: 5000, write: (s) => out.push(s), now: () => t });
    for (t = 0; t <= 20_000; t += 500) p.update(t, 20_000, t);
    p.end();
    expect(out.length).toBe(4); // at 2 s, 7 s, 12 s, 17 s
    expect(out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
  });
});
