#!/usr/bin/env bash
# Installs what Jobbplan needs on Debian 12 and does nothing that is already done.
# Usage: scripts/setup.sh            (called by `make serve` and `make test`)
# Everything comes from Debian's registry and the npm registry; nothing else is downloaded.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cache="$here/.cache"
imgui_dir="$cache/imgui-1.86"

packages=(cmake ninja-build g++ clang make python3-fonttools
          emscripten nlohmann-json3-dev libhowardhinnant-date-dev libgtest-dev libbenchmark-dev
          chromium fonts-dejavu-core fonts-noto-core binaryen xz-utils)

say() { printf 'setup: %s\n' "$*"; }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere than Debian (this machine image ships newer ones): any will do.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    say "not running as root, so I cannot install: $*"
    say "run as root, or install them yourself: sudo apt-get install -y $*"
    exit 1
  fi
  command -v apt-get >/dev/null || { say "apt-get not found: this needs Debian 12 (bookworm). Packages: $*"; exit 1; }
}

if [ ${#missing[@]} -gt 0 ]; then
  need_root "${missing[*]}"
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Dear ImGui 1.86 sources: the binary package ships only a native .a, so take Debian's source package.
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  need_root "a deb-src entry for bookworm (to fetch Debian's imgui source package)"
  src_list=/etc/apt/sources.list.d/jobbplan-src.sources
  if ! grep -rqs "^Types:.*deb-src" /etc/apt/sources.list.d/ && ! grep -qs "^deb-src" /etc/apt/sources.list; then
    say "adding a deb-src entry for bookworm main ($src_list)"
    cat > "$src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -qq
  fi
  mkdir -p "$cache/download"
  (cd "$cache/download" && apt-get source --download-only -qq imgui >/dev/null)
  tarball=$(ls "$cache"/download/imgui_1.86*.orig.tar.* 2>/dev/null | head -n 1)
  [ -n "$tarball" ] || { say "apt-get source imgui gave no orig tarball"; exit 1; }
  rm -rf "$cache/unpack" && mkdir -p "$cache/unpack"
  tar xf "$tarball" -C "$cache/unpack"
  top=$(find "$cache/unpack" -maxdepth 2 -name imgui.cpp -printf '%h\n' | head -n 1)
  [ -n "$top" ] || { say "no imgui.cpp in $tarball"; exit 1; }
  rm -rf "$imgui_dir" && mv "$top" "$imgui_dir" && rm -rf "$cache/unpack"
  say "Dear ImGui sources in $imgui_dir"
fi

# playwright-core drives Debian's chromium; it never downloads a browser of its own.
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  say "installing npm packages from package-lock.json"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
