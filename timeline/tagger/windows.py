"""Where a rule can match: the stretches of text around its trigger words, so that a rule runs
its regex over a few windows of a long text rather than all of it."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from timeline.tagger.patterns import split_trigger
from timeline.tagger.rulebook import Rule

__all__ = ["Windows", "lowered"]

_REACH = 64  # characters a match can extend beyond its trigger
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def lowered(text: str) -> str:
    """Return `text` in lower case with every offset kept: where full lowercasing changes the
    length ("İ" becomes two characters), only ASCII letters are lowered."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


class Windows:
    """Where a rule can match: the stretches of text around its trigger words.

    A trigger that begins with a letter counts only at the start of a word, and one marked to
    end a word only where no letter follows it. A rule whose triggers do not occur is skipped;
    one whose triggers cover most of the text is run over all of it.
    Each window reaches `_REACH` characters beyond a trigger on each side, longer than any match,
    so every match that holds a trigger lies inside a window.
    """

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower
        self.positions: dict[str, list[int]] = {}
        # the windows of each set of triggers (None: the whole text), as rules share sets
        self.windows: dict[tuple[str, ...], list[list[int]] | None] = {}

    def _find(self, trigger: str) -> list[int]:
        cached = self.positions.get(trigger)
        if cached is None:
            cached = []
            lower = self.lower
            stem, whole = split_trigger(trigger)
            word = stem[0].isalpha()  # a word trigger counts only where a word starts
            size = len(stem)
            i = lower.find(stem)
            while i >= 0:
                if (not word or i == 0 or not lower[i - 1].isalpha()) and not (
                    whole and lower[i + size:i + size + 1].isalpha()
                ):
                    cached.append(i)
                i = lower.find(stem, i + 1)
            self.positions[trigger] = cached
        return cached

    def _windows(self, triggers: tuple[str, ...]) -> list[list[int]] | None:
        """Return the merged windows around the triggers, or None to run over the whole text."""
        if triggers in self.windows:
            return self.windows[triggers]
        found = [(t, at) for t in triggers if (at := self._find(t))]
        if not found:
            self.windows[triggers] = []
            return []
        spans = sorted((max(0, p - _REACH), p + len(t) + _REACH) for t, at in found for p in at)
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        covered = sum(e - s for s, e in merged) > len(self.text) // 2
        self.windows[triggers] = None if covered else merged
        return self.windows[triggers]

    def matches(self, rule: Rule) -> Iterator[re.Match[str]]:
        windows = self._windows(tuple(rule.triggers)) if rule.triggers else None
        if windows is None:
            yield from rule.regex.finditer(self.text)
            return
        for start, end in windows:
            yield from rule.regex.finditer(self.text, start, end)
