"""The figure builder, checked as data: traces, shapes by precision, lanes, WebGL, labels."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from timeline.figure import WEBGL_THRESHOLD, build_figure, to_ms
from timeline.models import Timeline
from timeline.pipeline import extract
from timeline.settings import Settings


@pytest.fixture(scope="module")
def seed_timeline() -> Timeline:
    return extract([Path(__file__).resolve().parents[2] / "seeds"], Settings(cache_dir=""))


def test_days_are_markers_and_coarser_dates_are_spans(seed_timeline: Timeline) -> None:
    figure = build_figure(seed_timeline.events, seed_timeline.documents)
    names = [t.name for t in figure.data]
    assert {"week (span)", "month (span)", "year (span)", "document's own event",
            "event on a day", "document published"} <= set(names)
    month = next(t for t in figure.data if t.name == "month (span)")
    december = month.x[:2]  # the first month span runs over its whole month
    assert december[1] - december[0] >= 28 * 86_400_000
    own = next(t for t in figure.data if t.name == "document's own event")
    assert own.marker.symbol == "diamond"
    assert next(t for t in figure.data if t.name == "event on a day").marker.symbol == "circle"
    assert figure.layout.xaxis.type == "date" and figure.layout.xaxis.rangeslider.visible


def test_december_2016_spans_the_month_not_its_first_day(seed_timeline: Timeline) -> None:
    figure = build_figure(seed_timeline.events, seed_timeline.documents)
    december = next(e for e in seed_timeline.events if e.date == "2016-12")
    spans = [t for t in figure.data if t.mode == "lines"]
    xs = [(t.x[i], t.x[i + 1]) for t in spans for i in range(0, len(t.x), 3)
          if t.customdata[i] == december.id]
    assert xs == [(to_ms("2016-12-01"), to_ms("2017-01-01"))]


def test_lanes_switch(seed_timeline: Timeline) -> None:
    by_doc = build_figure(seed_timeline.events, seed_timeline.documents, "document")
    by_category = build_figure(seed_timeline.events, seed_timeline.documents, "category")
    assert "Published" in by_doc.layout.yaxis.ticktext
    assert {"election", "executive action"} <= set(by_category.layout.yaxis.ticktext)


def test_selection_dims_the_others(seed_timeline: Timeline) -> None:
    selected = next(e for e in seed_timeline.events if e.precision == "day")
    figure = build_figure(seed_timeline.events, seed_timeline.documents, selected=selected.id)
    markers = [t for t in figure.data if t.name in ("document's own event", "event on a day")]
    sizes = {i: s for t in markers for i, s in zip(t.customdata, t.marker.size, strict=True)}
    assert sizes[selected.id] == 16
    opacities = [o for t in markers for o in t.marker.opacity]
    assert min(opacities) < 1.0


def test_hover_text_is_escaped(seed_timeline: Timeline) -> None:
    event = replace(seed_timeline.events[0], headline="<img src=x onerror=alert(1)>")
    figure = build_figure([event], seed_timeline.documents)
    texts = [h for t in figure.data for h in (t.hovertext or []) if h]
    assert texts and all("<img" not in h for h in texts)


def test_large_timelines_switch_to_webgl_with_numeric_dates(seed_timeline: Timeline) -> None:
    events = [replace(e, id=f"{e.id}{i}") for i in range(WEBGL_THRESHOLD // 10 + 1)
              for e in seed_timeline.events]
    figure = build_figure(events, seed_timeline.documents)
    assert {t.type for t in figure.data} == {"scattergl"}
    assert all(isinstance(x, int) for t in figure.data for x in t.x)
    assert sum(len(t.customdata) for t in figure.data) == len(events)
    assert all(t.hovertext is None for t in figure.data)
    assert all(len(t.text) == len(t.x) for t in figure.data)  # headlines on hover up to 20k


def test_labels_do_not_crowd(seed_timeline: Timeline) -> None:
    figure = build_figure(seed_timeline.events, seed_timeline.documents, max_labels=3)
    (labels,) = [t for t in figure.data if t.mode == "text"]
    assert len(labels.text) <= 3


def test_no_events() -> None:
    figure = build_figure([])
    assert figure.layout.xaxis.type == "date"
