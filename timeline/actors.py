"""The people, organizations and countries taking part in an event, named consistently.

"Sen. Sherrod Brown (D-Ohio)" is "Sherrod Brown"; a later "Brown" or "the senator" in the same
document is the same person; "Russian agents" involve Russia. No model: capitalized phrases,
the titles before them and the lexicon's organization words and country aliases decide.
Headlines write each known person by surname, without the titles before them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.lexicon import lexicon
from timeline.sentences import STATES

__all__ = ["ActorIndex", "by_surname", "drop_titles", "same_person", "short_name", "title_case"]

_PARTY_TAG = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\s*[-–]\s*[A-Z][\w. ]*\)")
# A capitalized word (with inner periods or hyphens), or a lowercase joiner inside a name.
_TOKEN = re.compile(r"[A-Z][\w’'.&\-]*[\w.]|[A-Z]|\b(?:of|de|van|von|bin)\b|[a-z][\w.\-]*|\S")
_INITIAL = re.compile(r"^[A-Z]\.$")
_SENATOR = re.compile(r"\bthe senator\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_JOINERS = ("of", "de", "van", "von", "bin", "for", "and", "&")  # inside a name, never ending it
# "in Des Moines", "outside Buckingham Palace": after these a name without a title is a place,
# not a person, unless it owns something ("in John Smith's home"). Not after "at" ("angry at
# John Smith"), nor after a stake ("a stake in Navigation Mixte" is a company).
_PLACE_BEFORE = frozenset({"in", "near", "outside", "inside"})
_STAKE_IN = frozenset(
    "stake stakes interest interests investment investments share shares holding holdings "
    "invest invests invested investing".split())
_REGNAL = re.compile(r"[IVX]+")  # the numeral of a regnal name: "Elizabeth II", "Benedict XVI"


class ActorIndex:
    """The actors of one document: each name found once, so surnames resolve to full names."""

    def __init__(self) -> None:
        self.people: list[str] = []  # full names in order of first mention
        self.titled: dict[str, set[str]] = {}  # person -> lowercased titles seen before them
        self.organizations: list[str] = []  # "Acme Robotics Inc": "Acme Robotics" is no person

    def find(self, text: str) -> tuple[str, ...]:
        """Return the actors named in `text` (in order, without repeats), learning full names.

        A title in title case ("Storm Leaves 40,000 Without Power") capitalizes every word, so
        it teaches no name but one a title introduces ("The Honorable Steven Mnuchin"): the
        other actors found are those known from elsewhere, and countries."""
        clean = _PARTY_TAG.sub("", text)
        if not title_case(clean):
            return self._find(clean)
        people, organizations, titled = self._known()
        found = self._find(clean)
        introduced = [p for p in self.people
                      if p not in titled and self.titled[p] and len(p.split()) > 1]
        self.people, self.organizations = people + introduced, organizations
        self.titled = titled | {p: self.titled[p] for p in introduced}
        known = {*self.people, *organizations, *lexicon().country_of.values()}
        return tuple(actor for actor in found if actor in known)

    def glance(self, text: str) -> tuple[str, ...]:
        """Return the actors named in `text`, learning nothing from it: a headline only
        retells the text, and a name it alone seems to hold ("Ended Sept. 30", once its first
        word is capitalized) must not become one the text's surnames resolve to."""
        known = self._known()
        found = self.find(text)
        self.people, self.organizations, self.titled = known
        return found

    def _known(self) -> tuple[list[str], list[str], dict[str, set[str]]]:
        """Return a copy of what the index has learned, to go back to."""
        return (list(self.people), list(self.organizations),
                {person: set(seen) for person, seen in self.titled.items()})

    def _find(self, clean: str) -> tuple[str, ...]:
        lex = lexicon()
        found: list[str] = []
        for phrase, placed in _capitalized_phrases(clean, self.organizations):
            for actor in self._actors_of(phrase, lex.titles, lex.not_names, lex.country_of,
                                         placed):
                if actor not in found:
                    found.append(actor)
        if _SENATOR.search(clean):  # "the senator": the last senator named before
            senators = [p for p in self.people if self.titled.get(p, set()) & _SENATE_TITLES]
            found.extend(p for p in senators[-1:] if p not in found)
        return tuple(found)

    def _actors_of(
        self,
        phrase: list[str],
        titles: frozenset[str],
        not_names: frozenset[str],
        countries: dict[str, str],
        placed: bool = False,
    ) -> list[str]:
        """Return the actors a capitalized phrase names: countries, bodies and people; a
        `placed` phrase (after "in") names no new person but one a title introduces."""
        lowered = [t.lower() for t in phrase]
        joined = " ".join(lowered)
        for key in (joined, joined.rstrip(".")):  # "U.S.", and "South Korea." ending a sentence
            if key in countries:
                return [countries[key]]
        # The end of the last title in the phrase: the person is what follows it ("Director of
        # National Intelligence James Clapper" -> "James Clapper").
        title_at, last_title = max(
            ((i, i + n) for i in range(len(lowered)) for n in (1, 2, 3)
             if " ".join(lowered[i:i + n]) in titles and i + n <= len(lowered)),
            key=lambda span: span[1], default=(0, 0),
        )
        body = any(_organization_word(t) for t in phrase[last_title:])
        if last_title and not body:  # "U.S. Department of Transportation" names a body
            rest = [t.rstrip(".") for t in phrase[last_title:] if not _INITIAL.match(t)][-2:]
            if rest[:1] == ["of"]:
                return []  # "Mayor of Millbrook": an office, no name
            if rest and not any(_organization_word(t) for t in rest):
                name = self._person(" ".join(rest), set(lowered[:last_title]))
                # "Bank of England Governor Andrew Bailey": the bank, and its governor
                first = min(i for i in range(title_at + 1) for n in (1, 2, 3)
                            if " ".join(lowered[i:i + n]) in titles)
                employer = phrase[:first]  # before the first title: "NATO Secretary-General"
                while employer and employer[-1] in _JOINERS:
                    employer = employer[:-1]
                bodies = self._actors_of(employer, titles, not_names, countries) if any(
                    _organization_word(t) for t in employer) else []
                return [*bodies, name] if name else bodies
        while lowered and lowered[0] in not_names:
            phrase, lowered = phrase[1:], lowered[1:]
        if not phrase:
            return []
        if any(_organization_word(t) for t in lowered):
            while len(phrase) > 1 and lowered[-1] in ("summit", "meeting", "talks", "flight"):
                phrase, lowered = phrase[:-1], lowered[:-1]  # the body's event, not the body
        for n in (3, 2, 1):  # "United States Presidential", "Russian Federation"
            if len(phrase) > n and " ".join(lowered[:n]) in countries:
                country, rest = countries[" ".join(lowered[:n])], phrase[n:]
                if any(_organization_word(t) for t in rest):
                    # "U.S. Department of Transportation", "Ethiopian Airlines": a body
                    return [country, self._organization(" ".join(phrase).rstrip("."))]
                return [country]
        if any(_organization_word(t) for t in lowered):
            if len(phrase) == 1 and lowered[0] in lexicon().generic_organizations:
                return []
            return [self._organization(" ".join(phrase).rstrip("."))]
        words = [t.rstrip(".") for t in phrase if not _INITIAL.match(t)]
        if len(words) == 1:
            single = lowered[0]
            if single in countries:
                return [countries[single]]
            known = self._surname(words[0])
            return [known] if known else []
        if 2 <= len(words) <= 3 and all(
            t.lower() not in not_names and t.lower() not in lexicon().not_in_names
            and t.lower() not in countries for t in words
        ):
            if placed:  # a place, unless someone known already bears the name
                known = next((p for p in self.people if same_person(p, " ".join(words))), None)
                return [known] if known else []
            name = self._person(" ".join(words), set())
            return [name] if name else []
        return []

    def _organization(self, name: str) -> str:
        """Record an organization; a name it begins with is no longer taken for a person, and
        is that organization when named after it ("Acme Robotics" after "Acme Robotics Inc.")."""
        longer = self._longer_organization(name)
        if longer is not None:
            return longer
        if name not in self.organizations:
            self.organizations.append(name)
            for person in [p for p in self.people if name.startswith(p + " ")]:
                self.people.remove(person)
                del self.titled[person]
        return name

    def _longer_organization(self, name: str) -> str | None:
        """Return the known organization whose name begins with `name`, if any."""
        return next((o for o in self.organizations if o.startswith(name + " ")), None)

    def _person(self, name: str, titles: set[str]) -> str | None:
        known_as = self._longer_organization(name)
        if known_as is not None:
            return known_as  # "Acme Robotics" after "Acme Robotics Inc."
        parts = name.split()
        if len(parts) == 1:
            known = self._surname(name)
            if known:
                self.titled.setdefault(known, set()).update(titles)
                return known
        for index, known in enumerate(self.people):
            if same_person(known, name):
                if len(name.split()) > len(known.split()):  # "Mnuchin" -> "Steve Mnuchin"
                    self.people[index] = name
                    self.titled[name] = self.titled.pop(known)
                    known = name
                self.titled[known].update(titles)
                return known
        self.people.append(name)
        self.titled[name] = set(titles)
        return name

    def _surname(self, word: str) -> str | None:
        """Return the person a surname alone names: of several who share it, the one named
        first, as a story names its subject before the relatives and namesakes it brings in."""
        return next((known for known in self.people if known.split()[-1] == word), None)


