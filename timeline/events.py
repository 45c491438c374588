"""Mention + sentence -> Event: when, what (a headline), who, which kind, and the evidence.

A date or time that anchors something happening makes an event, one per (sentence, date).
Durations, sets and general references ("now", "the past") do not. A dated document also makes
its own event (its publication: the letter, the statement), dated by the document's date; a
date in the main clause of its lead that equals the document's date is that same act ("on
Monday called on ..."), not another event. A mention that could not be placed (no document
date, or a date before it too coarse to count from) makes an undated event, kept and listed,
never given an invented date.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors import ActorIndex, same_person, short_name
from timeline.datelines import is_byline
from timeline.dates import parse_date
from timeline.documents import file_title
from timeline.headlines import compress, headline, in_main_clause, is_dateline
from timeline.lexicon import lexicon
from timeline.models import Event, Mention, Source, TaggedDocument
from timeline.sentences import Sentences, labels_line
from timeline.timevalue import granularity_of, interval

__all__ = ["category_of", "document_events", "event_id"]

_UNIT_WORDS = {
    "day": "day", "week": "week", "month": "month", "season": "season", "quarter": "quarter",
    "half": "half-year", "year": "year", "decade": "decade", "century": "century",
}
_WORDS = re.compile(r"\w")
_COORDINATING = re.compile(r",?\s*(?:and|or|to|through|until|till)\s+|\s*[-–]\s*|,\s*")
_SPLIT_YEAR = re.compile(r"[-–/]\d\d(?!\w)")
# A time that bounds a stretch ("effective until noon Wednesday") is no time of the lead's event.
_BOUND = re.compile(r"\b(?:until|till|through|to|from|since)\s+$", re.IGNORECASE)
# A date that only marks how long a record stands ("the first time since 2004", "the most
# since 2019", "its highest level since the 1990s.") is when nothing the sentence tells
# happened; a named event after "since" still is ("the deadliest since the 2008 attacks").
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_RECORD = re.compile(
    r"\b(?:first|only|most|least|fewest|highest|lowest|best|worst|biggest|largest|smallest|"
    r"greatest|strongest|weakest|fastest|slowest|longest|shortest|hottest|warmest|coldest|"
    r"wettest|driest|deadliest|busiest|sharpest|steepest|heaviest|cheapest|oldest|earliest)\b",
    re.IGNORECASE)
_CLAUSE_ENDS = re.compile(  # no noun after the date (but a season): a phrase ends, or a
    # function word follows
    rf"(?:{_SPLIT_YEAR.pattern})?(?:\s+(?:season|campaign))?[ \t]*(?:[,.;:!?)\"”\n]|$)"
    r"|\s+(?:that|when|and|or|but|as|on|in|at|for|after|before|with|by|to|from)\b")


def document_events(tagged: TaggedDocument) -> list[Event]:
    """Return the events of one document, before merging with other documents."""
    doc = tagged.document
    text = doc.text
    sentences = Sentences(text)
    actors = ActorIndex()
    # learn the full names first, so "Brown" in the title is Sherrod Brown; no name runs past
    # a sentence. Each sentence's actors are kept: "He" may be the person named just before.
    cast = [actors.find(text[start:end]) for start, end in sentences.spans]
    protagonist = _protagonist(cast, actors.people)
    everyone = {a for found in cast for a in found}
    header = _header_span(text, doc.date_line)
    lead = _lead(text, sentences, header, doc.title)
    events: list[Event] = []
    own: Event | None = None
    if doc.date and lead is not None:
        evidence = text[lead[0]:lead[1]]
        found = actors.find(doc.title) + actors.find(evidence)
        # a title that is only the file's name (no line read as a headline) says nothing
        named = doc.title != file_title(doc.path)
        title = (named and compress(doc.title, actors.people, title=True)) or compress(
            evidence, actors.people)
        own = _event(
            kind="document", value=doc.date, mod=None, title=title, actors=found,
            evidence_text=evidence,
            source=Source(
                doc=doc.id, evidence=evidence, start=lead[0], end=lead[1],
                date_text=_date_as_written(doc.date_line) or doc.date,
                resolution=f"the document's own date, from its {doc.date_source}",
                anchor=None, direction=None, rule=None,
            ),
        )
    seen: set[tuple[int, str]] = set()
    for mention in tagged.mentions:
        if not _makes_event(mention) or (header and header[0] <= mention.start < header[1]):
            continue
        span = sentences.span_at(mention.start)
        if labels_line(text, mention.start, mention.end) and _holds_finer(
                mention, tagged.mentions, span):
            continue  # "2017: In August, Congress ...": the August date is the event
        if not _WORDS.search(text, span[0], mention.start) and \
                not _WORDS.search(text, mention.end, span[1]):
            continue  # a date that is its whole sentence heads a section or dates a letter
        if _record_since(text, span[0], mention):
            continue  # "the first time since 2004": nothing happened in 2004
        key = (span[0], mention.value)
        if key in seen:
            continue
        seen.add(key)
        evidence = text[span[0]:span[1]]
        if is_dateline(evidence):
            continue  # a dateline alone ("WASHINGTON, August 8 (Xinhua) --") dates the text
        source = Source(
            doc=doc.id, evidence=evidence, start=span[0], end=span[1],
            date_text=mention.text, resolution=resolution_text(mention, doc.date),
            anchor=mention.anchor, direction=mention.direction, rule=mention.rule,
        )
        start, end = _with_coordinated(text, mention, tagged.mentions)
        title = headline(evidence, start - span[0], end - span[0], actors.people) or compress(
            evidence, actors.people)  # "Until this week." leaves no headline of its own
        title = _with_antecedent(title, evidence, sentences.index_at(mention.start), cast,
                                 actors.people, protagonist)
        if own is not None and span == lead and _tells_own(
                text, span, mention, doc.date or "", title, compress(evidence, actors.people)):
            own = replace(_with_source(own, source), date=max(own.date or "", mention.value))
            continue
        # Who took part: those the headline names, as the text names them, and those named
        # right around the date.
        found = tuple(a for a in actors.glance(title) if _retold(a, everyone)) + actors.find(
            _around(evidence, mention.start - span[0], mention.end - span[0]))
        events.append(_event("mentioned", mention.value if mention.resolved else None,
                             mention.mod, title, found, evidence, source,
                             written=mention.value))
    return ([own] if own else []) + events


def _retold(name: str, everyone: set[str]) -> bool:
    """Return True when a name the headline holds is one the text names: the same, or the
    end of it ("Brown Jackson" for "Ketanji Brown Jackson"), or the whole of a name of two
    words or more the text gives only in part. "Watching Franklin" is not "Franklin"."""
    words = name.split()
    for other in everyone:
        short, long = sorted((words, other.split()), key=len)
        if long[-len(short):] == short and (short is words or len(short) > 1):
            return True
    return False


def resolution_text(mention: Mention, document_date: str | None) -> str:
    """Say how the mention became a date, for a reader to check (and a curator to flip)."""
    quoted = f"'{mention.text}'"
    if not mention.resolved:
        if document_date:  # "a week later" after "in January": no day to count a week from
            return (f"{quoted} could not be placed: the date mentioned just before is too "
                    f"coarse to count from")
        return f"{quoted} could not be placed: the document has no date to count from"
    if mention.anchor is None:
        return f"{quoted} names the date itself: {mention.value}"
    unit = _UNIT_WORDS.get(granularity_of(mention.value) or "", "date")
    if document_date and mention.anchor != document_date:
        return (f"{quoted}, counted from {mention.anchor}, the date mentioned just before: "
                f"{mention.value}")
    if mention.direction == "past":
        return f"{quoted}, past tense, so the {unit} before {mention.anchor}: {mention.value}"
    if mention.direction == "future":
        return f"{quoted}, future tense, so the {unit} after {mention.anchor}: {mention.value}"
    if mention.direction == "nearest":
        return f"{quoted}, the {unit} nearest the document's date {mention.anchor}: " \
               f"{mention.value}"
    return f"{quoted}, counted from the document's date {mention.anchor}: {mention.value}"


def category_of(title: str, evidence: str) -> str:
    """Return the category whose verb comes first in the headline, else whose words appear in
    the headline, then in the evidence sentence; "other" when none does."""
    words = re.findall(r"[\w'-]+", title.lower())
    for word in words:
        for category in lexicon().categories:
            if word in category.verbs:
                return category.name
    for text in (title.lower(), evidence.lower()):
        for category in lexicon().categories:
            if any(re.search(rf"\b{re.escape(w)}\b", text) for w in category.words):
                return category.name
    return "other"


def event_id(*parts: str) -> str:
    """Return a stable id for an event from what identifies it."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _makes_event(mention: Mention) -> bool:
    # Durations and sets say how long or how often, not when; "now", "recently" and "the
    # future" have no date to place.
    return mention.type in ("DATE", "TIME") and not mention.value.endswith("_REF")


