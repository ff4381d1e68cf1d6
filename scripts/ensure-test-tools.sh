#!/usr/bin/env bash
# Makes sure the tests have what they need from Debian: Chromium (and a CJK system font as a
# fallback) for the end-to-end tests, and PostgreSQL with PostGIS, the referee of Cordon's
# figures (test/referee). Runs before `npm test`; installs with apt-get when missing and allowed
# (root), else says what to do.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
postgis=no
for control in /usr/share/postgresql/*/extension/postgis.control; do
  [ -e "$control" ] && postgis=yes
done
[ "$postgis" = yes ] || missing+=(postgresql-15 postgresql-15-postgis-3)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the tests (apt-get)…"
  apt-get update -qq
  # policy-rc.d keeps the package from starting a server of its own; the tests start their own cluster.
  made_policy=no
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$made_policy" = yes ]; then rm -f /usr/sbin/policy-rc.d; fi
else
  echo "The tests need: ${missing[*]}. Install them, for example: sudo apt-get install ${missing[*]}" >&2
  echo "(or set CHROMIUM_PATH to another Chromium)." >&2
  exit 1
fi
