#!/usr/bin/env bash
# Installs everything CrampCheck needs, idempotently, and is quiet when all is present:
#   1. Debian packages (toolchains, libraries, Chromium, fonts);
#   2. Dear ImGui and SDL2 sources from Debian source packages, through a private apt
#      source list that reuses the machine's configured Debian mirror (the system's apt
#      configuration is never changed);
#   3. SDL2 built for WebAssembly once, into a cache outside the checkout, keyed by version;
#   4. the browser-test dependencies with `npm ci` (playwright-core only, never a browser).
# Usage: scripts/setup.sh [--native-only]   (--native-only skips the wasm and browser parts)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/common.sh
source "$ROOT/scripts/common.sh"

NATIVE_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --native-only) NATIVE_ONLY=1 ;;
    *) fail "setup" "unknown option $arg (usage: scripts/setup.sh [--native-only])" ;;
  esac
done

# Dear ImGui 1.92's font system (glyphs rasterised on demand, sizes chosen at draw time) is
# what the app's fonts are built on (src/app/fonts.cpp). Debian carries it from forky on.
IMGUI_VERSION=1.92.2b
IMGUI_DEB_VERSION=1.92.2b+ds-1
IMGUI_SUITE=forky
SDL2_VERSION=2.26.5
SDL2_DEB_VERSION=2.26.5+dfsg-1
SDL2_SUITE=bookworm

# --- 1. Debian packages -------------------------------------------------------------------
PACKAGES=(cmake ninja-build g++ pkg-config git python3 nlohmann-json3-dev libgtest-dev
  libgmock-dev libbenchmark-dev libsdl2-dev libgl-dev xvfb xauth fonts-inter fonts-noto-cjk
  fonttools librsvg2-bin dpkg-dev xz-utils ca-certificates clang
  libclang-rt-14-dev)
if [ "$NATIVE_ONLY" = 0 ]; then
  PACKAGES+=(emscripten nodejs npm chromium)
fi

missing=()
for package in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
# The machine may carry its own newer Node/npm; only install Debian's when there is none.
if [ ${#missing[@]} -gt 0 ]; then
  filtered=()
  for package in "${missing[@]}"; do
    case "$package" in
      nodejs) command -v node >/dev/null 2>&1 || filtered+=("$package") ;;
      npm) command -v npm >/dev/null 2>&1 || filtered+=("$package") ;;
      *) filtered+=("$package") ;;
    esac
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq ||
    fail "apt-get update" "check the network and /etc/apt/sources.list.d, then re-run"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null ||
    fail "apt-get install" "install these by hand to see the error: ${missing[*]}"
fi

# --- 2. Dear ImGui and SDL2 sources from Debian source packages ---------------------------
mkdir -p "$DEPS_DIR/src"

# Reuses the mirror of the machine's own apt configuration (deb822 or one-line format).
debian_mirror() {
  local uri=""
  if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
      /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || fail "find Debian mirror" "no URIs in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
  echo "$uri"
}

APT_DIR="$DEPS_DIR/apt"
apt_private() {
  apt-get -o Dir::Etc::SourceList="$APT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::State::Lists="$APT_DIR/lists" -o Dir::Cache="$APT_DIR/cache" \
    -o APT::Sandbox::User=root "$@"
}

private_apt_ready=0
prepare_private_apt() {
  [ "$private_apt_ready" = 1 ] && return
  local mirror
  mirror=$(debian_mirror)
  mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial"
  {
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $IMGUI_SUITE main"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $SDL2_SUITE main"
  } >"$APT_DIR/sources.list"
  step "reading Debian source package lists ($IMGUI_SUITE, $SDL2_SUITE)"
  apt_private update -qq >/dev/null ||
    fail "apt-get update (source lists)" "check the network; the list is $APT_DIR/sources.list"
  private_apt_ready=1
}

