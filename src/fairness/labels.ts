/**
 * validate-data's `sensitive`: one pass over the data that counts, per sensitive feature value, the
 * rows and the rows with the positive label, then Clarify's pre-training measures
 * (fairness/pretraining.ts). Only the label and the sensitive columns are read.
 */
import { showColumns } from '../lib/files.js';
import { ConfigurationError, DataError } from '../errors.js';
import { readRows, type Format } from '../data/readers.js';
import { labelKey } from '../data/schema.js';
import { featureValue, parseSensitive } from './audit.js';
import { pretrainingMeasures, type PretrainingFeature } from './pretraining.js';

export interface LabelBias {
  label: string;
  positiveLabel: string;
  confidence: number;
  /** Rows without a label, left out. */
  unlabeled: number;
  method: string;
  features: PretrainingFeature[];
}

export interface LabelBiasConfig {
  files: string[];
  format?: Format;
  shard?: { index: number; count: number };
  label: string;
  positiveLabel?: string;
  sensitive: string[];
  confidence: number;
  /** CSV/TSV cells that mean a missing value. */
  naValues?: string[];
}

export const LABEL_BIAS_METHOD =
  "per value d against the other rows a: class imbalance (n_a - n_d) / n with the Wilson interval of n_d / n; difference in positive proportions q_a - q_d with Newcombe's hybrid score interval (SageMaker Clarify's CI and DPL)";

export async function labelBias(config: LabelBiasConfig): Promise<LabelBias> {
  const features = parseSensitive(config.sensitive);
  // Per feature: value -> label key -> rows.
  const counts = features.map(() => new Map<string, Map<string, number>>());
  let at: number[][] = [];
  let labelAt = -1;
  let file = config.files[0]!;
  let unlabeled = 0;
  const na = new Set(config.naValues ?? []);
  await readRows(
    config.files,
    {
      beginFile(path) {
        file = path;
      },
      header(columns) {
        labelAt = columns.indexOf(config.label);
        if (labelAt < 0) throw new ConfigurationError(`input 'label': no column '${config.label}' in ${file} (columns: ${showColumns(columns)})`);
        at = features.map((f) =>
          f.columns.map((c) => {
            const i = columns.indexOf(c);
            if (i < 0) throw new ConfigurationError(`input 'sensitive': no column '${c}' in ${file} (columns: ${showColumns(columns)})`);
            return i;
          }),
        );
      },
      row(cells) {
        const raw = cells[labelAt] ?? null;
        const key = typeof raw === 'string' && na.has(raw) ? null : labelKey(raw);
        if (key === null) {
          unlabeled++;
          return;
        }
        features.forEach((_, k) => {
          const value = featureValue(at[k]!.map((i) => (cells[i] === null || cells[i] === undefined || (typeof cells[i] === 'string' && na.has(cells[i] as string)) ? '(missing)' : String(cells[i]))));
          let byLabel = counts[k]!.get(value);
          if (!byLabel) counts[k]!.set(value, (byLabel = new Map()));
          byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
        });
      },
      bad(line, message) {
        throw new DataError(`${file}:${line}: ${message}`, file, line);
      },
    },
    { format: config.format, shard: config.shard },
  );
  const labels = new Set<string>();
  for (const m of counts[0]?.values() ?? []) for (const l of m.keys()) labels.add(l);
  const positive = positiveOf(labels, config);
  return {
    label: config.label,
    positiveLabel: positive,
    confidence: config.confidence,
    unlabeled,
    method: LABEL_BIAS_METHOD,
    features: features.map((f, k) => {
      const byValue = new Map([...counts[k]!].map(([v, m]) => [v, { rows: [...m.values()].reduce((a, b) => a + b, 0), positives: m.get(positive) ?? 0 }]));
      return { name: f.name, columns: f.columns, groups: pretrainingMeasures(byValue, config.confidence) };
    }),
  };
}

/** The positive label: `positive-label`, else 1 for 0/1 labels, else the larger of two in sorted order (scikit-learn's classes_[1]). */
function positiveOf(labels: Set<string>, config: LabelBiasConfig): string {
  if (config.positiveLabel !== undefined) {
    const key = labelKey(config.positiveLabel)!;
    if (!labels.has(key)) throw new ConfigurationError(`input 'positive-label': '${config.positiveLabel}' is not a label of column '${config.label}' (labels: ${[...labels].slice(0, 10).join(', ')})`);
    return key;
  }
  const sorted = [...labels].every((x) => Number.isFinite(Number(x))) ? [...labels].sort((a, b) => Number(a) - Number(b)) : [...labels].sort();
  if (sorted.length !== 2) throw new ConfigurationError(`input 'sensitive': the pre-training measures need a yes/no label; column '${config.label}' has ${sorted.length} labels (${sorted.slice(0, 10).join(', ')}); set 'positive-label' to count one of them as the positive outcome`);
  return sorted[1]!;
}
