"""The one place that knows the order of the stages: documents -> tagger -> (events -> merge)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from timeline.documents import read_documents
from timeline.errors import DocumentError
from timeline.models import TaggedDocument
from timeline.settings import Settings
from timeline.tagger import tag

__all__ = ["tag_paths"]


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
