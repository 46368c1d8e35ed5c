/**
 * A streaming RFC 4180 push parser over bytes: CsvParser's dialect exactly (csv.ts), fed raw
 * UTF-8 chunks instead of decoded text, and handing each record to the consumer as field
 * boundaries into the bytes instead of an array of strings.
 *
 *   const p = new CsvByteParser({ delimiter: ',', file, onRecord(rec, line) { ... } });
 *   p.write(bytes); p.write(bytes); ...; p.end();
 *
 * In onRecord, `rec` (a CsvRecord, the same object for every record) is valid until onRecord
 * returns: `rec.count` fields, `rec.start[i]` / `rec.end[i]` their raw byte range in `rec.bytes`,
 * and accessors that make a string or a number only when asked:
 * - `text(i)`: the field's text, the exact string CsvParser gives (quoted fields unescaped).
 * - `number(i)`: bit for bit `parseNumber(text(i))` (schema.ts); plain decimals are parsed from
 *   the bytes without a string, anything else goes through the string.
 * - `isEmpty(i)`: `text(i) === ''` without a string.
 * - `isNa(i, na)`: `na` (an NaBytes) holds `text(i)`, comparing bytes.
 * - `intern(i, cache)`: `text(i)`, from a small per-column cache (an InternCache) keyed by the
 *   bytes, so a repeated category is one string, decoded once.
 * - `fields()`: every field's text, a fresh array (what CsvParser's onRecord gets).
 *
 * The dialect is CsvParser's, documented in csv.ts: one-byte ASCII delimiter; LF, CRLF or a lone
 * CR end a record; `"` opens a quoted field at a field's start (`""` is one quote, text after the
 * closing quote is appended); a UTF-8 byte order mark at the very start is dropped (option
 * `bom`); empty lines give no record; the last record needs no terminator; a quoted field open at
 * the end is a DataError naming the file and the line it opened on. `line` is the 1-based
 * physical line where the record starts, the same for any split of the input into chunks
 * (between CR and LF, inside `""`, inside a multi-byte character).
 *
 * Bytes are not checked for UTF-8 here: the caller checks them (readers.ts checks every chunk
 * with node:buffer's isUtf8 before writing it, and reports the first bad byte as the text path
 * does). Multi-byte characters need no care in the scan itself: every byte the dialect looks at
 * (delimiter, quote, CR, LF) is ASCII, and UTF-8 never uses ASCII bytes inside a character.
 *
 * Memory: a record cut by the end of a chunk is carried into a buffer of the parser's own, with
 * the next chunk appended; so memory is bounded by the largest record plus one chunk. Fields are
 * stored in Int32Arrays that grow to the widest record and are reused.
 */
import { isAscii } from 'node:buffer';
import { ConfigurationError, DataError } from '../errors.js';
import { parseNumber, POW10 } from './schema.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;

// Parser states between bytes.
const FIELD_START = 0; // at the start of a field (of a record when count is 0)
const UNQUOTED = 1; // inside an unquoted field, or the text after a quoted field's closing quote
const QUOTED = 2; // inside a quoted field
const AFTER_CR = 3; // just past a CR that ended a line: an LF next belongs to it

type State = 0 | 1 | 2 | 3;

/** Node's Buffer has fast UTF-8 and Latin-1 slices (what toString(encoding, s, e) calls after its checks). */
type Bytes = Buffer & { utf8Slice(start: number, end: number): string; latin1Slice(start: number, end: number): string };

/**
 * Below this many characters V8's String.prototype.slice copies (at or above it makes a slice
 * that keeps the whole parent string alive: kMinLength of SlicedString).
 */
const COPIED_SLICE = 13;

/**
 * Bytes of one string that short fields are sliced from. Far below Node's threshold for external
 * strings (about 1 MB): those are copies outside the heap, in malloc's memory, and one per 8 MiB
 * chunk of the parallel pass, freed whenever the collector gets to it, grew the heap of malloc
 * (and the peak RSS) over a long file.
 */
const SLICE_WINDOW = 64 * 1024;

function asBytes(chunk: Uint8Array): Bytes {
  return (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) as Bytes;
}

const EMPTY = Buffer.alloc(0) as Bytes;

