import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/deploy/config.js';
import { ConfigurationError } from '../../../src/errors.js';
import action from '../../../src/actions/deploy.js';
import { inputsFor } from '../../helpers.js';

// deploy's durations (interval, max-interval, termination-wait) are the lib's (src/lib/duration.ts)
// plus what deploy accepted before it: a plain number of seconds and a space before the unit, at
// most 24h.
describe('deploy parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['250ms', 250],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['0.5s', 500],
    ['30', 30_000], // a plain number is seconds (deploy's own defaults are written so)
    ['7.5', 7_500],
    ['30 s', 30_000],
    [' 2m ', 120_000],
    ['24h', 86_400_000],
    // the lib's forms
    ['1m30s', 90_000],
    ['1d', 86_400_000],
  ])('%s', (text, ms) => expect(parseDuration(text, 'interval')).toBe(ms));

  it.each(['5x', '30 parsecs', '', 's', '-5s', '1e3s', 'abc', '5 x'])("refuses '%s', naming the input and the units", (text) => {
    expect(() => parseDuration(text, 'interval')).toThrow(ConfigurationError);
    expect(() => parseDuration(text, 'interval')).toThrow(`input 'interval' must be a duration such as 30s, 5m or 1h (a number and a unit: ms, s, m, h, d, w; a plain number is seconds); got '${text}'`);
  });

  it.each(['0', '0s', '25h', '2d', '1w', '0.5ms', '0.0001'])("refuses '%s': between 1ms and 24h", (text) => {
    expect(() => parseDuration(text, 'termination-wait')).toThrow(`input 'termination-wait' must be between 1ms and 24h; got '${text}'`);
  });
});

// The adapter's defaults: max-interval 4 × interval and termination-wait = interval, in
// milliseconds. They went through the input parser as a number of seconds, so `interval: 7h` (which
// deploy accepts) failed with "input 'max-interval' must be between 1ms and 24h; got '100800'", an
// input the user never gave.
describe('deploy action defaults', () => {
  const parse = (extra: Record<string, string>) => action.parse(inputsFor('deploy', { model: 'm.onnx', target: 'http://127.0.0.1:9', ...extra }));

  it.each([
    ['7h', 28 * 3_600_000, 7 * 3_600_000],
    ['24h', 96 * 3_600_000, 24 * 3_600_000],
    ['1500ms', 6_000, 1_500],
  ])('interval %s: max-interval %d ms, termination-wait %d ms', (interval, max, wait) => {
    expect(parse({ interval })).toMatchObject({ intervalMs: expect.any(Number), maxIntervalMs: max, terminationWaitMs: wait });
  });

  it('a given max-interval is still held to 24h', () => {
    expect(() => parse({ interval: '7h', 'max-interval': '25h' })).toThrow("input 'max-interval' must be between 1ms and 24h; got '25h'");
  });

  it.each(['0', '0s', '0d', '0w', '0 ms'])("warmup '%s' is none", (warmup) => expect(parse({ warmup }).warmupMs).toBe(0));
});
