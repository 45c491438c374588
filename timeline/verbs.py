"""English verb forms for headlines: which words are surely verbs, a past form's present, and
whether a subject takes a plural verb. No part-of-speech tagger: auxiliaries, the irregular past
forms of the lexicon and words in -ed are the verbs it knows.

    >>> present("expanded", plural=False), present("fell", plural=True), present("had", True)
    ('expands', 'fall', 'have')
"""

from __future__ import annotations

from timeline.lexicon import lexicon
from timeline.tagger.vocabulary import tense_words

__all__ = [
    "AUXILIARIES", "DETERMINERS", "FINITE_AUX", "PAST_AUX", "PLURAL_AUX", "PRESENT_AUX",
    "bare_passive", "is_verb",
    "participle_present", "plural", "plural_subject", "present", "reduced_relative", "to_present",
]

# Past auxiliaries and their present; a plural subject takes the second form of PLURAL_AUX.
PAST_AUX = {"was": "is", "were": "are", "had": "has", "did": "does"}
PLURAL_AUX = {"has": "have", "does": "do"}  # "was" and "were" carry their number
# After these the verb is already present or ahead: "are expected" stays as it is.
PRESENT_AUX = frozenset("is are am be been being will would can could may might shall should "
                        "must has have".split())
AUXILIARIES = frozenset(PAST_AUX) | PRESENT_AUX
# Auxiliaries that make a clause finite: a subject comes before them.
FINITE_AUX = frozenset("was were is are will has had have".split())
# Stems that take back the -e their -ed dropped ("declared" -> "declare").
_E_ENDINGS = ("z", "at", "ur", "v", "ag", "ak", "os", "us", "ar", "ir", "ud", "ng", "ac", "rg",
              "rc", "nc", "dg", "bl", "pl", "tl", "cl", "gl", "dl", "kl", "zl", "fl", "as", "nu",
              "ic", "uc", "ot", "ut", "ul", "gu", "id", "ik", "ap", "creat", "il", "scor", "stor",
              "ignor", "plor", "ador", "plet", "delet", "mpet", "is", "su", "cu", "lu", "ps", "rs",
              "ib", "ok", "am", "ad", "od", "lleg", "scal", "pon", "phon", "zon", "clon", "unit",
              "invit", "recit", "excit", "incit", "ignit")
# "appeared" -> "appear", "peaked" -> "peak", "poured" -> "pour", "belonged" -> "belong"
_NO_E = ("ear", "oar", "air", "eat", "eak", "oak", "our", "oid", "aid", "eap", "oap", "ail", "oil",
         "eil", "aud", "ong", "ook", "eam", "oam", "oad", "ead", "ood")
_ERE = ("interfer", "adher", "persever", "rever", "coher")  # "interfered" -> "interfere"
_EED_BASES = frozenset("need heed proceed succeed exceed feed bleed breed speed weed seed"
                       .split())
_HEAD_ENDS = frozenset("of in on at from for with over under across near".split())
_PLURALS = frozenset("police people children men women staff personnel many several both few "
                     "two three four five six seven eight nine ten dozens hundreds thousands "
                     "millions".split())
_PLURAL_PRONOUNS = frozenset("we they you i".split())
# Organization words in -s that name members, not one body: "Senate Democrats say".
_MEMBERS = frozenset("democrats republicans agencies departments".split())
DETERMINERS = frozenset("the a an its their his her this that these those our".split())
# A past form after one of these is no verb: "the planned cut", "a hit", "than expected".
_NOT_BEFORE_VERB = DETERMINERS | {"than", "as"}
# After a past form that is its own base ("cut", "set", "hit"), these make it a noun.
_NOUN_AFTER = FINITE_AUX | frozenset("of in on at for to from that which would could".split())
# Verbs of saying: the verbs after them are the report's, with their own subject.
_REPORTING = frozenset("said told added noted stated warned argued announced reported wrote "
                       "claimed insisted explained".split())
# After these a verb belongs to another verb phrase: an auxiliary's, or a clause's.
_NEW_VERB_PHRASE = PRESENT_AUX | frozenset(PAST_AUX) | frozenset("that who which".split())
_PERIODS = frozenset("quarter quarters period periods year years month months week weeks half"
                     .split())
# Words after a headline's participle that show it is passive: "sentenced to", "killed in".
_PASSIVE_AFTER = frozenset("to by for with as in".split())
_QUESTION = frozenset("how why what when where who".split())
_PARTICIPLE_LINKS = frozenset("in on at by for from with during under over into as".split())


