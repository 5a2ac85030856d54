#!/usr/bin/env bash
# `npm run test:runtimes`: installs the runtimes into the cache (once), builds the packages, runs the runtime matrix.
# RUNTIMES_ONLY=nodes,bun,deno,packaging,dances picks parts (all by default); docs/runtimes.md says what each runs.
set -euo pipefail
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
cd "$(dirname "$0")/../.."

started=$SECONDS
bash scripts/runtimes/install.sh
echo "== build (the runtimes run the built packages)"
npm run build >/dev/null
echo "== install and build took $((SECONDS - started)) s; runtime matrix"
exec node_modules/.bin/tsx test/runtimes/run.ts
