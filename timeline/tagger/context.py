"""What the text around a mention says of the dates after it: a year or a date that opens a
sentence frames its yearless months, a day alone on its line or labelling it heads the lines
below it, a day that closes a period leaves the period the story's subject, as does the period
named a year back that results are compared with, the day a source spoke is not the day the
story tells, and which day the story is telling; a quarter set off after a quarter restates it,
as a quarter known by the day it ended restates the fiscal quarter just named, and a part of the
year told as a habit is each year's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from timeline.models import Mention
from timeline.tagger.calendar import Anchor, shift
from timeline.tagger.cues import DEFERRAL, HABITUAL, SINCE, UNTIL
from timeline.tagger.tense import SPEECH, Tense
from timeline.timevalue import GRANULARITIES, interval

__all__ = [
    "PERIODS", "Frame", "Lines", "alone_on_line", "attribution", "closes_period", "compared_period",
    "end_point", "fiscal_restated", "fronted_year", "habitual", "months_told", "period_year",
    "restated_day", "restates_period", "story_day",
]

PERIODS = ("quarter", "half")  # the parts of a year "a year earlier" keeps
_MONTHS = re.compile(r"P(?:[2-9]|1[01])M")  # a span of months within a year: "the nine months"

# A year that opens its sentence or a clause frames the yearless months and days after it:
# "Last year, Ian struck on Sept. 28", "..., and in 2022 the results came on Nov. 14". So does a
# season, quarter or half of a year ("In the summer of 1989, ... by September"), and a month or
# a day ("On March 3, 2025, the Treasury issued a license ... through March 12"); a winter runs
# into the next year. A year, a season, a quarter or a half also frames yearless seasons,
# quarters and halves ("In 2019, ... in the fourth quarter"). "Since 2019" sets a start, not a
# frame.
_FRAMING = re.compile(r"\d{4}(?:-(?:SP|SU|FA|Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?")
# A list item's bullet, which may open a line a date labels: "- Tuesday, March 3: ...".
_BULLET = re.compile(r"\s*(?:[-*•–]\s+|\d{1,2}[.)]\s+)?")
# A month told in the past after the frame's month or day follows it, as a story is told ("In
# March, it recalled pickups, and in late July sedans"), unless a report, a past perfect, a
# perfect participle or "since" looks back from it ("In March 2024, he said he had left in
# December", "..., having bought it in January", "after campaigning since June").
_LOOKS_BACK = re.compile(r"\b(?:had|having|since|" + "|".join(sorted(SPEECH)) + r")\b",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    """A year opening a sentence: the sentence's start, the year, and the month or day when it
    names one, around which the yearless months of the sentence are placed.

    The year goes on framing the past told in the sentences after it on the same line, as long
    as every date named since lies in it: "In the summer of 1989, thousands fled through
    Hungary. Protests grew through September and October" is 1989's September. A date in
    another year ends the story ("..., and the following year he was appointed attache.
    However, cited in December, ..." is no longer placed in the frame's year), and so does a
    line break, a sentence that looks ahead, or a frame in the document's own year. A year the
    text does not write ("by Oct. 1" placed in the last October) frames its sentence only.
    """

    sentence: int
    year: int
    date: Anchor | None = None
    kept: bool = True  # whether the year goes on: written, and holding every date named since
    end: int = 0  # where the date opening the sentence ends
    until: int | None = None  # where the clause it frames ends, when not with the sentence

    def framing(
        self, lines: Lines, sentence: int, at: int, tense: Tense, document: Anchor | None
    ) -> Frame | None:
        """Return the frame of a yearless month at `at`, in the sentence starting at
        `sentence`, if any: in a later sentence, the year alone, as its day is no longer the
        one told."""
        if sentence == self.sentence:
            return None if self.until is not None and at > self.until else self
        told = self.kept and (tense is None or tense[0] == "past")
        if told and lines.same(self.sentence, sentence):
            return None if document and document.year == self.year else Frame(sentence, self.year)
        return None

    def onward(self, text: str, start: int, tense: Tense) -> bool:
        """Return True when the yearless month at `start`, in the frame's sentence, follows the
        frame's month or day: told in the past, with no report or past perfect between them."""
        return (self.date is not None and tense is not None and tense[0] == "past"
                and _LOOKS_BACK.search(text, self.end, start) is None)

    def after(self, mention: Mention) -> Frame:
        """Return the frame once `mention` is named: a date in another year ends its story."""
        outside = not mention.value.startswith(f"{self.year:04d}")
        if self.kept and mention.type in ("DATE", "TIME") and mention.resolved and outside:
            return replace(self, kept=False)
        return self


class Lines:
    """The line breaks of a text, found once, so finding an offset's line costs O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def same(self, a: int, b: int) -> bool:
        """Return True if no line break lies between offsets `a` and `b`."""
        return bisect_left(self._breaks, a) == bisect_left(self._breaks, b)

    def span_at(self, offset: int) -> tuple[int, int]:
        """Return the start and end of the line holding `offset`, its line break left out."""
        i = bisect_left(self._breaks, offset)
        start = self._breaks[i - 1] + 1 if i else 0
        return start, self._breaks[i] if i < len(self._breaks) else len(self.text)


# What may come before it: a preposition, at the start of the sentence or after a comma.
_PREPOSITION = r"(?P<prep>(?:in|on|during|by|early|late|earlier|later)\s+)?"
_OPENS_SENTENCE = re.compile(r"[\W_]*" + _PREPOSITION, re.IGNORECASE)
_WHEN = re.compile(r",?\s+when\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;](?=\s)|(?<!\b[A-Z])[.!?](?=\s|$)")  # not "200,000", "U.S."
_CLAUSE = 200  # characters: a clause opening a sentence is no longer
_OPENING_CLAUSE = re.compile(r"[\W_]*(?:when|after|before|as|once|while)\s[^,;:.!?]*",
                             re.IGNORECASE)
_OPENS_CLAUSE = re.compile(
    r"[,;]\s+(?:(?:and|but|while|whereas)\s+)?" + _PREPOSITION + "$", re.IGNORECASE)


def fronted_year(text: str, sentence: int, mention: Mention, unwritten: bool) -> Frame | None:
    """Return the frame when the mention is a year, or a part of one, that opens its sentence
    or a clause in it, set off by a preposition before it or a comma or colon after it (a
    label in a list of events: "2014: Russia annexes Crimea. In March, ..."), that ends a
    clause opening the sentence ("When the mill closed in 2008, ..."), or that a "when" clause
    follows. A month or day whose year the text never wrote (`unwritten`: it was placed
    against the document's date), and a year a "when" clause follows, frame their own sentence
    only: the year of the one is no news, the other is not the story's."""
    if mention.type != "DATE" or not _FRAMING.fullmatch(mention.value):
        return None
    opens = _OPENS_SENTENCE.fullmatch(text, sentence, mention.start) or _OPENS_CLAUSE.search(
        text, max(sentence, mention.start - 40), mention.start)
    when = _WHEN.match(text, mention.end)  # "since 2017, when it hit ... in May": its clause
    # "When the mill closed in the fall of 2008, ...": the clause that opens the sentence
    closes_opening = (text.startswith(",", mention.end) and mention.start - sentence < _CLAUSE
                      and _OPENING_CLAUSE.fullmatch(text, sentence, mention.start) is not None)
    set_off = text.startswith((",", ":"), mention.end)  # "In 2014, ...", a label "2014: ..."
    if when or closes_opening or (opens and (opens["prep"] or set_off)):
        finer = mention.granularity in ("day", "month")
        # "in the spring of 1983, when he was 19, and made his last crossing in late September":
        # a "when" clause is the year's, and what follows it is not
        until = _CLAUSE_END.search(text, when.end()) if when else None
        return Frame(sentence, int(mention.value[:4]), Anchor.parse(mention.value) if finer
                     else None, not (unwritten or when), mention.end,
                     until.start() if until else None)
    return None


_CLOSABLE = (*PERIODS, "year")  # periods a day can close: "fiscal 2023, which ended Sept. 30"
_PERIOD_END = re.compile(r"\s*,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?")


def closes_period(text: str, mentions: list[Mention]) -> bool:
    """Return True when the last mention is the day that closes the period just before it
    ("the third quarter ended Sept. 30", "fiscal 2023, which ended Sept. 30"): the story still
    speaks of the period."""
    if len(mentions) < 2 or mentions[-2].granularity not in _CLOSABLE:
        return False
    between = text[mentions[-2].end:mentions[-1].start]
    return _PERIOD_END.fullmatch(between) is not None


def compared_period(period: Anchor | None, near: bool, mention: Mention,
                    document: Anchor | None) -> bool:
    """Return True when the mention is the period last named a year back: the base the
    results are compared with ("$361 million in the third quarter of fiscal 2024"), not the
    period the story goes on telling ("... compared with $29 million a year earlier"). So it
    is in the sentence naming the period (`near`), or after a period already begun; after a
    forecast ("the third quarter of 1990"), the year back is news ("Third-quarter sales")."""
    if period is None or mention.granularity != period.granularity:
        return False
    try:
        if shift(period, "year", -1, period.granularity) != mention.value:
            return False
    except (ValueError, OverflowError):  # no year before the year 1
        return False
    return near or (document is not None and period.start <= document.start)


# "..., police said Monday." The day a source spoke is not the day the story tells.
_SAID = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH)) + r")(?:\s+\w+){0,2}?\s+(?:on\s+)?$")  # "told AP Monday"
_SAID_END = re.compile(r"\s*(?:[.;]|,?\s+in\s+a\s+statement\b)")  # what was said came before