def is_verb(word: str) -> bool:
    """Whether a lowercase word is surely a verb: an auxiliary or a past form."""
    lowered = word.lower().strip(",.;:")
    if not word[:1].islower():
        return False
    return (lowered in PAST_AUX or lowered in PRESENT_AUX
            or lexicon().irregular_present.get(lowered) is not None
            or (lowered.endswith("ed") and len(lowered) > 4
                and lowered not in tense_words().not_verbs_ed))  # "hundred", "indeed"


def bare_passive(words: list[str], surnames: set[str]) -> list[str]:
    """Write a headline's bare participle as a passive: "Ex-treasurer sentenced to six years"
    -> "Ex-treasurer is sentenced to six years", "Sanctions imposed" -> "Sanctions are
    imposed"; not "Senators urged Treasury to act", whose past form has an object, nor "Stocks
    fell on Monday", a past form that is no participle."""
    for i, word in enumerate(words[:6]):
        if not is_verb(word):
            continue
        if not word.lower().endswith("ed"):
            return words  # "Stocks fell on Monday": a past, not a participle
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if i == 0 or word.lower() in AUXILIARIES or (
                after and after not in _PASSIVE_AFTER) or words[0].lower() in _QUESTION:
            return words  # nor "How a small-town bank collapsed"
        return [*words[:i], "are" if plural_subject(words[:i], surnames) else "is", *words[i:]]
    return words


def reduced_relative(words: list[str], i: int) -> bool:
    """Whether the participle at `i` modifies the plural noun before it, the clause's verb
    coming later: "the number of bridges rated in poor condition has fallen", "net income for
    the three months ended [Sept. 30] fell"; "ended" or "ending" with a verb after it, whatever
    comes before ("net income for [the quarter] ended June 30 was")."""
    if words[i].lower() in ("ended", "ending") and (
            any(w.lower() in FINITE_AUX for w in words[i + 1:])
            or (i > 0 and words[i - 1].lower() in _PERIODS)):
        return True  # "for the fourth quarter ended Aug. 26"
    if 0 < i < len(words) - 1 and words[i - 1][:1].islower() and \
            words[i - 1].lower() not in _NEW_VERB_PHRASE and words[i + 1].lower() in FINITE_AUX:
        return True  # "a levee project approved [in 2022] is not expected"
    if not (0 < i < len(words) - 1 and words[i - 1][:1].islower()
            and words[i - 1].lower().endswith("s")):
        return False
    after = words[i + 1].lower()
    if lexicon().irregular_present.get(after) is not None:
        return True
    return after in _PARTICIPLE_LINKS and any(w.lower() in FINITE_AUX for w in words[i + 2:])


def plural_subject(words: list[str], surnames: set[str]) -> bool:
    """Whether the words before a verb make a plural subject: "They", "A and B", "infants in
    the region" (the head noun comes before a prepositional phrase), not "the number of
    bridges"."""
    subject = [w for w in words if not w.lower().endswith("ly")]
    if not subject:
        return False
    relative = len(subject) > 1 and subject[-1].lower() in ("who", "that", "which")
    if relative:
        subject = subject[:-1]  # "men who survive": the relative's verb agrees with "men"
    at = len(subject) - 1
    if not relative or subject[at][:1].isdigit():  # "people over 60 who walk"
        at = next((k - 1 for k in range(1, len(subject)) if subject[k].lower() in _HEAD_ENDS),
                  at)
    head = subject[at]
    ending = head.lower()
    if ending.rstrip(".").endswith("s") and ending in lexicon().organization_words and \
            ending not in _MEMBERS and at > 0 and subject[at - 1][:1].isupper():
        return False  # "Northwind Systems says", "Anheuser-Busch Cos. says"; "Airlines say"
    # "the Immigration and Naturalization Service" is one body: its "and" joins a name
    one_body = head[:1].isupper() and head.lower() in lexicon().organization_words
    return ((" and " in " ".join(subject).lower() and not one_body)
            or head.lower() in _PLURAL_PRONOUNS or plural(head, surnames))


def plural(word: str, surnames: set[str]) -> bool:
    """Whether a noun is plural: "police", "people", or by its -s ("Railroads"; not "Congress",
    "Reyes" when known as a surname, or a possessive)."""
    w = word.strip(",.")
    lowered = w.lower()
    if w[:1].isupper() and lowered.endswith(("ys", "as")):
        return False  # a name: "Unisys says", "Texas passes"
    return lowered in _PLURALS or (lowered.isdigit() and len(lowered) < 4 and lowered != "1") or (
        lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in surnames
    )


