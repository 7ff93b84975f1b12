"""Drawing primitives shared by the canvas items: text blocks, faces, badges.

Items paint in local coordinates (their `pos` is the layout rect's top-left),
so moving an item never re-creates its drawing; these helpers take the
layout's records plus the item's origin.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from mapstudio.model.geometry import Rect, TextBlock
from mapstudio.ui import style
from mapstudio.ui.fonts import exact_map_font


def qrect(rect: Rect, origin: QPointF | None = None) -> QRectF:
    """A layout rect as a QRectF, relative to `origin` when given."""
    ox, oy = (origin.x(), origin.y()) if origin is not None else (0.0, 0.0)
    return QRectF(rect.x - ox, rect.y - oy, rect.w, rect.h)


def draw_text_block(
    painter: QPainter, block: TextBlock, origin: QPointF, colour: QColor = style.TEXT
) -> None:
    """Draw the layout's lines as they are: one per `line_height`, never re-wrapped.

    Each line sits in its slot with the font's ascent, vertically centred on the
    slot so a generous line height stays balanced.
    """
    if not block.lines:
        return
    font, factor, height, ascent = _text_font(block.font_size, block.bold)
    line_height = block.line_height
    offset = (line_height - height) / 2 + ascent
    x = (block.rect.x - origin.x()) / factor
    top = block.rect.y - origin.y()
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    painter.scale(factor, factor)
    draw = painter.drawText  # a big map draws tens of thousands of lines
    for index, line in enumerate(block.lines):
        draw(QPointF(x, (top + index * line_height + offset) / factor), line)
    painter.restore()


@cache
def _text_font(size_pt: float, bold: bool) -> tuple[QFont, float, float, float]:
    """The exact font for a text size, its painter scale, and its height and ascent
    in points: asked once per size, not once per card (a big map has thousands)."""
    font, factor = exact_map_font(size_pt, bold)
    metrics = QFontMetricsF(font)
    return font, factor, metrics.height() * factor, metrics.ascent() * factor


FACE_WHITE = QColor("#ffffff")


@cache
def _face_inks(emotion: int | float, radius: float) -> tuple[QColor, QPen, QPen]:
    """A face's fill, outline and ink: a map's faces share a handful of scores."""
    colour = style.emotion_colour(emotion)
    ink = QPen(FACE_WHITE, max(0.8, radius / 6))
    ink.setCapStyle(Qt.PenCapStyle.RoundCap)
    return colour, QPen(colour.darker(130), max(0.6, radius / 8)), ink


def draw_face(painter: QPainter, center: QPointF, radius: float, emotion: int | float) -> None:
    """A round face coloured and shaped by an emotion score (−2 … +2)."""
    colour, outline, ink = _face_inks(emotion, radius)
    painter.setPen(outline)
    painter.setBrush(colour)
    painter.drawEllipse(center, radius, radius)
    painter.setPen(ink)
    painter.setBrush(FACE_WHITE)
    eye = radius * 0.12
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(center.x() + dx * radius, center.y() - 0.25 * radius), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    left = QPointF(center.x() - 0.45 * radius, center.y() + 0.3 * radius)
    right = QPointF(center.x() + 0.45 * radius, center.y() + 0.3 * radius)
    bend = 0.22 * radius * float(emotion)  # smile down for positive, frown for negative
    mouth.moveTo(left)
    mouth.quadTo(QPointF(center.x(), left.y() + bend), right)
    painter.drawPath(mouth)


def draw_badge(painter: QPainter, rect: QRectF, severity: int) -> None:
    """A red round badge with the frustration's severity number."""
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(style.FRUSTRATION_RED)
    painter.drawEllipse(rect)
    font, factor = exact_map_font(round(rect.height() * 0.62 * 2) / 2, True)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.scale(factor, factor)
    scaled = QRectF(
        rect.x() / factor, rect.y() / factor, rect.width() / factor, rect.height() / factor
    )
    painter.drawText(scaled, Qt.AlignmentFlag.AlignCenter, str(severity))
    painter.restore()


def selection_pen() -> QPen:
    pen = QPen(style.SELECTION, 2.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
