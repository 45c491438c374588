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

from timeline.actors import by_surname, drop_titles
from timeline.verbs import (
    DETERMINERS,
    FINITE_AUX,
    PAST_AUX,
    is_verb,
    participle_present,
    plural_subject,
    to_present,
)

__all__ = ["MAX_WORDS", "compress", "headline", "in_main_clause", "named_head"]

MAX_WORDS = 12
_MARK = "\x00"
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# A dateline opening the lead: "[WASHINGTON, D.C.] –", "NICOSIA, Cyprus —", "SEOUL, March 27
# (Reuters) -", "BOSTON, Nov. 6, 2024 /PRNewswire/ --": an upper-case place, then a region, a
# date and an agency, each if any, then a dash.
_DATELINE = re.compile(
    r"^\s*\[[^\]]*\]\s*[–—-]?\s*"
    r"|^[A-Z][A-Z.'’ ]*[A-Z.](?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)*"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"(?:\s*/[^/\n]{1,40}/|\s*\([^)\n]{1,40}\))?\s*(?:--|[–—-])\s*"
)
_QUOTES = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)")
_BOUNDARY = re.compile(r",\s+|;\s+|\s+[–—]\s+|\s+-\s+|:\s+")
# A clause that opens with a participle or a subordinator is not the sentence's main clause.
_NOT_MAIN = re.compile(
    r"\s*(?:\w+ing\b|ahead of|while|as|since|with|after|because|although|when|though|if)",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Oo]ver|[Ff]or|[Jj]ust|to|"
    r"[Bb]etween)"
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
_RELATIVE = frozenset("who which that".split())
_SPEECH = frozenset("said says told tells added noted".split())
_VERBLESS_OPENERS = frozenset("in on at during between and again around over".split())
# A headline never ends on a word that wants what was cut after it ("stretched past", "as
# early", "recorded shortly [after 10 p.m.]").
_DANGLING = _FUNCTION | frozenset("past before after until since around about through into "
                                  "near beyond least most shortly immediately sometime".split())
_AS_SOON = frozenset("early soon late".split())
_QUALIFYING = frozenset("of on in at".split())  # "the old library on Church Road"
_NP_BOUNDARY = _STOP_NP | DETERMINERS
# Words a headline does not open with: "Or 40 cents" is "40 cents".
_LEADING = frozenset("the a an just so also and or but".split())
# Words in -ing that open a phrase, not a participle with a subject: "following the test".
_PREPOSITIONS_IN_ING = frozenset("following including according regarding concerning during "
                                 "excluding pending notwithstanding".split())
