// The ONNX encoder: protobuf wire details (varints, negative int64, float32, NaN, field order),
// agreement with the repository's reader (onnx-proto.ts), and onnxruntime loading and running
// what it writes. (Round trips through Python's onnx, onnx.load(b).SerializeToString() == b and
// onnx.checker.check_model, were checked when this was written; the tests need no Python.)
import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { readGraph } from '../../../src/model/onnx-proto.js';
import { ONNX_DOUBLE, ONNX_FLOAT, ONNX_INT64, ONNX_STRING, attr, encodeModel, type ModelSpec } from '../../../src/model/onnx-writer.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function addModel(): ModelSpec {
  return {
    irVersion: 7,
    opsets: [['', 13]],
    producerName: 'test',
    producerVersion: '1',
    graph: {
      name: 'g',
      nodes: [
        { opType: 'Add', name: 'Add', inputs: ['x', 'b'], outputs: ['sum'] },
        { opType: 'Concat', name: 'Concat', inputs: ['sum', 'sum'], outputs: ['y'], attributes: [['axis', attr.int(-1)]] },
      ],
      initializers: [{ name: 'b', elemType: ONNX_FLOAT, dims: [1, 2], values: [0.5, -2] }],
      inputs: [{ name: 'x', elemType: ONNX_FLOAT, shape: ['N', 2] }],
      outputs: [{ name: 'y', elemType: ONNX_FLOAT, shape: ['N', 4] }],
    },
  };
}

