"""Who a clause speaks of: its subject, the noun phrase a relative clause or a participle
leans on, without a parser. Clauses are the pieces of a sentence between commas, semicolons and
dashes; the date's place in them is `MARK`.

    >>> subject_of(["The reply", "dated April 19", "offered none"], 1)
    ['The', 'reply']
"""

from __future__ import annotations

from timeline.verbs import DETERMINERS, FINITE_AUX, PAST_AUX, PRESENT_AUX, is_verb

__all__ = [
    "MARK", "PRONOUNS", "RELATIVE", "STOP_NP", "born", "conjunct_of", "drop_subordinator",
    "last_noun_phrase", "opening_subject", "subject_and_verb", "subject_of", "verbless",
    "with_subject", "words_of",
]

MARK = "\x00"  # where the date was, in a clause
# Words no noun phrase runs past.
STOP_NP = frozenset(
    """in on at by of for to from with during that which who are is was were will would has
    have had be been being and but or as than after before since until against""".split()
)
PRONOUNS = frozenset("we they he she it you i this these those".split())
RELATIVE = frozenset("who which that".split())
_SPEECH = frozenset("said says told tells added noted".split())
_VERBLESS_OPENERS = frozenset("in on at during between and again around over".split())
_QUALIFYING = frozenset("of on in at".split())  # "the old library on Church Road"
_VERB_OBJECT = _QUALIFYING | {"to", "for", "by"}  # "and files for", not "and preferred stock"
# Auxiliaries that carry a subject ("and have not lost"); not "be", as in "must begin ... and
# be completed", whose subject is the modal's.
_FINITE = (PRESENT_AUX - {"be", "been", "being"}) | frozenset(PAST_AUX)
_SUBORDINATORS = ("while", "as", "since", "with", "after", "because", "although", "when",
                  "though", "if", "once", "and", "but", "so", "ahead of", "following")
_ADVERBS = frozenset("first also then later still now already just once".split())
# What opens a clause with a subject of its own: relative, reported, subordinate, aside.
_OTHER_CLAUSE = RELATIVE | _SPEECH | frozenset(
    "after before when because while since until if although though as -- —".split())
_NP_BOUNDARY = STOP_NP | DETERMINERS


def opening_subject(words: list[str]) -> list[str]:
    """Return the words before a clause's verb when it opens with its subject ("Dr. Lee
    spent", "She earned"), else []."""
    verb = next((i for i, w in enumerate(words[:6]) if i and is_verb(w)), 0)
    return words[:verb] if verb and (words[0][:1].isupper() or words[0] in PRONOUNS) else []


def conjunct_of(words: list[str], at: int) -> list[str]:
    """Return the opening subject and the verb phrase, after the last "and" or "but" before word
    `at`, that holds it ("Rovers have won nine of their last 10 games and have not lost at home
    since [Boxing Day]": Rovers have not lost at home); else `words`. The verb must be finite:
    an auxiliary, or a past form before a determiner, a preposition or a number ("and
    preferred stock" is no verb); and no relative, reported or subordinate clause may open
    before it, whose own subject the verb would share ("the bombs that killed three and
    injured 170")."""
    k = max((i for i in range(1, min(at, len(words) - 1))
             if words[i].lower() in ("and", "but") and _finite(words, i + 1)), default=0)
    subject = opening_subject(words[:k]) if k else []
    between = {w.lower().strip(",") for w in words[len(subject):k]}
    if all(w.lower() in DETERMINERS for w in subject) or between & _OTHER_CLAUSE:
        return words  # "The recalled bags": no subject; "after a balloon crossed ... and was"
    while subject[-1].lower() in _ADVERBS:  # "The company first learned ... but did not"
        subject = subject[:-1]
    return [*subject, *words[k + 1:]]


def _finite(words: list[str], i: int) -> bool:
    word = words[i].lower()
    if word in _FINITE:
        return True
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    return is_verb(word) and (after in DETERMINERS or after in _VERB_OBJECT
                              or after[:1].isdigit() or after[:1] in "$£€")


