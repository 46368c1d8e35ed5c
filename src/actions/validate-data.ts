/** validate-data adapter: inputs -> ValidateConfig -> validateData() -> outputs and summary. */
import { ConfigurationError } from '../errors.js';
import { readConfigInput } from '../lib/files.js';
import { validateData, type ValidateConfig, type FailOn } from '../data/validate.js';
import { parseDriftSettings } from '../data/drift.js';
import { parseNaValues } from '../data/scan.js';
import { parseTime, parsedKind, DATE } from '../data/time.js';
import { defineAction } from './types.js';
import { writeHtml } from './html.js';
import { dataReportMarkdown } from '../report/data-report.js';

/** The `as-of` input: an ISO 8601 date or timestamp, as epoch milliseconds. */
export function parseAsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseTime(text);
  if (parsedKind < DATE) throw new ConfigurationError(`input 'as-of': '${text}' is not an ISO 8601 date or timestamp (e.g. 2016-01-01 or 2016-01-01T06:00:00Z)`);
  return ms;
}

export default defineAction<ValidateConfig & { html?: string }>({
  name: 'validate-data',
  parse(inputs) {
    const data = inputs.paths('data');
    const merge = inputs.paths('merge');
    if (data.length === 0 && merge.length === 0) throw new ConfigurationError(`input 'data' is required (or 'merge' to merge profiles)`);
    if (data.length > 0 && merge.length > 0) throw new ConfigurationError(`inputs 'data' and 'merge' cannot be used together`);
    const drift = inputs.pathOrInline('drift');
    const inferSchema = inputs.path('infer-schema');
    const config: ValidateConfig & { html?: string } = {
      data,
      merge,
      format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet'] as const),
      schema: inputs.path('schema'),
      inferSchema,
      reference: inputs.path('reference'),
      drift: drift === undefined ? parseDriftSettings({}, 'defaults') : parseDriftSettings(...(Object.values(readConfigInput(drift, 'drift')) as [unknown, string])),
      profile: inputs.path('profile'),
      shard: inputs.shard('shard'),
      // Inferring a schema writes the schema alone unless a report is asked for.
      report: inputs.path('report') ?? (inferSchema ? undefined : 'data-report.json'),
      markdown: inputs.path('markdown'),
      failOn: inputs.choice<FailOn>('fail-on', ['any', 'violations', 'drift', 'never']) ?? 'any',
      maxSamples: inputs.number('max-samples', { min: 0, integer: true }) ?? 100,
      annotations: inputs.number('annotations', { min: 0, integer: true }) ?? 10,
      naValues: parseNaValues(inputs.list('na-values')),
      html: inputs.path('html'),
      workers: inputs.number('workers', { min: 1, max: 256, integer: true }),
      asOf: parseAsOf(inputs.string('as-of')),
      sensitive: inputs.list('sensitive'),
      label: inputs.string('label'),
      positiveLabel: inputs.string('positive-label'),
    };
    return Object.freeze(config);
  },
  async run(config, log) {
    const result = await validateData(config, log, dataReportMarkdown);
    writeHtml(config.html, { title: 'modelgate: data validation', dataReport: result.report }, log);
    return {
      passed: result.passed,
      failure: result.failure,
      outputs: {
        passed: result.passed,
        rows: result.report.rows,
        violations: result.report.violations.count,
        'drifted-columns': result.report.drift.filter((d) => d.drifted).map((d) => d.column).join(','),
        report: config.report ?? '',
      },
      summary: result.markdown,
    };
  },
});
