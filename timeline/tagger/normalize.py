"""From a rule's fields to a TIMEX3 value: durations, sets, and calendar dates and times."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from timeline.tagger.calendar import (
    Anchor,
    day_of_month,
    format_unit,
    holiday,
    holiday_every,
    place,
    shift,
    week_of_month,
    weekday_beside,
)
from timeline.tagger.durations import duration
from timeline.tagger.rulebook import Rule, Rulebook
from timeline.tagger.shapes import relative, shape_of
from timeline.tagger.tense import Tense
from timeline.timevalue import granularity_of, interval

__all__ = ["Resolution", "resolve"]

_UNKNOWN = {
    "day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX",
    "decade": "XXX", "century": "XX", "hour": "XXXX-XX-XX", "minute": "XXXX-XX-XX",
}


@dataclass(frozen=True)
class Resolution:
    """A normalized value and how it was reached."""

    type: str
    value: str
    granularity: str
    mod: str | None = None
    direction: str | None = None
    anchored: bool = False
    placed: bool = True


def resolve(
    rule: Rule,
    fields: dict[str, Any],
    anchor: Anchor | None,
    tense: Tense,
    rulebook: Rulebook,
    mentioned: bool = False,
) -> Resolution | None:
    """Return the TIMEX3 value of a match's `fields`, resolved against `anchor` in `tense`;
    `mentioned` says the anchor is a date the text mentioned rather than the document's."""
    if rule.value is not None:
        value = rule.value.format(**fields) if "{" in rule.value else rule.value
        gran = "reference" if value.endswith("_REF") else granularity_of(value) or _unit_of(value)
        return Resolution(rule.type, value, gran, anchored=value.endswith("_REF"), placed=False)
    if rule.type == "DURATION":
        unit = fields["unit"]
        return Resolution("DURATION", duration(fields.get("number", 1), unit), unit, placed=False)
    if rule.type == "SET":
        if "holiday" in fields:
            value, unit = holiday_every(fields["holiday"])
            return Resolution("SET", value, unit, placed=False)
        if "weekday" in fields:
            part = f"T{fields['part']}" if "part" in fields else ""
            return Resolution("SET", f"XXXX-WXX-{fields['weekday']}{part}", "week", placed=False)
        if "month" in fields:
            return Resolution("SET", f"XXXX-{int(fields['month']):02d}", "month", placed=False)
        if "season" in fields:
            return Resolution("SET", f"XXXX-{fields['season']}", "season", placed=False)
        if "part" in fields or "hour" in fields:  # "every morning", "9 a.m. on weekdays"
            return Resolution("SET", f"XXXX-XX-XX{_time_of_day(fields)}", "day", placed=False)
        unit = fields["unit"]
        return Resolution("SET", duration(fields.get("number", 1), unit), unit, placed=False)
    return _calendar(rule, fields, anchor, tense, rulebook, mentioned)


def _unit_of(value: str) -> str:
    return "duration" if value.startswith("P") else "unknown"


def _offset(spec: str, fields: dict[str, Any], rulebook: Rulebook) -> tuple[int, bool]:
    """Return the offset the spec computes and whether a count in it is vague ("several"),
    in which case the count is taken as 1 and only the offset's sign means anything."""
    total, vague = 1.0, False
    for term in spec.split("*"):
        sign = -1 if term.startswith("-") else 1
        name = term.lstrip("-")
        if name.isdigit():
            value: Any = int(name)
        elif name in fields["_words"]:
            value = rulebook.normalize("shift", fields["_words"][name])
        else:
            value = fields.get(name)
        if value == "X":
            value, vague = 1, True
        if value is None:
            raise ValueError(f"offset term {term!r} has no value")
        total *= sign * float(value)
    return round(total), vague


