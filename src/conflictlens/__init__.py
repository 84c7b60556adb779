"""conflictlens: news reports about armed conflict -> ACLED-style, geocoded, source-attributed events."""

__version__ = "0.1.0"
