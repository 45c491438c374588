"""Calendar arithmetic for the tagger: shift an anchor by units, place underspecified dates.

Everything here works from explicit fields and an explicit anchor; nothing reads the clock.
Underspecified expressions (a month, a weekday, a season without a year) are placed in the
direction the sentence gives: "past" takes the latest one not after the anchor, "future" the
earliest one not before it, None the one a reader assumes by default (see `place`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from timeline.timevalue import granularity_of, interval

__all__ = ["Anchor", "format_unit", "holiday", "holiday_every", "place", "shift", "weekday_beside"]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Anchor:
    """The date expressions are resolved against: a TIMEX3 value, its granularity, its first day.

    A document date is a day, a month or a year; a date mentioned in the text and used as the
    reference of "a year earlier" may be any calendar unit (a quarter, a week).
    """

    value: str
    granularity: str
    start: date

    @classmethod
    def parse(cls, value: str) -> Anchor | None:
        """Return the anchor for a TIMEX3 date value, or None when it names no calendar unit."""
        value = value.split("T")[0]
        span = interval(value)
        granularity = granularity_of(value)
        if span is None or granularity is None:
            return None
        return cls(value, granularity, span[0])

    @property
    def year(self) -> int:
        """Return the anchor's year."""
        return self.start.year

    @property
    def date(self) -> date | None:
        """Return the anchor as a day, when it is known to the day."""
        return self.start if self.granularity == "day" else None

    def knows(self, unit: str) -> bool:
        """Return True when the anchor is precise enough to place a `unit` relative to it."""
        return _ORDER.index(self.granularity) <= _ORDER.index(_NEEDS.get(unit, "year"))


_SEASON_OF = ("WI", "SP", "SU", "FA")  # by the month's number mod 12, divided by 3


def format_unit(day: date, unit: str) -> str:
    """Return the TIMEX3 value of the `unit` (day, week, month, ...) that contains `day`."""
    if unit in ("day", "night"):
        return day.isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "season":  # a winter is the year its December is in
        return f"{day.year - (day.month < 3):04d}-{_SEASON_OF[day.month % 12 // 3]}"
    if unit == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"no calendar unit {unit!r}")


def week_of_month(year: int, month: int, nth: int) -> str:
    """Return the ISO week that is the month's `nth` (-1: the last): as ISO counts a year's weeks,
    the first week holds the month's 4th day and the last its fourth-last."""
    if nth > 0:
        day = date(year, month, 4) + timedelta(weeks=nth - 1)
    else:
        day = date(year, month, 1) + relativedelta(months=1, days=-4) + timedelta(weeks=nth + 1)
    return format_unit(day, "week")


def day_of_month(year: int, month: int, nth: int) -> str:
    """Return the month's first day (`nth` 1) or its last (-1): "the last day of April"."""
    first = date(year, month, 1)
    return (first if nth > 0 else first + relativedelta(months=1, days=-1)).isoformat()


_ORDER = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")
_NEEDS = {"day": "day", "night": "day", "week": "week", "weekend": "week", "hour": "day",
          "minute": "day", "month": "month", "quarter": "quarter", "half": "half",
          "decade": "decade", "century": "century"}
_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def shift(anchor: Anchor, unit: str, amount: int, out: str | None = None) -> str | None:
    """Return the value `amount` units from the anchor, written at the granularity `out` (by
    default `unit`), or None when the anchor is too coarse to say (a month-precision anchor
    cannot place "yesterday")."""
    if not anchor.knows(unit):
        return None
    base = anchor.start
    if unit in ("day", "night", "hour", "minute"):
        moved = base + timedelta(days=amount)
    elif unit in ("week", "weekend"):
        moved = base + timedelta(weeks=amount)
    elif unit in _MONTHS:
        moved = base + relativedelta(months=_MONTHS[unit] * amount)
    else:
        raise ValueError(f"cannot shift by {unit!r}")
    return format_unit(moved, out or unit)


