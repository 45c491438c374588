"""Where a document's own date and title are written in its first lines: a header line ("date
2020-02-24 Title", "Date: February 24, 2020", "Updated 2:45 PM ET, Tue May 14, 2024"), a dateline
("WASHINGTON, Dec. 29, 2016 —"), and the first line that reads like a headline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.dates import parse_date, whole_date
from timeline.errors import DocumentError
from timeline.settings import Settings

__all__ = ["Header", "find_dateline", "find_header", "header_from", "headline", "is_byline"]

# "Date: ...", "Posted on ...", "Updated 2:45 PM ET, Tue May 14, 2024": the time may come first.
_HEADER = re.compile(
    r"\s*(?:date|dated|published|posted|released|issued|(?:last\s+)?updated)(?:\s+on)?\s*[:\-]?"
    r"\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?,?\s+)?", re.IGNORECASE
)
_CLOCK_AFTER = re.compile(  # the time after a header's date: "14 May 2024, 09:31 BST"
    r"[,\s]*(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?",
    re.IGNORECASE)
# Text before a dateline's date: an upper-case place ("WASHINGTON, D.C.] –"), or nothing.
_PLACE = re.compile(r"[\s\[(]*(?:[A-Z][A-Z.'’\- ]*[A-Z.][\])]?\s*[,:;–—\-]?\s*)*")
_AFTER_DATELINE = re.compile(r"\s*(?:$|[|–—\-:(·•/,]|\d{1,2}:\d\d)")
# A release's label above its headline: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Media
# Advisory", "EMBARGOED UNTIL 00:01 GMT".
_LABEL = re.compile(
    r"\s*(?:for\s+immediate\s+release|(?:press|news|media)\s+(?:release|advisory|statement)"
    r"|embargoed\b.*)\s*[:.–—-]?\s*$",
    re.IGNORECASE,
)
# Two sentences in one line: a paragraph, not a headline ('..." Holt said. "Many more ...').
_SENTENCES = re.compile(r"\b[a-z]{3,}[.!?][\"”’]?\s+[\"“]?[A-Z]")
_BYLINE = re.compile(r"\s*(?:by\b|by:|posted by|written by)", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """A date line near a document's top: the date, the line, and the title it carries."""

    date: str
    line: str
    title: str | None


def header_from(value: str, line: str, name: str) -> Header | None:
    """Return the header a date given apart from the text makes (a TimeML DCT, an HTML meta
    tag); raise DocumentError naming the file if it is no whole date."""
    try:
        return Header(whole_date(value[:10] if "T" in value else value), line, None)
    except ValueError as exc:
        raise DocumentError(name, f"document date: {exc}") from None


def is_byline(line: str) -> bool:
    """Return True for a byline ("By Jane Doe", "Posted by ...", "Written by ...")."""
    return _BYLINE.match(line) is not None


def _first_lines(text: str, settings: Settings) -> list[tuple[int, str]]:
    """Return the first non-empty lines as (line number, line)."""
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            lines.append((number, line))
            if len(lines) == settings.dateline_lines:
                break
    return lines


def find_header(text: str, name: str, settings: Settings) -> Header | None:
    """Return the date of a `date 2020-02-24 Title` or `Date: February 24, 2020` line."""
    for number, line in _first_lines(text, settings):
        m = _HEADER.match(line)
        if not m:
            continue
        try:
            parsed = parse_date(line[m.end():])
        except ValueError as exc:
            raise DocumentError(name, f"line {number}: {exc}") from None
        if parsed:
            end = m.end() + parsed[1]
            clock = _CLOCK_AFTER.match(line, end)
            rest = line[clock.end() if clock else end:].strip(" \t|–—-:·")
            return Header(parsed[0], line.strip(), rest or None)
    return None


def find_dateline(text: str, name: str, settings: Settings) -> tuple[str, str] | None:
    """Return (value, dateline) of a dateline such as `WASHINGTON, Dec. 29, 2016 —` near the
    top: the line up to the end of its date, which the lead may follow on the same line."""
    for number, line in _first_lines(text, settings):
        place = _PLACE.match(line)
        starts = {0, place.end() if place else 0}
        for start in sorted(starts):
            try:
                parsed = parse_date(line[start:])
            except ValueError as exc:
                raise DocumentError(name, f"dateline on line {number}: {exc}") from None
            if parsed and _AFTER_DATELINE.match(line, start + parsed[1]):
                return parsed[0], line[:start + parsed[1]].strip()  # the lead may follow
    return None


def _only_date(line: str) -> bool:
    """Return True for a line that is a date and nothing more ("Wednesday, March 5, 2014")."""
    try:
        parsed = parse_date(line)
    except ValueError:
        return False
    return parsed is not None and not line[parsed[1]:].strip(" .,")


def headline(text: str, date_line: str | None, settings: Settings) -> str | None:
    """Return the first line near the top that reads like a headline (not the dateline)."""
    for _, line in _first_lines(text, settings):
        candidate = line.strip()
        if date_line and candidate.startswith(date_line):
            continue
        words = candidate.split()
        if (
            2 <= len(words) <= 25
            and len(candidate) <= 200
            and candidate[-1] not in ".,;:"
            and not is_byline(candidate)
            and not _LABEL.match(candidate)
            and not _SENTENCES.search(candidate)
            and not _only_date(candidate)
            and not _HEADER.match(candidate)
            and sum(c.isalpha() for c in candidate) > len(candidate) // 2
        ):
            return candidate
    return None
