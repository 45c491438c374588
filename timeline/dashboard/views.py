"""What the dashboard shows, as plain functions of the timeline and the selection.

No callbacks and no Dash app here, so every piece is tested without a browser: the event
list, the detail panel, the undated list, what a selection highlights, the upload store.
Document text only ever becomes component children (text), never HTML.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from dash import html

from timeline.models import Document, Event, Timeline

_BEFORE, _AFTER = 160, 500  # characters of document text shown around the evidence

__all__ = [
    "detail_panel",
    "document_to_store",
    "documents_from_store",
    "event_rows",
    "highlighted",
    "undated_list",
]

def highlighted(timeline: Timeline, selected: str) -> set[str]:
    """Return what a selection highlights: a document's own event lights up the events that
    document reports; any other event lights up the documents that report it."""
    event = next((e for e in timeline.events if e.id == selected), None)
    if event is None:
        return set()
    docs = {s.doc for s in event.sources}
    if event.kind == "document":
        return {e.id for e in timeline.events if docs & {s.doc for s in e.sources}}
    return {f"doc:{d}" for d in docs}


def event_rows(events: list[Event], selected: str, limit: int = 200) -> list[html.Li]:
    """Return the event list's rows, each with its `data-event-id` (the first `limit`, and the
    selected one; narrow the filters to see others). One component a row: Dash renders each
    component at a cost, so a row's parts are text, its category and sources in its title."""
    rows = []
    shown = events[:limit] + [e for e in events[limit:] if e.id == selected]
    for e in shown:
        documents = len({s.doc for s in e.sources})
        attrs: dict[str, Any] = {"data-event-id": e.id}
        rows.append(html.Li(
            f"{e.date or 'undated'} · {e.headline}",
            title=f"{e.category} · {documents} document{'s' if documents > 1 else ''}",
            className="selected" if e.id == selected else "",
            **attrs,
        ))
    if len(events) > len(shown):
        rows.append(html.Li(f"… and {len(events) - len(shown):,} more: search or filter to "
                            "narrow the list", className="more"))
    return rows


def detail_panel(timeline: Timeline, selected: str) -> list[Any]:
    """Return the detail panel of the selected event: what, when, how the date was read, who,
    and every source with its evidence highlighted in an excerpt of the document."""
    event = next((e for e in timeline.events if e.id == selected), None)
    if event is None:
        return [html.P("Click an event on the timeline or in the list to read it at its source.",
                       className="hint")]
    documents = {d.id: d for d in timeline.documents}
    when = f"{event.date} ({event.precision})" if event.placed else "not placed: no date"
    parts: list[Any] = [
        html.H3(event.headline),
        html.P([html.Strong("When: "), when], className="when"),
        html.P([html.Strong("Who: "), ", ".join(event.actors) or "no one named"]),
        html.P([html.Strong("Category: "), event.category,
                " · the document's own event" if event.kind == "document" else ""]),
    ]
    if event.merged_because:
        parts.append(html.P([html.Strong("Merged: "), "; ".join(event.merged_because)],
                            className="merged"))
    for source in event.sources:
        doc = documents.get(source.doc)
        parts.append(html.Div(
            [
                html.H4(f"{doc.title if doc else source.doc} · {doc.date or 'undated'}"
                        if doc else source.doc),
                html.P([html.Strong("Date read: "), source.resolution], className="resolution"),
                _excerpt(doc, source.start, source.end) if doc else html.P(source.evidence),
            ],
            className="source",
        ))
    return parts


def undated_list(events: list[Event]) -> list[Any]:
    """Return the list of events not placed on the timeline, each with why."""
    undated = [e for e in events if not e.placed]
    if not undated:
        return []
    return [
        html.H3(f"Not placed on the timeline: {len(undated)}"),
        html.Ul([_undated_item(e) for e in undated]),
    ]


def _undated_item(event: Event) -> html.Li:
    attrs: dict[str, Any] = {"data-event-id": event.id}
    return html.Li([html.Span(event.headline, className="headline"), " — ",
                    html.Span(event.sources[0].resolution, className="why")], **attrs)


def documents_from_store(data: list[dict[str, Any]] | None) -> list[Document]:
    """Return the uploaded documents kept in the browser tab's store."""
    docs = []
    for item in data or []:
        values = dict(item)
        values["warnings"] = tuple(values.get("warnings", ()))
        docs.append(Document(**values))
    return docs


def document_to_store(doc: Document) -> dict[str, Any]:
    """Return an uploaded document as plain data for the browser tab's store."""
    return asdict(doc)


def _excerpt(doc: Document, start: int, end: int) -> html.Div:
    before = doc.text[max(0, start - _BEFORE):start]
    after = doc.text[end:end + _AFTER]
    return html.Div(
        [("…" if start > _BEFORE else "") + before,
         html.Mark(doc.text[start:end], className="evidence"),
         after + ("…" if end + _AFTER < len(doc.text) else "")],
        className="excerpt",
    )