# A last word whose period is its own: an initialism ("U.S.", "a.m.") or a short abbreviation
# ("Inc.", "Jr.", "Co.").
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.)$")


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
    # a parenthesis goes, and the mark with it when the expression is inside ("9 a.m. (0000
    # GMT)"): it stays where the parenthesis was
    unbracketed = _PARENTHESES.sub(lambda m: _MARK if _MARK in m.group(0) else "",
                                   _DATELINE.sub("", marked))
    text = _QUOTES.sub("", unbracketed)
    # a semicolon joins sentences that stand alone: the expression's own one says what happened
    text = next((part for part in text.split("; ") if _MARK in part), text)
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
    if not head.strip() and tail.split()[:1] and tail.split()[0].lower() in FINITE_AUX:
        # "The first half of this year was harder than planned": the expression is the subject.
        return _finish(_present_tense([*sentence[start:end].split(), *tail.split()], people),
                       people)
    if clause.lower().lstrip().startswith("according to") and index > 0:
        # "..., according to data released last month": what the data says
        return _finish(_present_tense(_with_subject(clauses, index - 1), people), people)
    clause = _PREPOSITION_BEFORE.sub("", clause.split(_MARK)[0]) + clause.split(_MARK)[-1]
    first, _, rest = clause.strip().partition(" ")
    if first == "Born" and (born := _born(rest.split(), clauses[index + 1:])):
        return _finish(_present_tense(born, people), people)
    named = index - 1
    while named > 0 and clauses[named].strip().isdigit():
        named -= 1  # "said Ruth Dalton, 71, who has lived": the age is no antecedent
    antecedent = _last_noun_phrase(clauses[named].replace(_MARK, " ").split(),
                                   person=first.lower() == "who") \
        if index > 0 and first.lower() in (*_RELATIVE, "whose") and rest else []
    own = False  # the headline is the expression's own clause
    if antecedent and first.lower() == "whose":
        # "Guardiola, whose contract runs until 2026, said": Guardiola's contract runs.
        clause = " ".join([*antecedent[:-1], antecedent[-1].rstrip(",") + "'s", rest])
    elif antecedent:
        # "The plant, which opened in 1971, closed.": the plant opened then.
        clause = " ".join([*antecedent, rest])
    elif is_verb(first) and first.lower() != "compared" and (
            subject := _subject(clauses, index)):
        # "Early voting, which began Sept. 22, ended Saturday.": early voting ended then; "The
        # reply, dated April 19, offered none": the reply; "Hamburg, relegated in 2018, will
        # rebuild": a participle between a subject and its verb is passive, Hamburg was.
        between = index + 1 < len(clauses) and _words(clauses[index + 1])[:1] != [] and (
            is_verb(_words(clauses[index + 1])[0]))
        passive = ["was"] if between and first.lower().endswith("ed") else []
        clause = " ".join(subject if first.lower() == "dated" else [*subject, *passive, clause])
    elif _subject_and_verb(clause.split()):
        # "Construction began on July 4, 1817, in Rome": the place joins the verb.
        after = clauses[index + 1] if index + 1 < len(clauses) else ""
        clause += " " + after if after.split()[:1] in (["in"], ["at"], ["near"]) else ""
    elif len(clause.split()) < 3 and index + 1 < len(clauses):
        clause = clauses[index + 1]  # "In December, Obama expanded ...": the next clause
    elif len(clause.split()) < 3 and index > 0:
        before = clauses[index - 1]
        if _words(before)[0].lower() in _RELATIVE and (subject := _subject(clauses, index)):
            before = " ".join(subject)  # "The Lakers, who have won ..., host Denver"
        clause = before + " " + clause
    else:
        own = True
    words = _words(clause)
    fallback = own and index > 0 and _verbless(words)
    if fallback and not _verbless(_words(clauses[index - 1])) \
            and not _words(clauses[index - 1])[0].lower().endswith("ing"):
        # "The canal was enlarged twice, in the 1830s and again ...": the verb is before.
        words = _with_subject(clauses, index - 1)
    elif own and words and words[0].lower().endswith("ing") and index > 0 \
            and words[0].lower() not in _PREPOSITIONS_IN_ING:
        # "the G7 Summit, beginning today in Sicily": the summit begins.
        subject = _last_noun_phrase(clauses[index - 1].replace(_MARK, " ").split())
        plural = plural_subject(subject, {p.split()[-1] for p in people})
        words = [*subject, participle_present(words[0], plural), *words[1:]]
    if own and index > 0 and words[:1] == ["and"] and len(words) > 1 and is_verb(words[1]):
        # "She earned a doctorate in 1959, ..., and joined the institute the following year":
        # she joined it.
        words = [*_opening_subject(_words(clauses[0])), *words[1:]]
    words = _drop_subordinator(words)
    return _finish(_present_tense(words, people), people)


def _opening_subject(words: list[str]) -> list[str]:
    """Return the words before a clause's verb when it opens with its subject ("Dr. Lee
    spent", "She earned"), else []."""
    verb = next((i for i, w in enumerate(words[:6]) if i and is_verb(w)), 0)
    return words[:verb] if verb and (words[0][:1].isupper() or words[0] in _PRONOUNS) else []


def _born(rest: list[str], after: list[str]) -> list[str]:
    """Return "X is born ..." for an opening "Born [on March 3, 1933], in Duluth, Dr. Lee
    spent ...", whose subject is the main clause's; [] when none is found."""
    subject = next((s for clause in after if (s := _opening_subject(_words(clause)))), [])
    place = _words(after[0]) if after and _words(after[0])[:1] in (["in"], ["at"]) else []
    return [*subject, "is", "born", *rest, *place] if subject else []


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
    return before[0].lower() in DETERMINERS and bool(re.match(r" [A-Za-z]", after))


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
            lead[-1].lower() in DETERMINERS:
        head = [w for w in lead[-4:-2] if w.lower() not in DETERMINERS
                and w.lower() not in _FUNCTION] + [lead[-2]]
        head = head[-2:]
    predicate: list[str] = []
    if tail and tail[0].lower() in ("are", "is", "was", "were", "will", "has", "have", "had"):
        predicate = tail
    return head + np + predicate


def _words(clause: str) -> list[str]:
    return clause.replace(_MARK, " ").split()


