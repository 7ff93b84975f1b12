"""`MapScene`: the items of one map, kept in step with its layout.

`sync` mirrors a whole `MapLayout` (the first time, or for a layout from
elsewhere): existing items get their new geometry in place, and items are
only created or removed for records that appeared or vanished (on screen,
only once their region is shown: `reveal`). `apply` takes
the `LayoutDelta` of a live layout's update and touches only the items it
names, so a field change on a 10,000-card map costs a handful of items, not
a walk over ten thousand.
"""

from __future__ import annotations

from collections.abc import Callable
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
from mapstudio.model.geometry import Cell, EmotionPoint, FlowArrow, MapLayout
from mapstudio.model.layout_delta import KeyedChanges, LayoutDelta
from mapstudio.ui import style
from mapstudio.ui.canvas.axis_items import CellItem, LaneHeaderItem, PhaseHeaderItem
from mapstudio.ui.canvas.card_item import SIMPLE_BELOW, CardItem, MarkerItem
from mapstudio.ui.canvas.curve_items import (
    FACE_BOUNDS,
    EmotionCurveItem,
    EmotionPointItem,
    FlowItem,
)
from mapstudio.ui.canvas.header_item import HeaderBandItem
from mapstudio.ui.canvas.item_table import Extent, ItemTable, Region, regions_in
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
    what to repaint stays short; and the items of cards, badges, cells,
    faces and flows are made only where the view has looked
    (`item_table.ItemTable`; the view calls `reveal` before each paint).
    Exports leave all four off, so SVG and print stay complete vectors
    stacked exactly as listed.
    """

    def __init__(self, map_id: str, parent: QObject | None = None, on_screen: bool = False) -> None:
        super().__init__(parent)
        self.map_id = map_id
        self._on_screen = on_screen
        self._layers = ItemLayers(self) if on_screen else None
        self.layout: MapLayout | None = None
        self.created_count = 0  # items created, so tests can see "no rebuild"
        # Regions shown so far (None: every item at once); see `item_table`.
        self._shown: set[Region] | None = set() if on_screen else None
        self._cells: ItemTable[tuple[str, str], CellItem] = self._table(
            lambda v: CellItem(*v), lambda item, v: item.set_cell(*v), _cell_extent
        )
        self._cards: ItemTable[str, CardItem] = self._table(
            CardItem, lambda item, v: item.set_box(v), _box_extent
        )
        self._markers: ItemTable[str, MarkerItem] = self._table(
            MarkerItem, lambda item, v: item.set_badge(v), _box_extent
        )
        self._emotion_points: ItemTable[str, EmotionPointItem] = self._table(
            EmotionPointItem, lambda item, v: item.set_point(v), _point_extent
        )
        self._flows: ItemTable[tuple[str, str], FlowItem] = self._table(
            FlowItem, lambda item, v: item.set_arrow(v), _flow_extent
        )
        # The items made so far, by key (records waiting for theirs are not here).
        self.cells = self._cells.items
        self.cards = self._cards.items
        self.markers = self._markers.items
        self.emotion_points = self._emotion_points.items
        self.flows = self._flows.items
        # Phase and lane headers: a few dozen items, always all made.
        self._phases: ItemTable[str, PhaseHeaderItem] = ItemTable(
            self._add, self.removeItem, lambda v: PhaseHeaderItem(*v), lambda i, v: i.set_column(*v)
        )
        self._lanes: ItemTable[str, LaneHeaderItem] = ItemTable(
            self._add, self.removeItem, LaneHeaderItem, lambda item, v: item.set_row(v)
        )
        self.phases = self._phases.items
        self.lanes = self._lanes.items
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

    def _table(
        self,
        create: Callable[[object], V],
        update: Callable[[V, object], object],
        extent: Callable[[object], Extent],
    ) -> ItemTable:
        return ItemTable(self._add, self.removeItem, create, update, extent, self._shown)

    def _tables(self) -> tuple[ItemTable, ...]:
        """The lazily made kinds, in the order their items are created (as `sync` does)."""
        return (self._cells, self._cards, self._markers, self._emotion_points, self._flows)

    # ---------------------------------------------------------------- lookup
    def item_for(self, node_id: str) -> QGraphicsItem | None:
        """The item that stands for a node: card, marker, phase, lane or the map.

        A card or marker not shown yet gets its item (and its region's) now.
        """
        for table in (self._cards, self._markers):
            item = self._made(table, node_id)
            if item is not None:
                return item
        for axis in (self.phases, self.lanes):
            item = axis.get(node_id)
            if item is not None:
                return item
        if self.header is not None and node_id == self.map_id:
            return self.header
        return None

    def emotion_point_item(self, card_id: str) -> EmotionPointItem | None:
        return self._made(self._emotion_points, card_id)

    def flow_item(self, source: str, target: str) -> FlowItem | None:
        return self._made(self._flows, (source, target))

    def _made(self, table: ItemTable[K, V], key: K) -> V | None:
        """`table`'s item for `key`, revealing the regions it lies in if need be."""
        item = table.items.get(key)
        if item is None:
            regions = table.waiting_regions(key)
            if regions:
                self._reveal_regions(regions)
                item = table.items.get(key)
        return item

    # ------------------------------------------------------------- revealing
    def reveal(self, rect: QRectF) -> None:
        """Make the items of every record in `rect` (the view calls this before it paints)."""
        shown = self._shown
        if shown is None:
            return
        rect = rect.intersected(self.sceneRect())
        if rect.isEmpty():
            return
        fresh = [
            r
            for r in regions_in(rect.left(), rect.top(), rect.right(), rect.bottom())
            if r not in shown
        ]
        if fresh:
            self._reveal_regions(fresh)

    def reveal_all(self) -> None:
        """Make every item now (tests comparing scenes; a view zoomed out on the whole map)."""
        self.reveal(self.sceneRect())

    def shown_regions(self) -> frozenset[Region]:
        """The regions revealed so far (none on a scene that makes every item at once)."""
        return frozenset(self._shown or ())

    def waiting_count(self) -> int:
        """Records whose item is not made yet (0 on a scene that makes them all)."""
        return sum(table.pending_count() for table in self._tables())

    def _reveal_regions(self, regions: list[Region]) -> None:
        assert self._shown is not None
        self._shown.update(regions)
        with collector_paused():  # a zoomed-out view may show thousands at once
            for table in self._tables():
                table.reveal(regions)

    # ------------------------------------------------------------------ sync
    def sync(self, layout: MapLayout, persona_photo: bytes | None) -> None:
        """Mirror `layout`: update items in place, add and remove only the difference."""
        with collector_paused():  # the first sync of a big map creates thousands of items
            self._sync(layout, persona_photo)

    def _sync(self, layout: MapLayout, persona_photo: bytes | None) -> None:
        self.layout = layout
        self._fit_scene_rect(layout)
        if self.header is None:
            self.header = HeaderBandItem(self.map_id, layout.header, persona_photo)
            self._add(self.header)
        else:
            self.header.set_header(layout.header, persona_photo)
        self._sync_axes(layout)
        self._cells.sync(((c.phase_id, c.lane_id), self._shaded(c)) for c in layout.cells)
        self._cards.sync(layout.cards.items())
        self._markers.sync((b.marker_id, b) for b in layout.marker_badges())
        self.curve.set_curve(layout.emotion_band, layout.emotion_points)
        self._emotion_points.sync((p.card_id, p) for p in layout.emotion_points)
        self._flows.sync(((f.source, f.target), f) for f in layout.flows)

    def _sync_axes(self, layout: MapLayout) -> None:
        """Phase and lane headers: a few dozen items, all compared and all made."""
        self._phase_index = {c.phase_id: i for i, c in enumerate(layout.phases)}
        self._phases.sync((c.phase_id, (c, i)) for i, c in enumerate(layout.phases))
        self._lanes.sync((r.lane_id, r) for r in layout.lanes)

    def _shaded(self, cell: Cell) -> tuple[Cell, bool]:
        """A cell with its stripe: every other phase's column is tinted."""
        return cell, alternate_phase(self._phase_index.get(cell.phase_id, 0))

    def apply(self, layout: MapLayout, delta: LayoutDelta, persona_photo: bytes | None) -> None:
        """Mirror a live layout's update: only the items `delta` names change."""
        self.layout = layout
        if self.header is None:
            self.sync(layout, persona_photo)
            return
        if delta.size:  # first: what grew may lie in a region already shown
            self._fit_scene_rect(layout)
        self.header.set_header(layout.header, persona_photo)  # the photo may change alone
        if delta.axes or delta.shading:
            self._sync_axes(layout)
        cells = delta.cells
        if delta.shading:  # columns reordered: every cell may change its stripe
            cells = KeyedChanges({(c.phase_id, c.lane_id): c for c in layout.cells}, cells.removed)
        self._cells.apply(
            KeyedChanges({k: self._shaded(c) for k, c in cells.changed.items()}, cells.removed)
        )
        self._cards.apply(delta.cards)
        self._markers.apply(delta.markers)
        if delta.curve:
            self.curve.set_curve(layout.emotion_band, layout.emotion_points)
        self._emotion_points.apply(delta.emotion_points)
        self._flows.apply(delta.flows)

    def _fit_scene_rect(self, layout: MapLayout) -> None:
        margin = 24.0
        self.setSceneRect(
            QRectF(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)
        )

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


# ------------------------------------------------------------- record extents
def _box_extent(record: object) -> Extent:
    x, y, w, h = record.rect  # type: ignore[attr-defined]  # a CardBox or a MarkerBadge
    return x, y, x + w, y + h


def _cell_extent(record: object) -> Extent:
    cell, _shaded = record  # type: ignore[misc]
    x, y, w, h = cell.rect
    return x, y, x + w, y + h


def _point_extent(record: object) -> Extent:
    point: EmotionPoint = record  # type: ignore[assignment]
    face = FACE_BOUNDS  # the face's rect around its centre
    return (
        point.x + face.left(),
        point.y + face.top(),
        point.x + face.right(),
        point.y + face.bottom(),
    )


def _flow_extent(record: object) -> Extent:
    flow: FlowArrow = record  # type: ignore[assignment]
    if not flow.points:
        return 0.0, 0.0, 0.0, 0.0
    xs = [p[0] for p in flow.points]
    ys = [p[1] for p in flow.points]
    return min(xs), min(ys), max(xs), max(ys)
