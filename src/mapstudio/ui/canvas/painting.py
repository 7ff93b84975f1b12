"""Drawing primitives shared by the canvas items: text blocks, faces, badges.

Items paint in local coordinates (their `pos` is the layout rect's top-left),
so moving an item never re-creates its drawing; these helpers take the
layout's records plus the item's origin.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

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
    font, factor = exact_map_font(block.font_size, block.bold)
    metrics = QFontMetricsF(font)
    height, ascent = metrics.height() * factor, metrics.ascent() * factor
    offset = (block.line_height - height) / 2 + ascent
    x = block.rect.x - origin.x()
    top = block.rect.y - origin.y()
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    painter.scale(factor, factor)
    for index, line in enumerate(block.lines):
        y = top + index * block.line_height + offset
        painter.drawText(QPointF(x / factor, y / factor), line)
    painter.restore()


def draw_face(painter: QPainter, center: QPointF, radius: float, emotion: int | float) -> None:
    """A round face coloured and shaped by an emotion score (−2 … +2)."""
    colour = style.emotion_colour(emotion)
    painter.setPen(QPen(colour.darker(130), max(0.6, radius / 8)))
    painter.setBrush(colour)
    painter.drawEllipse(center, radius, radius)
    ink = QPen(QColor("#ffffff"), max(0.8, radius / 6))
    ink.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(ink)
    painter.setBrush(QColor("#ffffff"))
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
