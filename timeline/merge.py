"""The same event reported by several documents -> one event with several sources.

Two events merge when their dates are compatible (equal, or one inside the other at a coarser
precision; the finer is kept; "early 2025" is only its first third) and their content agrees
(the same sentence, as in a wire story printed twice; or shared actors and key words above a
threshold, where without an actor in common the shared words must hold a name or a figure, or
be many). Events whose dates differ at the same precision
never merge, nor do two events drawn from one sentence (they were split there because they
differ), nor events of two documents that each name actors but none in common. Each merge
records why.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from timeline.actors import same_person
from timeline.events import event_id
from timeline.lexicon import lexicon
from timeline.models import Event
from timeline.subjects import named_head
from timeline.timevalue import GRANULARITIES, granularity_of, interval, narrowed
from timeline.verbs import present

__all__ = ["MIN_OVERLAP", "content_words", "merge"]

# Share of the smaller event's key words the two must have in common (with a shared person or
# organization, half of that is enough), and the words each side of a time expression read.
MIN_OVERLAP = 0.4
_UNNAMED_WORDS = 4  # words two events share with no actor, name or figure in common
_WINDOW = 8
# A word: a number with its decimals or thousands ("2.4", "300,000"), or a word of letters.
_WORD = re.compile(r"\d+(?:[.,]\d+)+|[a-z0-9][a-z0-9'-]*")
_SPECIFIC = re.compile(r"\d+(?:[.,]\d+)*|[A-Z][\w'’-]*")
_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
_OPENERS = ".!?:;\"“‘'(—–-_"  # after these, a capitalized word may open a sentence


def content_words(text: str) -> frozenset[str]:
    """Return the key words of a text, crudely stemmed ("elections" -> "election", "fell" ->
    "fall"), without the words of time, small numbers and words every report uses."""
    words = set()
    common, irregular = lexicon().common_words, lexicon().irregular_present
    for word in _WORD.findall(text.lower()):
        word = word.removesuffix("'s").removesuffix("’s")
        if word in common or len(word) < (2 if word[0].isdigit() else 3):
            continue
        if word in irregular:  # a verb's forms are one word: "fell", "falls", "fall"
            word = irregular[word]
        elif word.endswith("ed") and len(word) > 4:
            word = present(word, plural=True)
        for suffix, replacement, shortest in (("ies", "y", 7), ("ian", "ia", 7), ("s", "", 4)):
            if word.endswith(suffix) and len(word) >= shortest:
                word = word[: -len(suffix)] + replacement
                break
        words.add(word)
    return frozenset(words)


def merge(events: Sequence[Event]) -> list[Event]:
    """Return `events` with the ones that report the same happening merged, in date order."""
    placed = [e for e in events if e.placed]
    unplaced = [e for e in events if not e.placed]
    parent = list(range(len(placed)))
    value = [e.date or "" for e in placed]  # each cluster's finest date
    reasons: dict[int, list[str]] = defaultdict(list)
    features = [(*_key_words(e), _named(e), _people(e)) for e in placed]
    sentences = [{(s.doc, s.start) for s in e.sources} for e in placed]  # per cluster root
    documents = [{s.doc for s in e.sources} for e in placed]
    related = _related_documents(events)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(placed):
        a, b = find(i), find(j)
        if a == b or sentences[a] & sentences[b]:
            continue  # events split from one sentence stay apart, whatever joins them
        if not _compatible(placed[i], placed[j]) or not _compatible_values(value[a], value[b]):
            continue
        if not related(documents[i], documents[j]):
            continue
        why = _agreement(placed[i], placed[j], features[i], features[j])
        if why is None:
            continue
        parent[b] = a
        value[a] = _finer(value[a], value[b])
        sentences[a] |= sentences[b]
        reasons[a].extend(reasons.pop(b, []))
        reasons[a].append(why)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(placed)):
        clusters[find(i)].append(i)
    merged = [_combine([placed[i] for i in members], reasons.get(root, []))
              for root, members in clusters.items()]
    merged.sort(key=lambda e: (e.start or "", _rank(e.precision), e.kind != "document", e.id))
    return merged + unplaced


def _related_documents(events: Sequence[Event]) -> Callable[[set[str], set[str]], bool]:
    """Return a test of whether two events' documents may tell one story: they do unless
    each names actors and the two name none in common ("Revenue for the three months ended
    Sept. 27" in two companies' releases is two events)."""
    cast: dict[str, set[str]] = defaultdict(set)
    for e in events:
        for source in e.sources:
            cast[source.doc].update(e.actors)
    known: dict[tuple[str, str], bool] = {}

    def share(x: str, y: str) -> bool:
        if (x, y) not in known:
            known[(x, y)] = not cast[x] or not cast[y] or any(
                _same_actor(p, q) for p in cast[x] for q in cast[y])
        return known[(x, y)]

    def related(docs_a: set[str], docs_b: set[str]) -> bool:
        return bool(docs_a & docs_b) or any(share(x, y) for x in docs_a for y in docs_b)

    return related


def _same_actor(a: str, b: str) -> bool:
    """Return True for two names of one person, or of one body written with more words before
    it on one side ("Sun Microsystems Inc", "CORPORATES Sun Microsystems Inc")."""
    if same_person(a, b):
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return len(short) > 1 and long[-len(short):] == short


def _candidate_pairs(events: Sequence[Event]) -> list[tuple[int, int]]:
    """Return the pairs whose intervals overlap and that share a key word (an inverted index
    per year keeps this near linear)."""
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        years = range(int((e.start or "0")[:4]), int((e.end or "0")[:4]) + 1)
        keys = content_words(e.headline) | set(a.split()[-1].lower() for a in e.actors)
        for year in years[:3]:  # coarser events reach at most a few years' buckets
            for key in keys:
                by_key[(year, key)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_key.values():
        if len(members) > 400:
            continue  # a word every event shares tells nothing
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if i != j and _overlap(events[i], events[j]):
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _overlap(a: Event, b: Event) -> bool:
    return (a.start or "") <= (b.end or "") and (b.start or "") <= (a.end or "")


def _compatible(a: Event, b: Event) -> bool:
    """Return True when the two events' dates are compatible, and neither lies outside the
    part of the other a modifier leaves ("early 2025" and July 1, 2025 are not)."""
    if not _compatible_values(a.date or "", b.date or ""):
        return False
    ia, ib = interval((a.date or "").split("T")[0]), interval((b.date or "").split("T")[0])
    if not ia or not ib:
        return True
    (s1, e1), (s2, e2) = narrowed(ia, a.mod), narrowed(ib, b.mod)
    return s1 <= e2 and s2 <= e1


def _compatible_values(a: str, b: str) -> bool:
    """Equal, or one inside the other at a coarser precision; never two at one precision."""
    if a == b:
        return True
    ga, gb = granularity_of(a), granularity_of(b)
    ia, ib = interval(a.split("T")[0]), interval(b.split("T")[0])
    if ga == gb or not ia or not ib:
        return False
    inner, outer = (ia, ib) if _rank(ga) < _rank(gb) else (ib, ia)
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _finer(a: str, b: str) -> str:
    return a if _rank(granularity_of(a)) <= _rank(granularity_of(b)) else b


def _rank(granularity: str | None) -> int:
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


def _key_words(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """Return what an event is about: its headline's key words and those of the words around
    its time expression in the evidence (the expression itself left out); and the specific
    ones among them: its actors' names, other names and exact figures."""
    words = content_words(event.headline)
    specific = _specific(event.headline) | content_words(" ".join(event.actors))
    for source in event.sources:
        expression = source.date_text.split(";")[0].strip("'")
        at = source.evidence.find(expression)
        if at < 0:
            continue
        before = source.evidence[:at].split()[-_WINDOW:]
        after = source.evidence[at + len(expression):].split()[:_WINDOW]
        words |= content_words(" ".join(before + after))
        specific |= _specific(source.evidence)
    return words, words & specific


def _specific(text: str) -> frozenset[str]:
    """Return the key words of a text that single out one story: capitalized words within a
    sentence ("Crimea", "Sistine"), and figures other than small numbers and years ("2.4",
    "171")."""
    found: set[str] = set()
    for m in _SPECIFIC.finditer(text):
        word = m.group()
        if word[0].isdigit() and (len(word) < 3 or _YEAR.fullmatch(word)):
            continue
        before = text[max(0, m.start() - 8):m.start()].rstrip()
        if word[0].isupper() and (not before or before[-1] in _OPENERS):
            continue  # the sentence's first word
        found |= content_words(word)
    return frozenset(found)


def _named(event: Event) -> set[str]:
    """Return the nouns the event's year names in its sources ("the 2016 election")."""
    heads = set()
    for source in event.sources:
        head = named_head(source.evidence, source.date_text.split(";")[0].strip("'"))
        if head:
            heads.add(head)
    return heads


def _people(event: Event) -> list[str]:
    """Return the actors that are people or organizations (countries are shared too widely
    on one story to tell events apart)."""
    countries = set(lexicon().country_of.values())
    return [a for a in event.actors if a not in countries]


# key words, the specific ones among them, named nouns, people
_Features = tuple[frozenset[str], frozenset[str], set[str], list[str]]


def _agreement(a: Event, b: Event, fa: _Features, fb: _Features) -> str | None:
    """Return why the two events agree in content, or None when they do not: the same named
    event, the same sentence, or enough key words in common. Without an actor in common, the
    words they share must hold a name or a figure, or be many."""
    (wa, specific_a, heads_a, people_a), (wb, specific_b, heads_b, people_b) = fa, fb
    shared_actors = [x for x in people_a if any(same_person(x, y) for y in people_b)]
    if a.date == b.date and heads_a & heads_b:
        return f"both name the {a.date} {sorted(heads_a & heads_b)[0]}"
    if a.date == b.date and {s.evidence for s in a.sources} & {s.evidence for s in b.sources}:
        return f"dates {a.date}; the same sentence in both"  # a wire story printed twice
    shared = sorted(wa & wb)
    smaller = min(len(wa), len(wb)) or 1
    overlap = len(shared) / smaller
    needed = MIN_OVERLAP / 2 if shared_actors else MIN_OVERLAP
    if overlap < needed or len(shared) < 2:
        return None
    named = wa & wb & (specific_a | specific_b)
    if len(shared) < _UNNAMED_WORDS and not named and not any(
            same_person(x, y) for x in a.actors for y in b.actors):
        return None  # common words alone, and no name in common: "report, result"
    date = a.date if a.date == b.date else f"{a.date} within {b.date}"
    actors = f"; shared actors: {', '.join(shared_actors)}" if shared_actors else ""
    return f"dates {date}; shared words: {', '.join(shared[:8])}{actors}"


def _combine(members: list[Event], reasons: list[str]) -> Event:
    if len(members) == 1:
        return members[0]
    best = min(members, key=lambda e: (e.kind != "document", _rank(e.precision),
                                       -len(content_words(e.headline)), e.id))
    finest = min(members, key=lambda e: (_rank(e.precision), -len(e.date or ""), e.id))
    actors: list[str] = []
    for e in members:
        for actor in e.actors:
            match = next((i for i, x in enumerate(actors) if same_person(x, actor)), None)
            if match is None:
                actors.append(actor)
            elif len(actor) > len(actors[match]):
                actors[match] = actor
    sources = sorted({(s.doc, s.start, s.date_text): s for e in members for s in e.sources}
                     .values(), key=lambda s: (s.doc, s.start))
    return Event(
        id=event_id(*sorted(e.id for e in members)),
        date=finest.date,
        start=finest.start,
        end=finest.end,
        precision=finest.precision,
        mod=finest.mod,
        kind=best.kind,
        headline=best.headline,
        actors=tuple(actors),
        category=best.category,
        sources=tuple(sources),
        merged_because=tuple(reasons),
    )
