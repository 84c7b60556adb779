#!/bin/sh
# Fuzz every reader and parser for 100,000 inputs (bench/fuzz.py); each crash input is saved under
# tests/fuzz_corpus/ and replayed by tests/test_fuzz.py from then on. Extra arguments go to bench/fuzz.py.
set -eu
cd "$(dirname "$0")/.."
exec python bench/fuzz.py --inputs 100000 "$@"
