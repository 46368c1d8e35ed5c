/**
 * Real ONNX models for the deploy tests, written with the product's own encoder (no Python). Each
 * takes `x` FP32 [N, 3] and outputs `probabilities` FP32 [N, 2] = Softmax(x W + B):
 *
 * - `good`: the stable model's arithmetic (its own bytes, so its own version in the registry);
 * - `erroring`: the same answers, plus a Gather whose index is the third feature cast to int64,
 *   from a table of two zeros added to the logits: a request whose x[:, 2] is 0 or 1 is answered
 *   as by `good`, one whose x[:, 2] is 5 fails in onnxruntime at run time (index out of bounds);
 *   the load generator sends 5 on 5% of its requests;
 * - `slow`: the same answers, plus `matmuls` chained k x k matrix products that depend on the
 *   input (so onnxruntime cannot fold them away) and are multiplied by 0 before they are added:
 *   real extra computation;
 * - `other`: W negated: another label for most rows (a shadow that disagrees);
 * - `shifted`: 1 added to the class-1 logit: a higher score on every row (a moved prediction distribution).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, encodeModel, type NodeSpec, type TensorSpec } from '../../../src/model/onnx-writer.js';

const W = [1, -1, 0.5, 0.2, 0.1, 0.1];
const B = [0.1, -0.1];

function base(extra: { nodes: NodeSpec[]; initializers: TensorSpec[]; add?: string }, w = W, tag = ''): Uint8Array {
  const nodes: NodeSpec[] = [
    { opType: 'MatMul', name: 'mm', inputs: ['x', 'W'], outputs: ['xw'] },
    { opType: 'Add', name: 'bias', inputs: ['xw', 'B'], outputs: ['logits0'] },
    ...extra.nodes,
    ...(extra.add ? [{ opType: 'Add', name: 'extra', inputs: ['logits0', extra.add], outputs: ['logits'] }] : [{ opType: 'Identity', name: 'same', inputs: ['logits0'], outputs: ['logits'] }]),
    { opType: 'Softmax', name: 'softmax', inputs: ['logits'], outputs: ['probabilities'], attributes: [['axis', attr.int(1)]] },
  ];
  return encodeModel({
    irVersion: 7,
    opsets: [['', 13]],
    producerName: 'modelgate-test',
    producerVersion: tag || '0',
    graph: {
      name: 'deploy_test',
      nodes,
      initializers: [{ name: 'W', elemType: 1, dims: [3, 2], values: w }, { name: 'B', elemType: 1, dims: [2], values: B }, ...extra.initializers],
      inputs: [{ name: 'x', elemType: 1, shape: ['N', 3] }],
      outputs: [{ name: 'probabilities', elemType: 1, shape: ['N', 2] }],
    },
  });
}

export function goodModel(tag: string): Uint8Array {
  return base({ nodes: [], initializers: [] }, W, tag);
}

export function otherModel(): Uint8Array {
  return base({ nodes: [], initializers: [] }, W.map((v) => -v), 'other');
}

/** The same arithmetic with 1 added to the class-1 logit: every row's class-1 probability is higher (a moved score distribution). */
export function shiftedModel(): Uint8Array {
  return base({ nodes: [], initializers: [{ name: 'shift', elemType: 1, dims: [2], values: [0, 1] }], add: 'shift' }, W, 'shifted');
}

export function erroringModel(): Uint8Array {
  return base({
    nodes: [
      { opType: 'Gather', name: 'third', inputs: ['x', 'two'], outputs: ['f2'], attributes: [['axis', attr.int(1)]] },
      { opType: 'Cast', name: 'index', inputs: ['f2'], outputs: ['i2'], attributes: [['to', attr.int(7)]] },
      { opType: 'Gather', name: 'lookup', inputs: ['table', 'i2'], outputs: ['g'], attributes: [['axis', attr.int(0)]] },
      { opType: 'Unsqueeze', name: 'column', inputs: ['g', 'axis1'], outputs: ['g1'] },
    ],
    initializers: [
      { name: 'two', elemType: 7, dims: [], values: [2] },
      { name: 'table', elemType: 1, dims: [2], values: [0, 0] },
      { name: 'axis1', elemType: 7, dims: [1], values: [1] },
    ],
    add: 'g1',
  }, W, 'erroring');
}

export function slowModel(k: number, matmuls: number): Uint8Array {
  const a = new Float32Array(k * k).fill(1 / k);
  const nodes: NodeSpec[] = [
    { opType: 'ReduceSum', name: 'sum', inputs: ['x'], outputs: ['s'], attributes: [['keepdims', attr.int(1)]] },
    { opType: 'Mul', name: 'scaled', inputs: ['A', 's'], outputs: ['p0'] },
  ];
  for (let i = 0; i < matmuls; i++) nodes.push({ opType: 'MatMul', name: `work${i}`, inputs: [`p${i}`, 'A'], outputs: [`p${i + 1}`] });
  nodes.push(
    { opType: 'ReduceSum', name: 'total', inputs: [`p${matmuls}`], outputs: ['t'], attributes: [['keepdims', attr.int(1)]] },
    { opType: 'Mul', name: 'nothing', inputs: ['t', 'zero'], outputs: ['z'] },
  );
  return base({ nodes, initializers: [{ name: 'A', elemType: 1, dims: [k, k], values: a }, { name: 'zero', elemType: 1, dims: [], values: [0] }], add: 'z' }, W, `slow-${k}x${matmuls}`);
}

/** Writes a model to `dir/<name>/model.onnx` (one folder per model, as register takes files). */
export function writeModel(dir: string, name: string, bytes: Uint8Array): string {
  const p = join(dir, `${name}.onnx`);
  writeFileSync(p, bytes);
  return p;
}

/** The stable model's answer for one row (to check that answers never change). */
export function expectedProbabilities(row: number[]): number[] {
  const l = [0, 1].map((j) => row[0] * W[j] + row[1] * W[2 + j] + row[2] * W[4 + j] + B[j]);
  const m = Math.max(...l);
  const e = l.map((v) => Math.exp(v - m));
  return e.map((v) => v / (e[0] + e[1]));
}
