"""Events -> a plotly Figure: time along x, lanes along y. Knows nothing of Dash.

A day-precision event is a marker; a week, month or year is a bar over its interval, lighter as
it is coarser, so "December 2016" never looks like 1 December. A document's own event is a
diamond, an event it mentions a circle. Each document's date is a triangle in the top lane.
Only labels that fit are drawn (hover shows the rest). Above `WEBGL_THRESHOLD` events the
traces are WebGL (Scattergl). Dates travel as milliseconds since the epoch, not strings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from typing import Any

import plotly.graph_objects as go

from timeline.models import Document, Event
from timeline.timevalue import GRANULARITIES, interval

__all__ = ["HOVER_TEXT_LIMIT", "WEBGL_THRESHOLD", "build_figure", "lane_of", "to_ms"]

WEBGL_THRESHOLD = 3000
# Up to this many events hover shows everything (headline, dates, documents); above it only
# the date and precision, to keep the payload small; a click shows the rest in the panel.
HOVER_TEXT_LIMIT = 20_000
PUBLISHED = "Published"
_DAY_MS = 86_400_000
_SUBROW, _SUBROWS = 0.2, 4  # sub-rows within a lane: spacing and how many before wrapping
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Opacity of a bar by precision: the coarser, the lighter.
_OPACITY = {"week": 0.75, "month": 0.6, "season": 0.5, "quarter": 0.5, "half": 0.45,
            "year": 0.4, "decade": 0.3, "century": 0.25}
_COLORS = ("#2456a6", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207",
           "#4d7c0f")


def to_ms(day: str | date) -> float:
    """Return a date as milliseconds since 1970-01-01 (plotly's number for a date axis)."""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return (moment - _EPOCH).total_seconds() * 1000


def lane_of(event: Event, lanes: str, titles: dict[str, str]) -> list[str]:
    """Return the lanes an event is drawn in: its documents, its category, or its actors."""
    if lanes == "category":
        return [event.category]
    if lanes == "actor":
        return list(event.actors[:3]) or ["(no actor)"]
    docs = dict.fromkeys(s.doc for s in event.sources)
    return [titles.get(d, d) for d in docs]


def build_figure(
    events: Sequence[Event],
    documents: Sequence[Document] = (),
    lanes: str = "document",
    selected: str | None = None,
    highlight: Collection[str] = (),
    max_labels: int = 40,
) -> go.Figure:
    """Return the timeline figure of the placed `events` (undated ones are left out).

    `selected` is the event id shown as selected; `highlight` the ids to stand out (the events
    a selected document reports, or the documents of a selected event); others dim.

    >>> build_figure([]).layout.xaxis.type
    'date'
    """
    titles = {d.id: _short(d.title, 32) for d in documents}
    placed = [e for e in events if e.placed]
    lane_names = _lane_names(placed, documents, lanes, titles)
    row = {name: i for i, name in enumerate(lane_names)}
    if len(placed) > WEBGL_THRESHOLD:
        return _layout(_dense(placed, lanes, titles, row, selected, highlight), lane_names,
                       lanes)
    scatter = go.Scatter
    dim = bool(highlight) or selected is not None
    focus = set(highlight) | ({selected} if selected else set())
    traces: list[Any] = []

    bars: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    points: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    offsets = _pack(placed, lanes, titles)
    for event in placed:
        hover = _hover(event, titles)
        for lane in lane_of(event, lanes, titles):
            y = row[lane] + offsets[(event.id, lane)]
            if event.precision == "day":
                group = points[event.kind]
                group["x"].append(to_ms(event.start or ""))
                group["y"].append(y)
                group["id"].append(event.id)
                group["hover"].append(hover)
                group["opacity"].append(1.0 if not dim or event.id in focus else 0.25)
                group["size"].append(16 if event.id == selected else 11)
            else:
                group = bars[event.precision or "year"]
                start, end = to_ms(event.start or ""), to_ms(event.end or "") + _DAY_MS
                group["x"].extend([start, end, None])
                group["y"].extend([y, y, None])
                group["id"].extend([event.id, event.id, None])
                group["hover"].extend([hover, hover, None])
                group["mid"].append((start + end) / 2)
                group["mid_y"].append(y)
                group["mid_id"].append(event.id)
                group["mid_hover"].append(hover)
    for precision in sorted(bars, key=lambda p: GRANULARITIES.index(p)):
        group = bars[precision]
        base = _OPACITY.get(precision, 0.4)
        traces.append(scatter(
            x=group["x"], y=group["y"], customdata=group["id"], hovertext=group["hover"],
            mode="lines", name=f"{precision} (span)", line={"width": 14, "color": _COLORS[0]},
            opacity=base * (0.5 if dim else 1.0), hoverinfo="text", legendgroup=precision,
        ))
        # An invisible point mid-span makes the span clickable and hoverable anywhere.
        traces.append(scatter(
            x=group["mid"], y=group["mid_y"], customdata=group["mid_id"],
            hovertext=group["mid_hover"], mode="markers", showlegend=False,
            marker={"size": 14, "opacity": 0.01, "color": _COLORS[0]}, hoverinfo="text",
            legendgroup=precision,
        ))
    for kind, group in sorted(points.items()):
        traces.append(scatter(
            x=group["x"], y=group["y"], customdata=group["id"], hovertext=group["hover"],
            mode="markers", hoverinfo="text",
            name="document's own event" if kind == "document" else "event on a day",
            marker={"size": group["size"], "opacity": group["opacity"],
                    "symbol": "diamond" if kind == "document" else "circle",
                    "color": _COLORS[1] if kind == "document" else _COLORS[0],
                    "line": {"width": 1, "color": "white"}},
        ))
    published = [d for d in documents if d.date and interval(d.date)]
    if published:
        span = [interval(d.date or "") for d in published]
        traces.append(scatter(
            x=[to_ms(s[0]) for s in span if s], y=[row[PUBLISHED]] * len(published),
            customdata=[f"doc:{d.id}" for d in published],
            hovertext=[f"<b>{_escape(d.title)}</b><br>published {d.date}" for d in published],
            mode="markers", hoverinfo="text", name="document published",
            marker={"symbol": "triangle-down", "size": 12, "color": "#475569",
                    "opacity": [1.0 if not dim or f"doc:{d.id}" in focus else 0.3
                                for d in published]},
        ))
    labels = _labels(placed, lanes, titles, row, offsets, max_labels)
    if labels:
        traces.append(scatter(
            x=[x for x, _, _, _, _ in labels], y=[y for _, y, _, _, _ in labels],
            text=[t for _, _, t, _, _ in labels], textposition=[p for _, _, _, p, _ in labels],
            customdata=[i for _, _, _, _, i in labels],
            mode="text", hoverinfo="skip", showlegend=False, textfont={"size": 11},
        ))
    return _layout(traces, lane_names, lanes)


def _layout(traces: list[Any], lane_names: list[str], lanes: str) -> go.Figure:
    figure = go.Figure(traces)
    figure.update_layout(
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        # 56 px a lane, down to 20 px when there are many (a folder of hundreds of documents).
        height=max(320, 90 + max(20, min(56, 3000 // max(1, len(lane_names)))) * len(lane_names)),
        hovermode="closest",
        clickmode="event",
        dragmode="pan",
        plot_bgcolor="white",
        legend={"orientation": "h", "y": 1.08, "x": 0},
        xaxis={"type": "date", "rangeslider": {"visible": True, "thickness": 0.06},
               "showgrid": True, "gridcolor": "#eef0f3"},
        yaxis={"tickvals": list(range(len(lane_names))), "ticktext": lane_names,
               "range": [-0.7, len(lane_names) - 0.3], "fixedrange": True,
               "automargin": True, "gridcolor": "#f3f4f6"},
        uirevision=lanes,
    )
    return figure


def _dense(
    events: Sequence[Event], lanes: str, titles: dict[str, str], row: dict[str, int],
    selected: str | None, highlight: Collection[str],
) -> list[Any]:
    """Return WebGL traces for many events: one marker per event at the middle of its
    interval, one trace per precision, ids for clicks and no per-point text (the detail panel
    shows the event), so the payload stays small."""
    groups: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    with_text = len(events) <= HOVER_TEXT_LIMIT
    for event in events:
        middle = (to_ms(event.start or "") + to_ms(event.end or "") + _DAY_MS) // 2
        for lane in lane_of(event, lanes, titles)[:1]:
            group = groups[event.precision or "year"]
            group["x"].append(int(middle))
            group["y"].append(row[lane])
            group["id"].append(event.id)
            if with_text:
                group["text"].append(_hover(event, titles))
    focus = set(highlight) | ({selected} if selected else set())
    traces: list[Any] = []
    for precision in sorted(groups, key=lambda p: GRANULARITIES.index(p)):
        group = groups[precision]
        traces.append(go.Scattergl(
            x=group["x"], y=group["y"], customdata=group["id"], mode="markers",
            text=group["text"] if with_text else None, name=precision,
            hovertemplate=("%{text}<extra></extra>" if with_text
                           else f"%{{x|%Y-%m-%d}} ({precision})<extra></extra>"),
            marker={"size": 9 if precision == "day" else 12,
                    "opacity": _OPACITY.get(precision, 0.9) * (0.6 if focus else 1.0),
                    "color": _COLORS[1] if precision == "day" else _COLORS[0]},
        ))
    return traces


def _lane_names(
    events: Sequence[Event], documents: Sequence[Document], lanes: str, titles: dict[str, str]
) -> list[str]:
    names: dict[str, None] = {}
    if any(d.date for d in documents):
        names[PUBLISHED] = None
    if lanes == "document":
        for d in documents:
            names[titles[d.id]] = None
    for event in events:
        for lane in lane_of(event, lanes, titles):
            names[lane] = None
    return list(names)


def _pack(
    events: Sequence[Event], lanes: str, titles: dict[str, str]
) -> dict[tuple[str, str], float]:
    """Return each (event, lane)'s offset within its lane: events that overlap in time go to
    separate sub-rows, so no span hides another."""
    ends: dict[str, list[float]] = defaultdict(list)  # lane -> last end of each sub-row
    offsets: dict[tuple[str, str], float] = {}
    if not events:
        return offsets
    ordered = sorted(events, key=lambda e: (e.start or "", e.end or "", e.id))
    gap = (to_ms(max(e.end or "" for e in events)) - to_ms(ordered[0].start or "")) / 50
    for event in ordered:
        start, end = to_ms(event.start or ""), to_ms(event.end or "")
        for lane in lane_of(event, lanes, titles):
            rows = ends[lane]
            slot = next((i for i, last in enumerate(rows) if last + gap < start), None)
            if slot is None:
                slot = len(rows)
                rows.append(0.0)
            rows[slot] = end
            offsets[(event.id, lane)] = _SUBROW * (slot % _SUBROWS) - 0.3
    return offsets


def _labels(
    events: Sequence[Event], lanes: str, titles: dict[str, str], row: dict[str, int],
    offsets: dict[tuple[str, str], float], max_labels: int,
) -> list[tuple[float, float, str, str, str]]:
    """Return the labels that fit: per lane, left to right, one per slot of the time range;
    alternate above and below so neighbours do not touch."""
    if not events or max_labels <= 0:
        return []
    starts = [to_ms(e.start or "") for e in events]
    ends = [to_ms(e.end or "") for e in events]
    width = (max(ends) - min(starts)) or _DAY_MS
    slot = width / 4.5  # a 34-character label takes about a fifth of the plot's width
    chosen: list[tuple[float, float, str, str, str]] = []
    last: dict[float, float] = {}
    for event in sorted(events, key=lambda e: (e.start or "", e.id)):
        x = (to_ms(event.start or "") + to_ms(event.end or "")) / 2
        for lane in lane_of(event, lanes, titles)[:1]:
            y = row[lane] + offsets[(event.id, lane)]
            if y in last and x - last[y] < slot:
                continue
            position = "middle right"
            chosen.append((x, y, _escape(_short(event.headline, 34)), position, event.id))
            last[y] = x
        if len(chosen) >= max_labels:
            break
    return chosen


def _hover(event: Event, titles: dict[str, str]) -> str:
    written = "; ".join(dict.fromkeys(s.date_text for s in event.sources))
    docs = "<br>".join(f"• {_escape(titles.get(d, d))}"
                       for d in dict.fromkeys(s.doc for s in event.sources))
    return (f"<b>{_escape(event.headline)}</b><br>{event.date} ({event.precision}), "
            f"written “{_escape(written)}”<br>{docs}")


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _escape(text: str) -> str:
    """Escape text for plotly's hover and label markup (a small HTML subset)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