def _calendar(
    rule: Rule,
    f: dict[str, Any],
    anchor: Anchor | None,
    tense: Tense,
    rulebook: Rulebook,
    mentioned: bool,
) -> Resolution:
    kind = rule.type
    time = _time_of_day(f)
    if f.get("unit") == "fortnight":  # two weeks, placed as weeks: "a fortnight ago"
        number = f.get("number", 1)
        f = {**f, "unit": "week", "number": number if number == "X" else 2 * float(number)}
    elif f.get("unit") == "year" and _fraction(f.get("number")):
        f = {**f, "unit": "month", "number": 12 * float(f["number"])}  # "2.5 years ago": months
    if rule.offset is not None and rule.shifts_date:  # "the day after Christmas"
        named = _named(kind, f, anchor, tense, mentioned, time)
        amount, vague = _offset(rule.offset, f, rulebook)
        base = Anchor.parse(named.value)
        exact = named.granularity == "day" and not vague  # not "a few days after"
        if rule.ends_on_date and base is not None:  # "the quarter that ended in March"
            base, exact = _middle(base, f["unit"]), not vague
        out = f["unit"] if rule.names_unit else named.granularity
        if out == "weekend" and base is not None and base.start.weekday() < 2:
            # "Labor Day weekend": a Monday's or a Tuesday's is the weekend before it
            base = Anchor.parse((base.start - timedelta(days=base.start.weekday() + 1)).isoformat())
        if "to_weekday" in f and base is not None and exact:  # "the Friday before Christmas"
            beside = weekday_beside(base.start, int(f["to_weekday"]), amount)
            return Resolution(kind, beside, "day", direction=named.direction, anchored=True)
        value = shift(base, f["unit"], amount, out) if base is not None and exact else None
        if value is None:
            return Resolution(kind, _UNKNOWN[f["unit"]], f["unit"], placed=False)
        return Resolution(kind, value, out, direction=named.direction, anchored=True)
    if rule.offset is not None:
        amount, vague = _offset(rule.offset, f, rulebook)
        if mentioned and rule.reference in ("same_period", "closed_period"):
            amount = 0  # the period named itself, not the one before it
        if vague:  # "several years ago" is in the past, "a few days later" in the future,
            # unless the text tells it as past: "In January ... A few days later, it announced"
            past = amount < 0 or (tense is not None and tense[0] == "past")
            ref = "PAST_REF" if past else "FUTURE_REF"
            return Resolution("DATE", ref, "reference", anchored=anchor is not None, placed=False)
        unit = f.get("unit") or _period_unit(anchor, mentioned)
        if unit is None:  # "the same period" with no period named before it
            return Resolution(kind, _UNKNOWN["day"], "day", placed=False)
        if unit in ("hour", "minute", "second"):
            # "an hour later" than a day is no date: the text gives the span, not the clock
            return Resolution("DURATION", duration(f.get("number", 1), unit), unit, placed=False)
        if amount > 0 and rule.reference == "previous" and not mentioned and tense is not None \
                and tense[0] == "past":  # "Ten days later, the ship sank", no date before it
            return Resolution(kind, _UNKNOWN.get(unit, "XXXX"), unit, placed=False)
        out = f.get("grain", unit)  # "a year ago today" is a day
        if unit in ("decade", "century") and "number" in f:
            out = "year"  # "two decades ago" is a year, as "twenty years ago" is
        keeps_precision = mentioned and unit == "year" and not rule.names_unit
        if keeps_precision and anchor is not None and _finer(anchor.granularity, unit):
            out = anchor.granularity  # "a year earlier" than a quarter is a quarter
        elif (mentioned and anchor and anchor.granularity in _QUARTERLY and unit == "month"
              and amount % 3 == 0):  # "18 months later" than a fall is a spring
            unit, amount, out = "quarter", amount // 3, anchor.granularity
        value = shift(anchor, unit, amount, out) if anchor else None
        if value is None and time and unit == "day":  # "the next morning" after "in October"
            return Resolution(kind, _UNKNOWN[unit] + time, "time", placed=False)
        if value is None and anchor and mentioned and amount == 0 and unit == "day" \
                and anchor.granularity in ("month", "year"):  # "last October ... that day"
            padded = anchor.value + ("-XX" if anchor.granularity == "month" else "-XX-XX")
            return Resolution(kind, padded, unit, anchored=True, placed=False)
        if value is None:
            return Resolution(kind, _UNKNOWN.get(unit, "XXXX"), unit, placed=False)
        if time and unit == "day":
            return Resolution("TIME", value + time, "time", anchored=True)
        if out == "month" and "day" in f:  # "the 3rd of last month"
            return _day_of_month(kind, value, int(f["day"]), _sign(amount))
        if out == "year" and (part := _part_of_year(f, int(value[:4]))):
            return Resolution(kind, value + part, granularity_of(value + part) or "year",
                              anchored=True, direction=_sign(amount))
        derived = not mentioned or amount == 0  # "the quarter" named is that quarter again
        return Resolution(kind, value, out, anchored=True, direction=_sign(amount), placed=derived)
    return _named(kind, f, anchor, tense, mentioned, time, settled=rule.tenseless)


_HALF_UNIT = {"week": 3, "month": 14, "quarter": 45}  # days


