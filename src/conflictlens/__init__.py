"""conflictlens: news reports about armed conflict -> ACLED-style, geocoded, source-attributed events."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "rules-0.1.0"
