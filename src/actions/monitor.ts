/**
 * monitor adapter: inputs -> MonitorConfig -> monitor/runMonitor() -> monitor-report.json, job
 * summary with the trend, outputs. No statistics here: they are in src/monitor and src/stats.
 */
import { ConfigurationError } from '../errors.js';
import { readConfigInput } from '../lib/files.js';
import { parseNaValues } from '../data/scan.js';
import type { Format } from '../data/readers.js';
import { FAIL_ON, parseThresholds, parseTime, parseWindow, type FailOn, type MonitorConfig } from '../monitor/config.js';
import { runMonitor } from '../monitor/index.js';
import { parseReference } from '../registry/reference.js';
import { renderMonitor } from '../report/monitor.js';
import { actorFromEnv, connectionFrom } from './register.js';
import { defineAction } from './types.js';

const RANK = { none: 0, warn: 1, act: 2 } as const;

export default defineAction<MonitorConfig>({
  name: 'monitor',
  secrets: ['password', 'token'],
  parse(inputs) {
    const data = inputs.paths('data');
    if (!data.length) throw new ConfigurationError(`input 'data' is required: the production data (files or globs)`);
    const model = inputs.required('model');
    parseReference(model, 'model');
    const thresholdsInput = inputs.pathOrInline('thresholds');
    const thresholds = thresholdsInput === undefined ? parseThresholds(undefined, 'thresholds') : (() => {
      const { value, source } = readConfigInput(thresholdsInput, 'thresholds');
      return parseThresholds(value, source);
    })();
    const window = inputs.string('window');
    const asOfText = inputs.string('as-of');
    const asOf = asOfText === undefined ? undefined : parseTime(asOfText);
    if (asOfText !== undefined && (asOf === undefined || /^\s*-?\d+(\.\d+)?\s*$/.test(asOfText))) throw new ConfigurationError(`input 'as-of' must be an ISO 8601 time such as 2026-12-06T00:00:00Z; got '${asOfText}'`);
    const who = actorFromEnv();
    const config: MonitorConfig = {
      data,
      format: inputs.choice<Format>('format', ['csv', 'tsv', 'jsonl', 'parquet']),
      model,
      connection: connectionFrom({ username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') }, inputs.boolean('insecure', false)),
      labels: inputs.path('labels'),
      windowMs: window === undefined ? undefined : parseWindow(window),
      timeColumn: inputs.string('time-column'),
      asOf,
      thresholds,
      report: inputs.path('report') ?? 'monitor-report.json',
      record: inputs.boolean('record', true),
      failOn: inputs.choice<FailOn>('fail-on', FAIL_ON) ?? 'never',
      naValues: parseNaValues([]),
      actor: { actor: who.actor, runUrl: who.runUrl },
    };
    return Object.freeze(config);
  },
  async run(config, log) {
    const { report, history } = await runMonitor(config, log);
    const failed = config.failOn !== 'never' && RANK[report.finding] >= RANK[config.failOn];
    return {
      passed: !failed,
      failure: failed ? `monitor finding ${report.finding} (fail-on ${config.failOn}): ${report.reasons.map((r) => r.message).join('; ')}` : undefined,
      outputs: { finding: report.finding, 'drifted-columns': JSON.stringify(report.driftedColumns), report: config.report },
      summary: renderMonitor(report, history),
    };
  },
});
