"""The frozen data models that flow through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["DATE_SOURCES", "DateSource", "Document", "Mention", "TaggedDocument", "TimexType"]

DateSource = Literal["front matter", "manifest", "header", "dateline", "none"]
DATE_SOURCES: tuple[DateSource, ...] = ("front matter", "manifest", "header", "dateline", "none")

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Document:
    """One source document: its text exactly as decoded, its title and its own date.

    `date` is a TIMEX3 value at the precision the source gives ("2020-02-24", "2018-03") or
    None; `date_line` is the line the date was read from. `text_offset` is the number of
    characters before `text` in the decoded file (a front-matter block), so an offset into
    `text` plus `text_offset` is an offset into the file.
    """

    id: str
    path: str
    title: str
    text: str
    date: str | None
    date_source: DateSource
    date_line: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    text_offset: int = 0
    size: int = 0
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One time expression found in a text, normalized as a TIMEX3.

    `start`/`end` index the text given to the tagger; `value` is the TIMEX3 value, with X
    placeholders where no anchor could place it; `anchor` is the date it was resolved against
    (None when it needed none or had none); `direction` says how an underspecified expression
    was placed relative to the anchor ("past", "future", "same" or None); `rule` names the rule.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None
    granularity: str
    anchor: str | None
    rule: str
    direction: str | None = None

    @property
    def resolved(self) -> bool:
        """Return True unless the value still holds an X placeholder the anchor should fill."""
        return "X" not in self.value or self.type in ("DURATION", "SET")


@dataclass(frozen=True)
class TaggedDocument:
    """A document and its time expressions, resolved against `anchor` (None: nothing placed)."""

    document: Document
    anchor: str | None
    mentions: tuple[Mention, ...]
