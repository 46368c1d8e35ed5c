/**
 * Open Inference Protocol v2 tensors <-> onnxruntime tensors.
 *
 * A request tensor is `{ name, shape, datatype, data }` with `data` flat in row-major order or
 * nested as the shape (the protocol allows both). Every check that can fail here is the client's
 * mistake and throws a RequestError (HTTP 400) that names the input: nothing malformed reaches
 * onnxruntime, where some inputs abort the whole process (a batch of 0 rows into a FeatureVectorizer
 * raises SIGABRT, see test/fixtures/models/README.md).
 */
import type { IoSpec } from '../model/model.js';

/** A client error with its HTTP status; the message is returned as `{"error": message}`. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    message: string,
    readonly status = 400,
    readonly kind = 'bad_request',
  ) {
    super(message);
  }
}

export type OrtType = 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'float16' | 'float32' | 'float64' | 'string';

const OIP_TO_ORT: Record<string, OrtType> = {
  BOOL: 'bool',
  INT8: 'int8',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  UINT8: 'uint8',
  UINT16: 'uint16',
  UINT32: 'uint32',
  UINT64: 'uint64',
  FP16: 'float16',
  FP32: 'float32',
  FP64: 'float64',
  BYTES: 'string',
};
const ORT_TO_OIP = Object.fromEntries(Object.entries(OIP_TO_ORT).map(([k, v]) => [v, k])) as Record<OrtType, string>;

export function oipDatatype(ortType: string): string {
  return ORT_TO_OIP[ortType as OrtType] ?? ortType.toUpperCase();
}

/** A model dimension as the protocol writes it: variable dimensions are -1. */
export function oipShape(shape: (number | string)[]): number[] {
  return shape.map((d) => (typeof d === 'number' && d >= 0 ? d : -1));
}

export interface TensorMetadata {
  name: string;
  datatype: string;
  shape: number[];
}

export function tensorMetadata(io: IoSpec): TensorMetadata {
  return { name: io.name, datatype: oipDatatype(io.type), shape: oipShape(io.shape) };
}

export type TensorData = Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | BigInt64Array | Uint8Array | Uint16Array | Uint32Array | BigUint64Array | string[];

/** A decoded tensor, ready to become an onnxruntime Tensor. */
export interface HostTensor {
  type: OrtType;
  data: TensorData;
  dims: number[];
}

const INT_RANGE: Partial<Record<OrtType, [number, number]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
};

function allocate(type: OrtType, n: number): TensorData {
  switch (type) {
    case 'float32':
      return new Float32Array(n);
    case 'float64':
      return new Float64Array(n);
    case 'int8':
      return new Int8Array(n);
    case 'int16':
      return new Int16Array(n);
    case 'int32':
      return new Int32Array(n);
    case 'int64':
      return new BigInt64Array(n);
    case 'uint8':
    case 'bool':
      return new Uint8Array(n);
    case 'uint16':
      return new Uint16Array(n);
    case 'uint32':
      return new Uint32Array(n);
    case 'uint64':
      return new BigUint64Array(n);
    case 'string':
      return new Array<string>(n);
    default:
      throw new RequestError(`datatype ${oipDatatype(type)} is not supported by this server`);
  }
}

/** Writes `data` (flat or nested, row-major) into `out`, checking each element's JSON type. */
function fill(out: TensorData, type: OrtType, data: unknown, where: string, shape: number[]): void {
  let k = 0;
  const n = out.length;
  const range = INT_RANGE[type];
  const put = (v: unknown, depth: number): void => {
    if (Array.isArray(v)) {
      // Nested as the shape at most: deeper nesting is a mistake (and unbounded recursion).
      if (depth > Math.max(shape.length, 1)) throw new RequestError(`${where}: data is nested deeper than its shape [${shape.join(', ')}]`);
      for (const x of v) put(x, depth + 1);
      return;
    }
    if (k >= n) {
      k++;
      return;
    }
    const at = () => `${where}: data element ${k}`;
    switch (type) {
      case 'string':
        if (typeof v !== 'string') throw new RequestError(`${at()} is ${jsonKind(v)}; BYTES takes strings`);
        (out as string[])[k++] = v;
        return;
      case 'bool':
        if (typeof v !== 'boolean') throw new RequestError(`${at()} is ${jsonKind(v)}; BOOL takes true or false`);
        (out as Uint8Array)[k++] = v ? 1 : 0;
        return;
      case 'float32':
      case 'float64':
        if (typeof v !== 'number') throw new RequestError(`${at()} is ${jsonKind(v)}; ${oipDatatype(type)} takes numbers`);
        (out as Float64Array)[k++] = v;
        return;
      case 'int64':
      case 'uint64': {
        if (typeof v !== 'number' || !Number.isInteger(v)) throw new RequestError(`${at()} is ${jsonKind(v)}; ${oipDatatype(type)} takes integers`);
        if (!Number.isSafeInteger(v) || (type === 'uint64' && v < 0)) throw new RequestError(`${at()} (${v}) is out of range for ${oipDatatype(type)} as a JSON number`);
        (out as BigInt64Array)[k++] = BigInt(v);
        return;
      }
      default: {
        if (typeof v !== 'number' || !Number.isInteger(v)) throw new RequestError(`${at()} is ${jsonKind(v)}; ${oipDatatype(type)} takes integers`);
        if (range && (v < range[0] || v > range[1])) throw new RequestError(`${at()} (${v}) is out of range for ${oipDatatype(type)}`);
        (out as Int32Array)[k++] = v;
      }
    }
  };
  put(data, 1);
  if (k !== n) throw new RequestError(`${where}: data has ${k} elements; shape [${shape.join(', ')}] needs ${n}`);
}

