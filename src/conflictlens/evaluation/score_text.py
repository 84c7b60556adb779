"""Per-document counts for the sets without event records: MUC-4 and IndiaPoliceEvents.

MUC-4: incident detection (a document is an incident when any role is filled; predicted as one when the
extractor returns a current political-violence or riot event), perpetrators (`perp_*` entities) against our
actor1/assoc_actor_1, targets (`hum_tgt_name`, `phys_tgt_id`) against actor2/assoc_actor_2, instruments
against the event type (explosives -> Explosions/Remote violence, guns -> Battles / Violence against
civilians). A gold entity is found when any of its mentions matches a predicted actor (fuzzy, see
`mention_match`).

IndiaPoliceEvents: each predicted event is placed in the sentences its evidence overlaps (character offsets,
else the sentences holding the evidence text) and gives them labels: ANY_ACTION when police (or state forces,
inter 1) act, ARREST for the Arrests sub-type, FORCE for police violence or intervention, KILL for police
violence with deaths. FAIL is not predicted (scored, so the gap stays visible). Sentence-level
precision/recall per label, plus document-level ANY_ACTION.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from conflictlens.evaluation.gold import GoldDoc
from conflictlens.evaluation.match import is_bg, num
from conflictlens.evaluation.sets_text import IPE_LABELS

Counts = dict[str, float]
VIOLENT_TYPES = frozenset(("battles", "violence against civilians", "explosions/remote violence", "riots"))
EXPLOSIVE_WORDS = re.compile(r"BOMB|DYNAMITE|EXPLOSIV|GRENADE|MINE|MORTAR|ROCKET|MISSILE|TNT|CHARGE", re.I)
GUN_WORDS = re.compile(r"RIFLE|GUN|PISTOL|REVOLVER|FIREARM|MACHINE|AK-47|M-16|SHOT|BULLET|FAL\b|UZI", re.I)
STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "a",
        "an",
        "in",
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "forces",
        "force",
        "group",
        "groups",
        "armed",
        "unidentified",
        "members",
        "member",
        "people",
        "persons",
        "men",
        "unknown",
        "individuals",
    ]
)
FORCE_SUBTYPES = frozenset(("excessive force against protesters", "protest with intervention", "arrests"))


def _tokens(text: Any) -> list[str]:
    words = re.sub(r"\([^)]*\)", " ", str(text or "")).lower()
    return [w.rstrip("s") for w in re.sub(r"[^a-z0-9 ]+", " ", words).split() if w not in STOP]


def mention_match(mention: str, actor: str) -> bool:
    """Fuzzy: difflib ratio >= 0.8 on the normalised strings, or one side's content words all in the other."""
    m, a = _tokens(mention), _tokens(actor)
    if not m or not a:
        return False
    if difflib.SequenceMatcher(None, " ".join(m), " ".join(a)).ratio() >= 0.8:
        return True
    short, long_ = (m, a) if len(m) <= len(a) else (a, m)
    return set(short) <= set(long_)


def _entities_found(entities: Sequence[Sequence[str]], actors: Sequence[str]) -> int:
    return sum(any(mention_match(m, a) for m in ent for a in actors) for ent in entities)


def _actors(preds: Sequence[Mapping[str, Any]], *keys: str) -> list[str]:
    out: list[str] = []
    for p in preds:
        for k in keys:
            out.extend(x.strip() for x in str(p.get(k) or "").split(";") if x.strip())
    return out


