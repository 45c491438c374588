"""The declared settings registry: every tunable has a name, a default and a help text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from timeline.errors import SettingsError

__all__ = ["SETTINGS", "Setting", "Settings"]


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default value and what it controls."""

    name: str
    default: int | float | str | bool
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_document_bytes",
        10 * 1024 * 1024,
        "Largest file read as a document, in bytes; larger files are refused with an error.",
    ),
    Setting(
        "cache_dir",
        "~/.cache/timeline",
        "Where per-document results are cached (by content hash); empty to turn caching off.",
    ),
    Setting(
        "dateline_lines",
        6,
        "How many non-empty lines at the top of a document are searched for a dateline.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The values in force; build with `Settings.from_mapping` to validate names and types."""

    max_document_bytes: int = int(_BY_NAME["max_document_bytes"].default)
    dateline_lines: int = int(_BY_NAME["dateline_lines"].default)
    cache_dir: str = str(_BY_NAME["cache_dir"].default)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """Return settings with `values` applied over the defaults, checking each name and type."""
        settings = cls()
        for name, value in values.items():
            if name not in _BY_NAME:
                known = ", ".join(sorted(_BY_NAME))
                raise SettingsError(f"unknown setting {name!r}; expected one of: {known}")
            expected = type(_BY_NAME[name].default)
            if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
                raise SettingsError(
                    f"setting {name!r} expects {expected.__name__}, found {value!r}"
                )
            changes: dict[str, Any] = {name: value}
            settings = replace(settings, **changes)
        return settings
