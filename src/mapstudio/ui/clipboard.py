"""Copy, cut and paste of cards through the system clipboard.

The clipboard holds a small project in MapStudio's own JSON (the cards, the
phases and lanes they sit in, their markers and the flows between them)
under `CARDS_MIME`, plus their titles as plain text for other applications.
Pasting gives every card a new id and lands it in the selected cell, else
its source cell if the target map has it, else the first cell of a lane of
the same kind; the whole paste is one undo step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from mapstudio.model import operations
from mapstudio.model.edits import CompositeEdit, Edit
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import DEFAULT_LANE_FOR_CARD, NodeKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

CARDS_MIME = "application/x-mapstudio-cards+json"
MAX_CLIPBOARD_BYTES = 20_000_000


# ------------------------------------------------------------------- copy
def _extract(project: JourneyProject, card_ids: Sequence[str]) -> JourneyProject:
    """A stand-alone project with the cards, their cells, markers and flows."""
    cards = [
        project.card(i) for i in dict.fromkeys(card_ids) if project.node_kind(i) == NodeKind.CARD
    ]
    placed = [c for c in cards if c.phase_id and c.lane_id]
    chosen = {c.id for c in placed}
    markers = [
        m
        for c in placed
        for m in project.markers_of(c.id)
        if m.phase_id is None and m.id not in chosen
    ]
    sub = JourneyProject()
    if not placed:
        return sub
    map_id = project.map_of(placed[0].id) or "map"
    rank = {card_id: i for i, card_id in enumerate(project.card_ids(map_id))}
    placed = sorted((c for c in placed if c.id in rank), key=lambda c: rank[c.id])

    def apply(edit: Edit) -> None:
        edit.apply(sub)

    apply(operations.add_map(sub, JourneyMap(id=map_id, name=project.map(map_id).name)))
    for phase_id in project.phase_ids(map_id):
        if any(c.phase_id == phase_id for c in placed):
            apply(operations.add_phase(sub, map_id, project.phase(phase_id)))
    for lane_id in project.lane_ids(map_id):
        if any(c.lane_id == lane_id for c in placed):
            apply(operations.add_lane(sub, map_id, project.lane(lane_id)))
    for card in placed:
        apply(operations.add_card(sub, card.with_changes(marks=None, answers=None)))
    kept = {c.id for c in placed}
    for card in placed:
        if card.id in kept and card.marks in kept:
            apply(operations.set_marks(sub, card.id, card.marks))
        if card.id in kept and card.answers in kept:
            apply(operations.set_answers(sub, card.id, card.answers))
    for marker in markers:
        if marker.marks in kept:
            apply(operations.add_card(sub, marker.with_changes(answers=None)))
    for flow in project.flows(map_id):
        if flow.source in kept and flow.target in kept:
            apply(operations.add_flow(sub, flow.source, flow.target, flow.label))
    return sub


def cards_mime(project: JourneyProject, card_ids: Sequence[str]) -> QMimeData | None:
    """The clipboard contents for these cards; None when none can be copied."""
    from mapstudio.fileformat import project_to_json_dict

    sub = _extract(project, card_ids)
    cards = [sub.card(i) for i in sub.card_ids(sub.maps()[0].id)] if sub.maps() else []
    if not cards:
        return None
    document = project_to_json_dict(sub, {})
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(document, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(c.title for c in cards if c.title))
    return mime


# ------------------------------------------------------------------ paste
@dataclass(frozen=True)
class PasteResult:
    edit: CompositeEdit
    new_ids: list[str]


def _read(mime: QMimeData) -> JourneyProject:
    from mapstudio.fileformat import ProjectFileError, project_from_json_dict

    raw = bytes(mime.data(CARDS_MIME).data())
    if len(raw) > MAX_CLIPBOARD_BYTES:
        raise ModelError(
            QCoreApplication.translate("Clipboard", "The clipboard holds too much to paste.")
        )
    try:
        document = json.loads(raw.decode("utf-8"))
        return project_from_json_dict(
            document, {}, QCoreApplication.translate("Clipboard", "the clipboard")
        )
    except (ValueError, UnicodeDecodeError, ProjectFileError) as exc:
        raise ModelError(
            QCoreApplication.translate("Clipboard", "The clipboard does not hold MapStudio cards.")
        ) from exc


def can_paste(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(CARDS_MIME)


def paste_cards(
    project: JourneyProject, mime: QMimeData, map_id: str, selected: Sequence[str] = ()
) -> PasteResult:
    """The one edit pasting the clipboard's cards into `map_id`; ModelError if impossible."""
    sub = _read(mime)
    if not sub.maps():
        raise ModelError(
            QCoreApplication.translate("Clipboard", "The clipboard does not hold MapStudio cards.")
        )
    source_map = sub.maps()[0].id
    placed = [c for c in sub.cards(source_map) if c.phase_id and c.lane_id]
    markers = [c for c in sub.cards(source_map) if c.phase_id is None and c.marks]
    if not project.phase_ids(map_id) or not project.lane_ids(map_id):
        raise ModelError(
            QCoreApplication.translate("Clipboard", "Add a phase and a lane to this map first.")
        )
    target = _selected_cell(project, map_id, selected)
    new = {c.id: operations.new_id("card") for c in placed + markers}
    steps: list[Callable[[], Edit]] = []
    for card in placed:
        phase_id, lane_id = _cell_for(project, sub, map_id, card, target)
        copy = card.with_changes(
            id=new[card.id], phase_id=phase_id, lane_id=lane_id, marks=None, answers=None
        )
        steps.append(lambda c=copy: operations.add_card(project, c))
    for card in placed:
        if card.marks in new:
            steps.append(lambda c=card: operations.set_marks(project, new[c.id], new[c.marks]))
        if card.answers in new:
            steps.append(lambda c=card: operations.set_answers(project, new[c.id], new[c.answers]))
    for marker in markers:
        copy = marker.with_changes(id=new[marker.id], marks=new.get(marker.marks or ""))
        if copy.marks is not None:
            steps.append(lambda c=copy: operations.add_card(project, c))
    for flow in sub.flows(source_map):
        if flow.source in new and flow.target in new:
            steps.append(
                lambda f=flow: operations.add_flow(project, new[f.source], new[f.target], f.label)
            )
    edit = operations.sequence(project, "Paste", steps)
    return PasteResult(edit, [new[c.id] for c in placed])


