"""The dashboard's layout: Dash components built from pipeline results, no callbacks here."""

from __future__ import annotations

from typing import Any

from dash import html

from timeline.documents import ReadResult

__all__ = ["documents_layout"]


def documents_layout(result: ReadResult) -> html.Div:
    """Return a page listing each document with its date, and each file that could not be read."""
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
        for doc in result.documents
    ]
    errors = [html.Li(str(error)) for error in result.errors]
    return html.Div(
        [
            html.H1("timeline"),
            html.P(f"{len(result.documents)} documents", id="document-count"),
            html.Table(
                [
                    html.Thead(html.Tr([html.Th(h) for h in ("Date", "Title", "File", "From")])),
                    html.Tbody(rows),
                ],
                id="document-table",
            ),
            html.Ul(errors, id="document-errors", className="errors") if errors else None,
        ],
        className="page",
    )


def _row(cells: list[Any], doc_id: str) -> html.Tr:
    attrs: dict[str, Any] = {"data-doc-id": doc_id}
    return html.Tr(cells, **attrs)
