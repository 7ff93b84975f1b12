"""`MapCanvas`: the view of one journey map, one per map tab.

The view stays thin: it mirrors the model through `MapScene.sync`, routes
mouse presses to gesture objects (`gestures.py`), palette drops to
`PaletteDrop` and right-clicks to `context_menu`. Every change it makes goes
through the document as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from mapstudio.model import operations
from mapstudio.model.geometry import MapLayout
from mapstudio.model.project import ProjectChange
from mapstudio.ui.canvas.axis_items import LaneHeaderItem, PhaseHeaderItem
from mapstudio.ui.canvas.box_item import BoxItem
from mapstudio.ui.canvas.card_item import CardItem, MarkerItem
from mapstudio.ui.canvas.layers import REGION
from mapstudio.ui.canvas.layout_source import live_layout_for
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.zooming import Zooming
from mapstudio.ui.document import Document
from mapstudio.ui.palette_mime import PaletteEntry

if TYPE_CHECKING:
    # Imported where first used (a press, a drop, a right-click, an edit):
    # the first paint of a map needs none of them.
    from mapstudio.ui.canvas.gestures import Gesture
    from mapstudio.ui.canvas.palette_drop import PaletteDrop
    from mapstudio.ui.canvas.title_editor import TitleEditor

EDGE_ZONE_PT = 8.0  # the ring inside a touchpoint's border that starts a flow
REVEAL_MARGIN = 190.0  # points around the view made ready before they scroll in


class MapCanvas(QGraphicsView):
    """Draws one map from its layout and turns gestures into edits."""

    selectionChangedIds = Signal(list)
    zoomChanged = Signal(float)  # the new factor: menus, Ctrl+wheel, pinch, fit

    def __init__(self, document: Document, map_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The viewport Qt made is unknown to Python: the first time it reaches
        # Python (`viewport()`, an item's paint) PySide realizes every widget
        # class to find its type, ~15 ms before the first paint. One made here,
        # as plain a QWidget as Qt's, is known already.
        self.setViewport(QWidget(self))
        # First: viewport events arrive during set-up.
        self._zoom = Zooming(self, lambda: self.zoomChanged.emit(self._zoom.factor()))
        self.setObjectName("canvas")
        self.document = document
        self._map_id = map_id
        # A Python reference: the view does not own its scene.
        self.map_scene = MapScene(map_id, self, on_screen=True)
        self.setScene(self.map_scene)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self._gesture: Gesture | None = None
        self._space_down = False
        self._context_actions: list[QAction] = []
        self._editor: TitleEditor | None = None
        self._palette_drop: PaletteDrop | None = None  # built by the first drag over the map
        self._last_selection: list[str] = []
        self._live = live_layout_for(document.project, map_id)
        self._layout = self._live.layout
        self.map_scene.sync(self._layout, self._persona_photo())
        self.map_scene.reveal(QRectF(0, 0, 2 * REGION, 2 * REGION))  # where the view opens
        self.map_scene.selectionChanged.connect(self._emit_selection)
        document.changed.connect(self._on_changed)
        self.zoom_reset()
        self._shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """Open on the map's top-left corner (persona and first phase), not its middle."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Make the items of what is about to be shown (and a card's width around it)."""
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        self.map_scene.reveal(
            seen.adjusted(-REVEAL_MARGIN, -REVEAL_MARGIN, REVEAL_MARGIN, REVEAL_MARGIN)
        )
        super().paintEvent(event)

    # ------------------------------------------------------------ public API
    def map_id(self) -> str:
        return self._map_id

    def current_layout(self) -> MapLayout:
        return self._layout

    def selected_ids(self) -> list[str]:
        return [i.node_id for i in self.map_scene.selectedItems() if isinstance(i, BoxItem)]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly these nodes (unknown ids are skipped) and scroll to them."""
        scene = self.map_scene
        scene.blockSignals(True)
        try:
            scene.clearSelection()
            area = QRectF()
            for node_id in ids:
                item = scene.item_for(node_id)
                if item is not None:
                    item.setSelected(True)
                    area = area.united(item.sceneBoundingRect())
        finally:
            scene.blockSignals(False)
        if not area.isNull():
            self.ensureVisible(area, 24, 24)
        self._emit_selection()

    def zoom_in(self) -> None:
        self._zoom.zoom_by(1.25)

    def zoom_out(self) -> None:
        self._zoom.zoom_by(1 / 1.25)

    def zoom_reset(self) -> None:
        self._zoom.set_zoom(1.0)

    def fit_to_window(self) -> None:
        self._zoom.fit(self.map_scene.sceneRect())

    def zoom_factor(self) -> float:
        """1.0 when one point on the map is one point on the screen."""
        return self._zoom.factor()

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = list(actions)

    def context_actions(self) -> list[QAction]:
        return list(self._context_actions)

    def scene_pos_of_cell(self, phase_id: str, lane_id: str) -> QPointF:
        for cell in self._layout.cells:
            if (cell.phase_id, cell.lane_id) == (phase_id, lane_id):
                return QPointF(*cell.rect.center)
        raise KeyError((phase_id, lane_id))

    def scene_rect_of(self, node_id: str) -> QRectF:
        item = self.map_scene.item_for(node_id)
        if not isinstance(item, BoxItem):
            raise KeyError(node_id)
        return item.scene_box()

    def delete_selection(self) -> None:
        """Delete the selected cards, markers, phases and lanes as one undo step."""
        project = self.document.project
        ids = [i for i in self.selected_ids() if i in project and i != self._map_id]
        cards = [i for i in ids if project.node_kind(i) == "card"]
        axes = [i for i in ids if project.node_kind(i) in ("phase", "lane")]
        steps: list[Callable[[], object]] = []
        if cards:
            steps.append(lambda: operations.remove_cards(project, cards))
        for node_id in axes:
            remove = (
                operations.remove_phase
                if project.node_kind(node_id) == "phase"
                else operations.remove_lane
            )
            steps.append(lambda n=node_id, r=remove: r(project, n))
        if steps:
            self.document.try_push(
                operations.sequence, QCoreApplication.translate("Canvas", "Delete"), steps
            )

    def edit_title(self, node_id: str) -> None:
        """Open an in-place editor on a card's, phase's, lane's or the map's title."""
        block, field = self._title_block(node_id)
        if block is None:
            return
        if self._editor is not None:
            self._editor.finish(commit=True)
        record = self.document.project.get(node_id)
        text = getattr(record, field)

        def done(value: str | None) -> None:
            self._editor = None
            self.viewport().setFocus()
            if value is not None and value != text and node_id in self.document.project:
                self.document.try_push(operations.set_fields, node_id, **{field: value})

        from mapstudio.ui.canvas.title_editor import TitleEditor

        self._editor = TitleEditor(text, block, self.viewport(), done)
        self.map_scene.addItem(self._editor)
        self.setFocus()
        self._editor.start()

    # ----------------------------------------------------------- model sync
    def _on_changed(self, change: ProjectChange) -> None:
        project = self.document.project
        if self._map_id not in project:
            return
        persona = self._layout.header.persona_id
        if self._map_id not in change.maps and (persona is None or persona not in change.touched):
            return
        delta = self._live.update(change)
        self._layout = self._live.layout
        self.map_scene.apply(self._layout, delta, self._persona_photo())
        self._emit_selection()

    def _persona_photo(self) -> bytes | None:
        persona_id = self.document.project.map(self._map_id).persona_id
        return self.document.project.persona(persona_id).photo if persona_id else None

    def _emit_selection(self) -> None:
        ids = self.selected_ids()
        if ids != self._last_selection:
            self._last_selection = ids
            self.selectionChangedIds.emit(ids)

    def _title_block(self, node_id: str) -> tuple[object, str]:
        layout = self._layout
        if node_id == self._map_id:
            return layout.header.title, "name"
        if node_id in layout.cards:
            return layout.cards[node_id].title, "title"
        for column in layout.phases:
            if column.phase_id == node_id:
                return column.name, "name"
        for row in layout.lanes:
            if row.lane_id == node_id:
                return row.title, "title"
        return None, ""

    # --------------------------------------------------------------- lookup
    def node_item_at_scene(self, pos: QPointF) -> QGraphicsItem | None:
        """The topmost selectable item (card, marker, header) at a scene point."""
        for item in self.map_scene.items(pos):
            if (
                isinstance(item, BoxItem)
                and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            ):
                return item
        return None

    def card_at_scene(self, pos: QPointF) -> CardItem | None:
        item = self.node_item_at_scene(pos)
        return item if isinstance(item, CardItem) else None

    def _in_edge_zone(self, item: CardItem, pos: QPointF) -> bool:
        box = item.scene_box()
        inner = box.adjusted(EDGE_ZONE_PT, EDGE_ZONE_PT, -EDGE_ZONE_PT, -EDGE_ZONE_PT)
        return item.is_touchpoint() and box.contains(pos) and not inner.contains(pos)

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._gesture is not None:
            return
        from mapstudio.ui.canvas.gestures import AxisDrag, CardDrag, FlowDraw, Pan

        view_pos = event.position()
        scene_pos = self.mapToScene(view_pos.toPoint())
        pan = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        )
        if pan:
            self._gesture = Pan(self, view_pos)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self.node_item_at_scene(scene_pos)
        if isinstance(item, CardItem) and self._in_edge_zone(item, scene_pos):
            self._gesture = FlowDraw(self, view_pos, item)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event = _as_ctrl_click(event)  # Shift-click adds to the selection, as Ctrl does
        super().mousePressEvent(event)
        multi = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if isinstance(item, CardItem) and item.isSelected() and not multi:
            self._gesture = CardDrag(self, view_pos)
        elif isinstance(item, PhaseHeaderItem | LaneHeaderItem) and not multi:
            self._gesture = AxisDrag(
                self, view_pos, item.node_id, isinstance(item, PhaseHeaderItem)
            )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        if self._gesture is not None:
            self._gesture.move(event.position(), scene_pos)
            return
        item = self.card_at_scene(scene_pos)
        if item is not None and self._in_edge_zone(item, scene_pos):
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        elif not self._space_down:
            self.viewport().unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from mapstudio.ui.canvas.gestures import FlowDraw, Pan

        gesture, self._gesture = self._gesture, None
        if isinstance(gesture, Pan | FlowDraw):
            gesture.finish(self.mapToScene(event.position().toPoint()))
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event = _as_ctrl_click(event)
        super().mouseReleaseEvent(event)
        if gesture is not None:
            gesture.finish(self.mapToScene(event.position().toPoint()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.node_item_at_scene(self.mapToScene(event.position().toPoint()))
        if item is not None and not isinstance(item, MarkerItem):
            self.edit_title(item.node_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._gesture is not None:
            return
        scene_pos = self.mapToScene(event.pos())
        item = self.node_item_at_scene(scene_pos)
        if item is not None and not item.isSelected():
            self.select_ids([item.node_id])
        from mapstudio.ui.canvas.context_menu import build_menu

        menu = build_menu(self, scene_pos, self)
        if not menu.isEmpty():
            menu.exec(event.globalPos())
        menu.deleteLater()

    # ------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editor is None:
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selection()
                return
            if key == Qt.Key.Key_F2 and len(self.selected_ids()) == 1:
                self.edit_title(self.selected_ids()[0])
                return
            if key == Qt.Key.Key_Escape and self._gesture is not None:
                gesture, self._gesture = self._gesture, None
                gesture.cancel()
                return
            if key == Qt.Key.Key_Space and not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # ----------------------------------------------------- wheel and pinch
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._zoom.wheel(event)
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        zoom = self.__dict__.get("_zoom")  # None while the constructor runs
        if zoom is not None and zoom.gesture_event(event):
            return True
        return super().viewportEvent(event)

    # ------------------------------------------------------- palette drops
    @property
    def _drop(self) -> PaletteDrop:
        if self._palette_drop is None:
            from mapstudio.ui.canvas.palette_drop import PaletteDrop

            self._palette_drop = PaletteDrop(self)
        return self._palette_drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drag_over(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag_over(event)

    def _drag_over(self, event: QDragMoveEvent) -> None:
        entry = PaletteEntry.from_mime(event.mimeData())
        scene_pos = self.mapToScene(event.position().toPoint())
        if entry is not None and self._drop.hover(entry, scene_pos):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.map_scene.clear_feedback()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        entry = PaletteEntry.from_mime(event.mimeData())
        if entry is None:
            event.ignore()
            return
        new_id = self._drop.drop(entry, self.mapToScene(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if new_id is not None:
            self.select_ids([new_id])


def _as_ctrl_click(event: QMouseEvent) -> QMouseEvent:
    modifiers = (
        event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
    ) | Qt.KeyboardModifier.ControlModifier
    return QMouseEvent(
        event.type(),
        event.position(),
        event.scenePosition(),
        event.globalPosition(),
        event.button(),
        event.buttons(),
        modifiers,
    )
