"""Parse a calendar date written out in full ("February 24, 2020", "2020-02-24", "March 2018").

This is for dates that stand alone (front matter, manifests, header lines, datelines), where the
whole date is written; time expressions inside running text are the tagger's job.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["MONTHS", "parse_date", "whole_date"]

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
# Each alternative names its groups; the first that matches at the start wins.
_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<mm>\d\d)-(?P<day>\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?\S*)?"),
    re.compile(r"(?P<year>\d{4})/(?P<mm>\d\d)/(?P<day>\d\d)"),
    re.compile(r"(?P<mm>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})"),
    re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_DAY + r"-" + _MONTH + r"-" + _YEAR, re.IGNORECASE),  # "15-May-2024"
    re.compile(_MONTH + r",?\s+" + _YEAR, re.IGNORECASE),
    # "2018-03", but not the span of years "2019-20"
    re.compile(r"(?P<year>\d{4})-(?P<mm>0[1-9]|1[0-2])(?![\d-])"),
)



def parse_date(text: str) -> tuple[str, int] | None:
    """Return the TIMEX3 value of the date that starts `text` and the characters it spans.

    The value keeps the precision written ("March 2018" is "2018-03"). Returns None when no
    date starts the text; raises ValueError for an impossible date such as February 30, 2020.

    >>> parse_date("Dec. 29, 2016 — Washington")
    ('2016-12-29', 13)
    """
    named = _WEEKDAY.match(text)  # "Tue May 14, 2024", "Tuesday, May 14, 2024"
    for form in _FORMS:
        m = form.match(text, named.end() if named else 0)
        if m is None:
            continue
        groups = m.groupdict()
        year = int(groups["year"])
        month = int(groups["mm"]) if groups.get("mm") else MONTHS[groups["month"].lower()]
        if groups.get("day") is None:
            if not 1 <= month <= 12:
                raise ValueError(f"no month {month} in {m.group(0)!r}")
            return f"{year:04d}-{month:02d}", m.end()
        try:
            day = date(year, month, int(groups["day"]))
        except ValueError as exc:
            raise ValueError(f"impossible date {m.group(0)!r}: {exc}") from None
        return day.isoformat(), m.end()
    return None


def whole_date(text: str) -> str:
    """Return the TIMEX3 value of a field that must hold one date and nothing else."""
    parsed = parse_date(text.strip())
    if parsed is None or parsed[1] != len(text.strip()):
        raise ValueError(
            f"expected a date such as 2020-02-24, February 24, 2020 or March 2018, found {text!r}"
        )
    return parsed[0]
