"""One map painted straight from its layout, for images: no scene, no items.

The editor mirrors a layout in a `MapScene` because it needs items: to
select, drag, hit-test and repaint one card at a time. A one-shot image needs
none of that, and on a 10,000-card map building ~20,000 items only for Qt to
call each one's `paint` once cost about as much as the drawing itself.

`MapDrawing` calls the very functions the items paint with (`paint_card`,
`paint_cell`, `paint_marker`, ...), so screen and image cannot drift apart,
in the scene's stacking order (z, then the order `MapScene` adds them), under
the transforms `QGraphicsScene.render` would set: the pixels are the
scene's, which `tests/export/test_png_drawing.py` checks. The few items of a
map (persona band, phase and lane headers, the curve) are made and painted
as items; only the many (cells, cards, badges, faces, flows) skip them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from mapstudio.export.colours import alternate_phase
from mapstudio.model.bulk import collector_paused
from mapstudio.model.geometry import Cell, MapLayout, Rect
from mapstudio.ui.canvas.axis_items import (
    Z_CELL,
    Z_HEADER,
    LaneHeaderItem,
    PhaseHeaderItem,
    paint_cell,
)
from mapstudio.ui.canvas.card_item import Z_CARD, Z_MARKER, paint_card, paint_marker
from mapstudio.ui.canvas.curve_items import (
    Z_CURVE,
    Z_FACE,
    Z_FLOW,
    EmotionCurveItem,
    paint_emotion_point,
    paint_flow_arrow,
)
from mapstudio.ui.canvas.header_item import Z_BAND, HeaderBandItem

R = TypeVar("R")
# One kind's drawing: paints all its records, given the map's transform.
Step = Callable[[QPainter, QTransform], None]


class MapDrawing:
    """A map's layout (and persona photo), ready to paint into any rectangle."""

    def __init__(self, map_id: str, layout: MapLayout, persona_photo: bytes | None) -> None:
        self.map_id = map_id
        self.layout = layout
        self.persona_photo = persona_photo

    def paint(self, painter: QPainter, target: QRectF) -> None:
        """The whole map stretched into `target`, clipped to it.

        As `QGraphicsScene.render(painter, target, map rect, IgnoreAspectRatio)`
        draws the scene: the same clip, the same transform per item.
        """
        layout = self.layout
        if layout.width <= 0 or layout.height <= 0:
            return
        painter.save()
        try:
            with collector_paused():  # thousands of short-lived Qt values, no cycles
                self._paint_steps(painter, target)
        finally:
            painter.restore()

    def _paint_steps(self, painter: QPainter, target: QRectF) -> None:
        layout = self.layout
        painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
        view = QTransform()
        view.translate(target.left(), target.top())
        view.scale(target.width() / layout.width, target.height() / layout.height)
        painter.setWorldTransform(view, True)
        base = painter.worldTransform()
        steps = sorted(self._steps(), key=lambda step: step[0])  # stable: ties keep order
        for _z, step in steps:
            painter.save()  # a kind's state changes stay with that kind
            step(painter, base)
            painter.restore()

    def _steps(self) -> Iterator[tuple[float, Step]]:
        """Every kind with its z-value, in the order `MapScene` adds them (Qt
        stacks equal z-values in that order)."""
        layout = self.layout
        yield Z_BAND, _items([HeaderBandItem(self.map_id, layout.header, self.persona_photo)])
        yield Z_HEADER, _items([PhaseHeaderItem(c, i) for i, c in enumerate(layout.phases)])
        yield Z_HEADER, _items([LaneHeaderItem(row) for row in layout.lanes])
        # Every other phase's column is tinted, as `MapScene._shaded` decides.
        striped = {c.phase_id: alternate_phase(i) for i, c in enumerate(layout.phases)}

        def cell(painter: QPainter, record: Cell) -> None:
            paint_cell(painter, record, striped.get(record.phase_id, False))

        yield Z_CELL, _each(layout.cells, lambda c: _corner(c.rect), cell)
        yield Z_CARD, _each(layout.cards.values(), lambda b: _corner(b.rect), paint_card)
        yield Z_MARKER, _each(layout.marker_badges(), lambda b: _corner(b.rect), paint_marker)
        curve = EmotionCurveItem()
        curve.set_curve(layout.emotion_band, layout.emotion_points)
        yield Z_CURVE, _items([curve])
        yield Z_FACE, _each(layout.emotion_points, lambda p: (p.x, p.y), paint_emotion_point)
        yield Z_FLOW, _each(layout.flows, lambda f: (0.0, 0.0), paint_flow_arrow)


def _corner(rect: Rect) -> tuple[float, float]:
    return rect.x, rect.y


def _each(
    records: Iterable[R],
    where: Callable[[R], tuple[float, float]],
    paint: Callable[[QPainter, R], None],
) -> Step:
    """Paint each record at its place, as an item there would be painted.

    No save and restore per record: each paint function sets every pen,
    brush, font and hint it relies on, so a record only inherits what the one
    before it (the same function) set anyway.
    """

    def step(painter: QPainter, base: QTransform) -> None:
        for record in records:
            x, y = where(record)
            # An item's painter transform: its position, then the view's.
            painter.setWorldTransform(QTransform.fromTranslate(x, y) * base)
            paint(painter, record)

    return step


def _items(items: list[QGraphicsItem]) -> Step:
    """Paint a few real items without a scene, each with its own painter state."""

    def step(painter: QPainter, base: QTransform) -> None:
        option = QStyleOptionGraphicsItem()
        for item in items:
            painter.save()
            painter.setWorldTransform(QTransform.fromTranslate(item.x(), item.y()) * base)
            item.paint(painter, option, None)
            painter.restore()

    return step