/** A set of cell texts (na-values) matched against a field's bytes without making a string. */
export class NaBytes {
  /** byLength[n]: the values of n bytes, concatenated. */
  private readonly byLength: Uint8Array[] = [];
  /** edges[256 n + b]: bit 1 set when some value of n bytes starts with byte b, bit 2 when one ends with it. */
  private readonly edges: Uint8Array;
  readonly longest: number;
  readonly texts: ReadonlySet<string>;
  private readonly empty: boolean;

  constructor(values: Iterable<string>) {
    this.texts = new Set(values);
    this.empty = this.texts.has('');
    let longest = 0;
    const groups = new Map<number, Buffer[]>();
    for (const v of this.texts) {
      const b = Buffer.from(v, 'utf8');
      if (b.length === 0) continue;
      longest = Math.max(longest, b.length);
      groups.set(b.length, [...(groups.get(b.length) ?? []), b]);
    }
    this.longest = longest;
    this.edges = new Uint8Array(256 * (longest + 1));
    for (const [n, list] of groups) {
      for (const b of list) {
        this.edges[256 * n + b[0]!]! |= 1;
        this.edges[256 * n + b[n - 1]!]! |= 2;
      }
    }
    for (const [n, list] of groups) this.byLength[n] = Buffer.concat(list);
  }

  /** True when bytes[s, e) is one of the values. */
  has(bytes: Uint8Array, s: number, e: number): boolean {
    const n = e - s;
    if (n === 0) return this.empty;
    if (n > this.longest || (this.edges[256 * n + bytes[s]!]! & 1) === 0 || (this.edges[256 * n + bytes[e - 1]!]! & 2) === 0) return false;
    const group = this.byLength[n]!;
    for (let g = 0; g < group.length; g += n) {
      let k = 0;
      while (k < n && group[g + k] === bytes[s + k]) k++;
      if (k === n) return true;
    }
    return false;
  }
}

const INTERN_SLOTS = 4096; // power of two
const INTERN_MAX_BYTES = 32;
const INTERN_PROBATION = 1 << 13;
/** Up to this many bytes, a field's first, middle and last four bytes cover it. */
const INTERN_EXACT = 12;

/**
 * A bounded cache from a field's bytes to its string, one per column: a direct-mapped table of
 * INTERN_SLOTS entries (a new value takes its slot from the old one), for fields of at most
 * INTERN_MAX_BYTES bytes. After INTERN_PROBATION lookups it turns itself off if fewer than a
 * quarter were hits (an id-like column, all distinct), so such a column pays only the decode.
 */
export class InternCache {
  readonly strings: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
  /** A slot's key, four numbers at 4 slot: its first, last and middle four bytes and its length (0: empty); see intern. */
  readonly keys = new Int32Array(4 * INTERN_SLOTS);
  /** A slot's bytes, when longer than INTERN_EXACT (shorter ones are their key). */
  readonly bytes = new Uint8Array(INTERN_SLOTS * INTERN_MAX_BYTES);
  lookups = 0;
  hits = 0;
  on = true;
}

/** One record's fields as byte ranges, with accessors; see the file's comment. */
export class CsvRecord {
  /** The bytes the fields point into (valid during onRecord only). */
  bytes: Bytes = EMPTY;
  /** Number of fields. */
  count = 0;
  /** Field i's raw bytes are [start[i], end[i]); a quoted field's range starts after its opening quote and includes the closing quote and any text after it. */
  start = new Int32Array(16);
  end = new Int32Array(16);
  /** 1 for a quoted field. */
  quoted = new Uint8Array(16);
  /** Bytes of `bytes` in use. */
  length = 0;
  /**
   * `bytes`[winStart, winEnd) as a string when they are all ASCII (null when not), made by the
   * first text() in them: short fields are sliced from it (a JavaScript copy, cheaper than a call
   * into Node per field). A window of SLICE_WINDOW bytes from the field that needs it.
   */
  private str: string | null = null;
  private winStart = 0;
  private winEnd = 0;

  /** New bytes: forget the string made of the old ones. */
  reset(bytes: Bytes, length: number): void {
    this.bytes = bytes;
    this.length = length;
    this.str = null;
    this.winStart = 0;
    this.winEnd = 0;
  }