_SENATE_TITLES = {"sen.", "sens.", "senator", "senators", "senate"}


def same_person(a: str, b: str) -> bool:
    """Return True for two names of one person: same surname, and one first name a prefix of
    the other ("Steve Mnuchin", "Steven Mnuchin") or only a surname on one side."""
    pa, pb = a.split(), b.split()
    if pa[-1] != pb[-1]:
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    return pa[0].startswith(pb[0]) or pb[0].startswith(pa[0])


def by_surname(words: list[str], people: Sequence[str]) -> list[str]:
    """Write each known person by surname, dropping the capitalized title phrase before it
    ("former Director of National Intelligence James Clapper" -> "Clapper"). A surname two
    known people share would name neither: they keep their full names."""
    out = list(words)
    for person in people:
        parts = person.split()
        if short_name(person, people) == person:
            continue  # "Benedict XVI" is not "XVI"
        n = len(parts)
        i = 0
        while i + n <= len(out):
            if [w.strip(",.;") for w in out[i:i + n]] == parts:
                start = i
                while start > 0 and (out[start - 1][:1].isupper() or out[start - 1] == "of"
                                     or out[start - 1].lower() in lexicon().titles):
                    start -= 1
                out[start:i + n] = [out[i + n - 1]]
                i = start + 1
            else:
                i += 1
    return out


