/**
 * The evaluation's task and classes, decided once from the model's outputs on the first batch of
 * rows and those rows' labels: the task (unless given), the class names, the positive class, and
 * how a single output is read (probability or logit). Every later batch, in this thread or in a
 * worker thread, is decoded with the same decision, so the result never depends on how the rows
 * were split.
 */
import { ConfigurationError, DataError } from '../errors.js';
import { labelKey } from '../data/schema.js';
import type { Logger } from '../lib/logger.js';
import { show, type OutputPlan, type Task } from './model.js';

export type ScoreType = 'auto' | 'probability' | 'logit';

export interface Decision {
  task: Task;
  /** Class names in model order (classification); empty for regression. */
  classes: string[];
  /** Binary: the positive class's label key. */
  positive: string | null;
  /** A single output of a classifier: read as a probability, or as a logit (a sigmoid is applied). */
  transform?: 'probability' | 'logit';
}

export interface DecideInput {
  task?: Task;
  positiveLabel?: string;
  scoreType: ScoreType;
  modelPath: string;
  /** The model's output names (for messages). */
  outputs: string[];
  outPlan: OutputPlan;
  /** The model's outputs on the first batch. */
  out: Record<string, { dims: readonly number[]; data: unknown }>;
  /** The first batch's label keys (null: no label). */
  labels: (string | null)[];
  fileName: string;
}

/** Decides; explanations of what was inferred go to `notes`. */
export function decideTask(d: DecideInput, notes: string[], log: Logger): Decision {
  const { outPlan, out } = d;
  const k = outPlan.probabilities ? out[outPlan.probabilities]!.dims[1]! : 1;
  const keys = [...new Set(d.labels.filter((l): l is string => l !== null))];
  const zeroOne = keys.every((x) => x === '0' || x === '1');
  let task = d.task;
  if (!task) {
    if (outPlan.probabilities) task = k === 2 ? 'binary' : 'multiclass';
    else {
      // A regression target is a number; text labels mean a classifier's single score.
      const numeric = keys.every((x) => Number.isFinite(Number(x)));
      task = zeroOne || !numeric ? 'binary' : 'regression';
      notes.push(`task inferred as ${task} from the labels of the first batch${!zeroOne && !numeric ? ' (text, so not a regression target)' : ''} and the model's one output`);
    }
    log.info(`task: ${task} (inferred; set 'task' to override)`);
  }
  if (task === 'regression' && !outPlan.value) throw new ConfigurationError(`task regression needs a model with one float output; this one outputs ${d.outputs.join(', ')}`);
  let classes: string[] = [];
  let positive: string | null = null;
  if (task !== 'regression') {
    if (outPlan.probabilities) {
      classes = outPlan.classLabels ?? Array.from({ length: k }, (_, i) => String(i));
      if (classes.length !== k) throw new DataError(`${d.modelPath}: the model names ${classes.length} classes but outputs ${k} probabilities`);
      if (!outPlan.classLabels) notes.push(`the model carries no class labels: probability column i is class "i"`);
    } else if (zeroOne || task === 'multiclass') classes = ['0', '1'];
    else classes = classesFromLabels(keys, d, notes);
    if (task === 'multiclass' && classes.length < 3 && !outPlan.probabilities) throw new ConfigurationError(`task multiclass needs a model that outputs class probabilities [N, K]`);
    const classIndex = new Set(classes.map((c) => labelKey(c)!));
    if (task === 'binary') {
      if (classes.length !== 2) throw new ConfigurationError(`task binary, but the model has ${classes.length} classes (${classes.join(', ')})`);
      positive = d.positiveLabel !== undefined ? labelKey(d.positiveLabel) : labelKey(classes[1]!);
      if (!classIndex.has(positive!)) throw new ConfigurationError(`input 'positive-label': '${d.positiveLabel}' is not one of the model's classes (${classes.join(', ')})`);
    }
  }
  let transform: Decision['transform'];
  if (outPlan.value && task !== 'regression') {
    transform = d.scoreType === 'auto' ? undefined : d.scoreType;
    if (!transform) {
      const data = out[outPlan.value]!.data as Float32Array;
      const inUnit = data.every((x) => x >= 0 && x <= 1);
      transform = outPlan.valueProducer === 'Sigmoid' || inUnit ? 'probability' : 'logit';
      notes.push(`the model's single output is read as a ${transform}${transform === 'logit' ? ' (a sigmoid is applied)' : ''}: ${outPlan.valueProducer === 'Sigmoid' ? 'it comes from a Sigmoid node' : inUnit ? 'its first batch lies within [0, 1]' : 'its first batch leaves [0, 1]'}; set 'score-type' to override`);
    }
  }
  return { task, classes: task === 'regression' ? [] : classes, positive, ...(transform ? { transform } : {}) };
}

/**
 * A single-output model carries no class names; with labels other than 0/1 its two classes are
 * the two labels of the first batch (with 'positive-label'), sorted as scikit-learn sorts
 * classes_, and its output is the score of the second (or of 'positive-label').
 */
function classesFromLabels(keys: string[], d: DecideInput, notes: string[]): string[] {
  const names = new Set(keys);
  if (d.positiveLabel !== undefined && labelKey(d.positiveLabel) !== null) names.add(labelKey(d.positiveLabel)!);
  if (names.size !== 2) {
    throw new DataError(`${d.fileName}: the model has one output and names no classes, so its two classes are taken from the labels of the first batch; these are ${[...names].map(show).join(', ') || 'none'}, not two (relabel to 0/1, or set 'positive-label' and 'batch-size' so the first batch holds both)`, d.fileName);
  }
  const sorted = [...names].every((x) => Number.isFinite(Number(x))) ? [...names].sort((a, b) => Number(a) - Number(b)) : [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pos = d.positiveLabel !== undefined ? labelKey(d.positiveLabel)! : sorted[1]!;
  notes.push(`the model names no classes: its single output is read as the score of label ${show(pos)}, and ${show(sorted.find((x) => x !== pos)!)} is the other class (the labels of the first batch${d.positiveLabel === undefined ? ', the larger in sorted order is positive, as in scikit-learn' : ''})`);
  return sorted;
}
