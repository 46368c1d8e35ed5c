/**
 * The ONNX graph of a fitted model, in the form skl2onnx emits for
 * `Pipeline([('prep', ColumnTransformer([...])), ('model', ...)])` converted with one input per
 * column (zipmap=False), so evaluate-model and any onnxruntime takes the raw columns:
 *
 *   numeric inputs (float [N, 1]) -> FeatureVectorizer -> Imputer (NaN -> training mean)
 *     -> Scaler (offset = mean, scale = 1 / std)
 *   each categorical input (string [N, 1]) -> OneHotEncoder(cats_strings, zeros=1) [N, 1, C]
 *     -> Concat(axis=-1) -> Reshape [N, sum C]
 *   Concat(axis=1) of both -> LinearClassifier -> label [N] + probabilities [N, K]
 *                          or LinearRegressor  -> variable [N, 1]
 *
 * LinearClassifier as skl2onnx writes it for LogisticRegression: binary models carry the
 * coefficient row twice, negated for the first class, with post_transform LOGISTIC (scores
 * [1 - p, p]); multinomial models carry K rows with post_transform SOFTMAX and multi_class 1, then
 * a Normalizer(L1). Class labels are classlabels_ints when every class is an integer, else
 * classlabels_strings. Tensor names never collide with an input (column) name: a taken name gets
 * skl2onnx's numeric suffix (variable, variable1, ...). Attributes are sorted by name, as
 * onnx.helper.make_node writes them. Opsets: ai.onnx 13 (Concat, Reshape), ai.onnx.ml 1; IR 7.
 */
import { ONNX_FLOAT, ONNX_INT64, ONNX_STRING, attr, encodeModel, type AttributeValue, type ModelSpec, type NodeSpec, type TensorSpec, type ValueInfoSpec } from '../model/onnx-writer.js';
import type { Algorithm } from './config.js';
import type { LogisticFit, RidgeFit } from './linear.js';
import type { Preprocessor } from './preprocess.js';

/** Written as producer_version: a format version of this graph, not the package version, so a release does not change model bytes. */
export const PRODUCER_NAME = 'modelgate';
export const PRODUCER_VERSION = 'train/1';
export const IR_VERSION = 7;
export const OPSET_ONNX = 13;
export const OPSET_ML = 1;

export interface GraphModel {
  algorithm: Algorithm;
  prep: Preprocessor;
  fit: LogisticFit | RidgeFit;
  /** Classification: class labels in index order (all numbers or all strings). */
  classLabels?: number[] | string[];
  label: string;
  l2: number;
}

class Names {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  fresh(base: string): string {
    let name = base;
    for (let k = 1; this.used.has(name); k++) name = `${base}${k}`;
    this.used.add(name);
    return name;
  }
}

function node(names: Names, opType: string, inputs: string[], outputs: string[], attrs: Record<string, AttributeValue> = {}, domain = 'ai.onnx.ml'): NodeSpec {
  const attributes = Object.keys(attrs)
    .sort()
    .map((k) => [k, attrs[k]] as [string, AttributeValue]);
  return { opType, domain: domain || undefined, name: names.fresh(opType), inputs, outputs, attributes };
}

