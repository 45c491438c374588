"""Timeline -> one self-contained HTML page that opens from disk with no network.

plotly.js is inlined; the events travel as JSON inside a `<script type="application/json">`
(with `<`, `>` and `&` escaped, so no text can close the script); the page's own script draws
the dashboard's figure (`timeline/figure.py`), fills `#event-detail` on a click using
`textContent` only, and filters `#event-list` and the figure from `#search`. Every piece of
document text in the markup is HTML-escaped.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import cache
from html import escape
from importlib import resources
from typing import Any

import plotly.io as pio
from plotly.offline import get_plotlyjs

from timeline import __version__
from timeline.export import event_record
from timeline.figure import build_figure
from timeline.models import Timeline

__all__ = ["render_html"]

def render_html(timeline: Timeline, title: str | None = None) -> str:
    """Return the self-contained page of a timeline (its events as given, already filtered)."""
    figure = build_figure(timeline.events, timeline.documents)
    dated = sorted(d.date for d in timeline.documents if d.date)
    starts = sorted(e.start for e in timeline.events if e.start)
    ends = sorted(e.end for e in timeline.events if e.end)
    heading = title or (timeline.documents[0].title if len(timeline.documents) == 1
                        else "Timeline of " + _plural(len(timeline.documents), "document"))
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    span = f"events from {starts[0]} to {ends[-1]}" if starts else "no dated events"
    documents = "".join(
        f"<li>{escape(d.title)} <span class=\"meta\">· {escape(d.date or 'undated')} · "
        f"{escape(d.id)}</span></li>" for d in timeline.documents)
    rows = "".join(
        f'<li data-event-id="{escape(e.id)}">{escape(e.date or "undated")} · '
        f"{escape(e.headline)}</li>" for e in timeline.events)
    data = {
        "documents": [{"doc": d.id, "title": d.title, "date": d.date}
                      for d in timeline.documents],
        "events": [event_record(e) for e in timeline.events],
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline {escape(__version__)}">
<title>{escape(heading)}</title>
<style>{_resource("page.css")}</style>
<script>{_plotly_js()}</script>
</head>
<body>
<main>
<header>
<h1>{escape(heading)}</h1>
<p class="meta">{_plural(len(timeline.documents), "document")}{
    f" dated {escape(dated[0])} to {escape(dated[-1])}" if dated else ""} · {escape(span)} ·
made {escape(made)} with timeline {escape(__version__)}</p>
<details><summary>Documents</summary><ul>{documents}</ul></details>
</header>
<input id="search" type="search" placeholder="Search headlines, evidence, actors…"
 aria-label="Search events">
<p id="event-count"></p>
<div id="timeline-graph"></div>
<div class="below">
<section class="panel" id="event-detail"><p class="meta">Click an event on the timeline or in
the list to read it at its source.</p></section>
<section class="panel"><ol id="event-list">{rows}</ol></section>
</div>
</main>
<script type="application/json" id="timeline-data">{_json(data)}</script>
<script type="application/json" id="timeline-figure">{_figure_json(figure)}</script>
<script>{_resource("page.js")}</script>
</body>
</html>
"""


# Characters HTML forbids in a document (controls, noncharacters); in plotly.js they sit in
# string literals, where a \uXXXX escape means the same.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


@cache
def _plotly_js() -> str:
    return _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group(0)):04x}", get_plotlyjs())


def _resource(name: str) -> str:
    return resources.files("timeline").joinpath("resources", name).read_text(encoding="utf-8")


def _json(value: Any) -> str:
    return _script_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _figure_json(figure: Any) -> str:
    return _script_safe(str(pio.to_json(figure, validate=False, engine="json")))


def _script_safe(text: str) -> str:
    """Return JSON that cannot end its <script> element nor open markup."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"
