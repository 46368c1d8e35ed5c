/**
 * Just enough of the ONNX protobuf format (onnx.proto3) to read what evaluate-model needs and to
 * make one edit: a graph's ZipMap outputs (sequence<map<label, float>>, which onnxruntime-node cannot
 * return: "Non tensor type is temporarily not supported") are removed and the probability tensor
 * that fed them becomes the graph output instead. Everything else is copied byte for byte.
 *
 * Wire format: each field is a varint key (field number << 3 | wire type) followed by a varint
 * (type 0), 8 bytes (1), a length-prefixed payload (2) or 4 bytes (5).
 */
import { DataError } from '../errors.js';

interface Field {
  no: number;
  wire: number;
  /** Byte range of the whole field (key included) in the message buffer. */
  start: number;
  end: number;
  /** For wire type 2: payload range. For type 0: the varint value. */
  value: number;
  payloadStart: number;
}

function readVarint(buf: Uint8Array, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= buf.length) throw new RangeError('truncated varint');
    const b = buf[pos++];
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [result, pos];
    shift += 7;
    if (shift > 63) throw new RangeError('varint too long');
  }
}

function fields(buf: Uint8Array, start = 0, end = buf.length): Field[] {
  const out: Field[] = [];
  let pos = start;
  while (pos < end) {
    const fieldStart = pos;
    let key: number;
    [key, pos] = readVarint(buf, pos);
    const no = Math.floor(key / 8);
    const wire = key & 7;
    let value = 0;
    let payloadStart = pos;
    switch (wire) {
      case 0:
        [value, pos] = readVarint(buf, pos);
        break;
      case 1:
        pos += 8;
        break;
      case 2:
        [value, pos] = readVarint(buf, pos);
        payloadStart = pos;
        pos += value;
        break;
      case 5:
        pos += 4;
        break;
      default:
        throw new RangeError(`unsupported wire type ${wire}`);
    }
    if (pos > end) throw new RangeError('truncated field');
    out.push({ no, wire, start: fieldStart, end: pos, value, payloadStart });
  }
  return out;
}

/** An int64 varint (two's complement over 64 bits) as a number: exact for |v| <= 2^53. */
function readInt64(buf: Uint8Array, pos: number): [number, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new RangeError('truncated varint');
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) return [Number(BigInt.asIntN(64, result)), pos];
    shift += 7n;
    if (shift > 63n) throw new RangeError('varint too long');
  }
}

const utf8 = new TextDecoder();
const str = (buf: Uint8Array, f: Field) => utf8.decode(buf.subarray(f.payloadStart, f.payloadStart + f.value));
const sub = (buf: Uint8Array, f: Field) => buf.subarray(f.payloadStart, f.payloadStart + f.value);

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