def _middle(end: Anchor, unit: str) -> Anchor | None:
    """Return the middle day of the `unit` that ends with the day or month `end`."""
    span = interval(end.value)
    if span is None or unit not in _HALF_UNIT:
        return None
    return Anchor.parse((span[1] - timedelta(days=_HALF_UNIT[unit])).isoformat())


def _fraction(number: Any) -> bool:
    """Return True for a count that is no whole number ("two and a half")."""
    try:
        return not float(number).is_integer()
    except (TypeError, ValueError):  # no count, or a vague one ("X")
        return False


def _period_unit(anchor: Anchor | None, mentioned: bool) -> str | None:
    """Return the unit of a "period" ("the previous period", "that period"): the unit of the
    date last named, or None when the text named none."""
    return anchor.granularity if anchor is not None and mentioned else None


def _named(
    kind: str,
    f: dict[str, Any],
    anchor: Anchor | None,
    tense: Tense,
    mentioned: bool,
    time: str | None,
    settled: bool = False,
) -> Resolution:
    """Resolve a date the fields name (a decade, a year, a month, a weekday ...), no offset;
    `settled` places an underspecified one by its shape's default, or at the nearest when the
    sentence looks ahead (see `_underspecified`)."""
    if {"week_of_month", "weekday", "month"} <= f.keys():
        # "the first Monday in October" is placed as a feast: the spec holiday() reads
        nth = int(f["week_of_month"])
        spec = f"{int(f['month']):02d}-{int(f['weekday'])}-{'last' if nth < 0 else nth}"
        named = {k: v for k, v in f.items() if k not in ("week_of_month", "weekday", "month")}
        return _named(kind, {**named, "holiday": spec}, anchor, tense, mentioned, time, settled)
    for field, grain, unknown, of_month in _OF_MONTH:
        if field not in f:
            continue  # "the first week of March", "the last day of April": place the month
        month_fields = {"month": _edge_month(f[field]), **f}
        del month_fields[field]
        month = _named(kind, month_fields, anchor, tense, mentioned, time, settled)
        if not month.value[:4].isdigit():
            return Resolution(kind, unknown, grain, placed=False)
        value = of_month(int(month.value[:4]), int(month.value[5:7]), int(f[field]))
        return replace(month, value=value, granularity=grain)
    if "turn" in f:  # "the turn of the century": the year it begins
        return _turn(kind, f, anchor)
    if "decade" in f:
        return Resolution(kind, str(f["decade"]), "decade")
    if "century" in f:
        return Resolution(kind, f"{int(f['century']) - 1:02d}", "century")
    if "year" in f:
        if mentioned and anchor is not None:
            # "the 1988 quarter" after "the third quarter" is that quarter in 1988
            value = f"{int(f['year']):04d}{anchor.value[4:]}"
            return Resolution(kind, value, anchor.granularity, anchored=True)
        return _absolute(kind, f, time)
    return _underspecified(kind, f, anchor, tense, time, settled)


def _turn(kind: str, f: dict[str, Any], anchor: Anchor | None) -> Resolution:
    """Return the year that begins the century named, or the century (or millennium) nearest
    the anchor."""
    if "century" in f:
        return Resolution(kind, f"{(int(f['century']) - 1) * 100:04d}", "year")
    if anchor is None:
        return Resolution(kind, "XXXX", "year", placed=False)
    years = int(f["turn"])
    return Resolution(kind, f"{(anchor.year + years // 2) // years * years:04d}", "year",
                      anchored=True)


_CALENDAR = ("day", "week", "month", "quarter", "half", "year")
_QUARTERLY = ("season", "quarter")  # parts of a year three months long
# A part of a month counted from its start or end: the field, its grain, its value when the
# month is unknown, and how it is found.
_OF_MONTH = (("week_of_month", "week", "XXXX-WXX", week_of_month),
             ("day_of_month", "day", "XXXX-XX-XX", day_of_month))


def _finer(granularity: str, unit: str) -> bool:
    return (granularity in _CALENDAR and unit in _CALENDAR
            and _CALENDAR.index(granularity) < _CALENDAR.index(unit))


def _edge_month(nth: int) -> int:
    """Return the month a year's `nth` week or day is in when no month is named: "the first
    week of 2023" is in its January, "the last day of the year" in its December."""
    return 1 if int(nth) > 0 else 12


