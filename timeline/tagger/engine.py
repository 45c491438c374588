"""The tagging engine: run the rules, keep the longest non-overlapping matches, normalize each.

Time is linear in the text: every rule is one regex scan, overlap is settled with a bitmap of
taken characters, and each mention's tense and reference date come from precomputed tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from timeline.models import Mention
from timeline.sentences import Sentences, labels_line
from timeline.tagger.calendar import Anchor
from timeline.tagger.context import (
    PERIODS,
    Frame,
    Lines,
    alone_on_line,
    attribution,
    closes_period,
    compared_period,
    end_point,
    fiscal_restated,
    fronted_year,
    habitual,
    months_told,
    period_year,
    restated_day,
    restates_period,
    story_day,
)
from timeline.tagger.cues import PAST_PERFECT
from timeline.tagger.durations import joined
from timeline.tagger.fields import convert
from timeline.tagger.normalize import Resolution, resolve
from timeline.tagger.patterns import fragment_of
from timeline.tagger.ranges import cycle_of, in_order, past_midnight, point
from timeline.tagger.rulebook import Rule, Rulebook, default_rulebook
from timeline.tagger.tense import Tense, TenseMarkers
from timeline.tagger.windows import Windows, lowered
from timeline.timevalue import interval

__all__ = ["Tagger"]

_LOOK = 40  # characters of context the rule filters see on each side
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # no expression runs across paragraphs
_QUANTITY_MODS = {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
_POSITION_MODS = {"START", "MID", "END"}
_DETERMINED = re.compile(r"(?i:the|this|that|these|those|its|his|her|their|our)\s")
# "two days later", "seven weeks from now": a date counted from another
_COUNTED_DATE = re.compile(r"(?i:\b(?:ago|earlier|later|before|after|from\s+now|hence)\b)")
# "lasted over a week", "for over two years", "just over an hour": "over" counts a span; after
# any other word, or none, it is the span something is spread across ("can be used over three
# years", "adds 25 officers over two years", "Over two years, sales doubled").
_OVER_COUNTS = re.compile(
    r"(?i:\b(?:for|in|after|of|than|just|only|slightly|little|well|last|lasts|lasted|lasting"
    r"|take|takes|took|taken|taking|spend|spends|spent|spending|be|been|is|was|are|were)\s+$)"
)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


class Tagger:
    """Find and normalize time expressions with a rulebook (the bundled English one by default).

    >>> [m.value for m in Tagger().tag("Senators met on Monday.", "2020-02-24")]
    ['2020-02-24']
    """

    def __init__(self, rulebook: Rulebook | None = None) -> None:
        self.rulebook = rulebook or default_rulebook()

    def tag(self, text: str, anchor: str | None = None) -> list[Mention]:
        """Return the time expressions in `text`, resolved against the TIMEX3 date `anchor`.

        Never raises on any text: an expression that cannot be normalized is left out.
        """
        if not text:
            return []
        ref = Anchor.parse(anchor) if anchor else None
        lower = lowered(text)  # shared by the trigger windows and the tense scan
        chosen = self._select(text, self._candidates(text, lower))
        sentences = Sentences(text)
        # the tense is asked only in the sentences holding an expression
        held = sorted({sentences.span_at(c.start) for c in chosen})
        markers = TenseMarkers(text, lower, held)
        lines = Lines(text)
        mentions: list[Mention] = []
        previous: Anchor | None = None  # the date the text last mentioned
        previous_at = 0  # where it was mentioned
        period: Anchor | None = None  # the quarter or half it last mentioned
        period_at = -1  # where it was mentioned
        named: Anchor | None = None  # the last mention, if a quarter or half (a year back too)
        frame: Frame | None = None  # a year or a date opening a sentence, and the story it tells
        heading: Anchor | None = None  # a day alone on its line, heading the lines below
        titled: int | None = None  # a year alone on its line, framing the lines below ("2014")
        last_cycle = None  # how far apart the candidate days of the last mention lay
        evening = False  # whether the date last mentioned was told in the evening or at night
        stamp: Mention | None = None  # the last time stamping a line of a live report
        for cand in chosen:
            fields = self._fields(cand, ref)
            start, mod = self._modifier(text, cand, mentions, fields.get("number") == "X")
            end, post = self._postmodifier(text, cand)
            mod = mod or post
            span = sentences.span_at(cand.start)
            tense = markers.near(span, start, cand.end)
            yearless = _yearless(cand, fields)
            framing = (frame.framing(lines, span[0], start, tense, ref)
                       if frame and yearless else None)
            if framing and framing.date is not None and "month" not in fields:
                framing = None  # "Last month, it posted a profit for the first half"
            if framing and framing.date is None:
                fields["year"] = framing.year
            elif framing is None and yearless and titled is not None:
                fields["year"] = titled
            elif framing and framing.onward(text, start, tense):
                tense = ("future", "close")  # after the month or day opening the sentence
            # placed around the month or day opening the sentence, else as its rule says
            apart = previous is not None and not lines.same(previous_at, start)
            counted = (framing.date if framing else None) or _mentioned_base(
                cand.rule, previous, period, heading, fields, ref, tense, apart, named)
            if counted is not None and months_told(mentions, span, fields, cand.rule.reference):
                counted = Anchor.parse(counted.value[:4])  # the year the months lie in
            if heading is not None and counted is heading and labels_line(text, start, cand.end):
                tense = ("future", "close")  # "Monday: ...", then "Tuesday: ...": in order
            if yearless and (year := period_year(text, mentions, start, fields, ref)):
                fields["year"] = year  # "the year-ago quarter, the second quarter ended Oct. 31"
            day = restated_day(text, mentions, start, fields) if yearless else None
            if counted is None and day is not None:
                counted, tense = day, None  # "Sept. 2, the day after Labor Day": its year
            elif counted and counted is previous and evening and _small_hours(text, start, fields):
                # "late Sunday night. ... He died at 3 a.m.": the night goes on into Monday
                counted = Anchor.parse((counted.start + timedelta(days=1)).isoformat())
            mentioned = counted is not None
            base = counted or ref
            try:
                resolution = resolve(cand.rule, fields, base, tense, self.rulebook, mentioned)
            except (ValueError, OverflowError, KeyError, TypeError, IndexError):
                continue  # an impossible date ("February 30") gives no mention
            if resolution is None:
                continue
            mention = self._mention(text, start, end, cand, resolution, mod, base)
            if yearless:  # "is usually conducted in the fourth quarter": each year's
                mention = habitual(text, span[0], mention)
            if fiscal_restated(mentions, mention, cand.rule.ends_on_date):
                mention = replace(mention, value=mentions[-1].value)  # "the quarter ended ..."
            if cand.rule.reference == "heading" and mention.type == "TIME":
                mention = stamp = past_midnight(stamp, mention)  # "11:30 p.m.", "12:15 a.m."
            if mentions and (whole := joined(text, mentions[-1], mention)) is not None:
                mentions[-1] = whole  # "14 hours and 20 minutes": one duration
                continue
            cycle = cycle_of(fields)
            if mentions:  # the end of a range after its start: "from Monday to Wednesday"
                mentions[-1], mention = in_order(text, mentions[-1], last_cycle, mention, cycle)
            if restates_period(text, mentions, mention):  # the name says which quarter it was
                mentions[-1] = replace(mentions[-1], value=mention.value)
            mentions.append(mention)
            last_cycle = cycle
            named = Anchor.parse(mention.value) if (
                mention.type == "DATE" and mention.granularity in PERIODS and mention.resolved
            ) else None
            unwritten = yearless and not (framing and framing.kept)  # its year: the document's
            frame = (fronted_year(text, span[0], mention, unwritten)
                     or (frame and frame.after(mention)))
            if mention.resolved and alone_on_line(lines, mention):
                if mention.granularity == "day":
                    heading = Anchor.parse(mention.value)
                elif mention.granularity == "year" and mention.value.isdigit():
                    titled = int(mention.value)
            if (
                mention.type in ("DATE", "TIME")
                and mention.resolved
                and resolution.placed
                and cand.rule.sets_reference
                and not closes_period(text, mentions)
                and not attribution(text, mention)
                and not end_point(text, mention)
                and not (cand.rule.offset is None
                         and compared_period(period, period_at >= span[0], mention, ref))
            ):
                previous, previous_at = Anchor.parse(mention.value) or previous, mention.start
                evening = (at := point(mention)) is not None and at[1] >= _EVENING
                if previous is not None and previous.granularity in PERIODS:
                    period, period_at = previous, mention.start
        return mentions

    def _candidates(self, text: str, lower: str) -> list[_Candidate]:
        found: list[_Candidate] = []
        windows = Windows(text, lower)
        for order, rule in enumerate(self.rulebook.rules):
            for m in windows.matches(rule):
                start, end = m.span()
                if end == start or _ends_inside_word(text, end):
                    continue
                if _BLANK_LINE.search(text, start, end):
                    continue
                if rule.exclude_after and rule.exclude_after.search(text[end:end + _LOOK]):
                    continue
                before = text[max(0, start - _LOOK):start]
                if rule.exclude_before and rule.exclude_before.search(before):
                    continue
                if rule.require_before and not rule.require_before.search(before):
                    continue
                found.append(_Candidate(start, end, order, rule, m))
        return found

    @staticmethod
    def _select(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """Keep the longest candidates that do not overlap (ties: priority, then rule order)."""
        taken = bytearray(len(text))
        chosen = []
        ranked = sorted(
            candidates, key=lambda c: (-(c.end - c.start), -c.rule.priority, c.order, c.start)
        )
        for cand in ranked:
            if any(taken[cand.start:cand.end]):
                continue
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)

    def _modifier(
        self, text: str, cand: _Candidate, mentions: list[Mention], vague: bool
    ) -> tuple[int, str | None]:
        """Return where the mention starts once a modifier before it ("early", "more than")
        joins it, and that modifier's TIMEX3 mod; `vague` says its count is ("several")."""
        limit = mentions[-1].end if mentions else 0
        window_start = max(limit, cand.start - 24)
        m = self.rulebook.modifiers.search(text, window_start, cand.start)
        if m is None:
            return cand.start, cand.rule.mod
        mod = self.rulebook.normalize("modifier", m.group("mod"))
        over = m.group("mod").lower() == "over"
        spread = over and cand.rule.type == "DURATION" and not _OVER_COUNTS.search(
            text, max(0, m.start("mod") - 12), m.start("mod"))
        if not _modifies(mod, cand, spread or (vague and over)):
            return cand.start, cand.rule.mod
        return m.start("mod"), mod

    def _postmodifier(self, text: str, cand: _Candidate) -> tuple[int, str | None]:
        """Return where the mention ends once a modifier after it ("or so") joins it, and that
        modifier's TIMEX3 mod. A rule may match across one ("a week or so ago")."""
        limit = min(len(text), cand.end + 16)
        m = self.rulebook.postmodifiers.search(text, cand.start, limit)
        if m is None or m.start() > cand.end:
            return cand.end, None
        mod = self.rulebook.normalize("postmodifier", m.group("mod"))
        if not _modifies(mod, cand):
            return cand.end, None
        return max(cand.end, m.end()), mod

    def _fields(self, cand: _Candidate, anchor: Anchor | None) -> dict[str, Any]:
        fields: dict[str, Any] = dict(cand.rule.fields)
        words: dict[str, str] = {}
        for group, value in cand.match.groupdict().items():
            if value is None:
                continue
            frag = self.rulebook.fragments.get(fragment_of(group))
            if frag is None or frag.field is None:  # a shift word ("earlier")
                words[fragment_of(group)] = value
                continue
            fields[frag.field] = convert(frag.field, frag.table, value, anchor, self.rulebook)
        fields["_words"] = words
        return fields

    @staticmethod
    def _mention(
        text: str,
        start: int,
        end: int,
        cand: _Candidate,
        res: Resolution,
        mod: str | None,
        anchor: Anchor | None,
    ) -> Mention:
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        return Mention(
            start=start,
            end=end,
            text=text[start:end],
            type=res.type,  # type: ignore[arg-type]
            value=res.value,
            mod=mod or res.mod,
            granularity=res.granularity,
            anchor=anchor.value if anchor and res.anchored else None,
            rule=cand.rule.name,
            direction=res.direction,
        )