  /** Field i's text, as CsvParser gives it. */
  text(i: number): string {
    const s = this.start[i]!;
    const e = this.end[i]!;
    if (this.quoted[i] === 1) return this.unquote(s, e);
    return s === e ? '' : this.slice(s, e);
  }

  /** bytes[s, e) decoded (never a V8 slice that would keep the whole window's string alive). */
  private slice(s: number, e: number): string {
    if (e - s < COPIED_SLICE) {
      if (s < this.winStart || e > this.winEnd) {
        const end = Math.min(this.length, s + SLICE_WINDOW);
        this.str = isAscii(this.bytes.subarray(s, end)) ? this.bytes.latin1Slice(s, end) : null;
        this.winStart = s;
        this.winEnd = end;
      }
      if (this.str !== null) return this.str.slice(s - this.winStart, e - this.winStart);
    }
    return this.bytes.utf8Slice(s, e);
  }

  /** Field i is empty text ('' or `""`). */
  isEmpty(i: number): boolean {
    return this.end[i]! - this.start[i]! === this.quoted[i]!;
  }

  /** Field i is a quoted field. */
  isQuoted(i: number): boolean {
    return this.quoted[i] === 1;
  }

  /** Field i's text is one of `na`'s values. */
  isNa(i: number, na: NaBytes): boolean {
    if (this.quoted[i] === 1) return na.texts.has(this.text(i));
    return na.has(this.bytes, this.start[i]!, this.end[i]!);
  }

  /** parseNumber(text(i)), bit for bit; plain decimals without making a string. */
  number(i: number): number | undefined {
    if (this.quoted[i] === 1) return parseNumber(this.text(i));
    const b = this.bytes;
    const e = this.end[i]!;
    let p = this.start[i]!;
    // The loop of parseNumber's fast path, on bytes (the same arithmetic, so the same double).
    let c = p < e ? b[p]! : -1;
    const neg = c === 45;
    if (neg || c === 43) p++;
    let m = 0;
    let digits = 0;
    let scale = 0;
    let dot = false;
    for (; p < e; p++) {
      c = b[p]! - 48;
      if (c >= 0 && c <= 9) {
        m = m * 10 + c;
        digits++;
        if (dot) scale++;
      } else if (c === -2 && !dot) dot = true;
      else return parseNumber(this.text(i));
    }
    if (digits === 0 || digits > 15) return parseNumber(this.text(i));
    const v = scale === 0 ? m : m / POW10[scale]!;
    return neg ? -v : v;
  }

  /** The first byte of field i's text, or -1 when it is empty (cheap type sniffing). */
  firstByte(i: number): number {
    const s = this.start[i]!;
    if (this.quoted[i] === 0) return s < this.end[i]! ? this.bytes[s]! : -1;
    const t = this.text(i);
    return t.length === 0 ? -1 : t.charCodeAt(0) < 0x80 ? t.charCodeAt(0) : 0x80;
  }

  /** text(i), the same string object for the same bytes while `cache` holds it. */
  intern(i: number, cache: InternCache): string {
    const s = this.start[i]!;
    const e = this.end[i]!;
    const n = e - s;
    if (this.quoted[i] === 1 || n > INTERN_MAX_BYTES || !cache.on) return this.text(i);
    if (n === 0) return '';
    const b = this.bytes;
    // The first, last and middle four bytes (fewer than four: the bytes themselves). With the
    // length they are the bytes exactly up to INTERN_EXACT bytes, and are the key and the hash.
    let a: number;
    let z = 0;
    let m = 0;
    if (n >= 4) {
      a = b[s]! | (b[s + 1]! << 8) | (b[s + 2]! << 16) | (b[s + 3]! << 24);
      z = b[e - 4]! | (b[e - 3]! << 8) | (b[e - 2]! << 16) | (b[e - 1]! << 24);
      if (n > 8) {
        const p = s + (n >> 1) - 2;
        m = b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);
      }
    } else a = b[s]! | (n > 1 ? b[s + 1]! << 8 : 0) | (n > 2 ? b[s + 2]! << 16 : 0);
    // MurmurHash3's finaliser, so that a difference in any byte moves the slot.
    let h = a ^ Math.imul(z ^ n, 0x9e3779b1) ^ Math.imul(m, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    const slot = (h ^ (h >>> 16)) & (INTERN_SLOTS - 1);
    const k = slot << 2;
    const keys = cache.keys;
    const lookups = ++cache.lookups;
    if (keys[k] === a && keys[k + 1] === z && keys[k + 2] === m && keys[k + 3] === n && (n <= INTERN_EXACT || this.sameBytes(s, n, cache.bytes, slot * INTERN_MAX_BYTES))) {
      cache.hits++;
      return cache.strings[slot]!;
    }
    const t = this.slice(s, e);
    cache.strings[slot] = t;
    keys[k] = a;
    keys[k + 1] = z;
    keys[k + 2] = m;
    keys[k + 3] = n;
    if (n > INTERN_EXACT) cache.bytes.set(b.subarray(s, e), slot * INTERN_MAX_BYTES);
    if (lookups === INTERN_PROBATION && cache.hits * 4 < lookups) {
      cache.on = false;
      cache.strings.fill(undefined);
      keys.fill(0);
    }
    return t;
  }

