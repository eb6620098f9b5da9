#!/usr/bin/env bash
# Browser tests and benchmarks drive the system Chromium (Playwright cannot download its own
# browser here). Installs Debian's chromium when no Chromium is found.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done

echo "No Chromium found: installing Debian's chromium package (about a minute)..."
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Cannot install Chromium without root. Install the 'chromium' package, or set CHROMIUM_PATH." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