def _modifies(mod: str | None, cand: _Candidate, across: bool = False) -> bool:
    """Whether a modifier giving `mod` belongs to the candidate's mention: a quantity ("more
    than") bounds only a duration or a date counted from another ("nearly two months later"),
    and not a determined span ("over the past two decades" means during) nor a span "over"
    spreads something across (`across`: "over several years", "used over three years"); a
    position ("early") does not apply to a set."""
    kind = cand.rule.type
    matched = cand.match.group(0)
    if mod in _QUANTITY_MODS:
        counted = kind == "DURATION" or _COUNTED_DATE.search(matched) is not None
        return counted and not across and not _DETERMINED.match(matched)
    return not (mod in _POSITION_MODS and kind == "SET")


def _mentioned_base(
    rule: Rule,
    previous: Anchor | None,
    period: Anchor | None,
    heading: Anchor | None,
    fields: dict[str, Any],
    document: Anchor | None,
    tense: Tense,
    apart: bool,
    named: Anchor | None,
) -> Anchor | None:
    """Return the mentioned date the rule counts from, or None when it counts from the
    document's date. `apart` says the date was mentioned in an earlier paragraph; `named` is
    the last mention if it named a quarter or half, even as the base a period is compared
    with."""
    reference = rule.reference
    if reference == "heading":  # "3 p.m.: ..." under a line "Monday, Jan. 8"
        return heading
    if reference == "document" and heading is not None and _weekday_alone(fields):
        return heading  # "6 a.m. Tuesday" under "Monday, Jan. 8" is the day after it
    if previous is None:
        return None
    if reference == "previous":  # the document's own day, named, counts as the document
        return None if document is not None and previous.value == document.value else previous
    if reference == "period" and "year" in fields and named is not None:
        return named  # "charges in the year-earlier period. In the 1989 period": that quarter
    if reference == "period":  # "a year earlier" than a quarter is that quarter a year back
        in_period = previous.granularity in PERIODS and fields.get("unit") == "year"
        return previous if in_period else None
    if reference == "last_period":  # "last year's quarter" is the quarter last named
        return period
    if reference in ("same_period", "closed_period"):  # "the quarter": the one last named
        if period is None or period.granularity != fields.get("unit"):
            return None
        # "the latest period" has ended: not a quarter named ahead ("a fourth-quarter charge")
        span = interval(period.value) if reference == "closed_period" else None
        return None if span and document is not None and span[1] >= document.start else period
    if reference == "day":  # "at 10 p.m." is on the day the story is telling
        return story_day(rule.type, previous, heading, fields.get("unit"), document, tense, apart)
    return None


