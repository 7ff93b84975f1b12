"""The canvas's context menus: actions for what lies under the cursor.

Each action builds one edit through `model.operations`; the window's own
actions (Cut, Copy, Paste, Delete…) are appended after a separator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMenu, QWidget

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.records import Card, Lane, Phase
from mapstudio.ui.canvas.axis_items import LaneHeaderItem, PhaseHeaderItem
from mapstudio.ui.canvas.card_item import CardItem, MarkerItem
from mapstudio.ui.canvas.palette_drop import default_card_title, default_lane_title, default_mode

if TYPE_CHECKING:
    from mapstudio.ui.canvas.view import MapCanvas

# The card kind an "Add … here" in an empty cell creates, by lane kind.
CARD_FOR_LANE: dict[LaneKind, CardKind] = {
    LaneKind.GOALS: CardKind.GOAL,
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.ACTIONS: CardKind.ACTION,
    LaneKind.THOUGHTS: CardKind.THOUGHT,
    LaneKind.FRUSTRATIONS: CardKind.FRUSTRATION,
    LaneKind.OPPORTUNITIES: CardKind.OPPORTUNITY,
    LaneKind.KPIS: CardKind.KPI,
}


def build_menu(canvas: MapCanvas, scene_pos: QPointF, parent: QWidget) -> QMenu:
    """The menu for a right-click at `scene_pos`."""
    menu = QMenu(parent)
    item = canvas.node_item_at_scene(scene_pos)
    if isinstance(item, CardItem):
        _card_actions(canvas, menu, item)
    elif isinstance(item, MarkerItem):
        menu.addAction(
            QCoreApplication.translate("Canvas", "Delete"), lambda: _delete(canvas, item.node_id)
        )
    elif isinstance(item, PhaseHeaderItem):
        _phase_actions(canvas, menu, item)
    elif isinstance(item, LaneHeaderItem):
        _lane_actions(canvas, menu, item)
    elif item is not None and item is canvas.map_scene.header:
        menu.addAction(
            QCoreApplication.translate("Canvas", "Edit title"),
            lambda: canvas.edit_title(canvas.map_id()),
        )
    else:
        _cell_actions(canvas, menu, scene_pos)
    if canvas.context_actions():
        menu.addSeparator()
        for action in canvas.context_actions():
            menu.addAction(action)
    return menu


def _delete(canvas: MapCanvas, node_id: str) -> None:
    if node_id not in canvas.selected_ids():
        canvas.select_ids([node_id])
    canvas.delete_selection()


def _card_actions(canvas: MapCanvas, menu: QMenu, item: CardItem) -> None:
    doc, card_id = canvas.document, item.node_id
    menu.addAction(
        QCoreApplication.translate("Canvas", "Edit title"), lambda: canvas.edit_title(card_id)
    )
    menu.addAction(QCoreApplication.translate("Canvas", "Delete"), lambda: _delete(canvas, card_id))
    menu.addAction(
        QCoreApplication.translate("Canvas", "Add frustration marker"),
        lambda: doc.try_push(operations.add_marker, card_id),
    )
    if item.is_touchpoint():
        flows = [f for f in doc.project.flows(canvas.map_id()) if card_id in (f.source, f.target)]
        sub = menu.addMenu(QCoreApplication.translate("Canvas", "Remove flow"))
        sub.setEnabled(bool(flows))
        for flow in flows:
            other = flow.target if flow.source == card_id else flow.source
            arrow = "→" if flow.source == card_id else "←"
            title = doc.project.card(other).title or other
            sub.addAction(
                f"{arrow} {title}",
                lambda f=flow: doc.try_push(operations.remove_flow, f.source, f.target),
            )


def _phase_actions(canvas: MapCanvas, menu: QMenu, item: PhaseHeaderItem) -> None:
    doc, phase_id, index = canvas.document, item.node_id, item.index

    def insert(at: int) -> None:
        phase = Phase(
            id=operations.new_id("phase"), name=QCoreApplication.translate("Canvas", "New phase")
        )
        if doc.try_push(operations.add_phase, canvas.map_id(), phase, at):
            canvas.select_ids([phase.id])

    menu.addAction(
        QCoreApplication.translate("Canvas", "Edit name"), lambda: canvas.edit_title(phase_id)
    )
    menu.addAction(
        QCoreApplication.translate("Canvas", "Insert phase before"), lambda: insert(index)
    )
    menu.addAction(
        QCoreApplication.translate("Canvas", "Insert phase after"), lambda: insert(index + 1)
    )
    menu.addAction(
        QCoreApplication.translate("Canvas", "Add frustration marker"),
        lambda: doc.try_push(operations.add_marker, phase_id),
    )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("Canvas", "Delete phase"), lambda: _delete(canvas, phase_id)
    )


def _lane_actions(canvas: MapCanvas, menu: QMenu, item: LaneHeaderItem) -> None:
    doc, lane_id = canvas.document, item.node_id
    index = doc.project.lane_ids(canvas.map_id()).index(lane_id)

    def insert(at: int) -> None:
        lane = Lane(id=operations.new_id("lane"), title=default_lane_title(LaneKind.NOTES))
        lane = lane.with_changes(kind=LaneKind.NOTES)
        if doc.try_push(operations.add_lane, canvas.map_id(), lane, at):
            canvas.select_ids([lane.id])

    menu.addAction(
        QCoreApplication.translate("Canvas", "Edit title"), lambda: canvas.edit_title(lane_id)
    )
    menu.addAction(QCoreApplication.translate("Canvas", "Insert lane above"), lambda: insert(index))
    menu.addAction(
        QCoreApplication.translate("Canvas", "Insert lane below"), lambda: insert(index + 1)
    )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("Canvas", "Delete lane"), lambda: _delete(canvas, lane_id)
    )


def _cell_actions(canvas: MapCanvas, menu: QMenu, scene_pos: QPointF) -> None:
    layout = canvas.current_layout()
    cell = layout.cell_at(scene_pos.x(), scene_pos.y())
    if cell is None:
        return
    row = next((r for r in layout.lanes if r.lane_id == cell.lane_id), None)
    kind = CARD_FOR_LANE.get(row.kind if row else LaneKind.NOTES, CardKind.NOTE)
    label = (
        QCoreApplication.translate("Canvas", "Add touchpoint here")
        if kind == CardKind.TOUCHPOINT
        else QCoreApplication.translate("Canvas", "Add card here")
    )

    def add() -> None:
        card = Card(
            id=operations.new_id("card"),
            kind=kind,
            title=default_card_title(kind),
            phase_id=cell.phase_id,
            lane_id=cell.lane_id,
        )
        if kind == CardKind.TOUCHPOINT:
            card = card.with_changes(mode=default_mode(""))
        if canvas.document.try_push(operations.add_card, card):
            canvas.select_ids([card.id])

    menu.addAction(label, add)
