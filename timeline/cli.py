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
from timeline.dates import parse_date
from timeline.documents import read_documents
from timeline.errors import EvaluationError, TimelineError
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


def _nothing_read(paths: tuple[Path, ...]) -> click.ClickException:
    return click.ClickException(
        f"expected at least one readable document in {', '.join(map(str, paths))}, found none"
    )


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
        raise _nothing_read(paths)


def _date_option(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    if parsed is None or parsed[1] != len(value):
        raise click.BadParameter(f"expected a date such as 2020-02-24, found {value!r}")
    return parsed[0]


@cli.command("tag")
@PATHS
@click.option("--date", "date", help="Resolve against this date instead of each document's.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "tml", "text"]), default="jsonl",
    show_default=True, help="jsonl: one mention a line; tml: TimeML; text: a table.",
)
@click.option(
    "--output-dir", type=click.Path(file_okay=False, path_type=Path),
    help="With --format tml: write one <id>.tml per document here.",
)
@_boundary
def tag_command(
    paths: tuple[Path, ...], date: str | None, fmt: str, output_dir: Path | None
) -> None:
    """Find and normalize the time expressions in the documents under PATHS."""
    from timeline.pipeline import tag_paths
    from timeline.tagger.formats import write_tagged

    tagged, errors = tag_paths(paths, _date_option(date))
    for error in errors:
        click.echo(f"Error: {error}", err=True)
    if not tagged:
        raise _nothing_read(paths)
    write_tagged(tagged, fmt, output_dir, click.echo)


@cli.command()
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("system", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--errors", "limit", default=10, show_default=True, help="Examples of each error.")
@_boundary
def evaluate(gold: Path, system: Path | None, limit: int) -> None:
    """Score time expressions against TimeML GOLD (TempEval-3 Task A).

    SYSTEM is a folder of TimeML files with the same names; without it, the tagger tags GOLD's
    texts itself, each against its DCT.
    """
    from timeline.evaluate import evaluate_paths

    scores = evaluate_paths(gold, system)
    s = scores.summary()
    click.echo(f"documents {s['documents']}, gold timexes {s['gold']}, system {s['system']}")
    click.echo(f"{'':8} {'P':>7} {'R':>7} {'F1':>7}")
    for kind in ("strict", "relaxed"):
        click.echo(
            f"{kind:8} {100 * s[kind + '_p']:7.2f} {100 * s[kind + '_r']:7.2f} "
            f"{100 * s[kind + '_f1']:7.2f}"
        )
    click.echo(f"type F1  {100 * s['type_f1']:.2f}")
    click.echo(f"value F1 {100 * s['value_f1']:.2f}")
    click.echo("errors by kind: " + ", ".join(f"{k} {v}" for k, v in scores.error_kinds().items()))
    for line in scores.error_lines(limit):
        click.echo(line)
    if not scores.gold:
        raise EvaluationError(f"{gold}: expected TIMEX3 annotations, found none")


@cli.command()
@PATHS
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default=None,
    help="Output format (default: from -o's extension, else json).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of standard output.")
@_boundary
def extract(paths: tuple[Path, ...], fmt: str | None, output: Path | None) -> None:
    """Extract the dated events of the documents under PATHS, merged into one timeline."""
    from timeline.export import render, write
    from timeline.pipeline import extract as run

    timeline = run(paths)
    for error in timeline.errors:
        click.echo(f"Error: {error}", err=True)
    if not timeline.documents:
        raise _nothing_read(paths)
    if output is None:
        click.echo(render(timeline, fmt or "json"), nl=False)
    else:
        size = write(timeline, output, fmt)
        placed = sum(1 for e in timeline.events if e.placed)
        click.echo(f"{output}: {len(timeline.events)} events ({placed} dated), {size:,} bytes",
                   err=True)


@cli.command()
@PATHS
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (atomically).")
@click.option("--format", "fmt", metavar="html|json|jsonl|csv|timelinejs|ics",
              help="Default: from the extension (.html, .json, .jsonl, .csv, .ics).")
@click.option("--search", default="", help="Keep events whose headline, evidence or actors "
                                            "contain this.")
@click.option("--from", "date_from", help="Keep events ending on or after this date.")
@click.option("--to", "date_to", help="Keep events starting on or before this date.")
@click.option("--document", "documents", multiple=True, help="Keep events this document "
                                                              "reports (repeatable).")
@click.option("--actor", "actors", multiple=True, help="Keep events with this actor.")
@click.option("--category", "categories", multiple=True, help="Keep events of this category.")
@click.option("--title", help="The page or calendar title.")
@_boundary
def export(
    paths: tuple[Path, ...], output: Path, fmt: str | None, search: str, date_from: str | None,
    date_to: str | None, documents: tuple[str, ...], actors: tuple[str, ...],
    categories: tuple[str, ...], title: str | None,
) -> None:
    """Export the timeline of the documents under PATHS: a self-contained HTML page, JSON,
    JSON lines, CSV, TimelineJS JSON or iCalendar."""
    from timeline.export import write
    from timeline.filters import ViewState, filter_events
    from timeline.models import Timeline
    from timeline.pipeline import extract as run

    timeline = run(paths)
    for error in timeline.errors:
        click.echo(f"Error: {error}", err=True)
    state = ViewState(search=search, documents=documents, actors=actors, categories=categories,
                      date_from=_date_option(date_from) or "", date_to=_date_option(date_to) or "")
    view = Timeline(timeline.documents, tuple(filter_events(timeline.events, state)),
                    timeline.errors)
    size = write(view, output, fmt, title)
    click.echo(f"{output}: {size:,} bytes, {len(view.events)} of {len(timeline.events)} events",
               err=True)


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
