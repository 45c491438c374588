"""Write tagged documents as JSON lines, TimeML or a readable table."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from timeline.atomic import write_atomic
from timeline.errors import ExportError
from timeline.models import Mention, TaggedDocument
from timeline.timeml import write_timeml

__all__ = ["mention_record", "write_tagged"]


def mention_record(doc_id: str, m: Mention) -> dict[str, object]:
    """Return the JSON record of one mention of document `doc_id`."""
    return {
        "doc": doc_id, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
        "value": m.value, "mod": m.mod, "granularity": m.granularity, "anchor": m.anchor,
        "rule": m.rule,
    }


def write_tagged(
    tagged: Sequence[TaggedDocument],
    fmt: str,
    output_dir: Path | None,
    echo: Callable[[str], object],
) -> None:
    """Write `tagged` in `fmt` ("jsonl", "tml" or "text") through `echo`, or as files in
    `output_dir` (TimeML only)."""
    if fmt == "jsonl":
        for t in tagged:
            for m in t.mentions:
                echo(json.dumps(mention_record(t.document.id, m), ensure_ascii=False))
    elif fmt == "text":
        for t in tagged:
            echo(f"# {t.document.id}  (anchor {t.anchor or 'none: relative dates unresolved'})")
            for m in t.mentions:
                echo(
                    f"{m.start:>7}-{m.end:<7} {m.type:<8} {m.value:<18} {m.mod or '':<13} "
                    f"{m.text!r}  [{m.rule}]"
                )
    elif fmt == "tml":
        if output_dir is None and len(tagged) > 1:
            raise ExportError(
                f"TimeML holds one document; expected --output-dir for {len(tagged)} documents"
            )
        for t in tagged:
            markup = write_timeml(t.document.text, t.mentions, t.anchor, t.document.id)
            if output_dir is None:
                echo(markup.rstrip("\n"))
            else:
                name = t.document.id.replace("/", "__").rsplit(".", 1)[0] + ".tml"
                write_atomic(output_dir / name, markup)
    else:
        raise ExportError(f"expected format jsonl, tml or text, found {fmt!r}")
