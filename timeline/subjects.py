"""Who a clause speaks of: its subject, the noun phrase a relative clause or a participle
leans on, and the noun phrase a year modifies ("the 2016 presidential elections"), without a
parser. Clauses are the pieces of a sentence between commas, semicolons and
dashes; the date's place in them is `MARK`.

    >>> subject_of(["The reply", "dated April 19", "offered none"], 1)
    ['The', 'reply']
"""

from __future__ import annotations

import re

from timeline.lexicon import lexicon
from timeline.verbs import DETERMINERS, FINITE_AUX, PAST_AUX, PRESENT_AUX, is_verb

__all__ = [
    "FUNCTION", "MARK", "PRONOUNS", "RELATIVE", "SPEECH", "STOP_NP", "born", "conjunct_of",
    "drop_relative", "drop_subordinator", "is_year_modifier", "last_noun_phrase", "named_head",
    "object_relative", "opening_subject", "sentence_case", "subject_and_verb", "subject_of",
    "verbless", "with_subject", "words_of", "year_phrase",
]

MARK = "\x00"  # where the date was, in a clause
# Words no noun phrase runs past.
STOP_NP = frozenset(
    """in on at by of for to from with during that which who are is was were will would has
    have had be been being and but or as than after before since until against""".split()
)
PRONOUNS = frozenset("we they he she it you i this these those".split())
RELATIVE = frozenset("who which that".split())
SPEECH = frozenset("said says told tells added noted".split())
_VERBLESS_OPENERS = frozenset("in on at during between and again around over".split())
_QUALIFYING = frozenset("of on in at".split())  # "the old library on Church Road"
_VERB_OBJECT = _QUALIFYING | {"to", "for", "by"}  # "and files for", not "and preferred stock"
# Auxiliaries that carry a subject ("and have not lost"); not "be", as in "must begin ... and
# be completed", whose subject is the modal's.
_FINITE = (PRESENT_AUX - {"be", "been", "being"}) | frozenset(PAST_AUX)
_SUBORDINATORS = ("while", "as", "since", "with", "after", "because", "although", "when",
                  "though", "if", "once", "and", "but", "so", "ahead of", "following")
_ADVERBS = frozenset("first also then later still now already just once".split())
_PARTICLES = frozenset("out up down forward off back away over".split())  # "set out", "drew up"
# What opens a clause with a subject of its own: relative, reported, subordinate, aside.
_OTHER_CLAUSE = RELATIVE | SPEECH | frozenset(
    "after before when because while since until if although though as -- —".split())
_NP_BOUNDARY = STOP_NP | DETERMINERS
# Words that only join others: no headline ends on one, and a year phrase's head is none.
FUNCTION = frozenset("the a an of to and or in on at for with that which by from as its their"
                     .split())
# A preposition before "which" goes with it: "the threshold below which workers are paid".
_PIED = STOP_NP | frozenset("below above under over through within without among between "
                            "beyond into onto upon".split())


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


def drop_relative(words: list[str], at: int) -> list[str]:
    """Return the words without a relative clause between the subject and its verb, when the
    date (word `at`) follows that verb: "A former treasurer who stole $2.4 million over a
    decade was sentenced [on Tuesday]" -> "A former treasurer was sentenced"."""
    i = next((i for i, w in enumerate(words[1:at], start=1) if w.lower() in ("who", "which")),
             None)
    if i is None:
        return words
    verb = next((j for j in range(i + 2, at) if words[j].lower() in FINITE_AUX), None)
    if verb is None or words[i - 1].lower() in _PIED or words[verb - 1].lower() in RELATIVE or any(
            w.endswith(",") for w in words[i:verb]):
        return words
    return [*words[:i], *words[verb:]]


def sentence_case(words: list[str]) -> list[str]:
    """Return a sentence's words to go after others: its first word in lower case, unless it is
    a name ("Borrowing reached" -> "borrowing reached"; "Russia invaded" stays)."""
    if not words or not words[0][1:].islower() or (words[1:2] and words[1][:1].isupper()) \
            or words[0].lower() in lexicon().country_of:
        return words
    return [words[0].lower(), *words[1:]]


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
            and words[1].lower() not in SPEECH and words[1].lower() not in PAST_AUX)


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


