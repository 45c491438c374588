"""The words the tense of a sentence is read from, loaded from `resources/tense.toml` and
checked when loaded: every list present, lowercase words only, no word repeated in a list, and
no marker in two of the lists that say which way a sentence looks."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

from timeline.errors import RuleError

__all__ = ["TenseWords", "tense_words"]

_SOURCE = "resources/tense.toml"
_WORD = re.compile(r"[a-z']+")
_MARKERS = ("future", "future_weak", "past", "present")  # which way a sentence looks


@dataclass(frozen=True)
class TenseWords:
    """The word lists of `resources/tense.toml`; its comments say what each list is for."""

    future: frozenset[str]
    future_weak: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_verbs_ed: frozenset[str]
    not_past_ed: frozenset[str]
    un_verbs: frozenset[str]
    infinitive_heads: frozenset[str]
    not_verbs: frozenset[str]
    speech: frozenset[str]
    linking: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    ordinals: frozenset[str]
    subordinators: frozenset[str]
    nouns_too: frozenset[str]


@cache
def tense_words() -> TenseWords:
    """Return the bundled tense words, loaded and checked once."""
    text = resources.files("timeline.tagger").joinpath(_SOURCE).read_text(encoding="utf-8")
    return parse_tense_words(text, _SOURCE)


def parse_tense_words(text: str, source: str) -> TenseWords:
    """Return the tense words in the TOML `text`; raise RuleError naming `source` if invalid."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{source}: expected valid TOML, found an error: {exc}") from None
    keys = [f.name for f in fields(TenseWords)]
    if sorted(data) != sorted(keys):
        raise RuleError(f"{source}: expected the keys {sorted(keys)}, found {sorted(data)}")
    lists: dict[str, frozenset[str]] = {}
    for key in keys:
        value = data[key]
        if not isinstance(value, str):
            raise RuleError(f"{source}: {key}: expected a string of words, found {value!r}")
        words = value.split()
        bad = [w for w in words if not _WORD.fullmatch(w)]
        if bad or not words:
            raise RuleError(f"{source}: {key}: expected lowercase words, found {bad or value!r}")
        repeated = sorted(w for w, n in Counter(words).items() if n > 1)
        if repeated:
            raise RuleError(f"{source}: {key}: expected each word once, found {repeated} twice")
        lists[key] = frozenset(words)
    markers = Counter(w for key in _MARKERS for w in lists[key])
    shared = sorted(w for w, n in markers.items() if n > 1)
    if shared:
        raise RuleError(f"{source}: expected each marker in one of {_MARKERS}, found {shared} "
                        "in more than one")
    return TenseWords(**lists)
