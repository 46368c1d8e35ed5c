// Writes the scikit-learn model of PREFIX.params.json (generate.py) as ONNX with modelgate's own
// encoder (src/model/onnx-writer.ts): input [N, 20] -> Sub(mean) -> Div(scale) -> MatMul(coef) ->
// Add(intercept) -> Sigmoid -> probability [N, 1], the positive-class probability of
// StandardScaler + LogisticRegression.   tsx bench/importance/make_onnx.ts PREFIX
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeModel, ONNX_FLOAT } from '../../src/model/onnx-writer.js';

const prefix = process.argv[2]!;
const p = JSON.parse(readFileSync(`${prefix}.params.json`, 'utf8')) as { features: string[]; mean: number[]; scale: number[]; coef: number[]; intercept: number };
const F = p.features.length;
const bytes = encodeModel({
  irVersion: 7,
  opsets: [['', 13]],
  producerName: 'modelgate bench/importance/make_onnx.ts',
  producerVersion: '1',
  graph: {
    name: 'logreg',
    nodes: [
      { opType: 'Sub', name: 'sub', inputs: ['input', 'mean'], outputs: ['centred'] },
      { opType: 'Div', name: 'div', inputs: ['centred', 'scale'], outputs: ['scaled'] },
      { opType: 'MatMul', name: 'matmul', inputs: ['scaled', 'coef'], outputs: ['z0'] },
      { opType: 'Add', name: 'add', inputs: ['z0', 'intercept'], outputs: ['z'] },
      { opType: 'Sigmoid', name: 'sigmoid', inputs: ['z'], outputs: ['probability'] },
    ],
    initializers: [
      { name: 'mean', elemType: ONNX_FLOAT, dims: [F], values: p.mean },
      { name: 'scale', elemType: ONNX_FLOAT, dims: [F], values: p.scale },
      { name: 'coef', elemType: ONNX_FLOAT, dims: [F, 1], values: p.coef },
      { name: 'intercept', elemType: ONNX_FLOAT, dims: [1], values: [p.intercept] },
    ],
    inputs: [{ name: 'input', elemType: ONNX_FLOAT, shape: ['N', F] }],
    outputs: [{ name: 'probability', elemType: ONNX_FLOAT, shape: ['N', 1] }],
  },
});
writeFileSync(`${prefix}.onnx`, bytes);
console.log(`wrote ${prefix}.onnx (${bytes.length} bytes)`);