export function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isInteger(v) ? `the integer ${v}` : `the number ${v}`;
  if (typeof v === 'string') return `a string`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface InferRequest {
  id?: string;
  inputs: Map<string, HostTensor>;
  /** Requested outputs; undefined means all. */
  outputs?: string[];
  /** Rows in the request (the first dimension, shared by every input). */
  rows: number;
}

/** Largest tensor a request may declare (elements), before any allocation. */
const MAX_ELEMENTS = 1 << 26;

/** Parses and checks an inference request body against the model's inputs and outputs. */
export function parseInferRequest(body: unknown, inputs: IoSpec[], outputs: IoSpec[]): InferRequest {
  if (!isObject(body)) throw new RequestError(`the request body must be a JSON object with "inputs"; got ${jsonKind(body)}`);
  const id = body.id;
  if (id !== undefined && typeof id !== 'string') throw new RequestError(`"id" must be a string; got ${jsonKind(id)}`);
  if (!Array.isArray(body.inputs) || body.inputs.length === 0) throw new RequestError(`"inputs" must be a non-empty array of tensors`);
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const out = new Map<string, HostTensor>();
  let rows = -1;
  body.inputs.forEach((t: unknown, i: number) => {
    if (!isObject(t)) throw new RequestError(`inputs[${i}] must be an object with name, shape, datatype and data`);
    if (typeof t.name !== 'string') throw new RequestError(`inputs[${i}].name must be a string`);
    const spec = byName.get(t.name);
    const where = `input '${t.name}'`;
    if (!spec) throw new RequestError(`${where}: the model has no such input; its inputs are ${inputs.map((x) => `'${x.name}'`).join(', ')}`);
    if (out.has(t.name)) throw new RequestError(`${where} is given twice`);
    if (typeof t.datatype !== 'string') throw new RequestError(`${where}: "datatype" must be a string such as ${oipDatatype(spec.type)}`);
    const type = OIP_TO_ORT[t.datatype];
    if (!type) throw new RequestError(`${where}: unknown datatype '${t.datatype}'; use one of ${Object.keys(OIP_TO_ORT).join(', ')}`);
    if (type !== spec.type) throw new RequestError(`${where}: datatype ${t.datatype} does not match the model's ${oipDatatype(spec.type)}`);
    const shape = t.shape;
    if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0)) {
      throw new RequestError(`${where}: "shape" must be an array of non-negative integers`);
    }
    const want = oipShape(spec.shape);
    if (shape.length !== want.length || shape.some((d, j) => want[j] !== -1 && want[j] !== d)) {
      throw new RequestError(`${where}: shape [${shape.join(', ')}] does not fit the model's [${want.join(', ')}] (-1 is any size)`);
    }
    const n = shape.reduce((a: number, b: number) => a * b, 1);
    if (n === 0) throw new RequestError(`${where}: shape [${shape.join(', ')}] has no elements`);
    if (n > MAX_ELEMENTS) throw new RequestError(`${where}: shape [${shape.join(', ')}] is too large`, 413, 'too_large');
    if (!Array.isArray(t.data)) throw new RequestError(`${where}: "data" must be an array`);
    const data = allocate(type, n);
    fill(data, type, t.data, where, shape);
    if (shape.length > 0 && want[0] === -1) {
      if (rows === -1) rows = shape[0];
      else if (rows !== shape[0]) throw new RequestError(`${where}: ${shape[0]} rows, but another input has ${rows}; every input needs the same first dimension`);
    }
    out.set(t.name, { type, data, dims: shape as number[] });
  });
  const missing = inputs.filter((i) => !out.has(i.name));
  if (missing.length) throw new RequestError(`missing input ${missing.map((m) => `'${m.name}' (${oipDatatype(m.type)} [${oipShape(m.shape).join(', ')}])`).join(', ')}`);
  let requested: string[] | undefined;
  if (body.outputs !== undefined) {
    if (!Array.isArray(body.outputs)) throw new RequestError(`"outputs" must be an array of {"name": ...}`);
    const known = new Set(outputs.map((o) => o.name));
    requested = body.outputs.map((o: unknown, i: number) => {
      if (!isObject(o) || typeof o.name !== 'string') throw new RequestError(`outputs[${i}] must be an object with a "name"`);
      if (!known.has(o.name)) throw new RequestError(`output '${o.name}': the model has no such output; its outputs are ${[...known].map((x) => `'${x}'`).join(', ')}`);
      return o.name;
    });
  }
  return { id: id as string | undefined, inputs: out, outputs: requested, rows: rows === -1 ? 1 : rows };
}

export interface ResponseOutput {
  name: string;
  datatype: string;
  shape: number[];
  data: (number | string | boolean | null)[];
}

/** An onnxruntime output as the protocol's flat, row-major tensor. */
export function responseOutput(name: string, t: { type: string; dims: readonly number[]; data: unknown }): ResponseOutput {
  const src = t.data as ArrayLike<unknown>;
  const data = new Array<number | string | boolean | null>(src.length);
  if (t.type === 'int64' || t.type === 'uint64') for (let i = 0; i < src.length; i++) data[i] = Number(src[i] as bigint);
  else if (t.type === 'bool') for (let i = 0; i < src.length; i++) data[i] = src[i] === 1 || src[i] === true;
  else if (t.type === 'float32' || t.type === 'float64') {
    for (let i = 0; i < src.length; i++) {
      const v = src[i] as number;
      data[i] = Number.isFinite(v) ? v : null;
    }
  } else for (let i = 0; i < src.length; i++) data[i] = src[i] as number | string;
  return { name, datatype: oipDatatype(t.type), shape: [...t.dims], data };
}
