"""The dashboard at 1k, 10k and 100k events: figure build time, payload, filter-to-redraw.

    python benchmarks/dashboard.py [--sizes 1000 10000 100000] [--no-browser]

Events are the seed timeline's, repeated and shifted day by day. Beside this project's figure
("timeline") runs a naive one ("naive SVG"): every event a plain SVG scatter point with its
headline as hover text, as a first attempt would draw it. The browser column is the time from
pressing Enter in #search to the redrawn figure (plotly_afterplot) in headless Chromium, with
the server filtering 100k events.
"""

from __future__ import annotations

import argparse
import logging
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from timeline.figure import build_figure
from timeline.models import Timeline
from timeline.pipeline import extract
from timeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def synthetic(base: Timeline, count: int) -> Timeline:
    """Return a timeline of `count` events made by repeating and shifting the seed events."""
    events = []
    for i in range(count):
        e = base.events[i % len(base.events)]
        shift = timedelta(days=i // len(base.events))
        start = date.fromisoformat(e.start or "2000-01-01") + shift
        end = date.fromisoformat(e.end or "2000-01-01") + shift
        events.append(replace(e, id=f"{i:012x}", start=start.isoformat(), end=end.isoformat(),
                              headline=f"{e.headline} #{i}"))
    return Timeline(base.documents, tuple(events))


def naive(timeline: Timeline) -> go.Figure:
    """The peer: one SVG point per event, its headline as hover text, dates as strings."""
    return go.Figure(go.Scatter(
        x=[e.start for e in timeline.events], y=[e.category for e in timeline.events],
        text=[e.headline for e in timeline.events], mode="markers"))


def measure_figure(name: str, build: object, timeline: Timeline) -> None:
    started = time.perf_counter()
    figure = build(timeline)  # type: ignore[operator]
    seconds = time.perf_counter() - started
    payload = len(pio.to_json(figure))
    print(f"{name:<11} {len(timeline.events):>7} {seconds:>9.2f} {payload / 1e6:>9.2f}", end="")


def measure_browser(timeline: Timeline) -> float:
    """Return seconds from a search change to the redrawn figure in headless Chromium."""
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    from timeline.dashboard import create_app

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(timeline=timeline, settings=Settings(cache_dir=""))
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"http://127.0.0.1:{server.server_port}/", timeout=120_000)
            page.wait_for_selector("#timeline-graph .main-svg", timeout=120_000)
            page.wait_for_timeout(2000)  # let the first drawing settle
            page.evaluate("""() => { window.__draws = 0;
                document.querySelector('#timeline-graph .js-plotly-plot')
                    .on('plotly_afterplot', () => { window.__draws += 1; }); }""")
            before = page.locator("#event-count").inner_text()
            page.fill("#search", "sanctions")
            started = time.perf_counter()
            page.keyboard.press("Enter")
            # The new count arrives with the new figure; then wait for that figure's drawing.
            page.wait_for_function(
                f"document.querySelector('#event-count').innerText !== {before!r}",
                timeout=120_000)
            page.wait_for_function("window.__draws > 0", timeout=120_000)
            seconds = time.perf_counter() - started
            browser.close()
    finally:
        server.shutdown()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    base = extract([ROOT / "seeds"], Settings(cache_dir=""))
    print(f"{'figure':<11} {'events':>7} {'build s':>9} {'payload MB':>9}  "
          f"{'filter->redraw s':>16}")
    for size in args.sizes:
        timeline = synthetic(base, size)
        measure_figure("timeline", lambda t: build_figure(t.events, t.documents), timeline)
        print(f"  {measure_browser(timeline) if not args.no_browser else float('nan'):>16.2f}")
        measure_figure("naive SVG", naive, timeline)
        print()


if __name__ == "__main__":
    main()
