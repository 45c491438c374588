"""The dashboard's callbacks: thin wrappers that read inputs, call `views` and the figure
builder, and return outputs. The state (filters, lanes, selection) lives in the URL."""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from typing import Any

from dash import Dash, Input, Output, State, ctx, html, no_update

from timeline.dashboard.views import (
    detail_panel,
    document_to_store,
    documents_from_store,
    event_rows,
    highlighted,
    undated_list,
)
from timeline.documents import check_size, parse_document
from timeline.errors import DocumentError
from timeline.export import render
from timeline.figure import build_figure
from timeline.filters import ViewState, filter_events, state_from_query
from timeline.models import Timeline
from timeline.pipeline import extract_documents
from timeline.settings import Settings

__all__ = ["register", "timeline_with_uploads", "uploads_from_contents"]

_CONTROLS = ("search", "lanes", "filter-documents", "filter-actors", "filter-categories",
             "filter-precisions", "date-from", "date-to", "sort")


def timeline_with_uploads(
    base: Timeline, uploads: list[dict[str, Any]] | None, settings: Settings
) -> Timeline:
    """Return the base timeline, or the timeline of the base documents plus this tab's uploads."""
    extra = documents_from_store(uploads)
    if not extra:
        return base
    return extract_documents([*base.documents, *extra], settings, base.errors)


def uploads_from_contents(
    contents: list[str], names: list[str], known: list[dict[str, Any]], settings: Settings
) -> tuple[list[dict[str, Any]], list[str]]:
    """Read uploaded files in memory; return the tab's documents and an error per bad file."""
    documents = list(known)
    errors = []
    taken = {d["id"] for d in documents}
    for content, name in zip(contents, names, strict=True):
        try:
            _, _, payload = content.partition(",")
            data = base64.b64decode(payload, validate=True)
            check_size(name, len(data), settings)
            if not name.lower().endswith((".txt", ".md", ".html", ".htm")):
                raise DocumentError(name, "expected a .txt, .md or .html file")
            doc_id = f"upload/{name}"
            while doc_id in taken:
                doc_id += "'"
            doc = parse_document(data, name, doc_id, settings=settings)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        except (binascii.Error, ValueError) as exc:
            errors.append(f"{name}: expected a file's content, found unreadable data ({exc})")
            continue
        taken.add(doc.id)
        documents.append(document_to_store(doc))
    return documents, errors


def register(app: Dash, base: Timeline, settings: Settings) -> None:
    """Attach the callbacks to `app`, serving `base` plus each tab's uploads."""

    @app.callback(
        Output("timeline-graph", "figure"),
        Output("event-count", "children"),
        Output("event-list", "children"),
        Output("event-detail", "children"),
        Output("undated", "children"),
        Output("url", "search"),
        *(Output(c, "value") for c in _CONTROLS),
        Input("url", "search"),
        *(Input(c, "value") for c in _CONTROLS),
        Input("timeline-graph", "clickData"),
        Input("row-click", "data"),
        Input("uploads", "data"),
        State("url", "search"),
    )
    def update(query: str | None, *args: Any) -> tuple[Any, ...]:
        values, click, row, uploads, current = args[:9], args[9], args[10], args[11], args[12]
        trigger = ctx.triggered_id
        if trigger == "url" or trigger is None:
            state = state_from_query(query or "")
        else:
            state = state_from_query(current or "")
            state = ViewState(
                search=values[0] or "", lanes=values[1] or "document",
                documents=tuple(values[2] or ()), actors=tuple(values[3] or ()),
                categories=tuple(values[4] or ()), precisions=tuple(values[5] or ()),
                date_from=values[6] or "", date_to=values[7] or "", sort=values[8] or "date",
                selected=state.selected,
            )
        if trigger == "timeline-graph" and click:
            point = click["points"][0].get("customdata")
            if isinstance(point, str) and not point.startswith("doc:"):
                state = replace(state, selected=point)
        elif trigger == "row-click" and row:
            state = replace(state, selected=row.split("|")[0])
        return render_view(timeline_with_uploads(base, uploads, settings), state)

    # One click listener for the whole list (rows come and go with every filter): it writes
    # the clicked row's event id, stamped so a second click on one row still counts.
    app.clientside_callback(  # type: ignore[no-untyped-call]
        """function (_) {
            if (!window.__timelineRows) {
                window.__timelineRows = true;
                document.addEventListener('click', function (e) {
                    var row = e.target.closest && e.target.closest('#event-list li[data-event-id]');
                    if (row) {
                        window.dash_clientside.set_props('row-click',
                            {data: row.getAttribute('data-event-id') + '|' + Date.now()});
                    }
                });
            }
            return window.dash_clientside.no_update;
        }""",
        Output("row-listener", "data"),
        Input("url", "pathname"),
    )

    @app.callback(
        Output("uploads", "data"),
        Output("upload-errors", "children"),
        Input("upload", "contents"),
        State("upload", "filename"),
        State("uploads", "data"),
        prevent_initial_call=True,
    )
    def upload(contents: list[str] | None, names: list[str] | None,
               known: list[dict[str, Any]] | None) -> tuple[Any, Any]:
        if not contents or not names:
            return no_update, no_update
        documents, errors = uploads_from_contents(contents, names, known or [], settings)
        return documents, [html.Li(e) for e in errors]

    @app.callback(
        Output("download", "data"),
        Input("download-html", "n_clicks"),
        Input("download-json", "n_clicks"),
        Input("download-csv", "n_clicks"),
        State("url", "search"),
        State("uploads", "data"),
        prevent_initial_call=True,
    )
    def download(_html: int, _json: int, _csv: int, query: str | None,
                 uploads: list[dict[str, Any]] | None) -> dict[str, Any]:
        fmt = str(ctx.triggered_id).removeprefix("download-")
        timeline = timeline_with_uploads(base, uploads, settings)
        view = Timeline(timeline.documents,
                        tuple(filter_events(timeline.events, state_from_query(query or ""))),
                        timeline.errors)
        return {"content": render(view, fmt), "filename": f"timeline.{fmt}"}


def render_view(timeline: Timeline, state: ViewState) -> tuple[Any, ...]:
    """Return every output of the main callback for a timeline and a view state."""
    events = filter_events(timeline.events, state)
    dated = [e for e in events if e.placed]
    figure = build_figure(dated, timeline.documents, state.lanes, state.selected or None,
                          highlighted(timeline, state.selected))
    count = f"{len(events)} of {len(timeline.events)} events"
    controls = (state.search, state.lanes, list(state.documents), list(state.actors),
                list(state.categories), list(state.precisions), state.date_from,
                state.date_to, state.sort)
    return (figure, count, event_rows(events, state.selected),
            detail_panel(timeline, state.selected), undated_list(events), state.query(),
            *controls)
