"""TIMEX3 date values: their granularity and the interval of days they cover."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["GRANULARITIES", "granularity_of", "interval", "narrowed"]

# Finest first; the order is used to compare precisions.
GRANULARITIES = (
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
)

_SEASONS = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("time", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)T[\dA-Z:.]+"),
        ("day", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
        ("week", r"(?P<y>\d{4})-W(?P<w>\d\d)(?:-WE)?"),
        ("month", r"(?P<y>\d{4})-(?P<m>\d\d)"),
        ("season", r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)"),
        ("quarter", r"(?P<y>\d{4})-Q(?P<q>[1-4])"),
        ("half", r"(?P<y>\d{4})-H(?P<h>[12])"),
        ("year", r"(?:FY)?(?P<y>\d{4})"),
        ("decade", r"(?P<c>\d{3})"),
        ("century", r"(?P<c>\d\d)"),
    )
)


@lru_cache(maxsize=65536)
def granularity_of(value: str) -> str | None:
    """Return the granularity of a TIMEX3 date value, or None for references and durations.
    A year before the common era ("BC0044") has one, but no interval of days."""
    form = _match(value.removeprefix("BC").replace("X", "0"))
    return form[0] if form else None


@lru_cache(maxsize=65536)
def interval(value: str) -> tuple[date, date] | None:
    """Return the first and last day a TIMEX3 value covers, or None when it covers no fixed days.

    >>> interval("2016-12")
    (datetime.date(2016, 12, 1), datetime.date(2016, 12, 31))
    """
    if "X" in value or value.startswith("BC"):
        return None
    form = _match(value)
    if form is None:
        return None
    name, m = form
    try:
        if name in ("time", "day"):
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
            return day, day
        year = int(m["y"]) if "y" in m.groupdict() else 0
        if name == "week":
            monday = date.fromisocalendar(year, int(m["w"]), 1)
            if value.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if name == "month":
            return _months(year, int(m["m"]), year, int(m["m"]))
        if name == "season":
            first, last = _SEASONS[m["s"]]
            # Winter YYYY-WI runs from December of YYYY into February of YYYY+1.
            return _months(year, first, year + 1 if first > last else year, last)
        if name == "quarter":
            q = int(m["q"])
            return _months(year, 3 * q - 2, year, 3 * q)
        if name == "half":
            h = int(m["h"])
            return _months(year, 6 * h - 5, year, 6 * h)
        if name == "year":
            return date(year, 1, 1), date(year, 12, 31)
        if name == "decade":
            start = int(m["c"]) * 10
            return date(max(start, 1), 1, 1), date(start + 9, 12, 31)
        start = int(m["c"]) * 100
        return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
    except (ValueError, OverflowError):  # no such day, or a week running past year 9999
        return None


def narrowed(span: tuple[date, date], mod: str | None) -> tuple[date, date]:
    """Return the part of `span` a TIMEX3 mod leaves: START ("early") its first third, MID
    ("mid-") its middle third, END ("late") its last, each rounded up (so "early this week"
    runs to its Wednesday); any other mod leaves all of it.

    >>> narrowed((date(2025, 1, 1), date(2025, 12, 31)), "START")
    (datetime.date(2025, 1, 1), datetime.date(2025, 5, 2))
    """
    first, last = span
    days = (last - first).days + 1
    third = -(-days // 3)
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "MID":
        start = first + timedelta(days=(days - third) // 2)
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    return span


def _match(value: str) -> tuple[str, re.Match[str]] | None:
    for name, pattern in _FORMS:
        m = pattern.fullmatch(value)
        if m:
            return name, m
    return None


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[date, date]:
    first = date(y1, m1, 1)
    after = date(y2 + (m2 == 12), m2 % 12 + 1, 1)
    return first, after - timedelta(days=1)