def _selected_cell(
    project: JourneyProject, map_id: str, selected: Sequence[str]
) -> tuple[str, str] | None:
    """The cell the user pointed at: a selected card's cell in this map."""
    for node_id in selected:
        if project.node_kind(node_id) == NodeKind.CARD and project.map_of(node_id) == map_id:
            card = project.card(node_id)
            if card.phase_id and card.lane_id:
                return card.phase_id, card.lane_id
    return None


def _cell_for(
    project: JourneyProject,
    sub: JourneyProject,
    map_id: str,
    card: Card,
    target: tuple[str, str] | None,
) -> tuple[str, str]:
    lane_kind = sub.lane(card.lane_id or "").kind
    lanes = project.lanes(map_id)
    same_kind = [lane.id for lane in lanes if lane.kind == lane_kind]
    if not same_kind:
        wanted = DEFAULT_LANE_FOR_CARD.get(card.kind, lane_kind)
        same_kind = [lane.id for lane in lanes if lane.kind == wanted]
    if target is not None:
        phase_id, lane_id = target
        if project.lane(lane_id).kind != lane_kind and same_kind:
            lane_id = same_kind[0]
        return phase_id, lane_id
    phases = project.phase_ids(map_id)
    lane_ids = [lane.id for lane in lanes]
    if card.phase_id in phases and card.lane_id in lane_ids:
        return card.phase_id, card.lane_id  # type: ignore[return-value]
    return phases[0], same_kind[0] if same_kind else lane_ids[0]


