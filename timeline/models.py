"""The frozen data models that flow through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "CATEGORIES",
    "DATE_SOURCES",
    "LANES",
    "DateSource",
    "Document",
    "Event",
    "EventKind",
    "Mention",
    "Precision",
    "Source",
    "TaggedDocument",
    "Timeline",
    "TimexType",
]

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


Precision = Literal[
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
]
EventKind = Literal["document", "mentioned"]
# How the timeline's lanes can be drawn: by document, by category or by actor.
LANES: tuple[str, ...] = ("document", "category", "actor")
CATEGORIES: tuple[str, ...] = (
    "sanction",
    "letter or statement",
    "executive action",
    "legislation",
    "election",
    "intelligence or report",
    "meeting or summit",
    "other",
)


@dataclass(frozen=True)
class Source:
    """Where an event is reported: the document, the evidence sentence and how its date was read.

    `start`/`end` index the document's text; `date_text` is the time expression as written;
    `resolution` says how it became a date ("past tense, so the December before 2017-05-26").
    """

    doc: str
    evidence: str
    start: int
    end: int
    date_text: str
    resolution: str
    anchor: str | None = None
    direction: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Event:
    """Something that happened, when, who took part, and every source that reports it.

    `date` is the TIMEX3 value at the precision the text supports (None when it could not be
    placed); `start`/`end` are the first and last day it covers.
    """

    id: str
    date: str | None
    start: str | None
    end: str | None
    precision: str | None
    mod: str | None
    kind: EventKind
    headline: str
    actors: tuple[str, ...]
    category: str
    sources: tuple[Source, ...]
    merged_because: tuple[str, ...] = ()

    @property
    def placed(self) -> bool:
        """Return True when the event has a date on the calendar."""
        return self.start is not None


@dataclass(frozen=True)
class Timeline:
    """The events of a set of documents, merged, with the documents and any read errors."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    errors: tuple[str, ...] = ()
