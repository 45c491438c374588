"""The tense around a time expression: does the sentence look back or ahead from its date?

No part-of-speech tagger: the nearest tense marker in the sentence decides (an auxiliary such as
"will", a past form such as "said" or "expanded", a perfect "has ...", or "now", which leaves
the nearest date), as a careful reader does with "In December, Obama expanded ..." (past) or
"The committee will vote Wednesday" (future); a marker past ", and", a semicolon or a reported
"that" ("warned Wednesday that they should expect") belongs to the next clause.
The word right before the date can overrule the verb: "since March" has passed, "the vote is
on Tuesday" names what is scheduled, and a deadline ("extended to Nov. 6", "payable Dec. 15")
is set in the past for a date ahead, so a past verb says nothing of it, while a future one
still does ("will double by August"). A past auxiliary before a planning word ("was scheduled
to", "has been set for") looks ahead, though never as surely as a verb beside the date (the
plan may have come since: "was expected to testify in April"), but a plan in the past perfect
("had been due to expire Friday") has been overtaken: it looks back, as does a deadline met in
the past perfect ("By the 28th, funds had run out").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence

from timeline.tagger import cues
from timeline.tagger.vocabulary import tense_words
from timeline.tagger.windows import lowered

__all__ = ["SPEECH", "Tense", "TenseMarkers"]

Tense = tuple[str, str] | None  # ("past" or "future", "close" | "strong" | "weak"), or none

_WORDS = tense_words()
_FUTURE, _FUTURE_WEAK, _PAST, _PRESENT = (
    _WORDS.future, _WORDS.future_weak, _WORDS.past, _WORDS.present)
# "could vote as early as Friday" leans ahead; "could not be reached", "might have left" do
# not, nor "could be located Wednesday" (asked then), which may go either way.
_HYPOTHETICAL = frozenset({"could", "might"})
_NOT_AHEAD_AFTER = frozenset("not n't have be never hardly only no".split())
# Markers after the date but past a semicolon, or from a marker right after ", and" on, speak
# for the next clause: "the year, which ends in late January, and said it expects ...". (A
# ", and" before no marker may join a list: "attacks Aug. 7 in Nairobi, Kenya, and Dar es
# Salaam, Tanzania, killed 257".) So do those from a verb right after a bare "and" on: "closed
# the deal on Aug. 1 and expects ...", but not "on Monday and next Friday".
_COORDINATED = frozenset({"and", "but"})
_COMPARED = frozenset({"than", "as"})
# A semicolon, or "that" opening a reported clause ("warned officials Wednesday that they
# should expect little help"): markers past it speak for that clause, not a date before it.
_CLAUSE_START = re.compile(
    r";|(?<![A-Za-z'])that(?=\s+(?:he|she|it|they|we|i|you|there|the|a|an|his|her|its|their)\b)"
)
# What may close an attribution after its verb: the clause's end, after at most three words
# ("..., forecasters said Friday.", "..., he told reporters on Tuesday."), or six after a verb
# right after the comma, before its speaker ("...," said an analyst at a London brokerage.).
_CLAUSE_END = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*(?:[.,;:!?\"'”’)]|$)")
_SPEAKER_END = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s*(?:[.,;:!?\"'”’)]|$)")
_QUOTE_MARKS = "\"'”’"  # what a quotation closes with before its attribution
# A date opening its sentence, with at most a conjunction and a preposition before it ("On
# Friday, the company said.", "In March, officials announced a merger."); and the comma that
# sets off a speech verb after it ("On Friday, officials said, the vote will be held").
_OPENING = re.compile(r"[\s\"'“‘(]*(?:(?:and|but|then|so)\s+)?(?:(?:on|in|at|by|during|over"
                      r"|after|before|early|late|as\s+of)\s+)?(?:the\s+)?", re.IGNORECASE)
_SET_OFF = re.compile(r"(?:\s+[\w'’-]+)?\s*,")
SPEECH = _WORDS.speech  # "..., Castro said."; the engine reads them too ("police said Monday.")
# Markers only before these words: "set to expire" and "voters head to the polls" look ahead,
# "set a deadline" and "the head of Cuba's National Assembly" do not.
_NEEDS_AFTER = {word: frozenset(after.split()) for word, after in (
    ("set", "to for"), ("due", "to for"), ("head", "to for into home back out"),
    ("heads", "to for into home back out"))}
# "plans to build" looks ahead; "vacation plans for the trip" names plans, not a time.
_PLANS = frozenset("plan plans planned planning".split())
_BE = frozenset("is are was were be been being".split())
_LOOK_BACK = 256  # characters
_LAST_WORD = re.compile(r".*(?<![A-Za-z'])([A-Za-z']+)", re.DOTALL)
_NEXT_WORD = re.compile(r"[^A-Za-z']*([A-Za-z']*)")
_PERFECT = frozenset({"has", "have", "'ve"})
_PAST_AUXILIARIES = _PERFECT | {"was", "were", "had", "'s"}
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'re"})
_AUXILIARIES = _PAST_AUXILIARIES | _PRESENT_AUXILIARIES
_CLOSE = 30  # characters
_POSSESSIVE = 6  # a possessive date weighs like a past verb this many characters away
_PASSIVE = frozenset({"be", "being", "to", "is", "are", "am"})  # "is heard in May": ahead
# After a modal a verb is in its base form, even where it looks past: "will hit", "could shut".
_MODALS = frozenset("will would could can may might should must shall 'll not".split())
_NOT_PAST_AFTER = _PASSIVE | _WORDS.linking | _MODALS
# ", who had won six games," or ", which was founded in 1990,": a relative clause set off by
# commas; so is a participle's (", signed by the governor in late March,", ", closed since
# May,"). A comma of a list closes no clause: ", who stepped down as chairman, president and".
_ASIDE = re.compile(
    r",\s+(?:who|which|whose|[a-z]+ed\s+(?:by|in|on|since|last|earlier))\b[^,;.!?\n]*,"
    r"(?!\s*[\w-]+(?:\s+[\w-]+)?\s+(?:and|or)\b)",
    re.IGNORECASE,
)
# A relative clause with no commas, "a plant that began production in January is expected to
# ...": when a finite verb follows the date right away, the clause closes at the date, and that
# verb is its noun's ("is expected"), not the date's.
_BARE_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?=[a-z'])", re.IGNORECASE)
_FINITE = frozenset("is are was were will has have had would could can may might should must"
                    .split())
# "the reduced dividend", "with extended hours", "the sixth named storm": an adjective; so
# is one right after a marker that is a verb in the present ("faces increased competition",
# "expects continued growth").
_BEFORE_ADJECTIVE = _WORDS.determiners | _WORDS.prepositions | _WORDS.ordinals | frozenset(
    word for word in _FUTURE | _FUTURE_WEAK if word.endswith("s"))


# Every word that can be a marker, in the lowered text: the scan looks at these only.
_MARKERS = sorted(_FUTURE | _FUTURE_WEAK | _PAST | _PERFECT | _PRESENT | {"to"}, key=len)[::-1]
_CANDIDATE = re.compile(
    r"(?<![A-Za-z'])(?:[a-z']{3,}ed|" + "|".join(map(re.escape, _MARKERS)) + r")(?![A-Za-z'])")


class TenseMarkers:
    """The tense markers of a text, found once, so each expression's tense costs O(log n)."""

    def __init__(self, text: str, lower: str | None = None,
                 spans: Sequence[tuple[int, int]] | None = None) -> None:
        """Scan `text` once, or only its `spans` (the sentences whose tense will be asked);
        `lower` is `lowered(text)` when the caller already has it."""
        self.text = text
        # For each (direction, strength): the start and end offsets of its markers, in order.
        self._starts: dict[tuple[str, bool], list[int]] = {}
        self._ends: dict[tuple[str, bool], list[int]] = {}
        superseded = -1  # where a plan in the past perfect starts ("had been due")
        self._seen_from_past: set[int] = set()  # where a plan told in the past starts
        # Where a new clause starts: a semicolon, a reported "that", or a marker right after
        # ", and" or ", but".
        spans = [(0, len(text))] if spans is None else spans
        self._clauses = [m.start() for a, b in spans for m in _CLAUSE_START.finditer(text, a, b)]
        asides = [m.span() for a, b in spans for m in _ASIDE.finditer(text, a, b)]
        self._aside_starts, self._aside_ends = [a for a, _ in asides], [b for _, b in asides]
        lower = lowered(text) if lower is None else lower
        for m in (m for a, b in spans for m in _CANDIDATE.finditer(lower, a, b)):
            word, start, end = m.group(0), m.start(), m.end()  # lowered already
            prior = _word_before(text, start)
            found = _kind(word, _word_after(text, end), prior[0])
            if found is not None and prior[0] in _COORDINATED and (
                    _after_comma(text, prior[1]) or word not in _WORDS.not_verbs):
                insort(self._clauses, start)
            elif found is not None and prior[0] in _AUXILIARIES and \
                    _word_before(text, prior[1])[0] in _COORDINATED:
                insort(self._clauses, prior[1])  # "cut rates in August and is expected to"
            if found is not None and found[1] and prior[1] == superseded:
                continue  # "had been due to expire Friday": a plan since overtaken
            if found is None or (found[0] == "past" and _after_auxiliary(text, prior)):
                continue  # "will be paid", "remain closed", "be formally installed": not past
            if found[0] == "past" and prior[0] in _WORDS.subordinators:
                continue  # "If approved, a contract could be signed": a participle
            if found == ("past", False) and _participle_by(text, end, prior[0]):
                continue  # "a summit overshadowed by the crisis": an adjective
            # The auxiliaries right before the word: "was", "has been".
            chain = (prior, _word_before(text, prior[1])) if prior[0] == "been" else (prior,)
            if found == ("future", False) and chain[-1][0] in _PAST_AUXILIARIES:
                if chain[-1][0] == "had":
                    superseded = start  # the past marker "had" speaks for the date
                    continue
                # "was scheduled to", "has been set for": a future seen from the past, which
                # may have come since ("was expected to testify in April"), never a close one
                for aux in chain:
                    self._drop(("past", True), aux[1])
                found = ("future", True)
                self._seen_from_past.add(start)
            elif found == ("future", False) and chain[-1][0] in _PRESENT_AUXILIARIES:
                found = ("future", True)  # "is scheduled for", "are set to": ahead
            if found[0] == "past" and word.endswith("ed") and word not in _PAST:
                if prior[0] in _BEFORE_ADJECTIVE or _negated_participle(word):
                    continue  # "the reduced dividend", "unspecified": an adjective
                found = ("past", True)  # "talks collapsed": a verb in the past
            if word == "to" and prior[1] in self._seen_from_past:
                self._seen_from_past.add(start)  # "was expected to": the plan's infinitive
            self._starts.setdefault(found, []).append(start)
            self._ends.setdefault(found, []).append(end)

    def _next_clause(self, pos: int) -> int:
        """Return where the first clause after `pos` starts (the text's end if none)."""
        i = bisect_left(self._clauses, pos)
        return self._clauses[i] if i < len(self._clauses) else len(self.text)

    def _aside_end(self, pos: int) -> int | None:
        """Return where the relative clause between commas around `pos` closes, if any: its
        verb speaks of the person or thing it describes, not of the dates outside it."""
        k = bisect_right(self._aside_starts, pos) - 1
        return self._aside_ends[k] if k >= 0 and pos < self._aside_ends[k] else None

    def _drop(self, kind: tuple[str, bool], start: int) -> None:
        """Forget the last marker of this kind if it starts at `start`."""
        starts = self._starts.get(kind)
        if starts and starts[-1] == start:
            starts.pop()
            self._ends[kind].pop()

    def near(self, sentence: tuple[int, int], start: int, end: int) -> Tense:
        """Return the direction ("past" or "future") the sentence gives the expression at
        [start, end), and how sure it is ("close", "strong" or "weak"), or None."""
        before = max(sentence[0], start - 24)
        if cues.SINCE.search(self.text, before, start) or cues.LASTED.search(
                self.text, max(sentence[0], start - 40), start):
            return "past", "close"  # "since March", "lasted until Friday": already passed
        if cues.CLOSING_PRICE.search(self.text, max(sentence[0], start - 40), start):
            return "past", "close"  # "a premium to the closing price on Friday": recorded
        if cues.MONTH.match(self.text, start) and (
                cues.DATA_FOR.search(self.text, before, start)
                or (cues.DATA_OWNER.search(self.text, before, start)
                    and cues.DATA_AFTER.match(self.text, end))):
            return None  # the nearest month, whenever the figures come out
        if cues.SCHEDULED.search(self.text, before, start):
            return "future", "close"
        if cues.FORECAST.match(self.text, end) or (
                cues.PERIOD.search(self.text, start, end)
                and cues.FORECASTING.search(self.text, max(sentence[0], start - 80), start)):
            return "future", "strong"  # "its fourth-quarter forecast": near, else ahead
        if any(cue.search(self.text, max(sentence[0], start - 40), start)
               for cue in (cues.AHEAD_OF, cues.BOOKED_FOR)):
            return None  # "ahead of Friday's vote", "cancelled flights for Saturday": nearest
        if _possessive(self.text, end) and cues.BEFORE.search(
                self.text, max(sentence[0], start - 12), start):
            return None  # "campaigned before Saturday's primary": the nearest, as "ahead of"
        if cues.EARLIEST.search(self.text, before, start):
            found = self._verb(sentence, start, end)
            return found if found == ("past", "close") else ("future", "close")
        if cues.DEFERRAL.search(self.text, max(sentence[0], start - 60), start):
            return "future", "close"  # "postponed until Tuesday": a date put off, ahead
        range_end = cues.RANGE_END.search(self.text, max(sentence[0], start - 40), start)
        if range_end is None:
            deadline = cues.DEADLINE.search(self.text, before, start) is not None
        else:  # "in effect from 7 p.m. Friday through 10 a.m. Sunday": both ends are set
            deadline = cues.IN_EFFECT.search(
                self.text, max(sentence[0], range_end.start() - 24), range_end.start()) is not None
        found = self._verb(sentence, start, end)
        if deadline and found is None:
            return "future", "weak"  # "to move into Georgia by Thursday": a deadline ahead
        if deadline and found is not None and found[0] == "past":
            near = (max(sentence[0], start - 2 * _CLOSE), min(sentence[1], end + 2 * _CLOSE))
            if cues.PAST_PERFECT.search(self.text, *near):
                return found  # "by the 28th, funds had run out": done before it, behind
            return None  # set in the past, the deadline may still be ahead
        return found

    def _verb(self, sentence: tuple[int, int], start: int, end: int) -> Tense:
        best: tuple[int, str, bool, int] | None = None  # weight, direction, strong, start
        clause_end = self._next_clause(end)  # markers past it speak for the next clause
        aside_end = self._aside_end(start)
        if aside_end is not None and end <= aside_end:  # ", who proposed it in April, is ..."
            clause_end = min(clause_end, aside_end)
        if _word_after(self.text, end) in _FINITE and self._in_relative(sentence[0], start):
            clause_end = min(clause_end, end)  # "a plant that began production in January is"
        if _possessive(self.text, end) and not cues.POSSESSIVE_AHEAD.match(self.text, end):
            # "Wednesday's ruling", "Friday's close": a day whose event is already reported
            best = (_POSSESSIVE, "past", True, -1)
        for (direction, strong), starts in self._starts.items():
            ends = self._ends[(direction, strong)]
            # A marker before the expression speaks for it a little more than one after it,
            # and a strong marker more than a weak one.
            penalty = 0 if strong else 30
            i = bisect_right(ends, start) - 1  # the last marker ending at or before `start`
            while i >= 0 and (closes := self._aside_end(starts[i])) is not None and closes <= start:
                i -= 1  # "City, who had won six games, face a game on Tuesday"
            if i >= 0 and starts[i] >= sentence[0]:
                weight = start - ends[i] + penalty
                if best is None or weight < best[0]:
                    best = (weight, direction, strong, starts[i])
            j = bisect_left(starts, end)  # the first marker starting at or after `end`
            while j < len(starts) and (
                    self._attribution(sentence[0], start, end, starts[j], ends[j])
                    or self.text[starts[j]:ends[j]].lower() == "until"):
                j += 1  # "..., Castro said." dates the saying; "from 9pm Monday until" no date
            if j < len(starts) and ends[j] <= min(sentence[1], clause_end):
                weight = starts[j] - end + 8 + penalty
                if best is None or weight < best[0]:
                    best = (weight, direction, strong, starts[j])
        if best is None or best[1] == "present":
            return None
        # A strong marker in the same clause (a few words away) is certain: "collapsed in March".
        close = best[2] and best[0] <= _CLOSE and best[3] not in self._seen_from_past
        sureness = "close" if close else "strong" if best[2] else "weak"
        return best[1], sureness

    def _in_relative(self, sentence_start: int, start: int) -> bool:
        """Return True if a relative clause whose verb is a tense marker ("that began") opens
        before `start` in its sentence, with no comma between."""
        window = max(sentence_start, start - 60)
        opened = max(_BARE_RELATIVE.finditer(self.text, window, start), default=None,
                     key=lambda m: m.start())
        if opened is None or any(c in self.text[opened.end():start] for c in ",;:"):
            return False
        verb = opened.end()
        for starts in self._starts.values():
            i = bisect_left(starts, verb)
            if i < len(starts) and starts[i] == verb:
                return True
        return False

    def _attribution(self, opens: int, start: int, end: int, verb: int, stop: int) -> bool:
        """Return True for a speech verb at [verb, stop) closing an attribution after a comma
        ("..., Castro said.", "...," said an analyst at a bank.): it dates the saying, not the
        clause before it, which holds the expression at [start, end) in the sentence opening at
        `opens`. Where that expression opens the sentence and the comma follows it, no clause
        comes before: the verb is the sentence's own ("On Friday, the company said."), unless
        a comma sets it off too ("On Friday, officials said, the vote will be held")."""
        if self.text[verb:stop].lower() not in SPEECH or "," not in self.text[end:verb]:
            return False
        if (_OPENING.fullmatch(self.text, opens, start) is not None
                and self.text[end:verb].lstrip().startswith(",")
                and _SET_OFF.match(self.text, stop) is None):
            return False
        inverted = _after_comma(self.text, verb, _QUOTE_MARKS)
        return (_SPEAKER_END if inverted else _CLAUSE_END).match(self.text, stop) is not None


