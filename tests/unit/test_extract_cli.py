"""`timeline extract`: formats, the output file, the cache, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.pipeline import extract
from timeline.settings import Settings


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def test_json_to_stdout(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(seeds), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    schema = json.loads((Path(__file__).resolve().parents[2] / "timeline" / "resources"
                         / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        data)
    assert [d["doc"] for d in data["documents"]] == ["000_937114fbc32cb6bf.txt",
                                                      "002_9f7f0484744ac74f.txt"]
    assert len(data["events"]) == 11


def test_output_file_format_from_extension(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.csv"
    result = CliRunner().invoke(cli, ["extract", str(seeds), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "11 events (11 dated)" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["doc"] for r in rows} == {"000_937114fbc32cb6bf.txt", "002_9f7f0484744ac74f.txt"}
    assert len(rows) == 14  # one row per event and source: the 2016 event has four
    assert not list(tmp_path.glob(".*.tmp"))


def test_jsonl(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(seeds), "--format", "jsonl"])
    assert [json.loads(line)["kind"] for line in result.stdout.splitlines()].count(
        "document") == 2


def test_errors(tmp_path: Path, seeds: Path) -> None:
    assert CliRunner().invoke(cli, ["extract", str(seeds), "-o", str(tmp_path / "x.pdf")]
                              ).exit_code == 1
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1 and "empty file" in result.stderr
    assert CliRunner().invoke(cli, ["extract", str(seeds), "--format", "xml"]).exit_code == 2


def test_cache_is_reused_and_keyed_by_content(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2020-02-24 Title here\n\nTreasury imposed sanctions "
                                  "on Russian banks on Monday, officials said.", encoding="utf-8")
    settings = Settings(cache_dir=str(tmp_path / "cache"))
    first = extract([folder], settings)
    per_document = [p for p in (tmp_path / "cache").rglob("*.json") if p.parent.name != "timelines"]
    assert len(per_document) == 1
    assert len(list((tmp_path / "cache" / "timelines").iterdir())) == 1
    assert extract([folder], settings).events == first.events
    (folder / "a.txt").write_text("date 2020-02-24 Title here\n\nTreasury imposed sanctions "
                                  "on Russian banks on Friday, officials said.", encoding="utf-8")
    changed = extract([folder], settings)
    assert len([p for p in (tmp_path / "cache").rglob("*.json")
                if p.parent.name != "timelines"]) == 2
    assert {e.date for e in changed.events} == {"2020-02-24", "2020-02-21"}