def attribution(text: str, mention: Mention) -> bool:
    """Return True when the mention dates what a source said ("police said Monday.")."""
    return (_SAID.search(text, max(0, mention.start - 30), mention.start) is not None
            and _SAID_END.match(text, mention.end) is not None)


# "had burned 12,000 acres by Tuesday morning": a day things are measured by, unless it opens
# the sentence ("By Tuesday morning, crews ...").
_BY = re.compile(r"\bby\s+(?:the\s+)?$")
# "The hearing, continued from January 21, opened at 7:15 p.m.": the day a thing was moved from.
_MOVED_FROM = re.compile(
    r"\b(?:postponed|delayed|adjourned|deferred|rescheduled|continued|moved|carried\s+over)"
    r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def end_point(text: str, mention: Mention) -> bool:
    """Return True when the mention is a date things wait for ("closed until Monday"), are
    put off to ("a three-month delay, to Jan. 31") or from ("continued from Jan. 21"), are
    measured by ("had burned 12,000 acres by Tuesday morning") or from ("the lowest close since
    Aug. 9"): not the day the story tells, which "late that night" or "the previous week" goes
    on from."""
    before = max(0, mention.start - 60)
    return (UNTIL.search(text, before, mention.start) is not None
            or SINCE.search(text, max(0, mention.start - 24), mention.start) is not None
            or _BY.search(text, max(0, mention.start - 24), mention.start) is not None
            or _MOVED_FROM.search(text, before, mention.start) is not None
            or DEFERRAL.search(text, before, mention.start) is not None)


def alone_on_line(lines: Lines, mention: Mention) -> bool:
    """Return True if the mention is all its line holds, but for a colon or dash after it, or
    labels the line with a colon ("Tuesday: Opening statements."): it heads what follows. A
    list item's bullet may open the line ("- Tuesday, March 3: Public safety (6 p.m.)")."""
    before = lines.text[lines.span_at(mention.start)[0]:mention.start]
    after = lines.text[mention.end:lines.span_at(mention.end)[1]]
    return _BULLET.fullmatch(before) is not None and (
        not after.strip(" \t\r:–—-") or after.startswith(":"))


def story_day(kind: str, previous: Anchor, heading: Anchor | None, unit: str | None,
              document: Anchor | None, tense: Tense, apart: bool) -> Anchor | None:
    """Return the day the story is telling, which a time of day alone ("at 10 p.m.") or "the
    end of the month" counts from: the date last named (`previous`), if it still is; else None,
    the document's date. `kind` is the rule's TIMEX3 type, `unit` the unit it names, and
    `apart` says the date was named in an earlier paragraph."""
    # "Talks in 2012 failed. By the middle of the decade, both sides had built dams": in a
    # story told in the past, the decade (or month) of the date last named within one
    within = (unit in GRANULARITIES and previous.granularity in GRANULARITIES
              and GRANULARITIES.index(previous.granularity) <= GRANULARITIES.index(unit))
    if previous.granularity != "day" and not (within and tense and tense[0] == "past"):
        return None
    if heading is not None and previous.value == heading.value:
        return previous  # "Thursday: ... claims are due at 8:30 a.m.": the heading's day
    # but not on a day ahead unless the sentence looks ahead: "expected early Tuesday. At
    # 11 a.m., the storm was ..." ("April 24 and 25", a date, keeps the day named)
    ahead = document is not None and previous.start > document.start
    if kind == "TIME" and ahead and (tense is None or tense[0] != "future"):
        return None
    # a week or a month of a day ahead, named in another paragraph, is no longer the
    # story's: "to take effect on July 1.\n\nHe would appeal by the end of the week"
    if kind != "TIME" and ahead and apart:
        return None
    # nor on a day gone by, told in another paragraph, when this one looks ahead: "signed
    # on May 15 ...\n\nIt will appeal by the end of the month" is the document's month
    behind = document is not None and previous.start < document.start
    if apart and behind and tense is not None and tense[0] == "future":
        return None
    return previous


def months_told(mentions: list[Mention], span: tuple[int, int], fields: dict[str, Any],
                reference: str | None) -> bool:
    """Whether the last mention is a span of months shorter than a year in the same sentence
    ("the nine months") and the rule counts years back from the date last named: "for the
    nine months, ... a year earlier" is the year the months lie in, not its last quarter."""
    return (bool(mentions) and reference in ("previous", "period")
            and fields.get("unit") == "year" and mentions[-1].start >= span[0]
            and mentions[-1].type == "DURATION"
            and _MONTHS.fullmatch(mentions[-1].value) is not None)


_APPOSITION = re.compile(r"\s*(?:,|--|[—–])\s*")  # "Sept. 2, the day after Labor Day"


def restated_day(text: str, mentions: list[Mention], start: int, fields: dict[str, Any]
                 ) -> Anchor | None:
    """Return the day a holiday set off after it restates ("on Sept. 2, the day after Labor
    Day", "Dec. 24, Christmas Eve"), around which the holiday is placed; else None."""
    if "holiday" not in fields or not mentions or mentions[-1].granularity != "day":
        return None
    if _APPOSITION.fullmatch(text, mentions[-1].end, start) is None:
        return None
    return Anchor.parse(mentions[-1].value)


# an ordinal or a number naming the part of the year: "the second, third and fourth quarters"
# is a list of parts each named, not a part named again
_NAMED_PART = re.compile(r"(?i:\b(?:first|second|third|fourth|[1-4](?:st|nd|rd|th)|[QH][1-4])\b)")


def _restated_unit(text: str, mentions: list[Mention], start: int) -> str | None:
    """Return the unit of the quarter or half of a year mentioned last, counted rather than
    named ("the comparable year-ago quarter"), when a mention starting at `start` is set off
    after it; else None."""
    if not mentions or mentions[-1].type != "DATE" or not mentions[-1].resolved:
        return None
    if mentions[-1].granularity not in PERIODS or _NAMED_PART.search(mentions[-1].text):
        return None
    set_off = _APPOSITION.fullmatch(text, mentions[-1].end, start) is not None
    return mentions[-1].granularity if set_off else None


def period_year(text: str, mentions: list[Mention], start: int, fields: dict[str, Any],
                document: Anchor | None) -> int | None:
    """Return the year a yearless quarter, half or day takes from the period mentioned just
    before it, else None. A quarter set off after a quarter restates it ("the comparable
    year-ago quarter, the second quarter"); a day that closes a period of an earlier year than
    the document's lies nearest that period ("the fiscal 1988 first quarter ended Dec. 31" is
    1987-12-31)."""
    unit = _restated_unit(text, mentions, start)
    if unit is not None and unit in fields:
        return int(mentions[-1].value[:4])
    if not mentions or "day" not in fields or "month" not in fields or document is None:
        return None
    last = mentions[-1]
    if last.granularity not in _CLOSABLE or not _PERIOD_END.fullmatch(text, last.end, start):
        return None
    span = interval(last.value)
    if span is None or span[0].year >= document.year:
        return None
    first, final = span
    days = []
    for year in (first.year - 1, first.year, first.year + 1):
        try:
            days.append(date(year, int(fields["month"]), int(fields["day"])))
        except (TypeError, ValueError):  # no Feb. 29 that year
            continue
    if not days:
        return None
    return min(days, key=lambda day: max((first - day).days, (day - final).days, 0)).year


def restates_period(text: str, mentions: list[Mention], mention: Mention) -> bool:
    """Return True when the mention names the quarter or half set off before it by another
    value ("the comparable year-ago quarter, the second quarter"): the name is the truer."""
    unit = _restated_unit(text, mentions, mention.start)
    return (unit == mention.granularity and mention.resolved
            and mention.value[:4] == mentions[-1].value[:4] and mention.value != mentions[-1].value)


_FISCAL = re.compile(r"(?i:\bfiscal\b)")
_RESTATED_WITHIN = 300  # characters between a fiscal quarter and the quarter ended a day after


def fiscal_restated(mentions: list[Mention], mention: Mention, ends_on_date: bool) -> bool:
    """Return True when the mention is a quarter known by the day it ended ("the quarter ended
    Sept. 29") right after the story named a fiscal quarter of the same year ("earned $5
    million in the fiscal first quarter"): the same quarter, which a fiscal calendar names
    apart from the calendar quarter the day lies in."""
    if not ends_on_date or not mentions or mention.granularity != "quarter":
        return False
    last = mentions[-1]
    return (last.granularity == "quarter" and last.resolved and mention.resolved
            and _FISCAL.search(last.text) is not None and _FISCAL.search(mention.text) is None
            and mention.start - last.end <= _RESTATED_WITHIN
            and last.value[:4] == mention.value[:4] and last.value != mention.value)


_EACH_YEAR = ("month", "quarter", "half", "season")  # the parts of a year a habit recurs in


def habitual(text: str, sentence: int, mention: Mention) -> Mention:
    """Return the mention as a set when it names a part of the year with no year, told as a
    habit ("is usually conducted in the second and fourth quarters": XXXX-Q2, XXXX-Q4); else
    the mention itself."""
    if mention.type != "DATE" or mention.granularity not in _EACH_YEAR:
        return mention
    if not mention.value[:4].isdigit():
        return mention
    if HABITUAL.search(text, max(sentence, mention.start - 60), mention.start) is None:
        return mention
    return replace(mention, type="SET", value="XXXX" + mention.value[4:], anchor=None)
