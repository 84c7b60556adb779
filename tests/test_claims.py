import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.claims import find_attribution, resolve_short_name


def keep(np: str) -> str:
    return np


def test_according_to_names_the_claimant():
    att = find_attribution("Nine people died, according to the provincial health office.", keep)
    assert att is not None and att.claimant == "provincial health office"
    assert att.stance == "reports"


def test_trailing_said_names_the_claimant():
    att = find_attribution('"Eleven fighters were killed," the Kurdish Red Crescent said.', keep)
    assert att is not None and att.claimant == "Kurdish Red Crescent"


def test_denial_of_responsibility():
    att = find_attribution("The interior ministry denied that its officers had fired on the crowd.", keep)
    assert att is not None and att.stance == "denies_responsibility"


def test_fabrication_denies_the_event():
    att = find_attribution("The ministry said the report was a fabrication.", keep)
    assert att is not None and att.stance == "denies_event"


def test_blamed_names_the_accused():
    att = find_attribution("The monitor said four civilians were killed and blamed the militia.", keep)
    assert att is not None and att.blames == "militia"


def test_short_name_resolves_to_the_full_name_used_earlier():
    assert resolve_short_name("Monitor", ["Coastal Human Rights Monitor"]) == "Coastal Human Rights Monitor"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Shelling hit a border village overnight, wounding two soldiers, Armenia's defence ministry said.",
         "Armenia's defence ministry"),
        ("Gunmen killed three farmers near the river, Afghanistan's interior ministry said on Sunday.",
         "Afghanistan's interior ministry"),
        ("A drone struck a fuel depot, Angola's army reported.", "Angola's army"),
        ("Two rockets landed near the base, an Iraqi security source said.", "Iraqi security source"),
    ],
)
def test_a_trailing_speaker_keeps_a_name_that_starts_with_a(sentence: str, claimant: str):
    att = find_attribution(sentence, keep)
    assert att is not None and att.claimant == claimant


@pytest.mark.parametrize("sentence", [
    "No deaths were reported after the blast, the second this month.",
    "None of the passengers was reported hurt.",
    "Nobody was reported wounded in the raid on the depot.",
])
def test_a_sentence_telling_no_victims_names_no_claimant_by_its_subject(sentence: str) -> None:
    assert find_attribution(sentence, keep) is None


@pytest.mark.parametrize("sentence", [
    "No casualties were reported in the attack, which the army called a desperate escalation.",
    "Rebels shelled the depot on Sunday, which the governor described as a war crime.",
    "Gunmen attacked the convoy, whom the police later blamed on bandits.",
])
def test_a_relative_clause_names_no_claimant(sentence: str) -> None:
    att = find_attribution(sentence, keep)
    assert att is None or not att.claimant.lower().startswith(("which", "whom", "who"))


@pytest.mark.parametrize(("text", "figures"), [
    # a figure told as deaths, murders or corpses in the sentence after the event is another claim of it
    ("Soldiers raided a village near Batibo on Sunday and shot dead five civilians, residents said. A local rights "
     "group said it had documented four deaths.", {5, 4}),
    ("Gunmen attacked a market in Gwoza on Monday, killing nine traders, police said. The local council said it had "
     "recorded 12 deaths.", {9, 12}),
    ("A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing 6 people, police said. A hospital director "
     "said 9 corpses had been brought in.", {6, 9}),
])
def test_a_figure_told_as_deaths_in_the_next_sentence_is_a_claim(extractor: Extractor, text: str,
                                                                  figures: set[int]) -> None:
    reports = coded(extractor, text)
    assert len(reports) == 1 and {c.killed for c in reports[0].claims} == figures


@pytest.mark.parametrize(("text", "group"), [
    # a group that calls the attack its own operation claims it
    ("A suicide bomber blew himself up at a tea shop near a military base in Baidoa on Wednesday, killing six people, "
     'police said. Al Shabaab said in a statement on its radio station that its "martyrdom operation" had killed 15 '
     "soldiers.", "Al Shabaab"),
    ("A bomb exploded at a checkpoint in Mogadishu on Monday, killing four soldiers. Al Shabaab said its attack had "
     "killed 11 soldiers.", "Al Shabaab"),
    ("Gunmen ambushed a police convoy near Lakki Marwat on Friday, killing six officers, police said. The TTP said in "
     'a statement that its operation had targeted "apostate" police.', "Tehrik-i-Taliban Pakistan"),
])
def test_a_group_calling_the_attack_its_operation_claims_it(extractor: Extractor, text: str, group: str) -> None:
    assert [r.actor1 for r in coded(extractor, text)] == [group]


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("A Fano commander in the area, reached by phone, claimed his fighters had killed more than 40 soldiers.",
     "Fano commander in the area"),
    ("A spokesman for the rebels, speaking on condition of anonymity, said 15 soldiers had been killed.",
     "spokesman for the rebels"),
    ("The army, in a statement posted on Facebook, said it had killed 30 militants.", "army"),
    ("A senior police officer in the city, Ahmed Khan, said four attackers were shot dead.",
     "senior police officer in the city"),
    ("The district commissioner, contacted by telephone, said nine villagers had died.", "district commissioner"),
])
def test_a_speaker_with_an_aside_before_the_verb_is_the_claimant(sentence: str, claimant: str) -> None:
    """'A Fano commander, reached by phone, claimed ...': how the speaker spoke, or its name, told between commas
    before the verb."""
    att = find_attribution(sentence, keep)
    assert att is not None and att.claimant == claimant


@pytest.mark.parametrize(("text", "claims", "fatalities"), [
    ("Gunmen raided Mucojo on Tuesday. District authorities confirmed two civilian deaths; community leaders "
     "reported three.", {2, 3}, 2),
    ("A drone struck a market in Kutum on Sunday. The army said four people were killed; residents said at least "
     "nine.", {4, 9}, 4),
    ("Militants attacked a base near Djibo on Friday. The army said 12 soldiers died, while the group claimed 40.",
     {12, 40}, 12),
    ("Rebels shelled Goma on Monday, killing at least five people, according to hospital staff; the local civil "
     "society put the figure at 11.", {5, 11}, 5),
])
def test_a_second_voices_bare_figure_is_its_own_claim(extractor: Extractor, text: str, claims: set[int],
                                                      fatalities: int) -> None:
    """'The army said four people were killed; residents said at least nine': two claims, four and nine, not one of
    thirteen; the record keeps the lower."""
    [r] = coded(extractor, text)
    assert ({c.killed for c in r.claims if c.killed}, r.fatalities) == (claims, fatalities)