def copyable(project: JourneyProject, ids: Sequence[str]) -> list[str]:
    """The selected ids that are cards (what copy and cut act on)."""
    return [i for i in ids if project.node_kind(i) == NodeKind.CARD]


# -------------------------------------------------------------- duplicate map
def duplicate_map(project: JourneyProject, map_id: str, name: str) -> tuple[CompositeEdit, str]:
    """One edit copying a whole map (phases, lanes, cards, links) under new ids."""
    source = project.map(map_id)
    new_map = operations.new_id("map")
    new: dict[str, str] = {new_map: new_map}
    steps: list[Callable[[], Edit]] = [
        lambda: operations.add_map(
            project,
            source.with_changes(id=new_map, name=name),
            index=source.order + 1,
        )
    ]
    for phase in project.phases(map_id):
        new[phase.id] = operations.new_id("phase")
        copy_phase = phase.with_changes(id=new[phase.id])
        steps.append(lambda p=copy_phase: operations.add_phase(project, new_map, p))
    for lane in project.lanes(map_id):
        new[lane.id] = operations.new_id("lane")
        copy_lane = lane.with_changes(id=new[lane.id])
        steps.append(lambda la=copy_lane: operations.add_lane(project, new_map, la))
    cards = project.cards(map_id)
    for card in cards:
        new[card.id] = operations.new_id("card")
    for card in (c for c in cards if c.phase_id and c.lane_id):
        copy = card.with_changes(
            id=new[card.id],
            phase_id=new[card.phase_id or ""],
            lane_id=new[card.lane_id or ""],
            marks=None,
            answers=None,
        )
        steps.append(lambda c=copy: operations.add_card(project, c))
    for card in cards:
        if card.phase_id is None and card.marks in new:
            marker = card.with_changes(id=new[card.id], marks=new[card.marks], answers=None)
            steps.append(lambda c=marker: operations.add_card(project, c))
        elif card.marks in new:
            steps.append(lambda c=card: operations.set_marks(project, new[c.id], new[c.marks]))
    for card in cards:
        if card.answers in new:
            steps.append(lambda c=card: operations.set_answers(project, new[c.id], new[c.answers]))
    for flow in project.flows(map_id):
        if flow.source in new and flow.target in new:
            steps.append(
                lambda f=flow: operations.add_flow(project, new[f.source], new[f.target], f.label)
            )
    return operations.sequence(project, "Duplicate map", steps), new_map


# ---------------------------------------------------------- window commands
class CardClipboard:
    """Edit > Cut, Copy, Paste for the window's current map."""

    def __init__(self, window: EditorWindow) -> None:
        self.window = window

    def copy(self) -> bool:
        canvas = self.window.current_canvas()
        if canvas is None:
            return False
        ids = copyable(self.window.document.project, canvas.selected_ids())
        mime = cards_mime(self.window.document.project, ids)
        if mime is None:
            return False
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        canvas = self.window.current_canvas()
        if canvas is not None and self.copy():
            ids = copyable(self.window.document.project, canvas.selected_ids())
            edit = operations.remove_cards(self.window.document.project, ids)
            self.window.document.push(edit, QCoreApplication.translate("Clipboard", "Cut"))

    def paste(self) -> None:
        canvas = self.window.current_canvas()
        mime = QGuiApplication.clipboard().mimeData()
        if canvas is None or not can_paste(mime):
            return
        try:
            result = paste_cards(
                self.window.document.project, mime, canvas.map_id(), canvas.selected_ids()
            )
        except ModelError as exc:
            self.window.show_error(str(exc))
            return
        if self.window.document.push(result.edit, QCoreApplication.translate("Clipboard", "Paste")):
            canvas.select_ids(result.new_ids)
