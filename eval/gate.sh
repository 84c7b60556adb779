#!/bin/sh
# The eval gate for CI: runs every set in eval/floors.toml on its fixed seeded sample and exits 5 when a
# score falls below its floor. Dev data: $CONFLICTLENS_DEV_DATA, else ../shared/data/dev from the repo root.
set -eu
cd "$(dirname "$0")/.."
exec python -c 'from conflictlens.cli_eval import eval_cmd; import typer; app = typer.Typer(); app.command("eval")(eval_cmd); app.command("noop")(lambda: None); app()' \
    eval --gate eval/floors.toml --json "${CONFLICTLENS_GATE_JSON:-eval/last_gate.json}" "$@"
