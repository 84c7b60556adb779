"""Sentences that name violence without telling it as having happened: denied reports, preparations. Every text
is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def code(extractor: Extractor, text: str) -> list:
    return extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports


@pytest.mark.parametrize("text", [
    "The government denied reports that its troops had shelled villages near Goma.",
    "The ministry denied allegations that police had killed protesters in Dakar.",
    "Police denied the reports that officers fired on protesters in Nairobi on Tuesday.",
    "The junta denied accusations that soldiers executed 20 villagers near Mopti.",
])
def test_a_report_its_subject_denies_is_no_event(extractor: Extractor, text: str) -> None:
    assert not code(extractor, text)


def test_a_denial_beside_a_report_told_as_fact_leaves_the_event(extractor: Extractor) -> None:
    text = "The government denied responsibility, but residents said troops shelled villages near Goma on Sunday."
    assert [r.sub_event_type for r in code(extractor, text)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "The army said it was preparing an offensive to retake Kidal in the coming weeks.",
    "Troops were preparing an assault on militant hideouts near Diffa, officials said.",
    "M23 rebels are preparing an assault on Goma, the UN warned on Monday.",
    "Soldiers were preparing a raid on a militant camp near Diffa, a security source said.",
])
def test_an_operation_being_prepared_is_no_event(extractor: Extractor, text: str) -> None:
    assert not code(extractor, text)


@pytest.mark.parametrize("text", [
    "Security forces detained a Hamas operative wanted for planning suicide bombings in Hebron on Wednesday.",
    "Kenyan police arrested two men suspected of carrying out the grenade attack on a bus in Garissa on Friday.",
    "Police detained a soldier accused of raping a girl in Goma on Sunday.",
    "Federal police arrested a cartel lieutenant accused of kidnapping migrants in Reynosa on Saturday.",
])
def test_the_crime_someone_is_arrested_for_is_no_event_of_the_sentence(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Arrests"]


def test_armed_men_suspected_of_being_a_group_still_kill(extractor: Extractor) -> None:
    text = "Gunmen suspected of being Fulani herdsmen killed five farmers in Benue on Monday."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Rwandan soldiers clashed with insurgents on Sunday near Mocimboa da Praia, the port town that Rwandan and "
     "Mozambican troops retook from the militants last August.", "Military Forces of Rwanda"),
    ("Troops clashed with Fano fighters on Tuesday outside Lalibela, which the militia briefly captured last year.",
     "Military Forces of Ethiopia"),
    ("Militants attacked an army post on Friday near Mueda, a town insurgents overran in March 2021, killing four "
     "soldiers.", None),
])
def test_an_aside_about_the_past_does_not_type_the_sentence_s_event(extractor: Extractor, text: str,
                                                                    actor1: str | None) -> None:
    """'near Mocimboa da Praia, the port town that troops retook from the militants last August': the retaking is
    history told in passing; the sentence's event is the clash."""
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Armed clash"]
    assert actor1 is None or reports[0].actor1 == actor1