def muc_counts(gd: GoldDoc, preds: Sequence[Mapping[str, Any]]) -> Counts:
    roles: Mapping[str, Sequence[Sequence[str]]] = gd.labels.get("roles", {})
    cur = [p for p in preds if not is_bg(p)]
    violent = [p for p in cur if str(p.get("event_type", "")).lower() in VIOLENT_TYPES]
    gold_rel = bool(gd.labels.get("relevant"))
    c: Counts = {"det_gold": gold_rel, "det_pred": bool(violent), "det_tp": gold_rel and bool(violent)}
    perps = [*roles.get("perp_individual_id", ()), *roles.get("perp_organization_id", ())]
    targets = [*roles.get("hum_tgt_name", ()), *roles.get("phys_tgt_id", ())]
    a1 = _actors(violent, "actor1", "assoc_actor_1")
    a2 = _actors(violent, "actor2", "assoc_actor_2")
    c["perp_n"], c["perp_hit"] = len(perps), _entities_found(perps, a1)
    c["tgt_n"], c["tgt_hit"] = len(targets), _entities_found(targets, a2)
    if gold_rel:
        c["perp_pred_n"] = len(a1)
        c["perp_pred_hit"] = sum(any(mention_match(m, a) for ent in perps for m in ent) for a in a1)
    mentions = " ".join(m for ent in roles.get("incident_instrument_id", ()) for m in ent)
    kind = "explosive" if EXPLOSIVE_WORDS.search(mentions) else "gun" if GUN_WORDS.search(mentions) else ""
    if kind:
        types = {str(p.get("event_type", "")).lower() for p in violent}
        want = {"explosions/remote violence"} if kind == "explosive" else {"battles", "violence against civilians"}
        c["instr_n"], c["instr_hit"] = 1, bool(types & want)
    return c


def _police(p: Mapping[str, Any], key: str, inter: str) -> bool:
    """The event's side is the police or another state force (inter 1); a government deciding (a curfew, a deal)
    is no force acting."""
    name = str(p.get(key) or "")
    return "police" in name.lower() or (num(p.get(inter)) == 1 and not name.startswith("Government of"))


def event_labels(p: Mapping[str, Any]) -> set[str]:
    """IndiaPoliceEvents labels a predicted event implies."""
    sub = str(p.get("sub_event_type") or "").lower()
    etype = str(p.get("event_type") or "").lower()
    acts = _police(p, "actor1", "inter1")
    labels: set[str] = set()
    if sub == "arrests":
        labels |= {"ARREST", "ANY_ACTION"}
    if sub in FORCE_SUBTYPES - {"arrests"} or (acts and etype in VIOLENT_TYPES - {"riots"}):
        labels |= {"FORCE", "ANY_ACTION"}
    if acts:
        labels.add("ANY_ACTION")
        killed = num(p.get("fatalities")) or 0
        if killed > 0 and "FORCE" in labels:
            labels.add("KILL")
    return labels


def _sentences_of(p: Mapping[str, Any], spans: Sequence[Mapping[str, Any]], starts: list[int]) -> set[int]:
    """Sentences the event's evidence overlaps (character span), else those holding its evidence text."""
    found: set[int] = set()
    for ev in p.get("evidence") or []:
        if not isinstance(ev, Mapping):
            continue
        start, end = num(ev.get("start")), num(ev.get("end"))
        if start is not None and start >= 0:
            first = max(0, bisect.bisect_right(starts, int(start)) - 1)
            last = max(first, bisect.bisect_left(starts, int(end if end and end > start else start + 1)) - 1)
            found.update(range(first, last + 1))
            continue
        sent = str(ev.get("sentence") or "").strip().lower()
        found.update(
            i
            for i, s in enumerate(spans)
            if sent and (sent in str(s["text"]).lower() or str(s["text"]).strip().lower() in sent)
        )
    return found


def ipe_counts(gd: GoldDoc, preds: Sequence[Mapping[str, Any]]) -> Counts:
    spans: Sequence[Mapping[str, Any]] = gd.labels.get("sentences", ())
    starts = [int(s["start"]) for s in spans]
    pred_sent: dict[int, set[str]] = {}
    doc_pred: set[str] = set()
    for p in preds:
        if is_bg(p):
            continue
        labels = event_labels(p)
        doc_pred |= labels
        for i in _sentences_of(p, spans, starts) if labels else ():
            pred_sent.setdefault(i, set()).update(labels)
    c: Counts = {}
    for lab in IPE_LABELS:
        gold = {i for i, s in enumerate(spans) if lab in s["labels"]}
        pred = {i for i, labs in pred_sent.items() if lab in labs}
        c[f"{lab}_gold"], c[f"{lab}_pred"], c[f"{lab}_tp"] = len(gold), len(pred), len(gold & pred)
    gold_any = any("ANY_ACTION" in s["labels"] for s in spans)
    c["doc_gold"], c["doc_pred"] = gold_any, "ANY_ACTION" in doc_pred
    c["doc_tp"] = gold_any and "ANY_ACTION" in doc_pred
    return c
