"""Painting a map's sheets with Qt, with the canvas's own drawing.

PNG, SVG and the printer all go through here, so images and printouts are
drawn by the paint functions the editor's items use (one source of drawing
on screen), placed by the same `SheetPlan`s as the PDF. A sheet's map is a
`MapDrawing` (painted straight from the layout: images and the printer) or
a `MapScene` (its items rendered by Qt: the welcome screen's thumbnails);
both give the same pixels.
The painter works in page points: callers scale it from their device's
pixels first.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication

from mapstudio.export import colours as c
from mapstudio.export.layout_source import layout_for, persona_photo
from mapstudio.export.pages import MM, SheetPlan, crop_marks, sheet_label
from mapstudio.export.qt_map import MapDrawing
from mapstudio.model.geometry import MapLayout
from mapstudio.model.project import JourneyProject
from mapstudio.ui.canvas.scene import MapScene

LABEL_SIZE = 8.0


def ensure_qt_app() -> QCoreApplication:
    """A QApplication for scene rendering; offscreen when we create it ourselves.

    Exports need no window, so a command-line export starts Qt's offscreen
    platform and works on a server without a display.
    """
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1] or ["mapstudio"])
    return app


def build_scene(
    project: JourneyProject, map_id: str, lang: str = "en"
) -> tuple[MapScene, MapLayout]:
    """A `MapScene` mirroring the map's layout, without the editor's grey backdrop."""
    ensure_qt_app()
    layout = layout_for(project, map_id, lang)
    scene = MapScene(map_id)
    scene.sync(layout, persona_photo(project, map_id))
    scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    scene.clearSelection()
    return scene, layout


def map_drawing(project: JourneyProject, map_id: str, lang: str = "en") -> MapDrawing:
    """The map ready to paint once (an image): its layout, no scene or items."""
    ensure_qt_app()
    return MapDrawing(map_id, layout_for(project, map_id, lang), persona_photo(project, map_id))


def paint_sheet(
    painter: QPainter,
    scene: MapScene | MapDrawing,
    layout: MapLayout,
    plan: SheetPlan,
    map_name: str,
    background: QColor | None,
) -> None:
    """One sheet in page points: background, the clipped map, poster marks if a tile."""
    if background is not None:
        painter.fillRect(QRectF(0, 0, plan.page_width, plan.page_height), background)
    painter.save()
    painter.setClipRect(QRectF(plan.clip.x, plan.clip.y, plan.clip.w, plan.clip.h))
    target = QRectF(
        plan.offset[0], plan.offset[1], layout.width * plan.scale, layout.height * plan.scale
    )
    if isinstance(scene, MapDrawing):
        scene.paint(painter, target)
    else:
        scene.render(
            painter,
            target,
            QRectF(0, 0, layout.width, layout.height),
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )
    painter.restore()
    if plan.is_poster_tile:
        paint_poster_marks(painter, plan, map_name)


def paint_poster_marks(painter: QPainter, plan: SheetPlan, map_name: str) -> None:
    """Crop marks and the grid label, as the PDF draws them."""
    from mapstudio.ui.fonts import map_font

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(c.CROP_MARK), 0.5))
    for x1, y1, x2, y2 in crop_marks(plan.tile):
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    font = map_font(LABEL_SIZE, False, painter.device())
    painter.setFont(font)
    painter.setPen(QColor(c.TEXT_MUTED))
    label = sheet_label(plan, map_name)
    metrics = QFontMetricsF(font, painter.device())
    width = metrics.horizontalAdvance(label)
    painter.drawText(QPointF((plan.page_width - width) / 2, plan.page_height - 6 * MM), label)
    painter.restore()
