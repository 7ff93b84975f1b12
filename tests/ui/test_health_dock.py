"""View > Health Check: one crafted map per finding, clicks that lead to the cards, refreshes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations as ops
from mapstudio.model.analysis import CODES, Severity, check_project
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.health_dock import HealthDock, LocatedFinding
from mapstudio.ui.i18n import current_language, set_current_language


# ------------------------------------------------------------------ projects
def add_map(project: JourneyProject, map_id: str, name: str, persona: str | None = "lucy") -> None:
    """A map with three phases and touchpoint, frustration and opportunity lanes."""
    ops.add_map(project, JourneyMap(id=map_id, name=name, persona_id=persona)).apply(project)
    for i in range(3):
        ops.add_phase(project, map_id, Phase(id=f"{map_id}-ph{i}", name=f"Phase {i}")).apply(
            project
        )
    for suffix, kind in (("tp", LaneKind.TOUCHPOINTS), ("fr", LaneKind.FRUSTRATIONS)):
        lane = Lane(id=f"{map_id}-{suffix}", title=kind.value, kind=kind)
        ops.add_lane(project, map_id, lane).apply(project)


def touch(project: JourneyProject, map_id: str, card_id: str, phase: int, **fields: object) -> None:
    values: dict[str, object] = {"channel": "shop", "emotion": 1, **fields}
    card = Card(
        id=card_id,
        title=f"Card {card_id}",
        phase_id=f"{map_id}-ph{phase}",
        lane_id=f"{map_id}-tp",
        **values,
    )
    ops.add_card(project, card).apply(project)


def healthy(project: JourneyProject, map_id: str) -> None:
    """A touchpoint per phase, joined in order: only the lowest moment is worth a word."""
    for i in range(3):
        touch(project, map_id, f"{map_id}-t{i}", i, emotion=i)
    ops.add_flow(project, f"{map_id}-t0", f"{map_id}-t1").apply(project)
    ops.add_flow(project, f"{map_id}-t1", f"{map_id}-t2").apply(project)


def base() -> JourneyProject:
    """Lucy's healthy map "First" and the map "Second" where each case plants its problem."""
    project = JourneyProject()
    ops.add_persona(project, Persona(id="lucy", name="Lucy")).apply(project)
    add_map(project, "a", "First")
    healthy(project, "a")
    add_map(project, "b", "Second")
    return project


def frustration(project: JourneyProject, card_id: str, phase: int) -> None:
    card = Card(
        id=card_id,
        kind=CardKind.FRUSTRATION,
        title=f"Card {card_id}",
        phase_id=f"b-ph{phase}",
        lane_id="b-fr",
    )
    ops.add_card(project, card).apply(project)


def no_touchpoint(project: JourneyProject) -> None:
    touch(project, "b", "b-t0", 0)
    touch(project, "b", "b-t1", 1)


def no_channel(project: JourneyProject) -> None:
    healthy(project, "b")
    ops.set_fields(project, "b-t1", channel="").apply(project)


def no_emotion(project: JourneyProject) -> None:
    healthy(project, "b")
    ops.set_fields(project, "b-t1", emotion=None).apply(project)


def unanswered(project: JourneyProject) -> None:
    healthy(project, "b")
    frustration(project, "b-f1", 1)


def dead_end(project: JourneyProject) -> None:
    for i in range(3):
        touch(project, "b", f"b-t{i}", i)
    touch(project, "b", "b-t3", 1)
    ops.add_flow(project, "b-t0", "b-t3").apply(project)
    ops.add_flow(project, "b-t0", "b-t1").apply(project)
    ops.add_flow(project, "b-t1", "b-t2").apply(project)


def unreachable(project: JourneyProject) -> None:
    healthy(project, "b")
    touch(project, "b", "b-t3", 2)


def lowest(project: JourneyProject) -> None:
    healthy(project, "b")
    ops.set_fields(project, "b-t2", emotion=-2).apply(project)


def cluster(project: JourneyProject) -> None:
    healthy(project, "b")
    frustration(project, "b-f1", 1)
    frustration(project, "b-f2", 1)


def lonely_persona(project: JourneyProject) -> None:
    healthy(project, "b")
    ops.add_persona(project, Persona(id="max", name="Max")).apply(project)


# code → (what to plant in "Second", ids the finding concerns, words its message must hold)
CASES: dict[str, tuple[Callable[[JourneyProject], None], tuple[str, ...], tuple[str, ...]]] = {
    "phase-without-touchpoint": (no_touchpoint, ("b-ph2",), ("Phase 2", "Second", "touchpoint")),
    "touchpoint-without-channel": (no_channel, ("b-t1",), ("Card b-t1", "Phase 1", "channel")),
    "touchpoint-without-emotion": (no_emotion, ("b-t1",), ("Card b-t1", "emotion")),
    "frustration-without-opportunity": (unanswered, ("b-f1",), ("Card b-f1", "opportunity")),
    "flow-dead-end": (dead_end, ("b-t3",), ("Card b-t3", "Phase 1", "stops")),
    "touchpoint-unreachable": (unreachable, ("b-t3",), ("Card b-t3", "reached")),
    "lowest-emotion": (lowest, ("b-t2",), ("Card b-t2", "Second", "-2")),
    "frustration-cluster": (cluster, ("b-ph1",), ("Phase 1", "Second", "2 of 2")),
    "persona-without-map": (lonely_persona, ("max",), ("Max",)),
}


