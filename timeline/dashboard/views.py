"""What the dashboard shows, as plain functions of the timeline and the view state.

No callbacks and no Dash app here, so every piece is tested without a browser: filtering,
the URL query string, the event list, the detail panel and the undated list. Document text
only ever becomes component children (text), never HTML.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any
from urllib.parse import parse_qs, urlencode

from dash import html

from timeline.models import Document, Event, Timeline

__all__ = [
    "ViewState",
    "detail_panel",
    "event_rows",
    "filter_events",
    "highlighted",
    "state_from_query",
    "undated_list",
]

SORTS = ("date", "headline", "category", "documents")
_LIST_FIELDS = ("documents", "actors", "categories", "precisions")
_EXCERPT = 500  # characters of document text shown around the evidence


@dataclass(frozen=True)
class ViewState:
    """Everything that defines a view; it round-trips through the URL query string."""

    search: str = ""
    lanes: str = "document"
    documents: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    sort: str = "date"
    selected: str = ""

    def query(self) -> str:
        """Return the URL query string of this state (defaults left out)."""
        default = ViewState()
        pairs: list[tuple[str, str]] = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            values = value if isinstance(value, tuple) else (value,)
            pairs.extend((f.name, v) for v in values)
        return ("?" + urlencode(pairs)) if pairs else ""


def state_from_query(query: str) -> ViewState:
    """Return the state a URL query string describes; unknown or bad values are ignored."""
    parsed = parse_qs(query.lstrip("?"), keep_blank_values=False)
    values: dict[str, Any] = {}
    for f in fields(ViewState):
        if f.name not in parsed:
            continue
        got = parsed[f.name]
        values[f.name] = tuple(got) if f.name in _LIST_FIELDS else got[-1]
    state = ViewState(**values)
    if state.lanes not in ("document", "category", "actor"):
        state = replace(state, lanes="document")
    if state.sort not in SORTS:
        state = replace(state, sort="date")
    return state


def filter_events(events: tuple[Event, ...] | list[Event], state: ViewState) -> list[Event]:
    """Return the events the state's search and filters keep, sorted as it asks."""
    needle = state.search.strip().lower()
    kept = []
    for e in events:
        if needle and needle not in _haystack(e):
            continue
        if state.documents and not {s.doc for s in e.sources} & set(state.documents):
            continue
        if state.actors and not set(e.actors) & set(state.actors):
            continue
        if state.categories and e.category not in state.categories:
            continue
        if state.precisions and (e.precision or "undated") not in state.precisions:
            continue
        if state.date_from and (e.end or "") < state.date_from:
            continue
        if state.date_to and e.start and e.start > state.date_to:
            continue
        kept.append(e)
    key = {
        "date": lambda e: (e.start or "9999", e.end or "", e.id),
        "headline": lambda e: (e.headline.lower(), e.id),
        "category": lambda e: (e.category, e.start or "9999", e.id),
        "documents": lambda e: (-len({s.doc for s in e.sources}), e.start or "9999", e.id),
    }[state.sort]
    return sorted(kept, key=key)


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
    before = doc.text[max(0, start - _EXCERPT):start]
    after = doc.text[end:end + _EXCERPT]
    return html.Div(
        [("…" if start > _EXCERPT else "") + before,
         html.Mark(doc.text[start:end], className="evidence"),
         after + ("…" if end + _EXCERPT < len(doc.text) else "")],
        className="excerpt",
    )


def _haystack(event: Event) -> str:
    return " ".join([event.headline, *event.actors, *(s.evidence for s in event.sources)]).lower()
