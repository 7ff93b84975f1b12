"""Cards and frustration markers as they sit in the map's cells."""

from __future__ import annotations

from functools import cache

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
ANTIALIASING = QPainter.RenderHint.Antialiasing


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
        if self.simplify_below:
            lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
            if lod < self.simplify_below:
                self._paint_plain(painter, style.card_colours(self.box.kind))
                return
        paint_card(painter, self.box, self.isSelected())

    def _paint_plain(self, painter: QPainter, colours: style.CardColours) -> None:
        """Zoomed far out: the card's colours and outline, no text."""
        rect = self.local_rect()
        painter.fillRect(rect, colours.fill)
        painter.fillRect(QRectF(0, 0, ACCENT_W, rect.height()), colours.accent)
        if self.isSelected():
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)


def paint_card(painter: QPainter, box: CardBox, selected: bool = False) -> None:
    """One card in its own coordinates (its top-left at 0, 0): soft fill, accent
    strip, outline, title, description, channel icon and emotion face.

    `CardItem` paints with it, and so do exports straight from the layout,
    with no item (`export/qt_map.py`): one drawing for screen and image.
    """
    colours = style.card_colours(box.kind)
    rect = box.rect
    painter.setRenderHint(ANTIALIASING, True)
    shape = QPainterPath()
    shape.addRoundedRect(QRectF(0.0, 0.0, rect.w, rect.h), RADIUS, RADIUS)
    painter.fillPath(shape, colours.fill)
    painter.save()
    painter.setClipPath(shape)
    painter.fillRect(QRectF(0, 0, ACCENT_W, rect.h), colours.accent)
    painter.restore()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(selection_pen() if selected else _border_pen(box.kind))
    painter.drawPath(shape)
    origin = QPointF(rect.x, rect.y)
    draw_text_block(painter, box.title, origin)
    if box.description is not None:
        draw_text_block(painter, box.description, origin, style.TEXT_MUTED)
    if box.channel_icon is not None:
        icon = qrect(box.channel_icon, origin)
        painter.setPen(_icon_pen(box.kind, icon.width()))
        painter.setBrush(colours.accent if is_filled(box.channel) else Qt.BrushStyle.NoBrush)
        painter.drawPath(channel_path(box.channel, icon))
    if box.emotion is not None and box.kind == CardKind.TOUCHPOINT:
        # The touchpoint's emotion, small, at the right end of the icon strip.
        icon_rect = box.channel_icon
        cy = icon_rect.center[1] - rect.y if icon_rect is not None else FACE_R + 6
        draw_face(painter, QPointF(rect.w - FACE_R - 8, cy), FACE_R, box.emotion or 0)


@cache
def _border_pen(kind: CardKind) -> QPen:
    """A kind's outline pen, made once rather than once per card painted."""
    return QPen(style.card_colours(kind).border, 0.8)


@cache
def _icon_pen(kind: CardKind, icon_width: float) -> QPen:
    pen = QPen(style.card_colours(kind).accent, max(0.9, icon_width / 14))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


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
        paint_marker(painter, self.badge, self.isSelected())


def paint_marker(painter: QPainter, badge: MarkerBadge, selected: bool = False) -> None:
    """A marker's badge in its own coordinates, for `MarkerItem` and exports alike."""
    rect = QRectF(0.0, 0.0, badge.rect.w, badge.rect.h)
    painter.setRenderHint(ANTIALIASING, True)
    draw_badge(painter, rect, badge.severity)
    if selected:
        painter.setPen(selection_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
