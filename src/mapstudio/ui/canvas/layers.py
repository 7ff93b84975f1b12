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
region still draws right, its layer merely covers more of the map).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

REGION = 760.0  # points: four phase columns


class Layer(QGraphicsItem):
    """A parent that draws nothing and takes no clicks."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return QRectF()

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
        key = (type(item), int(centre.x() // REGION), int(centre.y() // REGION))
        layer = self._layers.get(key)
        if layer is None:
            layer = self._layers[key] = Layer(item.zValue())
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
