"""Timeline -> files: JSON (the schema in resources/timeline.schema.json), JSON lines, CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from timeline.atomic import write_atomic
from timeline.errors import ExportError
from timeline.models import Event, Timeline

__all__ = ["FORMATS", "event_record", "render", "timeline_record", "write"]

FORMATS = ("json", "jsonl", "csv")
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


def render(timeline: Timeline, fmt: str) -> str:
    """Return the timeline written in `fmt` (json, jsonl or csv)."""
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


def write(timeline: Timeline, path: Path, fmt: str | None = None) -> int:
    """Write the timeline to `path` (format from `fmt` or the extension); return its size."""
    chosen = fmt or path.suffix.lstrip(".").lower()
    if chosen not in FORMATS:
        raise ExportError(
            f"{path}: expected a format in {', '.join(FORMATS)} (or that extension), "
            f"found {chosen or 'no extension'!r}"
        )
    return write_atomic(path, render(timeline, chosen))
