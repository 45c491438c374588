"""TimeML: read gold TIMEX3 annotations with their offsets, write mentions as TIMEX3 tags."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from timeline.errors import EvaluationError
from timeline.models import Mention

__all__ = ["GoldDocument", "Timex", "read_timeml", "write_timeml"]


@dataclass(frozen=True)
class Timex:
    """One TIMEX3 of a TimeML file: its extent in the TEXT's character data and attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """A TimeML document: the TEXT's character data, the DCT value and the TIMEX3s in TEXT."""

    name: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]


def read_timeml(markup: str, name: str) -> GoldDocument:
    """Return the text, DCT and TIMEX3 annotations of a TimeML document."""
    try:
        root = ET.fromstring(markup.lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise EvaluationError(f"{name}: expected well-formed TimeML, found {exc}") from None
    body = root.find("TEXT")
    if body is None:
        raise EvaluationError(f"{name}: expected a <TEXT> element, found none")
    dct = root.find("DCT/TIMEX3")
    parts: list[str] = []
    timexes: list[Timex] = []

    def walk(element: ET.Element) -> None:
        start = sum(map(len, parts))
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if element.tag == "TIMEX3":
            end = sum(map(len, parts))
            timexes.append(
                Timex(start, end, "".join(parts)[start:end], element.get("type", ""),
                      element.get("value", ""), element.get("mod"))
            )

    walk(body)
    text = "".join(parts)
    timexes.sort(key=lambda t: t.start)
    return GoldDocument(name, text, dct.get("value") if dct is not None else None, tuple(timexes))


def write_timeml(text: str, mentions: Iterable[Mention], dct: str | None, doc_id: str) -> str:
    """Return a TimeML document of `text` with a TIMEX3 tag around each mention."""
    out = ['<?xml version="1.0" ?>\n<TimeML>\n', f"<DOCID>{escape(doc_id)}</DOCID>\n"]
    if dct:
        out.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n'
        )
    out.append("<TEXT>")
    position = 0
    for number, m in enumerate(sorted(mentions, key=lambda m: m.start), start=1):
        if m.start < position:
            continue
        attrs = f'tid="t{number}" type="{m.type}" value={quoteattr(m.value)}'
        if m.mod:
            attrs += f" mod={quoteattr(m.mod)}"
        out.append(escape(text[position:m.start]))
        out.append(f"<TIMEX3 {attrs}>{escape(text[m.start:m.end])}</TIMEX3>")
        position = m.end
    out.append(escape(text[position:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)
