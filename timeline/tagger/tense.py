"""The tense around a time expression: does the sentence look back or ahead from its date?

No part-of-speech tagger: the nearest tense marker in the sentence decides (an auxiliary such as
"will", a past form such as "said" or "expanded", a perfect "has ..."), as a careful reader does
with "In December, Obama expanded ..." (past) or "The committee will vote Wednesday" (future).
"""

from __future__ import annotations

import re

__all__ = ["tense_near"]

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
_PASSIVE = frozenset({"be", "being", "to"})


def tense_near(
    text: str, sentence: tuple[int, int], start: int, end: int
) -> tuple[str, bool] | None:
    """Return ("past" or "future", strong?) for the expression at text[start:end], or None."""
    best: tuple[int, str, bool] | None = None
    previous = ""
    for m in _WORD.finditer(text, sentence[0], sentence[1]):
        word, prior = m.group(0).lower(), previous
        previous = word
        if start <= m.start() < end:
            continue
        found = _kind(word)
        if found is None or (found[0] == "past" and prior in _PASSIVE):
            continue  # "will be paid" is not past
        before = m.end() <= start
        distance = start - m.end() if before else m.start() - end
        # A marker before the expression speaks for it a little more than one after it,
        # and a strong marker more than a weak one.
        weight = distance + (0 if before else 8) + (0 if found[1] else 30)
        if best is None or weight < best[0]:
            best = (weight, *found)
    return (best[1], best[2]) if best else None


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
