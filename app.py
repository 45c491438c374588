"""Run the timeline dashboard on the bundled corpus in seeds/ at http://127.0.0.1:8050."""

from pathlib import Path

from timeline.dashboard import create_app

HERE = Path(__file__).resolve().parent

app = create_app([HERE / "seeds"], assets_folder=HERE / "assets")
server = app.server

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050, debug=False)
