"""Accents and other combining marks, stripped so that "Patiño", "Séléka" and "Mocímboa" match the dictionaries'
plain spellings ("Patino", "Seleka", "Mocimboa")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def strip_marks(text: str) -> str:
    """`text` with its combining marks dropped ("Ḩamāh" -> "Hamah"); a letter that decomposes into more than a
    base and its marks keeps its decomposition."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def _plain_letter(ch: str) -> str:
    base = strip_marks(ch)
    return base if len(base) == 1 else ch


def plain_letters(text: str) -> str:
    """`text` with each accented letter replaced by its base letter and nothing else changed, so that every offset
    into it is an offset into `text` ("Carlos Patiño front" -> "Carlos Patino front")."""
    if text.isascii():
        return text
    return "".join(ch if ch.isascii() else _plain_letter(ch) for ch in text)