def object_relative(antecedent: list[str], rest: list[str]) -> list[str]:
    """Return an object relative clause told from its subject, or [] if `rest` (what follows
    "which") opens with no subject and verb: "the review, which the chancellor set out in
    May" is "the chancellor set out the review in May"; "which was unveiled" has no subject."""
    for i, word in enumerate(rest[1:5], start=1):
        if word.lower() in PAST_AUX or word.lower() in FINITE_AUX:
            if i + 1 == len(rest) or not is_verb(rest[i + 1]):
                return []  # "which it is due to reach": the object is the infinitive's
            verb = i + 2
        elif is_verb(word):
            verb = i + 1 + (i + 1 < len(rest) and rest[i + 1].lower() in _PARTICLES)
        else:
            continue
        subject = rest[:i]
        opener = subject[0]
        if not (opener.lower() in DETERMINERS or opener.lower() in PRONOUNS
                or opener[:1].isupper()) or any(w.lower() in _NP_BOUNDARY for w in subject[1:]):
            return []
        return [*subject, *rest[i:verb], *(w.strip(",;:") for w in antecedent), *rest[verb:]]
    return []


def named_head(sentence: str, expression: str) -> str | None:
    """Return the noun a year names ("the 2016 presidential elections" -> "election"), or None
    when the expression is not a year inside a noun phrase."""
    start = sentence.find(expression)
    if start < 0 or not is_year_modifier(sentence, start, start + len(expression)):
        return None
    words = year_phrase(sentence[:start] + MARK + sentence[start:])
    nouns = [w for w in words[words.index(expression) + 1:] if w.lower() not in STOP_NP] \
        if expression in words else []
    if not nouns:
        return None
    head = nouns[-1].lower().strip(".,;:!?\"'“”’")
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _compound_ends(words: list[str]) -> bool:
    """Whether the first word goes on a compound noun the phrase ends with ("state
    inspection." or "state inspection found"), not a verb after it ("election leaves no")."""
    if not words or not words[0][:1].islower():
        return False
    if words[0][-1:] in ".,;" or len(words) == 1:
        return True
    after = words[1].lower().strip(".,;")
    return after in STOP_NP or after in DETERMINERS or is_verb(words[1])


def is_year_modifier(sentence: str, start: int, end: int) -> bool:
    """Return True for a year inside a noun phrase: "the 2016 presidential election"."""
    if not re.fullmatch(r"\d{4}", sentence[start:end]):
        return False
    before = sentence[:start].split()[-1:] or [""]
    after = sentence[end:end + 2]
    return before[0].lower() in DETERMINERS and bool(re.match(r" [A-Za-z]", after))


def year_phrase(clause: str) -> list[str]:
    """Return the phrase built on a year modifier: the noun phrase it belongs to, the noun it
    depends on ("interference in ..."), and its predicate when it is the subject."""
    before, after = clause.split(MARK, 1)
    np: list[str] = []
    rest = after.split()
    nouns = 0  # lowercase words: "the 2023 state inspection" ends at its third
    for i, word in enumerate(rest):
        bare = word.lower().strip(".,;")
        if i and (bare in STOP_NP or bare in DETERMINERS or (nouns and is_verb(word))):
            break
        np.append(word)
        if word[-1:] in ".,;" and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            break
        if i and word[:1].islower() and "-" not in word:
            nouns += 1  # capitalized and hyphenated modifiers, then the head noun(s)
            if nouns == 3 or word[-1:] in ".,;" or not _compound_ends(rest[i + 1:i + 3]):
                break
    tail = rest[len(np):]
    lead = before.split()
    head: list[str] = []
    if len(lead) >= 3 and lead[-2].lower() in ("in", "of", "during") and \
            lead[-1].lower() in DETERMINERS:
        head = [w for w in lead[-4:-2] if w.lower() not in DETERMINERS
                and w.lower() not in FUNCTION] + [lead[-2]]
        head = head[-2:]
    predicate: list[str] = []
    if tail and tail[0].lower() in ("are", "is", "was", "were", "will", "has", "have", "had"):
        predicate = tail
    return head + np + predicate
