#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (address + undefined-behaviour sanitizers) in
# build/fuzz and runs each for SECONDS (default 60), starting from the seeds in
# tests/fuzz/corpus/<target>. The working corpus and any crash files stay in build/fuzz.
# Exits non-zero as soon as a target finds a crash, leak or sanitizer error.
#   usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2; }
command -v clang++ >/dev/null || { echo "clang++ not found (apt-get install -y clang libclang-rt-14-dev)" >&2; exit 1; }

build=build/fuzz
echo "==> configuring $build with clang (fuzzer, address, undefined)"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCRAMPCHECK_BUILD_FUZZ=ON -DCRAMPCHECK_BUILD_APP=OFF -DCRAMPCHECK_BUILD_TESTS=OFF >/dev/null
targets=(fuzz_import_json fuzz_import_csv fuzz_triage_answers)
echo "==> building ${targets[*]}"
cmake --build "$build" --target "${targets[@]}"

for target in "${targets[@]}"; do
  binary=$(find "$build" -type f -name "$target" -perm -u+x | head -n 1)
  [[ -n "$binary" ]] || { echo "$target was not built" >&2; exit 1; }
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  if [[ -d "tests/fuzz/corpus/$target" ]]; then cp -n "tests/fuzz/corpus/$target"/* "$corpus"/ 2>/dev/null || true; fi
  echo "==> fuzzing $target for ${seconds}s (corpus $corpus)"
  log="$build/$target.log"
  status=0
  # CRAMPCHECK_FUZZ_SEED makes a run repeatable (0, the default, picks a random seed).
  "$binary" "$corpus" -seed="${CRAMPCHECK_FUZZ_SEED:-0}" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  tail -n 15 "$log"
  if [[ $status -ne 0 ]]; then
    echo "!! $target failed (exit $status); reproducer in $artifacts" >&2
    exit 1
  fi
done
echo "==> fuzzing done: no findings"
