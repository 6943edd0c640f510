#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core: a test tool's own browser
# download cannot reach its CDN here, and Debian's package can. CI calls this before `npm run test:e2e`.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "Chromium is already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "Installing Chromium from Debian's packages..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