def _part_of_year(f: dict[str, Any], year: int) -> str | None:
    for field, _, _, of_month in _OF_MONTH:  # "the last week of next year"
        if field in f:
            month = int(f.get("month", _edge_month(f[field])))
            return of_month(year, month, int(f[field]))[4:]
    if "month" in f and "day" in f:
        return f"-{int(f['month']):02d}-{int(f['day']):02d}"
    if "month" in f:
        return f"-{int(f['month']):02d}"
    if "quarter" in f:
        return f"-Q{int(f['quarter'])}"
    if "half" in f:
        return f"-H{int(f['half'])}"
    if "season" in f:
        return f"-{f['season']}"
    return None


def _day_of_month(kind: str, month: str, day: int, direction: str) -> Resolution:
    try:
        value = date(int(month[:4]), int(month[5:7]), day).isoformat()
    except ValueError:  # "the 31st of next month" in a month of 30 days
        return Resolution(kind, "XXXX-XX-XX", "day", placed=False)
    return Resolution(kind, value, "day", anchored=True, direction=direction)


def _sign(amount: int) -> str:
    return "past" if amount < 0 else "future" if amount > 0 else "same"


def _absolute(kind: str, f: dict[str, Any], time: str | None) -> Resolution:
    year = int(f["year"])
    if "quarter" in f:
        return Resolution(kind, f"{year:04d}-Q{int(f['quarter'])}", "quarter")
    if "half" in f:
        return Resolution(kind, f"{year:04d}-H{int(f['half'])}", "half")
    if "season" in f:
        return Resolution(kind, f"{year:04d}-{f['season']}", "season")
    if "holiday" in f:
        return Resolution(kind, holiday(f["holiday"], year).isoformat(), "day")
    if "month" in f and "day" in f:
        value = date(year, int(f["month"]), int(f["day"])).isoformat()
        return Resolution("TIME" if time else kind, value + (time or ""), "time" if time else "day")
    if "month" in f:
        month = int(f["month"])
        if not 1 <= month <= 12:
            raise ValueError(f"no month {month}")
        return Resolution(kind, f"{year:04d}-{month:02d}", "month")
    return Resolution(kind, f"{year:04d}", "year")


def _underspecified(
    kind: str,
    f: dict[str, Any],
    anchor: Anchor | None,
    tense: Tense,
    time: str | None,
    settled: bool = False,
) -> Resolution:
    """Place a month, day, weekday, season, quarter or holiday that has no year; `settled`, by
    the shape's default direction alone, with no nearest-wins window ("second-quarter profit"
    in February is the last Q2, not the coming one), or at the nearest when the sentence looks
    ahead ("will report fourth-quarter results" in September is the coming Q4)."""
    shape = shape_of(f)
    gran = shape.granularity
    if anchor is None:
        return Resolution(kind, shape.unknown + (time or ""), gran, placed=False)
    day = anchor.date or anchor.start + timedelta(days=14)
    rel = f.get("rel")
    if rel is not None:
        span = None if anchor.date or not rel else interval(anchor.value)
        if span is not None:  # "the following March" after 2010 is past all of 2010
            day = span[1] if int(rel) > 0 else span[0]
        k, direction = relative(day, shape.spans, int(rel), gran)
    elif settled:  # by the default alone, or the nearest when the sentence looks ahead
        way, default, _ = shape.direction(None)
        if tense is not None and tense[0] == "future":
            way, default = None, "nearest"
        k, direction = place(day, lambda k: shape.spans(day, k), way, default)
    else:
        way, default, near_days = shape.direction(tense)
        k, direction = place(day, lambda k: shape.spans(day, k), way, default, near_days)
    value = shape.format(day, k)
    if time and gran == "day":
        return Resolution("TIME", value + time, "time", direction=direction, anchored=True)
    if f.get("weekend"):
        value = format_unit(date.fromisoformat(value), "weekend")
        gran = "weekend"
    return Resolution(kind, value, gran, direction=direction, anchored=True)


def _time_of_day(f: dict[str, Any]) -> str | None:
    if "clock" in f:
        return f"T{f['clock']}"
    if "hour" in f:
        hour = int(f["hour"])
        minute = int(f.get("minute", 0))
        ampm = f.get("ampm")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        part = f.get("part")
        if ampm is None and part in ("AF", "EV", "NI") and hour < 12:
            hour += 12
        if hour > 24 or minute > 59:
            raise ValueError("no such clock time")
        if "minutes_to" in f:  # "a quarter to ten": the minutes before the hour
            hour, minute = divmod((hour * 60 - int(f["minutes_to"])) % (24 * 60), 60)
        return f"T{hour:02d}:{minute:02d}"
    if "part" in f:
        return f"T{f['part']}"
    return None
