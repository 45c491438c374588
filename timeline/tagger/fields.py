"""What the text a rule matched is worth as a field: a year ("'98", "nineteen eighty-nine"),
a day, a number ("twenty-four", "51,200", "2 1/2"), a decade ("the '90s"), an hour."""

from __future__ import annotations

import re
from typing import Any

from timeline.tagger.calendar import Anchor
from timeline.tagger.rulebook import Rulebook

__all__ = ["convert"]


def convert(field: str, table: str | None, text: str, anchor: Anchor | None,
            rulebook: Rulebook) -> Any:
    """Return the value of a field matched as `text`: through the fragment's table when it
    has one that knows the text, else by the field's own reading; `anchor` places a two-digit
    year or decade."""
    if table is not None:
        value = rulebook.normalize(table, text)
        if value is not None:
            return value
    return _CONVERTERS.get(field, _identity)(text, anchor, rulebook)


def _identity(text: str, anchor: Anchor | None, rulebook: Rulebook) -> str:
    return text


def _year(text: str, anchor: Anchor | None, rulebook: Rulebook) -> int:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:  # "'98", "FY24": within 79 years before the anchor to 20 after
        two = int(digits)
        if anchor is None:
            return (1900 if two >= 30 else 2000) + two
        first = anchor.year - 79
        return first + (two - first) % 100
    words = text.lower().replace("the year ", "").replace(" and ", " ").replace("-", " ").split()
    if words[:1] == ["nineteen"]:
        return 1900 + int(_number(" ".join(words[1:]), anchor, rulebook) or 0)
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(_number(" ".join(words[2:]), anchor, rulebook) or 0)
    raise ValueError(f"no year in {text!r}")


def _day(text: str, anchor: Anchor | None, rulebook: Rulebook) -> int:
    return int(re.sub(r"\D", "", text))


def _number(text: str, anchor: Anchor | None, rulebook: Rulebook) -> float | str | None:
    """Return the value of a number written in digits or words ("twenty-four"), X if vague."""
    text = text.strip()
    if not text:
        return None
    if text.lower().endswith(" and a half"):
        whole = _number(text[: -len(" and a half")], anchor, rulebook)
        return whole + 0.5 if isinstance(whole, (int, float)) else whole
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text):  # "51,200", "1.5"
        return float(text) if "." in text else int(text.replace(",", ""))
    if m := re.fullmatch(r"(\d+)\s+1/2", text):
        return int(m.group(1)) + 0.5
    direct = rulebook.normalize("number", text)
    if direct is not None:
        return direct  # type: ignore[no-any-return]
    total = group = 0  # "two thousand three hundred": thousands go to total, the rest to group
    for word in re.split(r"[\s-]+", text.lower()):
        value = rulebook.normalize("number", word)
        if not isinstance(value, int):
            raise ValueError(f"no number in {text!r}")
        if value == 1000:
            total, group = total + (group or 1) * 1000, 0
        elif value == 100:
            group = (group or 1) * 100
        else:
            group += value
    return total + group


def _decade(text: str, anchor: Anchor | None, rulebook: Rulebook) -> str:
    word = rulebook.normalize("decade", text) if "decade" in rulebook.tables else None
    digits = re.sub(r"\D", "", text)
    if word is not None:
        digit = str(word)
    elif len(digits) == 4:
        return digits[:3]
    else:
        digit = digits[0]
    century = (anchor.year // 100) if anchor else 19
    if anchor and int(f"{century}{digit}0") > anchor.year:
        century -= 1
    return f"{century}{digit}"


def _int(text: str, anchor: Anchor | None, rulebook: Rulebook) -> int:
    return int(re.sub(r"\D", "", text))


_CONVERTERS = {
    "year": _year,
    "day": _day,
    "number": _number,
    "decade": _decade,
    "hour": _int,
    "minute": _int,
    "minutes_to": _int,
    "month": _int,
    "quarter": _int,
}
