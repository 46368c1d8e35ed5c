/**
 * A deterministic protobuf ENCODER for the subset of ONNX (onnx.proto, proto2 syntax) that the
 * built-in trainers write: a ModelProto with its opset imports, producer and metadata, one
 * GraphProto of NodeProtos with attributes (float, int, string, floats, ints, strings),
 * initializers (TensorProto float / int64 / double in raw_data) and tensor-typed inputs and outputs
 * whose dimensions are numbers or symbols ("N"). The reader next to it is onnx-proto.ts.
 *
 * Determinism: the same ModelSpec always gives the same bytes. Fields are written in field-number
 * order, as protobuf's own serializers do, so `onnx.load(f).SerializeToString()` gives these bytes
 * back; repeated scalar attribute fields (floats, ints) are written unpacked (onnx.proto declares
 * them without [packed = true]); floats are IEEE-754 float32 little-endian (Math.fround of the
 * number), tensors' data is raw little-endian bytes. Nothing depends on time, locale or the host.
 *
 * Wire format: each field is a varint key (field number << 3 | wire type) followed by a varint
 * (type 0), 8 bytes (1), a length-prefixed payload (2) or 4 bytes (5). Negative int64 values are
 * ten-byte two's-complement varints.
 */

/** TensorProto.DataType values used here. */
export const ONNX_FLOAT = 1;
export const ONNX_INT64 = 7;
export const ONNX_STRING = 8;
export const ONNX_DOUBLE = 11;
export type OnnxElemType = typeof ONNX_FLOAT | typeof ONNX_INT64 | typeof ONNX_STRING | typeof ONNX_DOUBLE;

/** An attribute value, tagged with its AttributeProto type. */
export type AttributeValue =
  | { type: 'float'; value: number }
  | { type: 'int'; value: number }
  | { type: 'string'; value: string }
  | { type: 'floats'; value: readonly number[] | Float32Array | Float64Array }
  | { type: 'ints'; value: readonly number[] }
  | { type: 'strings'; value: readonly string[] };

export interface NodeSpec {
  opType: string;
  /** '' (or absent) for the default ai.onnx domain. */
  domain?: string;
  name: string;
  inputs: readonly string[];
  outputs: readonly string[];
  /** Written in the order given (callers pass a fixed order; protobuf keeps it). */
  attributes?: readonly [string, AttributeValue][];
}

export interface TensorSpec {
  name: string;
  elemType: typeof ONNX_FLOAT | typeof ONNX_INT64 | typeof ONNX_DOUBLE;
  dims: readonly number[];
  values: readonly number[] | Float32Array | Float64Array;
}

export interface ValueInfoSpec {
  name: string;
  elemType: OnnxElemType;
  /** A number is a fixed dimension, a string a symbolic one (dim_param). */
  shape: readonly (number | string)[];
}

export interface GraphSpec {
  name: string;
  nodes: readonly NodeSpec[];
  initializers?: readonly TensorSpec[];
  inputs: readonly ValueInfoSpec[];
  outputs: readonly ValueInfoSpec[];
  docString?: string;
}

export interface ModelSpec {
  irVersion: number;
  /** domain ('' for ai.onnx) -> version, written in the order given. */
  opsets: readonly [string, number][];
  producerName: string;
  producerVersion: string;
  domain?: string;
  modelVersion?: number;
  docString?: string;
  graph: GraphSpec;
  /** metadata_props, written in the order given. */
  metadata?: readonly [string, string][];
}

const ATTR_TYPE = { float: 1, int: 2, string: 3, floats: 6, ints: 7, strings: 8 } as const;