describe('encodeModel', () => {
  it('writes the fields of a tiny model exactly as protobuf does', () => {
    const bytes = encodeModel({
      irVersion: 7,
      opsets: [['', 13]],
      producerName: 'p',
      producerVersion: 'v',
      graph: { name: 'g', nodes: [{ opType: 'Identity', name: 'n', inputs: ['x'], outputs: ['y'] }], inputs: [], outputs: [] },
    });
    // 08 07: ir_version 7; 12 01 70: producer_name "p"; 1a 01 76: producer_version "v";
    // 3a ..: graph { 0a ..: node { 0a 01 78 input "x", 12 01 79 output "y", 1a 01 6e name "n",
    // 22 08 "Identity" }, 12 01 67 name "g" }; 42 02 10 0d: opset_import { version 13 }.
    expect(hex(bytes)).toBe('0807' + '120170' + '1a0176' + '3a18' + '0a13' + '0a0178' + '120179' + '1a016e' + '2208' + hex(Buffer.from('Identity')) + '120167' + '4202100d');
  });

  it('writes negative ints as ten-byte varints and floats as float32, NaN canonical', () => {
    const one = (a: ReturnType<typeof attr.int>) =>
      hex(encodeModel({ irVersion: 7, opsets: [], producerName: '', producerVersion: '', graph: { name: 'g', nodes: [{ opType: 'X', name: '', inputs: [], outputs: [], attributes: [['a', a]] }], inputs: [], outputs: [] } }));
    expect(one(attr.int(-1))).toContain('0a0161' + '18ffffffffffffffffff01' + 'a00102'); // name "a", i = -1, type INT
    expect(one(attr.float(NaN))).toContain('0a0161' + '150000c07f' + 'a00101'); // f = NaN (0x7fc00000)
    expect(one(attr.floats([1, 0.1]))).toContain('3d0000803f' + '3dcdcccc3d' + 'a00106'); // floats unpacked
    expect(one(attr.ints([1, 300]))).toContain('4001' + '40ac02' + 'a00107');
    expect(one(attr.strings(['é']))).toContain('4a02c3a9' + 'a00108');
  });

  it('is read back by the repository reader, class labels included', () => {
    const bytes = encodeModel({
      irVersion: 7,
      opsets: [
        ['', 13],
        ['ai.onnx.ml', 1],
      ],
      producerName: 'p',
      producerVersion: '1',
      graph: {
        name: 'g',
        nodes: [
          { opType: 'LinearClassifier', domain: 'ai.onnx.ml', name: 'c', inputs: ['x'], outputs: ['label', 'proba'], attributes: [['classlabels_ints', attr.ints([3, 7])], ['coefficients', attr.floats([1, 2, 3, 4])]] },
          { opType: 'Normalizer', domain: 'ai.onnx.ml', name: 'n', inputs: ['proba'], outputs: ['p2'], attributes: [['norm', attr.string('L1')]] },
          { opType: 'LinearClassifier', domain: 'ai.onnx.ml', name: 'd', inputs: ['x'], outputs: ['l2', 'p3'], attributes: [['classlabels_strings', attr.strings(['a', 'b'])]] },
        ],
        inputs: [{ name: 'x', elemType: ONNX_FLOAT, shape: ['N', 2] }],
        outputs: [
          { name: 'label', elemType: ONNX_INT64, shape: ['N'] },
          { name: 'p2', elemType: ONNX_FLOAT, shape: ['N', 2] },
          { name: 'l2', elemType: ONNX_STRING, shape: ['N'] },
        ],
      },
    });
    const g = readGraph(bytes);
    expect(g.outputs).toEqual(['label', 'p2', 'l2']);
    expect(g.nodes.map((n) => [n.opType, n.domain, n.inputs, n.outputs])).toEqual([
      ['LinearClassifier', 'ai.onnx.ml', ['x'], ['label', 'proba']],
      ['Normalizer', 'ai.onnx.ml', ['proba'], ['p2']],
      ['LinearClassifier', 'ai.onnx.ml', ['x'], ['l2', 'p3']],
    ]);
    expect(g.nodes[0].classLabels).toEqual([3, 7]);
    expect(g.nodes[2].classLabels).toEqual(['a', 'b']);
  });

  it('is loaded and run by onnxruntime: symbolic batch dimension, float initializer, negative axis', async () => {
    const session = await ort.InferenceSession.create(encodeModel(addModel()));
    expect(session.inputNames).toEqual(['x']);
    const out = await session.run({ x: new ort.Tensor('float32', Float32Array.from([1, 2, 3, 4, 5, 6]), [3, 2]) });
    expect(out.y.dims).toEqual([3, 4]);
    expect(Array.from(out.y.data as Float32Array)).toEqual([1.5, 0, 1.5, 0, 3.5, 2, 3.5, 2, 5.5, 4, 5.5, 4]);
  });

  it('writes int64 and double initializers as raw little-endian data', async () => {
    const spec = addModel();
    const g = spec.graph;
    const model: ModelSpec = {
      ...spec,
      graph: {
        ...g,
        nodes: [
          { opType: 'Reshape', name: 'r', inputs: ['x', 'shape'], outputs: ['flat'] },
          { opType: 'Add', name: 'a', inputs: ['flat', 'c'], outputs: ['y'] },
        ],
        initializers: [
          { name: 'shape', elemType: ONNX_INT64, dims: [1], values: [-1] },
          { name: 'c', elemType: ONNX_DOUBLE, dims: [1], values: [0.1] },
        ],
        inputs: [{ name: 'x', elemType: ONNX_DOUBLE, shape: ['N', 2] }],
        outputs: [{ name: 'y', elemType: ONNX_DOUBLE, shape: ['M'] }],
      },
    };
    const session = await ort.InferenceSession.create(encodeModel(model));
    const out = await session.run({ x: new ort.Tensor('float64', Float64Array.from([1, 2, 3, 4]), [2, 2]) });
    expect(Array.from(out.y.data as Float64Array)).toEqual([1.1, 2.1, 3.1, 4.1]);
  });

  it('rejects initializers whose values do not fill their dims, and unsafe integers', () => {
    const bad = addModel();
    expect(() => encodeModel({ ...bad, graph: { ...bad.graph, initializers: [{ name: 'b', elemType: ONNX_FLOAT, dims: [2, 2], values: [1] }] } })).toThrow(/dims \[2, 2\] hold 4 values/);
    expect(() => encodeModel({ ...bad, irVersion: 2 ** 60 })).toThrow(/not a safe integer/);
  });

  it('gives the same bytes for the same spec', () => {
    expect(hex(encodeModel(addModel()))).toBe(hex(encodeModel(addModel())));
  });
});
