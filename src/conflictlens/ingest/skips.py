"""Skip reasons grouped for summaries: "not JSON: Expecting value (column 1)" and "not JSON: Extra data
(column 9)" are one kind, "not JSON"; URLs and quoted names inside a reason do not split kinds either."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d[\d,.]*")


def reason_kind(reason: str) -> str:
    """The kind of a skip reason: its first clause, with URLs, quoted names and numbers generalised."""
    text = _URL.sub("URL", reason)
    head = text.split(":")[0].split(" (")[0]
    head = _NUMBER.sub("N", _QUOTED.sub("'…'", head))
    return " ".join(head.split())[:80] or "unknown"


def count_kinds(reasons: Iterable[str]) -> Counter[str]:
    return Counter(reason_kind(r) for r in reasons)
