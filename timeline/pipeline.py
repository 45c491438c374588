"""The one place that knows the order of the stages:
documents -> tagger -> events -> merge -> (figure -> dashboard | export).

Per-document work (tagging, events) is cached on disk, keyed by the document's content, its
date and title, the settings and a fingerprint of the code and rules, so a second run over an
unchanged corpus costs almost nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.atomic import write_atomic
from timeline.documents import read_documents
from timeline.errors import DocumentError, ExportError
from timeline.events import document_events
from timeline.merge import merge
from timeline.models import Document, Event, Source, TaggedDocument, Timeline
from timeline.settings import Settings
from timeline.tagger import tag

__all__ = ["extract", "extract_documents", "fingerprinted_files", "tag_paths"]


def tag_paths(
    paths: Iterable[str | Path], date: str | None = None, settings: Settings | None = None
) -> tuple[list[TaggedDocument], tuple[DocumentError, ...]]:
    """Read the documents under `paths` and tag each against its own date (or `date`)."""
    result = read_documents(paths, settings)
    tagged = []
    for doc in result.documents:
        anchor = date or doc.date
        tagged.append(TaggedDocument(doc, anchor, tuple(tag(doc.text, anchor))))
    return tagged, result.errors


def extract(paths: Iterable[str | Path], settings: Settings | None = None) -> Timeline:
    """Return the merged timeline of the documents under `paths`.

    >>> timeline = extract(["seeds"])
    >>> sorted({e.date for e in timeline.events})[:2]
    ['2016', '2016-12']
    """
    settings = settings or Settings()
    result = read_documents(paths, settings)
    return extract_documents(result.documents, settings, tuple(str(e) for e in result.errors))


def extract_documents(
    documents: Iterable[Document], settings: Settings | None = None, errors: tuple[str, ...] = ()
) -> Timeline:
    """Return the merged timeline of documents already read (uploads, tests)."""
    settings = settings or Settings()
    docs = tuple(documents)
    folder = Path(settings.cache_dir).expanduser() if settings.cache_dir else None
    keys = [_key(doc, settings) for doc in docs]
    # The merged timeline of exactly these documents, when it was made before.
    whole = folder / "timelines" / f"{_digest(sorted(keys))}.json" if folder else None
    merged = _load(whole)
    if merged is None:
        events: list[Event] = []
        for doc, key in zip(docs, keys, strict=True):
            path = folder / key[:2] / f"{key}.json" if folder else None
            cached = _load(path)
            if cached is None:
                cached = _events_of(doc)
                _store(path, cached)
            events.extend(cached)
        merged = merge(events)
        _store(whole, merged)
    return Timeline(docs, tuple(merged), errors)


def _key(doc: Document, settings: Settings) -> str:
    return _digest([_fingerprint(), doc.id, doc.text, doc.date, doc.title, doc.date_line,
                    asdict(settings)])


def _digest(parts: object) -> str:
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


def _load(path: Path | None) -> list[Event] | None:
    if path is None:
        return None
    try:
        return [_event_from(e) for e in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not cached yet, or unreadable: compute it again


def _store(path: Path | None, events: list[Event]) -> None:
    if path is None:
        return
    with suppress(ExportError):  # a cache that cannot be written only costs time
        write_atomic(path, json.dumps([asdict(e) for e in events]))


def _events_of(doc: Document) -> list[Event]:
    return document_events(TaggedDocument(doc, doc.date, tuple(tag(doc.text, doc.date))))


@cache
def _fingerprint() -> str:
    """Return a hash of the version and every rule and lexicon file: a change re-extracts."""
    digest = hashlib.sha256(__version__.encode())
    for path in fingerprinted_files():
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprinted_files() -> list[Path]:
    """Return the files whose change re-extracts: every module, rule and lexicon file of the
    package, at any depth (tagger/resources/tense.toml as much as the rules in en/)."""
    package = Path(__file__).parent
    return [path for pattern in ("*.toml", "*.json", "*.py")
            for path in sorted(package.rglob(pattern))]


def _event_from(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"], date=data["date"], start=data["start"], end=data["end"],
        precision=data["precision"], mod=data["mod"], kind=data["kind"],
        headline=data["headline"], actors=tuple(data["actors"]), category=data["category"],
        sources=tuple(Source(**s) for s in data["sources"]),
        merged_because=tuple(data["merged_because"]),
    )
