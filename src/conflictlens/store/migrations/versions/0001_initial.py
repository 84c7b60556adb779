"""The first schema: every table of design.md §4.3 plus full-text search.

Revision ID: 0001
Revises:
Create Date: 2025-11-26

This revision creates the tables from `schema.metadata` as it stands at revision 0001. Later schema
changes must go into new revisions written with `op.*` calls (never by editing a table here), so that a
store created by this revision is upgraded step by step.
"""

from __future__ import annotations

from alembic import op

from conflictlens.store import fts
from conflictlens.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind=bind)
    fts.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    fts.drop(bind)
    metadata.drop_all(bind=bind)
