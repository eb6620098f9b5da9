#!/usr/bin/env bash
# Browser tests and benchmarks drive the system Chromium (Playwright cannot download its own
# browser here), and the production-setup test and benchmarks run nginx with deploy/nginx.conf.
# Installs Debian's chromium and nginx-light when they are missing.
set -euo pipefail

missing=()
have_chromium=false
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then have_chromium=true; break; fi
done
$have_chromium || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# The benchmarks also measure with wrk (npm run bench runs this with --bench).
if [ "${1:-}" = "--bench" ]; then command -v wrk >/dev/null 2>&1 || missing+=(wrk); fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages the tests need: ${missing[*]} (about a minute)..."
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Cannot install ${missing[*]} without root: install them, or set CHROMIUM_PATH." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
# Debian starts nginx's own service on install; the tests run their own nginx on their own ports.
if [[ " ${missing[*]} " == *" nginx-light "* ]]; then $SUDO nginx -s stop 2>/dev/null || true; fi
exit 0
