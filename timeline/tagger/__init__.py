"""The temporal tagger: text -> TIMEX3 mentions, resolved against the document's date.

Rules are data (`resources/en/*.toml`), validated when loaded; the engine is code.
"""

from __future__ import annotations

from functools import cache

from timeline.models import Mention
from timeline.tagger.engine import Tagger
from timeline.tagger.rulebook import Rulebook, load_rulebook

__all__ = ["Rulebook", "Tagger", "load_rulebook", "tag"]


@cache
def _default_tagger() -> Tagger:
    return Tagger()


def tag(text: str, anchor: str | None = None) -> list[Mention]:
    """Return the time expressions of `text`, resolved against the TIMEX3 date `anchor`.

    >>> [(m.text, m.value) for m in tag("In December, Obama expanded the order.", "2017-05-26")]
    [('December', '2016-12')]
    """
    return _default_tagger().tag(text, anchor)
