"""timeline: turn a pile of documents into an interactive timeline of the events they mention."""

from timeline.documents import ReadResult, read_documents
from timeline.errors import (
    DocumentError,
    EvaluationError,
    ExportError,
    RuleError,
    SettingsError,
    TimelineError,
)
from timeline.models import Document, Mention
from timeline.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Document",
    "DocumentError",
    "EvaluationError",
    "ExportError",
    "Mention",
    "ReadResult",
    "RuleError",
    "Settings",
    "SettingsError",
    "TimelineError",
    "__version__",
    "read_documents",
]
