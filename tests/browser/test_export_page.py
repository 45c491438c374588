"""The exported HTML page opened from disk in Chromium with every network request blocked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from timeline.export import write
from timeline.models import Timeline
from timeline.pipeline import extract
from timeline.settings import Settings


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return extract([Path(__file__).resolve().parents[2] / "seeds"], Settings(cache_dir=""))


def open_offline(page: Any, path: Path) -> list[str]:
    """Open the page with every request but the file itself refused; return the requests."""
    requested: list[str] = []

    def route(r: Any) -> None:
        requested.append(r.request.url)
        if r.request.url == path.as_uri():
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_selector("#timeline-graph .main-svg")
    return requested


def test_page_draws_offline_and_a_click_shows_the_evidence(
    page: Any, timeline: Timeline, tmp_path: Path
) -> None:
    path = tmp_path / "timeline.html"
    write(timeline, path)
    requested = open_offline(page, path)
    assert page.locator("#event-count").inner_text() == "11 of 11 events"
    points = page.locator("#timeline-graph .scatterlayer .trace path.point")
    box = next(b for b in (points.nth(i).bounding_box() for i in range(points.count()))
               if b and b["width"] >= 8)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.wait_for_timeout(100)
    page.mouse.click(x, y)
    page.wait_for_selector("#event-detail blockquote.evidence")
    assert len(page.locator("#event-detail blockquote").first.inner_text().split()) > 5
    drawn = page.locator("#timeline-graph .scatterlayer path").count()
    page.fill("#search", "Obama")
    page.wait_for_function(
        "document.querySelector('#event-count').innerText === '1 of 11 events'")
    assert page.locator("#event-list li:not([hidden])").count() == 1
    assert page.locator("#timeline-graph .scatterlayer path").count() < drawn
    assert page.console_errors == []
    assert requested == [path.as_uri()]


def test_ten_thousand_events_open_and_draw(
    page: Any, timeline: Timeline, tmp_path: Path
) -> None:
    events = []
    for i in range(10_000):
        e = timeline.events[i % len(timeline.events)]
        shift = timedelta(days=i // len(timeline.events))
        events.append(replace(
            e, id=f"{i:012x}",
            start=(date.fromisoformat(e.start or "") + shift).isoformat(),
            end=(date.fromisoformat(e.end or "") + shift).isoformat()))
    path = tmp_path / "big.html"
    size = write(Timeline(timeline.documents, tuple(events)), path)
    assert size < 40_000_000
    requested = open_offline(page, path)
    page.wait_for_selector("#timeline-graph .gl-container canvas", state="attached")
    assert page.locator("#event-count").inner_text() == "10000 of 10000 events"
    assert page.console_errors == []
    assert requested == [path.as_uri()]
