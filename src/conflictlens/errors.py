"""User-facing errors: every failure a user can cause goes through `Error(message, hint)`.

Exit codes (documented in the README):
    0  success (also: input with no conflict content -> zero events)
    1  unexpected internal error (a bug: please report it)
    2  bad command-line usage (unknown flag or --format, unparsable --published date)
    3  input could not be read (missing file, empty, binary, not UTF-8, too large, malformed JSONL/feed)
    4  database error (cannot open/migrate the store)
    5  evaluation gate failed (a score fell below its floor)
"""

from __future__ import annotations


class Error(Exception):
    """A failure with a message (what went wrong) and a hint (what to do next)."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        text = f"error: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return " ".join(text.split())


class UsageError(Error):
    exit_code = 2


class NotFound(UsageError):
    """A record named by the user is not in the store (the API answers 404)."""


class InputError(Error):
    exit_code = 3


class StoreError(Error):
    exit_code = 4


class GateError(Error):
    exit_code = 5
