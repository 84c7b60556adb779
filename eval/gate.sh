#!/bin/sh
# The eval gate for CI: runs every set in eval/floors.toml on its fixed seeded sample and exits 5 when a
# score falls below its floor (each failure named on stderr). Dev data: $CONFLICTLENS_DEV_DATA, else
# ../shared/data/dev relative to the repo root. Scores also go to $CONFLICTLENS_GATE_JSON (default: a temp file).
set -eu
cd "$(dirname "$0")/.."
exec conflictlens eval --gate eval/floors.toml --json "${CONFLICTLENS_GATE_JSON:-${TMPDIR:-/tmp}/conflictlens-gate.json}" "$@"
