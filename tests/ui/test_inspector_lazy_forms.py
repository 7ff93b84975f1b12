"""The inspector builds a kind's form the first time that kind is selected:
the window's first paint shows the map's form only, so the card, phase, lane
and persona forms are not built before it (memory and start-up time)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.records import Card
from mapstudio.ui.inspector.card_form import CardForm
from mapstudio.ui.inspector.form import RecordForm
from mapstudio.ui.inspector.map_form import MapForm


def _built_forms(window: object) -> list[type]:
    return sorted(
        (type(f) for f in window.inspector.findChildren(RecordForm)),  # type: ignore[attr-defined]
        key=lambda kind: kind.__name__,
    )


def test_only_the_map_form_exists_until_a_card_is_selected(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    assert _built_forms(window) == [MapForm]
    assert isinstance(window.inspector.current_form(), MapForm)

    project = window.document.project
    canvas = window.current_canvas()
    map_id = canvas.map_id()
    lane = next(lane for lane in project.lanes(map_id) if lane.kind == LaneKind.TOUCHPOINTS)
    card = Card(
        id="card-1",
        kind=CardKind.TOUCHPOINT,
        title="Compares delivery costs",
        phase_id=project.phase_ids(map_id)[0],
        lane_id=lane.id,
    )
    window.document.push(operations.add_card(project, card))
    canvas.select_ids(["card-1"])

    form = window.inspector.current_form()
    assert isinstance(form, CardForm) and form.node_id == "card-1"
    assert form.isVisible()
    assert _built_forms(window) == [CardForm, MapForm]
    canvas.select_ids([])  # back to the map: the same two forms, none built twice
    canvas.select_ids(["card-1"])
    assert window.inspector.current_form() is form
    assert _built_forms(window) == [CardForm, MapForm]
