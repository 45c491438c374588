"""Which events a view shows: search, filters and sort, and their round trip through a URL.

Shared by the dashboard and the static export; nothing here knows of Dash.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import parse_qs, urlencode

from timeline.models import LANES, Event

__all__ = ["SORTS", "ViewState", "filter_events", "state_from_query"]

SORTS = ("date", "headline", "category", "documents")
_LIST_FIELDS = ("documents", "actors", "categories", "precisions")


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
    if state.lanes not in LANES:
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


def _haystack(event: Event) -> str:
    return " ".join([event.headline, *event.actors, *(s.evidence for s in event.sources)]).lower()