def drop_subordinator(words: list[str]) -> list[str]:
    """Return the words without the subordinator they open with ("after", "when", ...)."""
    lowered = " ".join(words[:2]).lower()
    for sub in _SUBORDINATORS:
        if lowered == sub or lowered.startswith(sub + " "):
            words = words[len(sub.split()):]
            break
    return words


def born(rest: list[str], after: list[str]) -> list[str]:
    """Return "X is born ..." for an opening "Born [on March 3, 1933], in Duluth, Dr. Lee
    spent ...", whose subject is the main clause's; [] when none is found."""
    subject = next((s for clause in after if (s := opening_subject(words_of(clause)))), [])
    place = words_of(after[0]) if after and words_of(after[0])[:1] in (["in"], ["at"]) else []
    return [*subject, "is", "born", *rest, *place] if subject else []


def words_of(clause: str) -> list[str]:
    """Return a clause's words, without the mark."""
    return clause.replace(MARK, " ").split()


def subject_and_verb(words: list[str]) -> bool:
    """Whether two words are a subject and its verb: "Construction began", not "officials said"
    (the saying is not the event) or "originally scheduled"."""
    return (len(words) == 2 and words[0][:1].isupper() and is_verb(words[1])
            and words[1].lower() not in _SPEECH and words[1].lower() not in PAST_AUX)


def verbless(words: list[str]) -> bool:
    """Whether a clause surely holds no verb ("the most recent", "and again between 1905 and
    1918"), and is no comparison ("up from 48,000 a year earlier" is about that year)."""
    if not words or words[0].lower() not in _VERBLESS_OPENERS:
        return False
    return not any(
        is_verb(w) or w.lower() in PRONOUNS
        or (w[:1].islower() and w.strip(",.;:").endswith(("s", "ing")))
        for w in words
    )


def subject_of(clauses: list[str], index: int) -> list[str]:
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
    while j > 0 and _interrupts(words_of(clauses[j])):
        j -= 1
    words = words_of(clauses[j])
    if not words:
        return []
    interrupted = j < index - 1
    finite = words_of(clauses[index])[0].lower() in FINITE_AUX
    if _nominal(words) and (interrupted or finite or len(words) <= 4):
        phrase = [words[0]]
        for word in words[1:5]:
            if word.lower() in STOP_NP:
                break
            phrase.append(word)
        return [w.strip(",;:") for w in phrase]
    return last_noun_phrase(words) if interrupted or finite else []


def _interrupts(words: list[str]) -> bool:
    """Whether a clause interrupts its sentence's subject and verb: a relative clause, an age,
    or a phrase with no finite verb ("known as SB4", "a replica of the one designed in 1850")."""
    if not words:
        return False
    first = words[0].lower()
    if first in RELATIVE or first in ("whose", "whom") or first[:1].isdigit():
        return True
    finite = any(w.lower() in FINITE_AUX or w.lower() in PAST_AUX or w.lower() in PRONOUNS
                 for w in words)
    return not finite and words[0][:1].islower()


def _nominal(words: list[str]) -> bool:
    """Whether a clause is a noun phrase alone: no sure verb, no pronoun, no infinitive."""
    return not any(is_verb(w) or w.lower() in PRONOUNS or w.lower() == "to" for w in words)


def with_subject(clauses: list[str], index: int) -> list[str]:
    """Return clause `index`, with its subject before it when it begins with its verb."""
    words = words_of(clauses[index])
    if words and is_verb(words[0]):
        return [*subject_of(clauses, index), *words]
    return words


def last_noun_phrase(words: list[str], person: bool = False) -> list[str]:
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
        while head > 0 and head > k - 5 and words[head - 1].lower() not in STOP_NP:
            head -= 1
            if words[head].lower() in DETERMINERS:
                return words[head + 1:]
    return phrase[-4:]
