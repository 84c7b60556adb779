"""reports.coding_rules: the named recode rules that set each event's type and sides.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch (copy-and-move) rebuild of `reports` on SQLite would drop the triggers that
    # keep its full-text index
    op.add_column("reports", sa.Column("coding_rules", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    op.drop_column("reports", "coding_rules")
