"""Exports: TimelineJS field by field, iCalendar parsed back strictly, HTML5, the CLI."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import html5lib
import pytest
from click.testing import CliRunner
from icalendar import Calendar

from timeline.cli import cli
from timeline.errors import ExportError
from timeline.export import render, render_ics, timelinejs_record, write
from timeline.models import Timeline
from timeline.pipeline import extract
from timeline.settings import Settings

PRECISION_FIELDS = {"day": {"year", "month", "day"}, "week": {"year", "month", "day"},
                    "month": {"year", "month"}, "season": {"year", "month"},
                    "quarter": {"year", "month"}, "half": {"year", "month"}, "year": {"year"},
                    "decade": {"year"}, "century": {"year"}}


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return extract([Path(__file__).resolve().parents[2] / "seeds"], Settings(cache_dir=""))


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def test_timelinejs_follows_the_format(timeline: Timeline) -> None:
    record = timelinejs_record(timeline, "Sanctions")
    assert set(record) == {"title", "events"}
    assert record["title"]["text"]["headline"] == "Sanctions"
    by_id = {e.id: e for e in timeline.events}
    assert len(record["events"]) == len(timeline.events)
    for item in record["events"]:
        event = by_id[item["unique_id"]]
        assert set(item) <= {"unique_id", "start_date", "end_date", "display_date", "text",
                             "group"}
        assert set(item["start_date"]) == PRECISION_FIELDS[event.precision or ""]
        for key, value in item["start_date"].items():
            assert isinstance(value, int)
            low, high = {"year": (1, 9999), "month": (1, 12), "day": (1, 31)}[key]
            assert low <= value <= high
        assert item["start_date"]["year"] == int((event.start or "")[:4])
        if "end_date" in item:
            assert set(item["end_date"]) == set(item["start_date"])
        assert item["text"]["headline"] and item["display_date"]
        assert item["group"] == event.category
    december = next(i for i in record["events"] if by_id[i["unique_id"]].date == "2016-12")
    assert december["start_date"] == {"year": 2016, "month": 12}
    assert december["display_date"] == "December 2016"


def test_timelinejs_escapes_text(timeline: Timeline) -> None:
    evil = replace(timeline.events[0], headline="<script>alert(1)</script>")
    record = timelinejs_record(Timeline(timeline.documents, (evil,)))
    assert "<script>" not in json.dumps(record)


def test_icalendar_parses_back_strictly(timeline: Timeline) -> None:
    text = render_ics(timeline, "Sanctions, Russia; 2016-2020")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert "X-WR-CALNAME:Sanctions\\, Russia\\; 2016-2020\r\n" in text
    events = calendar.walk("VEVENT")
    assert len(events) == len(timeline.events)
    by_uid = {str(e["UID"]): e for e in events}
    december = next(e for e in timeline.events if e.date == "2016-12")
    vevent = by_uid[f"{december.id}@timeline"]
    assert str(vevent["DTSTART"].to_ical(), "ascii") == "20161201"
    assert str(vevent["DTEND"].to_ical(), "ascii") == "20170101"  # exclusive: all December
    assert str(vevent["SUMMARY"]) == december.headline
    assert december.sources[0].evidence in str(vevent["DESCRIPTION"])


def test_icalendar_event_on_the_calendars_last_day(timeline: Timeline) -> None:
    last = replace(timeline.events[0], date="9999-12-31", start="9999-12-31", end="9999-12-31",
                   precision="day")
    text = render_ics(Timeline(timeline.documents, (last,)))
    assert "DTSTART;VALUE=DATE:99991231\r\n" in text
    assert "DTEND;VALUE=DATE:99991231\r\n" in text  # no day after it to end on


def test_icalendar_uids_are_stable_across_exports(timeline: Timeline) -> None:
    uids = [re.findall(r"UID:(\S+)", render_ics(timeline)) for _ in range(2)]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(timeline.events)


def test_html_is_well_formed_html5_and_escapes_document_text(timeline: Timeline) -> None:
    evil = replace(timeline.events[0], headline="<script>alert(1)</script> & </script>")
    page = render(Timeline(timeline.documents, (evil, *timeline.events[1:])), "html")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(page)
    assert "<script>alert(1)</script>" not in page
    assert page.count("<script") == 4  # plotly.js, the two data blocks, the page's script
    assert 'id="timeline-graph"' in page and 'id="event-list"' in page
    assert page.count("data-event-id=") == len(timeline.events)


def test_export_cli_formats_and_filters(timeline: Timeline, tmp_path: Path, seeds: Path) -> None:
    runner = CliRunner()
    for name, check in (("t.html", "<!DOCTYPE html>"), ("t.ics", "BEGIN:VCALENDAR"),
                        ("t.csv", "id,date"), ("t.json", '{\n  "documents"')):
        result = runner.invoke(cli, ["export", str(seeds), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(check)
        assert re.search(r"[\d,]+ bytes, 11 of 11 events", result.stderr)
    result = runner.invoke(cli, ["export", str(seeds), "-o", str(tmp_path / "tl.json"),
                                 "--format", "timelinejs", "--category", "election"])
    record = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    assert {e["group"] for e in record["events"]} == {"election"}
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_errors(tmp_path: Path, seeds: Path) -> None:
    runner = CliRunner()
    empty = runner.invoke(cli, ["export", str(seeds), "-o", str(tmp_path / "t.html"),
                                "--search", "no event says this"])
    assert empty.exit_code == 1 and "expected at least one event" in empty.stderr
    unknown = runner.invoke(cli, ["export", str(seeds), "-o", str(tmp_path / "t.pdf")])
    assert unknown.exit_code == 1 and "expected a format" in unknown.stderr
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    unwritable = runner.invoke(cli, ["export", str(seeds), "-o", str(blocked / "t.html")])
    assert unwritable.exit_code == 1 and "cannot write" in unwritable.stderr
    bad_format = runner.invoke(cli, ["export", str(seeds), "-o", str(tmp_path / "x.html"),
                                     "--format", "pdf"])
    assert bad_format.exit_code == 1 and "found 'pdf'" in bad_format.stderr


def test_an_existing_file_survives_a_failed_export(timeline: Timeline, tmp_path: Path) -> None:
    target = tmp_path / "timeline.json"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(ExportError):
        write(Timeline(timeline.documents, ()), target)
    assert target.read_text(encoding="utf-8") == "precious"
