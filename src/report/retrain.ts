/**
 * The text of a retrain pull request and of a drift issue, from the monitoring findings. Every
 * string from the report (column names, test names, model references, dates) came from another
 * job that read production data: it goes through `esc`, and titles are cut to one plain line.
 */
import type { MonitorFindings } from '../retrain/findings.js';
import { code, esc, fmt, table } from './markdown.js';

const MAX_TITLE = 200;

/** One line of plain text for a title: control characters and runs of spaces collapsed, mentions defused, cut. */
function plain(s: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, ' ').replace(/@(?=[A-Za-z0-9])/g, '@\u200b').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function windowText(f: MonitorFindings): string {
  const w = f.window;
  if (!w) return 'the latest window';
  const span = w.from && w.to ? `${w.from} to ${w.to}` : w.to ? `up to ${w.to}` : (w.from ?? '');
  const rows = w.rows !== undefined ? `${fmt(w.rows)} rows` : '';
  return [span, rows].filter(Boolean).join(', ') || 'the latest window';
}

function modelText(f: MonitorFindings): string {
  return f.model?.reference ?? f.model?.version ?? 'the production model';
}

export function retrainTitle(f: MonitorFindings, kind: 'pull-request' | 'issue'): string {
  const columns = f.drifted.map((d) => d.column);
  const what = [
    columns.length ? `${columns.length} drifted column${columns.length === 1 ? '' : 's'} (${columns.slice(0, 3).join(', ')}${columns.length > 3 ? ', …' : ''})` : '',
    f.decay.length ? `decay in ${f.decay.map((d) => d.metric).slice(0, 3).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const head = kind === 'pull-request' ? `Retrain ${modelText(f)}` : `Drift in production data of ${modelText(f)}`;
  return plain(`${head}: ${what || 'actionable monitoring finding'}`, MAX_TITLE);
}

function driftTable(f: MonitorFindings): string {
  if (!f.drifted.length) return 'No column drifted, and the predictions did not shift.';
  return table(
    ['column', 'test', 'statistic', 'p-value', 'threshold'],
    f.drifted.map((d) => [esc(d.column), esc(d.test), fmt(d.statistic), fmt(d.pValue), fmt(d.threshold)]),
    ['l', 'l', 'r', 'r', 'r'],
  );
}

function decayTable(f: MonitorFindings): string {
  return table(
    ['metric', 'production (registered)', 'window', 'change', 'test', 'p-value (Holm)'],
    f.decay.map((d) => [esc(d.metric), fmt(d.production), fmt(d.window), fmt(d.window !== undefined && d.production !== undefined ? d.window - d.production : undefined), esc(d.test), fmt(d.pValue)]),
    ['l', 'r', 'r', 'r', 'l', 'r'],
  );
}

/** The monitoring section both bodies share. */
export function findingsMarkdown(f: MonitorFindings): string {
  const parts = [
    `**Finding: \`${f.finding}\`** on ${esc(windowText(f))} of ${f.model?.reference || f.model?.version ? code(modelText(f)) : modelText(f)}; labels ${f.labelled ? 'were' : 'were not'} present.`,
  ];
  if (f.reasons.length) parts.push(f.reasons.map((r) => `- ${esc(r.level)} (${esc(r.check)}): ${esc(r.message)}`).join('\n'));
  parts.push(`#### Drifted columns\n\n${driftTable(f)}`);
  if (f.decay.length) parts.push(`#### Decayed metrics (window's labelled rows against the registered evaluation)\n\n${decayTable(f)}`);
  return parts.join('\n\n');
}

export interface PullRequestBodyOptions {
  /** Repository paths committed on the branch. */
  files: readonly string[];
  /** Where the report was committed. */
  reportPath: string;
  /** The check that carries the gate's verdict. */
  checkName?: string;
  /** How the rows were added (the monitoring job's `retrain-data`), when the publishing job is told. */
  retrainData?: string;
  runUrl?: string;
}

export function pullRequestBody(f: MonitorFindings, o: PullRequestBodyOptions): string {
  const files = o.files.map((p) => `- \`${p.replace(/`/g, '')}\``).join('\n');
  return [
    '## Scheduled retrain',
    findingsMarkdown(f),
    `#### What this pull request changes\n\n${files}\n\nThe window's labelled rows were added to the training data${o.retrainData ? ` (\`${o.retrainData.replace(/`/g, '')}\`)` : ''}; the candidate was retrained on it and evaluated with production on the same recent labelled rows. The monitoring report is committed as \`${o.reportPath.replace(/`/g, '')}\`.`,
    `The gate's comparison is the sticky comment below${o.checkName ? `, its verdict the \`${o.checkName.replace(/`/g, '')}\` check` : ''}. Merging registers and deploys as any other merge does; nothing was committed to the default branch. Later scheduled runs update this pull request (one branch, force-updated from the default branch); a run that finds nothing to act on leaves it as it is.`,
    o.runUrl ? `[The monitoring run](${o.runUrl})` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function issueBody(f: MonitorFindings, o: { runUrl?: string } = {}): string {
  return [
    '## Drift in production data',
    findingsMarkdown(f),
    "No labels were available for this window, so a retrain could not be judged: no pull request was opened. When labels arrive, the next scheduled run (or a manual run with the labels file) evaluates the model on them and opens a retrain pull request if it decayed. Later runs update this issue; a run that finds nothing to act on leaves it open for a person to close.",
    o.runUrl ? `[The monitoring run](${o.runUrl})` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The report committed beside the changed files, as markdown. */
export function reportMarkdown(f: MonitorFindings): string {
  return `# Monitoring report\n\n${findingsMarkdown(f)}\n`;
}
