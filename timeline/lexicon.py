"""The word lists events are built with, loaded from `resources/lexicon.toml` and checked."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from timeline.errors import RuleError
from timeline.models import CATEGORIES

__all__ = ["Category", "Lexicon", "lexicon"]

_KEYS = {"titles", "organization_words", "generic_organizations", "not_names", "not_in_names",
         "common_words", "countries", "category", "irregular_present"}


@dataclass(frozen=True)
class Category:
    """An event category and the verbs and words that signal it."""

    name: str
    verbs: frozenset[str]
    words: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Titles, organization words, non-names, common words, country aliases, categories and verb
    forms."""

    titles: frozenset[str]
    organization_words: frozenset[str]
    generic_organizations: frozenset[str]
    not_names: frozenset[str]
    not_in_names: frozenset[str]
    common_words: frozenset[str]
    country_of: dict[str, str]
    categories: tuple[Category, ...]
    irregular_present: dict[str, str]


@cache
def lexicon() -> Lexicon:
    """Return the bundled lexicon, loaded and checked once."""
    name = "resources/lexicon.toml"
    text = resources.files("timeline").joinpath(name).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{name}: expected valid TOML, found an error: {exc}") from None
    unknown = set(data) - _KEYS
    if unknown or _KEYS - set(data):
        raise RuleError(f"{name}: expected keys {sorted(_KEYS)}, found {sorted(data)}")
    categories = []
    for spec in data["category"]:
        if spec.get("name") not in CATEGORIES:
            raise RuleError(f"{name}: category {spec.get('name')!r} is not one of {CATEGORIES}")
        if not spec.get("examples"):
            raise RuleError(f"{name}: category {spec['name']!r} needs examples")
        categories.append(
            Category(spec["name"], frozenset(spec.get("verbs", [])), tuple(spec.get("words", [])))
        )
    country_of = {
        alias.lower(): country for country, aliases in data["countries"].items()
        for alias in aliases
    }
    return Lexicon(
        titles=frozenset(t.lower() for t in data["titles"]),
        organization_words=frozenset(w.lower() for w in data["organization_words"]),
        generic_organizations=frozenset(w.lower() for w in data["generic_organizations"]),
        not_names=frozenset(w.lower() for w in data["not_names"]),
        not_in_names=frozenset(w.lower() for w in data["not_in_names"]),
        common_words=frozenset(w.lower() for w in data["common_words"]),
        country_of=country_of,
        categories=tuple(categories),
        irregular_present=dict(data["irregular_present"]),
    )
