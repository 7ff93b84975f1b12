"""The base of every canvas item: a dumb mirror of one layout record.

An item is placed at its layout rect's top-left and paints in local
coordinates, so an update that only moves it costs a `setPos`; the geometry
is only invalidated when the size changes. Items never read the model.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from mapstudio.model.geometry import Rect

MARGIN = 3.0  # room for the selection outline outside the box


class BoxItem(QGraphicsItem):
    """A rectangle-shaped item standing for one node (or one part of the map)."""

    def __init__(self, node_id: str, selectable: bool = False) -> None:
        super().__init__()
        self.node_id = node_id
        self._rect = Rect(0.0, 0.0, 0.0, 0.0)
        # Qt asks for it at every paint and index update: computed once per size.
        self._bounds = self.bounds_for(self._rect)
        if selectable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        else:
            self.setAcceptedMouseButtons(self.acceptedMouseButtons().NoButton)

    @property
    def rect(self) -> Rect:
        return self._rect

    def origin(self) -> QPointF:
        """The layout rect's top-left: where local (0, 0) lies in layout terms."""
        return QPointF(self._rect.x, self._rect.y)

    def place(self, rect: Rect) -> None:
        """Move and resize to `rect` (scene coordinates, points)."""
        if (rect.w, rect.h) != (self._rect.w, self._rect.h):
            self.prepareGeometryChange()
            self._bounds = self.bounds_for(rect)
        self._rect = rect
        self.setPos(rect.x, rect.y)
        self.update()

    def local_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._rect.w, self._rect.h)

    def bounds_for(self, rect: Rect) -> QRectF:
        """The area painted for a box of `rect`'s size: room for the selection outline."""
        return QRectF(-MARGIN, -MARGIN, rect.w + 2 * MARGIN, rect.h + 2 * MARGIN)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def scene_box(self) -> QRectF:
        """Where the record is laid out, whatever a drag did to the item's position."""
        return QRectF(self._rect.x, self._rect.y, self._rect.w, self._rect.h)
