"""timeline: turn a pile of documents into an interactive timeline of the events they mention.

The pipeline verbs: `read_documents` (files -> documents), `tag` (text -> time expressions),
`extract` (files -> merged timeline of events).
"""

__version__ = "0.1.0"

from timeline.documents import ReadResult, read_documents
from timeline.errors import (
    DocumentError,
    EvaluationError,
    ExportError,
    RuleError,
    SettingsError,
    TimelineError,
)
from timeline.models import Document, Event, Mention, Source, Timeline
from timeline.pipeline import extract
from timeline.settings import Settings
from timeline.tagger import tag

__all__ = [
    "Document",
    "DocumentError",
    "EvaluationError",
    "Event",
    "ExportError",
    "Mention",
    "ReadResult",
    "RuleError",
    "Settings",
    "SettingsError",
    "Source",
    "Timeline",
    "TimelineError",
    "__version__",
    "extract",
    "read_documents",
    "tag",
]