_Word = tuple[str, int, int]  # lowercased, start, end


def _possessive(text: str, end: int) -> bool:
    """Return True when the expression ending at `end` is a possessive ("Friday's close")."""
    return text.startswith(("'s", "’s"), end) or text[end - 2:end] in ("'s", "’s")


def _word_before(text: str, pos: int) -> _Word:
    """Return the word that ends last before `pos`, looking back at most `_LOOK_BACK`
    characters ("" if none starts there), so a long run of digits costs no more."""
    for reach in (32, _LOOK_BACK):  # most words lie right before
        m = _LAST_WORD.match(text, max(0, pos - reach), pos)  # None: no word starts there
        if m:
            return m.group(1).lower(), m.start(1), m.end(1)
    return "", -1, -1


def _after_auxiliary(text: str, prior: _Word) -> bool:
    """Return True if the word before a participle, or the word before an adverb in -ly right
    before it ("will be formally installed"), makes it no past verb."""
    if prior[0] in _NOT_PAST_AFTER:
        return True
    return prior[0].endswith("ly") and _word_before(text, prior[1])[0] in _NOT_PAST_AFTER


def _word_after(text: str, pos: int) -> str:
    """Return the word that starts first at or after `pos` ("" at the end of the text)."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1).lower() if m else ""


def _after_comma(text: str, pos: int, closing: str = "") -> bool:
    """Return True if a comma comes right before `pos`, but for spaces and the characters in
    `closing` (the quote marks of '...," said')."""
    return text[max(0, pos - 8):pos].rstrip().rstrip(closing).rstrip()[-1:] == ","


# "a summit overshadowed by the crisis" is a participle; "prices dropped by 5%" a verb.
# After "by", an amount, a means or a vote makes the word a verb: "traveled by train".
_BY_AGENT = re.compile(
    r"\s+by\s+(?![\d$€£]|(?:about|nearly|almost|more|less|roughly|some|half|far|train|car|bus|"
    r"plane|boat|air|sea|road|rail|ship|ferry|helicopter|land|phone|telephone|mail|e-?mail|"
    r"hand|foot|default|accident|mistake|chance|as\s+much|a\s+(?:third|quarter|fifth|factor|"
    r"vote|margin|wide|narrow|slim|landslide|large|small))\b)",
    re.IGNORECASE,
)


def _participle_by(text: str, end: int, prior: str) -> bool:
    """Return True for a word in -ed followed by an agent ("overshadowed by the crisis")
    without an auxiliary before it, even one shared ("was blocked ... but reinstated by"): a
    participle after a noun, not a verb in the past."""
    shared = prior in _PAST_AUXILIARIES or prior in _COORDINATED
    return not shared and _BY_AGENT.match(text, end) is not None


def _negated_participle(word: str) -> bool:
    return word.startswith("un") and word not in _WORDS.un_verbs


def _kind(word: str, after: str, prior: str) -> tuple[str, bool] | None:
    if word == "to" and prior in _WORDS.infinitive_heads:
        return "future", True  # "agreed to buy": the buying is ahead
    if word in _HYPOTHETICAL and after in _NOT_AHEAD_AFTER:
        return None
    if word == "would" and after == "have":
        return None  # "a plan that would have imposed a tax": not ahead
    if word in _NEEDS_AFTER and after not in _NEEDS_AFTER[word]:
        return None  # "set a deadline", "the head of": no marker
    if word in _PLANS and not (after == "to" or (after == "for" and prior in _BE)):
        return None  # "was planned for March" looks ahead, "vacation plans for" does not
    if word == "next" and after == "to":
        return None  # "next to the embassy": a place
    if word == "takes" and after == "effect":
        return "future", True  # "The law takes effect Jan. 1": a date set ahead
    if prior in _COMPARED and word in _FUTURE_WEAK:
        return None  # "lost more than expected", "as planned": a comparison, not ahead
    if word in _WORDS.nouns_too and prior in _WORDS.determiners:
        return None  # "in the face of", "at the ends of": a noun
    if word in _FUTURE:
        return "future", True
    if word in _PRESENT:
        return "present", True
    if word in _PAST or word in _PERFECT:
        return "past", True
    if word in _FUTURE_WEAK:
        return "future", False
    if word.endswith("ed") and len(word) > 4 and word not in _WORDS.not_past_ed and \
            word not in _WORDS.not_verbs_ed:
        return "past", False
    return None
