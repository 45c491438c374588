"""What stands between this tagger and a perfect TBAQ value F1: its errors, sorted by an
audit of the gold.

    python benchmarks/gold_audit.py [--corpus PATH] [--audit FILE] [--list]

`tbaq_audit.tsv` (beside this script) lists TBAQ gold timexes whose value no general rule
anchored on the DCT can give, and the gold timexes the tagger misses or the mentions it finds
that no such rule should be blamed for, each read by hand against its text and filed as one of:

- error: the gold value contradicts its own text, its DCT or TIMEX3 ("2000-W7", "said last
  week" as P1W, a Friday a week before the one the DCT gives); `why` says how.
- split: the gold writes this kind of phrase the tagger's way elsewhere in TBAQ ("last week" as
  1989-W43 in some files and 1989-WXX in others); `why` names the kind.
- discourse: the value is counted from an event the text dates elsewhere or not at all ("the
  days before the shooting").
- omission (a mention of the tagger's, keyed by its start, with its value): a TIMEX3 of a
  kind the gold tags elsewhere in TBAQ, left untagged here ("the year before" where the gold
  tags "a year earlier" and "the day before"); `why` names the kind.

Every value error, missed timex and spurious mention not in the audit is the tagger's own, but
for these rules: a spurious mention is the gold's omission when the gold tags the same phrase
elsewhere in TBAQ ("now" is tagged 59 times and left 24), and a missed gold timex is the gold's
addition when its texts leave the same phrase untagged more often than they tag it ("already"
is tagged twice and left 36 times). The script prints how many errors fall in each kind, and
the value F1 the tagger would reach with its own errors fixed (its value errors right, its own
missed timexes found with the right value, which adds them to its mentions, its own spurious
mentions dropped), then with the discourse ones fixed and found too: the most a general tagger
can reach without writing what this corpus's annotators disagree on. The audit is read with
the scorer, never by the tagger.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from tempeval import DEFAULT_CORPUS, load  # run as a script, its folder is on the path

from timeline.evaluate import pair, phrase, tag_gold
from timeline.timeml import GoldDocument

DEFAULT_AUDIT = Path(__file__).with_name("tbaq_audit.tsv")
KINDS = ("error", "split", "discourse")  # what a gold timex is filed as
OMISSION = "omission"  # what a mention of the tagger's is filed as
Key = tuple[str, int]  # file name, start offset of the gold timex (the mention, for omissions)


def read_audit(path: Path) -> dict[Key, tuple[str, str, str]]:
    """Return (kind, gold value, why) for each audited gold timex, by file and start offset."""
    audit: dict[Key, tuple[str, str, str]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"{path}: cannot read the audit: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        filed = (*KINDS, OMISSION)
        if len(cells) != 6 or not cells[1].isdigit() or cells[4] not in filed or not cells[5]:
            raise SystemExit(f"{path}:{number}: expected file, start, text, value, one of "
                             f"{', '.join(filed)} and a reason, tab-separated; found {line!r}")
        audit[(cells[0], int(cells[1]))] = (cells[4], cells[3], cells[5])
    return audit


def left_untagged(docs: Sequence[GoldDocument], phrases: set[str]) -> Counter[str]:
    """Count, for each phrase, its occurrences in the documents' texts that no gold timex
    covers."""
    left: Counter[str] = Counter()
    for words in phrases:
        pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words.split()))
                             + r"(?![\w-])", re.IGNORECASE)
        for doc in docs:
            spans = [(timex.start, timex.end) for timex in doc.timexes]
            left[words] += sum(1 for m in pattern.finditer(doc.text)
                               if not any(a < m.end() and m.start() < b for a, b in spans))
    return left


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--audit", type=Path, default=DEFAULT_AUDIT)
    parser.add_argument("--list", action="store_true",
                        help="print the tagger's own missed timexes, value errors and spurious "
                         "mentions")
    args = parser.parse_args(argv)
    if not (args.corpus / "TimeBank").is_dir():
        print(f"TBAQ not found at {args.corpus}: nothing to measure", file=sys.stderr)
        return 0
    audit = read_audit(args.audit)
    docs = [doc for part in load(args.corpus).values() for doc in part]
    tagged = Counter(phrase(timex.text) for doc in docs for timex in doc.timexes)
    found_in = {doc.name: tag_gold(doc) for doc in docs}
    pairs_in = {doc.name: pair(doc.timexes, found_in[doc.name]) for doc in docs}
    matched = {id(gold) for pairs in pairs_in.values() for gold, _ in pairs}
    missed_timexes = [(doc, timex) for doc in docs for timex in doc.timexes
                      if id(timex) not in matched]
    left = left_untagged(docs, {phrase(timex.text) for _, timex in missed_timexes})
    seen: set[Key] = set()
    kinds: Counter[str] = Counter()
    own: list[str] = []
    gold_total = system_total = value_ok = 0
    spurious: Counter[str] = Counter()
    missed: Counter[str] = Counter()

    def audited(doc: GoldDocument, start: int, value: str, omission: bool) -> str | None:
        """Return the audit's kind for the timex (or mention) at `start`, if it files one."""
        key = (doc.name, start)
        if key not in audit or (audit[key][0] == OMISSION) != omission:
            return None
        if audit[key][1] != value:
            if omission:
                return None  # the mention has changed since its audit: stale
            raise SystemExit(f"{args.audit}: expected gold value {audit[key][1]} at {start} "
                             f"in {doc.name}, found {value}")
        seen.add(key)
        return audit[key][0]

    for doc, timex in missed_timexes:
        kind = audited(doc, timex.start, timex.value, omission=False)
        if kind is None and left[phrase(timex.text)] > tagged[phrase(timex.text)]:
            kind = "added by the gold"
        missed[kind or "tagger"] += 1
        if kind is None:
            own.append(f"  {doc.name}: missed {timex.text!r} {timex.value}")
    for doc in docs:
        found = found_in[doc.name]
        gold_total, system_total = gold_total + len(doc.timexes), system_total + len(found)
        pairs = pairs_in[doc.name]
        paired = {id(system) for _, system in pairs}
        for system in (s for s in found if id(s) not in paired):
            omitted = (audited(doc, system.start, system.value, omission=True) is not None
                       or phrase(system.text) in tagged)
            spurious["omitted by the gold" if omitted else "tagger"] += 1
            if not omitted:
                own.append(f"  {doc.name}: spurious {system.text!r} {system.value}")
        for gold, system in pairs:
            if gold.value == system.value:
                value_ok += 1  # an audited row here is stale: reported below
                continue
            kind = audited(doc, gold.start, gold.value, omission=False) or "tagger"
            kinds[kind] += 1
            if kind == "tagger":
                own.append(f"  {doc.name}: {gold.text!r} gold {gold.value} system {system.value}")
    stale = len(audit) - len(seen)

    def f1(correct: int, change: int = 0) -> float:
        return 200 * correct / (system_total + change + gold_total)

    fixed = value_ok + kinds["tagger"] + missed["tagger"]
    change = missed["tagger"] - spurious["tagger"]  # found timexes added, own spurious dropped
    print(f"value errors: {kinds.total()}, of which " + ", ".join(
        f"{kinds[kind]} {kind}" for kind in ("tagger", *KINDS)))
    for name, counts in (("missed", missed), ("spurious", spurious)):
        print(f"{name}: {counts.total()}, of which " + ", ".join(
            f"{n} {kind}" for kind, n in counts.most_common()))
    print(f"value F1 now:                        {f1(value_ok):.2f}")
    print(f"with the tagger's own errors fixed:  {f1(fixed, change):.2f}")
    counted = missed["discourse"]  # found, with the value the event they count from gives
    print(f"and the discourse ones too:          "
          f"{f1(fixed + kinds['discourse'] + counted, change + counted):.2f}")
    if stale:
        print(f"{stale} audited timexes are no longer errors: "
              + ", ".join(f"{name} at {start}" for name, start in sorted(set(audit) - seen)))
    if args.list:
        print("the tagger's own missed timexes, value errors and spurious mentions:", *own,
              sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
