"""The store's tables (docs/design.md §4.3): one SQLAlchemy Core schema for SQLite and PostgreSQL.

A report is an event as read in one document; an incident groups the reports of one real-world event
(`incident_reports` says why each report joined). Claims and evidence get their own tables because queries
and reconciliation need them; short list fields of a report (assoc actors, tags) are JSON columns.
Full-text search is dialect-specific and lives in `fts.py`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _id() -> Column:
    return Column("id", Integer, primary_key=True, autoincrement=True)


documents = Table(
    "documents",
    metadata,
    _id(),
    # URL, else the input id (which ingest sets to a hash of the text when there is none): docs/design.md §4.3
    Column("identity", String(2048), nullable=False),
    Column("doc_id", String(512), nullable=False),
    Column("url", Text),
    Column("source", String(512), nullable=False, default=""),
    Column("title", Text),
    Column("published", Date),
    Column("text", Text, nullable=False, default=""),
    Column("text_hash", String(64), nullable=False),
    # a syndicated copy points to the first document stored with the same text; NULL for originals
    Column("canonical_doc_id", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    Column("extractor_version", String(64), nullable=False, default=""),
    Column("skipped", Text),
    # the manifest of what the extraction produced; the crash test checks rows against it
    Column("n_reports", Integer, nullable=False, default=0),
    Column("n_claims", Integer, nullable=False, default=0),
    Column("n_evidence", Integer, nullable=False, default=0),
    Column("n_tallies", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # a reviewer withdrew it: its reports leave every incident, count and export (reviews hold who and why)
    Column("retracted", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("identity"),
    Index(None, "text_hash"),
    Index(None, "doc_id"),
)

places = Table(
    "places",
    metadata,
    _id(),
    Column("name", String(512), nullable=False),
    Column("iso3", String(3), nullable=False, default=""),
    Column("country", String(128), nullable=False, default=""),
    Column("admin1", String(256), nullable=False, default=""),
    Column("admin2", String(256), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("key", String(700), nullable=False),  # name|iso3|lat|lon, rounded: one row a gazetteer place
    UniqueConstraint("key"),
)

incidents = Table(
    "incidents",
    metadata,
    _id(),
    Column("iso3", String(3), nullable=False, default=""),
    Column("country", String(128), nullable=False, default=""),
    Column("event_date", Date),
    Column("event_type", String(64), nullable=False, default=""),
    Column("sub_event_type", String(64), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("n_reports", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("fatalities_best", Integer),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("injured_best", Integer),
    Column("injured_low", Integer),
    Column("injured_high", Integer),
    Column("contested", Boolean, nullable=False, default=False),
    Column("grade", String(16), nullable=False, default="weak"),
    Column("grade_reason", Text, nullable=False, default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("violations_checked_at", DateTime(timezone=True)),  # NULL or older than updated_at: to check
    # bumped by every change of the row: a merge or split based on an older view is refused
    Column("version", Integer, nullable=False, default=1, server_default="1"),
    Index(None, "iso3", "event_date"),
    Index(None, "event_date"),
    # covers the dashboard's timeline (counts and fatalities by period and type) without reading the rows
    Index(None, "event_date", "event_type", "n_reports", "fatalities"),
)

reports = Table(
    "reports",
    metadata,
    _id(),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),  # position in the extractor's output for the document
    Column("doc_id", String(512), nullable=False),
    Column("event_id_cnty", String(32)),  # ISO3 + the row id, set in the inserting transaction
    Column("event_date", Date, nullable=False),
    Column("year", Integer, nullable=False),
    Column("time_precision", Integer, nullable=False, default=1),
    Column("date_prec", Integer, nullable=False, default=1),
    Column("event_type", String(64), nullable=False),
    Column("sub_event_type", String(64), nullable=False),
    Column("actor1", String(256), nullable=False, default=""),
    Column("actor2", String(256), nullable=False, default=""),
    Column("assoc_actor_1", JSON, nullable=False),
    Column("assoc_actor_2", JSON, nullable=False),
    Column("inter1", Integer),
    Column("inter2", Integer),
    Column("civilian_targeting", String(64), nullable=False, default=""),
    Column("iso", Integer),
    Column("iso3", String(3), nullable=False, default=""),
    Column("region", String(64), nullable=False, default=""),
    Column("country", String(128), nullable=False, default=""),
    Column("admin1", String(256), nullable=False, default=""),
    Column("admin2", String(256), nullable=False, default=""),
    Column("admin3", String(256), nullable=False, default=""),
    Column("location", String(512), nullable=False, default=""),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("where_prec", Integer),
    Column("place_id", Integer, ForeignKey("places.id", ondelete="SET NULL")),
    Column("source", String(512), nullable=False, default=""),
    Column("source_scale", String(128), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("fatalities_low", Integer),
    Column("fatalities_high", Integer),
    Column("injured", Integer),
    Column("injured_low", Integer),
    Column("injured_high", Integer),
    Column("civilian_fatalities", Integer),
    Column("tags", JSON, nullable=False),
    # the recode rules that set the event's type and sides (extract/recode.py), in order
    Column("coding_rules", JSON, nullable=False, server_default=text("'[]'")),
    Column("is_background", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False, default=0.5),
    Column("extractor_version", String(64), nullable=False, default=""),
    Column("timestamp", BigInteger),
    Column("contested", Boolean, nullable=False, default=False),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="SET NULL")),
    # review state: the fields an analyst set (never overwritten by re-extraction) and the grade hook
    Column("reviewed_fields", JSON, nullable=False),
    Column("grade_override", String(16)),
    Column("orphaned", Boolean, nullable=False, default=False),
    # bumped by every review and re-extraction: an edit made on an older view is refused (stale edit)
    Column("version", Integer, nullable=False, default=1, server_default="1"),
    UniqueConstraint("event_id_cnty"),
    UniqueConstraint("document_id", "ordinal"),
    Index(None, "event_date"),
    Index(None, "iso3", "event_date"),
    Index(None, "country", "event_date"),
    Index(None, "admin1", "event_date"),
    Index(None, "event_type", "event_date"),
    Index(None, "actor1"),
    Index(None, "actor2"),
    Index(None, "latitude", "longitude"),
    Index(None, "incident_id"),
)

claims = Table(
    "claims",
    metadata,
    _id(),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("claimant", String(512), nullable=False, default=""),
    Column("stance", String(32), nullable=False, default="reports"),
    Column("killed", Integer),
    Column("killed_low", Integer),
    Column("killed_high", Integer),
    Column("killed_civilians", Integer),
    Column("injured", Integer),
    Column("blames", String(512)),
    Column("quote", Text, nullable=False, default=""),
    Column("doc_id", String(512), nullable=False, default=""),
    Column("vague_word", String(64)),
    UniqueConstraint("report_id", "ordinal"),
    Index(None, "claimant"),
)

evidence = Table(
    "evidence",
    metadata,
    _id(),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("doc_id", String(512), nullable=False, default=""),
    Column("url", Text),
    Column("sentence", Text, nullable=False, default=""),
    Column("start", Integer, nullable=False, default=-1),
    Column("end", Integer, nullable=False, default=-1),
    UniqueConstraint("report_id", "ordinal"),
)

tallies = Table(
    "tallies",
    metadata,
    _id(),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("doc_id", String(512), nullable=False),
    Column("claimant", String(512), nullable=False, default=""),
    Column("killed", Integer, nullable=False),
    Column("since", String(32), nullable=False, default=""),
    Column("period", Text, nullable=False, default=""),
    Column("quote", Text, nullable=False, default=""),
    Column("country", String(128), nullable=False, default=""),
    Column("evidence", JSON, nullable=False),
    UniqueConstraint("document_id", "ordinal"),
)

incident_reports = Table(
    "incident_reports",
    metadata,
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    # the explanation: which existing report it matched, the score and the features that matched
    Column("matched_report_id", Integer, ForeignKey("reports.id", ondelete="SET NULL")),
    Column("score", Float, nullable=False, default=0.0),
    Column("features", JSON, nullable=False),
    Column("linked_at", DateTime(timezone=True), nullable=False),
    Index(None, "incident_id"),
)

agreements = Table(
    "agreements",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False, default=""),
    Column("parties", JSON, nullable=False),
    Column("area", JSON, nullable=False),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("text", Text, nullable=False, default=""),
    # accepted (a file, or a proposal a reviewer accepted) | proposed (read from the news) | rejected
    Column("status", String(16), nullable=False, server_default="accepted"),
    Column("origin", String(16), nullable=False, server_default="file"),  # file | text
    Column("spec", JSON),  # the agreement as written (the YAML mapping), or what the text said
    Column("reviewed_by", String(256), nullable=False, server_default=""),
    Column("updated_at", DateTime(timezone=True)),
    Index(None, "status"),
)

agreement_terms = Table(
    "agreement_terms",
    metadata,
    _id(),
    Column("agreement_id", String(128), ForeignKey("agreements.id", ondelete="CASCADE"), nullable=False),
    Column("term", String(128), nullable=False),
    Column("kind", String(64), nullable=False, default=""),
    Column("parties", JSON, nullable=False),
    Column("area", JSON, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("start_date", Date),  # a term's own period, inside the agreement's (NULL: the agreement's)
    Column("end_date", Date),
    Column("targets", JSON),  # "between X and Y": the parties it protects (NULL: anyone)
    UniqueConstraint("agreement_id", "term"),
)

# Agreement mentions in the news: an Agreement report linked to the agreement it speaks of (docs/design.md §4.3).
agreement_mentions = Table(
    "agreement_mentions",
    metadata,
    _id(),
    Column("agreement_id", String(128), ForeignKey("agreements.id", ondelete="CASCADE"), nullable=False),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False, default=""),  # announcement | extension | collapse | appraisal
    Column("reading", JSON, nullable=False),  # name, parties, start, end, area as read from the text
    UniqueConstraint("report_id"),
    Index(None, "agreement_id"),
)

# Suspected violations, checked per incident against every agreement term (agreements/check.py).
violations = Table(
    "violations",
    metadata,
    _id(),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("agreement_id", String(128), ForeignKey("agreements.id", ondelete="CASCADE"), nullable=False),
    Column("term", String(128), nullable=False, default=""),
    Column("party", String(256), nullable=False, default=""),
    Column("reason", Text, nullable=False, default=""),
    Column("evidence", JSON, nullable=False),
    Column("called_violation_in_text", Boolean, nullable=False, default=False),
    Column("proposed", Boolean, nullable=False, default=False),
    Column("event_date", Date),
    Column("checked_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("incident_id", "agreement_id", "term", "party"),
    Index(None, "agreement_id"),
    Index(None, "party", "event_date"),
)

reviews = Table(
    "reviews",
    metadata,
    _id(),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="SET NULL")),
    Column("event_id_cnty", String(32), nullable=False),
    Column("field", String(64), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Column("by", String(256), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("at", DateTime(timezone=True), nullable=False),
    # set for document-level entries (retract / restore); report_id names each report it touched
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    # the incident the report was in when the change was made (kept after the incident is merged away)
    Column("incident_id", Integer),
    Index(None, "report_id"),
    Index(None, "event_id_cnty"),
    Index(None, "incident_id"),
)

# A reviewer's merge or split, kept so that re-linking respects it (docs/design.md §4.3): `together` pairs join
# one incident whatever linking scores; `apart` pairs never share one. report_a < report_b.
link_decisions = Table(
    "link_decisions",
    metadata,
    _id(),
    Column("kind", String(16), nullable=False),
    Column("report_a", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("report_b", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("by", String(256), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("report_a", "report_b"),
    Index(None, "report_b"),
)

# API tokens for writes (`conflictlens token create NAME`): only a SHA-256 of the token is stored.
api_tokens = Table(
    "api_tokens",
    metadata,
    _id(),
    Column("name", String(128), nullable=False),
    Column("token_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("name"),
    UniqueConstraint("token_hash"),
)
