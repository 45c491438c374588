"""The served page in real headless Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline.dashboard import create_app


def test_page_lists_seed_documents_with_dates(
    page: Any, serve: Callable[[Any], str], seeds: Path
) -> None:
    page.goto(serve(create_app([seeds])))
    page.wait_for_selector("#document-table tbody tr")
    rows = page.locator("#document-table tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).locator("td.date").inner_text() == "2020-02-24"
    assert rows.nth(1).locator("td.date").inner_text() == "2017-05-26"
    assert page.console_errors == []