def test_every_code_has_a_case() -> None:
    assert set(CASES) == set(CODES)


# ------------------------------------------------------------------- helpers
@pytest.fixture
def english() -> Iterator[None]:
    before = current_language()
    set_current_language("en")
    yield
    set_current_language(before)


def open_window(qtbot: QtBot, tmp_path: Path, project: JourneyProject) -> EditorWindow:
    window = make_window(qtbot, tmp_path, Document(project))
    window.health_dock.show()
    qtbot.waitUntil(lambda: not window.health_dock.is_stale())
    return window


def finding_rows(dock: HealthDock) -> list[tuple[QTreeWidgetItem, LocatedFinding]]:
    rows = [(item, item.data(0, Qt.ItemDataRole.UserRole)) for item in dock.finding_items()]
    assert all(isinstance(data, LocatedFinding) for _item, data in rows)
    return rows


def row_for(dock: HealthDock, code: str, ids: tuple[str, ...]) -> QTreeWidgetItem:
    found = [
        item
        for item, data in finding_rows(dock)
        if data.finding.code == code and set(ids) <= set(data.finding.ids)
    ]
    assert len(found) == 1, [d.finding.code for _i, d in finding_rows(dock)]
    return found[0]


def click(qtbot: QtBot, dock: HealthDock, item: QTreeWidgetItem) -> None:
    dock.tree.scrollToItem(item)
    rect = dock.tree.visualItemRect(item)
    assert rect.isValid()
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --------------------------------------------------------------------- tests
@pytest.mark.parametrize("code", CODES)
def test_each_finding_is_listed_under_its_map_with_its_text(
    qtbot: QtBot, tmp_path: Path, english: None, code: str
) -> None:
    plant, ids, words = CASES[code]
    project = base()
    plant(project)
    window = open_window(qtbot, tmp_path, project)
    dock = window.health_dock
    item = row_for(dock, code, ids)
    text = item.text(0)
    for word in words:
        assert word in text
    heading = item.parent().text(0)
    assert heading.startswith("Personas" if code == "persona-without-map" else "Second")
    assert code in item.toolTip(0)
    severity = item.data(0, Qt.ItemDataRole.UserRole).finding.severity
    expected = Severity.INSIGHT if code in ("lowest-emotion", "frustration-cluster") else None
    assert severity == (expected or Severity.WARNING)
    assert item.icon(0).cacheKey() == dock.severity_icon(severity).cacheKey()
    other = Severity.WARNING if severity == Severity.INSIGHT else Severity.INSIGHT
    assert item.icon(0).cacheKey() != dock.severity_icon(other).cacheKey()


