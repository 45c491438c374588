"""The TempEval-3 Task A scorer: pairing, strict and relaxed counts, attribute F1."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import EvaluationError
from timeline.evaluate import evaluate_paths, pair, phrase, score
from timeline.timeml import Timex, read_timeml, write_timeml

GOLD = """<?xml version="1.0" ?>
<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19" \
functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Officials met <TIMEX3 tid="t1" type="DATE" value="1998-02-18">Wednesday</TIMEX3> and \
will meet again <TIMEX3 tid="t2" type="DATE" value="1998-W09">next week</TIMEX3> for \
<TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3> &amp; more.</TEXT></TimeML>
"""


def t(start: int, end: int, value: str, kind: str = "DATE") -> Timex:
    return Timex(start, end, "", kind, value)


def test_read_timeml_offsets_index_the_text() -> None:
    doc = read_timeml(GOLD, "d1.tml")
    assert doc.dct == "1998-02-19"
    assert [doc.text[x.start:x.end] for x in doc.timexes] == ["Wednesday", "next week",
                                                                "two days"]
    assert doc.text.endswith("& more.")


def test_pairing_prefers_exact_extents_then_overlap() -> None:
    gold = [t(0, 10, "a"), t(5, 15, "b")]
    system = [t(5, 15, "b"), t(0, 4, "a")]
    pairs = pair(gold, system)
    assert {(g.value, s.value) for g, s in pairs} == {("b", "b"), ("a", "a")}


def test_scores() -> None:
    gold = [t(0, 10, "2020-02-24"), t(20, 30, "P3Y", "DURATION"), t(40, 50, "2019")]
    system = [t(0, 10, "2020-02-24"), t(22, 30, "P2Y", "DURATION"), t(60, 70, "2020")]
    s = score([("doc", gold, system)])
    assert (s.gold, s.system, s.strict, s.relaxed, s.type_ok, s.value_ok) == (3, 3, 1, 2, 2, 1)
    assert s.relaxed_prf == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert s.value_f1 == pytest.approx(1 / 3)
    assert dict(s.error_kinds()) == {"missed": 1, "spurious": 1, "wrong_value": 1,
                                     "wrong_type": 0, "partial_extent": 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("The past  week.", "past week"), ("a year earlier", "year earlier"), ("Now", "now"),
    ("theater season", "theater season"),
])
def test_phrase(text: str, expected: str) -> None:
    assert phrase(text) == expected


def test_a_system_file_scores_perfectly_against_itself(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "d1.tml").write_text(GOLD, encoding="utf-8")
    doc = read_timeml(GOLD, "d1.tml")
    (tmp_path / "sys").mkdir()
    from timeline.models import Mention

    mentions = [Mention(x.start, x.end, x.text, x.type, x.value, None, "day", None, "gold")
                for x in doc.timexes]  # type: ignore[arg-type]
    (tmp_path / "sys" / "d1.tml").write_text(write_timeml(doc.text, mentions, doc.dct, "d1"),
                                             encoding="utf-8")
    s = evaluate_paths(tmp_path / "gold", tmp_path / "sys")
    assert s.summary()["strict_f1"] == 1.0 and s.value_f1 == 1.0


def test_tagger_on_gold(tmp_path: Path) -> None:
    (tmp_path / "d1.tml").write_text(GOLD, encoding="utf-8")
    s = evaluate_paths(tmp_path)
    assert s.summary()["relaxed_f1"] == 1.0 and s.value_f1 == 1.0


def test_evaluate_cli(tmp_path: Path) -> None:
    (tmp_path / "d1.tml").write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "relaxed   100.00  100.00  100.00" in result.stdout
    assert "value F1 100.00" in result.stdout


def test_evaluate_errors(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="expected TimeML"):
        evaluate_paths(tmp_path)
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>x", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.tml: expected well-formed TimeML" in result.stderr