def _record_since(text: str, sentence_start: int, mention: Mention) -> bool:
    """Return True for a date after "since" that ends its phrase, in a clause that speaks of a
    record before it ("the first time since 2004")."""
    before = text[max(sentence_start, mention.start - 120):mention.start]
    since = _SINCE.search(before)
    if since is None or not _CLAUSE_ENDS.match(text, mention.end):
        return False
    clause = re.split(r"[;:]", before[:since.start()])[-1]
    return _RECORD.search(clause) is not None


def _with_antecedent(title: str, sentence: str, index: int, cast: Sequence[tuple[str, ...]],
                     people: Sequence[str], protagonist: str | None) -> str:
    """Return the headline with an opening "He" or "She" written as the person the story is
    about (the one most of its sentences name), when the nearest of the two sentences before
    names that person first and its own `sentence` names nobody, nor any part of that name
    ("He has spoken with Elian" is not Elian): in an obituary, "She is born" is "Ellison is
    born"; anyone else, or a body nearer than any person, leaves "He"."""
    pronoun, _, rest = title.partition(" ")
    if pronoun not in ("He", "She") or not rest or protagonist is None or any(
            a in people for a in cast[index]) or set(protagonist.split()) & set(
            re.findall(r"[\w.'’-]+", sentence)):
        return title
    for found in reversed(cast[max(0, index - 2):index]):
        person = next((p for a in found for p in people if same_person(p, a)), None)
        if person is not None:
            if person != protagonist:
                return title
            return f"{short_name(person, people)} {rest}"
        if found:
            return title
    return title


