"""Cards and frustration markers as they sit in the map's cells."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from mapstudio.model.geometry import CardBox, MarkerBadge
from mapstudio.model.kinds import CardKind
from mapstudio.ui import style
from mapstudio.ui.canvas.box_item import BoxItem
from mapstudio.ui.canvas.channel_icons import channel_path, is_filled
from mapstudio.ui.canvas.painting import (
    draw_badge,
    draw_face,
    draw_text_block,
    qrect,
    selection_pen,
)

RADIUS = 5.0
ACCENT_W = 4.0
FACE_R = 6.0
Z_CARD = 10.0
Z_MARKER = 30.0
# Device pixels per point under which a card is drawn as a plain box: a 10 pt
# title would be under 4 px tall, so the text, icon and face are left out.
SIMPLE_BELOW = 0.4


class CardItem(BoxItem):
    """One card: soft fill by kind, accent strip, title, channel icon, emotion face.

    `simplify_below` is the level of detail under which it paints a plain box
    (0, never, unless the scene turns it on for the screen).
    """

    simplify_below = 0.0

    def __init__(self, box: CardBox) -> None:
        super().__init__(box.card_id, selectable=True)
        self.box = box
        self.setZValue(Z_CARD)
        self.place(box.rect)

    def set_box(self, box: CardBox) -> bool:
        """Mirror a new layout record; False (and no repaint) when nothing changed."""
        if box == self.box and self.pos() == QPointF(box.rect.x, box.rect.y):
            return False
        self.box = box
        self.place(box.rect)
        return True

    def is_touchpoint(self) -> bool:
        return self.box.kind == CardKind.TOUCHPOINT

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self.box
        colours = style.card_colours(box.kind)
        if self.simplify_below:
            lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
            if lod < self.simplify_below:
                self._paint_plain(painter, colours)
                return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        shape = QPainterPath()
        shape.addRoundedRect(self.local_rect(), RADIUS, RADIUS)
        painter.fillPath(shape, colours.fill)
        painter.save()
        painter.setClipPath(shape)
        painter.fillRect(QRectF(0, 0, ACCENT_W, self.rect.h), colours.accent)
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(selection_pen() if self.isSelected() else QPen(colours.border, 0.8))
        painter.drawPath(shape)
        origin = self.origin()
        draw_text_block(painter, box.title, origin)
        if box.description is not None:
            draw_text_block(painter, box.description, origin, style.TEXT_MUTED)
        icon_bottom = 0.0
        if box.channel_icon is not None:
            icon = qrect(box.channel_icon, origin)
            icon_bottom = icon.bottom()
            path = channel_path(box.channel, icon)
            pen = QPen(colours.accent, max(0.9, icon.width() / 14))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(colours.accent if is_filled(box.channel) else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        if box.emotion is not None and box.kind == CardKind.TOUCHPOINT:
            self._paint_face(painter, icon_bottom)

    def _paint_plain(self, painter: QPainter, colours: style.CardColours) -> None:
        """Zoomed far out: the card's colours and outline, no text."""
        rect = self.local_rect()
        painter.fillRect(rect, colours.fill)
        painter.fillRect(QRectF(0, 0, ACCENT_W, rect.height()), colours.accent)
        if self.isSelected():
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def _paint_face(self, painter: QPainter, icon_bottom: float) -> None:
        """The touchpoint's emotion, small, at the right end of the icon strip."""
        if self.box.channel_icon is not None:
            cy = self.box.channel_icon.center[1] - self.rect.y
        else:
            cy = FACE_R + 6
        cx = self.rect.w - FACE_R - 8
        draw_face(painter, QPointF(cx, cy), FACE_R, self.box.emotion or 0)


class MarkerItem(BoxItem):
    """A frustration marker: a red badge with its severity on a card or a phase."""

    def __init__(self, badge: MarkerBadge) -> None:
        super().__init__(badge.marker_id, selectable=True)
        self.badge = badge
        self.setZValue(Z_MARKER)
        self.place(badge.rect)

    def set_badge(self, badge: MarkerBadge) -> bool:
        if badge == self.badge:
            return False
        self.badge = badge
        self.place(badge.rect)
        return True

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_badge(painter, self.local_rect(), self.badge.severity)
        if self.isSelected():
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.local_rect().adjusted(-1.5, -1.5, 1.5, 1.5))
