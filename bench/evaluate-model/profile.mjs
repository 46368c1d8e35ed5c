// Summarises a V8 .cpuprofile (node --cpu-prof): self and inclusive time per function, named by
// function and repository-relative file, so a table can say where the time goes. Used by the
// benchmarks' --profile option; also runnable: node bench/evaluate-model/profile.mjs X.cpuprofile [top]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function where(cf, root) {
  let url = cf.url || '';
  if (url.startsWith('file://')) url = fileURLToPath(url);
  if (root && url.startsWith(root)) url = url.slice(root.length + 1);
  if (url.includes('node_modules/')) url = url.slice(url.lastIndexOf('node_modules/') + 13);
  return url;
}

/**
 * Returns { totalMs, rows: [{ name, file, selfMs, inclusiveMs }] } sorted by self time. Inclusive
 * time counts each sample once per function on its stack (recursion is not double counted).
 */
export function summarizeProfile(path, root) {
  const p = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'}\t${where(n.callFrame, root)}`;
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    let id = p.samples[i];
    const k0 = key(byId.get(id));
    self.set(k0, (self.get(k0) ?? 0) + dt);
    const seen = new Set();
    while (id !== undefined) {
      const k = key(byId.get(id));
      if (!seen.has(k)) {
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + dt);
      }
      id = parent.get(id);
    }
  }
  const rows = [...incl.keys()].map((k) => {
    const [name, file] = k.split('\t');
    return { name, file, selfMs: self.get(k) ?? 0, inclusiveMs: incl.get(k) ?? 0 };
  });
  rows.sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: total, rows };
}

/** The inclusive time of the first row named `name` (optionally in a file containing `file`). */
export function inclusiveOf(summary, name, file = '') {
  return summary.rows.filter((r) => r.name === name && r.file.includes(file)).reduce((a, r) => Math.max(a, r.inclusiveMs), 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = summarizeProfile(process.argv[2], process.cwd());
  const top = Number(process.argv[3] ?? 30);
  console.log(`total ${s.totalMs.toFixed(0)} ms`);
  for (const r of s.rows.slice(0, top)) console.log(`${r.selfMs.toFixed(0).padStart(7)} self ${r.inclusiveMs.toFixed(0).padStart(7)} incl  ${r.name}  ${r.file}`);
}
