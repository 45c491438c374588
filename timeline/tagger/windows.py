"""Where a rule can match: the stretches of text around its trigger words, so that a rule runs
its regex over a few windows of a long text rather than all of it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.tagger.rulebook import Rule

__all__ = ["Windows"]

_REACH = 64  # characters a match can extend beyond its trigger


class Windows:
    """Where a rule can match: the stretches of text around its trigger words.

    A trigger that begins with a letter counts only at the start of a word. A rule whose triggers
    do not occur is skipped; one whose triggers cover most of the text is run over all of it.
    Each window reaches `_REACH` characters beyond a trigger on each side, longer than any match,
    so every match that holds a trigger lies inside a window.
    """

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower
        self.positions: dict[str, list[int]] = {}

    def _find(self, trigger: str) -> list[int]:
        cached = self.positions.get(trigger)
        if cached is None:
            cached = []
            lower = self.lower
            word = trigger[0].isalpha()  # a word trigger counts only where a word starts
            i = lower.find(trigger)
            while i >= 0:
                if not word or i == 0 or not lower[i - 1].isalpha():
                    cached.append(i)
                i = lower.find(trigger, i + 1)
            self.positions[trigger] = cached
        return cached

    def matches(self, rule: Rule) -> Iterator[re.Match[str]]:
        if not rule.triggers:
            yield from rule.regex.finditer(self.text)
            return
        spans = sorted(
            (max(0, p - _REACH), p + len(t) + _REACH) for t in rule.triggers for p in self._find(t)
        )
        if not spans:
            return
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        if sum(e - s for s, e in merged) > len(self.text) // 2:
            yield from rule.regex.finditer(self.text)
            return
        for start, end in merged:
            yield from rule.regex.finditer(self.text, start, min(end, len(self.text)))
