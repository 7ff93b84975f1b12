"""Copy, cut and paste of cards through the system clipboard, one undo step each."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.records import Card
from mapstudio.ui.clipboard import CARDS_MIME


def _add_cards(window) -> tuple[str, str, str]:
    project = window.document.project
    map_id = window.current_canvas().map_id()
    phase = project.phase_ids(map_id)[1]
    lanes = {lane.kind: lane.id for lane in project.lanes(map_id)}
    tp = Card(
        id="tp",
        kind=CardKind.TOUCHPOINT,
        title="Visits the website",
        channel="website",
        emotion=1,
        phase_id=phase,
        lane_id=lanes[LaneKind.TOUCHPOINTS],
    )
    tp2 = tp.with_changes(id="tp2", title="Reads the FAQ", emotion=-1)
    for card in (tp, tp2):
        window.document.push(operations.add_card(project, card))
    window.document.push(operations.add_flow(project, "tp", "tp2"))
    window.document.push(operations.add_marker(project, "tp2", "Confusing"))
    return map_id, phase, lanes[LaneKind.TOUCHPOINTS]


def test_copy_paste_is_one_undo_step(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    map_id, phase, lane = _add_cards(window)
    project = window.document.project
    canvas = window.current_canvas()
    canvas.select_ids(["tp", "tp2"])
    window.actions.copy.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CARDS_MIME)
    assert "Visits the website" in mime.text()
    before = project.copy_graph()
    steps = window.document.undo_stack.count()
    window.actions.paste.trigger()
    assert window.document.undo_stack.count() == steps + 1
    cell = project.cell_card_ids(phase, lane)
    assert len(cell) == 4
    new = [c for c in cell if c not in ("tp", "tp2")]
    assert sorted(canvas.selected_ids()) == sorted(new)
    assert {project.card(c).title for c in new} == {"Visits the website", "Reads the FAQ"}
    # the flow and the marker came along, between the copies
    assert len(project.flows(map_id)) == 2
    faq = next(c for c in new if project.card(c).title == "Reads the FAQ")
    assert [m.title for m in project.markers_of(faq)] == ["Confusing"]
    window.actions.undo.trigger()
    assert nx.utils.graphs_equal(project.graph, before)


def test_cut_then_paste_into_another_map(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    _add_cards(window)
    project = window.document.project
    window.current_canvas().select_ids(["tp"])
    window.actions.cut.trigger()
    assert "tp" not in project
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Other", True))
    window.actions.new_map.trigger()
    other = window.current_canvas().map_id()
    steps = window.document.undo_stack.count()
    window.actions.paste.trigger()
    assert window.document.undo_stack.count() == steps + 1
    [pasted] = [c for c in project.cards(other)]
    assert pasted.title == "Visits the website" and pasted.channel == "website"
    first_phase = project.phase_ids(other)[0]
    assert pasted.phase_id == first_phase
    assert project.lane(pasted.lane_id).kind == LaneKind.TOUCHPOINTS


def test_paste_with_nothing_usable_does_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    QGuiApplication.clipboard().setText("just text")
    steps = window.document.undo_stack.count()
    window.actions.paste.trigger()
    assert window.document.undo_stack.count() == steps


def test_history_view_shows_the_steps(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    _add_cards(window)
    window.actions.history.trigger()
    assert window.history_dock.isVisible()
    view = window.history_dock.view
    assert view.stack() is window.document.undo_stack
    assert view.model().rowCount() == window.document.undo_stack.count() + 1
