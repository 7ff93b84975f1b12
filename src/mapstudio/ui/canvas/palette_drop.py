"""Drops from the palette: where an entry may land, the feedback, the edit.

`PaletteDrop.hover` lights up the place a `PaletteEntry` would go (insertion
line for phases and lanes, the cell for cards, the card or phase for
markers, the header band for personas); `drop` pushes the one edit and
returns the id to select afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF

from mapstudio.model import operations
from mapstudio.model.edits import AddNode, CompositeEdit
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import CardKind, LaneKind, Mode
from mapstudio.model.records import Card, Lane, Persona, Phase
from mapstudio.ui.canvas.gestures import axis_insertion, card_index
from mapstudio.ui.inspector.names import lane_kind_name
from mapstudio.ui.palette_mime import PaletteEntry, PaletteItem

if TYPE_CHECKING:
    from mapstudio.ui.canvas.view import MapCanvas

ONLINE_CHANNELS = frozenset({"website", "search_ad", "social", "email", "sms", "chat", "app"})


def default_card_title(kind: CardKind) -> str:
    titles = {
        CardKind.TOUCHPOINT: QCoreApplication.translate("Canvas", "New touchpoint"),
        CardKind.GOAL: QCoreApplication.translate("Canvas", "New goal"),
        CardKind.ACTION: QCoreApplication.translate("Canvas", "New action"),
        CardKind.THOUGHT: QCoreApplication.translate("Canvas", "New thought"),
        CardKind.FRUSTRATION: QCoreApplication.translate("Canvas", "New frustration"),
        CardKind.OPPORTUNITY: QCoreApplication.translate("Canvas", "New opportunity"),
        CardKind.KPI: QCoreApplication.translate("Canvas", "New KPI"),
        CardKind.NOTE: QCoreApplication.translate("Canvas", "New note"),
    }
    return titles.get(kind, QCoreApplication.translate("Canvas", "New card"))


def default_lane_title(kind: LaneKind) -> str:
    """A new lane is titled with its kind's name, as the inspector shows it."""
    return lane_kind_name(kind)


def default_mode(channel: str) -> Mode:
    return Mode.ONLINE if channel in ONLINE_CHANNELS else Mode.OFFLINE


@dataclass(frozen=True)
class DropSpot:
    """Where an entry would land: what to highlight and what the drop means."""

    highlight: QRectF | None = None
    line: QLineF | None = None
    header: bool = False
    index: int | None = None
    phase_id: str | None = None
    lane_id: str | None = None
    target_id: str | None = None  # the card or phase a marker goes on


class PaletteDrop:
    """Turns palette entries dropped on one canvas into edits."""

    def __init__(self, canvas: MapCanvas) -> None:
        self.canvas = canvas

    def spot(self, entry: PaletteEntry, pos: QPointF) -> DropSpot | None:
        """Where `entry` would land at scene position `pos`; None: not here."""
        layout = self.canvas.current_layout()
        if entry.item == PaletteItem.PHASE:
            index, line = axis_insertion(layout, True, pos)
            return DropSpot(line=line, index=index)
        if entry.item == PaletteItem.LANE:
            index, line = axis_insertion(layout, False, pos)
            return DropSpot(line=line, index=index)
        if entry.item == PaletteItem.PERSONA:
            head = layout.header.rect
            return DropSpot(header=True) if head.contains_point(pos.x(), pos.y()) else None
        if entry.item == PaletteItem.MARKER:
            return self._marker_spot(pos)
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        siblings = self.canvas.document.project.cell_card_ids(cell.phase_id, cell.lane_id)
        r = cell.rect
        return DropSpot(
            highlight=QRectF(r.x, r.y, r.w, r.h),
            index=card_index(layout, siblings, pos.y(), []),
            phase_id=cell.phase_id,
            lane_id=cell.lane_id,
        )

    def _marker_spot(self, pos: QPointF) -> DropSpot | None:
        card = self.canvas.card_at_scene(pos)
        if card is not None:
            return DropSpot(highlight=card.scene_box(), target_id=card.node_id)
        for column in self.canvas.current_layout().phases:
            if column.header.contains_point(pos.x(), pos.y()):
                r = column.header
                return DropSpot(highlight=QRectF(r.x, r.y, r.w, r.h), target_id=column.phase_id)
        return None

    def hover(self, entry: PaletteEntry, pos: QPointF) -> bool:
        """Show where `entry` would go; False when it cannot be dropped here."""
        scene = self.canvas.map_scene
        scene.clear_feedback()
        spot = self.spot(entry, pos)
        if spot is None:
            return False
        scene.show_highlight(spot.highlight)
        scene.show_insertion(spot.line)
        if spot.header and scene.header is not None:
            scene.header.set_drop_target(True)
        return True

    def drop(self, entry: PaletteEntry, pos: QPointF) -> str | None:
        """Push the edit for dropping `entry` at `pos`; the id to select, if any."""
        self.canvas.map_scene.clear_feedback()
        spot = self.spot(entry, pos)
        if spot is None:
            return None
        try:
            edit, new_id = self._build(entry, spot)
        except (ModelError, ValueError) as exc:
            self.canvas.document.error.emit(str(exc))
            return None
        self.canvas.document.push(edit)
        return new_id

    def _build(self, entry: PaletteEntry, spot: DropSpot) -> tuple[CompositeEdit, str | None]:
        project = self.canvas.document.project
        map_id = self.canvas.map_id()
        if entry.item == PaletteItem.PHASE:
            phase = Phase(
                id=operations.new_id("phase"),
                name=QCoreApplication.translate("Canvas", "New phase"),
            )
            return operations.add_phase(project, map_id, phase, spot.index), phase.id
        if entry.item == PaletteItem.LANE:
            kind = LaneKind(entry.lane_kind or LaneKind.NOTES)
            lane = Lane(id=operations.new_id("lane"), title=default_lane_title(kind), kind=kind)
            return operations.add_lane(project, map_id, lane, spot.index), lane.id
        if entry.item == PaletteItem.CARD:
            return self._card_edit(entry, spot)
        if entry.item == PaletteItem.MARKER:
            assert spot.target_id is not None
            edit = operations.add_marker(project, spot.target_id)
            added = next((e.node_id for e in edit.edits if isinstance(e, AddNode)), None)
            return edit, added
        if entry.persona_id:
            return operations.set_map_persona(project, map_id, entry.persona_id), map_id
        persona = Persona(
            id=operations.new_id("persona"),
            name=QCoreApplication.translate("Canvas", "New persona"),
        )
        edit = operations.sequence(
            project,
            QCoreApplication.translate("Canvas", "New persona"),
            [
                lambda: operations.add_persona(project, persona),
                lambda: operations.set_map_persona(project, map_id, persona.id),
            ],
        )
        return edit, map_id

    def _card_edit(self, entry: PaletteEntry, spot: DropSpot) -> tuple[CompositeEdit, str]:
        kind = CardKind(entry.card_kind or CardKind.NOTE)
        card = Card(
            id=operations.new_id("card"),
            kind=kind,
            title=default_card_title(kind),
            phase_id=spot.phase_id,
            lane_id=spot.lane_id,
        )
        if kind == CardKind.TOUCHPOINT:
            card = card.with_changes(channel=entry.channel, mode=default_mode(entry.channel))
        project = self.canvas.document.project
        return operations.add_card(project, card, spot.index), card.id
