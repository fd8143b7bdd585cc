# Shared by the scripts in this folder: where things live and how to report.
# Source it; it does nothing on its own.

# The dependency cache outside the checkout (same rule as scripts/cmake/CrampCheckDependencies.cmake).
if [ -n "${CRAMPCHECK_DEPS_DIR:-}" ]; then
  DEPS_DIR="$CRAMPCHECK_DEPS_DIR"
elif [ -n "${XDG_CACHE_HOME:-}" ]; then
  DEPS_DIR="$XDG_CACHE_HOME/crampcheck"
else
  DEPS_DIR="$HOME/.cache/crampcheck"
fi
export CRAMPCHECK_DEPS_DIR="$DEPS_DIR"

# Debian's Emscripten needs Debian's acorn, which the machine's Node does not look for.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

step() { echo "==> $*"; }

# fail STEP WHAT_TO_DO: stops with a message naming the step that failed.
fail() {
  echo "ERROR in step '$1': $2" >&2
  exit 1
}
