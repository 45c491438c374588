"""Dashboard logic as plain functions: filters, URL state, selection, panels, uploads."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from timeline.dashboard.callbacks import render_view, timeline_with_uploads, uploads_from_contents
from timeline.dashboard.views import detail_panel, event_rows, highlighted, undated_list
from timeline.filters import ViewState, filter_events, state_from_query
from timeline.models import Timeline
from timeline.pipeline import extract
from timeline.settings import Settings

SETTINGS = Settings(cache_dir="")


@pytest.fixture(scope="module")
def seeds_timeline() -> Timeline:
    return extract([Path(__file__).resolve().parents[2] / "seeds"], SETTINGS)


def test_query_round_trip() -> None:
    state = ViewState(search="sanctions", lanes="actor", documents=("a.txt", "b.txt"),
                      categories=("election",), date_from="2016-01-01", sort="headline",
                      selected="abc123")
    assert state_from_query(state.query()) == state
    assert ViewState().query() == ""
    assert state_from_query("?lanes=nonsense&sort=evil&bogus=1") == ViewState()


def test_filters(seeds_timeline: Timeline) -> None:
    events = seeds_timeline.events
    assert len(filter_events(events, ViewState(search="obama"))) == 1
    assert {e.category for e in filter_events(events, ViewState(categories=("election",)))} == {
        "election"}
    assert {e.precision for e in filter_events(events, ViewState(precisions=("year",)))} == {
        "year"}
    kept = filter_events(events, ViewState(date_from="2017-01-01", date_to="2017-12-31"))
    assert kept and all(e.start and e.start.startswith("2017") for e in kept)
    only = filter_events(events, ViewState(documents=("000_937114fbc32cb6bf.txt",)))
    assert all(any(s.doc.startswith("000") for s in e.sources) for e in only)
    by_headline = filter_events(events, ViewState(sort="headline"))
    assert [e.headline.lower() for e in by_headline] == sorted(e.headline.lower()
                                                             for e in events)


def test_selection_highlights_both_ways(seeds_timeline: Timeline) -> None:
    own = next(e for e in seeds_timeline.events if e.kind == "document"
               and e.sources[0].doc.startswith("002"))
    reported = highlighted(seeds_timeline, own.id)
    assert len(reported) == sum(1 for e in seeds_timeline.events
                                if any(s.doc.startswith("002") for s in e.sources))
    both = next(e for e in seeds_timeline.events if e.date == "2016")
    assert highlighted(seeds_timeline, both.id) == {"doc:000_937114fbc32cb6bf.txt",
                                                    "doc:002_9f7f0484744ac74f.txt"}


def test_rows_carry_event_ids(seeds_timeline: Timeline) -> None:
    rows = event_rows(list(seeds_timeline.events), selected=seeds_timeline.events[0].id)
    assert [r.to_plotly_json()["props"]["data-event-id"] for r in rows] == [
        e.id for e in seeds_timeline.events]
    assert rows[0].className == "selected"


def test_detail_panel_shows_sources_as_text(seeds_timeline: Timeline) -> None:
    december = next(e for e in seeds_timeline.events if e.date == "2016-12")
    panel = detail_panel(seeds_timeline, december.id)
    text = repr(panel)
    assert "past tense, so the month before 2017-05-26: 2016-12" in text
    assert "Mark(children='In December, former President Obama expanded" in text
    assert "Click an event" in repr(detail_panel(seeds_timeline, ""))


def test_render_view_counts(seeds_timeline: Timeline) -> None:
    outputs = render_view(seeds_timeline, ViewState(search="clapper"))
    assert outputs[1] == "1 of 11 events"
    assert outputs[5] == "?search=clapper"


def upload(name: str, data: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(data).decode()


def test_uploads_in_memory(seeds_timeline: Timeline) -> None:
    docs, errors = uploads_from_contents(
        [upload("a.txt", b"date 2021-04-15 Title\n\nOn Thursday the Treasury imposed sanctions"
                         b" on six Russian companies."),
         upload("b.txt", b""), upload("c.pdf", b"%PDF-1.4"), "data:x;base64,@@@"],
        ["a.txt", "b.txt", "c.pdf", "d.txt"], [], SETTINGS)
    assert [d["id"] for d in docs] == ["upload/a.txt"]
    assert len(errors) == 3 and "b.txt: empty file" in errors[0]
    assert "expected a .txt" in errors[1] and "d.txt" in errors[2]
    grown = timeline_with_uploads(seeds_timeline, docs, SETTINGS)
    assert len(grown.documents) == 3
    assert any(e.date == "2021-04-15" for e in grown.events)
    assert timeline_with_uploads(seeds_timeline, [], SETTINGS) is seeds_timeline


def test_undated_events_are_listed_apart() -> None:
    docs, _ = uploads_from_contents(
        [upload("u.txt", b"Officials imposed sanctions on Russian banks last week.")],
        ["u.txt"], [], SETTINGS)
    timeline = timeline_with_uploads(Timeline((), ()), docs, SETTINGS)
    listed = undated_list(list(timeline.events))
    assert "Not placed on the timeline: 1" in repr(listed)


def test_an_upload_over_the_size_limit_is_refused() -> None:
    small = Settings(cache_dir="", max_document_bytes=10)
    docs, errors = uploads_from_contents([upload("big.txt", b"x" * 11)], ["big.txt"], [], small)
    assert docs == [] and errors == [
        "big.txt: file is 11 bytes, over the limit of 10 (setting max_document_bytes)"]
