"""Bare Qt start-up and open: a QMainWindow with a QGraphicsView, shown, quit after
its first paint.

    python -m benchmarks.baselines.bare_window            # empty view (start-up)
    python -m benchmarks.baselines.bare_window BARE.json  # N cards (open)
    python -m benchmarks.baselines.bare_window --preload networkx [BARE.json]

The baseline of `mapstudio --exit-when-ready FILE`: the same window size, the
same first-paint exit, and for open the same cards with their wrapped text.
With `--preload MODULE` it first imports a library MapStudio cannot start
without (networkx: the model is a networkx graph): the floor under MapStudio's
start-up and memory, which no work in MapStudio's own code can go below.

The preload comes before Qt's first import, as in MapStudio: once PySide6 is
loaded, its import hook reads the source of every module imported after it
(`shibokensupport.feature`: does the module mention PySide6?). Measured:
networkx imported after Qt costs ~14 MB and ~30 ms more than before it, which
would put the floor above what MapStudio actually pays.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    while argv[:1] == ["--preload"]:
        importlib.import_module(argv[1])
        argv = argv[2:]
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QMainWindow

    from benchmarks.baselines.bare_grid import load_data
    from benchmarks.baselines.bare_scene import (
        WINDOW_SIZE,
        QuitAfterFirstPaint,
        build_scene,
        load_fonts,
        make_view,
    )

    app = QApplication(sys.argv[:1])
    family = load_fonts()
    scene = QGraphicsScene() if not argv else build_scene(load_data(Path(argv[0])), family)[0]
    window = QMainWindow()
    window.setCentralWidget(make_view(scene, window))
    window.resize(*WINDOW_SIZE)
    QuitAfterFirstPaint(window, app)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
