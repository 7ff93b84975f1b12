"""A minimal main window: the first map drawn read-only from its layout.

This is a placeholder until the full editor (tabs, palette, inspector, undo)
replaces it; it shows that the model, the layout and Qt drawing agree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMainWindow,
    QWidget,
)

from mapstudio.model.geometry import MapLayout, Rect, TextBlock
from mapstudio.model.kinds import CardKind
from mapstudio.model.project import JourneyProject

FONT_FAMILY = "DejaVu Sans"

CARD_COLOURS: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: "#dbeafe",
    CardKind.GOAL: "#dcfce7",
    CardKind.ACTION: "#e0f2fe",
    CardKind.THOUGHT: "#f3e8ff",
    CardKind.FRUSTRATION: "#fee2e2",
    CardKind.OPPORTUNITY: "#fef9c3",
    CardKind.KPI: "#e5e7eb",
    CardKind.NOTE: "#fafaf9",
}


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class MapScene(QGraphicsScene):
    """A static drawing of one `MapLayout`: boxes and their wrapped text lines."""

    def __init__(
        self,
        layout: MapLayout | None,
        photo: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#ffffff"))
        if layout is not None:
            self._draw(layout)
            self._photo(layout, photo)

    def _photo(self, layout: MapLayout, photo: bytes | None) -> None:
        """The persona's portrait in the header, scaled into its box."""
        box = layout.header.photo
        pixmap = QPixmap()
        if box is None or not photo or not pixmap.loadFromData(photo):
            return
        item = self.addPixmap(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setPos(box.x, box.y)
        item.setScale(min(box.w / pixmap.width(), box.h / pixmap.height()))

    def _box(self, rect: Rect, fill: str, outline: str = "#9ca3af") -> None:
        self.addRect(_qrect(rect), QPen(QColor(outline), 0.75), QBrush(QColor(fill)))

    def _text(self, block: TextBlock | None) -> None:
        if block is None:
            return
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(1, round(block.font_size)))  # scene units are points
        font.setBold(block.bold)
        for index, line in enumerate(block.lines):
            item = QGraphicsSimpleTextItem(line)
            item.setFont(font)
            item.setPos(block.rect.x, block.rect.y + index * block.line_height)
            self.addItem(item)

    def _draw(self, layout: MapLayout) -> None:
        self.setSceneRect(0, 0, layout.width, layout.height)
        header = layout.header
        self._box(header.rect, "#f8fafc")
        for block in (header.title, header.name, header.details):
            self._text(block)
        for column in layout.phases:
            self._box(column.column, "#ffffff", "#d1d5db")
            self._box(column.header, "#dbe4f0")
            self._text(column.name)
        for row in layout.lanes:
            self._box(row.header, "#f1f5f9")
            self._text(row.title)
        for cell in layout.cells:
            self._box(cell.rect, "#ffffff", "#e5e7eb")
        for arrow in layout.flows:
            self._polyline(arrow.points, QPen(QColor("#64748b"), 1.2))
        if layout.emotion_points:
            points = tuple((p.x, p.y) for p in layout.emotion_points)
            self._polyline(points, QPen(QColor("#2563eb"), 2.0))
        for box in layout.cards.values():
            self._box(box.rect, CARD_COLOURS.get(box.kind, "#ffffff"), "#6b7280")
            self._text(box.title)
            self._text(box.description)
            for badge in box.badges:
                self._box(badge.rect, "#dc2626", "#991b1b")

    def _polyline(self, points: tuple[tuple[float, float], ...], pen: QPen) -> None:
        if len(points) < 2:
            return
        path = QPainterPath(QPointF(*points[0]))
        for x, y in points[1:]:
            path.lineTo(x, y)
        self.addPath(path, pen)


class MainWindow(QMainWindow):
    """Shows the project's first map; read-only for now."""

    def __init__(
        self, project: JourneyProject, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        name = path.name if path is not None else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name} — MapStudio").format(name=name))
        # Keep the scene referenced from Python: the view does not own it.
        layout, photo = self._first_map()
        self.scene = MapScene(layout, photo, self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("canvas")
        self.view.setInteractive(False)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setCentralWidget(self.view)
        self.resize(1280, 800)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.ensureVisible(0, 0, 1, 1)  # start at the persona header

    def _first_map(self) -> tuple[MapLayout | None, bytes | None]:
        """The first map's layout and its persona's photo (None, None without maps)."""
        maps = self.project.maps()
        if not maps:
            return None, None
        from mapstudio.model.layout import layout_map

        persona_id = maps[0].persona_id
        photo = self.project.persona(persona_id).photo if persona_id else None
        return layout_map(self.project, maps[0].id), photo
