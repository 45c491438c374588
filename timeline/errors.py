"""The one exception tree of `timeline`.

    TimelineError                 anything the user can fix: bad input, bad rules, bad settings
    ├── DocumentError             a file that cannot be read as a document (names the file)
    ├── RuleError                 a temporal rule file that does not validate (names file and rule)
    ├── SettingsError             an unknown setting or a value of the wrong kind
    ├── EvaluationError           a gold or system corpus the scorer cannot pair up
    └── ExportError               an export that cannot be written

Messages say what was expected and what was found, naming the file.
"""

from __future__ import annotations

__all__ = [
    "DocumentError",
    "EvaluationError",
    "ExportError",
    "RuleError",
    "SettingsError",
    "TimelineError",
]


class TimelineError(Exception):
    """Base class of every error `timeline` raises on purpose."""


class DocumentError(TimelineError):
    """A file could not be read as a document."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class RuleError(TimelineError):
    """A rule file or one of its rules is invalid."""


class SettingsError(TimelineError):
    """A setting is unknown or has a value of the wrong kind."""


class EvaluationError(TimelineError):
    """A gold or system corpus could not be scored."""


class ExportError(TimelineError):
    """An export could not be written."""
