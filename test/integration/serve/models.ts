/**
 * ONNX models for the serve tests, written with the product's own ONNX encoder (no Python):
 *
 * - typed_identity.onnx: one input per Open Inference Protocol datatype (x_bool, x_int8, ...,
 *   x_fp64, x_bytes), each [N, 2], with an Identity output y_<type> each: tensors come back as
 *   sent, so each datatype's decoding and encoding is checked end to end;
 * - kserve_example.onnx: the model of the protocol's inference example (KServe
 *   docs/predict-api/v2/required_api.md): input0 UINT32 [2, 2], input1 BOOL [3];
 *   output0 FP32 [2, 2] = float(input0) + 0.5 and output1 BOOL [3] = not input1.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel, attr, type OnnxElemType } from '../../../src/model/onnx-writer.js';

/** TensorProto.DataType numbers, by OIP datatype. */
export const TYPES: [string, number][] = [
  ['BOOL', 9], ['INT8', 3], ['INT16', 5], ['INT32', 6], ['INT64', 7], ['UINT8', 2],
  ['UINT16', 4], ['UINT32', 12], ['UINT64', 13], ['FP32', 1], ['FP64', 11], ['BYTES', 8],
];

const model = (graph: Parameters<typeof encodeModel>[0]['graph']) => encodeModel({ irVersion: 7, opsets: [['', 13]], producerName: 'modelgate-test', producerVersion: '0', graph });

export function writeServeModels(dir: string): { typed: string; kserve: string } {
  const typed = join(dir, 'typed_identity.onnx');
  writeFileSync(
    typed,
    model({
      name: 'typed_identity',
      nodes: TYPES.map(([t]) => ({ opType: 'Identity', name: `id_${t}`, inputs: [`x_${t.toLowerCase()}`], outputs: [`y_${t.toLowerCase()}`] })),
      inputs: TYPES.map(([t, e]) => ({ name: `x_${t.toLowerCase()}`, elemType: e as OnnxElemType, shape: ['N', 2] })),
      outputs: TYPES.map(([t, e]) => ({ name: `y_${t.toLowerCase()}`, elemType: e as OnnxElemType, shape: ['N', 2] })),
    }),
  );
  const kserve = join(dir, 'kserve_example.onnx');
  writeFileSync(
    kserve,
    model({
      name: 'kserve_example',
      nodes: [
        { opType: 'Cast', name: 'cast', inputs: ['input0'], outputs: ['f'], attributes: [['to', attr.int(1)]] },
        { opType: 'Add', name: 'add', inputs: ['f', 'half'], outputs: ['output0'] },
        { opType: 'Not', name: 'not', inputs: ['input1'], outputs: ['output1'] },
      ],
      initializers: [{ name: 'half', elemType: 1, dims: [], values: [0.5] }],
      inputs: [
        { name: 'input0', elemType: 12 as OnnxElemType, shape: [2, 2] },
        { name: 'input1', elemType: 9 as OnnxElemType, shape: [3] },
      ],
      outputs: [
        { name: 'output0', elemType: 1, shape: [2, 2] },
        { name: 'output1', elemType: 9 as OnnxElemType, shape: [3] },
      ],
    }),
  );
  return { typed, kserve };
}
