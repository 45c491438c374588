"""tag() never raises and never backtracks catastrophically, whatever the text."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.tagger import tag

TEMPORAL_WORDS = st.sampled_from(
    ["December", "Monday", "last", "week", "2020", "Feb. 30", "31", "the", "1990s", "ago",
     "two", "years", "early", "more than", "this", "a.m.", "fiscal", "quarter", "'", "-", "/",
     ":", "\n", "11:30 p.m.", "12:15", "tonight", "overnight", "Christmas", "midnight on",
     "the last day of", "winter", "2019-20", "months later", "fall of", "Tuesday:", "weekends",
     "early hours of"]
)


def check(text: str, anchor: str | None) -> None:
    for m in tag(text, anchor):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        assert m.value


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, "2020-02-24", "2018-03", "1999", "0001-01-01"]))
def test_any_unicode_text(text: str, anchor: str | None) -> None:
    check(text, anchor)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEMPORAL_WORDS, max_size=40).map(" ".join),
       st.sampled_from([None, "2020-02-29", "9999-12-31", "0001-01-01"]))
def test_temporal_word_salad(text: str, anchor: str | None) -> None:
    check(text, anchor)


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Fail instead of hanging if matching goes exponential (a safety net, not a speed test)."""

    def fail(signum: int, frame: object) -> None:
        raise AssertionError("tagging did not finish: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "December " * 50_000,
        "December 12, " * 20_000,
        ("two " * 5_000) + "years",
        "the " * 50_000,
        "a" * 200_000,
        "-" * 100_000 + "2020",
        "Monday, " * 30_000,
        ("more than " * 10_000) + "four years",
        "1" * 400_000 + " was due to expire Friday",
        "When " + "the mill " * 30_000 + "in 1990, " * 16_000 + "it closed.",
        "11:30 p.m. - Polls close.\n12:15 a.m. - Counting.\n" * 5_000,
        "Monday: Talks.\n2014: In March, it fell.\n" * 5_000,
    ],
    ids=["digits", "months", "month-days", "numbers", "articles", "letters", "dashes",
         "weekdays", "modifiers", "digits-then-verbs", "opening-clause-years", "live-stamps",
         "line-labels"],
)
def test_pathological_inputs(text: str, hang_guard: None) -> None:
    check(text, "2020-02-24")


def test_text_whose_lowercase_is_longer_keeps_offsets_and_tense() -> None:
    # "İ" lowercases to two characters: the scans must not use the lowercased offsets.
    text = "İİİ The vote was scheduled to take place Friday. İstanbul talks collapsed in March."
    check(text, "1989-10-30")
    by_text = {m.text: m.value for m in tag(text, "1989-10-30")}
    assert by_text == {"Friday": "1989-11-03", "March": "1989-03"}


def test_a_date_far_after_characters_that_lowercase_longer_is_found() -> None:
    text = "İ" * 500 + " The deal closed on December 5, 2019."
    assert [(m.text, m.value) for m in tag(text, "2020-02-24")] == [
        ("December 5, 2019", "2019-12-05")
    ]


@pytest.mark.parametrize("anchor", ["9999-12-31", "0001-01-01"])
def test_a_range_at_the_calendars_edge_stays_as_placed(anchor: str) -> None:
    # bringing a range's ends into one cycle must not step past the year 9999 or before 1
    assert [m.text for m in tag("Voting ran Dec. 1-Dec. 2 and from Jan. 5 to Jan. 6.", anchor)
            ] == ["Dec. 1", "Dec. 2", "Jan. 5", "Jan. 6"]


def test_a_week_running_past_the_calendar_end_is_no_crash() -> None:
    # 9999-W52 runs into a year the calendar cannot write
    assert [m.value for m in tag("this week, this weekend", "9999-12-31")] == [
        "9999-W52", "9999-W52-WE"]


def test_a_range_reaching_before_the_year_1_is_no_crash() -> None:
    assert [m.value for m in tag("tonight - June", "0001-01-01")] == ["0001-01-01TNI", "0001-06"]


def test_live_stamps_past_midnight_on_the_calendars_last_day_are_no_crash() -> None:
    text = "11:30 p.m. - Polls close.\n12:15 a.m. - Counting.\n"
    assert [m.value for m in tag(text, "9999-12-31")] == ["9999-12-31T23:30", "9999-12-31T00:15"]
