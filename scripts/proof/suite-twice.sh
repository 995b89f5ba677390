#!/usr/bin/env bash
# Issue 15, item 8: the whole suite, run the way CI runs it (.ci/run on a fresh clone), passes
# twice in a row in one copy, and its first run has a second copy of itself running beside it on
# the same machine, PostgreSQL server and Chromium. Both copies are clones of the committed HEAD
# in a scratch folder; every run takes its own database name and free ports (.ci/run, the
# Playwright config), so nothing here chooses a port or a name.
#
#   npm run proof:suite      # about 1.5 hours on 2 cores; exits 1 if any of the three runs fails
#
# Figures: test-results/proof/suite-twice.json, the logs next to it (suite-twice-*.log).
set -uo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
commit="$(git rev-parse HEAD)"
out="$root/test-results/proof"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/dpa-suite-twice.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# mktemp makes the folder 0700; scripts/proof/readonly-pglite.test.ts runs a step as an
# unprivileged user, who must be able to reach the clone, as in any CI checkout.
chmod 755 "$work"

for copy in a b; do
  git clone -q --no-hardlinks "$root" "$work/$copy"
  git -C "$work/$copy" checkout -q "$commit"
done

# One run of .ci/run in a copy: its exit code, seconds and the test runners' summary lines.
run() {
  local copy="$1" label="$2" started rc
  started="$(date +%s)"
  echo "--- $label: copy $copy started $(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg)"
  (cd "$work/$copy" && CI=1 bash .ci/run) >"$out/suite-twice-$label.log" 2>&1
  rc=$?
  local seconds=$(($(date +%s) - started))
  local summary
  # scripts/test.mjs ends with "=== summary (28.2 min) ===" … "1510 passed, 0 failed".
  summary="$(grep -E '^=== summary|^[0-9]+ passed, [0-9]+ failed$' "$out/suite-twice-$label.log" | paste -sd ' ' -)"
  echo "--- $label: exit $rc after ${seconds} s: $summary"
  printf '{"run":"%s","copy":"%s","exit":%d,"seconds":%d,"summary":"%s","loadAfter":"%s"}\n' \
    "$label" "$copy" "$rc" "$seconds" "$summary" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/runs.jsonl"
  return "$rc"
}

started="$(date -u +%FT%TZ)"
run b beside-first &
beside=$!
sleep 20 # the second copy's npm ci starts first; then the two overlap for the length of a run
run a first
run a second
wait "$beside"

node -e '
  const fs = require("fs");
  const [file, commit, started, target] = process.argv.slice(1);
  const runs = fs.readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
  const figure = { commit, started, ended: new Date().toISOString(), cores: require("os").cpus().length, runs, passed: runs.every((r) => r.exit === 0) };
  fs.writeFileSync(target, JSON.stringify(figure, null, 2) + "\n");
  console.log(figure.passed ? "suite twice in a row, beside a copy: all 3 runs passed" : "SHORTFALL: a run failed", "->", target);
  process.exit(figure.passed ? 0 : 1);
' "$work/runs.jsonl" "$commit" "$started" "$out/suite-twice.json"
