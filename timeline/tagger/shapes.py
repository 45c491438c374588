"""How an underspecified expression (a month, a day, a weekday, a season, a quarter or a
holiday with no year) is placed: its candidates around the anchor, how to write the one
chosen, and which tense markers it trusts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from timeline.tagger.calendar import holiday, season_interval
from timeline.tagger.tense import Tense
from timeline.timevalue import interval

__all__ = ["Shape", "Spans", "relative", "shape_of"]

Spans = Callable[[date, int], "tuple[date, date] | None"]
Format = Callable[[date, int], str]


@dataclass(frozen=True)
class Shape:
    """How to place an underspecified expression: its candidates around the anchor (k = -1, 0,
    1 years, weeks or months away), how to write the one chosen, and which tense to trust."""

    spans: Spans
    format: Format
    granularity: str
    default: str  # with no tense: "nearest", "same" (k = 0) or "past"
    unknown: str  # the value when there is no anchor
    trust: str = "any"  # the tense markers that place it: "any", "strong" or "none"
    near_days: int = 0  # the nearest wins within this many days, whatever a far verb says,
    firm: bool = False  # and, when firm, whatever the verb right beside it says

    def direction(self, tense: Tense) -> tuple[str | None, str, int]:
        """Return the direction, the default and the days within which the nearest wins."""
        way = self.default if self.default in ("past", "future") else None
        if tense is None or self.trust == "none" or (tense[1], self.trust) == ("weak", "strong"):
            return way, self.default, self.near_days  # no tense it trusts
        if tense[1] == "close" and not self.firm:
            return tense[0], self.default, 0  # the verb right beside it settles it
        return tense[0], self.default, self.near_days


def shape_of(f: dict[str, Any]) -> Shape:
    """Return the shape of the underspecified expression the fields describe."""
    if "holiday" in f:
        spec = f["holiday"]

        def feast(d: date, k: int) -> tuple[date, date]:
            h = holiday(spec, d.year + k)
            return h, h

        # A feast is placed like a month and day: "as Easter week began" a week before it.
        return Shape(feast, lambda d, k: feast(d, k)[0].isoformat(), "day", "nearest",
                      "XXXX-XX-XX", "any", 45, True)
    if "month" in f:
        month = int(f["month"])
        if "day" in f:
            dd = int(f["day"])
            date(2000, month, dd)  # refuses February 30 even in a leap year

            def month_day(d: date, k: int) -> tuple[date, date] | None:
                try:
                    x = date(d.year + k, month, dd)
                except ValueError:
                    return None  # February 29 outside a leap year
                return x, x

            # "has set Nov. 10 as the deadline" written on Nov. 2 is eight days ahead, not a
            # year back: a date that far back would carry its year.
            return Shape(month_day, lambda d, k: f"{d.year + k:04d}-{month:02d}-{dd:02d}",
                          "day", "nearest", f"XXXX-{month:02d}-{dd:02d}", "strong", 45, True)
        return Shape(lambda d, k: interval(f"{d.year + k:04d}-{month:02d}"),
                      lambda d, k: f"{d.year + k:04d}-{month:02d}", "month", "nearest",
                      f"XXXX-{month:02d}", "any", 31)
    if "season" in f:
        season = f["season"]
        return Shape(lambda d, k: season_interval(d.year + k, season),
                      lambda d, k: f"{d.year + k:04d}-{season}", "season", "nearest",
                      f"XXXX-{season}", "any", 60)
    if "quarter" in f:
        q = int(f["quarter"])
        return Shape(lambda d, k: interval(f"{d.year + k:04d}-Q{q}"),
                      lambda d, k: f"{d.year + k:04d}-Q{q}", "quarter", "past", f"XXXX-Q{q}",
                      "any", 45)
    if "half" in f:
        h = int(f["half"])
        return Shape(lambda d, k: interval(f"{d.year + k:04d}-H{h}"),
                      lambda d, k: f"{d.year + k:04d}-H{h}", "half", "same", f"XXXX-H{h}")
    if "weekday" in f:
        wd = int(f["weekday"])

        def week_day(d: date, k: int) -> date:
            return d - timedelta(days=d.weekday()) + timedelta(days=wd - 1, weeks=k)

        return Shape(lambda d, k: (week_day(d, k), week_day(d, k)),
                      lambda d, k: week_day(d, k).isoformat(), "day", "nearest",
                      f"XXXX-WXX-{wd}")
    if "day" in f:
        dd = int(f["day"])

        def month_of(d: date, k: int) -> tuple[date, date] | None:
            first = date(d.year, d.month, 1) + relativedelta(months=k)
            try:
                x = first.replace(day=dd)
            except ValueError:
                return None
            return x, x

        return Shape(month_of, lambda d, k: _checked(month_of(d, k)), "day", "same",
                      "XXXX-XX-XX")
    # A time of day alone ("3 p.m.", "tonight") is on the anchor's day.
    return Shape(lambda d, k: (d, d), lambda d, k: d.isoformat(), "day", "same", "XXXX-XX-XX",
                  "none")


def _checked(span: tuple[date, date] | None) -> str:
    if span is None:
        raise ValueError("no such day in that month")
    return span[0].isoformat()


def relative(day: date, spans: Spans, rel: int, gran: str) -> tuple[int, str]:
    """Place "last December", "next Friday", "this summer": strictly before, after, or same."""
    if rel == 0:
        return 0, "same"
    if gran == "day" and rel == 2:
        return 1, "future"  # "next Friday": the Friday of next week
    ks = range(-2, 3)
    valid = {k: s for k in ks if (s := spans(day, k)) is not None}
    if rel < 0:
        return max(k for k, s in valid.items() if s[1] < day), "past"
    return min(k for k, s in valid.items() if s[0] > day), "future"
