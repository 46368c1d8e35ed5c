/**
 * The `--where` language of `modelgate exp show`: a small expression parser and evaluator over
 * run fields — never `eval`. Grammar (keywords case-insensitive):
 *
 *   expr   := and ( ('or' | '||') and )*
 *   and    := unary ( ('and' | '&&') unary )*
 *   unary  := ('not' | '!') unary | cmp
 *   cmp    := atom ( ('==' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '~') atom )?
 *   atom   := number | 'text' | "text" | true | false | null | field | '(' expr ')'
 *   field  := params.<key> | metrics.<name>[.low|.high] | id | source | branch | commit | pr |
 *             created | duration | cache_hit | sweep | variant | split | chosen | data | model
 *
 * `~` is "contains" on text. A comparison with a missing value (a param the run does not have) is
 * false, except `== null`. Numbers compare as numbers; a text that is a number compares as one
 * against a number (params files written by hand keep `"0.5"` and `0.5` apart otherwise).
 */
import { ConfigurationError } from '../errors.js';
import type { RunRecord } from './record.js';

export type Value = string | number | boolean | null;

type Node =
  | { t: 'lit'; v: Value }
  | { t: 'field'; name: string }
  | { t: 'not'; a: Node }
  | { t: 'and' | 'or'; a: Node; b: Node }
  | { t: 'cmp'; op: string; a: Node; b: Node };

interface Token {
  kind: 'num' | 'str' | 'ident' | 'op' | 'paren' | 'end';
  text: string;
  value?: Value;
  at: number;
}

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '=', '<', '>', '!', '~'];
const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_.\-]/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (msg: string, at: number): never => {
    throw new ConfigurationError(`--where: ${msg} at column ${at + 1}: ${src}`);
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ kind: 'paren', text: c, at: i++ });
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        text += src[j++];
      }
      if (j >= src.length) fail('unterminated text', i);
      out.push({ kind: 'str', text, value: text, at: i });
      i = j + 1;
      continue;
    }
    const num = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(src.slice(i));
    if (num && (c !== '-' || out.length === 0 || out.at(-1)!.kind === 'op' || out.at(-1)!.text === '(')) {
      out.push({ kind: 'num', text: num[0], value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < src.length && IDENT.test(src[j])) j++;
      out.push({ kind: 'ident', text: src.slice(i, j), at: i });
      i = j;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) fail(`unexpected '${c}'`, i);
    out.push({ kind: 'op', text: op!, at: i });
    i += op!.length;
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}

const TOP_FIELDS = ['id', 'source', 'branch', 'commit', 'pr', 'created', 'duration', 'cache_hit', 'sweep', 'variant', 'split', 'chosen', 'data', 'model', 'rows'];

function checkField(name: string, src: string): void {
  if (name.startsWith('params.') && name.length > 7) return;
  if (name.startsWith('metrics.') && name.length > 8) return;
  if (TOP_FIELDS.includes(name)) return;
  throw new ConfigurationError(`--where: unknown field '${name}' in ${src}; fields: params.<key>, metrics.<name> (.low, .high), ${TOP_FIELDS.join(', ')}`);
}

/** Parses a `--where` expression; a mistake is a ConfigurationError naming the column. */
export function parseWhere(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const kw = (t: Token, w: string) => t.kind === 'ident' && t.text.toLowerCase() === w;
  const fail = (msg: string): never => {
    throw new ConfigurationError(`--where: ${msg} at column ${peek().at + 1}: ${src}`);
  };
  const or = (): Node => {
    let a = and();
    while (kw(peek(), 'or') || peek().text === '||') {
      p++;
      a = { t: 'or', a, b: and() };
    }
    return a;
  };
  const and = (): Node => {
    let a = unary();
    while (kw(peek(), 'and') || peek().text === '&&') {
      p++;
      a = { t: 'and', a, b: unary() };
    }
    return a;
  };
  const unary = (): Node => {
    if (kw(peek(), 'not') || (peek().kind === 'op' && peek().text === '!')) {
      p++;
      return { t: 'not', a: unary() };
    }
    return cmp();
  };
  const cmp = (): Node => {
    const a = atom();
    const t = peek();
    if (t.kind === 'op' && ['==', '=', '!=', '<', '<=', '>', '>=', '~'].includes(t.text)) {
      p++;
      return { t: 'cmp', op: t.text === '=' ? '==' : t.text, a, b: atom() };
    }
    return a;
  };
  const atom = (): Node => {
    const t = peek();
    if (t.kind === 'num' || t.kind === 'str') {
      p++;
      return { t: 'lit', v: t.value! };
    }
    if (t.kind === 'paren' && t.text === '(') {
      p++;
      const e = or();
      if (peek().text !== ')') fail(`expected ')'`);
      p++;
      return e;
    }
    if (t.kind === 'ident') {
      p++;
      const w = t.text.toLowerCase();
      if (w === 'true' || w === 'false') return { t: 'lit', v: w === 'true' };
      if (w === 'null') return { t: 'lit', v: null };
      if (['and', 'or', 'not'].includes(w)) fail(`'${t.text}' needs a value before it`);
      checkField(t.text, src);
      return { t: 'field', name: t.text };
    }
    return fail(t.kind === 'end' ? 'the expression ends too soon' : `unexpected '${t.text}'`);
  };
  if (peek().kind === 'end') fail('empty expression');
  const tree = or();
  if (peek().kind !== 'end') fail(`unexpected '${peek().text}'`);
  return tree;
}