/** An append-only byte buffer with protobuf primitives. */
class Writer {
  private buf = new Uint8Array(256);
  private len = 0;
  private readonly scratch = new DataView(new ArrayBuffer(8));

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** An unsigned varint for 0 <= n <= 2^53 - 1, or a negative safe integer as 64-bit two's complement. */
  varint(n: number): void {
    if (!Number.isSafeInteger(n)) throw new RangeError(`varint: ${n} is not a safe integer`);
    if (n < 0) {
      let v = BigInt.asUintN(64, BigInt(n));
      this.ensure(10);
      while (v >= 0x80n) {
        this.buf[this.len++] = Number(v & 0x7fn) | 0x80;
        v >>= 7n;
      }
      this.buf[this.len++] = Number(v);
      return;
    }
    this.ensure(8);
    while (n >= 0x80) {
      this.buf[this.len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.len++] = n;
  }

  key(no: number, wire: number): void {
    this.varint(no * 8 + wire);
  }

  int(no: number, n: number): void {
    this.key(no, 0);
    this.varint(n);
  }

  float32(no: number, x: number): void {
    this.key(no, 5);
    setFloat32(this.scratch, 0, x);
    this.bytes(new Uint8Array(this.scratch.buffer, 0, 4));
  }

  lenDelimited(no: number, payload: Uint8Array): void {
    this.key(no, 2);
    this.varint(payload.length);
    this.bytes(payload);
  }

  string(no: number, s: string): void {
    this.lenDelimited(no, utf8.encode(s));
  }

  message(no: number, fill: (w: Writer) => void): void {
    const inner = new Writer();
    fill(inner);
    this.lenDelimited(no, inner.finish());
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const utf8 = new TextEncoder();

/** float32 little-endian; NaN always as the quiet NaN 0x7fc00000 (DataView may pick any NaN bits). */
function setFloat32(view: DataView, offset: number, x: number): void {
  if (x !== x) view.setUint32(offset, 0x7fc00000, true);
  else view.setFloat32(offset, x, true);
}

/** float64 little-endian; NaN always as 0x7ff8000000000000. */
function setFloat64(view: DataView, offset: number, x: number): void {
  if (x !== x) {
    view.setUint32(offset, 0, true);
    view.setUint32(offset + 4, 0x7ff80000, true);
  } else view.setFloat64(offset, x, true);
}

function checkName(what: string, name: string): void {
  if (typeof name !== 'string' || name === '') throw new RangeError(`${what}: empty name`);
}

function attribute(w: Writer, name: string, a: AttributeValue): void {
  checkName('attribute', name);
  w.string(1, name); // name
  switch (a.type) {
    case 'float':
      w.float32(2, a.value); // f
      break;
    case 'int':
      w.int(3, a.value); // i
      break;
    case 'string':
      w.string(4, a.value); // s
      break;
    case 'floats':
      for (const x of a.value) w.float32(7, x);
      break;
    case 'ints':
      for (const x of a.value) w.int(8, x);
      break;
    case 'strings':
      for (const x of a.value) w.string(9, x);
      break;
  }
  w.int(20, ATTR_TYPE[a.type]); // type
}

function node(w: Writer, n: NodeSpec): void {
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  if (n.name) w.string(3, n.name);
  w.string(4, n.opType);
  for (const [name, a] of n.attributes ?? []) w.message(5, (x) => attribute(x, name, a));
  if (n.domain) w.string(7, n.domain);
}

function tensor(w: Writer, t: TensorSpec): void {
  checkName('initializer', t.name);
  const count = t.dims.reduce((a, d) => a * d, 1);
  if (count !== t.values.length) throw new RangeError(`initializer ${t.name}: dims [${t.dims.join(', ')}] hold ${count} values, got ${t.values.length}`);
  for (const d of t.dims) w.int(1, d); // dims
  w.int(2, t.elemType); // data_type
  w.string(8, t.name); // name
  const width = t.elemType === ONNX_FLOAT ? 4 : 8;
  const raw = new DataView(new ArrayBuffer(count * width));
  for (let i = 0; i < count; i++) {
    const v = t.values[i];
    if (t.elemType === ONNX_FLOAT) setFloat32(raw, i * 4, v);
    else if (t.elemType === ONNX_DOUBLE) setFloat64(raw, i * 8, v);
    else {
      if (!Number.isSafeInteger(v)) throw new RangeError(`initializer ${t.name}: ${v} is not an integer`);
      raw.setBigInt64(i * 8, BigInt(v), true);
    }
  }
  w.lenDelimited(9, new Uint8Array(raw.buffer)); // raw_data
}

function valueInfo(w: Writer, v: ValueInfoSpec): void {
  checkName('graph input/output', v.name);
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tt) => {
      // TypeProto.tensor_type
      tt.int(1, v.elemType);
      tt.message(2, (shape) => {
        for (const d of v.shape) {
          shape.message(1, (dim) => {
            if (typeof d === 'number') dim.int(1, d);
            else dim.string(2, d);
          });
        }
      });
    }),
  );
}

function graph(w: Writer, g: GraphSpec): void {
  for (const n of g.nodes) w.message(1, (x) => node(x, n));
  w.string(2, g.name);
  for (const t of g.initializers ?? []) w.message(5, (x) => tensor(x, t));
  if (g.docString) w.string(10, g.docString);
  for (const i of g.inputs) w.message(11, (x) => valueInfo(x, i));
  for (const o of g.outputs) w.message(12, (x) => valueInfo(x, o));
}

/** Serializes a model; the same spec always yields the same bytes. */
export function encodeModel(m: ModelSpec): Uint8Array {
  const w = new Writer();
  w.int(1, m.irVersion); // ir_version
  w.string(2, m.producerName);
  w.string(3, m.producerVersion);
  if (m.domain) w.string(4, m.domain);
  if (m.modelVersion !== undefined) w.int(5, m.modelVersion);
  if (m.docString) w.string(6, m.docString);
  w.message(7, (x) => graph(x, m.graph));
  for (const [domain, version] of m.opsets) {
    w.message(8, (x) => {
      if (domain) x.string(1, domain);
      x.int(2, version);
    });
  }
  for (const [key, value] of m.metadata ?? []) {
    w.message(14, (x) => {
      x.string(1, key);
      x.string(2, value);
    });
  }
  return w.finish();
}

// Small constructors that keep graph-building code short.
export const attr = {
  float: (value: number): AttributeValue => ({ type: 'float', value }),
  int: (value: number): AttributeValue => ({ type: 'int', value }),
  string: (value: string): AttributeValue => ({ type: 'string', value }),
  floats: (value: readonly number[] | Float32Array | Float64Array): AttributeValue => ({ type: 'floats', value }),
  ints: (value: readonly number[]): AttributeValue => ({ type: 'ints', value }),
  strings: (value: readonly string[]): AttributeValue => ({ type: 'strings', value }),
};
