"""Tagger time against text length: a linear tagger keeps the same MB/s from 0.25 MB to 5 MB.

    python benchmarks/tagger_scaling.py

The text is news: the seed documents and, when ../shared/corpora/tbaq is present, the TBAQ
texts, repeated up to each size. Peak memory is measured with tracemalloc on the largest run.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from timeline.documents import read_documents
from timeline.tagger import tag

ROOT = Path(__file__).resolve().parents[1]
TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq"
SIZES_MB = (0.25, 0.5, 1, 2, 5)


def corpus_text() -> str:
    """Return the news text the sizes are cut from."""
    paths = [ROOT / "seeds"] + ([TBAQ] if TBAQ.is_dir() else [])
    return "\n\n".join(doc.text for doc in read_documents(paths).documents)


def main() -> None:
    base = corpus_text()
    tag("warm-up", "2000-01-01")
    print(f"{'MB':>6} {'mentions':>9} {'seconds':>8} {'MB/s':>6}")
    for mb in SIZES_MB:
        size = int(mb * 1_000_000)
        text = (base * (size // len(base) + 1))[:size]
        started = time.perf_counter()
        mentions = tag(text, "2000-01-01")
        seconds = time.perf_counter() - started
        print(f"{mb:>6} {len(mentions):>9} {seconds:>8.2f} {mb / seconds:>6.2f}")
    tracemalloc.start()
    tag(text, "2000-01-01")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"peak memory tagging {SIZES_MB[-1]} MB: {peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
