"""Brazilian papers write the Comando Vermelho as "the CV": "The CV and the TCP exchanged fire", "CV gunmen fired on a
police patrol", "three suspected CV members". Elsewhere a CV is a resume. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.actors import find_actor_mentions
from test_actor_coverage import country_of

DAY = dt.date(2024, 8, 11)


@pytest.mark.parametrize(("text", "actors"), [
    ("The CV and the TCP exchanged fire for several hours in the Complexo da Penha in Rio de Janeiro on Tuesday.",
     ("CV: Red Command", "TCP: Pure Third Command")),
    ("CV gunmen fired on a police patrol in the Complexo da Penha in Rio de Janeiro on Monday, killing an officer.",
     ("CV: Red Command", "Police Forces of Brazil")),
    ("Police killed three suspected CV members during a raid in Niteroi on Thursday.",
     ("Police Forces of Brazil", "CV: Red Command")),
])
def test_the_cv_is_the_red_command_in_brazil(extractor: Extractor, text: str, actors: tuple[str, str]) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.actor1, event.actor2) == actors


def test_a_cv_elsewhere_is_no_group() -> None:
    assert find_actor_mentions("The minister sent his CV to the committee.", "Kenya", DAY, country_of) == []
