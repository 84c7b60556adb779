"""Number words, vague amounts and victim nouns: the lexicon behind `numbers.find_counts`.

Vague words follow ACLED and docs/taxonomy.md §3: "dozens" 12, "hundreds" 100, "tens" 10, "a few" 3; "several"
and "many" are 10 for large events and 3 for small ones, so they give 3 here with the word kept for the
caller to scale; house rules "a dozen" 12, "scores" 20.
"""

from __future__ import annotations

import math
import re

from text_to_num import text2num

__all__ = ["CIVILIAN_NOUNS", "NUMBER", "NUMBER_SIMPLE", "VAGUE", "VICTIM_NOUN", "to_int"]



def _split(words: str) -> list[str]:
    return words.split()


VAGUE: dict[str, int] = {
    "dozens": 12, "hundreds": 100, "tens": 10, "a few": 3, "few": 3, "several": 3, "many": 3,
    "a dozen": 12, "dozen": 12, "scores": 20, "thousands": 1000, "a handful": 3,
    "tens of thousands": 10000, "hundreds of thousands": 100000,
}
_UNITS = _split(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = r"(?:" + "|".join(sorted(_UNITS + list(_SCALES), key=len, reverse=True)) + r")"
_WORDS = _WORD + r"(?:(?:[\s-]+|\s+and\s+)" + _WORD + r")*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?![\d.,]\d)"
_SCALE_AFTER = r"(?:\s+(?:million|thousand|hundred|billion))?"
_VAGUE_RX = (
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands|scores|tens|several|many|"
    r"a\s+few|a\s+handful|a\s+dozen"
)

# A bare number, a number word sequence, "a dozen"/"a hundred", "both", or a vague word.
NUMBER = (
    r"(?:(?P<digits>" + _DIGITS + r")" + _SCALE_AFTER
    + r"|(?P<words>(?:a\s+(?=hundred|thousand))?" + _WORDS + r"(?:\s+dozen)?)"
    + r"|(?P<vague>" + _VAGUE_RX + r")|(?P<both>both))"
)

NUMBER_SIMPLE = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORDS + r")"

# Nouns for people a figure can count (singular and plural). Objects (trucks, tanks, routes, km, facilities)
# are simply absent: a figure followed by one of them is not a victim count.
_CIVILIAN = _split(
    "civilian children child kids women woman girls girl boys boy babies baby residents resident shoppers "
    "shopper villagers villager worshippers worshipper students student schoolgirls schoolgirl schoolboys "
    "pupils pupil teachers teacher farmers farmer passengers passenger pilgrims pilgrim patients patient "
    "journalists journalist reporters reporter traders trader merchants workers worker family relatives "
    "herders herder miners miner fishermen displaced refugees refugee mourners guests wedding-goers "
    "doctors doctor nurses nurse medics medic teenagers teenager infants infant "
    "lawmakers lawmaker legislators legislator mps mp parliamentarians parliamentarian senators senator "
    "politician councillors councillor councilors councilor mayors mayor preachers preacher cleric elder "
    "candidates candidate voters voter travellers traveller travelers traveler commuters commuter motorists "
    "motorist pedestrians pedestrian bystanders bystander "
    # trades, kin and other people a wire report names its victims by
    "shepherds shepherd goatherds goatherd fisherman peasants peasant hunters hunter nomads nomad hawkers hawker "
    "vendors vendor customers customer migrants migrant pharmacists pharmacist mechanics mechanic tailors tailor "
    "butchers butcher carpenters carpenter labourer laborer masons mason porters porter boatmen boatman "
    "paramedics paramedic surgeons surgeon midwives midwife missionaries missionary pastors pastor priest "
    "catechists catechist bankers banker cashiers cashier clerks clerk schoolchildren schoolboy schoolgirl "
    "toddlers toddler newborns newborn sons son daughters daughter wives wife husbands husband brothers brother "
    "sisters sister mothers mother fathers father grandmother grandfather cyclists cyclist footballers footballer "
    "nephews nephew nieces niece cousins cousin uncles uncle aunts aunt grandsons grandson granddaughters "
    "granddaughter widows widow "
    "singers singer musicians musician artists artist poets poet writers writer "
    "critics critic opponents opponent supporters supporter dissidents dissident sympathisers sympathizers"
)
CIVILIAN_NOUNS: frozenset[str] = frozenset(_CIVILIAN + ["civilians"])
_OTHER = _split(
    "people persons person individuals men man soldiers soldier troops servicemen serviceman fighters "
    "fighter militants militant insurgents insurgent terrorists terrorist rebels rebel jihadists jihadist "
    "gunmen gunman attackers attacker assailants assailant bombers bomber combatants combatant militiamen "
    "militiaman "
    "police policemen policeman officers officer personnel members member guards guard bodyguards "
    "protesters protester protestors protestor demonstrators demonstrator rioters peacekeepers peacekeeper "
    "staff officials "
    "official leaders leader commanders commander recruits hostages hostage prisoners prisoner detainees "
    "captives suspects suspect others bandits kidnappers smugglers victims victim employees employee "
    "volunteers volunteer agents agent marines sailors airmen pilots pilot crew mercenaries contractors "
    "activists activist politicians monks priests clerics lives bodies body corpses corpse fatalities fatality "
    "deaths death "
    "casualties murders homicides killings Taliban troopers trooper associates engineers engineer "
    "contractors staffers drivers driver shopkeepers shopkeeper labourers laborers tourists foreigners "
    "tribesmen tribesman clansmen clansman "
    "nationals youths youth elders chiefs chief lawyers judges imams nuns "
    "gendarmes gendarme raiders raider rustlers rustler vigilantes vigilante guerrillas guerrilla paramilitaries "
    "separatists separatist extremists extremist jihadis Islamists cadres cadre jawans jawan rangers ranger "
    "guardsmen guardsman policewomen policewoman gangsters gangster hitmen hitman sicarios poachers poacher "
    "herdsmen herdsman inmates inmate auxiliaries auxiliary reservists reservist conscripts conscript cadets cadet "
    "constables constable infiltrators infiltrator intruders intruder elements element robbers robber thieves thief "
    "burglars burglar dealers dealer traffickers trafficker looters looter "
    # a side's own dead in its words: "three heroes had been killed", "two martyrs were killed"
    "heroes hero martyrs martyr comrades comrade"
)
_ALL_NOUNS = sorted(set(_CIVILIAN + _OTHER + ["civilians", "police officers"]), key=len, reverse=True)
# People named by their nation, faith, community or movement in the plural ("Nine Palestinians", "four Afghans",
# "three Sudanese", "two Shiites", "five Maoists", "two Zapatistas"): a capitalised word of a demonym's shape.
_PEOPLE_PLURAL = r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese|ites|ens|ers|ots|ists|istas))"
VICTIM_NOUN = r"(?:" + "|".join(re.escape(n) for n in _ALL_NOUNS) + r"|" + _PEOPLE_PLURAL + r")"


def _digits(text: str) -> int | None:
    parts = text.split()
    try:
        value = float(parts[0].replace(",", ""))
    except ValueError:
        return None
    if len(parts) > 1:
        value *= _SCALES.get(parts[1].lower(), 1)
    return int(value) if math.isfinite(value) else None  # "1e999" is no number of people


def to_int(words: str) -> int | None:
    """A number as written -> int: "seven" 7, "1,595" 1595, "a dozen" 12, "two hundred" 200,
    "3 million" 3000000, "twenty-three" 23, "both" 2. Vague words give their ACLED value ("dozens" 12).
    None when the text is not a number."""
    text = " ".join(words.strip().lower().split())
    if not text:
        return None
    if text in VAGUE:
        return VAGUE[text]
    if text == "both":
        return 2
    if text[0].isdigit():
        return _digits(text)
    if text.startswith(("a ", "an ")):
        text = "one " + text.split(" ", 1)[1]
    if text.endswith("dozen"):
        head = to_int(text[: -len("dozen")])
        return None if head is None else head * 12
    try:
        return int(text2num(text.replace("-", " "), "en"))
    except ValueError:
        return None
