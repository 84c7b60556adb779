"""conflictlens: news reports about armed conflict -> ACLED-style, geocoded, source-attributed events.

`conflictlens.read_events(db=...)` and `conflictlens.read_incidents(db=...)` return pandas DataFrames
(`conflictlens.export.frames`); they are loaded on first use, so `import conflictlens` stays free of pandas,
pyarrow and the store.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
__all__ = ["read_events", "read_incidents"]

# Re-exported lazily from the export package (by name, so the ground floor imports nothing above it).
_LAZY = {"read_events": "conflictlens.export.frames", "read_incidents": "conflictlens.export.frames"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'conflictlens' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
