#!/usr/bin/env bash
# Makes sure the end-to-end tests have Debian's Chromium (and a CJK system font as a fallback).
# Runs before `npm test`; installs with apt-get when missing and allowed (root), else says what to do.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the browser tests (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The browser tests need: ${missing[*]}. Install them, for example: sudo apt-get install ${missing[*]}" >&2
  echo "(or set CHROMIUM_PATH to another Chromium)." >&2
  exit 1
fi
