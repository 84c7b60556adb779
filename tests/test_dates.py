"""Date expressions resolved against the publication date (docs/taxonomy.md §4, rules in nlp/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.ingest.dateline import parse_dateline
from conflictlens.models import EventDate
from conflictlens.nlp.dates import find_dates, sentence_date

D = dt.date
WED = D(2022, 6, 15)  # a Wednesday
MON = D(2022, 6, 13)  # a Monday
SUN = D(2022, 6, 19)


def one(text: str, published: dt.date = WED, **kw: bool) -> EventDate:
    found = find_dates(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


def dates(text: str, published: dt.date = WED) -> list[dt.date]:
    return [m.date for m in find_dates(text, published)]


# --- weekdays -------------------------------------------------------------------------------------------


def test_on_saturday_is_the_most_recent_saturday():
    m = one("Gunmen raided the village on Saturday.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 6, 11), 1, 1)


def test_monday_article_on_monday_is_same_day():
    assert one("Shells hit the market on Monday.", MON).date == MON


def test_last_wednesday_in_a_wednesday_article_is_a_week_earlier():
    assert one("The convoy was ambushed last Wednesday.", WED).date == D(2022, 6, 8)


def test_last_tuesday_in_a_wednesday_article_is_the_day_before():
    assert one("The convoy was ambushed last Tuesday.", WED).date == D(2022, 6, 14)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Saturday night", D(2022, 6, 11)),
        ("early on Sunday", D(2022, 6, 12)),
        ("late on Thursday", D(2022, 6, 9)),
        ("on Tuesday afternoon", D(2022, 6, 14)),
        ("Friday's", D(2022, 6, 10)),
    ],
)
def test_weekday_with_time_of_day_is_that_day(phrase, expected):
    m = one(f"Rebels shelled the town {phrase} raid, officials said.")
    assert (m.date, m.time_precision) == (expected, 1)


def test_weekday_mention_covers_its_cue_words():
    text = "Fighters attacked early on Sunday near the dam."
    m = one(text)
    assert text[m.start:m.end] == "early on Sunday" == m.mention


def test_since_friday_is_a_span_starting_that_friday():
    m = one("Clashes have continued since Friday.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 6, 10), 2, 2)


def test_since_wednesday_in_a_wednesday_article_is_last_week():
    assert one("Clashes have continued since Wednesday.", WED).date == D(2022, 6, 8)


@pytest.mark.parametrize("text", [
    # "since <day>, when ...": the day the event the clause tells happened, not a span
    "Fear has grown since Friday, when twelve soldiers were killed on the road.",
    "The town has been tense since Friday last week, when gunmen stormed the market.",
    "Traders have stayed away since Friday, when a bomb went off near the bus park.",
])
def test_since_a_day_when_something_happened_is_that_day(text: str) -> None:
    m = find_dates(text, WED)[0]
    assert (m.date, m.time_precision) == (D(2022, 6, 10), 1)


# --- relative days --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("yesterday", D(2022, 6, 14)),
        ("overnight", WED),  # the night that ended on the morning of the report
        ("last night", D(2022, 6, 14)),
        ("today", WED),
        ("this morning", WED),
    ],
)
def test_relative_day_counts_from_publication(phrase, expected):
    m = one(f"A drone struck the depot {phrase}, police said.")
    assert (m.date, m.time_precision, m.date_prec) == (expected, 1, 1)


def test_the_next_morning_counts_from_the_sentence_date():
    found = find_dates("Shells fell on Monday and monitors visited the next morning.", WED)
    assert [m.date for m in found] == [D(2022, 6, 13), D(2022, 6, 14)]


def test_the_previous_day_without_another_date_counts_from_publication():
    assert one("Police had arrested him the previous day.").date == D(2022, 6, 14)


def test_the_same_day_takes_the_sentence_date():
    assert dates("On 2 May 2022 troops left; the same day rebels moved in.") == [D(2022, 5, 2)] * 2


# --- weeks, weekends, months ----------------------------------------------------------------------------


def test_over_the_weekend_is_the_sunday_before():
    m = one("Troops advanced over the weekend.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 6, 12), 2, 2)


def test_over_the_weekend_in_a_sunday_article_is_saturday():
    assert one("Troops advanced over the weekend.", SUN).date == D(2022, 6, 18)


def test_last_week_is_thursday_of_the_previous_week():
    m = one("The warehouse was looted last week.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 6, 9), 2, 3)


def test_this_week_is_thursday_clamped_to_publication():
    assert one("Fighting flared this week.", SUN).date == D(2022, 6, 16)
    assert one("Fighting flared this week.", MON).date == MON


def test_earlier_this_month_is_halfway_to_publication():
    m = one("Militias clashed earlier this month.", D(2022, 6, 21))
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 6, 11), 2, 4)


def test_last_month_is_the_fifteenth_of_the_previous_month():
    m = one("Gunmen killed a chief last month.", D(2022, 1, 5))
    assert (m.date, m.time_precision, m.date_prec) == (D(2021, 12, 15), 3, 4)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("in March", D(2022, 3, 15)),
        ("In March", D(2022, 3, 15)),
        ("in July", D(2021, 7, 15)),  # after the publication month: last year
        ("last September", D(2021, 9, 15)),
        ("last June", D(2021, 6, 15)),  # "last" skips the publication month
        ("in July 2019", D(2019, 7, 15)),
        ("during Sept. 2020", D(2020, 9, 15)),
    ],
)
def test_month_mention_is_the_fifteenth(phrase, expected):
    m = one(f"The town fell {phrase} after a siege.")
    assert (m.date, m.time_precision, m.date_prec) == (expected, 3, 4)


def test_month_of_publication_is_clamped_to_publication():
    assert one("The town fell in June.", D(2022, 6, 3)).date == D(2022, 6, 3)


# --- days of a month, full dates, years -----------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["on February 12", "February 12", "12 February", "12th of February"])
def test_day_and_month_take_the_most_recent_year(phrase):
    m = one(f"The deal signed {phrase} collapsed.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 2, 12), 1, 1)


def test_day_and_month_after_publication_is_last_year():
    assert one("Rebels stormed the hub on December 18.").date == D(2021, 12, 18)


@pytest.mark.parametrize("phrase", ["March 3, 2021", "3 March 2021", "2021-03-03", "Mar. 3, 2021"])
def test_full_date_is_exact(phrase):
    m = one(f"The strike on {phrase} killed two people.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2021, 3, 3), 1, 1)


def test_day_range_is_a_span_in_the_middle():
    m = one("Talks were held on May 10-12 in the capital.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2022, 5, 11), 2, 2)


@pytest.mark.parametrize(("text", "day"), [
    ("Shelling on 6-7 June killed ten civilians.", D(2022, 6, 6)),
    ("Clashes on 6 and 7 June left eight dead.", D(2022, 6, 6)),
    ("Raids between 4th and 6th June killed 21.", D(2022, 6, 5)),
    ("Fighting from 2 to 8 June 2021 displaced thousands.", D(2021, 6, 5)),
])
def test_a_day_first_range_is_a_span_in_the_middle(text: str, day: dt.date):
    m = one(text)
    assert m.date == day and m.time_precision == 2


def test_a_weekday_pair_with_its_day_range_is_the_first_day():
    text = "Ten civilians were killed in shelling on Saturday and Sunday [11-12 June], the city council said."
    assert sentence_date(text, WED).date == D(2022, 6, 11)


def test_a_figure_before_a_date_is_no_range():
    assert one("The toll rose to 15 and 12 June was the worst day.").date == D(2022, 6, 12)


def test_a_year_alone_is_first_of_july():
    m = one("The group was founded in 2013.")
    assert (m.date, m.time_precision, m.date_prec) == (D(2013, 7, 1), 3, 5)


def test_years_ago_is_a_year_precision_date():
    m = one("The dam was bombed three years ago.")
    assert (m.date, m.date_prec) == (D(2019, 7, 1), 5)


def test_years_earlier_counts_from_the_sentence_date():
    found = find_dates("In 2020 the army returned, two years earlier it had left.", WED)
    assert [m.date.year for m in found] == [2020, 2018]


def test_month_last_year_is_in_the_previous_year():
    assert dates("A deal was signed in February last year.") == [D(2021, 2, 15)]
    assert dates("The offensive began on April 4 last year.") == [D(2021, 4, 4)]


def test_a_day_before_another_event_is_not_a_date():
    assert dates("They spoke on Sunday, a day before the truce began.") == [D(2022, 6, 12)]


# --- traps ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the victims may have died from the gas.",
        "They may return to the village.",
        "We have no food left, a farmer said.",
        "Thousands vowed to march on the capital.",
        "Sunni clerics condemned the attack.",
        "Such raids were common in the 1990s.",
        "A 12-year-old girl was wounded.",
        "Craters were consistent with 122-mm artillery.",
        "The blast happened at 10:02 AM near the gate.",
        "A curfew runs from 8 p.m. to 4 a.m.",
        "The fighters seized 2014 rifles.",
    ],
)
def test_trap_is_not_a_date(text):
    assert find_dates(text, WED) == []


def test_may_with_a_day_is_a_date():
    assert dates("Rebels seized the bridge on May 21.") == [D(2022, 5, 21)]


@pytest.mark.parametrize(
    "text",
    [
        "The parties agreed a truce from July 1.",
        "The truce will start on Monday.",
        "Fighters must withdraw by Friday.",
        "Talks resume next week.",
        "Observers are due to arrive on Saturday.",
        "The mission ends next month.",
    ],
)
def test_future_mention_is_not_an_event_date(text):
    assert find_dates(text, WED) == []
    assert sentence_date(text, WED) is None


def test_future_mention_is_returned_flagged_when_asked():
    m = one("The parties agreed a truce from July 1.", include_future=True)
    assert (m.date, m.future) == (D(2022, 7, 1), True)


def test_from_a_day_long_past_is_a_past_date():
    assert dates("The accord set a truce from February 15.") == [D(2022, 2, 15)]


def test_will_in_another_clause_does_not_make_a_date_future():
    assert dates("Troops left on Monday, and talks will follow.") == [MON]


# --- sentence_date --------------------------------------------------------------------------------------


def test_sentence_date_prefers_the_exact_day():
    m = sentence_date("Troops took the town on Sunday after two days of fighting over the weekend.", WED)
    assert m is not None and (m.date, m.time_precision) == (D(2022, 6, 12), 1)


def test_sentence_date_prefers_a_day_to_a_month():
    m = sentence_date("In May, as in 2019, gunmen struck on Tuesday.", WED)
    assert m is not None and m.date == D(2022, 6, 14)


def test_sentence_date_none_without_a_date():
    assert sentence_date("Gunmen killed four people in the market.", WED) is None


def test_sentence_date_is_an_event_date():
    assert isinstance(sentence_date("Shells fell on Monday.", WED), EventDate)


# --- datelines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2021 10:02 AM EST\nGunmen attacked...",
        "2021-03-03T10:02:00Z Gunmen attacked...",
        "KABUL, 3 March 2021 - Gunmen attacked...",
        "Posted Wednesday, March 3rd, 2021 by staff",
    ],
)
def test_dateline_with_a_year(text):
    assert parse_dateline(text) == D(2021, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT, May 21 (Levant Wire) - Forces pushed deeper...",
        "Published: 12/03/2021 Forces pushed deeper...",
        "Forces pushed deeper into the enclave.",
    ],
)
def test_dateline_without_a_clear_full_date_is_none(text):
    assert parse_dateline(text) is None


def test_dateline_looks_only_at_the_start():
    assert parse_dateline("x" * 300 + " March 3, 2021") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petrol bombs exploded outside the hall yesterday evening (20/01).", dt.date(2015, 1, 20)),
        ("The strike went on peacefully on Thursday [29/01] in Rajshahi.", dt.date(2015, 1, 29)),
        ("Villagers beat two men to death on Tuesday [13 January].", dt.date(2015, 1, 13)),
    ],
)
def test_a_bracketed_calendar_date_beats_the_weekday_or_yesterday(text, expected):
    found = sentence_date(text, dt.date(2015, 1, 31))
    assert found is not None and found.date == expected


def test_a_bare_fraction_is_not_a_date():
    assert sentence_date("Prices rose 3/4 of a point.", dt.date(2015, 1, 31)) is None


# --- speed ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention"), [
    ("The information ministry said on Wednesday that police had detained 34 officials on Tuesday.", "on Tuesday"),
    ("Police said late on Friday that gunmen had abducted 20 students on Thursday night.", "on Thursday night"),
    ("Gunmen killed five people on Tuesday, police said on Wednesday.", "on Tuesday"),
    ("The army told reporters on Monday that its jets struck the camp on Sunday.", "on Sunday"),
])
def test_the_date_of_a_statement_gives_way_to_the_event_date(text: str, mention: str) -> None:
    found = sentence_date(text, D(2021, 3, 6))
    assert found is not None and found.mention == mention


def test_a_statement_date_alone_still_dates_the_sentence() -> None:
    found = sentence_date("The army said on Monday that its troops killed 12 militants.", D(2021, 3, 6))
    assert found is not None and found.date == D(2021, 3, 1)


@pytest.mark.parametrize("sentence", [
    "Air defences destroyed 12 drones over the region overnight, the ministry said.",
    "Overnight, shells hit two villages near the front line, residents said.",
    "Fighting raged overnight on the outskirts of the capital.",
])
def test_overnight_is_the_night_that_ended_on_the_day_of_the_report(sentence):
    assert one(sentence, WED).date == WED


@pytest.mark.parametrize(("sentence", "day"), [
    ("Gunmen stormed a village near Ouallam overnight on Sunday, killing twelve worshippers.", D(2022, 6, 12)),
    ("Rebels shelled the camp overnight on Monday, residents said.", D(2022, 6, 13)),
    ("Drones hit fuel depots in the port city overnight into Tuesday, the governor said.", D(2022, 6, 14)),
    ("Militants raided the checkpoint overnight Sunday and fled before dawn.", D(2022, 6, 12)),
])
def test_overnight_on_a_weekday_is_that_weekday(sentence, day):
    assert one(sentence, WED).date == day
