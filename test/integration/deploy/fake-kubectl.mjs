#!/usr/bin/env node
// A stand-in for kubectl talking to a cluster that cannot run here: it keeps one namespace's
// InferenceServices in a JSON file (FAKE_KUBECTL_STATE) and answers the two calls the kserve
// target makes, with kubectl's arguments, exit codes and NotFound message. Every applied manifest
// is appended to FAKE_KUBECTL_LOG for the test to check against KServe's CRD schema. It reports
// every object Ready, as a cluster would once the new revision is up.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const statePath = process.env.FAKE_KUBECTL_STATE;
const logPath = process.env.FAKE_KUBECTL_LOG;
if (!statePath || !logPath) {
  process.stderr.write('fake kubectl: FAKE_KUBECTL_STATE and FAKE_KUBECTL_LOG must be set\n');
  process.exit(1);
}
let args = process.argv.slice(2);
if (args[0] === '--context') args = args.slice(2);
const state = existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : {};
const key = (ns, name) => `${ns}/${name}`;

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (args[0] === 'get') {
  // get inferenceservice NAME -n NS -o json
  const [, kind, name, nFlag, ns, oFlag, out] = args;
  if (kind !== 'inferenceservice' || nFlag !== '-n' || oFlag !== '-o' || out !== 'json') fail(`fake kubectl: unexpected arguments: ${args.join(' ')}`);
  const obj = state[key(ns, name)];
  if (!obj) fail(`Error from server (NotFound): inferenceservices.serving.kserve.io "${name}" not found`);
  const ready = [{ type: 'Ready', status: 'True' }, { type: 'LatestDeploymentReady', status: 'True' }];
  process.stdout.write(JSON.stringify({ ...obj, status: { conditions: ready } }));
} else if (args[0] === 'apply') {
  const want = ['apply', '--server-side', '--field-manager=modelgate', '--force-conflicts', '-f', '-'];
  if (args.join(' ') !== want.join(' ')) fail(`fake kubectl: unexpected arguments: ${args.join(' ')}`);
  const manifest = JSON.parse(readFileSync(0, 'utf8'));
  if (manifest.kind !== 'InferenceService') fail(`error: unknown kind ${manifest.kind}`);
  appendFileSync(logPath, JSON.stringify(manifest) + '\n');
  state[key(manifest.metadata.namespace, manifest.metadata.name)] = manifest;
  writeFileSync(statePath, JSON.stringify(state));
  process.stdout.write(`inferenceservice.serving.kserve.io/${manifest.metadata.name} serverside-applied\n`);
} else {
  fail(`fake kubectl: unsupported command ${args[0]}`);
}
