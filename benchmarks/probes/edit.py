"""One inspector change on a big map: how many items repaint, and how long it takes.

    python -m benchmarks.probes.edit BIG.mapstudio [--edits N]

The change is what the inspector's title field pushes when the user renames
a card: `operations.set_fields(project, card, title=…)` on the document's undo
stack. The card is the first touchpoint, shown in the viewport at zoom 1,
and its title alternates between two one-line titles, so the map's geometry
does not change: an editor that updates what changed repaints the card and
what overlaps it, whatever the map's size. A first, unmeasured edit makes
the title one line long.

Figures per edit (medians): wall time from the push until the repaint was
processed, and the number of `paint` calls on MapStudio's items
(`paint_census`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint

from benchmarks.probes.drag import VIEW_SIZE, scroll_to
from benchmarks.probes.events import PaintCounter, report, settle, show_and_wait
from benchmarks.probes.paint_census import counting_paints

TITLES = ("Vitrine remarquée", "Vitrine aperçue")
SHOW_AT = QPoint(320, 400)
DEFAULT_EDITS = 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probes.edit")
    parser.add_argument("file", type=Path)
    parser.add_argument("--edits", type=int, default=DEFAULT_EDITS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from mapstudio.fileformat import load_project
    from mapstudio.model import operations
    from mapstudio.model.kinds import CardKind
    from mapstudio.ui.app import application
    from mapstudio.ui.canvas import MapCanvas
    from mapstudio.ui.document import Document

    application()
    project = load_project(args.file)
    map_id = project.maps()[0].id
    document = Document(project)
    canvas = MapCanvas(document, map_id)
    card_id = next(c.id for c in project.cards(map_id) if c.kind == CardKind.TOUCHPOINT)
    with counting_paints() as census:
        show_and_wait(canvas, VIEW_SIZE)
        scroll_to(canvas, canvas.scene_rect_of(card_id).center(), SHOW_AT)
        counter = PaintCounter(canvas.viewport())
        settle(counter, expect_paint=False)

        def rename(title: str) -> tuple[float, int]:
            census.reset()
            t0 = time.perf_counter()
            document.push(operations.set_fields(project, card_id, title=title))
            settle(counter)
            return time.perf_counter() - t0, census.calls

        rename(TITLES[0])
        runs = [rename(TITLES[(i + 1) % 2]) for i in range(args.edits)]
    report(
        {
            "median_ms": 1000 * statistics.median(t for t, _ in runs),
            "paints": statistics.median(p for _, p in runs),
            "painted_classes": census.by_class,
            "edits": args.edits,
            "cards": len(project.card_ids(map_id)),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
