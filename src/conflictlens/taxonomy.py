"""The ACLED event taxonomy (docs/taxonomy.md §1): 6 event types, 25 sub-event types; the numeric codes (inter,
ACLED's and UCDP's precision codes) as IntEnums; and ACLED's names for the actors the coder names itself."""

from __future__ import annotations

import csv
from enum import IntEnum
from functools import cache
from importlib import resources

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
LOOTING = "Looting/property destruction"

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    VIOLENCE_AGAINST_CIVILIANS: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPE_OF: dict[str, str] = {sub: et for et, subs in SUB_EVENT_TYPES.items() for sub in subs}
# Sub-event types that kill nobody by definition (ACLED records no fatalities for them): a death figure told beside
# one (a headline's toll beside its curfew, a funeral march for the dead) is another event's
NO_DEATHS: frozenset[str] = frozenset({
    "Peaceful protest", "Protest with intervention", "Arrests", "Change to group/activity", LOOTING, "Agreement",
    "Headquarters or base established", "Non-violent transfer of territory",
})
EVENT_TYPES: tuple[str, ...] = tuple(SUB_EVENT_TYPES)


class Inter(IntEnum):
    """ACLED's actor classes (inter1/inter2)."""

    STATE = 1
    REBELS = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL = 8


class GeoPrecision(IntEnum):
    """ACLED's geo_precision: the town itself, near or part of it, or only the region (province) is known."""

    TOWN = 1
    NEAR = 2
    REGION = 3


class TimePrecision(IntEnum):
    """ACLED's time_precision: the day, the week (or a few days), the month."""

    DAY = 1
    WEEK = 2
    MONTH = 3


class WherePrec(IntEnum):
    """UCDP's where_prec: exact place, within 25 km, second-order area, province, a larger area between,
    country, international waters or airspace."""

    EXACT = 1
    NEAR = 2
    ADMIN2 = 3
    ADMIN1 = 4
    AREA = 5
    COUNTRY = 6
    INTERNATIONAL = 7


class DatePrec(IntEnum):
    """UCDP's date_prec: the day, 2-6 days, a week, a month, more (the year)."""

    DAY = 1
    DAYS = 2
    WEEK = 3
    MONTH = 4
    YEAR = 5


_ARTICLE = ("Democratic Republic", "United States", "United Kingdom", "United Arab", "Central African",
            "Philippines", "Netherlands", "Gambia")


@cache
def _governing_states() -> dict[str, str]:
    text = resources.files("conflictlens.resources").joinpath("governing_states.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["territory"]: r["state"] for r in rows}


def state_of(country: str) -> str:
    """The state whose forces, police and government act in `country`: itself, or for a territory another state
    governs, that state (Western Sahara -> Morocco; resources/governing_states.csv)."""
    return _governing_states().get(country, country)


def with_article(country: str) -> str:
    """The state after "Forces of" or "Government of" as ACLED writes it: 'Military Forces of the Democratic
    Republic of Congo', '... of the United States', 'Police Forces of Morocco' in Western Sahara."""
    state = state_of(country)
    return f"the {state}" if state.startswith(_ARTICLE) else state


def forces(country: str, branch: str = "Military") -> str:
    """'Military Forces of Nigeria', 'Police Forces of the Philippines'."""
    return f"{branch} Forces of {with_article(country)}"


def unidentified_group(country: str) -> str:
    return f"Unidentified Armed Group ({country})"


UNIDENTIFIED_GANG = "Unidentified Gang"  # a criminal gang the text does not name: "Unidentified Gang (Haiti)"


def civilians(country: str) -> str:
    return f"Civilians ({country})"


def protesters(country: str) -> str:
    return f"Protesters ({country})"


def rioters(country: str) -> str:
    return f"Rioters ({country})"