  /** bytes[s, s + n) equals kept[base, base + n). */
  private sameBytes(s: number, n: number, kept: Uint8Array, base: number): boolean {
    const b = this.bytes;
    for (let k = 0; k < n; k++) if (kept[base + k] !== b[s + k]) return false;
    return true;
  }

  /** Every field's text, a fresh array. */
  fields(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.text(i));
    return out;
  }

  /** A quoted field's text from its raw range: `""` to `"`, the closing quote dropped. */
  private unquote(s: number, e: number): string {
    const b = this.bytes;
    let out = '';
    let p = s;
    for (;;) {
      const q = b.indexOf(QUOTE, p);
      // The range always holds the closing quote, so q is found and q < e.
      if (b[q + 1] === QUOTE && q + 1 < e) {
        out += this.slice(p, q + 1);
        p = q + 2;
        continue;
      }
      if (q > p) out += this.slice(p, q);
      if (q + 1 < e) out += this.slice(q + 1, e);
      return out;
    }
  }

  /** Room for at least one more field. */
  grow(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const quoted = new Uint8Array(n);
    start.set(this.start);
    end.set(this.end);
    quoted.set(this.quoted);
    this.start = start;
    this.end = end;
    this.quoted = quoted;
  }
}

export interface CsvByteParserOptions {
  /** One ASCII character; `,` for CSV, `\t` for TSV. Default `,`. */
  delimiter?: string;
  /** Called once per record; `rec` is reused and valid only during the call. */
  onRecord(rec: CsvRecord, line: number): void;
  /** The file name, used in error messages. */
  file?: string;
  /** Drop a UTF-8 byte order mark at the start (default true; false for input that starts mid-file). */
  bom?: boolean;
}

export class CsvByteParser {
  private readonly dc: number;
  private readonly onRecord: (rec: CsvRecord, line: number) => void;
  private readonly file: string;
  readonly record = new CsvRecord();

  private state: State = FIELD_START;
  /** Where the scan resumes in the carry buffer, and where the current field starts there. */
  private pos = 0;
  private fieldStart = 0;
  /** The current field began with a quote. */
  private fieldQuoted = 0;
  /** The incomplete record's bytes (from its first byte), at the start of `carry`. */
  private carry: Buffer = Buffer.alloc(0);
  private carryLen = 0;
  private line = 1;
  private recLine = 1;
  private quoteLine = 1;
  private bomPending: boolean;
  private ended = false;

