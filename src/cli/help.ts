/** --help text generated from action.yml (via the generated metadata), so the two never disagree. */
import type { ActionMeta } from '../generated/actions-meta.js';
import { actionsMeta } from '../generated/actions-meta.js';
import { defaultForHelp } from '../lib/inputs.js';

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export function helpFor(command: string, meta: ActionMeta): string {
  const out = [`Usage: modelgate ${command} [--<input> <value>]... [--json]`, '', wrap(meta.description, 78, ''), '', 'Inputs:'];
  for (const [name, input] of Object.entries(meta.inputs)) {
    const shown = defaultForHelp(command, name);
    const extra = shown !== undefined ? ` (default: ${shown})` : input.required ? ' (required)' : '';
    out.push(`  --${name}${extra}`, wrap(input.description, 74, '      '));
  }
  out.push('', 'Outputs (printed; with --json as a JSON object on stdout):');
  for (const [name, o] of Object.entries(meta.outputs)) out.push(`  ${name}`, wrap(o.description, 74, '      '));
  out.push('', 'List inputs take one item per argument, kept whole, or the flag repeated:', '  --features "Body Mass (g)" "Flipper (mm)"');
  out.push('', 'Options: --json  --quiet  --verbose  --help', 'Exit status: 0 passed, 1 the check failed, 2 usage or input error.', '');
  return out.join('\n');
}

export function usage(): string {
  const lines = ['Usage: modelgate <command> [--<input> <value>]... [--json]', '', 'Commands:'];
  for (const [name, meta] of Object.entries(actionsMeta)) lines.push(`  ${name.padEnd(20)} ${meta.description.split('. ')[0].replace(/\.$/, '')}`);
  lines.push(`  ${'init'.padEnd(20)} Write a starting project (modelgate.yml, schema, gates, workflows) from a data file, and run it`);
  lines.push(`  ${'serve'.padEnd(20)} Serve an ONNX model over the Open Inference Protocol v2 (a long-running server)`);
  lines.push(`  ${'registry'.padEnd(20)} list, show, pull, promote, approve, reject and history of registered versions`);
  lines.push(`  ${'exp'.padEnd(20)} show and diff the experiment runs train and evaluate-model recorded`);
  lines.push('', 'Run `modelgate <command> --help` for its inputs.', '');
  return lines.join('\n');
}
