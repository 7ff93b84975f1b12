"""Invisible parents that keep a big map's scene shallow for Qt.

After any item changes, Qt finds what to repaint by walking the scene's
top-level items, so with 20,000 of them every edit and every drag step pays
for the whole map. `ItemLayers` puts the many items of a kind (cards,
badges, cells, faces, flows) under layers, one per kind and square region of
`REGION` points: Qt then walks a few hundred layers and only the children of
a changed one, and painting a view visits only the layers of the regions it
shows. A layer sits at the origin with its kind's z-value and draws nothing,
so positions and stacking are those of a flat scene. A card being dragged is
lifted out of its layer, so it can pass over everything else, and put back
on release (where it was first added: a card the layout moves away from its
region still draws right: Qt finds it through its own place in the index).

A layer's bounding rect is its region's square, though it paints nothing:
Qt's index files an item with an empty rect at the scene's origin, and
every layer there would be drawn (each of its children visited, and ~26 MB
of bookkeeping kept on a 10,000-card map) whenever the top-left corner of
the map is on screen. Its shape is empty, so no click or rubber band finds
a layer.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

REGION = 760.0  # points: four phase columns


class Layer(QGraphicsItem):
    """A parent that draws nothing and takes no clicks, filed under its `region`."""

    def __init__(self, z: float, region: QRectF) -> None:
        super().__init__()
        self._region = region
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._region

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass


class ItemLayers:
    """Adds items to a scene inside layers of their kind (a kind: an item class)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self._layers: dict[tuple[type, int, int], Layer] = {}  # by kind and region
        self._homes: dict[int, Layer] = {}  # lifted item (by id) -> its layer

    def add(self, item: QGraphicsItem) -> None:
        """Give `item` to the scene, inside the layer of its kind and region."""
        centre = item.sceneBoundingRect().center()
        column, row = int(centre.x() // REGION), int(centre.y() // REGION)
        key = (type(item), column, row)
        layer = self._layers.get(key)
        if layer is None:
            region = QRectF(column * REGION, row * REGION, REGION, REGION)
            layer = self._layers[key] = Layer(item.zValue(), region)
            self.scene.addItem(layer)
        item.setParentItem(layer)

    def lift(self, item: QGraphicsItem, z: float) -> None:
        """Take an item out of its layer (it stays in place), stacked at `z` over all."""
        parent = item.parentItem()
        if isinstance(parent, Layer):
            self._homes[id(item)] = parent
            item.setParentItem(None)
        item.setZValue(z)

    def put_back(self, item: QGraphicsItem, z: float) -> None:
        """Return a lifted item to its layer, at its usual `z`."""
        item.setZValue(z)
        home = self._homes.pop(id(item), None)
        if home is not None and item.scene() is self.scene:
            item.setParentItem(home)
