"""`conflictlens agreements add|list|show|accept|reject` and `conflictlens violations`: parse, call
conflictlens.agreements, print. Every change re-checks the incidents it concerns (agreements/refresh.py)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from conflictlens.cli.options import DbOption, open_db
from conflictlens.errors import UsageError

agreements_app = typer.Typer(
    help="Ceasefires, truces and deals: add agreement files, review the ones read from the news.",
    no_args_is_help=True,
)
FORMATS = ("text", "jsonl", "csv")


@agreements_app.command("add")
def add_cmd(
    files: Annotated[list[Path], typer.Argument(help="Agreement files (YAML, see docs/agreements.md).")],
    db: DbOption = None,
) -> None:
    """Store agreements (an agreement with the same id is replaced) and check every incident against them."""
    from conflictlens.agreements.refresh import refresh
    from conflictlens.agreements.repo import store_agreement
    from conflictlens.agreements.yamlfile import load_agreement

    loaded = [load_agreement(f) for f in files]  # all read first: a bad file stores nothing
    with open_db(db) as store:
        for ag in loaded:
            status = store_agreement(store, ag)
            typer.echo(f"{status} {ag.id}: {ag.name} ({len(ag.terms)} terms)")
        summary = refresh(store)
    typer.echo(f"incidents checked: {summary.checked}; suspected violations: {summary.violations}")


@agreements_app.command("list")
def list_cmd(
    status: Annotated[str | None, typer.Option(help="accepted, proposed or rejected.")] = None,
    db: DbOption = None,
) -> None:
    """List agreements: id, status (proposed ones read from the news are marked), period, parties, counts."""
    from conflictlens.agreements.listing import agreement_records
    from conflictlens.agreements.refresh import refresh

    with open_db(db) as store:
        refresh(store)
        records = list(agreement_records(store, include_rejected=status == "rejected"))
    if status:
        records = [r for r in records if r["status"] == status]
    if not records:
        typer.echo("no agreements (add one with `conflictlens agreements add FILE`)")
    for r in records:
        mark = "" if r["status"] == "accepted" else f" [{r['status'].upper()}]"
        parties = ", ".join(p["name"] for p in r["parties"])
        typer.echo(f"{r['agreement_id']}{mark}: {r['name']} | {r['start'] or '?'} to {r['end'] or 'open'} | "
                   f"{parties} | terms {len(r['terms'])}, violations {r['violations']}, mentions {r['mentions']}")


@agreements_app.command("show")
def show_cmd(agreement_id: Annotated[str, typer.Argument(help="Agreement id.")], db: DbOption = None) -> None:
    """Show one agreement: parties, area, period, each term and what breaks it, its violations and mentions."""
    from conflictlens.agreements.listing import agreement_mentions_of, agreement_record, list_violations
    from conflictlens.agreements.refresh import refresh
    from conflictlens.agreements.repo import agreement_counts, get_agreement
    from conflictlens.agreements.terms import term_kinds

    with open_db(db) as store:
        refresh(store)
        ag = get_agreement(store, agreement_id)
        found = list_violations(store, agreement=agreement_id)
        mentions = agreement_mentions_of(store, agreement_id)
        rec = agreement_record(ag, agreement_counts(store).get(ag.id, (0, 0)))
    typer.echo(f"{ag.id}: {ag.name}")
    typer.echo(f"  status: {ag.status} ({'read from the news' if ag.origin == 'text' else 'from a file'})")
    for p in ag.parties:
        typer.echo(f"  party: {p.name}" + (f" (members: {', '.join(p.members)})" if p.members else ""))
    typer.echo(f"  area: {ag.area.describe()}")
    typer.echo(f"  period: {ag.start or '?'} to {ag.end or 'open'}")
    kinds = term_kinds()
    for t in ag.terms:
        who = ", ".join(t.parties) or "every party"
        typer.echo(f"  term {t.id}: {t.kind} — {t.description or kinds[t.kind].description} (binds {who}"
                   + (f"; protects {', '.join(t.targets)}" if t.targets else "")
                   + (f"; area {t.area.describe()}" if t.area else "") + ")")
    typer.echo(f"  suspected violations: {rec['violations']}; mentions in the news: {rec['mentions']}")
    for m in mentions:
        typer.echo(f"    mention {m['event_date']} {m['kind']} ({m['event_id_cnty']}, {m['doc_id']})")
    for v in found:
        term = v["term"] or "(text)"
        typer.echo(f"    {v['event_date']} {v['party']} {term}: {v['location']} ({v['sub_event_type']})")


def _set(agreement_id: str, status: str, by: str, db: str | None) -> None:
    from conflictlens.agreements.refresh import refresh
    from conflictlens.agreements.repo import set_status

    if not by.strip():
        raise UsageError("a review needs a reviewer name", "pass --by NAME")
    with open_db(db) as store:
        ag = set_status(store, agreement_id, status, by=by.strip())
        summary = refresh(store)
    typer.echo(f"{ag.id}: {status} by {by.strip()}; suspected violations now: {summary.violations}")


@agreements_app.command("accept")
def accept_cmd(
    agreement_id: Annotated[str, typer.Argument(help="Agreement id.")],
    by: Annotated[str, typer.Option("--by", help="Who reviews.")] = "",
    db: DbOption = None,
) -> None:
    """Accept an agreement proposed from the news: its violations are no longer marked proposed."""
    _set(agreement_id, "accepted", by, db)


@agreements_app.command("reject")
def reject_cmd(
    agreement_id: Annotated[str, typer.Argument(help="Agreement id.")],
    by: Annotated[str, typer.Option("--by", help="Who reviews.")] = "",
    db: DbOption = None,
) -> None:
    """Reject an agreement: it is no longer checked and its violations go."""
    _set(agreement_id, "rejected", by, db)


def violations_cmd(
    agreement: Annotated[str | None, typer.Option("--agreement", help="Only this agreement id.")] = None,
    party: Annotated[str | None, typer.Option("--party", help="Only this party (any of its names).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Incidents from this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Incidents until this date, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Incidents in this country (name or ISO3).")] = None,
    format_: Annotated[str, typer.Option("--format", help="text, jsonl or csv.")] = "text",
    db: DbOption = None,
) -> None:
    """Suspected violations of the stored agreements, with evidence, and counts per party per day."""
    from conflictlens.agreements.listing import counts_per_party, counts_per_party_day, list_violations
    from conflictlens.agreements.refresh import refresh
    from conflictlens.cli.options import parse_date
    from conflictlens.store.search import Filters

    if format_ not in FORMATS:
        raise UsageError(f"unknown --format {format_!r}", "use " + ", ".join(FORMATS))
    flt = Filters(since=parse_date(since, "--since"), until=parse_date(until, "--until"), country=country or None)
    with open_db(db) as store:
        refresh(store)
        found = list_violations(store, agreement=agreement, party=party, flt=flt)
    counts = counts_per_party_day(found)
    if format_ == "jsonl":
        for rec in [*found, *counts]:
            typer.echo(json.dumps(rec, ensure_ascii=False))
    elif format_ == "csv":
        _csv(found)
    else:
        _text(found, counts, counts_per_party(found))


def _csv(found: list[dict[str, Any]]) -> None:
    columns = ["agreement_id", "agreement", "term", "party", "event_date", "incident_id", "event_id_cnty",
               "location", "country", "event_type", "sub_event_type", "reason", "called_violation_in_text",
               "proposed", "evidence"]
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for rec in found:
        writer.writerow({**rec, "evidence": json.dumps(rec["evidence"], ensure_ascii=False)})


def _text(found: list[dict[str, Any]], counts: list[dict[str, Any]], parties: list[dict[str, Any]]) -> None:
    if not found:
        typer.echo("no suspected violations")
        return
    for v in found:
        marks = (" [called a breach in the text]" if v["called_violation_in_text"] else "") + (
            " [proposed agreement]" if v["proposed"] else "")
        typer.echo(f"{v['event_date']} {v['party']} — {v['agreement_id']}/{v['term'] or '(text)'} at "
                   f"{v['location']} ({v['event_id_cnty']}){marks}")
        typer.echo(f"    {v['reason']}")
        for e in v["evidence"][:2]:
            typer.echo(f"    evidence [{e['doc_id']}]: {e['sentence']}")
    typer.echo("")
    typer.echo("per party, per day:")
    for c in counts:
        typer.echo(f"  {c['event_date']}  {c['party']}: {c['violations']}")
    typer.echo("per agreement and party (incidents, their fatalities):")
    for c in parties:
        typer.echo(f"  {c['agreement_id']}  {c['party']}: {c['incidents']} incidents, {c['fatalities']} fatalities")


def control_cmd(
    place: Annotated[str, typer.Argument(help="A place name as coded or in the gazetteer (e.g. Debaltseve).")],
    radius: Annotated[float, typer.Option("--radius", help="Also changes within this many km.")] = 10.0,
    format_: Annotated[str, typer.Option("--format", help="text or jsonl.")] = "text",
    db: DbOption = None,
) -> None:
    """The control timeline of a place: who took it from whom, when, reversals marked."""
    from dataclasses import asdict

    from conflictlens.agreements.control import control_timeline

    if format_ not in ("text", "jsonl"):
        raise UsageError(f"unknown --format {format_!r}", "use text or jsonl")
    with open_db(db) as store:
        changes = control_timeline(store, place, radius)
    if format_ == "jsonl":
        for c in changes:
            typer.echo(json.dumps({"record_type": "control_change", **asdict(c)}, default=str, ensure_ascii=False))
        return
    if not changes:
        typer.echo(f"no territorial changes recorded at {place}")
        return
    for c in changes:
        who = c.gained_by or "(not named)"
        frm = f" from {c.lost_by}" if c.lost_by else ""
        marks = (" [reversal]" if c.reversal else "") + (" [background]" if c.is_background else "")
        typer.echo(f"{c.event_date} {c.location}: {who} took control{frm} — {c.sub_event_type} ({c.event_id}){marks}")
    typer.echo(f"held by: {changes[-1].gained_by or '(not named)'} since {changes[-1].event_date}")


def harm_cmd(
    actor: Annotated[str | None, typer.Option("--actor", help="Only this actor (any of its names).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last event date, YYYY-MM-DD.")] = None,
    format_: Annotated[str, typer.Option("--format", help="text or jsonl.")] = "text",
    db: DbOption = None,
) -> None:
    """Civilian harm per belligerent: civilians killed and injured, min-max from incidents' ranges and grades;
    cumulative tallies in the news shown beside the sum, never added."""
    from conflictlens.agreements.harm import harm_table
    from conflictlens.cli.options import parse_date

    if format_ not in ("text", "jsonl"):
        raise UsageError(f"unknown --format {format_!r}", "use text or jsonl")
    with open_db(db) as store:
        rows = harm_table(store, actor, parse_date(since, "--since"), parse_date(until, "--until"))
    if format_ == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row.to_record(), ensure_ascii=False))
        return
    if not rows:
        typer.echo("no civilian harm recorded")
        return
    typer.echo("actor | incidents | civilians killed (min-max) | injured (min-max) | contested | grades")
    for r in rows:
        grades = ", ".join(f"{g} {n}" for g, n in sorted(r.grades.items()))
        typer.echo(f"{r.actor} | {r.incidents} | {r.killed_min}-{r.killed_max} | {r.injured_min}-{r.injured_max} | "
                   f"{r.contested_incidents} (up to {r.contested_killed_max} killed) | {grades}")
        for t in r.tallies:
            typer.echo(f"    tally, not added: {t['claimant'] or 'unattributed'}: {t['killed']} since "
                       f"{t['since'] or '?'} — {t['quote']}")
