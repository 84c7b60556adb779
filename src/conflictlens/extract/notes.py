"""ACLED-style `notes`, written from the extracted fields (never copied from the article)."""

from __future__ import annotations

from conflictlens.models import Report
from conflictlens.taxonomy import GeoPrecision, TimePrecision

_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained control of the area from",
    "Non-state actor overtakes territory": "took control of the area from",
    "Chemical weapon": "reportedly used a chemical weapon against",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were dispersed or detained by",
    "Excessive force against protesters": "demonstrated and were met with lethal or excessive force by",
    "Violent demonstration": "rioted against",
    "Mob violence": "attacked, as a mob,",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity (deployment, curfew or reorganisation) affecting",
    "Disrupted weapons use": "disrupted an attack or seized weapons of",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over the area without fighting from",
    "Other": "was involved in a strategic development with",
}


def write_notes(r: Report) -> str:
    day = f"{r.event_date.day} {r.event_date:%B %Y}"
    when = {TimePrecision.DAY: f"On {day}", TimePrecision.WEEK: f"Around {day}"}.get(
        r.time_precision, f"In {r.event_date:%B %Y}")
    verb = _VERBS.get(r.sub_event_type, "was involved in an event with")
    who = r.actor1 or "Unknown actors"
    target = f" {r.actor2}" if r.actor2 else ""
    if not r.actor2 and verb.endswith((" with", " from", " of", " on", " against", " at", " by", ",")):
        verb = verb.rsplit(" ", 1)[0]
    where = "near " if r.geo_precision == GeoPrecision.NEAR else "in "
    place = f"{r.location} ({r.admin1})" if r.admin1 and r.admin1 != r.location else r.location
    text = f"{when}, {who} {verb}{target} {where}{place}, {r.country}."
    if r.fatalities_high and r.fatalities_high != r.fatalities:
        text += f" Reported fatalities range from {r.fatalities} to {r.fatalities_high}."
    elif r.fatalities:
        text += f" {r.fatalities} reported fatalities."
    if r.injured:
        text += f" At least {r.injured} injured."
    sources = sorted({c.claimant for c in r.claims if c.claimant})
    if sources:
        text += " Per " + ", ".join(sources[:4]) + "."
    if r.is_background:
        text += " Mentioned as background."
    return text
