/**
 * Capture: a sampled share of requests and their answers, one JSON object per row, appended to
 * JSON Lines files in a folder and rotated by size. Each object is flat so that validate-data reads
 * the files as a dataset: `request_id`, `variant`, `version`, `shadow`, `timestamp`, the model's
 * input columns, `prediction`, and `p_<class>` per class (or nothing more for regression). Files are
 * named `capture-<start time>-<sequence>.jsonl` (`capture-<start time>-w<worker>-<sequence>.jsonl` with
 * several workers); the one being written ends in `.jsonl.part` and is
 * renamed when it is full or the server stops, so a reader never sees half a file.
 */
import { renameSync, createWriteStream, type WriteStream } from 'node:fs';
import { makeDirs, outputError } from '../lib/files.js';
import { join } from 'node:path';
import type { Cell } from '../data/readers.js';
import type { Predictions } from './variant.js';

export interface CaptureOptions {
  dir: string;
  /** Share of requests captured, 0..1. */
  sample: number;
  /** A file is closed and a new one started past this many bytes. */
  maxBytes: number;
  /** For tests: the sampling draw. */
  random?: () => number;
  /** Put in the file names after the start time (`w<n>` for worker n of `--workers`), so that processes writing to one folder never share a file. */
  tag?: string;
}

export interface CaptureEntry {
  requestId: string;
  variant: string;
  version: string;
  shadow: boolean;
  columns: string[];
  row: (r: number) => Cell[];
  predictions: Predictions;
}

export class Capture {
  private stream: WriteStream | undefined;
  private partPath = '';
  private bytes = 0;
  private seq = 0;
  private readonly stamp = new Date().toISOString().replace(/[:.]/g, '-');
  private closing: Promise<void> | undefined;
  private pending = new Set<Promise<void>>();
  readonly files: string[] = [];

  constructor(private readonly opts: CaptureOptions) {
    try {
      makeDirs(opts.dir);
    } catch (e) {
      throw outputError(e, opts.dir);
    }
  }

  /** Decides once per request whether it is captured (shadow answers follow their request). */
  sampled(): boolean {
    return (this.opts.random ?? Math.random)() < this.opts.sample;
  }

  write(e: CaptureEntry): void {
    if (this.closing) return;
    const ts = new Date().toISOString();
    const p = e.predictions;
    const k = p.classes.length;
    let text = '';
    for (let r = 0; r < p.labels.length; r++) {
      const o: Record<string, unknown> = { request_id: e.requestId, variant: e.variant, version: e.version, shadow: e.shadow, timestamp: ts };
      const cells = e.row(r);
      e.columns.forEach((c, j) => (o[c] = cells[j]));
      if (p.task === 'regression') o.prediction = p.values![r];
      else o.prediction = p.labels[r];
      if (p.probabilities) for (let j = 0; j < k; j++) o[`p_${p.classes[j]}`] = p.probabilities[r * k + j];
      text += JSON.stringify(o) + '\n';
    }
    this.append(text);
  }

  private append(text: string): void {
    if (!this.stream) this.open();
    const n = Buffer.byteLength(text);
    this.stream!.write(text);
    this.bytes += n;
    if (this.bytes >= this.opts.maxBytes) this.rotate();
  }

  private open(): void {
    this.seq++;
    this.partPath = join(this.opts.dir, `capture-${this.stamp}-${this.opts.tag ? `${this.opts.tag}-` : ''}${String(this.seq).padStart(4, '0')}.jsonl.part`);
    this.stream = createWriteStream(this.partPath, { flags: 'a' });
    this.bytes = 0;
  }

  private finish(): Promise<void> {
    const s = this.stream;
    const part = this.partPath;
    this.stream = undefined;
    if (!s) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      s.end(() => {
        try {
          const done = part.replace(/\.part$/, '');
          renameSync(part, done);
          this.files.push(done);
          resolve();
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  private rotate(): void {
    const p = this.finish().finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Flushes and closes the current file (on shutdown); files being rotated are awaited too. */
  close(): Promise<void> {
    this.closing ??= Promise.all([this.finish(), ...this.pending]).then(() => {});
    return this.closing;
  }
}