def test_the_dock_lists_what_check_project_finds_problems_first(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    project = base()
    unanswered(project)
    ops.set_fields(project, "b-t0", channel="").apply(project)
    ops.add_persona(project, Persona(id="max", name="Max")).apply(project)
    window = open_window(qtbot, tmp_path, project)
    listed = [data.finding for _item, data in finding_rows(window.health_dock)]
    assert sorted(listed, key=repr) == sorted(check_project(project), key=repr)
    second = window.health_dock.tree.topLevelItem(1)
    severities = [
        second.child(i).data(0, Qt.ItemDataRole.UserRole).finding.severity
        for i in range(second.childCount())
    ]
    assert severities == sorted(severities, key=[Severity.WARNING, Severity.INSIGHT].index)
    assert Severity.INSIGHT in severities
    summary = window.health_dock.summary.text()
    warnings = sum(1 for f in listed if f.severity == Severity.WARNING)
    assert str(warnings) in summary and str(len(listed) - warnings) in summary


def test_clicking_a_finding_selects_its_card_on_its_tab(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    project = base()
    no_channel(project)
    window = open_window(qtbot, tmp_path, project)
    window.show_map("a")
    first = window.canvas_for("a")
    assert first is not None and window.current_canvas() is first
    second = window.canvas_for("b")
    assert second is not None
    for _ in range(8):
        second.zoom_in()  # the card is now far outside the view
    click(qtbot, window.health_dock, row_for(window.health_dock, "touchpoint-without-channel", ()))
    assert window.current_canvas() is second
    assert second.selected_ids() == ["b-t1"]
    form = window.inspector.current_form()
    assert form is not None and form.node_id == "b-t1"
    shown = second.mapToScene(second.viewport().rect()).boundingRect()
    assert shown.intersects(second.scene_rect_of("b-t1"))


def test_a_phase_finding_selects_the_phase(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    project = base()
    no_touchpoint(project)
    window = open_window(qtbot, tmp_path, project)
    item = row_for(window.health_dock, "phase-without-touchpoint", ("b-ph2",))
    window.health_dock.tree.setCurrentItem(item)
    window.health_dock.tree.setFocus()
    qtbot.keyClick(window.health_dock.tree, Qt.Key.Key_Return)  # activation, as with a click
    assert window.current_canvas() is window.canvas_for("b")
    assert window.canvas_for("b").selected_ids() == ["b-ph2"]
    form = window.inspector.current_form()
    assert form is not None and form.node_id == "b-ph2"


def test_a_persona_finding_opens_the_persona(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    project = base()
    lonely_persona(project)
    window = open_window(qtbot, tmp_path, project)
    window.inspector_dock.raise_()
    assert window.persona_editor.current_id() == "lucy"
    click(qtbot, window.health_dock, row_for(window.health_dock, "persona-without-map", ("max",)))
    assert window.persona_editor.current_id() == "max"
    qtbot.waitUntil(lambda: not window.persona_dock.visibleRegion().isEmpty())


def test_the_list_follows_edits_and_undo(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    project = base()
    no_channel(project)
    window = open_window(qtbot, tmp_path, project)
    dock = window.health_dock

    def codes() -> list[str]:
        return [data.finding.code for _item, data in finding_rows(dock)]

    assert "touchpoint-without-channel" in codes()
    window.document.try_push(ops.set_fields, "b-t1", channel="email")
    assert dock.is_stale()  # not rechecked on every keystroke…
    assert "touchpoint-without-channel" in codes()
    qtbot.waitUntil(lambda: "touchpoint-without-channel" not in codes())  # …but shortly after
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: "touchpoint-without-channel" in codes())


def test_a_hidden_dock_catches_up_when_shown(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    project = base()
    healthy(project, "b")
    window = open_window(qtbot, tmp_path, project)
    dock = window.health_dock
    dock.hide()
    window.document.try_push(ops.set_fields, "b-t1", emotion=None)
    qtbot.wait(dock.timer.interval() + 50)
    assert dock.is_stale() and not dock.timer.isActive()
    assert all(d.finding.code != "touchpoint-without-emotion" for _i, d in finding_rows(dock))
    dock.show()
    qtbot.waitUntil(lambda: not dock.is_stale())
    row_for(dock, "touchpoint-without-emotion", ("b-t1",))


def test_a_new_document_is_checked_at_once(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    window = open_window(qtbot, tmp_path, base())
    other = base()
    unreachable(other)
    window.set_document(Document(other))
    row_for(window.health_dock, "touchpoint-unreachable", ("b-t3",))


def test_an_empty_project_says_no_problems(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    window = open_window(qtbot, tmp_path, JourneyProject())
    assert window.health_dock.finding_items() == []
    assert window.health_dock.summary.text() == "No problems found."


def test_messages_follow_the_interface_language(qtbot: QtBot, tmp_path: Path) -> None:
    before = current_language()
    set_current_language("fr")
    try:
        project = base()
        no_channel(project)
        window = open_window(qtbot, tmp_path, project)
        text = row_for(window.health_dock, "touchpoint-without-channel", ("b-t1",)).text(0)
        assert "«\u00a0Card b-t1\u00a0»" in text and "n’a pas de canal" in text
    finally:
        set_current_language(before)


def test_the_view_menu_toggles_the_dock(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path, base())
    toggle = window.health_dock.toggleViewAction()
    view_menu = window.menuBar().findChild(QMenu, "viewMenu")
    assert toggle in view_menu.actions()
    toggle.trigger()
    assert not window.health_dock.isVisible()
    toggle.trigger()
    assert window.health_dock.isVisible()


def test_the_chosen_finding_stays_chosen_and_headings_follow_renames(
    qtbot: QtBot, tmp_path: Path, english: None
) -> None:
    project = base()
    no_channel(project)
    window = open_window(qtbot, tmp_path, project)
    dock = window.health_dock
    click(qtbot, dock, row_for(dock, "touchpoint-without-channel", ("b-t1",)))
    window.document.try_push(ops.set_fields, "b-t2", emotion=None)  # a second finding
    qtbot.waitUntil(
        lambda: any(d.finding.code == "touchpoint-without-emotion" for _i, d in finding_rows(dock))
    )
    chosen = dock.tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
    assert chosen.finding.code == "touchpoint-without-channel"
    window.document.try_push(ops.set_fields, "b", name="Renamed")
    qtbot.waitUntil(lambda: dock.tree.topLevelItem(1).text(0).startswith("Renamed"))
