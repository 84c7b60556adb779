"""Reconciliation of an incident's claims: range, best estimate, contested flag, Airwars-style grade."""

from __future__ import annotations

import datetime as dt

from conflictlens.incidents.reconcile import SourcedClaim, best_estimate, is_contested, reconcile, same_party
from conflictlens.models import Claim

RUSSIA = "Military Forces of Russia (2000-)"


def sc(claimant: str, killed: int | None, source: str, stance: str = "reports", **kw) -> SourcedClaim:
    return SourcedClaim(Claim(claimant=claimant, killed=killed, stance=stance, **kw), source)


def test_headline_figures_62_80_and_dozens_give_12_to_80_contested_fair():
    claims = [sc("Health Ministry", 62, "reuters"), sc("SOHR", 80, "sohr"), sc("residents", 12, "enab")]
    r = reconcile(claims, belligerents=[RUSSIA] * 3)
    assert (r.fatalities, r.fatalities_low, r.fatalities_best, r.fatalities_high) == (12, 12, 62, 80)
    assert r.contested and r.grade == "fair" and r.n_sources == 3


def test_denials_never_enter_the_range():
    claims = [
        sc("SOHR", 20, "a"),
        sc("Russian Defence Ministry", None, "b", stance="denies_event"),
        sc("Army", 0, "c", stance="denies_responsibility", killed_low=0),
    ]
    r = reconcile(claims, belligerents=[RUSSIA])
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (20, 20, 20)
    assert not r.contested


def test_no_figure_means_zero_fatalities_and_no_range():
    r = reconcile([sc("SOHR", None, "a")], belligerents=[RUSSIA])
    assert (r.fatalities, r.fatalities_best, r.fatalities_low, r.fatalities_high) == (0, None, None, None)
    assert r.grade == "weak" and r.grade_reason == "a single source"


def test_a_claimed_range_widens_low_and_high():
    r = reconcile([sc("UN", 10, "a", killed_low=10, killed_high=15), sc("SOHR", 12, "b")])
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (10, 10, 15)


def test_contested_needs_ratio_and_gap():
    assert is_contested(2, 4) is False  # ratio but gap 2
    assert is_contested(100, 110) is False  # gap but ratio 1.1
    assert is_contested(12, 80) is True


def test_best_takes_each_sources_latest_figure_then_the_lower_median():
    early, late = dt.date(2024, 3, 12), dt.date(2024, 3, 13)
    assert best_estimate([("mod", early, 10), ("mod", late, 25), ("ngo", early, 30)]) == 25
    assert best_estimate([("a", None, 5), ("b", None, 9), ("c", None, 7), ("d", None, 100)]) == 7


def test_copies_of_one_wire_story_count_once():
    r = reconcile([sc("AP", 10, "source:ap"), sc("AP", 10, "source:ap")], belligerents=[RUSSIA])
    assert r.n_sources == 1 and r.grade == "weak"


def test_belligerent_accepting_responsibility_is_confirmed():
    r = reconcile([sc("Russian Defence Ministry", 30, "a"), sc("SOHR", 35, "b")], belligerents=[RUSSIA])
    assert r.grade == "confirmed" and "accepts responsibility" in r.grade_reason


def test_competing_blame_between_belligerents_is_contested_but_a_denial_alone_is_not():
    denial_only = [
        sc("SOHR", 5, "a", blames=RUSSIA),
        sc("Russian Defence Ministry", None, "b", stance="denies_responsibility"),
    ]
    assert reconcile(denial_only, belligerents=[RUSSIA]).grade == "fair"
    competing = [
        sc("Ukrainian Army", 5, "a", blames=RUSSIA),
        sc(
            "Russian Defence Ministry",
            None,
            "b",
            stance="denies_responsibility",
            blames="Military Forces of Ukraine",
        ),
    ]
    r = reconcile(competing, belligerents=[RUSSIA])
    assert r.grade == "contested" and "vs" in r.grade_reason


def test_a_review_override_wins():
    r = reconcile([sc("SOHR", 5, "a")], grade_override=("discounted", "video was from 2016"))
    assert r.grade == "discounted" and "2016" in r.grade_reason


def test_same_party_matches_state_forces_to_their_ministry_only():
    assert same_party("Russian Defence Ministry", RUSSIA)
    assert same_party("Military Forces of Russia", RUSSIA)
    assert not same_party("Syrian Health Ministry", RUSSIA)
    assert not same_party("SOHR", RUSSIA)


def test_a_reviewers_figure_replaces_the_claimed_one_but_not_who_claimed():
    russia = sc("Russian Defence Ministry", 5, "mod")  # the belligerent itself: confirmed
    claims = [
        SourcedClaim(russia.claim, "mod", superseded=frozenset({"killed"})),
        SourcedClaim(Claim(claimant="reviewer ana", killed=30), "mod", by_reviewer=True),
        sc("SOHR", 40, "sohr"),
    ]
    r = reconcile(claims, belligerents=[RUSSIA])
    assert (r.fatalities, r.fatalities_low, r.fatalities_best, r.fatalities_high) == (30, 30, 30, 40)
    assert r.grade == "confirmed" and "Russian Defence Ministry" in r.grade_reason
    assert r.n_sources == 2  # the reviewer speaks for the report's source, not as another one
    named_like_a_party = [SourcedClaim(Claim(claimant="reviewer Russian Defence Ministry", killed=3), "a",
                                       by_reviewer=True)]
    assert reconcile(named_like_a_party, belligerents=[RUSSIA]).grade == "weak"
