"""The CLI through click's CliRunner: output, exit codes and error messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli


def test_documents_lists_seeds(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["documents", str(seeds)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    hill, letter = (line.split("\t") for line in lines)
    assert hill[:3] == ["000_937114fbc32cb6bf.txt", "2020-02-24", "header"]
    assert letter[:3] == ["002_9f7f0484744ac74f.txt", "2017-05-26", "manifest"]
    assert hill[3] == "2,464 B"


def test_bad_file_reported_others_go_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good text\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(cli, ["documents", str(tmp_path)])
    assert result.exit_code == 0
    assert "good.txt" in result.stdout
    assert f"Error: {tmp_path / 'bad.txt'}: binary file" in result.stderr


def test_no_readable_document_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["documents", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty file: expected text, found 0 bytes" in result.stderr
    assert "Error: expected at least one readable document" in result.stderr


def test_usage_errors_exit_2() -> None:
    assert CliRunner().invoke(cli, ["documents"]).exit_code == 2
    assert CliRunner().invoke(cli, ["no-such-command"]).exit_code == 2


def test_python_dash_m_runs_the_cli(seeds: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "documents", str(seeds)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0 and "2017-05-26" in done.stdout
