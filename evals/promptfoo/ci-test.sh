#!/usr/bin/env bash
# CI: runs promptfoo for real, offline, on a small suite, and checks its JSON output against
# `crmready eval` on the same suite. Installs promptfoo here first if it is missing (npm ci from the
# committed lockfile). Offline means: promptfoo's telemetry, update check, sharing and remote
# generation are off, no API key is passed (replay mode), and — when this runs as root with
# `unshare` — promptfoo runs in a network namespace with no network at all.
# Exit: 0 all good, 1 a mismatch or a failure (the reason is printed).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SUITE="${CRMREADY_PROMPTFOO_SUITE:-$ROOT/src/replay/live/testdata/live-suite.yaml}"

if [ ! -f "$HERE/node_modules/promptfoo/package.json" ]; then
  echo "promptfoo ci: installing promptfoo (npm ci in evals/promptfoo)"
  npm --prefix "$HERE" ci --no-audit --no-fund
fi
if [ "${CRMREADY_SKIP_BUILD:-}" != 1 ]; then
  (cd "$ROOT" && npx tsc -p tsconfig.build.json >/dev/null) || true   # type errors elsewhere must not hide this test; dist is still emitted
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

set +e
node "$ROOT/dist/cli/bin.js" eval "$SUITE" --out "$work/crmready" -q >"$work/crmready.log" 2>&1
crm=$?
set -e
if [ "$crm" != 0 ] && [ "$crm" != 4 ]; then cat "$work/crmready.log"; echo "promptfoo ci: crmready eval failed (exit $crm)"; exit 1; fi

offline=()
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then offline=(unshare -n); fi
set +e
env -u ANTHROPIC_API_KEY CRMREADY_MODE=replay CRMREADY_SUITES="$SUITE" PROMPTFOO_CONFIG_DIR="$work/promptfoo-config" \
  "${offline[@]}" node "$HERE/run-promptfoo.mjs" eval -c "$ROOT/evals/promptfooconfig.yaml" -o "$work/promptfoo.json" --no-cache --no-progress-bar --no-table >"$work/promptfoo.log" 2>&1
pf=$?
set -e
# 0: every test passed; 100: a test failed (promptfoo's code) — both are results to check.
if [ "$pf" != 0 ] && [ "$pf" != 100 ]; then cat "$work/promptfoo.log"; echo "promptfoo ci: promptfoo failed (exit $pf)"; exit 1; fi
if [ "$pf" = 100 ] && [ "$crm" = 0 ]; then cat "$work/promptfoo.log"; echo "promptfoo ci: promptfoo failed a test crmready passed"; exit 1; fi
node "$HERE/check-results.mjs" "$work/promptfoo.json" "$work/crmready/eval.json"
echo "promptfoo ci: ok (${offline[*]:-network not isolated: not root or no unshare})"