/** The value of a field of a run (`params.C`, `metrics.roc_auc`, `branch`…); null when absent. */
export function fieldValue(run: RunRecord, name: string): Value {
  if (name.startsWith('params.')) {
    const v = run.params[name.slice(7)];
    return v === undefined ? null : v;
  }
  if (name.startsWith('metrics.')) {
    const m = /^metrics\.(.+?)(?:\.(low|high))?$/.exec(name)!;
    const metric = run.metrics[m[1]] ?? run.metrics[name.slice(8)];
    if (!metric) return null;
    if (m[2] && run.metrics[m[1]]) return metric.ci ? metric.ci[m[2] === 'low' ? 0 : 1] : null;
    return metric.value;
  }
  switch (name) {
    case 'id':
      return run.id;
    case 'source':
      return run.source;
    case 'branch':
      return run.git?.branch ?? null;
    case 'commit':
      return run.git?.commit ?? null;
    case 'pr':
      return run.pullRequest;
    case 'created':
      return run.createdAt;
    case 'duration':
      return run.durationMs;
    case 'cache_hit':
      return run.cacheHit;
    case 'sweep':
      return run.sweep?.id ?? null;
    case 'variant':
      return run.sweep?.variant ?? null;
    case 'split':
      return run.sweep?.split ?? null;
    case 'chosen':
      return run.sweep?.chosen ?? null;
    case 'data':
      return run.data?.sha256 ?? null;
    case 'rows':
      return run.data?.rows ?? null;
    case 'model':
      return run.model?.sha256 ?? null;
  }
  return null;
}

function asNumber(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** -1, 0, 1, or undefined when the two cannot be ordered (a missing value, number against text). */
export function compareValues(a: Value, b: Value): number | undefined {
  if (a === null || b === null) return undefined;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = asNumber(a);
    const y = asNumber(b);
    if (x === undefined || y === undefined) return undefined;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function value(n: Node, run: RunRecord): Value {
  switch (n.t) {
    case 'lit':
      return n.v;
    case 'field':
      return fieldValue(run, n.name);
    default:
      return test(n, run);
  }
}

function test(n: Node, run: RunRecord): boolean {
  switch (n.t) {
    case 'and':
      return test(n.a, run) && test(n.b, run);
    case 'or':
      return test(n.a, run) || test(n.b, run);
    case 'not':
      return !test(n.a, run);
    case 'lit':
      return n.v !== null && n.v !== false && n.v !== 0 && n.v !== '';
    case 'field': {
      const v = fieldValue(run, n.name);
      return v !== null && v !== false && v !== 0 && v !== '';
    }
    case 'cmp': {
      const a = value(n.a, run);
      const b = value(n.b, run);
      if (n.op === '==' && (a === null || b === null)) return a === b;
      if (n.op === '!=' && (a === null || b === null)) return a !== b;
      if (n.op === '~') return a !== null && b !== null && String(a).includes(String(b));
      if (typeof a === 'boolean' || typeof b === 'boolean') return n.op === '==' ? a === b : n.op === '!=' ? a !== b : false;
      const c = compareValues(a, b);
      if (c === undefined) return n.op === '!=';
      return n.op === '==' ? c === 0 : n.op === '!=' ? c !== 0 : n.op === '<' ? c < 0 : n.op === '<=' ? c <= 0 : n.op === '>' ? c > 0 : c >= 0;
    }
  }
}

/** A predicate over runs from a `--where` expression. */
export function whereFilter(src: string): (run: RunRecord) => boolean {
  const tree = parseWhere(src);
  return (run) => test(tree, run);
}

/**
 * Sorts runs by fields, each `name` ascending or `-name` descending; runs without the value go
 * last either way; ties keep id (time) order.
 */
export function sortRuns(runs: RunRecord[], keys: string[]): RunRecord[] {
  const parsed = keys.map((k) => {
    const desc = k.startsWith('-');
    const name = desc ? k.slice(1) : k;
    checkField(name, `--sort ${k}`);
    return { name, desc };
  });
  const rows = runs.map((run) => ({ run, vals: parsed.map((k) => fieldValue(run, k.name)) }));
  rows.sort((x, y) => {
    for (let i = 0; i < parsed.length; i++) {
      const a = x.vals[i];
      const b = y.vals[i];
      if (a === null || b === null) {
        if (a !== b) return a === null ? 1 : -1;
        continue;
      }
      const c = compareValues(a, b) ?? compareValues(String(a), String(b))!;
      if (c) return parsed[i].desc ? -c : c;
    }
    return x.run.id < y.run.id ? -1 : 1;
  });
  return rows.map((r) => r.run);
}
