"""Events from 1,000 documents: a cold run, then a second run on the unchanged corpus.

    python benchmarks/extract.py [--documents 1000] [--no-dateparser]

The corpus is built in a temp folder from the TBAQ texts (each with its DCT as front matter)
and the seeds, repeated with distinct ids up to the count. The second run reuses the
per-document cache (keyed by content hash, settings and rules) and should cost almost nothing.
As a peer, dateparser's search_dates runs over the same texts: it only finds dates, so it
marks the cost of the date-finding step alone.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from timeline.documents import read_documents
from timeline.pipeline import extract
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq"


def build_corpus(folder: Path, count: int) -> None:
    """Write `count` documents into `folder`."""
    sources = read_documents([ROOT / "seeds"] + ([TBAQ] if TBAQ.is_dir() else [])).documents
    for i in range(count):
        doc = sources[i % len(sources)]
        front = f"---\ntitle: {doc.title}\ndate: {doc.date}\n---\n" if doc.date else ""
        (folder / f"{i:04d}.txt").write_text(front + doc.text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        corpus, cache = Path(temp) / "corpus", Path(temp) / "cache"
        corpus.mkdir()
        build_corpus(corpus, args.documents)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        settings = Settings(cache_dir=str(cache))
        print(f"{args.documents} documents, {size / 1e6:.1f} MB")
        print(f"{'run':<34} {'seconds':>8} {'docs/s':>8} {'events':>7}")
        for label in ("timeline extract, cold cache", "timeline extract, warm cache"):
            started = time.perf_counter()
            timeline = extract([corpus], settings)
            seconds = time.perf_counter() - started
            print(f"{label:<34} {seconds:>8.2f} {args.documents / seconds:>8.0f} "
                  f"{len(timeline.events):>7}")
        if not args.no_dateparser:
            run_dateparser(corpus, args.documents)


def run_dateparser(corpus: Path, count: int) -> None:
    """Time dateparser's search_dates over the same texts (dates only, no events)."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: peer skipped")
        return
    documents = read_documents([corpus]).documents
    started = time.perf_counter()
    found = 0
    for doc in documents:
        found += len(search_dates(doc.text, languages=["en"]) or [])
    seconds = time.perf_counter() - started
    print(f"{'dateparser search_dates (dates)':<34} {seconds:>8.2f} {count / seconds:>8.0f} "
          f"{found:>7}")


if __name__ == "__main__":
    main()
