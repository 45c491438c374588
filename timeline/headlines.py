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

from timeline.actors import by_surname, drop_titles, title_case
from timeline.subjects import (
    FUNCTION,
    MARK,
    PRONOUNS,
    RELATIVE,
    SPEECH,
    STOP_NP,
    born,
    conjunct_of,
    drop_relative,
    drop_subordinator,
    is_year_modifier,
    last_noun_phrase,
    object_relative,
    opening_subject,
    sentence_case,
    subject_and_verb,
    subject_of,
    verbless,
    with_subject,
    words_of,
    year_phrase,
)
from timeline.verbs import (
    AUXILIARIES,
    FINITE_AUX,
    bare_passive,
    is_verb,
    participle_present,
    plural_subject,
    to_present,
)

__all__ = ["MAX_WORDS", "compress", "headline", "in_main_clause", "is_dateline"]

MAX_WORDS = 12
# A gerund the date qualifies: "since taking office four years ago".
_GERUND_BEFORE = re.compile(
    r"\b(?:since|after|before|upon)\s+(?P<verb>[a-z]+ing)\b(?P<rest>[^,;]{0,40}?)\s*$")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
# "It's the second day of an offensive", "Today marks the 10th day of the strike": the day is
# only counted in the event, which is the headline.
_DAY_OF_EVENT = re.compile(r"\s*(?:[Ii]t|[Tt]oday|[Tt]his)\s*(?:['’]s|\s+is|\s+was|\s+marks)\s*")
# A dateline opening the lead: "[WASHINGTON, D.C.] –", "NICOSIA, Cyprus —", "SEOUL, March 27
# (Reuters) -", "BOSTON, Nov. 6, 2024 /PRNewswire/ --", "LONDON, 14 June 2023 —": an upper-case
# place, then a region, a date and an agency, each if any, then a dash.
_DATELINE = re.compile(
    r"^\s*\[[^\]]*\]\s*[–—-]?\s*"
    r"|^[A-Z][A-Z.'’ ]*[A-Z.](?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)*"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
    r"(?:\s*/[^/\n]{1,40}/|\s*\([^)\n]{1,40}\))?\s*(?:--|[–—_-])\s*"  # AP's old "_" too
)
_QUOTES = re.compile(r"``|''|[“”\"‘]|(?<!\w)’|’(?!\w)")  # wire copy's ASCII `` and '' too
_BOUNDARY = re.compile(r",\s+|;\s+|\s+[–—]\s+|\s+-\s+|:\s+")
# A clause that opens with a participle or a subordinator is not the sentence's main clause.
_NOT_MAIN = re.compile(
    r"\s*(?:\w+ing\b|ahead of|while|as|since|with|after|because|although|when|though|if)",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Oo]ver|[Ff]or|[Jj]ust|to|"
    r"[Bb]etween|[Tt]hrough(?:out)?|[Ii]nto|[Ww]ithin|[Aa]round)"
    r"\s*$"
)
# The part of a date named before it, or how near it is, which go with it: "On the night of
# [July 14, 2021]", "knew as early as [1984] that".
_PART_OF_BEFORE = re.compile(
    r"(?:(?:\b(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil)\s+)?\b(?:[Tt]he|[Tt]hat)\s+(?:night|morning|"
    r"evening|afternoon|eve|week|weekend|end|start|beginning|middle)\s+of"
    r"|\b[Aa]s\s+(?:early|late|recently|soon|far\s+back|long\s+ago)\s+as)\s*$")
# A clause that only says which period the date ends: "In the quarter ended [June 28], net
# income fell": the next clause says what happened.
_PERIOD_ENDED = re.compile(r"\s*(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver)\s+the\s+(?:[\w-]+\s+){0,2}"
                           r"(?:quarter|period|year|months|weeks|half)\s+(?:ended|ending)\s*")
# A word that ends a time, not a noun phrase a participle can lean on.
_WHEN = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|night|morning|evening|"
                   r"afternoon|today|yesterday|tonight|week|weekend|month|year|\d+")
_CUT_BEFORE = frozenset("in on at for with that which by from following after during to as and "
                        "while because including".split())
# A headline never ends on a word that wants what was cut after it ("stretched past", "as
# early", "recorded shortly [after 10 p.m.]").
_DANGLING = FUNCTION | frozenset("past before after until since around about through into "
                                 "near beyond least most shortly immediately sometime than"
                                 .split())
_AS_SOON = frozenset("early soon late".split())
_NO_LATER = frozenset("later earlier sooner".split())
# Words after a rate's "a", which stays: "30 minutes a day", "$2 a share".
_PER = frozenset("day week month year hour minute night share head person piece gallon barrel "
                 "pound ounce ton tonne litre liter mile kilo".split())
