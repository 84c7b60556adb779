"""Agreement mentions in the news -> stored or proposed agreements (filled in by the mention reader)."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def read_mentions(conn: Connection) -> tuple[int, int]:
    """(mentions read, agreements proposed): none yet."""
    del conn
    return 0, 0
