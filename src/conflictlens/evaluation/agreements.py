"""Scoring agreements on the article gold (`agreements` field of articles_gold.jsonl; issue 13).

Per document, the extracted reports are stored in a throwaway SQLite store and the agreement step runs as in an
ingest. Two things are scored:

- agreements read from the text: each gold agreement is found when a proposed (or linked) agreement shares a
  party with it (through the actor dictionary) and starts within a month of it; one-to-one, greedy.
- violations, given the agreements: the gold agreements are stored as agreement files would be (their terms
  mapped to term kinds by their words, the area the countries of the article's gold events), every incident is
  checked, and each dated `violations_reported` entry ("... (2023-05-24)") is found when a suspected violation
  falls within a day of it. Precision: suspected violations within a day of a reported one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from conflictlens.agreements.model import Agreement, Area, Party, Term
from conflictlens.agreements.parties import key_of, member_keys
from conflictlens.agreements.yamlfile import parse_day, slug
from conflictlens.evaluation.gold import GoldDoc

MetricSpec = tuple[str, str, str, tuple[str, ...]]
AGREEMENT_METRICS: tuple[MetricSpec, ...] = (
    ("agreements_precision", "agreements read from the text: precision", "ratio", ("ag_tp", "ag_pred")),
    ("agreements_recall", "agreements read from the text: recall", "ratio", ("ag_tp", "ag_gold")),
    ("violations_recall", "violations_reported (dated) found, given the agreements", "ratio", ("vr_hit", "vr_gold")),
    ("violations_precision", "suspected violations within a day of a reported one", "ratio", ("vp_hit", "vp_pred")),
)
START_TOLERANCE = dt.timedelta(days=31)
_DATED = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")
_TERM_KINDS = (
    (re.compile(r"humanitarian|convoy|access", re.I), "humanitarian_access"),
    (re.compile(r"heavy weapons|artillery", re.I), "heavy_weapons_withdrawal"),
    (re.compile(r"demilitari[sz]ed zone|military advantage|front lines?", re.I), "no_territorial_advance"),
    (re.compile(r"ceasefire|cease-fire|hostilities|stop attacks|halt (?:ground|air)|truce|attacks", re.I),
     "cessation_of_hostilities"),
)


def agreement_counts(gd: GoldDoc, reports: Sequence[Any]) -> Counter[str]:
    """The agreement counts of one article (see the module docstring)."""
    gold = [a for a in gd.labels.get("agreements") or () if isinstance(a, Mapping)]
    c: Counter[str] = Counter()
    read = _run(gd, reports, [])
    c["ag_gold"] = len(gold)
    c["ag_pred"] = len(read["agreements"])
    c["ag_tp"] = len(_pairs(read["agreements"], gold))
    if gold:
        given = [_as_agreement(a, i, gd) for i, a in enumerate(gold)]
        found = _run(gd, reports, given)["violations"]
        reported = [d for a in gold for v in a.get("violations_reported") or () if (d := _date_of(v))]
        days = [v["event_date"] for v in found]
        c["vr_gold"] = len(reported)
        c["vr_hit"] = sum(any(_close(d, day) for day in days) for d in reported)
        c["vp_pred"] = len({(v["incident_id"], v["event_date"]) for v in found})
        c["vp_hit"] = len({(v["incident_id"], v["event_date"]) for v in found
                           if any(_close(d, v["event_date"]) for d in reported)})
    return c


def _run(gd: GoldDoc, reports: Sequence[Any], agreements: list[Agreement]) -> dict[str, Any]:
    from conflictlens.agreements.listing import agreement_records, list_violations
    from conflictlens.agreements.refresh import refresh
    from conflictlens.agreements.repo import store_agreement
    from conflictlens.store import open_store, write_document

    with open_store("sqlite://") as store:
        for ag in agreements:
            store_agreement(store, ag)
        write_document(store, gd.doc, list(reports))
        refresh(store)
        records = [r for r in agreement_records(store) if r["origin"] == "text"]
        return {"agreements": records, "violations": list_violations(store)}


def _pairs(pred: list[dict[str, Any]], gold: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    scored = []
    for pi, p in enumerate(pred):
        keys = {k for party in p["parties"] for k in member_keys(Party.from_json(party))}
        start = dt.date.fromisoformat(p["start"]) if p["start"] else None
        for gi, g in enumerate(gold):
            shared = len(keys & {key_of(str(n)) for n in g.get("parties") or ()})
            gstart = _day(g.get("start"))
            if shared and start and gstart and abs(start - gstart) <= START_TOLERANCE:
                scored.append((shared, -abs((start - gstart).days), pi, gi))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, _, pi, gi in sorted(scored, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return out


def _as_agreement(g: Mapping[str, Any], i: int, gd: GoldDoc) -> Agreement:
    from conflictlens.geo.countries import iso3_by_name

    terms = []
    for n, text in enumerate(g.get("terms") or ()):
        kind = next((k for pattern, k in _TERM_KINDS if pattern.search(str(text))), "other")
        terms.append(Term(f"term-{n + 1}", kind, description=str(text)))
    countries = sorted({iso for e in gd.events if (iso := iso3_by_name(str(e.get("country") or ""), False))})
    name = str(g.get("name") or f"agreement {i + 1}")
    return Agreement(
        id=f"gold-{i + 1}-{slug(name)}"[:128], name=name, parties=tuple(Party(str(p)) for p in g.get("parties") or ()),
        area=Area(countries=tuple(countries)), start=_day(g.get("start")), end=_day(g.get("end"), end=True),
        terms=tuple(terms or [Term("term-1", "other")]),
    )


def _day(value: Any, end: bool = False) -> dt.date | None:
    try:
        return parse_day(value, "gold date", end=end)
    except Exception:  # noqa: BLE001 - an unreadable gold date is simply not used
        return None


def _date_of(text: Any) -> dt.date | None:
    m = _DATED.search(str(text))
    return dt.date.fromisoformat(m.group(1)) if m else None


def _close(a: dt.date, b: Any) -> bool:
    day = dt.date.fromisoformat(b) if isinstance(b, str) else b
    return abs((a - day).days) <= 1
