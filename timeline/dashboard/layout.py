"""The dashboard's layout: components and their fixed ids, no callbacks here.

Fixed ids that tests and users' automation rely on: `#timeline-graph` (the dcc.Graph),
`#event-detail`, `#search`, `#event-list`.
"""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from timeline.filters import SORTS
from timeline.models import CATEGORIES, LANES, Timeline
from timeline.timevalue import GRANULARITIES

__all__ = ["dashboard_layout", "documents_table"]

PRECISIONS = [g for g in GRANULARITIES if g != "time"] + ["undated"]


def dashboard_layout(timeline: Timeline, max_upload_bytes: int) -> html.Div:
    """Return the whole page for a timeline."""
    actors = sorted({a for e in timeline.events for a in e.actors})
    dated = [d.date for d in timeline.documents if d.date]
    span = f"{min(dated)} to {max(dated)}" if dated else "no dated documents"
    return html.Div(
        [
            dcc.Location(id="url", refresh=False),
            dcc.Store(id="uploads", storage_type="memory", data=[]),
            dcc.Store(id="row-click", storage_type="memory"),
            dcc.Store(id="row-listener", storage_type="memory"),
            html.Header(
                [
                    html.H1("timeline"),
                    html.P(f"{len(timeline.documents)} documents · {span}", id="subtitle"),
                ],
                className="header",
            ),
            html.Div(
                [
                    dcc.Input(id="search", type="search", debounce=True, value="",
                              placeholder="Search headlines, evidence, actors…",
                              className="search"),
                    html.Div([html.Span("Lanes", className="label"), dcc.RadioItems(
                        id="lanes", value="document", inline=True,
                        options=[{"label": x, "value": x} for x in LANES])],
                             className="group"),
                    dcc.Dropdown(id="filter-documents", multi=True, value=[],
                                 placeholder="All documents",
                                 options=[{"label": d.title, "value": d.id}
                                          for d in timeline.documents],
                                 className="dropdown"),
                    dcc.Dropdown(id="filter-actors", multi=True, value=[],
                                 placeholder="All actors",
                                 options=[{"label": a, "value": a} for a in actors],
                                 className="dropdown"),
                    html.Div([html.Span("From", className="label"),
                              dcc.Input(id="date-from", type="text", value="", debounce=True,
                                        placeholder="YYYY-MM-DD", className="date",
                                        style={"width": "7.5em"}),
                              html.Span("to", className="label"),
                              dcc.Input(id="date-to", type="text", value="", debounce=True,
                                        placeholder="YYYY-MM-DD", className="date",
                                        style={"width": "7.5em"})],
                             className="group"),
                    dcc.Checklist(id="filter-categories", value=[], inline=True,
                                  options=[{"label": c, "value": c} for c in CATEGORIES],
                                  className="checks"),
                    dcc.Checklist(id="filter-precisions", value=[], inline=True,
                                  options=[{"label": p, "value": p} for p in PRECISIONS],
                                  className="checks"),
                ],
                className="controls",
            ),
            html.P(id="event-count", className="count"),
            dcc.Graph(id="timeline-graph",
                      config={"displaylogo": False, "scrollZoom": True, "responsive": True}),
            html.Div(
                [
                    html.Div(id="event-detail", className="panel detail"),
                    html.Div(
                        [
                            html.Div([html.Span("Sort by", className="label"), dcc.RadioItems(
                                id="sort", value="date", inline=True,
                                options=[{"label": s, "value": s} for s in SORTS])],
                                     className="group"),
                            html.Div(html.Ol(id="event-list"), className="list-scroll"),
                        ],
                        className="panel list",
                    ),
                ],
                className="below",
            ),
            html.Div(id="undated", className="panel undated"),
            html.Div(
                [
                    dcc.Upload(
                        id="upload", multiple=True, max_size=max_upload_bytes,
                        accept=".txt,.md,.html,.htm",
                        children=html.Div(["Add documents: drop .txt, .md or .html files here, "
                                           "or ", html.A("choose files")]),
                        className="upload",
                    ),
                    html.Ul(id="upload-errors", className="errors"),
                    html.Div(
                        [
                            html.Span("Download this view:", className="label"),
                            html.Button("HTML page", id="download-html", n_clicks=0),
                            html.Button("JSON", id="download-json", n_clicks=0),
                            html.Button("CSV", id="download-csv", n_clicks=0),
                            dcc.Download(id="download"),
                        ],
                        className="group",
                    ),
                ],
                className="panel tools",
            ),
            html.Details([html.Summary("Documents"), documents_table(timeline)],
                         className="panel documents", open=True),
        ],
        className="page",
    )


def documents_table(timeline: Timeline) -> html.Div:
    """Return the table of documents with their dates, and the files that could not be read."""
    rows = [
        _row(
            [
                html.Td(doc.date or "undated", className="date"),
                html.Td(doc.title, className="title"),
                html.Td(doc.id, className="doc-id"),
                html.Td(doc.date_source, className="date-source"),
            ],
            doc.id,
        )
        for doc in timeline.documents
    ]
    errors = [html.Li(error) for error in timeline.errors]
    return html.Div(
        [
            html.P(f"{len(timeline.documents)} documents", id="document-count"),
            html.Table(
                [
                    html.Thead(html.Tr([html.Th(h) for h in ("Date", "Title", "File", "From")])),
                    html.Tbody(rows),
                ],
                id="document-table",
            ),
            html.Ul(errors, id="document-errors", className="errors") if errors else None,
        ]
    )


def _row(cells: list[Any], doc_id: str) -> html.Tr:
    attrs: dict[str, Any] = {"data-doc-id": doc_id}
    return html.Tr(cells, **attrs)
