"""The palette: drag sources for everything a map is made of.

Each entry carries a `PaletteEntry`; dragging it gives the canvas the entry
under `PALETTE_MIME`, and activating it (double-click, Enter) inserts it at
a sensible place for keyboard users: beside the selection, else at the end
or in the first cell of the matching lane.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from mapstudio.model import operations
from mapstudio.model.edits import AddNode, CompositeEdit
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import (
    DEFAULT_LANE_FOR_CARD,
    KNOWN_CHANNELS,
    CardKind,
    LaneKind,
    NodeKind,
)
from mapstudio.model.project import JourneyProject, ProjectChange
from mapstudio.model.records import Card, Lane, Persona, Phase
from mapstudio.ui import style
from mapstudio.ui.canvas.channel_icons import channel_path, is_filled
from mapstudio.ui.document import Document
from mapstudio.ui.inspector.names import card_kind_name, channel_name, lane_kind_name
from mapstudio.ui.palette_mime import PALETTE_MIME, PaletteEntry, PaletteItem

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 24
PALETTE_CHANNELS = tuple(c for c in KNOWN_CHANNELS if c != "other")
PALETTE_CARDS = (
    CardKind.GOAL,
    CardKind.ACTION,
    CardKind.THOUGHT,
    CardKind.FRUSTRATION,
    CardKind.OPPORTUNITY,
    CardKind.KPI,
    CardKind.NOTE,
)


# ------------------------------------------------------------------- icons
def _canvas_icon(draw: object) -> QIcon:
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)  # drawn at 2x: crisp on HiDPI
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    draw(painter)  # type: ignore[operator]
    painter.end()
    return QIcon(pixmap)


def entry_icon(entry: PaletteEntry) -> QIcon:
    """A small picture of what the entry adds, in the canvas's colours."""

    def card(painter: QPainter) -> None:
        kind = CardKind(entry.card_kind or CardKind.NOTE)
        colours = style.card_colours(kind)
        box = QRectF(2, 4, ICON_SIZE - 4, ICON_SIZE - 8)
        painter.setPen(QPen(colours.border, 1.2))
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(box, 3, 3)
        painter.fillRect(QRectF(box.x(), box.y(), 3, box.height()), colours.accent)
        if kind == CardKind.TOUCHPOINT:
            path = channel_path(entry.channel, QRectF(7, 6, 12, 12))
            painter.setPen(QPen(colours.accent, 1.1))
            painter.setBrush(colours.accent if is_filled(entry.channel) else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

    def marker(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.FRUSTRATION_RED)
        painter.drawEllipse(QRectF(4, 4, ICON_SIZE - 8, ICON_SIZE - 8))
        painter.setPen(QPen(QColor("white"), 2.2))
        painter.drawLine(QPointF(12, 8), QPointF(12, 13.5))
        painter.drawPoint(QPointF(12, 16.5))

    def phase(painter: QPainter) -> None:
        painter.setPen(QPen(style.HEADER_BORDER, 1))
        painter.setBrush(style.MAP_BACKGROUND)
        painter.drawRect(QRectF(7, 3, 10, 18))
        painter.fillRect(QRectF(7, 3, 10, 5), style.PHASE_HEADER)

    def lane(painter: QPainter) -> None:
        kind = LaneKind(entry.lane_kind or LaneKind.NOTES)
        painter.setPen(QPen(style.HEADER_BORDER, 1))
        painter.setBrush(style.MAP_BACKGROUND)
        painter.drawRect(QRectF(2, 8, 20, 8))
        painter.fillRect(QRectF(2, 8, 6, 8), style.lane_header_colour(kind))

    def persona(painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.AVATAR_BACKGROUND)
        painter.drawEllipse(QRectF(2, 2, 20, 20))
        painter.setBrush(style.AVATAR_FOREGROUND)
        painter.drawEllipse(QRectF(8.5, 5.5, 7, 7))
        body = QPainterPath()
        body.addEllipse(QRectF(6, 13.5, 12, 10))
        painter.drawPath(body)

    draw = {
        PaletteItem.CARD: card,
        PaletteItem.MARKER: marker,
        PaletteItem.PHASE: phase,
        PaletteItem.LANE: lane,
        PaletteItem.PERSONA: persona,
    }[entry.item]
    return _canvas_icon(draw)


# ----------------------------------------------------------- keyboard insert
def entry_edit(
    project: JourneyProject, map_id: str, entry: PaletteEntry, selected: Sequence[str]
) -> tuple[CompositeEdit, str | None]:
    """The edit inserting `entry` near the selection (keyboard twin of a drop).

    Returns the edit and the id to select afterwards. Raises ModelError when
    there is nowhere sensible to put it (e.g. a marker with nothing to mark).
    The drop's defaults (titles, modes) load with the first insertion, not
    with the palette: the window's first paint does not need them.
    """
    from mapstudio.ui.canvas.palette_drop import default_lane_title

    kinds = {i: project.node_kind(i) for i in selected if i in project}
    cards = [project.card(i) for i, k in kinds.items() if k == NodeKind.CARD]
    phases = [i for i, k in kinds.items() if k == NodeKind.PHASE]
    lanes = [i for i, k in kinds.items() if k == NodeKind.LANE]
    if entry.item == PaletteItem.PHASE:
        index = project.phase_ids(map_id).index(phases[0]) + 1 if phases else None
        phase = Phase(
            id=operations.new_id("phase"), name=QCoreApplication.translate("Palette", "New phase")
        )
        return operations.add_phase(project, map_id, phase, index), phase.id
    if entry.item == PaletteItem.LANE:
        index = project.lane_ids(map_id).index(lanes[0]) + 1 if lanes else None
        kind = LaneKind(entry.lane_kind or LaneKind.NOTES)
        lane = Lane(id=operations.new_id("lane"), title=default_lane_title(kind), kind=kind)
        return operations.add_lane(project, map_id, lane, index), lane.id
    if entry.item == PaletteItem.MARKER:
        targets = [c.id for c in cards if c.phase_id] + phases
        if not targets:
            raise ModelError(
                QCoreApplication.translate(
                    "Palette", "Select a card or a phase to mark it as a frustration."
                )
            )
        edit = operations.add_marker(project, targets[0])
        added = next((e.node_id for e in edit.edits if isinstance(e, AddNode)), None)
        return edit, added
    if entry.item == PaletteItem.PERSONA:
        return _persona_edit(project, map_id, entry), map_id
    return _card_edit(project, map_id, entry, cards, phases, lanes)


def _persona_edit(project: JourneyProject, map_id: str, entry: PaletteEntry) -> CompositeEdit:
    if entry.persona_id:
        return operations.set_map_persona(project, map_id, entry.persona_id)
    persona = Persona(
        id=operations.new_id("persona"), name=QCoreApplication.translate("Palette", "New persona")
    )
    return operations.sequence(
        project,
        "New persona",
        [
            lambda: operations.add_persona(project, persona),
            lambda: operations.set_map_persona(project, map_id, persona.id),
        ],
    )


def _card_edit(
    project: JourneyProject,
    map_id: str,
    entry: PaletteEntry,
    cards: list[Card],
    phases: list[str],
    lanes: list[str],
) -> tuple[CompositeEdit, str]:
    from mapstudio.ui.canvas.palette_drop import default_card_title, default_mode

    kind = CardKind(entry.card_kind or CardKind.NOTE)
    wanted = DEFAULT_LANE_FOR_CARD.get(kind, LaneKind.NOTES)
    placed = [c for c in cards if c.phase_id and c.lane_id and project.map_of(c.id) == map_id]
    map_phases = project.phase_ids(map_id)
    map_lanes = project.lanes(map_id)
    if not map_phases or not map_lanes:
        raise ModelError(
            QCoreApplication.translate("Palette", "Add a phase and a lane to this map first.")
        )
    phase_id = phases[0] if phases else placed[0].phase_id if placed else map_phases[0]
    same_kind = [lane.id for lane in map_lanes if lane.kind == wanted]
    if lanes:
        lane_id = lanes[0]
    elif placed and project.lane(placed[0].lane_id or "").kind == wanted:
        lane_id = placed[0].lane_id or ""
    elif same_kind:
        lane_id = same_kind[0]
    else:
        lane_id = placed[0].lane_id or "" if placed else map_lanes[0].id
    index = None
    if placed and (placed[0].phase_id, placed[0].lane_id) == (phase_id, lane_id):
        index = project.cell_card_ids(phase_id, lane_id).index(placed[0].id) + 1
    card = Card(
        id=operations.new_id("card"),
        kind=kind,
        title=default_card_title(kind),
        phase_id=phase_id,
        lane_id=lane_id,
    )
    if kind == CardKind.TOUCHPOINT:
        card = card.with_changes(channel=entry.channel, mode=default_mode(entry.channel))
    return operations.add_card(project, card, index), card.id


# ------------------------------------------------------------------ widget
class Palette(QTreeWidget):
    """The tree of entries; drags carry a `PaletteEntry`, activation inserts one."""

    entryActivated = Signal(object)  # PaletteEntry

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paletteTree")
        self.document = document
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QPixmap(ICON_SIZE, ICON_SIZE).size())
        self.setRootIsDecorated(True)
        self.itemActivated.connect(self._on_activated)
        self._icons: dict[PaletteEntry, QIcon] = {}
        self._personas = self._group(QCoreApplication.translate("Palette", "Personas"))
        self._build()
        self.document.changed.connect(self._on_change)

    def set_document(self, document: Document) -> None:
        self.document.changed.disconnect(self._on_change)
        self.document = document
        self.document.changed.connect(self._on_change)
        self._fill_personas()

    def icon(self, entry: PaletteEntry) -> QIcon:
        """The entry's picture, drawn once per window: the Insert menu shows the same."""
        icon = self._icons.get(entry)
        if icon is None:
            icon = self._icons[entry] = entry_icon(entry)
        return icon

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setExpanded(True)
        return group

    def _add(self, parent: QTreeWidgetItem, text: str, entry: PaletteEntry) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, ENTRY_ROLE, entry)
        item.setIcon(0, self.icon(entry))
        item.setToolTip(
            0, QCoreApplication.translate("Palette", "Drag onto the map, or press Enter to insert")
        )
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        return item

    def _build(self) -> None:
        self._fill_personas()
        structure = self._group(QCoreApplication.translate("Palette", "Map structure"))
        self._add(
            structure,
            QCoreApplication.translate("Palette", "Phase"),
            PaletteEntry(PaletteItem.PHASE),
        )
        for kind in LaneKind:
            self._add(
                structure,
                QCoreApplication.translate("Palette", "Lane: {kind}").format(
                    kind=lane_kind_name(kind)
                ),
                PaletteEntry(PaletteItem.LANE, lane_kind=kind.value),
            )
        touchpoints = self._group(QCoreApplication.translate("Palette", "Touchpoints"))
        for channel in PALETTE_CHANNELS:
            entry = PaletteEntry(
                PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT.value, channel=channel
            )
            self._add(touchpoints, channel_name(channel), entry)
        cards = self._group(QCoreApplication.translate("Palette", "Cards"))
        self._add(
            cards,
            QCoreApplication.translate("Palette", "Frustration marker"),
            PaletteEntry(PaletteItem.MARKER),
        )
        for kind in PALETTE_CARDS:
            self._add(cards, card_kind_name(kind), PaletteEntry(PaletteItem.CARD, card_kind=kind))

    def _fill_personas(self) -> None:
        self._personas.takeChildren()
        self._add(
            self._personas,
            QCoreApplication.translate("Palette", "New persona"),
            PaletteEntry(PaletteItem.PERSONA),
        )
        for persona in self.document.project.personas():
            self._add(
                self._personas,
                persona.name or QCoreApplication.translate("Palette", "(unnamed persona)"),
                PaletteEntry(PaletteItem.PERSONA, persona_id=persona.id),
            )

    def _on_change(self, change: ProjectChange) -> None:
        project = self.document.project
        personas = {e.persona_id for e in self.entries() if e.persona_id}
        touched = {
            n for n in change.touched if n in personas or project.node_kind(n) == NodeKind.PERSONA
        }
        if touched:
            self._fill_personas()

    # ------------------------------------------------------------- access
    def entries(self) -> list[PaletteEntry]:
        return [self.entry_of(item) for item in self._items()]  # type: ignore[misc]

    def _items(self) -> list[QTreeWidgetItem]:
        result = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            result += [group.child(i) for i in range(group.childCount())]
        return result

    @staticmethod
    def entry_of(item: QTreeWidgetItem | None) -> PaletteEntry | None:
        if item is None:
            return None
        entry = item.data(0, ENTRY_ROLE)
        return entry if isinstance(entry, PaletteEntry) else None

    def item_for(self, entry: PaletteEntry) -> QTreeWidgetItem | None:
        """The item that carries `entry` (tests and keyboard navigation use it)."""
        return next((i for i in self._items() if self.entry_of(i) == entry), None)

    # --------------------------------------------------------------- drag
    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        entry = self.entry_of(items[0]) if items else None
        return entry.to_mime() if entry is not None else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = self.entry_of(item)
        if entry is not None:
            self.entryActivated.emit(entry)
