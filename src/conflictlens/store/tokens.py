"""API tokens for writes (`conflictlens token create NAME`): the token is shown once, only its SHA-256 is
stored, and a presented token is compared with every stored hash in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from conflictlens.errors import UsageError
from conflictlens.store.engine import Store
from conflictlens.store.incidents import now
from conflictlens.store.schema import api_tokens

PREFIX = "cl_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> str:
    """A new token for `name` (a person or a script); returns the token, which is not stored."""
    name = (name or "").strip()
    if not name or len(name) > 128:
        raise UsageError("a token needs a name of 1 to 128 characters", "e.g. conflictlens token create ana")
    token = PREFIX + secrets.token_urlsafe(32)
    try:
        with store.write() as conn:
            conn.execute(insert(api_tokens).values(name=name, token_hash=_digest(token), created_at=now()))
    except IntegrityError as err:
        raise UsageError(f"a token named {name!r} exists", "revoke it first or choose another name") from err
    return token


def revoke_token(store: Store, name: str) -> bool:
    with store.write() as conn:
        return bool(conn.execute(delete(api_tokens).where(api_tokens.c.name == name)).rowcount)


def list_tokens(store: Store) -> list[dict[str, object]]:
    with store.read() as conn:
        rows = conn.execute(select(api_tokens.c.name, api_tokens.c.created_at).order_by(api_tokens.c.name))
        return [dict(r) for r in rows.mappings()]


def has_tokens(store: Store) -> bool:
    with store.read() as conn:
        return bool(conn.execute(select(func.count()).select_from(api_tokens)).scalar())


def check_token(store: Store, token: str | None) -> str | None:
    """The name of the token's owner, or None. Every stored hash is compared, in constant time."""
    if not token:
        return None
    presented = _digest(token)
    with store.read() as conn:
        rows = conn.execute(select(api_tokens.c.name, api_tokens.c.token_hash)).all()
    found = None
    for name, stored in rows:
        if hmac.compare_digest(presented, stored):
            found = name
    return found
