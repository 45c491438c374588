"""Split text into sentences, keeping character offsets into the original text; and tell a
label that opens its line ("Monday: ...", "2014: ...")."""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["STATES", "Sentences", "labels_line"]

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen sens rep reps gov gen lt col maj sgt capt adm cmdr st jr sr prof rev
    gov inc corp co ltd bros vs no jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
    wed thu thur thurs fri sat sun u.s u.k u.n a.m p.m e.g i.e et al dept est approx fig
    calif conn fla ill mass mich minn penn tenn tex va wash wis ariz colo md mo n.y n.j""".split()
)
# Abbreviations that also end sentences ("... at 2 p.m. The rally ...", "... Acme Inc. It
# said ..."), when the next word is one that starts sentences.
# A state's abbreviation closes a place's name, and may close a sentence ("outside Buffalo,
# N.Y. His name ...").
STATES = frozenset("""n.y n.j n.c s.c n.h n.m n.d s.d r.i d.c calif conn fla ill mass mich minn
    penn tenn tex va wash wis ariz colo md mo""".split())
_CAN_END = frozenset("a.m p.m inc corp co ltd jr sr u.s u.k u.n et al est".split()) | STATES
_STARTERS = frozenset(
    """the a an he she it they we i you but and in on at this that these those his her their
    its there then when after while if as for however meanwhile officials police""".split()
)
# Initials run together stay with the name: "George H.W. Bush", "J.R.R. Tolkien".
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# Titles stay with the name after them, even across a line break ("Sen.\nWarner").
_TITLES = frozenset(
    "mr mrs ms dr sen sens rep reps gov gen lt col maj sgt capt adm cmdr st prof rev".split()
)
# A heading: a short line with no closing punctuation before a line that opens with a capital
# ("About Acme Robotics\nFounded in 2011, ..."). A line wrapped inside a sentence is longer.
_HEADING = re.compile(
    r"^(?=[^\n]{1,60}\n)[^\S\n]*[A-Z][^\n]*?(\w+)[^\S\n]*\n(?=[^\S\n]*[A-Z])", re.MULTILINE
)
_CONTINUED = frozenset("and or of the a an to in on for with by at from".split())
# A sentence ends before a capital, a digit or an opening quote, the ASCII "``" of wire copy too.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+(?:``|[\"'“‘(\[])?[A-Z0-9])|\n\s*\n")


class Sentences:
    """The sentence spans of a text, found once, looked up by offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans: list[tuple[int, int]] = []
        start = 0
        ends = sorted([m.end() for m in _END.finditer(text)
                       if not (m.group(0)[0] == "." and self._abbreviation_before(m.start()))]
                      + [m.end() for m in _HEADING.finditer(text)
                         if m.group(1).lower() not in _CONTINUED])
        for end in ends:
            if end <= start:
                continue
            if text[start:end].strip():
                spans.append(self._trim(start, end))
            start = end
        if text[start:].strip():
            spans.append(self._trim(start, len(text)))
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def _abbreviation_before(self, dot: int) -> bool:
        word = re.search(r"([\w.]+)$", self.text[max(0, dot - 12):dot])
        if not word:
            return False
        token = word.group(1).lower()
        if token not in _TITLES and re.match(r"\.[^\S\n]*\n\s*[^\d\s]", self.text[dot:dot + 40]):
            return False  # "... in Greenwich, Conn.\nFrom 2015 ...": the line ends the sentence
        if token in _CAN_END:
            after = re.match(r"[.\s\"'“‘(\[]*([A-Za-z]+)", self.text[dot:dot + 40])
            return not (after and after.group(1).lower() in _STARTERS)
        possessive = dot >= 2 and self.text[dot - 2] in "'’"  # "this year's. It"
        return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and not possessive) \
            or _INITIALS.fullmatch(token) is not None

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def span_at(self, offset: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding `offset`."""
        if not self.spans:
            return 0, len(self.text)
        return self.spans[self.index_at(offset)]

    def index_at(self, offset: int) -> int:
        """Return the index in `spans` of the sentence holding `offset` (0 when none)."""
        return max(0, bisect_right(self._starts, offset) - 1)


def labels_line(text: str, start: int, end: int) -> bool:
    """Return True if the text at [start, end) opens its line and a colon follows it: a label
    in a list of days or years ("Monday: Jury selection began.", "2014: Russia annexes ...")."""
    return (start == 0 or text[start - 1] == "\n") and text.startswith(":", end)
