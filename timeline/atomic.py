"""Write files so that an interrupted write never leaves a half file: temp file, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from timeline.errors import ExportError

__all__ = ["write_atomic"]


def write_atomic(path: Path, content: str | bytes) -> int:
    """Write `content` to a temp file beside `path`, then rename it into place; return bytes."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return len(data)
