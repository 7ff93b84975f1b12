"""Drag one card across a big map, timing each mouse move until it is repainted.

    python -m benchmarks.probes.drag mapstudio BIG.mapstudio [--moves N]
    python -m benchmarks.probes.drag bare BIG.bare.json [--moves N]

Both sides show their view at zoom 1 in the same window size, put the first
touchpoint's centre at the same spot of the viewport, press on it and move
the mouse along the same path, one step at a time (`events.timed_drag`).
MapStudio's side is its real `MapCanvas`: the press selects the card and
starts its drag gesture (the card follows, the cell under the mouse lights
up); the bare side is a movable QGraphicsRectItem in the bare scene.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QGraphicsView

from benchmarks.probes.events import PaintCounter, report, show_and_wait, timed_drag

VIEW_SIZE = (1280, 820)
GRAB_AT = QPoint(320, 560)  # where the dragged card's centre is put in the viewport
TRAVEL = QPoint(720, -360)  # the mouse's path, right and up across several cells
DEFAULT_MOVES = 60


def scroll_to(view: QGraphicsView, scene_point: QPointF, view_point: QPoint) -> QPoint:
    """Scroll so `scene_point` shows at `view_point` (as near as the scroll range
    allows); where it shows now."""
    now = view.mapFromScene(scene_point)
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    bars[0].setValue(bars[0].value() + now.x() - view_point.x())
    bars[1].setValue(bars[1].value() + now.y() - view_point.y())
    return view.mapFromScene(scene_point)


def mapstudio_view(path: Path) -> tuple[QGraphicsView, QPointF]:
    from mapstudio.fileformat import load_project
    from mapstudio.model.kinds import CardKind
    from mapstudio.ui.app import application
    from mapstudio.ui.canvas import MapCanvas
    from mapstudio.ui.document import Document

    application()
    project = load_project(path)
    map_id = project.maps()[0].id
    canvas = MapCanvas(Document(project), map_id)
    first = next(c for c in project.cards(map_id) if c.kind == CardKind.TOUCHPOINT)
    return canvas, canvas.scene_rect_of(first.id).center()


def bare_view(path: Path) -> tuple[QGraphicsView, QPointF]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.baselines.bare_grid import load_data
    from benchmarks.baselines.bare_scene import build_scene, load_fonts, make_view

    app = QApplication(sys.argv[:1])
    data = load_data(path)
    scene, items = build_scene(data, load_fonts())
    view = make_view(scene)
    view._keep = (app, scene)  # type: ignore[attr-defined]  # Python owns the scene
    first = next(i for i, card in enumerate(data.cards) if card[1] == 1)  # touchpoints row
    return view, items[first].sceneBoundingRect().center()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probes.drag")
    parser.add_argument("side", choices=("mapstudio", "bare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--moves", type=int, default=DEFAULT_MOVES)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    view, centre = (mapstudio_view if args.side == "mapstudio" else bare_view)(args.file)
    show_and_wait(view, VIEW_SIZE)
    start = scroll_to(view, centre, GRAB_AT)
    counter = PaintCounter(view.viewport())
    figures = timed_drag(view.viewport(), counter, start, start + TRAVEL, args.moves)
    report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
