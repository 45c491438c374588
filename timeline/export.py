"""Timeline -> files: JSON (schema: resources/timeline.schema.json), JSON lines, CSV, the
self-contained HTML page (htmlpage.py), TimelineJS3 JSON and iCalendar. Written to a temp file
beside the target and renamed, so an interrupted export never leaves a half file."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.atomic import write_atomic
from timeline.errors import ExportError
from timeline.models import Event, Timeline

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "event_record",
    "render",
    "render_ics",
    "timeline_record",
    "timelinejs_record",
    "write",
]

FORMATS = ("html", "json", "jsonl", "csv", "timelinejs", "ics")
EXTENSIONS = {".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
              ".csv": "csv", ".ics": "ics"}
CSV_COLUMNS = (
    "id", "date", "start", "end", "precision", "mod", "kind", "headline", "actors", "category",
    "doc", "evidence", "source_start", "source_end", "date_text", "resolution",
)


def event_record(event: Event) -> dict[str, Any]:
    """Return the JSON record of one event."""
    return {
        "id": event.id, "date": event.date, "start": event.start, "end": event.end,
        "precision": event.precision, "mod": event.mod, "kind": event.kind,
        "headline": event.headline, "actors": list(event.actors), "category": event.category,
        "sources": [
            {"doc": s.doc, "evidence": s.evidence, "start": s.start, "end": s.end,
             "date_text": s.date_text, "resolution": s.resolution, "anchor": s.anchor}
            for s in event.sources
        ],
        "merged_because": list(event.merged_because),
    }


def timeline_record(timeline: Timeline) -> dict[str, Any]:
    """Return the JSON document of a timeline."""
    return {
        "documents": [
            {"doc": d.id, "title": d.title, "date": d.date, "date_source": d.date_source,
             "source": d.source, "url": d.url}
            for d in timeline.documents
        ],
        "events": [event_record(e) for e in timeline.events],
        "errors": list(timeline.errors),
    }


def render(timeline: Timeline, fmt: str, title: str | None = None) -> str:
    """Return the timeline written in `fmt` (one of FORMATS)."""
    if fmt == "html":
        from timeline.htmlpage import render_html  # plotly.js is read only when needed

        return render_html(timeline, title)
    if fmt == "timelinejs":
        record = timelinejs_record(timeline, title or "Timeline")
        return json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    if fmt == "ics":
        return render_ics(timeline, title or "Timeline")
    if fmt == "json":
        return json.dumps(timeline_record(timeline), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(event_record(e), ensure_ascii=False) + "\n"
                       for e in timeline.events)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for e in timeline.events:
            for s in e.sources:
                writer.writerow([
                    e.id, e.date or "", e.start or "", e.end or "", e.precision or "",
                    e.mod or "", e.kind, e.headline, "; ".join(e.actors), e.category, s.doc,
                    s.evidence, s.start, s.end, s.date_text, s.resolution,
                ])
        return out.getvalue()
    raise ExportError(f"expected a format in {', '.join(FORMATS)}, found {fmt!r}")


def write(
    timeline: Timeline, path: Path, fmt: str | None = None, title: str | None = None
) -> int:
    """Write the timeline to `path` (format from `fmt` or the extension); return its size."""
    chosen = fmt or EXTENSIONS.get(path.suffix.lower())
    if chosen not in FORMATS:
        found = repr(fmt) if fmt else repr(path.suffix or "no extension")
        raise ExportError(
            f"{path}: expected a format in {', '.join(FORMATS)} or an extension in "
            f"{', '.join(EXTENSIONS)}, found {found}"
        )
    if not timeline.events:
        raise ExportError(f"{path}: expected at least one event to export, found none")
    return write_atomic(path, render(timeline, chosen, title))


# TimelineJS3 (Knight Lab) -------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}


def timelinejs_record(timeline: Timeline, title: str = "Timeline") -> dict[str, Any]:
    """Return the TimelineJS3 JSON of the placed events: dates only down to each event's
    precision, texts HTML-escaped (TimelineJS renders them as HTML), the category as group."""
    events = []
    for e in timeline.events:
        if not e.placed:
            continue
        start, end = date.fromisoformat(e.start or ""), date.fromisoformat(e.end or "")
        record: dict[str, Any] = {
            "unique_id": e.id,
            "start_date": _tl_date(start, e.precision),
            "display_date": _display(e, start),
            "text": {
                "headline": escape(e.headline),
                "text": "".join(
                    f"<p>{escape(s.evidence)}</p><p><small>{escape(s.doc)}: "
                    f"{escape(s.resolution)}</small></p>" for s in e.sources),
            },
            "group": e.category,
        }
        if e.precision not in ("day", "month", "year"):
            record["end_date"] = _tl_date(end, e.precision)
        events.append(record)
    return {
        "title": {"text": {"headline": escape(title),
                           "text": escape(f"{len(timeline.documents)} documents")}},
        "events": events,
    }


def _tl_date(day: date, precision: str | None) -> dict[str, int]:
    if precision in ("year", "decade", "century"):
        return {"year": day.year}
    if precision in ("month", "season", "quarter", "half"):
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _display(event: Event, start: date) -> str:
    value = event.date or ""
    if event.precision == "day":
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    if event.precision == "week":
        return f"week of {start.day} {_MONTHS[start.month - 1]} {start.year}"
    if event.precision == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if event.precision == "season":
        return f"{_SEASON_NAMES.get(value[5:], value[5:])} {value[:4]}"
    if event.precision in ("quarter", "half"):
        return f"{value[5:]} {value[:4]}"
    if event.precision == "decade":
        return f"the {value}0s"
    if event.precision == "century":
        return f"the {int(value) + 1}th century"
    return value


# iCalendar (RFC 5545) ------------------------------------------------------------------------


def render_ics(timeline: Timeline, title: str = "Timeline") -> str:
    """Return an iCalendar file: an all-day VEVENT per placed event over its interval, with a
    UID stable across exports, text escaped and lines folded as RFC 5545 says."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//timeline//timeline {__version__}//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ics_text(title)}"]
    for e in timeline.events:
        if not e.placed:
            continue
        end = date.fromisoformat(e.end or "")
        if end < date.max:  # DTEND is exclusive; the calendar's last day has none after it
            end += timedelta(days=1)
        written = "; ".join(dict.fromkeys(s.date_text for s in e.sources))
        description = "\n".join(
            [f"{e.date} ({e.precision}), written {written}"]
            + [f"{s.doc}: {s.evidence}" for s in e.sources])
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@timeline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{(e.start or '').replace('-', '')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(e.headline)}",
            f"DESCRIPTION:{_ics_text(description)}",
            f"CATEGORIES:{_ics_text(e.category)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _ics_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1)."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with a space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)
