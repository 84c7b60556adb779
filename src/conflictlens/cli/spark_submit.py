"""The driver script for spark-submit, which wants a .py file rather than a console command:

    spark-submit --master spark://head:7077 "$(python -m conflictlens.cli.spark_submit --path)" INPUT... OUTPUT

runs `conflictlens spark INPUT... OUTPUT` with the master (and the rest of the configuration) spark-submit gives.
"""

from __future__ import annotations

import sys


def _main(argv: list[str]) -> int:
    if argv == ["--path"]:
        print(__file__)
        return 0
    from conflictlens.cli import main

    return main(["spark", *argv])


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
