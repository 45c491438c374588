"""The dashboard in real headless Chromium: click, search, URL, upload, download, safety."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline.dashboard import create_app
from timeline.settings import Settings


@pytest.fixture
def url(serve: Callable[[Any], str], seeds: Path, tmp_path: Path) -> str:
    return serve(create_app([seeds], settings=Settings(cache_dir=str(tmp_path / "cache"))))


def open_page(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#timeline-graph .main-svg")
    page.wait_for_selector("#event-list li[data-event-id]")


def click_marker(page: Any) -> None:
    """Move the real mouse to a visible marker's centre, wait, then click (a plain element
    click is intercepted by Plotly's drag layer)."""
    points = page.locator("#timeline-graph .scatterlayer .trace path.point")
    for i in range(points.count()):
        box = points.nth(i).bounding_box()
        if box and box["width"] >= 8:
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            page.mouse.move(x, y)
            page.wait_for_timeout(100)
            page.mouse.click(x, y)
            return
    raise AssertionError("no visible marker")


def test_page_loads_with_a_clean_console(page: Any, url: str) -> None:
    open_page(page, url)
    assert page.locator("#event-count").inner_text() == "11 of 11 events"
    assert page.locator("#event-list li[data-event-id]").count() == 11
    assert page.console_errors == []


def test_clicking_a_marker_shows_its_source_sentence(page: Any, url: str) -> None:
    open_page(page, url)
    click_marker(page)
    page.wait_for_selector("#event-detail mark.evidence")
    evidence = page.locator("#event-detail mark.evidence").first.inner_text()
    assert len(evidence.split()) > 5
    selected = page.url.split("selected=")[1]
    assert page.locator(f'#event-list li[data-event-id="{selected}"]').get_attribute(
        "class") == "selected"
    assert page.console_errors == []


def test_search_narrows_the_markers_and_the_url_restores_the_view(
    page: Any, url: str, browser: Any
) -> None:
    open_page(page, url)
    before = page.locator("#timeline-graph .scatterlayer .trace path").count()
    page.fill("#search", "Obama")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('#event-count').innerText.startsWith('1 of')")
    assert page.locator("#timeline-graph .scatterlayer .trace path").count() < before
    page.locator("#event-list li[data-event-id]").first.click()
    page.wait_for_selector("#event-detail h3")
    link = page.url
    assert "search=Obama" in link and "selected=" in link
    other = browser.new_page()
    other.goto(link)
    other.wait_for_function(
        "document.querySelector('#event-count') && "
        "document.querySelector('#event-count').innerText.startsWith('1 of')")
    assert other.locator("#search").input_value() == "Obama"
    assert "Obama expands" in other.locator("#event-detail h3").inner_text()
    other.close()
    assert page.console_errors == []


def test_upload_adds_events_and_a_bad_file_shows_its_error(
    page: Any, url: str, tmp_path: Path
) -> None:
    open_page(page, url)
    good = tmp_path / "release.txt"
    good.write_text("date 2021-04-15 Treasury sanctions Russia\n\nOn Thursday the Treasury "
                    "imposed sanctions on six Russian technology companies.", encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    page.set_input_files("#upload input[type=file]", [str(good), str(bad)])
    page.wait_for_function(
        "document.querySelector('#event-count').innerText.endsWith('of 12 events')")
    assert "empty.txt" in page.locator("#upload-errors").inner_text()
    assert page.console_errors == []


def test_download_returns_the_filtered_view(page: Any, url: str) -> None:
    open_page(page, url)
    page.fill("#search", "Obama")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('#event-count').innerText.startsWith('1 of')")
    with page.expect_download() as info:
        page.click("#download-csv")
    path = info.value.path()
    text = Path(path).read_text(encoding="utf-8")
    assert info.value.suggested_filename == "timeline.csv"
    assert "Obama expands" in text and text.count("\n") == 2
    with page.expect_download() as info:
        page.click("#download-html")
    page_text = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename == "timeline.html"
    assert page_text.startswith("<!DOCTYPE html>") and page_text.count("data-event-id=") == 1


def test_document_html_is_shown_as_text(
    page: Any, serve: Callable[[Any], str], tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "date 2021-04-15 <script>alert(1)</script> headline\n\n"
        "On Thursday <script>alert(1)</script> officials <b>imposed</b> sanctions on Russia.",
        encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(serve(create_app([folder], settings=Settings(cache_dir=""))))
    page.wait_for_selector("#event-list li[data-event-id]")
    page.locator("#event-list li[data-event-id]").first.click()
    page.wait_for_selector("#event-detail mark.evidence")
    assert "<script>alert(1)</script>" in page.locator("#event-detail").inner_text()
    assert page.locator("#event-detail script").count() == 0
    assert dialogs == []