def short_name(person: str, people: Sequence[str]) -> str:
    """Return how a headline writes a known person: by surname, but a regnal name whole
    ("Elizabeth II") and a surname two known people share with the first name."""
    surname = person.split()[-1]
    if _REGNAL.fullmatch(surname) or sum(p.split()[-1] == surname for p in set(people)) > 1:
        return person
    return surname


def drop_titles(words: list[str]) -> list[str]:
    """Drop titles and "former" right before a capitalized name ("former President Obama")."""
    titles = lexicon().titles
    out: list[str] = []
    i = 0
    while i < len(words):
        matched = 0
        for n in (3, 2, 1):
            candidate = " ".join(words[i:i + n]).lower()
            nxt = words[i + n] if i + n < len(words) else ""
            if candidate in titles and nxt[:1].isupper() and nxt.lower() not in titles \
                    and not _names_body(words[i + n:i + n + 4]):
                matched = n
                break
            if candidate in titles and nxt.lower() in titles:
                matched = n
                break
        if matched:
            i += matched
            continue
        out.append(words[i])
        i += 1
    return out


def _organization_word(token: str) -> bool:
    """Whether a token is an organization's word ("Department", "Corp.", "Cos.")."""
    lowered = token.lower()
    words = lexicon().organization_words
    return lowered in words or lowered.rstrip(".") in words


def _names_body(words: list[str]) -> bool:
    """Whether the capitalized words opening `words` name an organization: "General" in
    "General Motors Corp." is no title."""
    for word in words:
        if not word[:1].isupper():
            return False
        if _organization_word(re.sub(r"['’]s$", "", word).strip(",;:")):
            return True
    return False


