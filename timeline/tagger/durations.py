"""TIMEX3 durations: a count of a unit ("three years" `P3Y`, "1.5 hours" `PT1H30M`, "several
weeks" `PXW`), and a duration told in two units as one mention ("14 hours and 20 minutes" is
`PT14H20M`, "two years and three months" `P2Y3M`, "a day and 12 hours" `P1DT12H`).

Each part of a duration in two units is tagged on its own first; two durations joined by "and"
or a comma, each a whole count of one unit, the first's unit the larger, become one. A vague
count ("several hours and some minutes"), a modifier on the second part, or a week (which ISO
durations do not mix with other units) leaves them apart.

    >>> from timeline.tagger import tag
    >>> [m.value for m in tag("The flight lasted 14 hours and 20 minutes.", "2024-05-15")]
    ['PT14H20M']
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from timeline.models import Mention

__all__ = ["duration", "joined"]

_DURATION_CODE = {
    "year": ("Y", 1), "month": ("M", 1), "week": ("W", 1), "day": ("D", 1), "night": ("D", 1),
    "weekend": ("D", 2), "hour": ("TH", 1), "minute": ("TM", 1), "second": ("TS", 1),
    "decade": ("Y", 10), "century": ("Y", 100), "quarter": ("Q", 1), "fortnight": ("W", 2),
}
# A fraction of a unit is written in the next smaller one: 1.5 hours is PT1H30M.
_SMALLER = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60),
            "minute": ("second", 60), "week": ("day", 7), "decade": ("year", 10)}

_JOIN = re.compile(r"\s*,?\s+and\s+|\s*,\s*", re.IGNORECASE)
# One whole count of one unit: "P2Y", "PT20M" (a week is left alone).
_ONE_UNIT = re.compile(r"P(?:(\d+)([YMD])|T(\d+)([HMS]))")
_ORDER = ("Y", "M", "D", "TH", "TM", "TS")  # the units, largest first, "T" marking a time's


def duration(number: Any, unit: str) -> str:
    """Return the TIMEX3 duration of `number` `unit`s ("X" for a vague count)."""
    code, factor = _DURATION_CODE[unit]
    if number in (None, "X"):
        return f"P{code[0]}X{code[-1]}" if code.startswith("T") else f"PX{code}"
    amount = float(number) * factor
    whole = int(amount)
    rest = amount - whole
    text = f"{whole}{code[-1]}" if whole or not rest else ""  # "0 days" is P0D
    if rest and unit in _SMALLER:
        smaller, ratio = _SMALLER[unit]
        sub_code = _DURATION_CODE[smaller][0]
        text += f"{round(rest * ratio)}{sub_code[-1]}"
        timed = code.startswith("T") or sub_code.startswith("T")
        if timed and not code.startswith("T") and whole:
            return f"P{whole}{code[-1]}T{round(rest * ratio)}{sub_code[-1]}"
        return ("PT" if timed else "P") + text
    if rest:
        text = f"{amount:g}{code[-1]}"
    return ("PT" if code.startswith("T") else "P") + text


def joined(text: str, first: Mention, second: Mention) -> Mention | None:
    """Return the one duration the two mentions make, or None when they make none."""
    if first.type != "DURATION" or second.type != "DURATION" or second.mod is not None:
        return None
    if not _JOIN.fullmatch(text, first.end, second.start):
        return None
    a, b = _unit(first.value), _unit(second.value)
    if a is None or b is None or _ORDER.index(a[1]) >= _ORDER.index(b[1]):
        return None
    date_part = "".join(f"{n}{u}" for n, u in (a, b) if not u.startswith("T"))
    time_part = "".join(f"{n}{u[1]}" for n, u in (a, b) if u.startswith("T"))
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    return dataclasses.replace(first, end=second.end, text=text[first.start:second.end],
                               value=value, granularity=second.granularity)


def _unit(value: str) -> tuple[str, str] | None:
    """Return the count and unit of a one-unit duration ("PT20M" -> ("20", "TM"))."""
    m = _ONE_UNIT.fullmatch(value)
    if m is None:
        return None
    return (m[1], m[2]) if m[1] else (m[3], "T" + m[4])
