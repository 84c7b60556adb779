import pytest

from conflictlens.nlp.sentences import split_sentences


def test_offsets_point_back_into_the_text():
    text = "KABUL, Aug 3 (Wire) - Gunmen attacked a bus. Gen. Rahimi said \"four died.\"\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "KABUL, Aug 3 (Wire) - Gunmen attacked a bus.", 'Gen. Rahimi said "four died."', "A new paragraph."]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_abbreviations_do_not_end_a_sentence():
    assert len(split_sentences("The U.N. envoy met Lt. Col. Haddad in St. Louis on Monday.")) == 1


FURNITURE = """ADEN, March 4 (Wire) - Two fighters were killed in clashes near Aden airport on Monday.
Read More: Houthis say drone hit Saudi oil plant
READ ALSO - Blast kills three in Mogadishu
Related: Gunmen kill five traders in Kano
See also: Army retakes town near Mosul
You may also like
Sign up for our weekly conflict briefing.
Advertisement
Follow us on social media for updates.
The coalition said it had struck the port.

Most read
Rebels seize border post in Kivu
Militants attack base in Gao
Police said the toll had risen to four."""


def test_page_furniture_yields_no_sentence_and_the_story_keeps_its_offsets():
    sentences = split_sentences(FURNITURE)
    assert [s.text for s in sentences] == [
        "ADEN, March 4 (Wire) - Two fighters were killed in clashes near Aden airport on Monday.",
        "The coalition said it had struck the port.",
        "Police said the toll had risen to four.",
    ]
    assert all(FURNITURE[s.start:s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2]


def test_words_that_open_furniture_labels_still_open_story_sentences():
    text = ("Watchdog groups said 12 people died. Related clashes broke out in the north. "
            "Video footage showed soldiers firing on the crowd. Subscribers to the militia's channel were warned.")
    assert len(split_sentences(text)) == 4


@pytest.mark.parametrize("listing", [
    "Most Read\n1. Gunmen kill 12 in Zamfara village raid\n2. Army says it freed 40 hostages in Kaduna",
    "Related stories\n1. Rebels seize border post in Kivu\n2. Militants attack base in Gao",
    "Top stories\n1. Drone strike kills commander in Idlib\n2. Police arrest 30 at rally in Dhaka",
    "Most viewed\n- Suicide bomber kills 8 at market in Maiduguri\n- Troops retake town near Palma",
])
def test_a_numbered_or_bulleted_headline_list_is_furniture(listing: str):
    text = f"{listing}\n\nPolice said nine people were killed when gunmen attacked a mosque in Katsina State."
    assert [s.text for s in split_sentences(text)] == [
        "Police said nine people were killed when gunmen attacked a mosque in Katsina State."]
