"""An arrest after which nobody knows where the person is held is a forced disappearance, not an arrest (ACLED:
Violence against civilians / Abduction/forced disappearance). Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1"), [
    ("Security agents detained an activist in Harare and his whereabouts remain unknown.",
     "Police Forces of Zimbabwe"),
    ("An opposition member was arrested by plainclothes police in Harare last week and has not been seen since.",
     "Police Forces of Zimbabwe"),
    ("Soldiers detained three men at a checkpoint in Bamako; their families say they do not know where they are "
     "held.", "Military Forces of Mali"),
    ("A journalist was arrested in Minsk on Friday and taken to an undisclosed location, his colleagues said.",
     "Police Forces of Belarus"),
])
def test_an_arrest_with_no_news_of_where_they_are_is_a_forced_disappearance(extractor: Extractor, text: str,
                                                                           actor1: str) -> None:
    r = only_event(extractor, text, day=dt.date(2024, 3, 12))
    assert (r.event_type, r.sub_event_type, r.actor1) == (
        "Violence against civilians", "Abduction/forced disappearance", actor1)
    assert r.actor2.startswith("Civilians") and "disappeared_in_custody" in r.coding_rules


@pytest.mark.parametrize(("text", "actor1"), [
    ("Soldiers detained a council member at a checkpoint in Kherson on Monday. His whereabouts remain unknown.",
     "Military Forces of Ukraine"),
    ("Troops arrested twelve villagers near Taungoo, Myanmar, on Friday. Their fate is unknown.",
     "Military Forces of Myanmar"),
    ("Soldiers arrested a village chief in Djibo, Burkina Faso, on Monday; his family has had no news of him since.",
     "Military Forces of Burkina Faso"),
    ("Police detained two students in Bujumbura on Friday. Their relatives have had no news of them.",
     "Police Forces of Burundi"),
])
def test_the_sentence_after_an_arrest_may_say_nobody_knows_where_they_are(extractor: Extractor, text: str,
                                                                          actor1: str) -> None:
    r = only_event(extractor, text, day=dt.date(2024, 3, 12))
    assert (r.sub_event_type, r.actor1) == ("Abduction/forced disappearance", actor1)


@pytest.mark.parametrize("text", [
    "Police arrested an activist in Harare on Monday; he is being held at the central police station.",
    "Soldiers detained three men at a checkpoint in Bamako and released them hours later.",
])
def test_an_arrest_whose_detainees_are_known_to_be_held_stays_an_arrest(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=dt.date(2024, 3, 12)).sub_event_type == "Arrests"


@pytest.mark.parametrize(("text", "actor1"), [
    ("Three men were arrested in a market in Manila on Monday.", "Police Forces of the Philippines"),
    ("Three men were arrested in a market in Goma on Monday.", "Police Forces of the Democratic Republic of Congo"),
    ("An activist was detained in Kinshasa on Monday and his whereabouts remain unknown.",
     "Police Forces of the Democratic Republic of Congo"),
])
def test_the_country_s_police_named_by_no_text_are_spelled_as_named_ones(extractor: Extractor, text: str,
                                                                        actor1: str) -> None:
    assert only_event(extractor, text, day=dt.date(2024, 3, 12)).actor1 == actor1