  constructor(opts: CsvByteParserOptions) {
    const delimiter = opts.delimiter ?? ',';
    const dc = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || dc >= 0x80 || dc === QUOTE || dc === LF || dc === CR) {
      throw new ConfigurationError(`CSV delimiter must be one ASCII character other than a quote or newline, got ${JSON.stringify(delimiter)}`);
    }
    this.dc = dc;
    this.onRecord = opts.onRecord;
    this.file = opts.file ?? '<input>';
    this.bomPending = opts.bom ?? true;
  }

  /** True between records: every record so far is complete and no quoted field is open. */
  get atRecordStart(): boolean {
    return this.state === FIELD_START && this.record.count === 0 && this.carryLen === 0;
  }

  /** Physical line (1-based) at the end of the input written so far. */
  get currentLine(): number {
    // A CR the scan stopped before (inside a quoted field, waiting to see whether LF follows) is a line break already.
    return this.line + (this.state === QUOTED && this.pos < this.carryLen && this.carry[this.pos] === CR ? 1 : 0);
  }

  /** Feeds the next bytes. Calls onRecord for every record completed by them. */
  write(chunk: Uint8Array): void {
    if (this.ended) throw new Error('CsvByteParser.write after end');
    if (chunk.length === 0) return;
    let buf: Bytes;
    let len: number;
    if (this.carryLen > 0) {
      len = this.carryLen + chunk.length;
      if (this.carry.length < len) {
        const bigger = Buffer.allocUnsafe(Math.max(len, 2 * this.carry.length));
        this.carry.copy(bigger, 0, 0, this.carryLen);
        this.carry = bigger;
      }
      this.carry.set(chunk, this.carryLen);
      buf = this.carry as Bytes;
    } else {
      buf = asBytes(chunk);
      len = chunk.length;
    }
    this.carryLen = 0;
    this.run(buf, len, false);
  }

  /** Signals end of input: emits the last record, or throws on an unterminated quoted field. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const len = this.carryLen;
    this.carryLen = 0;
    this.run(this.carry as Bytes, len, true);
  }

  /**
   * Scans buf[pos, len). Not final: stops where it needs a byte beyond len and keeps the
   * incomplete record in `carry`. Final: nothing follows len.
   */
  private run(buf: Bytes, len: number, final: boolean): void {
    const dc = this.dc;
    // No byte above this one ends an unquoted field: one comparison for most bytes.
    const stop = dc > CR ? dc : CR;
    const rec = this.record;
    rec.reset(buf, len);
    let start = rec.start;
    let end = rec.end;
    let quoted = rec.quoted;
    let n = rec.count;
    let state = this.state;
    let i = this.pos;
    let fieldStart = this.fieldStart;
    let fieldQuoted = this.fieldQuoted;
    let line = this.line;
    let recLine = this.recLine;
    /** First byte of the current record (or of the input not yet consumed, between records). */
    let recStart = 0;

    if (this.bomPending) {
      if (len - i < 3 && !final && buf[i] === 0xef && (len - i < 2 || buf[i + 1] === 0xbb)) {
        // Too few bytes to tell: keep them and wait.
        this.keep(buf, i, len, state, i, fieldStart, fieldQuoted, n, line, recLine);
        return;
      }
      this.bomPending = false;
      if (len - i >= 3 && buf[i] === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf) i += 3;
      recStart = i;
    }
    if (state === AFTER_CR) {
      if (i < len && buf[i] === LF) i++;
      state = FIELD_START;
      recStart = i;
    }

    for (;;) {
      if (state === FIELD_START) {
        if (i >= len) break;
        const c = buf[i]!;
        if (c === QUOTE) {
          this.quoteLine = line;
          fieldStart = i + 1;
          fieldQuoted = 1;
          state = QUOTED;
          i++;
        } else if (c === dc) {
          if (n === start.length) ({ start, end, quoted } = this.grown());
          start[n] = i;
          end[n] = i;
          quoted[n++] = 0;
          i++;
          continue;
        } else if (c === LF || c === CR) {
          if (n !== 0) {
            // The record ends with an empty field.
            if (n === start.length) ({ start, end, quoted } = this.grown());
            start[n] = i;
            end[n] = i;
            quoted[n++] = 0;
            rec.count = n;
            this.onRecord(rec, recLine);
            n = 0;
          } // else an empty line: no record
          line++;
          recLine = line;
          i++;
          if (c === CR) {
            if (i < len) {
              if (buf[i] === LF) i++;
            } else if (!final) {
              state = AFTER_CR;
              break;
            }
          }
          recStart = i;
          continue;
        } else {
          fieldStart = i;
          fieldQuoted = 0;
          state = UNQUOTED;
        }
      }

      if (state === QUOTED) {
        // To the closing quote, counting line breaks (LF, and CR not followed by LF).
        let c = 0;
        for (;;) {
          while (i < len) {
            c = buf[i]!;
            if (c <= QUOTE) {
              if (c === QUOTE || c === CR) break;
              if (c === LF) line++;
            }
            i++;
          }
          if (i >= len || c === QUOTE) break;
          // A CR: a line break unless an LF follows (which counts instead); at the end, wait to see.
          if (i + 1 < len) {
            if (buf[i + 1] !== LF) line++;
          } else if (final) line++;
          else break;
          i++;
        }
        if (i >= len) {
          if (!final) break;
          throw new DataError(
            `${this.file}:${this.quoteLine}: unterminated quoted field (the quote opened on line ${this.quoteLine} is never closed)`,
            this.file,
            this.quoteLine,
          );
        }
        if (c === CR) break; // a CR at the end of the bytes so far: decided when more come
        // A quote: `""`, or the closing quote (which needs the next byte to tell).
        if (i + 1 >= len) {
          if (!final) break;
          i++;
          state = UNQUOTED; // closing quote at the end of input
        } else if (buf[i + 1] === QUOTE) {
          i += 2;
          continue;
        } else {
          i++;
          state = UNQUOTED; // text after the closing quote, if any, is appended as it is
        }
      }

      // UNQUOTED: to the next delimiter or line end.
      let c = -1;
      while (i < len) {
        c = buf[i]!;
        if (c <= stop && (c === dc || c === LF || c === CR)) break;
        i++;
      }
      if (i >= len) break;
      if (n === start.length) ({ start, end, quoted } = this.grown());
      start[n] = fieldStart;
      end[n] = i;
      quoted[n++] = fieldQuoted;
      i++;
      state = FIELD_START;
      if (c === dc) continue;
      rec.count = n;
      this.onRecord(rec, recLine);
      n = 0;
      line++;
      recLine = line;
      if (c === CR) {
        if (i < len) {
          if (buf[i] === LF) i++;
        } else if (!final) {
          state = AFTER_CR;
          break;
        }
      }
      recStart = i;
    }

    if (final) {
      // End of input: a field in progress, or a record that ended with a delimiter, is the last record.
      if (state === UNQUOTED || (state === FIELD_START && n !== 0)) {
        if (n === start.length) ({ start, end, quoted } = this.grown());
        start[n] = state === UNQUOTED ? fieldStart : len;
        end[n] = len;
        quoted[n++] = state === UNQUOTED ? fieldQuoted : 0;
        rec.count = n;
        this.onRecord(rec, recLine);
        n = 0;
      }
      rec.count = 0;
      this.state = FIELD_START;
      rec.reset(EMPTY, 0);
      return;
    }
    this.keep(buf, recStart, len, state, i, fieldStart, fieldQuoted, n, line, recLine);
  }

  /** Saves the scan's state, moving the incomplete record's bytes buf[from, len) to the start of `carry`. */
  private keep(buf: Bytes, from: number, len: number, state: State, pos: number, fieldStart: number, fieldQuoted: number, n: number, line: number, recLine: number): void {
    const rec = this.record;
    const keepBytes = state !== AFTER_CR && !(state === FIELD_START && n === 0 && pos >= len);
    if (keepBytes) {
      const k = len - from;
      if (buf === this.carry) {
        if (from > 0) this.carry.copyWithin(0, from, len);
      } else {
        if (this.carry.length < k) this.carry = Buffer.allocUnsafe(Math.max(k, 2 * this.carry.length, 4096));
        buf.copy(this.carry, 0, from, len);
      }
      this.carryLen = k;
      for (let f = 0; f < n; f++) {
        rec.start[f]! -= from;
        rec.end[f]! -= from;
      }
      this.pos = pos - from;
      this.fieldStart = fieldStart - from;
    } else {
      this.carryLen = 0;
      this.pos = 0;
      this.fieldStart = 0;
    }
    rec.count = n;
    rec.reset(EMPTY, 0);
    this.state = state;
    this.fieldQuoted = fieldQuoted;
    this.line = line;
    this.recLine = recLine;
  }

  private grown(): CsvRecord {
    this.record.grow();
    return this.record;
  }
}
