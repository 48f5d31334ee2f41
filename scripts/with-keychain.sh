#!/usr/bin/env bash
# Runs a command against a real, throwaway Linux Secret Service (see CONTRIBUTING.md, "Test suites"):
#
#   bash scripts/with-keychain.sh <command> [args…]
#   bash scripts/with-keychain.sh node scripts/run-test.mjs test/keychain/*.test.ts
#
# Inside: a private D-Bus session bus (dbus-run-session), gnome-keyring-daemon with only its
# secrets component, whose "login" keyring is created and unlocked with a throwaway password piped
# on stdin; HOME and the XDG folders point into a fresh temporary folder, removed afterwards, so the
# developer's own keyring is never touched. The command's exit code is the script's.
#
# The command sees MCP_WARDEN_TEST_KEYCHAIN=1 (keychain tests refuse to write anywhere else) and
# DBUS_SESSION_BUS_ADDRESS, HOME, XDG_RUNTIME_DIR, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME.
#
# Needs the Debian packages dbus, gnome-keyring and libsecret-tools. Without them it says so loudly
# and runs the command with no Secret Service: keychain tests then report SKIPPED (FAIL when CI is set).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: bash scripts/with-keychain.sh <command> [args…]" >&2
  exit 2
fi

if [ "${MCP_WARDEN_KEYCHAIN_INNER:-}" != "1" ]; then
  missing=()
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "with-keychain: WARNING: ${missing[*]} not found — install the Debian packages dbus gnome-keyring libsecret-tools." >&2
    echo "with-keychain: WARNING: running the command WITHOUT a Secret Service; keychain tests will be skipped (failed under CI)." >&2
    exec "$@"
  fi
  root="$(mktemp -d "${TMPDIR:-/tmp}/mcp-warden-keychain.XXXXXX")"
  trap 'rm -rf "$root"' EXIT
  status=0
  # Unset what could lead the session to the developer's real keyring.
  env -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
    MCP_WARDEN_KEYCHAIN_INNER=1 MCP_WARDEN_KEYCHAIN_ROOT="$root" \
    dbus-run-session -- bash "$0" "$@" || status=$?
  exit "$status"
fi

# --- inside the private D-Bus session ---------------------------------------------------------
root="$MCP_WARDEN_KEYCHAIN_ROOT"
unset MCP_WARDEN_KEYCHAIN_INNER MCP_WARDEN_KEYCHAIN_ROOT
export HOME="$root/home"
export XDG_RUNTIME_DIR="$root/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

# The password goes in on stdin (never argv); --unlock creates the login keyring with it.
printf '%s' "mcp-warden-test-$$-$RANDOM" |
  gnome-keyring-daemon --foreground --unlock --components=secrets >"$root/daemon.out" 2>"$root/daemon.err" &
daemon=$!
stop_daemon() {
  kill "$daemon" 2>/dev/null || true
  wait "$daemon" 2>/dev/null || true
}
trap stop_daemon EXIT

# Ask the bus first (NameHasOwner never activates anything): a call to org.freedesktop.secrets
# before our daemon owns the name would make D-Bus start a second, locked daemon.
secret_service_ready() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' &&
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null | grep -q 'collection/login'
}
for _ in $(seq 100); do
  secret_service_ready && break
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.05
done
if ! secret_service_ready; then
  echo "with-keychain: gnome-keyring-daemon did not provide an unlocked login keyring:" >&2
  cat "$root/daemon.err" >&2 || true
  exit 1
fi

export MCP_WARDEN_TEST_KEYCHAIN=1
status=0
"$@" || status=$?
exit "$status"