def title_case(text: str) -> bool:
    """Whether every word of four letters or more begins with a capital, three at least."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _capitalized_phrases(text: str, known: Sequence[str] = ()) -> list[tuple[list[str], bool]]:
    """Return runs of capitalized tokens (joined by "of", "de", ..., by "for" after an
    organization's word, by "&", and by "and" inside a body's name, or a `known` one's), in
    order, each with whether a place's preposition goes before it and it owns nothing."""
    phrases: list[tuple[list[str], bool]] = []
    current: list[str] = []
    before = ahead = ""  # the token before the current run, and the one before that
    organization_words = lexicon().organization_words
    for token in [*_TOKEN.findall(text), "."]:  # a closing stop ends the last run
        if token[0].isupper() and token.endswith(("'s", "’s")):
            current.append(token[:-2])  # "Iraq's Saddam": the possessive ends a name
            phrases.extend((run, False) for run in _split_and(current, before, known))
            current = []
        elif token[0].isupper():
            if current and current[-1].endswith(".") and current[-1][:-1].lower() in STATES:
                phrases.extend(_closed(current, before, ahead, known))  # "Buffalo, N.Y. Slepian"
                current = []
            current.append(token.rstrip(",;:"))
        elif token in ("of", "de", "van", "von", "bin", "&") and current:
            current.append(token)
        elif token == "for" and current and current[-1].lower() in organization_words:
            current.append(token)  # "Office for National Statistics", "Centers for Disease"
        elif token == "and" and current:
            current.append(token)  # kept only inside a body's name: see _split_and
        else:
            phrases.extend(_closed(current, before, ahead, known))
            current = []
            before, ahead = token.lower(), before
    return phrases


def _closed(run: list[str], before: str, ahead: str,
            known: Sequence[str]) -> list[tuple[list[str], bool]]:
    """Return the phrases a run of tokens makes once it ends, with no joiner left at its end,
    each with whether a place's preposition goes before it ("in", unless after a stake)."""
    while run and run[-1] in _JOINERS:
        run.pop()
    placed = before in _PLACE_BEFORE and ahead not in _STAKE_IN
    return [(part, placed) for part in _split_and(run, before, known)] if run else []


def _split_and(phrase: list[str], before: str, known: Sequence[str]) -> list[list[str]]:
    """Return `phrase` whole where its "and" is inside a body's name ("the Securities and
    Exchange Commission", "U.S. Food and Drug Administration", "Department of Health and Human
    Services"), else the runs it joins ("Apple and Microsoft Corp.", "Treasury Department and
    State Department", "Bosnia and Herzegovina" as a country is read whole by the lexicon)."""
    if "and" not in phrase:
        return [phrase]
    at = phrase.index("and")
    head, tail = phrase[:at], phrase[at + 1:]
    countries = lexicon().country_of
    name = " ".join(phrase[1:] if phrase[0] == "The" else phrase)
    if name.lower() in countries or any(o == name or o.endswith(" " + name) for o in known):
        return [phrase]  # "Bosnia and Herzegovina", or a body named whole before
    if " ".join(head).lower() in countries or " ".join(tail).lower() in countries:
        return [head, tail]  # "the United States and Soviet Union"
    core = head[1:] if head[0].lower() == "the" or head[0].lower() in countries else head
    opens_body = before == "the" or core is not head or _organization_word(head[0])
    # a body's full name before "and" ends in its word, unless "of" qualifies it
    # ("Treasury Department and", but "Securities and", "Department of Health and")
    whole_before = len(core) > 1 and _organization_word(core[-1]) and "of" not in core
    # "Pacific Gas and Electric Co.": a trade after "and" goes on a name, where another
    # company's name would not ("Apple and Microsoft Corp.")
    trade = bool(tail) and _organization_word(tail[0]) and not any(map(_organization_word, core))
    if (opens_body or trade) and core and 2 <= len(tail) <= 3 and \
            _organization_word(tail[-1]) and not whole_before and "and" not in tail:
        return [phrase]
    return [head, *_split_and(tail, "and", known)] if tail else [head]
