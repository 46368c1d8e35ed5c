import { describe, expect, it } from 'vitest';
import { attr, encodeModel, ONNX_FLOAT, ONNX_INT64, type ModelSpec } from '../../src/model/onnx-writer.js';
import { readGraph, stripZipMap } from '../../src/model/onnx-proto.js';

const spec: ModelSpec = {
  irVersion: 7,
  opsets: [
    ['', 13],
    ['ai.onnx.ml', 1],
  ],
  producerName: 'test',
  producerVersion: '1',
  graph: {
    name: 'g',
    nodes: [
      { opType: 'LinearClassifier', domain: 'ai.onnx.ml', name: 'lc', inputs: ['x'], outputs: ['label', 'p'], attributes: [['classlabels_ints', attr.ints([-1, 1, 2 ** 40])], ['coefficients', attr.floats([1, 2, 3])]] },
      { opType: 'ZipMap', domain: 'ai.onnx.ml', name: 'zm', inputs: ['p'], outputs: ['probs'], attributes: [['classlabels_int64s', attr.ints([-1, 1, 2 ** 40])]] },
    ],
    inputs: [{ name: 'x', elemType: ONNX_FLOAT, shape: ['N', 1] }],
    outputs: [
      { name: 'label', elemType: ONNX_INT64, shape: ['N'] },
      { name: 'probs', elemType: ONNX_FLOAT, shape: ['N', 3] },
    ],
  },
};

describe('ONNX protobuf reading', () => {
  it('reads negative and large int64 class labels exactly', () => {
    const g = readGraph(encodeModel(spec));
    expect(g.nodes.map((n) => n.classLabels)).toEqual([
      [-1, 1, 2 ** 40],
      [-1, 1, 2 ** 40],
    ]);
  });

  it('replaces a ZipMap output by the probability tensor that fed it', () => {
    const { model, replaced } = stripZipMap(encodeModel(spec));
    expect(replaced.get('probs')).toEqual({ tensor: 'p', classLabels: [-1, 1, 2 ** 40] });
    const g = readGraph(model);
    expect(g.outputs).toEqual(['label', 'p']);
    expect(g.nodes.map((n) => n.opType)).toEqual(['LinearClassifier']);
  });
});
