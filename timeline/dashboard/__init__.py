"""The Dash dashboard: `create_app` builds it on a set of document paths."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dash import Dash

from timeline.dashboard.callbacks import register
from timeline.dashboard.layout import dashboard_layout
from timeline.models import Timeline
from timeline.pipeline import extract
from timeline.settings import Settings

__all__ = ["DEFAULT_ASSETS", "create_app"]

# In a source checkout the stylesheets live in ./assets beside the package.
DEFAULT_ASSETS = Path(__file__).resolve().parents[2] / "assets"


def create_app(
    paths: Iterable[str | Path] = (),
    assets_folder: str | Path | None = None,
    settings: Settings | None = None,
    timeline: Timeline | None = None,
) -> Dash:
    """Return the dashboard on the documents under `paths` (or on a timeline already made)."""
    settings = settings or Settings()
    folder = Path(assets_folder) if assets_folder else DEFAULT_ASSETS
    app = Dash(
        __name__,
        title="timeline",
        assets_folder=str(folder),
        include_assets_files=folder.is_dir(),
    )
    timeline = timeline or extract(paths, settings)
    app.layout = dashboard_layout(timeline, settings.max_document_bytes)
    register(app, timeline, settings)
    return app
