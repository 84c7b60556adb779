#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 cluster for the store tests and print the line that points the tests at it:
#   eval "$(bash .ci/postgres.sh)"
# Installs Debian's postgresql when missing. initdb refuses to run as root, so the cluster belongs to the
# `postgres` user (created by the Debian package). Trust auth on 127.0.0.1 only; port 55432 (PGPORT overrides).
set -euo pipefail
PORT="${PGPORT:-55432}"
BIN=/usr/lib/postgresql/15/bin
URL="postgresql+psycopg://postgres@127.0.0.1:${PORT}/postgres"

log() { echo "postgres.sh: $*" >&2; }

if [ ! -x "$BIN/initdb" ]; then
    log "installing Debian's postgresql"
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql) >&2
fi

# Already running on that port (e.g. a second eval in the same job)? Reuse it.
if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    log "a server is already accepting connections on port $PORT"
    echo "export CONFLICTLENS_TEST_PG='$URL'"
    exit 0
fi

DIR="$(mktemp -d /tmp/conflictlens-pg.XXXXXX)"
RUN=(env)
if [ "$(id -u)" = "0" ]; then
    chown postgres: "$DIR"
    RUN=(runuser -u postgres --)
fi
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync -E UTF8 >&2
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
for _ in $(seq 1 60); do
    "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
"$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" >&2
log "cluster in $DIR (stop: runuser -u postgres -- $BIN/pg_ctl -D $DIR/data stop)"
echo "export CONFLICTLENS_TEST_PG='$URL'"