def holiday_every(spec: str) -> tuple[str, str]:
    """Return the SET value and granularity of a holiday recurring each year: its day when
    fixed ("every Fourth of July": XXXX-07-04), its month when it moves within one ("every
    Labor Day": XXXX-09-XX), else once a year ("every Easter", "every Cyber Monday", which
    may fall in December)."""
    if spec == "election":
        return "XXXX-11-XX", "month"
    parts = spec.split("-")
    if len(parts) == 2:
        return f"XXXX-{spec}", "day"
    if len(parts) == 3 and " " not in spec:
        return f"XXXX-{parts[0]}-XX", "month"
    return "P1Y", "year"


def weekday_beside(day: date, weekday: int, step: int) -> str:
    """Return the first `weekday` (1 for Monday) after `day` (`step` 1) or before it (-1), or
    the n-th for a `step` of n or -n ("two Tuesdays ago")."""
    way = 1 if step > 0 else -1
    days = ((weekday - day.isoweekday()) * way % 7 or 7) + 7 * (abs(step) - 1)
    return (day + timedelta(days=days * way)).isoformat()


def holiday(spec: str, year: int) -> date:
    """Return the day a holiday spec names in `year`: "12-25", "11-4-4" (4th Thursday), "05-1-last",
    "easter" or "election", optionally moved by whole days ("easter -2" is Good Friday)."""
    base, _, days = spec.partition(" ")
    if days:
        return holiday(base, year) + timedelta(days=int(days))
    if spec == "easter":
        return easter(year)
    if spec == "election":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    parts = spec.split("-")
    if len(parts) == 2:
        return date(year, int(parts[0]), int(parts[1]))
    month, weekday = int(parts[0]), int(parts[1])
    nth = -1 if parts[2] == "last" else int(parts[2])
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - 1 - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - timedelta(days=(last.weekday() - (weekday - 1)) % 7)


def place(
    anchor: date,
    candidates: Callable[[int], tuple[date, date] | None],
    direction: str | None,
    default: str = "same",
    tie_days: int = 0,
) -> tuple[int, str]:
    """Return the year (or offset) of the candidate interval chosen, and the direction used.

    `candidates(k)` gives the interval of the k-th occurrence around the anchor (k = 0 is the one
    in the anchor's own year, week or month). "past" takes the latest starting on or before the
    anchor, "future" the earliest ending on or after it; with no direction, `default` says
    whether to keep k = 0 ("same") or take the nearest ("nearest"). With `tie_days`, the nearest
    wins unless it lies more than that many days away and the direction points the other way:
    news reports what is close to its date, and tense only settles the far cases.
    """
    spans = {k: candidates(k) for k in (-1, 0, 1)}
    valid = {k: s for k, s in spans.items() if s is not None}
    if tie_days and valid:
        k = min(valid, key=lambda k: _distance(anchor, valid[k], k))
        gap = _distance(anchor, valid[k], k)[0]
        if gap <= tie_days:
            return k, "nearest"
    if direction == "past":
        past = [k for k, s in valid.items() if s[0] <= anchor]
        if past:
            return max(past), "past"
    elif direction == "future":
        future = [k for k, s in valid.items() if s[1] >= anchor]
        if future:
            return min(future), "future"
    if default == "nearest" and valid:
        return min(valid, key=lambda k: _distance(anchor, valid[k], k)), "nearest"
    return 0, "same"


def _distance(anchor: date, span: tuple[date, date], k: int) -> tuple[int, int]:
    """Return the days from the anchor to the span (0 inside it), preferring the past on ties."""
    start, end = span
    gap = 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
    return gap, -k if k < 0 else k


def season_interval(year: int, season: str) -> tuple[date, date]:
    """Return the first and last day of a season (winter runs into the next year)."""
    start = date(year, _SEASON_START[season], 1)
    return start, start + relativedelta(months=3, days=-1)
