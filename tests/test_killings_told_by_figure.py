"""A killing told with no event word, only its victims and a figure: "Eleven people, including two teachers,
were killed in separate incidents in Karachi", "There were 12 deaths in Bama", "gunmen burst into his home,
killing him". Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub", "killed"), [
    ("Eleven people, including two teachers, were killed in separate incidents in Karachi on Tuesday.",
     "Attack", 11),
    ("There were 12 deaths in Bama on Sunday night, residents said.", "Attack", 12),
    ("Men in uniform burst into the home of a councillor in Kano on Friday, killing him.", "Attack", 1),
    ("Twenty villagers were reported dead in Gwoza on Monday.", "Attack", 20),
])
def test_a_killing_with_no_event_word_is_read_from_its_figure(
    extractor: Extractor, text: str, sub: str, killed: int
) -> None:
    reports = coded(extractor, text)
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [(sub, killed)]


@pytest.mark.parametrize("text", [
    "Eleven people died in a bus crash near Kano on Monday.",
    "The death toll rose to 50 in Kano on Monday.",
    "About 1,200 civilians have been killed in Borno since 2019.",
])
def test_an_accident_a_toll_update_or_a_tally_is_no_killing(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize("text", [
    "A senior Taliban commander was killed in Kunduz on Monday.",
    "An ELN commander died in Arauca on Friday.",
    "A Boko Haram commander was killed near Bama on Tuesday.",
])
def test_a_commander_killed_is_an_armed_victim(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "A police spokesman for Faryab Province said that one tribal elder was killed in Dawlatabad District last night.",
    "Health officials said six people died of gunshot wounds in Kano on Sunday.",
    "A provincial spokesman said that a district chief was killed in Ghazni city on Monday.",
    "Witnesses said eleven civilians died in Tawila on Saturday.",
])
def test_a_short_note_whose_only_killing_is_told_after_said_is_that_event(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]


def test_in_an_article_a_figure_after_said_stays_the_figure_of_the_event_told_before(extractor: Extractor) -> None:
    text = ("Gunmen attacked a village near Tawila on Saturday.\n\n"
            "Witnesses said eleven civilians died in the attack.")
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]


@pytest.mark.parametrize(("text", "sub"), [
    ("A former minister's house in Mardan was attacked by armed men early on Tuesday, police said.", "Attack"),
    ("Officials say a bus station in Kano was raided by bandits on Friday.", "Attack"),
    ("A polling station in Jos was stormed by masked men on Saturday, witnesses said.", "Attack"),
    ("A police station in Bannu was stormed by masked men overnight.", "Armed clash"),
])
def test_a_place_attacked_by_unidentified_armed_men_is_attacked(extractor: Extractor, text: str, sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize(("text", "group"), [
    ("A senior TTP commander was killed in Bajaur on Monday.", "Tehrik-i-Taliban Pakistan"),
    ("An ELN commander died in Arauca on Friday.", "ELN: National Liberation Army"),
    ("A Boko Haram commander was killed near Bama on Tuesday.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_the_group_named_among_the_armed_dead_is_the_one_hit(extractor: Extractor, text: str, group: str) -> None:
    [r] = coded(extractor, text)
    assert (r.actor1.startswith("Unidentified Armed Group"), r.actor2) == (True, group)