function lenField(no: number, payload: Uint8Array): Uint8Array {
  const head = [...varint(no * 8 + 2), ...varint(payload.length)];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head);
  out.set(payload, head.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export interface OnnxNode {
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Class labels of ai.onnx.ml classifiers and ZipMap (ints as numbers, or strings). */
  classLabels?: (number | string)[];
}

function parseNode(buf: Uint8Array): OnnxNode {
  const node: OnnxNode = { opType: '', domain: '', inputs: [], outputs: [] };
  for (const f of fields(buf)) {
    if (f.no === 1 && f.wire === 2) node.inputs.push(str(buf, f));
    else if (f.no === 2 && f.wire === 2) node.outputs.push(str(buf, f));
    else if (f.no === 4 && f.wire === 2) node.opType = str(buf, f);
    else if (f.no === 7 && f.wire === 2) node.domain = str(buf, f);
    else if (f.no === 5 && f.wire === 2) {
      const a = sub(buf, f);
      const af = fields(a);
      const name = af.find((x) => x.no === 1);
      const attrName = name ? str(a, name) : '';
      if (attrName === 'classlabels_ints' || attrName === 'classlabels_int64s') {
        const ints: number[] = [];
        for (const x of af) {
          if (x.no === 8 && x.wire === 0) ints.push(readInt64(a, x.payloadStart)[0]);
          else if (x.no === 8 && x.wire === 2) {
            // packed
            let p = x.payloadStart;
            const e = x.payloadStart + x.value;
            while (p < e) {
              let v: number;
              [v, p] = readInt64(a, p);
              ints.push(v);
            }
          }
        }
        node.classLabels = ints;
      } else if (attrName === 'classlabels_strings') {
        node.classLabels = af.filter((x) => x.no === 9 && x.wire === 2).map((x) => str(a, x));
      }
    }
  }
  return node;
}

export interface OnnxGraphInfo {
  nodes: OnnxNode[];
  outputs: string[];
}

function locateGraph(model: Uint8Array): Field {
  let top: Field[];
  try {
    top = fields(model);
  } catch (e) {
    throw new DataError(`not an ONNX model (${(e as Error).message})`);
  }
  const graph = top.find((f) => f.no === 7 && f.wire === 2);
  if (!graph) throw new DataError('not an ONNX model (no graph)');
  return graph;
}

export function readGraph(model: Uint8Array): OnnxGraphInfo {
  const g = locateGraph(model);
  const gbuf = sub(model, g);
  const nodes: OnnxNode[] = [];
  const outputs: string[] = [];
  for (const f of fields(gbuf)) {
    if (f.no === 1 && f.wire === 2) nodes.push(parseNode(sub(gbuf, f)));
    else if (f.no === 12 && f.wire === 2) {
      const name = fields(sub(gbuf, f)).find((x) => x.no === 1);
      if (name) outputs.push(str(sub(gbuf, f), name));
    }
  }
  return { nodes, outputs };
}

/** ValueInfoProto { name, type: tensor<float> } with an unknown shape (onnxruntime infers it). */
function floatTensorValueInfo(name: string): Uint8Array {
  const enc = new TextEncoder();
  const tensorType = new Uint8Array([...varint(1 * 8 + 0), ...varint(1)]); // elem_type = FLOAT
  const typeProto = lenField(1, tensorType); // TypeProto.tensor_type
  return concat([lenField(1, enc.encode(name)), lenField(2, typeProto)]);
}

export interface ZipMapRewrite {
  model: Uint8Array;
  /** ZipMap output name -> the probability tensor now output in its place, with the class labels. */
  replaced: Map<string, { tensor: string; classLabels: (number | string)[] }>;
}

/** Removes ZipMap nodes that feed graph outputs; their input tensors become the outputs. */
export function stripZipMap(model: Uint8Array): ZipMapRewrite {
  const g = locateGraph(model);
  const gbuf = sub(model, g);
  const gfields = fields(gbuf);
  const replaced = new Map<string, { tensor: string; classLabels: (number | string)[] }>();
  const drop = new Set<Field>();
  for (const f of gfields) {
    if (f.no !== 1 || f.wire !== 2) continue;
    const node = parseNode(sub(gbuf, f));
    if (node.opType === 'ZipMap' && node.domain === 'ai.onnx.ml') {
      replaced.set(node.outputs[0], { tensor: node.inputs[0], classLabels: node.classLabels ?? [] });
      drop.add(f);
    }
  }
  if (replaced.size === 0) return { model, replaced };
  const parts: Uint8Array[] = [];
  for (const f of gfields) {
    if (drop.has(f)) continue;
    if (f.no === 12 && f.wire === 2) {
      const vi = sub(gbuf, f);
      const name = fields(vi).find((x) => x.no === 1);
      const r = name && replaced.get(str(vi, name));
      if (r) {
        parts.push(lenField(12, floatTensorValueInfo(r.tensor)));
        continue;
      }
    }
    parts.push(gbuf.subarray(f.start, f.end));
  }
  const newGraph = lenField(7, concat(parts));
  return { model: concat([model.subarray(0, g.start), newGraph, model.subarray(g.end)]), replaced };
}
