"""The palette: every entry a map needs, real drag payloads, keyboard insertion."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.records import Persona
from mapstudio.ui.document import Document
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.palette import Palette, entry_edit
from mapstudio.ui.palette_mime import PALETTE_MIME, PaletteEntry, PaletteItem

CHANNELS = (
    "website",
    "search_ad",
    "social",
    "email",
    "sms",
    "phone",
    "shop",
    "event",
    "print",
    "word_of_mouth",
    "chat",
    "app",
)


def _palette(qtbot: QtBot) -> Palette:
    palette = Palette(Document(blank_project()))
    qtbot.addWidget(palette)
    return palette


def test_entries_cover_every_kind(qtbot: QtBot) -> None:
    entries = _palette(qtbot).entries()
    assert PaletteEntry(PaletteItem.PERSONA) in entries
    assert PaletteEntry(PaletteItem.PHASE) in entries
    assert PaletteEntry(PaletteItem.MARKER) in entries
    for kind in LaneKind:
        assert PaletteEntry(PaletteItem.LANE, lane_kind=kind) in entries
    for channel in CHANNELS:
        assert (
            PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT, channel=channel)
            in entries
        )
    for kind in (
        CardKind.FRUSTRATION,
        CardKind.OPPORTUNITY,
        CardKind.GOAL,
        CardKind.THOUGHT,
        CardKind.KPI,
    ):
        assert PaletteEntry(PaletteItem.CARD, card_kind=kind) in entries


def test_drag_payload_is_the_entry(qtbot: QtBot) -> None:
    palette = _palette(qtbot)
    assert palette.dragEnabled()
    assert palette.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    entry = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT, channel="email")
    item = palette.item_for(entry)
    assert item is not None and not item.icon(0).isNull()
    mime = palette.mimeData([item])
    assert mime.hasFormat(PALETTE_MIME)
    assert PaletteEntry.from_mime(mime) == entry


def test_existing_personas_are_listed_and_follow_changes(qtbot: QtBot) -> None:
    palette = _palette(qtbot)
    document = palette.document
    document.push(operations.add_persona(document.project, Persona(id="p-lucy", name="Lucy")))
    entry = PaletteEntry(PaletteItem.PERSONA, persona_id="p-lucy")
    assert palette.item_for(entry).text(0) == "Lucy"
    document.try_push(operations.set_fields, "p-lucy", name="Lucy M.")
    assert palette.item_for(entry).text(0) == "Lucy M."
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert palette.item_for(entry) is None


def test_activation_emits_the_entry(qtbot: QtBot) -> None:
    palette = _palette(qtbot)
    entry = PaletteEntry(PaletteItem.PHASE)
    with qtbot.waitSignal(palette.entryActivated) as blocker:
        palette.itemActivated.emit(palette.item_for(entry), 0)
    assert blocker.args == [entry]


def test_keyboard_insert_places(qtbot: QtBot, tmp_path: Path) -> None:
    project = blank_project()
    map_id = project.maps()[0].id
    phases = project.phase_ids(map_id)
    edit, phase_id = entry_edit(project, map_id, PaletteEntry(PaletteItem.PHASE), [phases[1]])
    edit.apply(project)
    assert project.phase_ids(map_id)[2] == phase_id
    lane_entry = PaletteEntry(PaletteItem.LANE, lane_kind=LaneKind.NOTES)
    edit, lane_id = entry_edit(project, map_id, lane_entry, [])
    edit.apply(project)
    assert project.lane_ids(map_id)[-1] == lane_id
    tp = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT, channel="sms")
    edit, card_id = entry_edit(project, map_id, tp, [phases[3]])
    edit.apply(project)
    card = project.card(card_id)
    assert card.phase_id == phases[3] and project.lane(card.lane_id).kind == LaneKind.TOUCHPOINTS
    assert card.channel == "sms"
    persona = PaletteEntry(PaletteItem.PERSONA)
    edit, _ = entry_edit(project, map_id, persona, [])
    edit.apply(project)
    assert project.map(map_id).persona_id is not None


def test_palette_dock_in_window_inserts_with_enter(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    before = len(window.document.project.phase_ids(window.current_canvas().map_id()))
    window.palette.entryActivated.emit(PaletteEntry(PaletteItem.PHASE))
    after = window.document.project.phase_ids(window.current_canvas().map_id())
    assert len(after) == before + 1
    assert window.current_canvas().selected_ids() == [after[-1]]
