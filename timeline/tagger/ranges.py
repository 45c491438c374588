"""The two ends of a range in order: "from Monday to Wednesday", "Dec. 28-Jan. 3", "from
10 p.m. to 2 a.m.", "between October and May".

Each end of a range is placed on its own, so a weekday, a day without a year or a clock time can
land before the start: "will run from Monday to Wednesday", written on a Wednesday, put the end
on the day of writing, five days before the start. A range is one span, so its end follows its
start. An end placed by its cycle (a day for a clock time, a week for a weekday, a year for a
day of a month) moves to the first of its cycle after a start that names its own place ("from
Dec. 28, 2025 to Jan. 3"), and a start to the last before such an end; when both have a cycle
and are out of order, a past range keeps its end and moves its start back, any other keeps its
start and moves its end ahead (when both were placed at the nearest, with no tense, the one of
the two that lies nearer the document's date wins); when both have the same cycle and lie a
whole cycle apart or more, the end nearer the document's date stays and the other comes to it.
A month alone is placed by its cycle like a day of a month.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from timeline.models import Mention
from timeline.timevalue import granularity_of, interval

__all__ = ["cycle_of", "in_order", "past_midnight", "point"]

# What joins the two ends: "Monday to Wednesday", "Dec. 28-Jan. 3", "between Sunday and Monday".
_JOINED = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till)\s*", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{2})(?::(\d{2}))?")
_PART_MINUTE = {"MO": 8 * 60, "MI": 12 * 60, "AF": 15 * 60, "EV": 19 * 60, "NI": 22 * 60}
_DAY_CYCLE = relativedelta(days=1)
_WEEK = relativedelta(weeks=1)
_YEAR = relativedelta(years=1)


def cycle_of(fields: dict[str, Any]) -> relativedelta | None:
    """Return how far apart the candidates for an expression's day lie: a week for a weekday
    alone ("Monday"), a year for a month or a day of a month without a year ("May", "Dec. 28"),
    a day for a clock time alone ("2 a.m."); None for an expression that names its own place
    ("next Monday", "Dec. 28, 2025")."""
    if "year" in fields or "rel" in fields:
        return None
    if "weekday" in fields and "month" not in fields:
        return _WEEK
    if "month" in fields:
        return _YEAR
    if "hour" in fields and "day" not in fields:
        return _DAY_CYCLE
    return None


def in_order(
    text: str,
    first: Mention,
    first_cycle: relativedelta | None,
    second: Mention,
    second_cycle: relativedelta | None,
) -> tuple[Mention, Mention]:
    """Return the two mentions of a range with its end placed after its start: an end placed
    by its cycle is the first one after a start that names its own place ("from Dec. 28, 2025
    to Jan. 3"), a start the last one before such an end; when both have a cycle and are out
    of order, a past range keeps its end, any other its start. Mentions that are no range come
    back as they are."""
    if not (first_cycle or second_cycle) or not _joined(text, first, second):
        return first, second
    start, end = point(first), point(second)
    if start is None or end is None or _months_with_days(first, first_cycle, second, second_cycle):
        return first, second
    try:
        return _ordered(first, first_cycle, start, second, second_cycle, end)
    except (ValueError, OverflowError):  # no such cycle before the year 1 or after 9999
        return first, second


def _ordered(
    first: Mention,
    first_cycle: relativedelta | None,
    start: tuple[date, int],
    second: Mention,
    second_cycle: relativedelta | None,
    end: tuple[date, int],
) -> tuple[Mention, Mention]:
    if first_cycle == _DAY_CYCLE and second_cycle != _DAY_CYCLE:
        # "from 10 to 11 a.m. Thursday": a clock time alone is on the day the end names, or on
        # the day before it ("from 10 p.m. to 2 a.m. on Friday")
        return _moved(first, end[0] if start[1] <= end[1] else end[0] - _DAY_CYCLE), second
    if second_cycle and not first_cycle:
        return first, _moved(second, _first_after(end, start, second_cycle))
    if first_cycle and (not second_cycle or (end < start and second.direction == "past")):
        return _moved(first, _last_before(start, end, first_cycle)), second
    if first_cycle and second_cycle and end < start and _nearer_back(first, second):
        return _moved(first, _last_before(start, end, first_cycle)), second
    if second_cycle and end < start:
        return first, _moved(second, _first_after(end, start, second_cycle))
    if first_cycle and first_cycle == second_cycle:
        return _within_cycle(first, start, second, end, first_cycle)
    return first, second


def _within_cycle(first: Mention, start: tuple[date, int], second: Mention,
                  end: tuple[date, int], cycle: relativedelta) -> tuple[Mention, Mention]:
    """Return the ends of a range, brought into one cycle when each was placed on its own a
    whole cycle or more apart: the end farther from the document's date moves next to the other
    ("issued a warning from 7 p.m. Saturday until noon Sunday" on a Friday is this weekend)."""
    placed = _day_of(first.anchor)
    if end[0] < start[0] + cycle:
        return first, second
    if placed is not None and abs((end[0] - placed).days) < abs((start[0] - placed).days):
        return _moved(first, _last_before(start, end, cycle)), second
    return first, _moved(second, _first_after(end, start, cycle))


def _months_with_days(first: Mention, first_cycle: relativedelta | None, second: Mention,
                      second_cycle: relativedelta | None) -> bool:
    """Return True when a month alone would pair with a weekday or a clock time ("a revision
    Friday to December's figures"): no range runs from one to the other."""
    short = (first_cycle, second_cycle)
    months = (granularity_of(first.value), granularity_of(second.value))
    return "month" in months and any(c in (_WEEK, _DAY_CYCLE) for c in short)


def _nearer_back(first: Mention, second: Mention) -> bool:
    """Return True when both ends were placed at the nearest, with no tense, and the range
    lies nearer the document's date with its start moved back (ending where the end is) than
    with its end moved ahead (starting where the start is): "From January to November, the
    temperature was ..." in December is this year's."""
    placed = _day_of(first.anchor)
    if placed is None or not first.direction == second.direction == "nearest":
        return False
    start, end = interval(first.value), interval(second.value)
    if start is None or end is None:
        return False
    return max(0, (placed - end[1]).days) <= max(0, (start[0] - placed).days)


def _first_after(point: tuple[date, int], start: tuple[date, int], cycle: relativedelta) -> date:
    """Return the day of the first of the point's cycle that is not before `start`."""
    day, minute = point
    while (day, minute) < start:
        day += cycle
    while (day - cycle, minute) >= start:
        day -= cycle
    return day


def _last_before(point: tuple[date, int], end: tuple[date, int], cycle: relativedelta) -> date:
    """Return the day of the last of the point's cycle that is not after `end`."""
    day, minute = point
    while (day, minute) > end:
        day -= cycle
    while (day + cycle, minute) <= end:
        day += cycle
    return day


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Return True when the text between the mentions joins them as the two ends of a range."""
    if _JOINED.fullmatch(text, first.end, second.start):
        return True
    if not _AND.fullmatch(text, first.end, second.start):
        return False
    return _BETWEEN.search(text, max(0, first.start - 12), first.start) is not None


def point(mention: Mention) -> tuple[date, int] | None:
    """Return the day a mention's value names (a month's first) and the minute of that day it
    starts at (a part of the day at its usual hour), or None when it names no day or month."""
    day = _day_of(mention.value) if mention.type in ("DATE", "TIME") else None
    if day is None:
        return None
    time = mention.value.partition("T")[2]
    if clock := _CLOCK.match(time):
        minute = 60 * int(clock.group(1)) + int(clock.group(2) or 0)
    else:
        minute = _PART_MINUTE.get(time, 0)
    return day, minute


_MINUTES_A_DAY = 24 * 60


def past_midnight(stamp: Mention | None, mention: Mention) -> Mention:
    """Return the time stamping a line of a live report placed after the stamp before it:
    stamps run forward, so "12:15 a.m." after "11:30 p.m." is the next day, as is "1:40 a.m."
    after that. A stamp that lies more than half a day back even so is left where it is: the
    report may run newest first."""
    now, before = point(mention), point(stamp) if stamp is not None else None
    if now is None or before is None:
        return mention
    gap = (now[0] - before[0]).days * _MINUTES_A_DAY + now[1] - before[1]  # from the one before
    if -_MINUTES_A_DAY <= gap < -_MINUTES_A_DAY // 2 and now[0] < date.max:
        return _moved(mention, now[0] + _DAY_CYCLE)
    return mention


def _day_of(value: str | None) -> date | None:
    """Return the day a TIMEX3 value names (with or without a time of day), or the first day
    of the month it names, else None."""
    if value is None or granularity_of(value) not in ("day", "time", "month"):
        return None
    span = interval(value)
    return span[0] if span else None


def _moved(mention: Mention, day: date) -> Mention:
    """Return the mention placed on `day` instead, at the same time of day, its direction
    (against the date it was resolved against) updated."""
    written = 7 if granularity_of(mention.value) == "month" else 10  # "2024-05", "2024-05-03"
    if mention.value.startswith(day.isoformat()[:written]):
        return mention
    value = day.isoformat()[:written] + mention.value[written:]
    direction = mention.direction
    if (placed := _day_of(mention.anchor)) is not None:
        direction = "past" if day < placed else "future" if day > placed else "same"
    return dataclasses.replace(mention, value=value, direction=direction)
