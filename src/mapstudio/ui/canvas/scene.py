"""`MapScene`: the items of one map, kept in step with its layout.

`sync` mirrors a whole `MapLayout` (the first time, or for a layout from
elsewhere): existing items get their new geometry in place, and items are
only created or removed for records that appeared or vanished. `apply` takes
the `LayoutDelta` of a live layout's update and touches only the items it
names, so a field change on a 10,000-card map costs a handful of items, not
a walk over ten thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QLineF, QObject, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from mapstudio.export.colours import alternate_phase
from mapstudio.model.bulk import collector_paused
from mapstudio.model.geometry import Cell, MapLayout
from mapstudio.model.layout_delta import KeyedChanges, LayoutDelta
from mapstudio.ui import style
from mapstudio.ui.canvas.axis_items import CellItem, LaneHeaderItem, PhaseHeaderItem
from mapstudio.ui.canvas.card_item import SIMPLE_BELOW, CardItem, MarkerItem
from mapstudio.ui.canvas.curve_items import EmotionCurveItem, EmotionPointItem, FlowItem
from mapstudio.ui.canvas.header_item import HeaderBandItem
from mapstudio.ui.canvas.layers import ItemLayers

Z_OVERLAY = 50.0
# The kinds a big map has thousands of: kept in layers on screen.
LAYERED = (CardItem, MarkerItem, CellItem, EmotionPointItem, FlowItem)
K = TypeVar("K")
V = TypeVar("V", bound=QGraphicsItem)


class MapScene(QGraphicsScene):
    """Items by node id; the scene rect follows the layout's size.

    With `on_screen`, cards keep a pixmap of themselves (`DeviceCoordinateCache`):
    repainting what a drag uncovers, or scrolling, then blits instead of
    setting text again; zoomed far out they are plain boxes without text; and
    the many items of a kind sit in `layers.ItemLayers`, so Qt's search for
    what to repaint stays short. Exports leave all three off, so SVG and
    print stay complete vectors stacked exactly as listed.
    """

    def __init__(self, map_id: str, parent: QObject | None = None, on_screen: bool = False) -> None:
        super().__init__(parent)
        self.map_id = map_id
        self._on_screen = on_screen
        self._layers = ItemLayers(self) if on_screen else None
        self.layout: MapLayout | None = None
        self.created_count = 0  # items created by `sync`, so tests can see "no rebuild"
        self.cards: dict[str, CardItem] = {}
        self.markers: dict[str, MarkerItem] = {}
        self.phases: dict[str, PhaseHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.cells: dict[tuple[str, str], CellItem] = {}
        self.emotion_points: dict[str, EmotionPointItem] = {}
        self.flows: dict[tuple[str, str], FlowItem] = {}
        self.header: HeaderBandItem | None = None
        self._phase_index: dict[str, int] = {}  # for the cells' column stripes
        self.curve = EmotionCurveItem()
        self.addItem(self.curve)
        self.setBackgroundBrush(style.CANVAS_BACKGROUND)
        self._highlight = QGraphicsRectItem()
        self._highlight.setBrush(style.DROP_HIGHLIGHT)
        self._highlight.setPen(QPen(style.DROP_LINE, 1.2, Qt.PenStyle.DashLine))
        self._insertion = QGraphicsLineItem()
        self._insertion.setPen(QPen(style.DROP_LINE, 3.0))
        for overlay in (self._highlight, self._insertion):
            overlay.setZValue(Z_OVERLAY)
            overlay.setVisible(False)
            overlay.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.addItem(overlay)

    # ---------------------------------------------------------------- lookup
    def item_for(self, node_id: str) -> QGraphicsItem | None:
        """The item that stands for a node: card, marker, phase, lane or the map."""
        for table in (self.cards, self.markers, self.phases, self.lanes):
            item = table.get(node_id)
            if item is not None:
                return item
        if self.header is not None and node_id == self.map_id:
            return self.header
        return None

    def emotion_point_item(self, card_id: str) -> EmotionPointItem | None:
        return self.emotion_points.get(card_id)

    def flow_item(self, source: str, target: str) -> FlowItem | None:
        return self.flows.get((source, target))

    # ------------------------------------------------------------------ sync
    def sync(self, layout: MapLayout, persona_photo: bytes | None) -> None:
        """Mirror `layout`: update items in place, add and remove only the difference."""
        with collector_paused():  # the first sync of a big map creates thousands of items
            self._sync(layout, persona_photo)

    def _sync(self, layout: MapLayout, persona_photo: bytes | None) -> None:
        self.layout = layout
        if self.header is None:
            self.header = HeaderBandItem(self.map_id, layout.header, persona_photo)
            self._add(self.header)
        else:
            self.header.set_header(layout.header, persona_photo)
        self._sync_axes(layout)
        self._sync_table(
            self.cells,
            (((c.phase_id, c.lane_id), self._shaded(c)) for c in layout.cells),
            lambda v: CellItem(*v),
            lambda item, v: item.set_cell(*v),
        )
        self._sync_table(self.cards, layout.cards.items(), CardItem, CardItem.set_box)
        self._sync_table(
            self.markers,
            ((b.marker_id, b) for b in layout.marker_badges()),
            MarkerItem,
            MarkerItem.set_badge,
        )
        self.curve.set_curve(layout.emotion_band, layout.emotion_points)
        self._sync_table(
            self.emotion_points,
            ((p.card_id, p) for p in layout.emotion_points),
            EmotionPointItem,
            EmotionPointItem.set_point,
        )
        self._sync_table(
            self.flows,
            (((f.source, f.target), f) for f in layout.flows),
            FlowItem,
            FlowItem.set_arrow,
        )
        self._fit_scene_rect(layout)

    def _sync_axes(self, layout: MapLayout) -> None:
        """Phase and lane headers: a few dozen items, all compared."""
        self._phase_index = {c.phase_id: i for i, c in enumerate(layout.phases)}
        self._sync_table(
            self.phases,
            ((c.phase_id, (c, i)) for i, c in enumerate(layout.phases)),
            lambda v: PhaseHeaderItem(*v),
            lambda item, v: item.set_column(*v),
        )
        self._sync_table(
            self.lanes,
            ((r.lane_id, r) for r in layout.lanes),
            LaneHeaderItem,
            LaneHeaderItem.set_row,
        )

    def _shaded(self, cell: Cell) -> tuple[Cell, bool]:
        """A cell with its stripe: every other phase's column is tinted."""
        return cell, alternate_phase(self._phase_index.get(cell.phase_id, 0))

    def apply(self, layout: MapLayout, delta: LayoutDelta, persona_photo: bytes | None) -> None:
        """Mirror a live layout's update: only the items `delta` names change."""
        self.layout = layout
        if self.header is None:
            self.sync(layout, persona_photo)
            return
        self.header.set_header(layout.header, persona_photo)  # the photo may change alone
        if delta.axes or delta.shading:
            self._sync_axes(layout)
        cells = delta.cells
        if delta.shading:  # columns reordered: every cell may change its stripe
            cells = KeyedChanges({(c.phase_id, c.lane_id): c for c in layout.cells}, cells.removed)
        self._apply_changes(
            self.cells,
            KeyedChanges({k: self._shaded(c) for k, c in cells.changed.items()}, cells.removed),
            lambda v: CellItem(*v),
            lambda item, v: item.set_cell(*v),
        )
        self._apply_changes(self.cards, delta.cards, CardItem, CardItem.set_box)
        self._apply_changes(self.markers, delta.markers, MarkerItem, MarkerItem.set_badge)
        if delta.curve:
            self.curve.set_curve(layout.emotion_band, layout.emotion_points)
        self._apply_changes(
            self.emotion_points, delta.emotion_points, EmotionPointItem, EmotionPointItem.set_point
        )
        self._apply_changes(self.flows, delta.flows, FlowItem, FlowItem.set_arrow)
        if delta.size:
            self._fit_scene_rect(layout)

    def _fit_scene_rect(self, layout: MapLayout) -> None:
        margin = 24.0
        self.setSceneRect(
            QRectF(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)
        )

    def _apply_changes(
        self,
        table: dict[K, V],
        changes: KeyedChanges[K, object],
        create: Callable[[object], V],
        update: Callable[[V, object], bool],
    ) -> None:
        for key in changes.removed:
            item = table.pop(key, None)
            if item is not None:
                self.removeItem(item)
        for key, record in changes.changed.items():
            item = table.get(key)
            if item is None:
                table[key] = self._add(create(record))
            else:
                update(item, record)

    def _sync_table(
        self,
        table: dict[K, V],
        records: Iterable[tuple[K, object]],
        create: Callable[[object], V],
        update: Callable[[V, object], bool],
    ) -> None:
        fresh = dict(records)
        for key in [k for k in table if k not in fresh]:
            item = table.pop(key)
            self.removeItem(item)
        for key, record in fresh.items():
            item = table.get(key)
            if item is None:
                table[key] = self._add(create(record))
            else:
                update(item, record)

    def _add(self, item: V) -> V:
        if self._on_screen and isinstance(item, CardItem):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            item.simplify_below = SIMPLE_BELOW
        if self._layers is not None and isinstance(item, LAYERED):
            self._layers.add(item)
        else:
            self.addItem(item)
        self.created_count += 1
        return item

    # ------------------------------------------------------------- dragging
    def lift(self, item: QGraphicsItem, z: float) -> None:
        """Stack an item being dragged at `z`, above every other item."""
        if self._layers is not None:
            self._layers.lift(item, z)
        else:
            item.setZValue(z)

    def put_back(self, item: QGraphicsItem, z: float) -> None:
        """Undo `lift`: the item goes back among its kind, at its usual `z`."""
        if self._layers is not None:
            self._layers.put_back(item, z)
        else:
            item.setZValue(z)

    # -------------------------------------------------------------- overlays
    def show_highlight(self, rect: QRectF | None) -> None:
        """Shade a drop target (a cell, a card, a header); None hides it."""
        self._highlight.setVisible(rect is not None)
        if rect is not None:
            self._highlight.setRect(rect)

    def show_insertion(self, line: QLineF | None) -> None:
        """Draw where a dragged or dropped phase or lane would go; None hides it."""
        self._insertion.setVisible(line is not None)
        if line is not None:
            self._insertion.setLine(line)

    def clear_feedback(self) -> None:
        self.show_highlight(None)
        self.show_insertion(None)
        if self.header is not None:
            self.header.set_drop_target(False)
