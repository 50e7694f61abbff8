#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser tests (run by the ui build).
set -u
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[motcua] installing chromium and chromium-driver for the browser tests"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null
  exit $?
fi
echo "[motcua] chromium/chromedriver missing and cannot be installed here (need root + apt-get); browser tests will fail" >&2
exit 0
