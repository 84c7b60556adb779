"""The extractor's version, stored on every record and used by the store to decide what to re-code."""

from __future__ import annotations

EXTRACTOR_VERSION = "rules-0.1.0"
