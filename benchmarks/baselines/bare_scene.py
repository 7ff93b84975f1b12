"""The bare-Qt map: N QGraphicsRectItems with their wrapped text, nothing else.

This is what a competent developer would write with Qt alone to show the same
cards: a rectangle per card, its title (bold) and description as simple text
items wrapped greedily with QFontMetricsF (word widths cached, as any wrapper
does), in the same grid of 190-point columns as MapStudio, in the same
bundled DejaVu Sans. No model, no undo, no file format, no persona header, no
flows, no emotion curve: the floor MapStudio's costs are compared with.

It imports nothing from MapStudio, so the baselines measure the bare library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from benchmarks.baselines.bare_grid import (
    CARD_PADDING,
    CARD_WIDTH,
    DESCRIPTION_LINES,
    DESCRIPTION_SIZE,
    TEXT_GAP,
    TEXT_WIDTH,
    TITLE_LINES,
    TITLE_SIZE,
    BareData,
    card_height,
    place,
)

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
WINDOW_SIZE = (1280, 820)  # MapStudio's main window opens at this size
ROW_COLOURS = ("#e8f1fb", "#fff4e0", "#eef7ee", "#f6eefa", "#fdeaea", "#e9f7f5", "#f2f2f2")


def load_fonts() -> str:
    """Register the bundled DejaVu Sans, as MapStudio does, and name its family."""
    family = "DejaVu Sans"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


class Wrapper:
    """Greedy word wrap with one font's metrics and a per-word width cache."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.space = self.metrics.horizontalAdvance(" ")
        self.widths: dict[str, float] = {}
        self.line_height = self.metrics.lineSpacing()

    def width(self, word: str) -> float:
        width = self.widths.get(word)
        if width is None:
            width = self.widths[word] = self.metrics.horizontalAdvance(word)
        return width

    def wrap(self, text: str, limit: float, max_lines: int) -> list[str]:
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in text.split():
            width = self.width(word)
            extra = width if not current else used + self.space + width
            if current and extra > limit:
                lines.append(" ".join(current))
                if len(lines) == max_lines:
                    return lines
                current, used = [word], width
            else:
                current.append(word)
                used = extra
        if current:
            lines.append(" ".join(current))
        return lines[:max_lines]


def build_scene(data: BareData, family: str) -> tuple[QGraphicsScene, list[QGraphicsRectItem]]:
    """The scene of all cards, each a rect with its wrapped title and description."""
    title_font = QFont(family)
    title_font.setPointSizeF(TITLE_SIZE)
    title_font.setBold(True)
    description_font = QFont(family)
    description_font.setPointSizeF(DESCRIPTION_SIZE)
    titles, descriptions = Wrapper(title_font), Wrapper(description_font)
    wrapped = [
        (
            titles.wrap(title, TEXT_WIDTH, TITLE_LINES),
            descriptions.wrap(description, TEXT_WIDTH, DESCRIPTION_LINES),
        )
        for _, _, title, description in data.cards
    ]
    heights = [
        card_height(len(t), len(d), titles.line_height, descriptions.line_height)
        for t, d in wrapped
    ]
    corners, width, height = place(data, heights)
    scene = QGraphicsScene()
    pen = QPen(QColor("#9aa5b1"), 0.8)
    brushes = [QBrush(QColor(c)) for c in ROW_COLOURS]
    items: list[QGraphicsRectItem] = []
    for (_, row, _, _), (title_lines, description_lines), (x, y), card_h in zip(
        data.cards, wrapped, corners, heights, strict=True
    ):
        item = QGraphicsRectItem(0.0, 0.0, CARD_WIDTH, card_h)
        item.setPos(x, y)
        item.setPen(pen)
        item.setBrush(brushes[row % len(brushes)])
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        title_item = QGraphicsSimpleTextItem("\n".join(title_lines), item)
        title_item.setFont(title_font)
        title_item.setPos(CARD_PADDING, CARD_PADDING)
        if description_lines:
            text = QGraphicsSimpleTextItem("\n".join(description_lines), item)
            text.setFont(description_font)
            text.setPos(
                CARD_PADDING, CARD_PADDING + len(title_lines) * titles.line_height + TEXT_GAP
            )
        scene.addItem(item)
        items.append(item)
    scene.setSceneRect(0.0, 0.0, width, height)
    return scene, items


def make_view(scene: QGraphicsScene, parent: QWidget | None = None) -> QGraphicsView:
    """A view with the render hints MapStudio's canvas uses, at zoom 1."""
    view = QGraphicsView(scene, parent)
    view.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    return view


class QuitAfterFirstPaint(QObject):
    """Quit the application once the watched widget has painted (as MapStudio's
    `--exit-when-ready` does: the same event, the same zero-delay timer)."""

    def __init__(self, widget: QWidget, app: QApplication) -> None:
        super().__init__(widget)
        self.app = app
        self.fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.app.quit)
        return False