def _protagonist(cast: Sequence[tuple[str, ...]], people: Sequence[str]) -> str | None:
    """Return the person most sentences name, if one is named more often than any other."""
    counts: Counter[str] = Counter()
    for found in cast:  # each sentence counts once for each person it names
        counts.update({person for name in found for person in people
                       if same_person(person, name)})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _tells_own(text: str, lead: tuple[int, int], mention: Mention, day: str, title: str,
               lead_title: str) -> bool:
    """Return True when a date in the lead is the document's own event: its main clause on the
    document's day, at the time it gives ("Russia launched an invasion early Thursday", not "a
    warning until noon Wednesday"), or on that day a clause that tells the main clause's news
    ("a pill cut the risk, according to a trial published Tuesday", whose headline opens the
    lead's), but not "Ahead of the summit, beginning today", which is the summit's."""
    if mention.value.split("T")[0] != day:
        return False
    if in_main_clause(text[lead[0]:lead[1]], mention.start - lead[0]) and \
            not _BOUND.search(text, lead[0], mention.start):
        return True
    a, b = sorted(([w.strip(",;:") for w in t.split()] for t in (title, lead_title)), key=len)
    return mention.value == day and len(a) >= 3 and b[:len(a)] == a


def _holds_finer(mention: Mention, mentions: tuple[Mention, ...], span: tuple[int, int]) -> bool:
    """Return True if the sentence at `span` names a date within the mention's: a date that
    labels its line then makes no event of its own."""
    return any(span[0] <= other.start < span[1] and other.type in ("DATE", "TIME")
               and len(other.value) > len(mention.value) and other.value.startswith(mention.value)
               for other in mentions)


