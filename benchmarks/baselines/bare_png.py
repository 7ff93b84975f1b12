"""Bare Qt PNG export: the bare scene rendered into a QImage page and saved.

    python -m benchmarks.baselines.bare_png BARE.json OUT.png [DPI]

The baseline of `mapstudio export BIG -o OUT.png`: an A4 landscape page at
150 DPI unless told otherwise, the map fitted inside a 10 mm margin, white
background, antialiased, written as PNG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from benchmarks.baselines.bare_grid import load_data
from benchmarks.baselines.bare_scene import build_scene, load_fonts

A4_LANDSCAPE_PT = (841.89, 595.28)
MARGIN_PT = 10 / 25.4 * 72
DEFAULT_DPI = 150


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    source, target = Path(argv[0]), Path(argv[1])
    dpi = int(argv[2]) if len(argv) > 2 else DEFAULT_DPI
    scene, _ = build_scene(load_data(source), load_fonts())
    page_w, page_h = A4_LANDSCAPE_PT
    width, height = round(page_w / 72 * dpi), round(page_h / 72 * dpi)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.scale(width / page_w, height / page_h)
    page = QRectF(MARGIN_PT, MARGIN_PT, page_w - 2 * MARGIN_PT, page_h - 2 * MARGIN_PT)
    scene.render(painter, page, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    ok = image.save(str(target), "PNG")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