# Words a headline does not open with: "Or 40 cents" is "40 cents", "including a stop" a stop.
_LEADING = frozenset("the a an just so also and or but including".split())
# A word in -s right after a participle's clause is the subject's verb: "Northwind Health,
# founded in 1961, operates 14 hospitals".
_PRESENT_VERB = re.compile(r"[a-z]{2,}[^s]s")
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
    dateline = _DATELINE.match(sentence)
    if dateline and start < dateline.end():  # "BOSTON, Nov. 6, 2024 /PRNewswire/ -- Acme ..."
        sentence, start, end = sentence[dateline.end():], 0, 0  # the lead says what happened
    in_phrase = keep_expression or is_year_modifier(sentence, start, end)
    if in_phrase:
        marked = sentence[:start] + MARK + sentence[start:]
    else:  # a possessive goes with the expression: "larger than this year's"
        end += 2 if sentence[end:end + 2] in ("'s", "’s") else 0
        marked = sentence[:start] + MARK + sentence[end:]
    # a parenthesis goes, and the mark with it when the expression is inside ("9 a.m. (0000
    # GMT)"): it stays where the parenthesis was
    unbracketed = _PARENTHESES.sub(lambda m: MARK if MARK in m.group(0) else "",
                                   _DATELINE.sub("", marked))
    text = _QUOTES.sub("", unbracketed)
    # a semicolon joins sentences that stand alone: the expression's own one says what happened
    text = next((part for part in text.split("; ") if MARK in part), text)
    clauses = [c for c in _BOUNDARY.split(text) if c.strip()]
    index = next((i for i, c in enumerate(clauses) if MARK in c), 0)
    clause = clauses[index]
    if in_phrase:
        later = [c for c in clauses[index + 1:]
                 if not c.lower().startswith(("during which", "when", "according to"))]
        if index + 1 < len(clauses) and clauses[index + 1].lower().startswith(
                ("during which", "when")) and later:
            # "since the 2016 elections, during which ... Russian agents launched ...".
            return _finish(_present_tense(later[0].split(), people), people)
        words = year_phrase(clause)
        if words:
            return _finish(_present_tense(words, people), people)
    head, _, tail = clause.partition(MARK)
    noun = head.split()[-1:] if head.strip() else []
    if noun and noun[0].islower() and noun[0] not in STOP_NP and noun[0].endswith("s") and \
            tail.split()[:1] and tail.split()[0].lower() in ("that", "of", "about", "on"):
        # "reports last week that Russian agents are interfering": the reports.
        return _finish(noun + tail.split(), people)
    if not head.strip() and tail.split()[:1] and tail.split()[0].lower() in FINITE_AUX:
        # "The first half of this year was harder than planned": the expression is the subject.
        return _finish(_present_tense([*sentence[start:end].split(), *tail.split()], people),
                       people)
    if _DAY_OF_EVENT.fullmatch(head) and tail.split()[:1] == ["of"]:
        return _finish(tail.split()[1:], people)  # "It's the second day of an offensive"
    if clause.lower().lstrip().startswith("according to") and index > 0:
        # "..., according to data released last month": what the data says
        return _finish(_present_tense(with_subject(clauses, index - 1), people), people)
    gerund = _GERUND_BEFORE.search(clause.split(MARK)[0])
    if gerund and (taken := _gerund_event(gerund, clause, clauses[0], people)):
        return taken
    head = _PART_OF_BEFORE.sub("", clause.split(MARK)[0])  # "On the night of [July 14]"
    head = _PREPOSITION_BEFORE.sub("", head)
    clause = head + clause.split(MARK)[-1]
    mark_at = len(head.split())  # the words before the date
    first, _, rest = clause.strip().partition(" ")
    if first == "Born" and (birth := born(rest.split(), clauses[index + 1:])):
        return _finish(_present_tense(birth, people), people)
    named = index - 1
    while named > 0 and clauses[named].strip().isdigit():
        named -= 1  # "said Ruth Dalton, 71, who has lived": the age is no antecedent
    antecedent = last_noun_phrase(clauses[named].replace(MARK, " ").split(),
                                   person=first.lower() == "who") \
        if index > 0 and first.lower() in (*RELATIVE, "whose") and rest else []
    own = False  # the headline is the expression's own clause
    if antecedent and first.lower() == "whose":
        # "Guardiola, whose contract runs until 2026, said": Guardiola's contract runs.
        clause = " ".join([*antecedent[:-1], antecedent[-1].rstrip(",") + "'s", rest])
    elif antecedent:
        # "The plant, which opened in 1971, closed.": the plant opened then; "the review,
        # which the chancellor set out on Wednesday": the chancellor set the review out.
        inverted = object_relative(antecedent, rest.split()) if first.lower() == "which" \
            else []  # "that" may report: "noted, however, that the company's orders rose"
        clause = " ".join(inverted or [*antecedent, rest])
    elif first.lower() == "dated" and index > 0 and (
            letter := last_noun_phrase(words_of(clauses[index - 1]))):
        clause = " ".join(letter)  # "said a version of the letter, dated Feb. 4": the letter
    elif is_verb(first) and first.lower() != "compared" and (
            subject := subject_of(clauses, index)):
        # "Early voting, which began Sept. 22, ended Saturday.": early voting ended then; "The
        # reply, dated April 19, offered none": the reply; "Hamburg, relegated in 2018, will
        # rebuild": a participle between a subject and its verb is passive, Hamburg was.
        verb = words_of(clauses[index + 1])[:1] if index + 1 < len(clauses) else []
        between = verb != [] and (is_verb(verb[0]) or _PRESENT_VERB.fullmatch(verb[0]))
        passive = ["was"] if between and first.lower() not in AUXILIARIES else []
        clause = " ".join(subject if first.lower() == "dated" else [*subject, *passive, clause])
    elif is_verb(first) and len(clause.split()) > 2 and (
            shared := _series_subject(clauses, index)):
        # "She reopened in 2022, closed again that autumn, and has been open since": she closed.
        clause = " ".join([*shared, clause])
    elif subject_and_verb(clause.split()):
        # "Construction began on July 4, 1817, in Rome": the place joins the verb.
        after = clauses[index + 1] if index + 1 < len(clauses) else ""
        clause += " " + after if after.split()[:1] in (["in"], ["at"], ["near"]) else ""
    elif (len(clause.split()) < 3 or _PERIOD_ENDED.fullmatch(clause)) and index + 1 < len(clauses):
        clause = clauses[index + 1]  # "In December, Obama expanded ...": the next clause
    elif len(clause.split()) < 3 and index > 0:
        before = clauses[index - 1]
        if words_of(before)[0].lower() in RELATIVE and (subject := subject_of(clauses, index)):
            before = " ".join(subject)  # "The Lakers, who have won ..., host Denver"
        clause = before + " " + clause
    else:
        own = True
    words = words_of(clause)
    fallback = own and index > 0 and verbless(words)
    if fallback and not verbless(words_of(clauses[index - 1])) \
            and not words_of(clauses[index - 1])[0].lower().endswith("ing"):
        # "The canal was enlarged twice, in the 1830s and again ...": the verb is before.
        words = with_subject(clauses, index - 1)
    elif own and words and words[0][:1].islower() and words[0].endswith("ing") and index > 0 \
            and words[0].lower() not in _PREPOSITIONS_IN_ING:
        # "the G7 Summit, beginning today in Sicily": the summit begins; after a time ("moved
        # to City on Thursday night, signing ...") the clause's subject does.
        before = clauses[index - 1].replace(MARK, " ").split()
        subject = last_noun_phrase(before)
        if subject and _WHEN.fullmatch(subject[-1].strip(",.;")):
            # a time is no subject: "a celebration on Wednesday, beginning" is the celebration's,
            # "moved on Thursday night, signing" the clause's subject's
            cut = next((k for k in range(len(subject) - 1, 0, -1)
                        if subject[k].lower() in ("on", "in", "at", "during")), 0)
            subject = subject[:cut] or opening_subject(before) or subject
        plural = plural_subject(subject, _surnames(people))
        words = [*subject, participle_present(words[0], plural), *words[1:]]
    if own and index > 0 and words[:1] == ["and"] and len(words) > 1 and is_verb(words[1]):
        # "She earned a doctorate in 1959, ..., and joined the institute the following year":
        # she joined it.
        words = [*opening_subject(words_of(clauses[0])), *words[1:]]
    if own and index == 0 and words[:1] and words[0].endswith("ing") and \
            words[0][:1].isupper() and words[0].lower() not in _PREPOSITIONS_IN_ING and \
            len(clauses) > 1 and not any(is_verb(w) for w in words[1:]):
        # "Speaking in the Commons on Wednesday, she said the cuts would ...": what she said
        words = words_of(clauses[1])
    elif own and index > 0 and 1 < len(words) <= 6 and words[-1].lower() in SPEECH:
        # "Borrowing reached £79.6bn, the ONS said last Friday": the ONS says borrowing did
        words = [*words, *sentence_case(words_of(clauses[0]))]
    if own and len(words) > MAX_WORDS:  # too long for both verbs joined by "and": the date's
        words = conjunct_of(drop_relative(words, mark_at), mark_at)
    words = drop_subordinator(words)
    return _finish(_present_tense(words, people), people)