def present(past: str, plural: bool) -> str:
    """Return the present of a past form, singular ("expands") or plural ("expand")."""
    if past in PAST_AUX:
        aux = PAST_AUX[past]
        return PLURAL_AUX.get(aux, aux) if plural else aux
    irregular = lexicon().irregular_present.get(past)
    if irregular:
        return _plural_of(irregular) if plural else irregular
    if past.endswith("ied"):
        base = past[:-3] + "y"
    elif past.endswith("eed"):  # "agreed" -> "agree"; "succeed" is a base already
        base = past if past in _EED_BASES else past[:-1]
    else:
        base = past[:-2]
        if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "ls":  # not "added"
            base = base[:-1]
        elif base.endswith(_E_ENDINGS) and (base.endswith("creat") or not base.endswith(_NO_E)):
            base += "e"
        elif (base.endswith("in") and base[-3:-2] not in "aeiou") or base.endswith(_ERE):
            base += "e"  # "lined" -> "line", "declined" -> "decline", "interfered"
    if plural:
        return base
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"


_AUX_ING = {"having": "had", "being": "was"}
# The verbs of saying in the present: after them, a past verb is the report's ("says X knew"),
# when what follows opens a report ("says the", "says that", "says he"), not "states blocked".
_REPORTING_NOW = frozenset(present(w, plural=False) for w in _REPORTING)
_REPORT_OPENERS = DETERMINERS | {"that", "he", "she", "it", "they", "we"}


def participle_present(participle: str, plural: bool) -> str:
    """Return the present of the verb of a participle in -ing ("beginning" -> "begins",
    "bringing" -> "brings", "making" -> "makes")."""
    if participle.lower() in _AUX_ING:  # "having been burned": has been burned
        return present(_AUX_ING[participle.lower()], plural)
    if participle.lower().endswith("inging"):  # no -e to give back: "bring", not "bringe"
        base = participle[:-3]
        return base if plural else base + "s"
    return present(participle[:-3] + "ed", plural)


def _plural_of(singular: str) -> str:
    """Return the plural present of a singular one: "flies" -> "fly", "goes" -> "go"."""
    if singular.endswith("ies") and len(singular) > 4:
        return singular[:-3] + "y"
    if singular.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return singular[:-2]
    return singular[:-1] if singular.endswith("s") else singular


def to_present(words: list[str], surnames: set[str]) -> list[str]:
    """Return the words with the first past-tense verb moved to the present, agreeing with its
    subject ("Obama expanded the order" -> "Obama expands the order"), and the verbs joined to
    it by "and" or "but" ("... and imposed sanctions" -> "... and imposes sanctions")."""
    out = list(words)
    for i, word in enumerate(out):
        lowered = word.lower().strip(",.;")
        if lowered in PAST_AUX:  # "They had lost" -> "They have lost"
            first_person = lowered == "was" and out[i - 1:i] == ["I"]
            out[i] = "am" if first_person else present(lowered, plural_subject(out[:i], surnames))
            return out
        if lowered in PRESENT_AUX and word[:1].islower():  # not the month "May"
            return out  # "elections being held", "are expected": no past tense to move
        if lowered in _REPORTING_NOW and word[:1].islower() and i + 1 < len(out) and (
                out[i + 1].lower() in _REPORT_OPENERS or out[i + 1][:1].isupper()):
            return out  # "the suit says the company knew": the report's past stays
        if i > 0 and _past_form(out, i):
            plural = plural_subject(out[:i], surnames)
            out[i] = present(lowered, plural)
            if lowered in _REPORTING:
                return out  # "said fraud began in 2013 and continued": the report's verbs
            # the verbs joined to it share its subject (after an auxiliary, handled above, a
            # joined past form is a participle: "was arrested and charged")
            for j in range(i + 2, len(out)):
                if out[j - 1].lower() in _NEW_VERB_PHRASE:
                    break  # "said it would close plants and cut jobs": "cut" is "would"'s
                if out[j - 1].lower() in ("and", "but") and _past_form(out, j):
                    out[j] = present(out[j].lower().strip(",.;"), plural)
            return out
    return out


def _past_form(words: list[str], i: int) -> bool:
    """Whether the word at `i` is a verb in the past: not a name ("United"), not after a
    determiner ("the planned cut"), and not a noun ("a rate cut was approved")."""
    word = words[i]
    lowered = word.lower().strip(",.;")
    if word[:1].isupper() or (i > 0 and words[i - 1].lower() in _NOT_BEFORE_VERB):
        return False
    irregular = lexicon().irregular_present.get(lowered)
    if irregular is not None:
        # "A rate cut was approved", "a tax cut of 5%": a past form that is its own base is a
        # noun before these
        return not (irregular == lowered + "s" and i + 1 < len(words)
                    and words[i + 1].lower().strip(",.;") in _NOUN_AFTER)
    return is_verb(lowered) and lowered.endswith("ed") and not reduced_relative(words, i)
