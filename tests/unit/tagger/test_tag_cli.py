"""`timeline tag`: JSON lines, TimeML and text, with offsets into the document's text."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli
from timeline.documents import read_documents
from timeline.timeml import read_timeml


def test_jsonl_records_index_the_document_text(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["tag", str(seeds)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(records[0]) == {"doc", "start", "end", "text", "type", "value", "mod",
                               "granularity", "anchor", "rule"}
    texts = {d.id: d.text for d in read_documents([seeds]).documents}
    for r in records:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
    december = next(r for r in records if r["text"] == "December")
    assert (december["value"], december["anchor"]) == ("2016-12", "2017-05-26")


def test_date_overrides_every_document(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["tag", str(seeds), "--date", "2021-06-01"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["anchor"] for r in records if r["anchor"]} == {"2021-06-01"}
    assert CliRunner().invoke(cli, ["tag", str(seeds), "--date", "soon"]).exit_code == 2


def test_undated_document_stays_unresolved(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Officials met last week.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", str(tmp_path)])
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["value"], record["anchor"]) == ("XXXX-WXX", None)


def test_tml_round_trip(tmp_path: Path, seeds: Path) -> None:
    source = seeds / "002_9f7f0484744ac74f.txt"
    result = CliRunner().invoke(cli, ["tag", str(source), "--format", "tml"])
    assert result.exit_code == 0
    doc = read_timeml(result.stdout, "out.tml")
    assert doc.text == source.read_text(encoding="utf-8")
    assert ("December", "2016-12") in [(t.text, t.value) for t in doc.timexes]
    many = CliRunner().invoke(cli, ["tag", str(seeds), "--format", "tml"])
    assert many.exit_code == 1 and "expected --output-dir" in many.stderr
    out = tmp_path / "out"
    assert CliRunner().invoke(
        cli, ["tag", str(seeds), "--format", "tml", "--output-dir", str(out)]
    ).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["000_937114fbc32cb6bf.tml",
                                                     "002_9f7f0484744ac74f.tml"]


def test_text_table(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["tag", str(seeds), "--format", "text"])
    assert "# 002_9f7f0484744ac74f.txt  (anchor 2017-05-26)" in result.stdout
    assert "2020-W08" in result.stdout and "'last week'" in result.stdout


def test_tml_input_uses_its_text_and_dct(tmp_path: Path) -> None:
    (tmp_path / "x.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19">x</TIMEX3></DCT>'
        "<TEXT>He left <EVENT>yesterday</EVENT>.</TEXT></TimeML>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", str(tmp_path)])
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["start"], record["text"], record["value"]) == (8, "yesterday", "1998-02-18")