def _series_subject(clauses: list[str], index: int) -> list[str]:
    """Return the subject of a list of verb phrases the clause is one of ("She reopened ...,
    closed again ..., and has been open ..."): the one the clause before opens with, when a
    later clause goes on with "and" or "but" and a verb; else []. (A bare participle, "the
    rule, published in May, and", is the caller's to leave out: it qualifies a noun.)"""
    if index < 1:
        return []
    goes_on = any(words_of(c)[:1] in (["and"], ["but"]) and len(words_of(c)) > 1
                  and is_verb(words_of(c)[1]) for c in clauses[index + 1:])
    return opening_subject(words_of(clauses[index - 1])) if goes_on else []


def _gerund_event(
    gerund: re.Match[str], clause: str, opening: str, people: Sequence[str]
) -> str | None:
    """Return the headline of a gerund the date qualifies ("Obama arrived ... since taking
    office four years ago": Obama took office then), done by the clause's subject; None when
    the gerund has a verb after it the date may belong to, or the subject is not found."""
    rest = gerund.group("rest").split()
    own = [w for i, w in enumerate(words_of(clause)) if i or w not in ("and", "but")]
    doer = opening_subject(own) or opening_subject(words_of(opening))
    if not doer or len(rest) > 4 or any(is_verb(w) for w in rest):
        return None
    ahead = any(w in ("will", "would") for w in own)  # "will map ... before collecting"
    plural = ahead or plural_subject(doer, _surnames(people))
    verb = participle_present(gerund.group("verb"), plural)
    return _finish([*drop_titles(by_surname(doer, people)), *(["will"] if ahead else []), verb,
                    *rest], people)


