"""The `timeline` command: a thin click layer and the only place that exits the process.

Domain errors (`TimelineError`) become `Error: ...` and exit status 1; usage errors exit 2.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from timeline import __version__
from timeline.documents import read_documents
from timeline.errors import TimelineError
from timeline.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

PATHS = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))


def _boundary(command: F) -> F:
    """Turn a TimelineError raised by `command` into click's `Error: ...` and exit status 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except TimelineError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


@click.group()
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Turn documents into a timeline of the dated events they mention."""


@cli.command()
@PATHS
@_boundary
def documents(paths: tuple[Path, ...]) -> None:
    """List each document with its title, date, where the date came from, size and problems."""
    result = read_documents(paths, Settings())
    for doc in result.documents:
        problems = "; ".join(doc.warnings) or "-"
        click.echo(
            f"{doc.id}\t{doc.date or 'undated'}\t{doc.date_source}\t{doc.size:,} B\t"
            f"{doc.title}\t{problems}"
        )
    for error in result.errors:
        click.echo(f"Error: {error}", err=True)
    if not result.documents:
        raise click.ClickException(
            f"expected at least one readable document in {', '.join(map(str, paths))}, found none"
        )


@cli.command()
@PATHS
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8050, show_default=True, type=int, help="Port to listen on.")
@click.option("--debug", is_flag=True, help="Run Dash in debug mode (never on a shared host).")
@_boundary
def serve(paths: tuple[Path, ...], host: str, port: int, debug: bool) -> None:
    """Serve the dashboard on the documents under PATHS."""
    from timeline.dashboard import create_app

    app = create_app(paths)
    click.echo(f"Serving {len(paths)} path(s) at http://{host}:{port}", err=True)
    app.run(host=host, port=port, debug=debug)
