/**
 * The fairness and importance sections of the PR comment: per sensitive feature, the measures with
 * their intervals, the baseline's values, the groups that set them and the gates' verdicts; the
 * groups' rates; the top features by permutation importance and how they moved against the
 * baseline. Group values and feature names come from data: everything goes through `esc`.
 */
import type { Comparison, GateResult } from '../gates/compare.js';
import type { Evaluation } from '../model/evaluate.js';
import type { FairnessFeature, Rate } from '../fairness/audit.js';
import { MEASURES } from '../fairness/measures.js';
import { details, esc, fmt, table } from './markdown.js';

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fmt(Math.abs(x), 3)}`;
const interval = (ci: [number, number] | null) => (ci ? ` [${fmt(ci[0], 3)}, ${fmt(ci[1], 3)}]` : '');

function verdict(gates: GateResult[]): string {
  if (!gates.length) return '';
  const failed = gates.filter((g) => !g.passed);
  if (failed.length) return `❌ ${failed.map((g) => esc(g.rule)).join(', ')}`;
  return `${gates.some((g) => g.warning || g.underpowered) ? '⚠️' : '✅'} ${gates.map((g) => esc(g.rule)).join(', ')}`;
}

function rate(r: Rate, b?: Rate): string {
  if (r.value === null) return '–';
  const d = b?.value !== undefined && b.value !== null && b.value !== r.value ? ` (${signed(r.value - b.value)})` : '';
  return `${fmt(r.value, 3)}${interval(r.ci)}${d}`;
}

function featureSection(f: FairnessFeature, base: FairnessFeature | undefined, gates: GateResult[]): string {
  const rows = MEASURES.map((m) => {
    const c = f.measures[m];
    const b = base?.measures[m];
    const own = gates.filter((g) => g.metric === m);
    const paired = own.find((g) => g.delta !== null);
    const delta = paired ? `${signed(paired.delta!)}${interval(paired.ci)}` : c.value !== null && b?.value !== null && b?.value !== undefined ? signed(c.value - b.value) : '–';
    return [`\`${m}\``, fmt(b?.value ?? null, 3), c.value === null ? '–' : `${fmt(c.value, 3)}${interval(c.ci)}`, delta, c.groups ? `${esc(c.groups[0], 40)} / ${esc(c.groups[1], 40)}` : '–', verdict(own)];
  });
  const measures = table(['measure', 'baseline', 'candidate [interval]', 'Δ [interval]', 'set by (low / high)', 'gate'], rows, ['l', 'r', 'r', 'l', 'l', 'l']);
  const groups = table(
    ['group', 'rows', 'selection rate', 'true positive rate', 'false positive rate', 'precision', 'accuracy'],
    f.groups.map((g) => {
      const b = base?.groups.find((x) => x.value === g.value);
      return [esc(g.value, 40), String(g.rows), rate(g.selectionRate, b?.selectionRate), rate(g.truePositiveRate, b?.truePositiveRate), rate(g.falsePositiveRate, b?.falsePositiveRate), rate(g.precision, b?.precision), rate(g.accuracy, b?.accuracy)];
    }),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const fourFifths = f.fourFifths === null ? '' : `Four-fifths rule: disparate impact ratio ${fmt(f.measures.disparate_impact_ratio.value, 3)} ${f.fourFifths ? '≥' : '<'} 0.8${f.fourFifths ? '' : ' (adverse impact by the rule of thumb)'}.`;
  const notes = f.notes.map((n) => `- ${esc(n, 300)}`).join('\n');
  return [`**${esc(f.name, 80)}**`, measures, fourFifths, details(`Groups of ${esc(f.name, 80)} (rates with ${'intervals'}${base ? '; change from the baseline' : ''})`, groups), notes].filter(Boolean).join('\n\n');
}

/** The fairness section, or undefined when the candidate was not audited and no fairness gate ran. */
export function fairnessSection(c: Comparison, candidate: Evaluation, baseline?: Evaluation): string | undefined {
  const gates = c.gates.filter((g) => g.sensitive !== undefined || (MEASURES as readonly string[]).includes(g.metric));
  const features = candidate.fairness?.features ?? [];
  if (!features.length && !gates.length) return undefined;
  const parts = features.map((f) =>
    featureSection(
      f,
      baseline?.fairness?.features.find((x) => x.name === f.name),
      gates.filter((g) => g.sensitive === f.name),
    ),
  );
  const orphan = gates.filter((g) => g.sensitive === undefined);
  if (orphan.length) parts.push(orphan.map((g) => `- ❌ \`${g.metric}\` ${esc(g.rule)}: ${esc(g.reason, 300)}`).join('\n'));
  const failed = gates.filter((g) => !g.passed).length;
  const method = candidate.fairness ? `<sub>${esc(candidate.fairness.methods.groups, 200)}; measures: ${esc(candidate.fairness.methods.measures, 300)}; ${Math.round(candidate.fairness.confidence * 100)}% intervals.</sub>` : '';
  return [`### ${failed ? '❌' : '⚖️'} Fairness${gates.length ? ` (${failed ? `${failed} of ${gates.length} gates failed` : `${gates.length} gates passed`})` : ''}`, ...parts, method].filter(Boolean).join('\n\n');
}

/** The audit of one evaluation (evaluate-model's job summary): every feature's measures and groups. */
export function fairnessOnly(ev: Evaluation): string | undefined {
  const features = ev.fairness?.features ?? [];
  if (!features.length) return undefined;
  return ['### ⚖️ Fairness', ...features.map((f) => featureSection(f, undefined, []))].join('\n\n');
}

/** The top features by permutation importance, with their rank and change against the baseline's. */
export function importanceSection(candidate: Evaluation, baseline?: Evaluation, top = 10): string | undefined {
  const imp = candidate.importance;
  if (!imp) return undefined;
  const base = baseline?.importance?.metric === imp.metric ? baseline.importance : undefined;
  const rank = new Map(base?.features.map((f, i) => [f.name, i + 1]));
  const rows = imp.features.slice(0, top).map((f, i) => {
    const b = base?.features.find((x) => x.name === f.name);
    const was = rank.get(f.name);
    const move = !base ? '' : was === undefined ? 'new' : was === i + 1 ? '=' : was > i + 1 ? `▲ from ${was}` : `▼ from ${was}`;
    return [String(i + 1), esc(f.name, 60), `${fmt(f.mean, 3)} [${fmt(f.low, 3)}, ${fmt(f.high, 3)}]`, ...(base ? [b ? fmt(b.mean, 3) : '–', b ? signed(f.mean - b.mean) : '–', move] : [])];
  });
  const header = ['#', 'feature', `decrease in ${imp.metric} [interval]`, ...(base ? ['baseline', 'Δ', 'rank'] : [])];
  const note = `<sub>Permutation importance: ${imp.repeats} shuffles per feature on ${imp.rows.toLocaleString('en-US')} sampled rows (seed ${imp.seed}); the interval reflects the shuffles only.${baseline && !base ? ' The baseline has no importance with the same metric to compare with.' : ''}</sub>`;
  return details(`Feature importance (top ${Math.min(top, imp.features.length)} of ${imp.features.length})`, [table(header, rows, ['r', 'l', 'r', ...(base ? (['r', 'r', 'l'] as const) : [])]), note].join('\n\n'));
}
