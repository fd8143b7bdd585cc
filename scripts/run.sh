#!/usr/bin/env bash
# Runs CrampCheck. Installs what is missing (scripts/setup.sh), builds, and then:
#   scripts/run.sh [--port N]   serves the web app on http://127.0.0.1:N (default 8080)
#   scripts/run.sh --native     opens the desktop app instead
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/common.sh
source "$ROOT/scripts/common.sh"

PORT=8080
NATIVE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --native) NATIVE=1 ;;
    --port)
      [[ "${2:-}" =~ ^[0-9]+$ ]] || fail "arguments" "--port needs a number, e.g. --port 8081"
      PORT=$2
      shift
      ;;
    -h | --help)
      sed -n '2,5p' "$0"
      exit 0
      ;;
    *) fail "arguments" "unknown option $1 (usage: scripts/run.sh [--port N] | --native)" ;;
  esac
  shift
done

mkdir -p "$ROOT/build"
if [ "$NATIVE" = 1 ]; then
  "$ROOT/scripts/setup.sh" --native-only
  step "building the desktop app (native-release)"
  cmake --preset native-release >"$ROOT/build/run-configure.log" 2>&1 ||
    { tail -n 30 "$ROOT/build/run-configure.log" >&2; fail "configure native-release" "see build/run-configure.log"; }
  cmake --build --preset native-release --target crampcheck
  step "starting build/native/crampcheck"
  exec "$ROOT/build/native/crampcheck"
fi

"$ROOT/scripts/setup.sh"
step "building the web app (web-release)"
cmake --preset web-release >"$ROOT/build/run-configure.log" 2>&1 ||
  { tail -n 30 "$ROOT/build/run-configure.log" >&2; fail "configure web-release" "see build/run-configure.log"; }
cmake --build --preset web-release
step "serving build/web/dist"
exec node "$ROOT/scripts/serve.mjs" --dir "$ROOT/build/web/dist" --port "$PORT"