/** The graph spec of a fitted model (see the module header). */
export function buildModelSpec(m: GraphModel): ModelSpec {
  const { prep, fit } = m;
  const tensors = new Names(prep.inputs.map((i) => i.name));
  const nodeNames = new Names();
  const nodes: NodeSpec[] = [];
  const initializers: TensorSpec[] = [];
  const inputs: ValueInfoSpec[] = prep.inputs.map((i) => ({ name: i.name, elemType: i.kind === 'numeric' ? ONNX_FLOAT : ONNX_STRING, shape: ['N', 1] }));
  const outputs: ValueInfoSpec[] = [];

  // Output names first, so they are the plain names whenever no column takes them.
  let labelOut = '';
  let probaOut = '';
  let valueOut = '';
  if (fit.kind === 'logistic') {
    labelOut = tensors.fresh('label');
    probaOut = tensors.fresh('probabilities');
  } else valueOut = tensors.fresh('variable');

  const parts: string[] = [];
  if (prep.numeric.length) {
    const concatenated = tensors.fresh('concatenated');
    nodes.push(node(nodeNames, 'FeatureVectorizer', prep.numeric.map((f) => f.name), [concatenated], { inputdimensions: attr.ints(prep.numeric.map(() => 1)) }));
    const imputed = tensors.fresh('variable');
    nodes.push(node(nodeNames, 'Imputer', [concatenated], [imputed], { imputed_value_floats: attr.floats(prep.numeric.map((f) => f.mean)), replaced_value_float: attr.float(NaN) }));
    const scaled = tensors.fresh('variable');
    nodes.push(node(nodeNames, 'Scaler', [imputed], [scaled], { offset: attr.floats(prep.numeric.map((f) => f.mean)), scale: attr.floats(prep.numeric.map((f) => 1 / f.scale)) }));
    parts.push(scaled);
  }
  if (prep.categorical.length) {
    const encoded = prep.categorical.map((f) => {
      const out = tensors.fresh(`${f.name}out`);
      nodes.push(node(nodeNames, 'OneHotEncoder', [f.name], [out], { cats_strings: attr.strings(f.categories), zeros: attr.int(1) }));
      return out;
    });
    const concat = tensors.fresh('concat_result');
    nodes.push(node(nodeNames, 'Concat', encoded, [concat], { axis: attr.int(-1) }, ''));
    const shape = tensors.fresh('shape_tensor');
    const total = prep.categorical.reduce((a, f) => a + f.categories.length, 0);
    initializers.push({ name: shape, elemType: ONNX_INT64, dims: [2], values: [-1, total] });
    const reshaped = tensors.fresh('variable');
    nodes.push(node(nodeNames, 'Reshape', [concat, shape], [reshaped], {}, ''));
    parts.push(reshaped);
  }
  let features = parts[0];
  if (parts.length > 1) {
    features = tensors.fresh('transformed_column');
    nodes.push(node(nodeNames, 'Concat', parts, [features], { axis: attr.int(1) }, ''));
  }

  if (fit.kind === 'logistic') {
    const labels = m.classLabels!;
    const K = fit.classes;
    const stringLabels = typeof labels[0] === 'string';
    const classAttr: Record<string, AttributeValue> = stringLabels ? { classlabels_strings: attr.strings(labels as string[]) } : { classlabels_ints: attr.ints(labels as number[]) };
    if (K === 2) {
      const w = fit.coef;
      const coefficients = new Float64Array(2 * w.length);
      for (let j = 0; j < w.length; j++) {
        coefficients[j] = -w[j];
        coefficients[w.length + j] = w[j];
      }
      nodes.push(
        node(nodeNames, 'LinearClassifier', [features], [labelOut, probaOut], {
          ...classAttr,
          coefficients: attr.floats(coefficients),
          intercepts: attr.floats([-fit.intercept[0], fit.intercept[0]]),
          multi_class: attr.int(0),
          post_transform: attr.string('LOGISTIC'),
        }),
      );
    } else {
      const probaTensor = tensors.fresh('probability_tensor');
      nodes.push(
        node(nodeNames, 'LinearClassifier', [features], [labelOut, probaTensor], {
          ...classAttr,
          coefficients: attr.floats(fit.coef),
          intercepts: attr.floats(fit.intercept),
          multi_class: attr.int(1),
          post_transform: attr.string('SOFTMAX'),
        }),
      );
      nodes.push(node(nodeNames, 'Normalizer', [probaTensor], [probaOut], { norm: attr.string('L1') }));
    }
    outputs.push({ name: labelOut, elemType: stringLabels ? ONNX_STRING : ONNX_INT64, shape: ['N'] });
    outputs.push({ name: probaOut, elemType: ONNX_FLOAT, shape: ['N', K] });
  } else {
    nodes.push(node(nodeNames, 'LinearRegressor', [features], [valueOut], { coefficients: attr.floats(fit.coef), intercepts: attr.floats([fit.intercept]) }));
    outputs.push({ name: valueOut, elemType: ONNX_FLOAT, shape: ['N', 1] });
  }

  const estimator = m.algorithm === 'logistic-regression' ? `LogisticRegression(C=${m.l2 === 0 ? 'inf' : 1 / m.l2})` : `Ridge(alpha=${m.l2})`;
  return {
    irVersion: IR_VERSION,
    opsets: [
      ['', OPSET_ONNX],
      ['ai.onnx.ml', OPSET_ML],
    ],
    producerName: PRODUCER_NAME,
    producerVersion: PRODUCER_VERSION,
    modelVersion: 1,
    docString: `${estimator} on imputed, standardized numeric and one-hot categorical columns, trained by modelgate`,
    graph: { name: m.algorithm.replace('-', '_'), nodes, initializers, inputs, outputs },
    metadata: [
      ['modelgate.algorithm', m.algorithm],
      ['modelgate.label', m.label],
      ['modelgate.l2', String(m.l2)],
    ],
  };
}

export function encodeTrainedModel(m: GraphModel): Uint8Array {
  return encodeModel(buildModelSpec(m));
}