def _subject_and_verb(words: list[str]) -> bool:
    """Whether two words are a subject and its verb: "Construction began", not "officials said"
    (the saying is not the event) or "originally scheduled"."""
    return (len(words) == 2 and words[0][:1].isupper() and is_verb(words[1])
            and words[1].lower() not in _SPEECH and words[1].lower() not in PAST_AUX)


def _verbless(words: list[str]) -> bool:
    """Whether a clause surely holds no verb ("the most recent", "and again between 1905 and
    1918"), and is no comparison ("up from 48,000 a year earlier" is about that year)."""
    if not words or words[0].lower() not in _VERBLESS_OPENERS:
        return False
    return not any(
        is_verb(w) or w.lower() in _PRONOUNS
        or (w[:1].islower() and w.strip(",.;:").endswith(("s", "ing")))
        for w in words
    )


def _subject(clauses: list[str], index: int) -> list[str]:
    """Return the subject of clause `index`, which begins with its verb, or [] if unsure.

    Past the clauses that interrupt it ("The law, known as SB4, was signed", "Lee, 54,
    became", "The attack, the largest in months, began"), the subject opens the clause before
    them, or ends it when that clause has a verb of its own ("Police said the suspect, 17, was
    taken"). A bare participle right after a long clause ("... the rule on power plant
    emissions, published in May") may belong to any noun in it: no subject.
    """
    if index < 1:
        return []
    j = index - 1
    while j > 0 and _interrupts(_words(clauses[j])):
        j -= 1
    words = _words(clauses[j])
    if not words:
        return []
    interrupted = j < index - 1
    finite = _words(clauses[index])[0].lower() in FINITE_AUX
    if _nominal(words) and (interrupted or finite or len(words) <= 4):
        phrase = [words[0]]
        for word in words[1:5]:
            if word.lower() in _STOP_NP:
                break
            phrase.append(word)
        return [w.strip(",;:") for w in phrase]
    return _last_noun_phrase(words) if interrupted or finite else []


def _interrupts(words: list[str]) -> bool:
    """Whether a clause interrupts its sentence's subject and verb: a relative clause, an age,
    or a phrase with no finite verb ("known as SB4", "a replica of the one designed in 1850")."""
    if not words:
        return False
    first = words[0].lower()
    if first in _RELATIVE or first in ("whose", "whom") or first[:1].isdigit():
        return True
    finite = any(w.lower() in FINITE_AUX or w.lower() in PAST_AUX or w.lower() in _PRONOUNS
                 for w in words)
    return not finite and words[0][:1].islower()


def _nominal(words: list[str]) -> bool:
    """Whether a clause is a noun phrase alone: no sure verb, no pronoun, no infinitive."""
    return not any(is_verb(w) or w.lower() in _PRONOUNS or w.lower() == "to" for w in words)


def _with_subject(clauses: list[str], index: int) -> list[str]:
    """Return clause `index`, with its subject before it when it begins with its verb."""
    words = _words(clauses[index])
    if words and is_verb(words[0]):
        return [*_subject(clauses, index), *words]
    return words


def _last_noun_phrase(words: list[str], person: bool = False) -> list[str]:
    """Return the noun phrase the words end with: "Church Road", or with the head it qualifies
    when a determiner opens it ("the old library on Church Road"); a `person`, the antecedent
    of "who", is the nearest name ("the conviction of Daniel Price, who")."""
    k = len(words)
    while k > 0 and words[k - 1].lower() not in _NP_BOUNDARY:
        k -= 1
    phrase = words[k:]
    if person:
        named = len(phrase)
        while named > 0 and phrase[named - 1][:1].isupper():
            named -= 1
        phrase = phrase[named:] or phrase  # "said Ruth Dalton, who": the name
    if not person and phrase and k > 1 and words[k - 1].lower() in _QUALIFYING:
        head = k - 1
        while head > 0 and head > k - 5 and words[head - 1].lower() not in _STOP_NP:
            head -= 1
            if words[head].lower() in DETERMINERS:
                return words[head + 1:]
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
    return to_present(drop_titles(by_surname(words, people)), {p.split()[-1] for p in people})


def _finish(words: list[str], people: Sequence[str] = ()) -> str:
    words = [w for w in by_surname(words, people) if w and w.lower() != "being"]
    while words and words[0].lower() in _LEADING:
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
    text = " ".join(words).strip(" ,;:–—-")
    if not _ABBREVIATION.search(text):  # "imposed by the U.S.", "at 9 a.m." keep their period
        text = text.rstrip(". ,;:–—-")
    return text[:1].upper() + text[1:]
