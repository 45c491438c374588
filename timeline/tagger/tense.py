"""The tense around a time expression: does the sentence look back or ahead from its date?

No part-of-speech tagger: the nearest tense marker in the sentence decides (an auxiliary such as
"will", a past form such as "said" or "expanded", a perfect "has ..."), as a careful reader does
with "In December, Obama expanded ..." (past) or "The committee will vote Wednesday" (future).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["TenseMarkers"]

# Strong markers settle the direction; weak ones ("expected", a word in -ed) only lean.
_FUTURE = frozenset("will 'll wo shall going would tomorrow next upcoming".split())
_FUTURE_WEAK = frozenset(
    """plans plan planning planned scheduled expected expects expect intends intend aims coming
    forthcoming soon until later set due""".split()
)
_PAST = frozenset(
    """was were had did said told came went took gave made began became saw got met left
    won lost fell rose led held sold bought paid sent spent brought thought found knew wrote
    ran struck hit kept built broke chose drew drove fought flew grew heard hung laid
    meant overtook rode sang shook shot slid spoke spun stood stole stuck swore swept swam
    taught tore threw understood woke wore withdrew ago last previous yesterday ended""".split()
)
_NOT_PAST_ED = frozenset(
    """need seed speed feed breed weed bleed proceed exceed succeed red bed shed hundred
    indeed united limited based concerned interested related naked sacred wicked wretched
    rugged ragged crooked beloved reduced increased proposed expected scheduled planned
    preferred restated combined continued""".split()
)
# Reporting verbs date the report, not the event reported: they say nothing of its tense
# ("said" and "told" stay: "said Tuesday" dates the saying).
_REPORTING = frozenset(
    """says tells announced reported added noted stated explained claimed disclosed
    indicated confirmed estimated predicted warned argued insisted acknowledged asserted
    observed suggested""".split()
)
_WORD = re.compile(r"[A-Za-z']+")
_PERFECT = frozenset({"has", "have", "'ve"})
_CLOSE = 30  # characters
_PASSIVE = frozenset({"be", "being", "to"})
_DETERMINERS = frozenset(
    "the a an its their his her this that these those our your my no any some each".split()
)


class TenseMarkers:
    """The tense markers of a text, found once, so each expression's tense costs O(log n)."""

    def __init__(self, text: str) -> None:
        # For each (direction, strength): the start and end offsets of its markers, in order.
        self._starts: dict[tuple[str, bool], list[int]] = {}
        self._ends: dict[tuple[str, bool], list[int]] = {}
        previous = ""
        for m in _WORD.finditer(text):
            word, prior = m.group(0).lower(), previous
            previous = word
            found = _kind(word)
            if found is None or (found[0] == "past" and prior in _PASSIVE):
                continue  # "will be paid" is not past
            if word.endswith("ed") and word not in _PAST:
                if prior in _DETERMINERS:
                    continue  # "the reduced dividend": an adjective
                found = ("past", True)  # "talks collapsed": a verb in the past
            self._starts.setdefault(found, []).append(m.start())
            self._ends.setdefault(found, []).append(m.end())

    def near(self, sentence: tuple[int, int], start: int, end: int) -> tuple[str, str] | None:
        """Return the direction ("past" or "future") the sentence gives the expression at
        [start, end), and how sure it is ("close", "strong" or "weak"), or None."""
        best: tuple[int, str, bool] | None = None
        for (direction, strong), starts in self._starts.items():
            ends = self._ends[(direction, strong)]
            # A marker before the expression speaks for it a little more than one after it,
            # and a strong marker more than a weak one.
            penalty = 0 if strong else 30
            i = bisect_right(ends, start) - 1  # the last marker ending at or before `start`
            if i >= 0 and starts[i] >= sentence[0]:
                weight = start - ends[i] + penalty
                if best is None or weight < best[0]:
                    best = (weight, direction, strong)
            j = bisect_left(starts, end)  # the first marker starting at or after `end`
            if j < len(starts) and ends[j] <= sentence[1]:
                weight = starts[j] - end + 8 + penalty
                if best is None or weight < best[0]:
                    best = (weight, direction, strong)
        if best is None:
            return None
        # A strong marker in the same clause (a few words away) is certain: "collapsed in March".
        sureness = "close" if best[2] and best[0] <= _CLOSE else "strong" if best[2] else "weak"
        return best[1], sureness


def _kind(word: str) -> tuple[str, bool] | None:
    if word in _REPORTING:
        return None
    if word in _FUTURE:
        return "future", True
    if word in _PAST or word in _PERFECT:
        return "past", True
    if word in _FUTURE_WEAK:
        return "future", False
    if word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST_ED:
        return "past", False
    return None