# fetch_source PACKAGE DEB_VERSION DEST: downloads a source package (apt checks its
# signature), unpacks it into DEST and records the Debian version it holds. A pinned version
# the archive no longer carries is replaced by the suite's current one, loudly, and the
# warning is repeated on every run until the pin is updated.
fetch_source() {
  local package=$1 version=$2 dest=$3
  if [ -f "$dest/.complete" ]; then
    local got
    got=$(cat "$dest/.debian-version" 2>/dev/null || echo "$version")
    if [ "$got" != "$version" ]; then
      echo "!!! WARNING: $dest holds $package $got, not the pinned $version (the archive dropped it)." >&2
    fi
    return
  fi
  prepare_private_apt
  local work="$DEPS_DIR/download/$package"
  rm -rf "$work" "$dest"
  mkdir -p "$work"
  step "downloading Debian source package $package=$version"
  if ! (cd "$work" && apt_private source --download-only -qq "$package=$version" >/dev/null 2>&1); then
    echo "!!! WARNING: $package $version is no longer in the archive; using the suite's current version." >&2
    echo "!!! Update the pinned version in scripts/setup.sh after checking the build." >&2
    (cd "$work" && apt_private source --download-only -qq "$package" >/dev/null) ||
      fail "apt-get source $package" "the source package could not be downloaded"
  fi
  local dsc got
  dsc=$(ls "$work"/*.dsc | head -n1)
  got=$(awk '/^Version:/ {print $2; exit}' "$dsc")
  [ "$got" = "$version" ] ||
    echo "!!! WARNING: unpacking $package $got instead of the pinned $version." >&2
  (cd "$work" && dpkg-source --no-check -x "$(basename "$dsc")" unpacked >/dev/null) ||
    fail "dpkg-source -x $package" "the downloaded source package is damaged; delete $work and re-run"
  echo "$got" >"$work/unpacked/.debian-version"
  mv "$work/unpacked" "$dest"
  touch "$dest/.complete"
  rm -rf "$work"
}

fetch_source imgui "$IMGUI_DEB_VERSION" "$DEPS_DIR/src/imgui-$IMGUI_VERSION"
# The "+ds" tarball drops examples/ and misc/; the two backends the app uses must be there.
for backend in imgui_impl_sdl2 imgui_impl_opengl3; do
  for ext in cpp h; do
    [ -f "$DEPS_DIR/src/imgui-$IMGUI_VERSION/backends/$backend.$ext" ] ||
      fail "check Dear ImGui backends" "backends/$backend.$ext is missing from the imgui source package"
  done
done

if [ "$NATIVE_ONLY" = 0 ]; then
  fetch_source libsdl2 "$SDL2_DEB_VERSION" "$DEPS_DIR/src/sdl2-$SDL2_VERSION"

  # --- 3. SDL2 for WebAssembly, built once -------------------------------------------------
  SDL2_WASM="$DEPS_DIR/sdl2-$SDL2_VERSION-wasm"
  if [ ! -f "$SDL2_WASM/lib/libSDL2.a" ]; then
    step "building SDL2 $SDL2_VERSION for WebAssembly (once, about 4 minutes)"
    build="$DEPS_DIR/build/sdl2-$SDL2_VERSION-wasm"
    rm -rf "$build"
    log="$DEPS_DIR/sdl2-wasm-build.log"
    if ! (emcmake cmake -S "$DEPS_DIR/src/sdl2-$SDL2_VERSION" -B "$build" -G Ninja \
          -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$SDL2_WASM" \
          -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF \
          -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_HIDAPI=OFF -DSDL_RENDER=OFF \
          && cmake --build "$build" && cmake --install "$build") >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      fail "build SDL2 for wasm" "see $log"
    fi
    rm -rf "$build"
  fi

  # --- 4. Browser test dependencies ------------------------------------------------------
  E2E="$ROOT/tests/e2e"
  stamp="$E2E/node_modules/.crampcheck-lock-hash"
  lock_hash=$(sha256sum "$E2E/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
    step "installing browser-test dependencies (npm ci in tests/e2e)"
    (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      fail "npm ci" "run it in tests/e2e to see the error"
    echo "$lock_hash" >"$stamp"
  fi
fi
