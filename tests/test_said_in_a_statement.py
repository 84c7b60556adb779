"""The medium a speaker spoke in is no speaker: in "In a communique issued on Thursday evening, the Forces Vives de
Guinee, the coalition that called the march, said ..." the claimant is the coalition, not "In a communique issued".
Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.claims import find_attribution


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("In a communique issued on Thursday evening, the Forces Vives de Guinee, the coalition of parties that called "
     "the march, said that two young people were shot dead.", "Forces Vives de Guinee"),
    ("In a post on Telegram late on Friday, the regional governor, who visited the site, said 14 people were "
     "wounded.", "regional governor"),
    ("In its weekly bulletin, the UN humanitarian office, which coordinates aid in the province, said 40 civilians "
     "had been killed in Ituri.", "UN humanitarian office"),
    ("In a video released on Sunday, the group's spokesman, Abu Musab, said its fighters had killed 30 soldiers.",
     "group's spokesman"),
    ("In a statement on Monday, the army said 12 militants were killed.", "army"),
])
def test_the_speaker_after_the_medium(sentence: str, claimant: str) -> None:
    attribution = find_attribution(sentence, lambda np: np)
    assert attribution is not None and attribution.claimant == claimant
