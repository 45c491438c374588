"""TempEval-3 Task A on TBAQ: this tagger beside dateparser's search_dates, in one run.

Reads ../shared/corpora/tbaq (TimeBank + AQUAINT, 256 TimeML documents) and prints, for each
system and each part of the corpus, strict and relaxed P/R/F1, type and value F1, and the time
per document of a whole run (one process, documents tagged one after the other).

    python benchmarks/tempeval.py [--corpus PATH] [--no-dateparser] [--errors N] [--consistency]

dateparser gets each document's DCT as its RELATIVE_BASE and PREFER_DATES_FROM "past"; each
match becomes a DATE timex whose value is written at the period dateparser itself detects for
it (day, week, month, year or time), which is how a user of search_dates gets a TIMEX3 value.

--consistency measures the gold itself: how many timexes of phrases that occur more than once are
written in another value shape than that phrase's most common one ("last week" as 1998-W08,
1998-WXX or P1W), and the value F1 this tagger's relaxed matches would reach with no other error.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from timeline.evaluate import Scores, phrase, score, tag_gold
from timeline.tagger import tag
from timeline.timeml import GoldDocument, Timex, read_timeml

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"
PARTS = ("TimeBank", "AQUAINT")

# A system returns its timexes and the seconds its own tagging call took (conversion of its
# output to TIMEX3 is not timed).
System = Callable[[GoldDocument], tuple[list[Timex], float]]


def ours(doc: GoldDocument) -> tuple[list[Timex], float]:
    """Tag with this project's tagger, anchored on the DCT."""
    started = time.perf_counter()
    timexes = tag_gold(doc)
    return timexes, time.perf_counter() - started


def dateparser_system() -> System | None:
    """Return a system built on dateparser.search.search_dates, or None if not installed."""
    try:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(doc: GoldDocument) -> tuple[list[Timex], float]:
        base = datetime.fromisoformat(doc.dct.split("T")[0]) if doc.dct else datetime(2000, 1, 1)
        settings = {
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        }
        started = time.perf_counter()
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
        seconds = time.perf_counter() - started
        periods = DateDataParser(languages=["en"], settings=settings)
        timexes: list[Timex] = []
        position = 0
        for text, when in found:
            start = doc.text.find(text, position)
            if start < 0:
                continue
            position = start + len(text)
            period = periods.get_date_data(text).period or "day"
            timexes.append(Timex(start, position, text, "DATE", _at_period(when, period)))
        return timexes, seconds

    return run


def _at_period(when: datetime, period: str) -> str:
    """Write dateparser's datetime as a TIMEX3 value at the period it detected."""
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def load(corpus: Path) -> dict[str, list[GoldDocument]]:
    """Return the gold documents of each part of the corpus."""
    parts = {}
    for part in PARTS:
        files = sorted((corpus / part).glob("*.tml"))
        parts[part] = [read_timeml(f.read_text(encoding="utf-8"), f.name) for f in files]
    return parts


def run(system: System, docs: Sequence[GoldDocument]) -> tuple[Scores, float]:
    """Return the scores of `system` on `docs` and the seconds its tagging calls took."""
    outputs = [system(doc) for doc in docs]
    elapsed = sum(seconds for _, seconds in outputs)
    triples = ((d.name, d.timexes, out) for d, (out, _) in zip(docs, outputs, strict=True))
    return score(triples), elapsed


def row(name: str, part: str, scores: Scores, seconds: float) -> str:
    s = scores.summary()
    per_doc = 1000 * seconds / max(1, scores.documents)
    return (
        f"{name:<11} {part:<9} {s['documents']:>4} {s['gold']:>5} {s['system']:>5} "
        f"{100 * s['strict_f1']:>6.2f} {100 * s['relaxed_p']:>6.2f} {100 * s['relaxed_r']:>6.2f} "
        f"{100 * s['relaxed_f1']:>6.2f} {100 * s['type_f1']:>6.2f} {100 * s['value_f1']:>6.2f} "
        f"{seconds:>8.2f} {per_doc:>8.1f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-dateparser", action="store_true", help="skip the peer")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    parser.add_argument("--consistency", action="store_true",
                        help="measure how consistently the gold writes the same phrase")
    args = parser.parse_args(argv)
    if not (args.corpus / "TimeBank").is_dir():
        print(f"TBAQ not found at {args.corpus}: nothing to measure", file=sys.stderr)
        return 0
    parts = load(args.corpus)
    parts["TBAQ"] = parts["TimeBank"] + parts["AQUAINT"]
    systems: list[tuple[str, System]] = [("timeline", ours)]
    peer = None if args.no_dateparser else dateparser_system()
    if peer is not None:
        systems.append(("dateparser", peer))
    tag("warm-up: load the rules", "2000-01-01")
    print(
        f"{'system':<11} {'part':<9} {'docs':>4} {'gold':>5} {'sys':>5} {'strF1':>6} "
        f"{'relP':>6} {'relR':>6} {'relF1':>6} {'typeF1':>6} {'valF1':>6} {'seconds':>8} "
        f"{'ms/doc':>8}"
    )
    totals: dict[str, float] = {}
    for name, system in systems:
        for part in ("TimeBank", "AQUAINT", "TBAQ"):
            scores, seconds = run(system, parts[part])
            print(row(name, part, scores, seconds))
            if part == "TBAQ":
                totals[name] = seconds
                if name == "timeline" and args.errors:
                    print_errors(scores, args.errors)
                if name == "timeline" and args.consistency:
                    print_consistency(parts[part], scores)
    if "dateparser" in totals:
        ratio = totals["dateparser"] / totals["timeline"]
        print(f"\ntimeline tags TBAQ {ratio:.1f}x faster than dateparser's search_dates")
    return 0


def print_consistency(docs: Sequence[GoldDocument], scores: Scores) -> None:
    """Print how often the gold writes one phrase in different value shapes, and the value F1
    that `scores`' relaxed matches would give if every other value were right."""
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for timex in doc.timexes:
            shapes[phrase(timex.text)][_shape(timex.value)] += 1
    repeated = {p: c for p, c in shapes.items() if c.total() > 1}
    minority = {p: c.total() - max(c.values()) for p, c in repeated.items()}
    odd = sum(minority.values())
    ceiling = 2 * (scores.relaxed - odd) / (scores.system + scores.gold)
    print(f"\ngold consistency: {sum(c.total() for c in repeated.values())} timexes of phrases "
          f"seen more than once; {odd} of them in another value shape than the phrase's usual one")
    for words in sorted(minority, key=minority.__getitem__, reverse=True)[:5]:
        print(f"  {words!r}: {dict(repeated[words].most_common())}")
    print(f"value F1 of these relaxed matches with no error but those: {100 * ceiling:.2f}")


def _shape(value: str) -> str:
    if value.endswith("_REF"):
        return "reference"
    return "duration" if value.startswith("P") else re.sub(r"\d", "9", value)


def print_errors(scores: Scores, limit: int) -> None:
    """Print up to `limit` examples of each kind of error."""
    print(f"errors by kind: {dict(scores.error_kinds())}")
    for line in scores.error_lines(limit):
        print(line)


if __name__ == "__main__":
    sys.exit(main())
