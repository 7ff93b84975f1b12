"""Opening a map inside a running editor process: from reading the file to the
window's first paint, start-up left out.

    python -m benchmarks.probes.open FILE.mapstudio

Does what `mapstudio --exit-when-ready FILE` does (`ui/app.py` `run_app`,
through the same `open_window`),
with the clock started after the interpreter, Qt, MapStudio's modules, the
application object and the translators are ready, and stopped when the
window's first paint has been processed. The whole-process open time of the
`open` rows includes that fixed start-up; this figure is what grows with the
map, so the growth between two sizes is measured here without subtracting two
noisy whole-process times.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from benchmarks.probes.events import report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probes.open")
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer

    from mapstudio.ui.app import (
        FIRST_PAINT_TIMEOUT_MS,
        FirstPaintWatcher,
        application,
        open_window,
    )
    from mapstudio.ui.i18n import install_translators
    from mapstudio.ui.settings import EditorSettings

    app = application()
    install_translators(app, EditorSettings())
    painted: list[float] = []
    started = time.perf_counter()
    window = open_window(args.file, quiet=True)
    if window.document.path is None:
        return 2  # open_project said why on stderr

    def first_paint() -> None:
        painted.append(time.perf_counter())
        app.quit()

    FirstPaintWatcher(window, first_paint)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    status = app.exec()
    if status != 0 or not painted:
        return status or 1
    report({"open_ms": (painted[0] - started) * 1000.0})
    return 0


if __name__ == "__main__":
    sys.exit(main())
