#!/bin/sh
# The eval gate for CI: runs every set in eval/floors.toml on its fixed seeded sample and exits 5 when a
# score falls below its floor (each failure named on stderr). Dev data: $CONFLICTLENS_DEV_DATA, else
# ../shared/data/dev relative to the repo root, else beside the repository this one was cloned from. Scores also go to $CONFLICTLENS_GATE_JSON (default: a temp file).
set -eu
cd "$(dirname "$0")/.."
# A clone made somewhere else (CI) finds the dev data beside the checkout it was cloned from.
# A git worktree (git worktree add) finds it beside its main checkout.
if [ -z "${CONFLICTLENS_DEV_DATA:-}" ] && [ ! -d ../shared/data/dev ]; then
    common=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    if [ -n "$common" ] && [ -d "$common/../../shared/data/dev" ]; then
        export CONFLICTLENS_DEV_DATA="$(cd "$common/../../shared/data/dev" && pwd)"
    fi
fi
if [ -z "${CONFLICTLENS_DEV_DATA:-}" ] && [ ! -d ../shared/data/dev ]; then
    origin=$(git config --get remote.origin.url 2>/dev/null || true)
    if [ -n "$origin" ] && [ -d "$origin/../shared/data/dev" ]; then
        export CONFLICTLENS_DEV_DATA="$(cd "$origin/../shared/data/dev" && pwd)"
    fi
fi
exec conflictlens eval --gate eval/floors.toml --json "${CONFLICTLENS_GATE_JSON:-${TMPDIR:-/tmp}/conflictlens-gate.json}" "$@"
