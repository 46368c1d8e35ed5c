/**
 * The job summary, capped: GitHub keeps at most 1 MiB of summary per step and drops a larger one
 * whole. A summary over the cap is cut at the last section boundary (a heading or a top-level
 * `<details>`) that fits, and a note says where the full report is.
 */
export const SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note and anything the runner adds. */
const MARGIN = 4 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function capSummary(markdown: string, report?: string, limit = SUMMARY_LIMIT): { text: string; cut: boolean } {
  if (bytes(markdown) <= limit) return { text: markdown, cut: false };
  const budget = limit - MARGIN;
  const lines = markdown.split('\n');
  let size = 0;
  let lastBoundary = 0; // lines[0 .. lastBoundary) fit and end before a section start
  let fitted = 0;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && i > 0 && /^(#{1,6} |<details)/.test(line)) lastBoundary = i;
    size += bytes(line) + 1;
    if (size > budget) break;
    fitted = i + 1;
  }
  // No section boundary fits: cut at a line (a table row or a paragraph is still whole).
  const keep = lastBoundary > 0 ? lastBoundary : Math.max(fitted, 0);
  let text = lines.slice(0, keep).join('\n');
  // A single line longer than the budget is cut at a character.
  if (bytes(text) > budget) text = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
  const where = report ? `the full report is \`${report.replace(/`/g, '')}\` (keep it with actions/upload-artifact)` : 'the full report is in the step log and the report file';
  const note = `\n\n> [!NOTE]\n> This summary was cut at ${Math.round(bytes(text) / 1024)} KiB: GitHub keeps at most 1 MiB per step. ${where[0].toUpperCase()}${where.slice(1)}.\n`;
  return { text: text + note, cut: true };
}
