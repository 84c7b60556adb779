"""Who did it, when another sentence says so: a claim of responsibility, else a blame (written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.claims import tells_responsibility


def only_doer(extractor: Extractor, text: str) -> str:
    """actor1 of the one event coded from `text`."""
    (r,) = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    return r.actor1


@pytest.mark.parametrize(("text", "actor1"), [
    ("A car bomb exploded at a market in Mogadishu on Tuesday, killing nine people, police said. "
     "Al-Shabaab claimed responsibility for the attack.", "Al Shabaab"),
    ("A bomb tore through a bus in Quetta on Monday, killing six passengers. The Balochistan Liberation Army "
     "claimed the bombing in a statement.", "BLA: Baloch Liberation Army"),
    ("Gunmen killed 11 villagers near Tillaberi on Sunday. The attack was claimed by Boko Haram.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("A roadside bomb killed three soldiers near Kidal on Monday. The army blamed JNIM for the blast.",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_claim_or_a_blame_in_another_sentence_names_the_doer(
    extractor: Extractor, text: str, actor1: str
) -> None:
    assert only_doer(extractor, text) == actor1


def test_a_claim_about_the_toll_names_no_doer(extractor: Extractor) -> None:
    text = ("An air strike hit a wedding in Lashkar Gah on Monday, killing 20 civilians. "
            "The Taliban claimed the strike killed 40 people.")
    assert not any(r.actor1 == "Taliban" for r in extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports)


def test_the_cue_words() -> None:
    assert tells_responsibility("IS claimed Tuesday's bombing through its news agency.")
    assert tells_responsibility("Officials accused the RSF of the killings.")
    assert not tells_responsibility("The group claimed to have shot down a drone.")


@pytest.mark.parametrize(("text", "actor1"), [
    ("ISWAP fighters attacked an army base in Monguno on Monday, killing four soldiers, residents said.\n\n"
     "After withdrawing from Monguno, the militants overran the town of Kukawa on Tuesday, residents said.\n\n"
     "The army said it had sent reinforcements to the area.", "Islamic State (West Africa)"),
    ("Al-Shabaab fighters stormed a police station in Beledweyne on Monday, officials said.\n\n"
     "On Tuesday the insurgents ambushed an army convoy near Jowhar, killing three soldiers.\n\n"
     "The government condemned the attacks.", "Al Shabaab"),
])
def test_the_militants_are_the_group_named_before(extractor: Extractor, text: str, actor1: str) -> None:
    reports = extractor.code(Document("t", text, dt.date(2024, 3, 13))).reports
    assert [r.actor1 for r in reports][-1] == actor1


@pytest.mark.parametrize(("text", "group"), [
    ("Al-Shabaab claimed responsibility for a car bomb that exploded near the parliament in Mogadishu on "
     "Saturday, killing six people.", "Al Shabaab"),
    ("The New IRA claimed responsibility for a car bomb that exploded outside a courthouse in Derry on Saturday.",
     "New IRA: New Irish Republican Army"),
    ("ISWAP claimed responsibility for a bomb that exploded at a market in Konduga on Monday.",
     "Islamic State (West Africa)"),
])
def test_a_claim_for_a_bomb_in_the_same_sentence_names_the_doer(extractor: Extractor, text: str, group: str) -> None:
    reports = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    assert [r.actor1 for r in reports] == [group]


@pytest.mark.parametrize(("text", "actor1"), [
    # the one blamed, named before the relative clause that blames it
    ("Twelve soldiers were killed when jihadists attacked an army post near Tillaberi on Monday, the ministry said. "
     "Islamic State in the Greater Sahara, which the ministry blamed for the assault, has not commented.",
     "Islamic State (Greater Sahara)"),
    ("Four policemen were killed when militants attacked a police station near Dera Ismail Khan on Sunday. The TTP, "
     "which officials blamed for the attack, denied any role.", "Tehrik-i-Taliban Pakistan"),
    # a group's own word on what its fighters did
    ("Nine soldiers were killed when gunmen stormed a checkpoint near Mopti on Friday, the army said. JNIM said in a "
     "statement that its fighters had killed 15 soldiers.", "JNIM: Group for Support of Islam and Muslims"),
    ("Gunmen ambushed a military convoy near Damboa on Tuesday, killing seven soldiers. ISWAP claimed on Wednesday "
     "that its fighters ambushed the convoy.", "Islamic State (West Africa)"),
])
def test_a_blame_before_its_clause_or_a_groups_word_on_its_fighters_names_the_doer(
    extractor: Extractor, text: str, actor1: str
) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # a doer described, not named ("Islamist insurgents"), is the group that claims the attack
    ("Five villagers were killed when Islamist insurgents raided a hamlet near Macomia on Sunday, officials said. "
     "Islamic State claimed the raid through its Amaq news agency.", "Islamic State (Mozambique)"),
    ("Islamist militants beheaded three farmers near Mueda on Tuesday, a local official said. Islamic State said "
     "its fighters had killed three Christians.", "Islamic State (Mozambique)"),
    ("Islamic insurgents torched a village near Mocimboa da Praia in northern Mozambique on Friday, killing four "
     "people. Islamic State claimed responsibility for the attack.", "Islamic State (Mozambique)"),
])
def test_a_group_claiming_it_names_the_doer_a_sentence_only_described(
    extractor: Extractor, text: str, actor1: str
) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    ("A suicide bomber blew himself up at a checkpoint near Bannu on Monday, killing six soldiers. A spokesman for "
     "the TTP claimed they were responsible for the attack.", "Tehrik-i-Taliban Pakistan"),
    ("A roadside bomb killed four policemen near Kidal on Sunday. JNIM said it was behind the blast in a message on "
     "social media.", "JNIM: Group for Support of Islam and Muslims"),
    ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing nine people. Al-Shabaab admitted that it "
     "was responsible for the bombing.", "Al Shabaab"),
])
def test_a_group_saying_it_was_behind_the_attack_names_the_doer(extractor: Extractor, text: str,
                                                                 actor1: str) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # a third party's attribution: "concluded that X was behind", "believed to have been carried out by X"
    ("A roadside bomb killed five soldiers near Kidal on Monday. Investigators concluded that JNIM was behind the "
     "blast.", "JNIM: Group for Support of Islam and Muslims"),
    ("A car bomb killed eight people at a market in Beledweyne on Friday. The attack is widely believed to have been "
     "carried out by al-Shabaab.", "Al Shabaab"),
    ("A suicide bomber killed 11 worshippers at a mosque in Peshawar on Friday. Police suspect the TTP was behind "
     "the bombing.", "Tehrik-i-Taliban Pakistan"),
])
def test_a_third_party_holding_a_group_responsible_names_the_doer(extractor: Extractor, text: str,
                                                                  actor1: str) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    ("A bomb exploded at a bus station in Quetta on Monday, killing four passengers. The Balochistan "
     "Liberation Army claimed responsibility in a statement.", "BLA: Baloch Liberation Army"),
    ("Gunmen opened fire on a bus near Mandera on Sunday, killing eight passengers. Al-Shabaab later claimed "
     "responsibility.", "Al Shabaab"),
    ("A suicide bomber struck a mosque in Kunduz on Friday, killing 20 worshippers. Islamic State's local "
     "affiliate claimed credit on its Amaq news agency.", "Islamic State (Afghanistan)"),
])
def test_a_bare_claim_of_responsibility_right_after_names_the_doer(extractor: Extractor, text: str,
                                                                  actor1: str) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize("sentence", [
    "No group has claimed responsibility, although the Taliban operate in the area.",
    "The Taliban have not claimed responsibility for the attack.",
    "The TTP has yet to claim responsibility for the bombing.",
])
def test_a_denied_or_missing_claim_names_nobody(sentence: str) -> None:
    from conflictlens.nlp.actors import named_groups
    from conflictlens.nlp.claims import responsible_party

    assert responsible_party(sentence, named_groups(sentence, "Afghanistan", dt.date(2024, 3, 12))) is None


@pytest.mark.parametrize(("text", "actor1"), [
    ("A roadside bomb hit a police van outside Turbat on Monday, killing three officers. The Balochistan "
     "Liberation Army later said its fighters had carried out the bombing.", "BLA: Baloch Liberation Army"),
    ("Militants stormed a checkpoint in Bannu late on Sunday, killing four policemen. A spokesman for the TTP "
     "told journalists the group had staged the raid.", "Tehrik-i-Taliban Pakistan"),
    ("Gunmen ambushed a convoy near Menaka on Friday, killing seven soldiers. The Islamic State Sahel Province "
     "said in a statement that it had conducted the ambush.", "Islamic State (Greater Sahara)"),
    ("A suicide bomber struck a market in Bosaso on Saturday, killing nine people. Al-Shabaab said it had "
     "carried out Saturday's attack.", "Al Shabaab"),
])
def test_a_group_saying_it_did_the_attack_told_before_names_the_doer(extractor: Extractor, text: str,
                                                                   actor1: str) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize("sentence", [
    "The Islamic State Sahel Province said in a statement that it had conducted the ambush.",
    "The rebels said they had launched Tuesday's assault on the garrison.",
    "A spokesman told reporters the movement had mounted the raid.",
    "Hamas said it had carried out the shooting.",
])
def test_a_group_saying_it_did_the_attack_is_a_claim(sentence: str) -> None:
    assert tells_responsibility(sentence)


@pytest.mark.parametrize("sentence", [
    "Police said they had carried out raids in three districts overnight.",
    "The army said it conducted operations near the border.",
])
def test_a_force_telling_its_own_new_operations_claims_no_earlier_attack(sentence: str) -> None:
    assert not tells_responsibility(sentence)


@pytest.mark.parametrize(("text", "actor1"), [
    ("A drone hit an oil depot in Kursk overnight, the regional governor said. Ukraine's military said it had "
     "carried out the strike.", "Military Forces of Ukraine"),
    ("A missile struck a radar site near Sevastopol on Tuesday, officials said. The Ukrainian navy later said it "
     "had conducted the strike.", "Military Forces of Ukraine"),
    ("A drone hit a car near Qamishli on Friday, killing a militia commander. Turkey's defence ministry said it "
     "had carried out the strike.", "Military Forces of Turkey"),
    ("A drone hit a pickup truck near Marib on Sunday, killing four fighters, tribal sources said. The US "
     "military said it had carried out the strike.", "Military Forces of the United States"),
])
def test_a_state_force_claiming_or_blamed_in_another_sentence_is_the_doer(extractor: Extractor, text: str,
                                                                          actor1: str) -> None:
    assert only_doer(extractor, text) == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    ("Gunmen killed nine soldiers at a checkpoint near Djibo on Sunday. A security official said the attack was "
     "carried out by fighters of JNIM.", "JNIM: Group for Support of Islam and Muslims"),
    ("A bomb exploded at a bus stand in Panjgur on Monday, killing four people. Police said the bombing had been "
     "carried out by the Balochistan Liberation Front.", "BLF: Baloch Liberation Front"),
    ("Two men were shot dead outside a bar in Caucasia on Friday, police said. Investigators said Friday's "
     "shooting was committed by members of the Gulf Clan.", "Clan del Golfo"),
])
def test_an_event_said_to_be_carried_out_by_a_group_names_the_doer(extractor: Extractor, text: str,
                                                                   actor1: str) -> None:
    assert only_doer(extractor, text) == actor1