def _event(
    kind: str,
    value: str | None,
    mod: str | None,
    title: str,
    actors: tuple[str, ...],
    evidence_text: str,
    source: Source,
    written: str | None = None,
) -> Event:
    day = value.split("T")[0] if value else None
    span = interval(day) if day else None
    precision = (granularity_of(day) if day else None)
    if precision == "time":
        precision = "day"
    return Event(
        id=event_id(source.doc, str(source.start), written or value or "", kind),
        date=value,
        start=span[0].isoformat() if span else None,
        end=span[1].isoformat() if span else None,
        precision=precision if span else None,
        mod=mod,
        kind=kind,  # type: ignore[arg-type]
        headline=title,
        actors=_whole_names(actors),
        category=category_of(title, evidence_text),
        sources=(source,),
    )


def _with_source(event: Event, source: Source) -> Event:
    first = event.sources[0]
    merged = Source(
        doc=first.doc, evidence=first.evidence, start=first.start, end=first.end,
        date_text=f"{first.date_text}; '{source.date_text}'",
        resolution=f"{first.resolution}; {source.resolution}",
        anchor=source.anchor, direction=source.direction, rule=source.rule,
    )
    return replace(event, sources=(merged, *event.sources[1:]))


def _whole_names(actors: tuple[str, ...]) -> tuple[str, ...]:
    """Return the actors once each, without one that is the end of another's name ("Weather
    Service", read from words cut off "National Weather Service")."""
    unique = tuple(dict.fromkeys(actors))
    return tuple(a for a in unique if not any(o != a and o.endswith(" " + a) for o in unique))


def _with_coordinated(
    text: str, mention: Mention, mentions: Sequence[Mention]
) -> tuple[int, int]:
    """Return the span of the mention with the dates coordinated with it ("the 1960s and
    '70s", "from 2001 to 2005", "1941-2024", "in 2009, 1985 and 1978", "2024-25"), which no
    headline keeps half of. A duration or a general reference is no partner: "sentenced on
    Monday to 12 years", "cut its forecast for the year and now expects" keep theirs."""
    start, end = mention.start, mention.end
    for other in sorted(mentions, key=lambda m: abs(m.start - mention.start)):
        if "DURATION" in (other.type, mention.type) or (other.value or "").endswith("_REF"):
            continue
        if other.end <= start and _COORDINATING.fullmatch(text, other.end, start):
            start = other.start
        elif other.start >= end and _COORDINATING.fullmatch(text, end, other.start):
            end = other.end
    if split := _SPLIT_YEAR.match(text, end):  # "the 2024-25 season" is dated by its first
        end = split.end()
    return start, end


def _around(text: str, start: int, end: int, words: int = 8) -> str:
    """Return the words on each side of [start, end), without the expression itself."""
    before = text[max(0, start - 200):start].split()[-words:]
    after = text[end:end + 200].split()[:words]
    return " ".join([*before, "–", *after])


def _date_as_written(line: str | None) -> str | None:
    """Return the date as the header or dateline wrote it ("Dec. 29, 2016"), if found."""
    if not line:
        return None
    for m in re.finditer(r"\b\w", line):
        try:
            parsed = parse_date(line[m.start():])
        except ValueError:
            continue
        if parsed:
            return line[m.start():m.start() + parsed[1]]
    return None


def _header_span(text: str, date_line: str | None) -> tuple[int, int] | None:
    if not date_line:
        return None
    start = text.find(date_line)
    return (start, start + len(date_line)) if start >= 0 else None


def _lead(
    text: str, sentences: Sentences, header: tuple[int, int] | None, title: str
) -> tuple[int, int] | None:
    """Return the first sentence of the body: not the header line, a byline or the title."""
    title = " ".join(title.split())
    for span in sentences.spans:
        sentence = text[span[0]:span[1]]
        if " ".join(sentence.split()) == title:
            continue  # the title's own line, which a plain text file starts with
        if header and span[0] < header[1] and header[0] < span[1] and \
                len(text[header[1]:span[1]].split("\n")[0].split()) < 6:
            continue  # the header's line, unless a lead follows its dateline on that line
        if is_byline(sentence) or len(sentence.split()) < 6 or is_dateline(sentence):
            continue  # nor a dateline alone: "DAR ES SALAAM, Tanzania (AP) _"
        return span
    return None

