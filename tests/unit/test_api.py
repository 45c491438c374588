"""The public API and the settings registry."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline
from timeline.errors import SettingsError
from timeline.settings import SETTINGS, Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_all_is_sorted_and_exported() -> None:
    assert timeline.__all__ == sorted(timeline.__all__)
    for name in timeline.__all__:
        assert hasattr(timeline, name)


def test_every_setting_is_documented_in_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.name}`" in text, setting.name


def test_settings_validate_names_and_types() -> None:
    assert Settings.from_mapping({"max_document_bytes": 5}).max_document_bytes == 5
    with pytest.raises(SettingsError, match="unknown setting 'nope'"):
        Settings.from_mapping({"nope": 1})
    with pytest.raises(SettingsError, match="expects int, found '5'"):
        Settings.from_mapping({"max_document_bytes": "5"})
