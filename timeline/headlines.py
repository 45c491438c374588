"""A short headline for what a sentence says happened at a date, in the sentence's own words.

No parser: the sentence is cut into clauses at commas, semicolons and dashes; the clause that
holds the time expression says what happened then. Its first past-tense verb moves to the
present ("expanded" -> "expands"), titles before names are dropped ("former President Obama" ->
"Obama"), and the result is cut to about twelve words at a phrase boundary.

    >>> headline("In December, former President Obama expanded Executive Order 13694.", 0, 11)
    'Obama expands Executive Order 13694'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.lexicon import lexicon

__all__ = ["MAX_WORDS", "compress", "headline", "in_main_clause", "named_head"]

MAX_WORDS = 12
_MARK = "\x00"
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_DATELINE = re.compile(r"^\s*\[[^\]]*\]\s*[–—-]?\s*|^[A-Z][A-Z .,']+\s*[–—-]\s*")
_QUOTES = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)")
_BOUNDARY = re.compile(r",\s+|;\s+|\s+[–—]\s+|\s+-\s+|:\s+")
# A clause that opens with a participle or a subordinator is not the sentence's main clause.
_NOT_MAIN = re.compile(
    r"\s*(?:\w+ing\b|ahead of|while|as|since|with|after|because|although|when|though|if)",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Oo]ver|[Ff]or|[Jj]ust)"
    r"\s*$"
)
_SUBORDINATORS = ("while", "as", "since", "with", "after", "because", "although", "when",
                  "though", "if", "once", "and", "but", "so", "ahead of", "following")
_STOP_NP = frozenset(
    """in on at by of for to from with during that which who are is was were will would has
    have had be been being and but or as than after before since until against""".split()
)
_FUNCTION = frozenset("the a an of to and or in on at for with that which by from as its their"
                      .split())
_CUT_BEFORE = frozenset("in on at for with that which by from following after during to as "
                        "while because including".split())
_PRONOUNS = frozenset("we they he she it you i this these those".split())
_E_ENDINGS = ("iz", "at", "ur", "iv", "ag", "ak", "os", "us", "ov", "ar", "ir", "ud", "ng",
              "ac", "rg", "lv", "rc", "nc", "dg", "bl", "pl", "tl", "cl", "gl", "as", "nu",
              "ic", "uc", "ot", "ut")
_AUX = {"was": "is", "were": "are", "had": "has", "did": "does"}
# After these the verb is already present or ahead: "are expected" stays as it is.
_PRESENT_AUX = frozenset("is are am be been being will would can could may might shall should "
                         "must has have".split())
_RELATIVE = frozenset("who which that".split())
# A headline never ends on a word that wants what was cut after it ("stretched past", "as
# early").
_DANGLING = _FUNCTION | frozenset("past before after until since around about through into "
                                  "near beyond".split())
_AS_SOON = frozenset("early soon late".split())
_DETERMINERS = frozenset("the a an its their his her this that these those our".split())


def headline(
    sentence: str, start: int, end: int, people: Sequence[str] = (), keep_expression: bool = False
) -> str:
    """Return a headline for what `sentence` says happened at the expression [start, end);
    `people` are full names known in the document, written as surnames."""
    year_phrase = keep_expression or _is_year_modifier(sentence, start, end)
    if year_phrase:
        marked = sentence[:start] + _MARK + sentence[start:]
    else:
        marked = sentence[:start] + _MARK + sentence[end:]
    text = _QUOTES.sub("", _PARENTHESES.sub("", _DATELINE.sub("", marked)))
    clauses = [c for c in _BOUNDARY.split(text) if c.strip()]
    index = next((i for i, c in enumerate(clauses) if _MARK in c), 0)
    clause = clauses[index]
    if year_phrase:
        later = [c for c in clauses[index + 1:]
                 if not c.lower().startswith(("during which", "when", "according to"))]
        if index + 1 < len(clauses) and clauses[index + 1].lower().startswith(
                ("during which", "when")) and later:
            # "since the 2016 elections, during which ... Russian agents launched ...".
            return _finish(_present_tense(later[0].split(), people), people)
        words = _year_phrase(clause)
        if words:
            return _finish(_present_tense(words, people), people)
    head, _, tail = clause.partition(_MARK)
    noun = head.split()[-1:] if head.strip() else []
    if noun and noun[0].islower() and noun[0] not in _STOP_NP and noun[0].endswith("s") and \
            tail.split()[:1] and tail.split()[0].lower() in ("that", "of", "about", "on"):
        # "reports last week that Russian agents are interfering": the reports.
        return _finish(noun + tail.split(), people)
    clause = _PREPOSITION_BEFORE.sub("", clause.split(_MARK)[0]) + clause.split(_MARK)[-1]
    first, _, rest = clause.strip().partition(" ")
    antecedent = _last_noun_phrase(clauses[index - 1].replace(_MARK, " ").split()) \
        if index > 0 and first.lower() in _RELATIVE and rest else []
    if antecedent:
        # "The plant, which opened in 1971, closed.": the plant opened then.
        clause = " ".join([*antecedent, rest])
    elif len(clause.split()) < 3 and index + 1 < len(clauses):
        clause = clauses[index + 1]  # "In December, Obama expanded ...": the next clause
    elif len(clause.split()) < 3 and index > 0:
        clause = clauses[index - 1] + " " + clause
    words = clause.replace(_MARK, " ").split()
    if words and words[0].lower().endswith("ing") and index > 0:
        # "the G7 Summit, beginning today in Sicily": the summit begins.
        subject = _last_noun_phrase(clauses[index - 1].replace(_MARK, " ").split())
        words = [*subject, _present(words[0][:-3] + "ed", plural=False), *words[1:]]
    words = _drop_subordinator(words)
    return _finish(_present_tense(words, people), people)


def compress(text: str, people: Sequence[str] = ()) -> str:
    """Return a title or lead sentence cut to a headline (present tense, about 12 words)."""
    clean = _QUOTES.sub("", _PARENTHESES.sub("", _DATELINE.sub("", text)))
    return _finish(_present_tense(_drop_subordinator(clean.split()), people), people)


def in_main_clause(sentence: str, offset: int) -> bool:
    """Return True when `offset` lies in a clause that is not participial or subordinate."""
    start = 0
    for boundary in _BOUNDARY.finditer(sentence):
        if offset < boundary.start():
            break
        start = boundary.end()
    return not _NOT_MAIN.match(sentence, start)


def named_head(sentence: str, expression: str) -> str | None:
    """Return the noun a year names ("the 2016 presidential elections" -> "election"), or None
    when the expression is not a year inside a noun phrase."""
    start = sentence.find(expression)
    if start < 0 or not _is_year_modifier(sentence, start, start + len(expression)):
        return None
    words = _year_phrase(sentence[:start] + _MARK + sentence[start:])
    nouns = [w for w in words[words.index(expression) + 1:] if w.lower() not in _STOP_NP] \
        if expression in words else []
    if not nouns:
        return None
    head = nouns[-1].lower().strip(".,;:!?\"'“”’")
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _is_year_modifier(sentence: str, start: int, end: int) -> bool:
    """Return True for a year inside a noun phrase: "the 2016 presidential election"."""
    if not re.fullmatch(r"\d{4}", sentence[start:end]):
        return False
    before = sentence[:start].split()[-1:] or [""]
    after = sentence[end:end + 2]
    return before[0].lower() in _DETERMINERS and bool(re.match(r" [A-Za-z]", after))


def _year_phrase(clause: str) -> list[str]:
    """Return the phrase built on a year modifier: the noun phrase it belongs to, the noun it
    depends on ("interference in ..."), and its predicate when it is the subject."""
    before, after = clause.split(_MARK, 1)
    np = []
    rest = after.split()
    for i, word in enumerate(rest):
        if i and word.lower().strip(".,;") in _STOP_NP:
            break
        np.append(word)
        if word[-1:] in ".,;" and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break
        if i and word[:1].islower() and "-" not in word:
            break  # capitalized and hyphenated modifiers, then the head noun
    tail = rest[len(np):]
    lead = before.split()
    head: list[str] = []
    if len(lead) >= 3 and lead[-2].lower() in ("in", "of", "during") and \
            lead[-1].lower() in _DETERMINERS:
        head = [w for w in lead[-4:-2] if w.lower() not in _DETERMINERS
                and w.lower() not in _FUNCTION] + [lead[-2]]
        head = head[-2:]
    predicate: list[str] = []
    if tail and tail[0].lower() in ("are", "is", "was", "were", "will", "has", "have", "had"):
        predicate = tail
    return head + np + predicate


def _last_noun_phrase(words: list[str]) -> list[str]:
    phrase: list[str] = []
    for word in reversed(words):
        if word.lower() in _STOP_NP or word.lower() in _DETERMINERS:
            break
        phrase.insert(0, word)
    return phrase[-4:]


def _drop_subordinator(words: list[str]) -> list[str]:
    lowered = " ".join(words[:2]).lower()
    for sub in _SUBORDINATORS:
        if lowered == sub or lowered.startswith(sub + " "):
            words = words[len(sub.split()):]
            break
    return words


def _present_tense(words: list[str], people: Sequence[str] = ()) -> list[str]:
    """Move the first past-tense verb to the present, agreeing with its subject, after
    writing known people by surname and dropping the titles before names."""
    out = _drop_titles(_surnames(words, people))
    surnames = {p.split()[-1] for p in people}
    for i, word in enumerate(out):
        lowered = word.lower().strip(",.;")
        if lowered in _AUX:
            out[i] = _AUX[lowered]
            return out
        if lowered in _PRESENT_AUX and word[:1].islower():  # not the month "May"
            return out  # "elections being held", "are expected": no past tense to move
        if word[:1].isupper():
            continue  # "United", "Rules": names, never the verb
        irregular = lexicon().irregular_present.get(lowered)
        past = irregular is not None or (
            lowered.endswith("ed") and len(lowered) > 4
            and (i == 0 or out[i - 1].lower() not in _DETERMINERS)
        )
        if past and i > 0:
            subject = [w for w in out[:i] if not w.lower().endswith("ly")]
            plural = " and " in " ".join(subject).lower() or (
                bool(subject) and _plural(subject[-1], surnames))
            out[i] = _present(lowered, plural)
            return out
    return out


def _plural(word: str, surnames: set[str]) -> bool:
    w = word.strip(",.")
    return (w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is"))
            and w not in surnames)


def _surnames(words: list[str], people: Sequence[str]) -> list[str]:
    """Write each known person by surname, dropping the capitalized title phrase before it
    ("former Director of National Intelligence James Clapper" -> "Clapper")."""
    out = list(words)
    for person in people:
        parts = person.split()
        if len(parts) < 2:
            continue
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


def _present(past: str, plural: bool) -> str:
    irregular = lexicon().irregular_present.get(past)
    if irregular:
        return irregular[:-1] if plural and irregular.endswith("s") else irregular
    if past.endswith("ied"):
        base = past[:-3] + "y"
    else:
        base = past[:-2]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
            base = base[:-1]
        elif base.endswith(_E_ENDINGS) and not base.endswith(
                ("ear", "oar", "air", "eat", "eak", "oak")):
            base += "e"  # "declared" -> "declare", but "appeared" -> "appear", "peaked" -> "peak"
    if plural:
        return base
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"


def _drop_titles(words: list[str]) -> list[str]:
    """Drop titles and "former" right before a capitalized name ("former President Obama")."""
    titles = lexicon().titles
    out: list[str] = []
    i = 0
    while i < len(words):
        matched = 0
        for n in (3, 2, 1):
            candidate = " ".join(words[i:i + n]).lower()
            nxt = words[i + n] if i + n < len(words) else ""
            if candidate in titles and nxt[:1].isupper() and nxt.lower() not in titles:
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


def _finish(words: list[str], people: Sequence[str] = ()) -> str:
    words = [w for w in _surnames(words, people) if w and w.lower() != "being"]
    while words and words[0].lower() in ("the", "a", "an", "just", "so", "also"):
        words = words[1:]
    if words and words[0].lower() in _PRONOUNS and len(words) > 1:
        words = words[1:] if words[1][:1].isupper() else words
    words = [w for i, w in enumerate(words) if i == 0 or w.lower() not in ("the", "a", "an")]
    if len(words) > MAX_WORDS:
        cut = max((i for i in range(7, MAX_WORDS + 1) if words[i].lower() in _CUT_BEFORE),
                  default=MAX_WORDS)
        words = words[:cut]
    while words:
        last = words[-1].lower().strip(",.;:")
        if last and last not in _DANGLING:
            if last in _AS_SOON and len(words) > 1 and words[-2].lower() == "as":
                words = words[:-2]  # "could vote as early [as Friday]"
                continue
            break
        words = words[:-1]
    text = " ".join(words).strip(" ,.;:–—-")
    return text[:1].upper() + text[1:]
