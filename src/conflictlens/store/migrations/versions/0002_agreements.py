"""Agreements as data: status and origin of an agreement, a term's own period and protected parties, agreement
mentions in the news, and violations checked per incident (they were per report).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Violations move to the incident level (docs/design.md §4.2): an old per-report row becomes a row of the report's
incident (reports in no incident lose theirs; nothing wrote them before this revision).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="accepted"))
        batch.add_column(sa.Column("origin", sa.String(16), nullable=False, server_default="file"))
        batch.add_column(sa.Column("spec", sa.JSON()))
        batch.add_column(sa.Column("reviewed_by", sa.String(256), nullable=False, server_default=""))
        batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True)))
        batch.create_index("ix_agreements_status", ["status"])
    with op.batch_alter_table("agreement_terms") as batch:
        batch.add_column(sa.Column("start_date", sa.Date()))
        batch.add_column(sa.Column("end_date", sa.Date()))
        batch.add_column(sa.Column("targets", sa.JSON()))
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("violations_checked_at", sa.DateTime(timezone=True)))
    op.create_table(
        "agreement_mentions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("agreement_id", sa.String(128), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("reading", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"], ondelete="CASCADE",
            name="fk_agreement_mentions_agreement_id_agreements",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], ondelete="CASCADE", name="fk_agreement_mentions_report_id_reports"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_agreement_mentions"),
        sa.UniqueConstraint("report_id", name="uq_agreement_mentions_report_id"),
    )
    op.create_index("ix_agreement_mentions_agreement_id", "agreement_mentions", ["agreement_id"])
    _violations_per_incident()


def _violations_per_incident() -> None:
    old = sa.table(
        "violations",
        sa.column("report_id", sa.Integer()),
        sa.column("agreement_id", sa.String()),
        sa.column("term", sa.String()),
        sa.column("reason", sa.Text()),
    )
    reports = sa.table("reports", sa.column("id", sa.Integer()), sa.column("incident_id", sa.Integer()),
                       sa.column("event_date", sa.Date()))
    conn = op.get_bind()
    kept = conn.execute(
        sa.select(reports.c.incident_id, old.c.agreement_id, old.c.term, old.c.reason, reports.c.event_date)
        .select_from(old.join(reports, reports.c.id == old.c.report_id))
        .where(reports.c.incident_id.is_not(None))
    ).all()
    agreement_ids = set(conn.execute(sa.text("SELECT id FROM agreements")).scalars())
    op.drop_index("ix_violations_agreement_id", table_name="violations")
    op.drop_table("violations")
    new = op.create_table(
        "violations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.String(128), nullable=False),
        sa.Column("term", sa.String(128), nullable=False),
        sa.Column("party", sa.String(256), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("called_violation_in_text", sa.Boolean(), nullable=False),
        sa.Column("proposed", sa.Boolean(), nullable=False),
        sa.Column("event_date", sa.Date()),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], ondelete="CASCADE", name="fk_violations_incident_id_incidents"
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"], ondelete="CASCADE", name="fk_violations_agreement_id_agreements"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_violations"),
        sa.UniqueConstraint("incident_id", "agreement_id", "term", "party",
                            name="uq_violations_incident_id_agreement_id_term_party"),
    )
    op.create_index("ix_violations_agreement_id", "violations", ["agreement_id"])
    op.create_index("ix_violations_party_event_date", "violations", ["party", "event_date"])
    import datetime as dt

    stamp = dt.datetime.now(dt.UTC)
    rows = {
        (r.incident_id, r.agreement_id, r.term or "", ""): {
            "incident_id": r.incident_id, "agreement_id": r.agreement_id, "term": r.term or "", "party": "",
            "reason": r.reason or "", "evidence": [], "called_violation_in_text": False, "proposed": False,
            "event_date": r.event_date, "checked_at": stamp,
        }
        for r in kept
        if r.agreement_id in agreement_ids
    }
    if rows:
        op.bulk_insert(new, list(rows.values()))


def downgrade() -> None:  # pragma: no cover - stores are only upgraded
    raise NotImplementedError("conflictlens stores are upgraded only")
