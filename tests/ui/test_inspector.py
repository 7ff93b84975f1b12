"""The inspector: every field of the selection, one undo step per committed change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, Evidence, LaneKind, Mode
from mapstudio.model.records import Card
from mapstudio.ui.inspector.fields import ChannelField, ChoiceField, EmotionField, LongTextField


def _window_with_card(qtbot: QtBot, tmp_path: Path, kind: CardKind = CardKind.TOUCHPOINT):
    window = make_window(qtbot, tmp_path)
    project = window.document.project
    canvas = window.current_canvas()
    map_id = canvas.map_id()
    lane_kind = {CardKind.TOUCHPOINT: LaneKind.TOUCHPOINTS}.get(kind, LaneKind.OPPORTUNITIES)
    lane = next(lane for lane in project.lanes(map_id) if lane.kind == lane_kind)
    card = Card(
        id="card-1",
        kind=kind,
        title="Reads a review",
        phase_id=project.phase_ids(map_id)[0],
        lane_id=lane.id,
    )
    window.document.push(operations.add_card(project, card))
    window.document.undo_stack.setClean()
    canvas.select_ids(["card-1"])
    form = window.inspector.current_form()
    assert form is not None and form.node_id == "card-1"
    return window, form


def test_title_edit_is_one_undo_step(qtbot: QtBot, tmp_path: Path) -> None:
    window, form = _window_with_card(qtbot, tmp_path)
    stack = window.document.undo_stack
    title = form.fields["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Reads a blog post")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.document.project.card("card-1").title == "Reads a blog post"
    assert stack.count() == 2
    title.editingFinished.emit()  # leaving the field again adds nothing
    assert stack.count() == 2
    stack.undo()
    assert window.document.project.card("card-1").title == "Reads a review"
    assert title.text() == "Reads a review"  # the form follows the undo
    assert stack.count() == 2  # …without pushing anything back


def test_touchpoint_fields(qtbot: QtBot, tmp_path: Path) -> None:
    window, form = _window_with_card(qtbot, tmp_path)
    project = window.document.project
    channel = form.fields["channel"]
    assert isinstance(channel, ChannelField)
    channel.setCurrentIndex(channel.findData("email"))
    channel.activated.emit(channel.currentIndex())
    assert project.card("card-1").channel == "email"
    channel.setEditText("Podcast")
    channel.lineEdit().editingFinished.emit()
    assert project.card("card-1").channel == "Podcast"
    mode = form.fields["mode"]
    assert isinstance(mode, ChoiceField)
    mode.setCurrentIndex(mode.findData(Mode.IN_PERSON))
    mode.activated.emit(mode.currentIndex())
    assert project.card("card-1").mode == Mode.IN_PERSON
    evidence = form.fields["evidence"]
    evidence.setCurrentIndex(evidence.findData(Evidence.ANALYTICS))
    evidence.activated.emit(evidence.currentIndex())
    assert project.card("card-1").evidence == Evidence.ANALYTICS
    description = form.fields["description"]
    assert isinstance(description, LongTextField)
    description.setPlainText("Line one\nLine two")
    description.commit()
    assert project.card("card-1").description == "Line one\nLine two"
    emotion = form.fields["emotion"]
    assert isinstance(emotion, EmotionField)
    emotion.slider.setSliderDown(True)
    emotion.slider.setValue(-2)
    emotion.slider.setValue(1)
    assert project.card("card-1").emotion is None  # nothing while dragging
    emotion.slider.setSliderDown(False)  # release: one step
    assert project.card("card-1").emotion == 1
    emotion.clear_button.click()
    assert project.card("card-1").emotion is None
    assert form.isVisible() and not form.fields["severity"].isVisibleTo(form)
    steps = window.document.undo_stack.count()
    assert steps == 8  # the addition, then one per committed change


def test_opportunity_fields_and_answers(qtbot: QtBot, tmp_path: Path) -> None:
    window, form = _window_with_card(qtbot, tmp_path, CardKind.OPPORTUNITY)
    project = window.document.project
    assert form.fields["priority"].isVisibleTo(form)
    assert not form.fields["channel"].isVisibleTo(form)
    priority = form.fields["priority"]
    priority.setCurrentIndex(priority.findData(3))
    priority.activated.emit(priority.currentIndex())
    assert project.card("card-1").priority == 3
    canvas = window.current_canvas()
    map_id = canvas.map_id()
    frustrations = next(la for la in project.lanes(map_id) if la.kind == LaneKind.FRUSTRATIONS)
    frustration = Card(
        id="card-f",
        kind=CardKind.FRUSTRATION,
        title="Too expensive",
        phase_id=project.phase_ids(map_id)[0],
        lane_id=frustrations.id,
    )
    window.document.push(operations.add_card(project, frustration))
    answers = form.fields["answers"]
    index = answers.findData("card-f")
    assert index > 0
    answers.setCurrentIndex(index)
    answers.activated.emit(index)
    assert project.card("card-1").answers == "card-f"


def test_phase_lane_and_map_forms(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    project = window.document.project
    canvas = window.current_canvas()
    map_id = canvas.map_id()
    # nothing selected: the map
    canvas.select_ids([])
    form = window.inspector.current_form()
    assert form is not None and form.node_id == map_id
    form.fields["name"].setText("Lucy's journey")
    form.fields["name"].editingFinished.emit()
    assert project.map(map_id).name == "Lucy's journey"
    assert window.tabs.tabText(0) == "Lucy's journey"
    phase_id = project.phase_ids(map_id)[0]
    canvas.select_ids([phase_id])
    form = window.inspector.current_form()
    assert form.node_id == phase_id
    form.fields["kpis"].setPlainText("Bounce rate")
    form.fields["kpis"].commit()
    assert project.phase(phase_id).kpis == "Bounce rate"
    lane_id = project.lane_ids(map_id)[0]
    canvas.select_ids([lane_id])
    form = window.inspector.current_form()
    kind = form.fields["kind"]
    kind.setCurrentIndex(kind.findData(LaneKind.NOTES))
    kind.activated.emit(kind.currentIndex())
    assert project.lane(lane_id).kind == LaneKind.NOTES


def test_several_selected_shows_a_count(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    project = window.document.project
    canvas = window.current_canvas()
    phase_ids = project.phase_ids(canvas.map_id())
    canvas.select_ids(phase_ids[:2])
    assert window.inspector.current_form() is None
    assert "2" in window.inspector.message.text()


def test_deleted_card_leaves_the_inspector(qtbot: QtBot, tmp_path: Path) -> None:
    window, _form = _window_with_card(qtbot, tmp_path)
    window.document.undo_stack.undo()  # the card's addition
    current = window.inspector.current_form()
    assert current is None or current.node_id != "card-1"


def test_several_cards_share_their_common_fields(qtbot: QtBot, tmp_path: Path) -> None:
    window, _form = _window_with_card(qtbot, tmp_path)
    project = window.document.project
    other = project.card("card-1").with_changes(id="card-2", title="Calls the shop")
    window.document.push(operations.add_card(project, other))
    canvas = window.current_canvas()
    canvas.select_ids(["card-1", "card-2"])
    form = window.inspector.current_form()
    assert form is not None and "2 cards" in form.heading.text()
    assert not form.fields["title"].isVisibleTo(form)
    assert form.fields["emotion"].isVisibleTo(form)
    steps = window.document.undo_stack.count()
    form.fields["emotion"].slider.setValue(2)
    assert [project.card(c).emotion for c in ("card-1", "card-2")] == [2, 2]
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert [project.card(c).emotion for c in ("card-1", "card-2")] == [None, None]