_EVENING = 18 * 60  # the minute of the day from which a day is told in the evening
_ON_A_DAY = frozenset({"day", "weekday", "month", "year", "offset", "rel", "unit"})


def _small_hours(text: str, start: int, fields: dict[str, Any]) -> bool:
    """Whether the fields name a time before noon alone ("at 4am"), told on from a day named
    in the evening: the night goes on into the next day, unless a past perfect looks back."""
    morning = fields.get("ampm") == "am" or fields.get("part") == "MO"
    if "hour" not in fields or int(fields["hour"]) >= 12 or not morning:
        return False
    return not _ON_A_DAY & fields.keys() and not PAST_PERFECT.search(text, max(0, start - 40),
                                                                      start)


def _weekday_alone(fields: dict[str, Any]) -> bool:
    """Whether the fields name a weekday and no month or year ("Tuesday", not "Tuesday, Jan. 9")."""
    return "weekday" in fields and "month" not in fields and "year" not in fields


def _yearless(cand: _Candidate, fields: dict[str, Any]) -> bool:
    """Whether the candidate names a month (and day), a season, a quarter, a half of a year or
    a holiday with no year and no relative word."""
    return (any(k in fields for k in ("month", "season", "quarter", "half", "holiday"))
            and "year" not in fields and "rel" not in fields
            and (cand.rule.offset is None or cand.rule.shifts_date))  # "a week before Easter"


def _ends_inside_word(text: str, end: int) -> bool:
    """Return True if a match ending at `end` stops inside a word: "fall" in "falling". (No
    match starts inside one: the rulebook puts a word-start guard before every pattern.)"""
    return end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
