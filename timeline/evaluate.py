"""TempEval-3 Task A timex scores (UzZaman et al. 2013) of system mentions against TimeML gold.

Gold and system timexes of a document are paired one to one: identical extents first, then any
character overlap. Strict P/R/F1 count the identical-extent pairs, relaxed P/R/F1 all pairs,
summed over the corpus. Type and value F1 are attribute accuracy over the relaxed pairs times
relaxed F1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import EvaluationError
from timeline.timeml import GoldDocument, Timex, read_timeml

__all__ = ["Errors", "Scores", "evaluate_paths", "pair", "phrase", "score", "tag_gold"]


@dataclass
class Errors:
    """Examples of each kind of error, for the report."""

    missed: list[tuple[str, Timex]] = field(default_factory=list)
    spurious: list[tuple[str, Timex]] = field(default_factory=list)
    wrong_value: list[tuple[str, Timex, Timex]] = field(default_factory=list)
    wrong_type: list[tuple[str, Timex, Timex]] = field(default_factory=list)
    wrong_extent: list[tuple[str, Timex, Timex]] = field(default_factory=list)


@dataclass
class Scores:
    """Corpus-level counts and the metrics computed from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    documents: int = 0
    errors: Errors = field(default_factory=Errors)

    @staticmethod
    def _f1(correct: int, system: int, gold: int) -> tuple[float, float, float]:
        p = correct / system if system else 0.0
        r = correct / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        """Return strict precision, recall and F1."""
        return self._f1(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        """Return relaxed precision, recall and F1."""
        return self._f1(self.relaxed, self.system, self.gold)

    @property
    def type_f1(self) -> float:
        """Return type accuracy over relaxed pairs times relaxed F1."""
        return self._f1(self.type_ok, self.system, self.gold)[2]

    @property
    def value_f1(self) -> float:
        """Return value accuracy over relaxed pairs times relaxed F1."""
        return self._f1(self.value_ok, self.system, self.gold)[2]

    def summary(self) -> dict[str, float]:
        """Return the headline figures as a flat dict (fractions, not percentages)."""
        sp, sr, sf = self.strict_prf
        rp, rr, rf = self.relaxed_prf
        return {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_f1": self.type_f1, "value_f1": self.value_f1,
        }

    def error_lines(self, limit: int) -> list[str]:
        """Return up to `limit` readable examples of each kind of error."""
        e = self.errors
        lines = [f"  missed    {n}: {g.text!r} {g.type} {g.value}" for n, g in e.missed[:limit]]
        lines += [f"  spurious  {n}: {s.text!r} {s.type} {s.value}" for n, s in e.spurious[:limit]]
        lines += [
            f"  value     {n}: {g.text!r} gold {g.value} system {s.value}"
            for n, g, s in e.wrong_value[:limit]
        ]
        lines += [
            f"  type      {n}: {g.text!r} gold {g.type} system {s.type}"
            for n, g, s in e.wrong_type[:limit]
        ]
        lines += [
            f"  extent    {n}: gold {g.text!r} system {s.text!r}"
            for n, g, s in e.wrong_extent[:limit]
        ]
        return lines

    def error_kinds(self) -> Counter[str]:
        """Return how many errors of each kind were seen."""
        e = self.errors
        return Counter(
            missed=len(e.missed), spurious=len(e.spurious), wrong_value=len(e.wrong_value),
            wrong_type=len(e.wrong_type), partial_extent=len(e.wrong_extent),
        )


def pair(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Pair gold and system timexes one to one: identical extents first, then by overlap."""
    pairs: list[tuple[Timex, Timex]] = []
    used_gold: set[int] = set()
    used_sys: set[int] = set()
    by_extent = {(s.start, s.end): i for i, s in enumerate(system)}
    for gi, g in enumerate(gold):
        si = by_extent.get((g.start, g.end))
        if si is not None and si not in used_sys:
            pairs.append((g, system[si]))
            used_gold.add(gi)
            used_sys.add(si)
    for gi, g in enumerate(gold):
        if gi in used_gold:
            continue
        for si, s in enumerate(system):
            if si not in used_sys and s.start < g.end and g.start < s.end:
                pairs.append((g, s))
                used_gold.add(gi)
                used_sys.add(si)
                break
    return pairs


def phrase(text: str) -> str:
    """Return a timex's words as the phrase they are a case of: lowercased, spaces single, no
    article before them nor stop after ("The past week." is "past week")."""
    return re.sub(r"^(?:the|a|an) ", "", " ".join(text.lower().split()).strip(" .,"))


def score(documents: Iterable[tuple[str, Sequence[Timex], Sequence[Timex]]]) -> Scores:
    """Return the corpus scores of (name, gold timexes, system timexes) triples."""
    scores = Scores()
    for name, gold, system in documents:
        scores.documents += 1
        scores.gold += len(gold)
        scores.system += len(system)
        pairs = pair(gold, system)
        paired_gold = {id(g) for g, _ in pairs}
        paired_sys = {id(s) for _, s in pairs}
        for g, s in pairs:
            scores.relaxed += 1
            exact = (g.start, g.end) == (s.start, s.end)
            scores.strict += exact
            scores.type_ok += g.type == s.type
            scores.value_ok += g.value == s.value
            if not exact:
                scores.errors.wrong_extent.append((name, g, s))
            if g.type != s.type:
                scores.errors.wrong_type.append((name, g, s))
            if g.value != s.value:
                scores.errors.wrong_value.append((name, g, s))
        scores.errors.missed.extend((name, g) for g in gold if id(g) not in paired_gold)
        scores.errors.spurious.extend((name, s) for s in system if id(s) not in paired_sys)
    return scores


def tag_gold(doc: GoldDocument) -> list[Timex]:
    """Return this project's tagger's timexes for a gold document's text, anchored on its DCT."""
    from timeline.tagger import tag  # the scorer itself does not need the tagger

    anchor = doc.dct.split("T")[0] if doc.dct else None
    return [Timex(m.start, m.end, m.text, m.type, m.value, m.mod) for m in tag(doc.text, anchor)]


def evaluate_paths(gold: Path, system: Path | None = None) -> Scores:
    """Score the TimeML files under `gold` against same-named files under `system`, or against
    this project's tagger when `system` is None."""
    files = sorted(gold.rglob("*.tml")) if gold.is_dir() else [gold]
    if not files:
        raise EvaluationError(f"{gold}: expected TimeML (.tml) files, found none")
    triples = []
    for path in files:
        doc = read_timeml(_read(path), str(path))
        if system is None:
            found = tag_gold(doc)
        else:
            other = system / path.relative_to(gold) if gold.is_dir() else system
            if other.is_dir():
                other = other / path.name
            if not other.is_file():
                raise EvaluationError(f"{other}: expected the system file for {path}, found none")
            sys_doc = read_timeml(_read(other), str(other))
            if sys_doc.text != doc.text:
                raise EvaluationError(
                    f"{other}: expected the same text as {path}, found a different one"
                )
            found = list(sys_doc.timexes)
        triples.append((path.name, doc.timexes, found))
    return score(triples)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read: {exc}") from None
