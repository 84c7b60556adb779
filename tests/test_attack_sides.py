"""Who attacked and who was attacked when the news names the defenders or the holders first (issue 11, kind 1): the
side that held what was hit is the target, and the force that fought an attack off did not start it. Wordings
written for these tests, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Report

DAY = dt.date(2024, 3, 12)


def only(extractor: Extractor, text: str) -> Report:
    return only_event(extractor, text, day=DAY)


@pytest.mark.parametrize(("text", "actor2"), [
    ("On Friday, militants attacked a position held by the Popular Mobilization Forces near Baqubah, killing two "
     "fighters.", "PMF: Popular Mobilization Forces"),
    ("Gunmen stormed a checkpoint manned by the Civilian Joint Task Force near Bama on Sunday, killing three "
     "members.", "Civilian JTF: Civilian Joint Task Force"),
    ("Jihadists ambushed a convoy escorted by Wagner mercenaries near Niono on Saturday, killing several "
     "fighters.", "Wagner Group"),
])
def test_the_side_that_held_what_was_attacked_is_the_target(extractor: Extractor, text: str, actor2: str) -> None:
    """'militants attacked a position held by the PMF': the holder named after 'by' was attacked; it did not attack."""
    r = only(extractor, text)
    assert (r.actor2, r.actor1.startswith("Unidentified")) == (actor2, True)


def test_the_side_holding_a_neighbourhood_that_was_shelled_is_no_target(extractor: Extractor) -> None:
    text = ("Five civilians died when rebels fired rockets on neighbourhoods controlled by government troops in "
            "Taiz on Sunday.")
    assert only(extractor, text).actor2 == "Civilians (Yemen)"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # words between the defenders and the verb
    ("The 24th Division said in a statement that its troops had on Saturday repulsed a Fano assault on a base "
     "north of Debre Markos.", "Fano Militia", "Military Forces of Ethiopia"),
    ("Police in Bannu fought off a TTP raid on their station overnight, killing three attackers, officials said.",
     "Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan"),
    ("Soldiers fought off a Boko Haram raid on Gwoza on Sunday night, killing nine insurgents, the army said.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Military Forces of Nigeria"),
    # several attacks, or a figure of them
    ("The army said its soldiers repulsed several ISWAP attacks on Marte on Sunday, killing 14 insurgents.",
     "Islamic State (West Africa)", "Military Forces of Nigeria"),
    ("Troops fought off two Al-Shabaab assaults on a base near Jowhar on Friday, the army said.",
     "Al Shabaab", "Military Forces of Somalia"),
    ("Police repelled three attacks by TTP militants on their posts in Lakki Marwat overnight, officials said.",
     "Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan"),
    # the defenders named with their unit
    ("Soldiers of the 22nd Infantry Division repelled an attack by Arakan Army fighters near Buthidaung on Friday.",
     "Arakan Army", "Military Forces of Myanmar"),
    ("Troops from the army's 5th Brigade beat back an ISWAP assault on Damasak on Monday, the army said.",
     "Islamic State (West Africa)", "Military Forces of Nigeria"),
    ("Commandos of the army's special services group fought off a TTP assault on a checkpoint in Bannu on Friday.",
     "Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan"),
])
def test_the_force_that_fought_off_an_attack_did_not_start_it(extractor: Extractor, text: str, actor1: str,
                                                             actor2: str) -> None:
    """'its troops had on Saturday repulsed a Fano assault', 'fought off two Al-Shabaab assaults', 'Soldiers of the
    22nd Infantry Division repelled an attack': the attackers are actor1 and the defenders actor2, whatever words
    stand between the defenders and the verb and however many attacks."""
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "actor1"), [
    ("Ukraine's General Staff said its troops repelled 11 Russian attacks near Vovchansk on Tuesday.",
     "Military Forces of Russia"),
    ("Armenian troops repelled an Azerbaijani assault on their positions near Sotk on Tuesday, the ministry said.",
     "Military Forces of Azerbaijan"),
    ("Indian soldiers fought off a Chinese incursion near Tawang on Friday, the army said.",
     "Military Forces of China"),
])
def test_the_state_a_demonym_names_made_the_attack_that_was_repelled(extractor: Extractor, text: str,
                                                                       actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize(("text", "not_actor1"), [
    ("Abductions have not stopped. Armed men seized four farm workers outside Maru in Zamfara on Sunday, police "
     "said.", "Police Forces of Nigeria"),
    ("Kidnappings went on elsewhere. On Monday, gunmen stopped a lorry near Mubi and took away six traders, the "
     "Nigerian army said.", "Military Forces of Nigeria"),
    ("Kidnappings continued in the west. Gunmen stopped a minibus on the road near Leogane on Friday and abducted "
     "eleven passengers, police said. The driver was beaten.", "Police Forces of Haiti"),
])
def test_who_only_told_of_the_event_in_a_later_sentence_did_not_do_it(extractor: Extractor, text: str,
                                                                      not_actor1: str) -> None:
    """'Abductions have not stopped. Armed men seized four farm workers ..., police said.': the police told of the
    abduction; with nobody named in the first sentence, the speaker of the next is no candidate for the doer."""
    r = only(extractor, text)
    assert r.actor1 != not_actor1 and r.actor1.startswith("Unidentified")
