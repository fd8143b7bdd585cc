#!/usr/bin/env bash
# Runs every test CrampCheck has, from any folder, on a fresh Debian 12 machine:
#   1. scripts/setup.sh (installs what is missing; quiet when all is there);
#   2. native-release: app, CLI and unit tests (-Wall -Wextra -Werror), run with ctest;
#   3. native-sanitize: core, CLI and their tests again under AddressSanitizer + UBSan;
#   4. web-release: the WebAssembly site, then the browser tests in headless Chromium;
#   5. a short fuzzing run of every fuzz target, when they exist.
# Ends with one line "N passed, N failed"; exits non-zero when anything failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/common.sh
source "$ROOT/scripts/common.sh"

FUZZ_SECONDS="${CRAMPCHECK_FUZZ_SECONDS:-20}"
# A fixed seed keeps the gate repeatable; run scripts/fuzz.sh by hand to explore further.
export CRAMPCHECK_FUZZ_SEED="${CRAMPCHECK_FUZZ_SEED:-1}"
passed=0
failed=0
failed_stages=()
LOGS="$ROOT/build/test-logs"

# count_ctest LOG: adds ctest's "N tests failed out of M" to the totals.
count_ctest() {
  local line total failures
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -n1 || true)
  if [ -z "$line" ]; then
    failed=$((failed + 1))
    return
  fi
  failures=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  passed=$((passed + total - failures))
  failed=$((failed + failures))
}

# count_node LOG: adds node --test's "# pass N" / "# fail N" to the totals.
count_node() {
  local pass fail
  pass=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$1" | tail -n1)
  fail=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$1" | tail -n1)
  if [ -z "$pass" ] || [ -z "$fail" ]; then
    failed=$((failed + 1))
    return
  fi
  passed=$((passed + pass))
  failed=$((failed + fail))
}

build_preset() {
  local preset=$1
  step "building $preset"
  cmake --preset "$preset" >"$LOGS/$preset-configure.log" 2>&1 ||
    { tail -n 40 "$LOGS/$preset-configure.log" >&2; fail "configure $preset" "see $LOGS/$preset-configure.log"; }
  cmake --build --preset "$preset" >"$LOGS/$preset-build.log" 2>&1 ||
    { grep -E 'error|FAILED' "$LOGS/$preset-build.log" | head -n 40 >&2; fail "build $preset" "see $LOGS/$preset-build.log"; }
}

run_ctest() {
  local preset=$1
  step "unit tests ($preset)"
  if ctest --preset "$preset" -j "$(nproc)" 2>&1 | tee "$LOGS/$preset-ctest.log" | grep -E '\*\*\*(Failed|Timeout|Exception)|Not Run|tests passed'; then :; fi
  grep -q ' 0 tests failed' "$LOGS/$preset-ctest.log" || failed_stages+=("$preset unit tests")
  count_ctest "$LOGS/$preset-ctest.log"
}

"$ROOT/scripts/setup.sh"
mkdir -p "$LOGS"

build_preset native-release
run_ctest native-release

build_preset native-sanitize
run_ctest native-sanitize

build_preset web-release
step "browser tests (headless Chromium)"
if (cd "$ROOT/tests/e2e" && node --test --test-concurrency=1 --test-reporter=spec specs/) \
    >"$LOGS/e2e.log" 2>&1; then :; else failed_stages+=("browser tests"); fi
node_summary_log="$LOGS/e2e-summary.log"
(cd "$ROOT/tests/e2e" && grep -E '^ℹ (pass|fail) ' "$LOGS/e2e.log" | sed -E 's/^ℹ /# /') >"$node_summary_log" || true
grep -E '✖|failing tests|Error' "$LOGS/e2e.log" | head -n 40 || true
cat "$node_summary_log"
count_node "$node_summary_log"

if [ -x "$ROOT/scripts/fuzz.sh" ] && [ -d "$ROOT/tests/fuzz" ]; then
  step "fuzzing each target for ${FUZZ_SECONDS}s"
  if "$ROOT/scripts/fuzz.sh" "$FUZZ_SECONDS" >"$LOGS/fuzz.log" 2>&1; then
    passed=$((passed + 1))
  else
    tail -n 40 "$LOGS/fuzz.log" >&2
    failed=$((failed + 1))
    failed_stages+=("fuzzing")
  fi
fi

if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "Failed: ${failed_stages[*]} (logs in $LOGS)" >&2
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failed_stages[@]} -eq 0 ]
