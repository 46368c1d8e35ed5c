import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/lib/duration.js';
import { ConfigurationError } from '../../../src/errors.js';

describe('parseDuration', () => {
  it.each([
    ['7d', 7 * 86_400_000],
    ['2w', 14 * 86_400_000],
    ['36h', 36 * 3_600_000],
    ['1d12h', 36 * 3_600_000],
    ['90s', 90_000],
    ['15m', 900_000],
    ['250ms', 250],
    ['1.5d', 1.5 * 86_400_000],
    [' 2d ', 2 * 86_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '7', 'd', '7 days', '7D', '-1d', '0d', '1mo', '1y', '2d3'])('rejects %j with the input named', (text) => {
    expect(() => parseDuration(text, "input 'window'")).toThrow(ConfigurationError);
    expect(() => parseDuration(text, "input 'window'")).toThrow(/^input 'window': /);
  });

  it('formats back in exact units', () => {
    expect(formatDuration(2 * 86_400_000)).toBe('2d');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(86_400_000 + 1)).toBe('1d1ms');
    expect(formatDuration(3993 * 86_400_000 + 6 * 3_600_000 + 46 * 60_000 + 10_765, 2)).toBe('3993d6h');
    expect(formatDuration(2 * 86_400_000 + 5 * 60_000 + 3, 2)).toBe('2d5m');
    for (const t of ['7d', '1d12h', '90s', '3w']) expect(parseDuration(formatDuration(parseDuration(t)))).toBe(parseDuration(t));
  });
});
