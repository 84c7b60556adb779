"""Web review: a version per report and incident (stale edits are refused), retracted documents,
review entries that name their document and incident, an index covering the timeline's stats, stored
merge/split decisions, and hashed API tokens.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("reports", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("incidents", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_index(
        "ix_incidents_event_date_event_type_n_reports_fatalities",
        "incidents",
        ["event_date", "event_type", "n_reports", "fatalities"],
    )
    op.add_column("documents", sa.Column("retracted", sa.Boolean, nullable=False, server_default=sa.false()))
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("document_id", sa.Integer))
        batch.add_column(sa.Column("incident_id", sa.Integer))
        batch.create_foreign_key(
            "fk_reviews_document_id_documents", "documents", ["document_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_reviews_incident_id", ["incident_id"])
    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("report_a", sa.Integer, nullable=False),
        sa.Column("report_b", sa.Integer, nullable=False),
        sa.Column("by", sa.String(256), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_a"], ["reports.id"], name="fk_link_decisions_report_a_reports", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["report_b"], ["reports.id"], name="fk_link_decisions_report_b_reports", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_link_decisions"),
        sa.UniqueConstraint("report_a", "report_b", name="uq_link_decisions_report_a_report_b"),
    )
    op.create_index("ix_link_decisions_report_b", "link_decisions", ["report_b"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_api_tokens"),
        sa.UniqueConstraint("name", name="uq_api_tokens_name"),
        sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
    )


def downgrade() -> None:
    op.drop_table("api_tokens")
    op.drop_index("ix_link_decisions_report_b", table_name="link_decisions")
    op.drop_table("link_decisions")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_index("ix_reviews_incident_id")
        batch.drop_constraint("fk_reviews_document_id_documents", type_="foreignkey")
        batch.drop_column("incident_id")
        batch.drop_column("document_id")
    op.drop_column("documents", "retracted")
    op.drop_index("ix_incidents_event_date_event_type_n_reports_fatalities", table_name="incidents")
    op.drop_column("incidents", "version")
    op.drop_column("reports", "version")
