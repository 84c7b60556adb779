"""Alembic environment, run programmatically by `conflictlens.store.engine.migrate` (no alembic.ini).

The caller passes an open connection in `config.attributes["connection"]`; the upgrade runs inside the
caller's transaction, which holds the store's write lock, so two processes opening a new store at once do
not both create the tables.
"""

from __future__ import annotations

from alembic import context

from conflictlens.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