def compress(text: str, people: Sequence[str] = (), title: bool = False) -> str:
    """Return a title or lead sentence cut to a headline (present tense, about 12 words). A
    title in title case keeps its words: every one looks like a name or a title there; in a
    `title`, a past form right after its subject is passive, as headlines write it."""
    clean = _clean(text)
    if title_case(clean):
        return _finish(clean.split())
    words = drop_subordinator(clean.split())
    if title:
        words = bare_passive(words, _surnames(people))
    return _finish(_present_tense(words, people), people)


def is_dateline(text: str) -> bool:
    """Whether a line is a dateline and nothing more ("WASHINGTON, August 8 (Xinhua) --"): no
    word is left once the dateline, parentheses and quotes go."""
    return not _clean(text).split()


def _clean(text: str) -> str:
    return _QUOTES.sub("", _PARENTHESES.sub("", _DATELINE.sub("", text)))


def in_main_clause(sentence: str, offset: int) -> bool:
    """Return True when `offset` lies in a clause that is not participial or subordinate."""
    start = 0
    for boundary in _BOUNDARY.finditer(sentence):
        if offset < boundary.start():
            break
        start = boundary.end()
    return not _NOT_MAIN.match(sentence, start)


def _surnames(people: Sequence[str]) -> set[str]:
    return {p.split()[-1] for p in people}


def _present_tense(words: list[str], people: Sequence[str] = ()) -> list[str]:
    """Move the first past-tense verb to the present, agreeing with its subject, after
    writing known people by surname and dropping the titles before names."""
    return to_present(drop_titles(by_surname(words, people)), _surnames(people))


def _finish(words: list[str], people: Sequence[str] = ()) -> str:
    words = [w for w in by_surname(words, people) if w and w.lower() != "being"]
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    if words and words[0].lower() in PRONOUNS and len(words) > 1:
        words = words[1:] if words[1][:1].isupper() else words
    # articles go, but for a rate's "a" ("30 minutes a day", "$2 a share")
    words = [w for i, w in enumerate(words) if i == 0 or w.lower() not in ("the", "a", "an")
             or (w.lower() == "a" and words[i + 1:i + 2] and words[i + 1].lower().strip(".,;")
                 in _PER)]
    if len(words) > MAX_WORDS:
        cut = max((i for i in range(7, MAX_WORDS + 1) if words[i].lower() in _CUT_BEFORE),
                  default=MAX_WORDS)
        words = words[:cut]
    whole = words
    while words:
        last = words[-1].lower().strip(",.;:")
        if last and last not in _DANGLING:
            if last in _AS_SOON and len(words) > 1 and words[-2].lower() == "as":
                words = words[:-2]  # "could vote as early [as Friday]"
                continue
            if last in _NO_LATER and len(words) > 1 and words[-2].lower() in ("no", "not"):
                words = words[:-2]  # "a response no later [than Oct. 1]"
                continue
            break
        words = words[:-1]
    text = " ".join(words or whole).strip(" ,;:–—-")  # all of it waits: "No later than"
    if not _ABBREVIATION.search(text):  # "imposed by the U.S.", "at 9 a.m." keep their period
        text = text.rstrip(". ,;:–—-")
    return text[:1].upper() + text[1:]
