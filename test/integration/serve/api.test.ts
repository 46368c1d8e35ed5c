/**
 * The Open Inference Protocol v2 REST API and the rows endpoint of `modelgate serve`, against the
 * real server on 127.0.0.1: every endpoint, requests in the form KServe's documentation shows,
 * every datatype, predictions equal to onnxruntime called directly (to the last bit), and every
 * client error answered with a 4xx while the server keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { tempDir } from '../../helpers.js';
import { breastCancer, csv, get, MODELS, post, serve, type Running } from './helpers.js';
import { TYPES, writeServeModels } from './models.js';

describe('OIP v2 on a binary classifier', () => {
  let s: Running;
  const model = join(MODELS, 'binary_logreg_tensor.onnx');
  beforeAll(async () => {
    s = await serve({ model, name: 'cancer', 'body-limit': '2mb', batching: 'false' });
  });
  afterAll(() => s.server.close());

  it('answers health, server metadata, model metadata and readiness', async () => {
    expect(await get(`${s.url}/v2/health/live`)).toMatchObject({ status: 200, json: { live: true } });
    expect(await get(`${s.url}/v2/health/ready`)).toMatchObject({ status: 200, json: { ready: true } });
    expect((await get(`${s.url}/v2`)).json).toEqual({ name: 'modelgate', version: '0.1.0', extensions: [] });
    const meta = { name: 'cancer', versions: ['1'], platform: 'onnxruntime_onnx', inputs: [{ name: 'input', datatype: 'FP32', shape: [-1, 30] }], outputs: [{ name: 'label', datatype: 'INT64', shape: [-1] }, { name: 'probabilities', datatype: 'FP32', shape: [-1, 2] }] };
    expect((await get(`${s.url}/v2/models/cancer`)).json).toEqual(meta);
    expect((await get(`${s.url}/v2/models/cancer/versions/1`)).json).toEqual(meta);
    expect(await get(`${s.url}/v2/models/cancer/ready`)).toMatchObject({ status: 200, json: { name: 'cancer', ready: true } });
    expect(await get(`${s.url}/v2/models/cancer/versions/1/ready`)).toMatchObject({ status: 200 });
  });

  it('answers unknown models, versions, paths and methods with 404/405 and {"error"}', async () => {
    const nf = await get(`${s.url}/v2/models/other`);
    expect(nf.status).toBe(404);
    expect(nf.json.error).toMatch(/model 'other' not found; this server serves 'cancer'/);
    expect((await get(`${s.url}/v2/models/cancer/versions/7`)).json.error).toMatch(/no version '7'/);
    expect((await get(`${s.url}/v2/nope`)).status).toBe(404);
    const bad = await get(`${s.url}/v2/models/%E0%A4%A/ready`);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/malformed percent-encoding/);
    const wrong = await get(`${s.url}/v2/models/cancer/infer`);
    expect(wrong.status).toBe(405);
    expect(wrong.json.error).toMatch(/takes POST/);
  });

  it('infers all 171 rows bit for bit as onnxruntime called directly, flat or nested, with id echoed', async () => {
    const { flat, rows } = breastCancer();
    const session = await ort.InferenceSession.create(model);
    const direct = await session.run({ input: new ort.Tensor('float32', Float32Array.from(flat), [rows.length, 30]) });
    const res = await post(`${s.url}/v2/models/cancer/infer`, { id: 'req-1', inputs: [{ name: 'input', shape: [rows.length, 30], datatype: 'FP32', data: flat }] });
    expect(res.status).toBe(200);
    expect(res.json.id).toBe('req-1');
    expect(res.json.model_name).toBe('cancer');
    expect(res.json.model_version).toBe('1');
    const [label, probs] = res.json.outputs;
    expect(label).toMatchObject({ name: 'label', datatype: 'INT64', shape: [171] });
    expect(label.data).toEqual(Array.from(direct.label.data as BigInt64Array, Number));
    expect(probs).toMatchObject({ name: 'probabilities', datatype: 'FP32', shape: [171, 2] });
    // JSON carries the float32 value as a double; rounding it back gives the same bits.
    expect(Float32Array.from(probs.data as number[])).toEqual(direct.probabilities.data);
    expect((probs.data as number[]).every((x, i) => x === (direct.probabilities.data as Float32Array)[i])).toBe(true);
    const nested = await post(`${s.url}/v2/models/cancer/infer`, { inputs: [{ name: 'input', shape: [rows.length, 30], datatype: 'FP32', data: rows }] });
    expect(nested.json.outputs).toEqual(res.json.outputs);
    expect(nested.json.id).toBeUndefined();
    await session.release();
  });

  it('returns only the requested outputs', async () => {
    const { rows } = breastCancer();
    const res = await post(`${s.url}/v2/models/cancer/infer`, { inputs: [{ name: 'input', shape: [2, 30], datatype: 'FP32', data: rows.slice(0, 2) }], outputs: [{ name: 'probabilities' }] });
    expect(res.json.outputs.map((o: { name: string }) => o.name)).toEqual(['probabilities']);
  });

  it('answers rows with labels and named class probabilities, as the tensor endpoint does', async () => {
    const { features, rows } = breastCancer();
    const records = rows.slice(0, 5).map((r) => Object.fromEntries([['row_id', 'x'], ...features.map((f, j) => [f, r[j]])]));
    const tensor = await post(`${s.url}/v2/models/cancer/infer`, { inputs: [{ name: 'input', shape: [5, 30], datatype: 'FP32', data: rows.slice(0, 5) }] });
    const bad = await post(`${s.url}/v2/models/cancer/rows`, records);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/takes 30 features; the data gives 31/);
    const ok = await post(`${s.url}/v2/models/cancer/rows`, { id: 'r1', rows: records.map(({ row_id: _, ...rest }) => rest) });
    expect(ok.status).toBe(200);
    expect(ok.json.id).toBe('r1');
    expect(ok.json.classes).toEqual(['0', '1']);
    const p = tensor.json.outputs[1].data as number[];
    expect(ok.json.predictions).toEqual(tensor.json.outputs[0].data.map((l: number, i: number) => ({ label: String(l), probabilities: { '0': p[i * 2], '1': p[i * 2 + 1] } })));
  });

  it('answers every malformed request with a 4xx and keeps serving', async () => {
    const url = `${s.url}/v2/models/cancer/infer`;
    const row = breastCancer().rows[0];
    const cases: [unknown, number, RegExp][] = [
      ['{"inputs": [', 400, /not valid JSON/],
      ['{"inputs":[{"name":"input","shape":[1,30],"datatype":"FP32","data":[NaN]}]}', 400, /not valid JSON/],
      [[1, 2], 400, /must be a JSON object/],
      [{ inputs: [] }, 400, /non-empty array/],
      [{ inputs: [{ name: 'input', shape: [1, 29], datatype: 'FP32', data: row.slice(1) }] }, 400, /shape \[1, 29\] does not fit the model's \[-1, 30\]/],
      [{ inputs: [{ name: 'input', shape: [30], datatype: 'FP32', data: row }] }, 400, /does not fit/],
      [{ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP64', data: row }] }, 400, /datatype FP64 does not match the model's FP32/],
      [{ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FLOAT', data: row }] }, 400, /unknown datatype 'FLOAT'/],
      [{ inputs: [{ name: 'input', shape: [2, 30], datatype: 'FP32', data: row }] }, 400, /data has 30 elements; shape \[2, 30\] needs 60/],
      [{ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: [...row.slice(1), null] }] }, 400, /data element 29 is null; FP32 takes numbers/],
      [{ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: [...row.slice(1), 'NaN'] }] }, 400, /is a string; FP32 takes numbers/],
      [{ inputs: [{ name: 'input', shape: [0, 30], datatype: 'FP32', data: [] }] }, 400, /has no elements/],
      [{ inputs: [{ name: 'other', shape: [1, 30], datatype: 'FP32', data: row }] }, 400, /no such input; its inputs are 'input'/],
      [{ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }], outputs: [{ name: 'nope' }] }, 400, /output 'nope': the model has no such output/],
      [{ id: 5, inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: row }] }, 400, /"id" must be a string/],
      [{ inputs: [{ name: 'input', shape: [1e9, 1e9], datatype: 'FP32', data: row }] }, 400, /does not fit/],
      [{ inputs: [{ name: 'input', shape: [100000000, 30], datatype: 'FP32', data: row }] }, 413, /too large/],
      [{ inputs: [{ name: 'input', shape: [1, 30], datatype: 'FP32', data: [[row]] }] }, 400, /nested deeper than its shape \[1, 30\]/],
      [`{"inputs":[{"name":"input","shape":[1,30],"datatype":"FP32","data":${'['.repeat(50000)}${']'.repeat(50000)}}]}`, 400, /nested deeper|not valid JSON/],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(url, body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(res.json.error).toMatch(message);
    }
    const rowsUrl = `${s.url}/v2/models/cancer/rows`;
    for (const [body, message] of [
      [[], /no rows/],
      [{}, /array of records/],
      [[1], /row 0 must be an object/],
      [[{ a: { b: 1 } }], /row 0, column 'a': an object is not a column value/],
    ] as [unknown, RegExp][]) {
      const res = await post(rowsUrl, body);
      expect(res.status).toBe(400);
      expect(res.json.error).toMatch(message);
    }
    expect((await get(`${s.url}/v2/health/live`)).status).toBe(200);
  });

  it('refuses a 100 MB body with 413 before reading it all, and keeps serving', async () => {
    const big = Buffer.alloc(100 * 1024 * 1024, 0x20);
    // Content-Length declared: refused at once.
    const declared = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${s.url}/v2/models/cancer/infer`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': big.length } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.end(big);
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error).toMatch(/larger than the limit of 2097152 bytes/);
    // Chunked, no length: refused when the limit is passed.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(`${s.url}/v2/models/cancer/infer`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (let i = 0; i < 100; i++) req.write(big.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    expect((await get(`${s.url}/v2/health/ready`)).status).toBe(200);
  });
});

describe('OIP v2 requests in the form of the protocol documentation', () => {
  let s: Running;
  let typed: Running;
  beforeAll(async () => {
    const models = writeServeModels(tempDir('mg-serve-'));
    s = await serve({ model: models.kserve, name: 'mymodel' });
    typed = await serve({ model: models.typed });
  });
  afterAll(async () => {
    await s.server.close();
    await typed.server.close();
  });

  // KServe docs/predict-api/v2/required_api.md, "Inference Request Examples", verbatim.
  const example = `{
      "id" : "42",
      "inputs" : [
        {
          "name" : "input0",
          "shape" : [ 2, 2 ],
          "datatype" : "UINT32",
          "data" : [ 1, 2, 3, 4 ]
        },
        {
          "name" : "input1",
          "shape" : [ 3 ],
          "datatype" : "BOOL",
          "data" : [ true ]
        }
      ],
      "outputs" : [
        {
          "name" : "output0"
        }
      ]
    }`;

  it("answers the documented example: its input1 gives 1 value for shape [3], which is refused by name", async () => {
    const res = await post(`${s.url}/v2/models/mymodel/infer`, example);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: "input 'input1': data has 1 elements; shape [3] needs 3" });
  });

  it('answers the documented example with input1 filled, flat and in natural (nested) form', async () => {
    const fixed = example.replace('"data" : [ true ]', '"data" : [ true, false, true ]');
    const res = await post(`${s.url}/v2/models/mymodel/infer`, fixed);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ model_name: 'mymodel', model_version: '1', id: '42', outputs: [{ name: 'output0', shape: [2, 2], datatype: 'FP32', data: [1.5, 2.5, 3.5, 4.5] }] });
    const nested = await post(`${s.url}/v2/models/mymodel/infer`, fixed.replace('[ 1, 2, 3, 4 ]', '[ [ 1, 2 ], [ 3, 4 ] ]').replace(/"outputs"[^\]]*\]/, '"outputs": [{"name": "output1"}]'));
    expect(nested.json.outputs).toEqual([{ name: 'output1', shape: [3], datatype: 'BOOL', data: [false, true, false] }]);
  });

  it('round-trips every datatype (BOOL, INT8..64, UINT8..64, FP32, FP64, BYTES)', async () => {
    const values: Record<string, unknown[]> = {
      BOOL: [true, false, false, true],
      INT8: [-128, 127, 0, -1],
      INT16: [-32768, 32767, 5, -5],
      INT32: [-2147483648, 2147483647, 7, -7],
      INT64: [-9007199254740991, 9007199254740991, 0, 42],
      UINT8: [0, 255, 1, 2],
      UINT16: [0, 65535, 3, 4],
      UINT32: [0, 4294967295, 5, 6],
      UINT64: [0, 9007199254740991, 7, 8],
      FP32: [0.5, -1.25, 3.4028234663852886e38, 1.401298464324817e-45],
      FP64: [0.1, -1e308, 5e-324, 2.5],
      BYTES: ['a', 'ünïcode', '', 'x y'],
    };
    const inputs = TYPES.map(([t]) => ({ name: `x_${t.toLowerCase()}`, shape: [2, 2], datatype: t, data: values[t] }));
    const res = await post(`${typed.url}/v2/models/typed_identity/infer`, { inputs });
    expect(res.status).toBe(200);
    for (const [t] of TYPES) expect(res.json.outputs.find((o: { name: string }) => o.name === `y_${t.toLowerCase()}`)).toEqual({ name: `y_${t.toLowerCase()}`, shape: [2, 2], datatype: t, data: values[t] });
    const meta = (await get(`${typed.url}/v2/models/typed_identity`)).json;
    expect(meta.inputs.map((i: { datatype: string }) => i.datatype)).toEqual(TYPES.map(([t]) => t));
  });

  it('refuses values out of their datatype', async () => {
    const base = TYPES.map(([t]) => ({ name: `x_${t.toLowerCase()}`, shape: [1, 2], datatype: t, data: t === 'BOOL' ? [true, false] : t === 'BYTES' ? ['a', 'b'] : [1, 2] }));
    const cases: [string, unknown[], RegExp][] = [
      ['INT8', [128, 0], /\(128\) is out of range for INT8/],
      ['UINT8', [-1, 0], /\(-1\) is out of range for UINT8/],
      ['INT32', [1.5, 0], /the number 1.5; INT32 takes integers/],
      ['UINT64', [-1, 0], /out of range for UINT64/],
      ['INT64', [2 ** 60, 0], /out of range for INT64 as a JSON number/],
      ['BOOL', [1, 0], /the integer 1; BOOL takes true or false/],
      ['BYTES', [1, 'a'], /BYTES takes strings/],
    ];
    for (const [t, data, message] of cases) {
      const inputs = base.map((i) => (i.datatype === t ? { ...i, data } : i));
      const res = await post(`${typed.url}/v2/models/typed_identity/infer`, { inputs });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatch(message);
    }
    const missing = await post(`${typed.url}/v2/models/typed_identity/infer`, { inputs: base.slice(1) });
    expect(missing.json.error).toMatch(/^missing input 'x_bool' \(BOOL \[-1, 2\]\)/);
    const rows = await post(`${typed.url}/v2/models/typed_identity/infer`, { inputs: base.map((i, k) => (k === 0 ? { ...i, shape: [2, 2], data: [true, true, false, false] } : i)) });
    expect(rows.json.error).toMatch(/1 rows, but another input has 2; every input needs the same first dimension/);
  });
});

describe('rows endpoint: evaluate-model column mapping', () => {
  let mixed: Running;
  let iris: Running;
  beforeAll(async () => {
    mixed = await serve({ model: join(MODELS, 'mixed_columns.onnx'), name: 'churn', ignore: 'customer_id,churned' });
    iris = await serve({ model: join(MODELS, 'multiclass_tree_strlabels_zipmap.onnx'), name: 'iris', ignore: 'species' });
  });
  afterAll(async () => {
    await mixed.server.close();
    await iris.server.close();
  });

  it('feeds per-column inputs by name (missing age as NaN, unseen category) equal to onnxruntime directly', async () => {
    const { header, rows } = csv('customers.csv');
    const records = rows.map((r) => Object.fromEntries(header.map((h, j) => [h, h === 'age' && r[j] === '' ? null : ['age', 'income'].includes(h) ? Number(r[j]) : r[j]])));
    const res = await post(`${mixed.url}/v2/models/churn/rows`, records);
    expect(res.status).toBe(200);
    const session = await ort.InferenceSession.create(join(MODELS, 'mixed_columns.onnx'));
    const col = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    const n = rows.length;
    const direct = await session.run({
      age: new ort.Tensor('float32', Float32Array.from(col('age'), (v) => (v === '' ? NaN : Number(v))), [n, 1]),
      income: new ort.Tensor('float32', Float32Array.from(col('income'), Number), [n, 1]),
      region: new ort.Tensor('string', col('region'), [n, 1]),
      plan: new ort.Tensor('string', col('plan'), [n, 1]),
    });
    const p = direct.probabilities.data as Float32Array;
    expect(res.json.predictions).toEqual(Array.from(direct.label.data as BigInt64Array, (l, i) => ({ label: String(l), probabilities: { '0': p[i * 2], '1': p[i * 2 + 1] } })));
    await session.release();
    const bad = await post(`${mixed.url}/v2/models/churn/rows`, [{ age: 'old', income: 1, region: 'north', plan: 'pro' }]);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/column 'age': 'old' is not a number/);
    const missing = await post(`${mixed.url}/v2/models/churn/rows`, [{ age: 1, income: 1, plan: 'pro' }]);
    expect(missing.json.error).toMatch(/no column 'region'/);
  });

  it('names ZipMap classes (strings) in the answer', async () => {
    const { header, rows } = csv('iris.csv');
    const records = rows.slice(0, 3).map((r) => Object.fromEntries(header.map((h, j) => [h, h === 'species' ? r[j] : Number(r[j])])));
    const res = await post(`${iris.url}/v2/models/iris/rows`, records);
    expect(res.status).toBe(200);
    expect(res.json.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    for (const [i, p] of res.json.predictions.entries()) {
      expect(Object.keys(p.probabilities)).toEqual(['setosa', 'versicolor', 'virginica']);
      expect(p.label).toBe(rows[i][4]);
    }
  });
});
