/**
 * A progress line for long passes over data: rows, MB/s and the time left, from the bytes done of
 * the bytes to read. On a terminal (`tty`) one line is rewritten in place at most 5 times a second
 * and cleared at the end; elsewhere (CI logs) a plain line is written every `everyMs` (default 5 s).
 * Nothing is shown for the first `afterMs` (default 2 s): short passes stay quiet.
 */
export interface ProgressOptions {
  label: string;
  /** Rewrite one line with \r (a terminal) instead of writing lines. */
  tty: boolean;
  write(text: string): void;
  everyMs?: number;
  afterMs?: number;
  now?: () => number;
}

export interface Progress {
  update(bytesDone: number, bytesTotal: number, rows: number): void;
  end(): void;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');

function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.ceil(s - 60 * m)} s`;
}

/** The text of one progress line. */
export function progressText(label: string, bytesDone: number, bytesTotal: number, rows: number, elapsedMs: number): string {
  const mbps = elapsedMs > 0 ? bytesDone / 1e6 / (elapsedMs / 1000) : 0;
  const left = bytesDone > 0 ? ((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000 : Infinity;
  const pct = bytesTotal > 0 ? (100 * bytesDone) / bytesTotal : 0;
  return `${label}: ${fmtInt(rows)} rows, ${pct.toFixed(0)}%, ${mbps.toFixed(0)} MB/s, ETA ${fmtSeconds(left)}`;
}

export function progress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => Date.now());
  const start = now();
  const every = o.tty ? 200 : (o.everyMs ?? 5000);
  const after = o.afterMs ?? 2000;
  let last = -Infinity;
  let shown = false;
  return {
    update(done, total, rows) {
      const t = now();
      if (t - start < after || t - last < every) return;
      last = t;
      const text = progressText(o.label, done, total, rows, t - start);
      if (o.tty) o.write(`\r${text}\u001b[K`);
      else o.write(`${text}\n`);
      shown = true;
    },
    end() {
      if (shown && o.tty) o.write('\r\u001b[K');
    },
  };
}
