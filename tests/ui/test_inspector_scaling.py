"""The inspector's work follows the selection, not the map: an opportunity's
"Answers" list is read once and kept until an edit touches a frustration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.records import Card
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.inspector.card_form import CardForm


def _add(window: EditorWindow, card_id: str, kind: CardKind, lane_kind: LaneKind) -> None:
    project = window.document.project
    map_id = window.current_canvas().map_id()
    lane = next(lane for lane in project.lanes(map_id) if lane.kind == lane_kind)
    card = Card(
        id=card_id,
        kind=kind,
        title=f"{kind.value} {card_id}",
        phase_id=project.phase_ids(map_id)[0],
        lane_id=lane.id,
    )
    window.document.push(operations.add_card(project, card))


def _opportunity_shown(qtbot: QtBot, tmp_path: Path) -> tuple[EditorWindow, CardForm]:
    window = make_window(qtbot, tmp_path)
    _add(window, "card-f", CardKind.FRUSTRATION, LaneKind.FRUSTRATIONS)
    _add(window, "card-t", CardKind.TOUCHPOINT, LaneKind.TOUCHPOINTS)
    _add(window, "card-o", CardKind.OPPORTUNITY, LaneKind.OPPORTUNITIES)
    window.current_canvas().select_ids(["card-o"])
    form = window.inspector.current_form()
    assert isinstance(form, CardForm) and form.node_id == "card-o"
    return window, form


def _answer_choices(form: CardForm) -> dict[str, str]:
    answers = form.fields["answers"]
    return {answers.itemData(i): answers.itemText(i) for i in range(1, answers.count())}


def _count_calls(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> Callable[[], int]:
    calls = 0
    original = getattr(target, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, counting)
    return lambda: calls


def test_editing_another_card_does_not_reread_the_map(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, form = _opportunity_shown(qtbot, tmp_path)
    project = window.document.project
    reads = _count_calls(monkeypatch, project, "cards")
    loads = _count_calls(monkeypatch, form, "load")
    window.document.push(operations.set_fields(project, "card-t", title="Compares prices"))
    window.document.push(operations.set_fields(project, "card-o", title="Price match"))
    window.document.undo_stack.undo()
    assert loads() == 3  # the form did follow each change…
    assert reads() == 0  # …without going through the map's cards again
    assert "card-f" in _answer_choices(form)


def test_the_answers_follow_frustrations_added_renamed_and_removed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, form = _opportunity_shown(qtbot, tmp_path)
    project = window.document.project
    document = window.document
    assert list(_answer_choices(form)) == ["card-f"]
    document.push(operations.set_fields(project, "card-f", title="Delivery too slow"))
    assert _answer_choices(form)["card-f"] == "Delivery too slow"
    _add(window, "card-g", CardKind.FRUSTRATION, LaneKind.FRUSTRATIONS)
    assert set(_answer_choices(form)) == {"card-f", "card-g"}
    document.push(operations.remove_cards(project, ["card-f"]))
    assert list(_answer_choices(form)) == ["card-g"]
    document.undo_stack.undo()
    assert set(_answer_choices(form)) == {"card-f", "card-g"}


def test_a_new_document_gets_its_own_answers(qtbot: QtBot, tmp_path: Path) -> None:
    window, form = _opportunity_shown(qtbot, tmp_path)
    assert list(_answer_choices(form)) == ["card-f"]
    window.set_document(Document(blank_project()))
    _add(window, "card-o", CardKind.OPPORTUNITY, LaneKind.OPPORTUNITIES)
    window.current_canvas().select_ids(["card-o"])
    assert window.inspector.current_form() is form and form.node_id == "card-o"
    assert _answer_choices(form) == {}
