#!/usr/bin/env bash
# The end-to-end tests drive the system's Chromium (never a downloaded browser). Install Debian's
# package when it is missing and we may (root); otherwise say how to get one and stop.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ "${CHROMIUM_PATH:-}" = "" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
cat >&2 <<MSG
error: no Chromium at $browser.
  Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or point CHROMIUM_PATH at a
  Chromium or Chrome binary (e.g. CHROMIUM_PATH=/usr/bin/google-chrome), then run again.
MSG
exit 1
