"""Domain operations: what each gesture does to the project, and its undo."""

from __future__ import annotations

import networkx as nx
import pytest

from mapstudio.model import operations as ops
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import ProjectChange
from mapstudio.model.records import Card, JourneyMap, Lane, Phase
from mapstudio.model.validate import project_problems
from tests.model.builders import small_project


def test_small_project_is_valid() -> None:
    project = small_project()
    assert project_problems(project) == []
    assert [p.name for p in project.phases("map-1")] == ["Awareness", "Decision", "Loyalty"]
    assert [c.title for c in project.cards_in_cell("phase-0", "lane-tp")] == [
        "Shop window",
        "Music",
    ]
    assert project.map("map-1").persona_id == "persona-1"


def test_add_card_at_index_renumbers_the_cell() -> None:
    project = small_project()
    card = Card(id="card-new", title="Greeting", phase_id="phase-0", lane_id="lane-tp")
    edit = ops.add_card(project, card, index=1)
    edit.apply(project)
    assert [c.id for c in project.cards_in_cell("phase-0", "lane-tp")] == [
        "card-0",
        "card-new",
        "card-1",
    ]
    assert [c.order for c in project.cards_in_cell("phase-0", "lane-tp")] == [0, 1, 2]
    edit.revert(project)
    assert [c.id for c in project.cards_in_cell("phase-0", "lane-tp")] == ["card-0", "card-1"]


def test_move_card_to_another_cell_and_back() -> None:
    project = small_project()
    before = project.copy_graph()
    edit = ops.move_card(project, "card-1", "phase-2", "lane-tp", 0)
    edit.apply(project)
    moved = project.card("card-1")
    assert (moved.phase_id, moved.lane_id, moved.order) == ("phase-2", "lane-tp", 0)
    assert [c.order for c in project.cards_in_cell("phase-0", "lane-tp")] == [0]
    edit.revert(project)
    assert nx.utils.graphs_equal(before, project.graph)


def test_move_phase_reorders_columns() -> None:
    project = small_project()
    ops.move_phase(project, "phase-2", 0).apply(project)
    assert project.phase_ids("map-1") == ["phase-2", "phase-0", "phase-1"]


def test_remove_phase_takes_its_cards_flows_and_markers() -> None:
    project = small_project()
    ops.add_marker(project, "card-0", "Too loud", 3).apply(project)
    before = project.copy_graph()
    edit = ops.remove_phase(project, "phase-0")
    edit.apply(project)
    assert "card-0" not in project and "card-1" not in project
    assert project.flows("map-1") == []
    assert all(c.kind != CardKind.FRUSTRATION for c in project.cards("map-1"))
    assert project_problems(project) == []
    edit.revert(project)
    assert nx.utils.graphs_equal(before, project.graph)


def test_marker_is_listed_on_its_card_most_severe_first() -> None:
    project = small_project()
    ops.add_marker(project, "card-0", "Minor", 1).apply(project)
    ops.add_marker(project, "card-0", "Blocking", 3).apply(project)
    assert [m.title for m in project.markers_of("card-0")] == ["Blocking", "Minor"]
    assert project_problems(project) == []


def test_opportunity_answers_a_frustration() -> None:
    project = small_project()
    frustration = Card(
        id="fr-1", kind=CardKind.FRUSTRATION, title="Queue", phase_id="phase-1", lane_id="lane-fr"
    )
    ops.add_card(project, frustration).apply(project)
    ops.add_lane(
        project,
        "map-1",
        Lane(id="lane-op", title="Opportunities", kind=LaneKind.OPPORTUNITIES),
    ).apply(project)
    opportunity = Card(
        id="op-1",
        kind=CardKind.OPPORTUNITY,
        title="Self checkout",
        phase_id="phase-1",
        lane_id="lane-op",
        answers="fr-1",
    )
    ops.add_card(project, opportunity).apply(project)
    assert [o.id for o in project.opportunities_for("fr-1")] == ["op-1"]
    assert project_problems(project) == []


@pytest.mark.parametrize(
    "build",
    [
        lambda p: ops.set_fields(p, "card-0", emotion=3),
        lambda p: ops.set_fields(p, "card-0", severity=0),
        lambda p: ops.set_fields(p, "card-0", no_such_field="x"),
        lambda p: ops.add_flow(p, "card-0", "card-0"),
        lambda p: ops.add_flow(p, "card-0", "card-1"),  # already joined
        lambda p: ops.add_card(p, Card(id="card-0", phase_id="phase-0", lane_id="lane-tp")),
        lambda p: ops.add_card(p, Card(id="x", title="no cell")),
        lambda p: ops.add_card(p, Card(id="x", kind=CardKind.GOAL, marks="card-0")),
        lambda p: ops.add_phase(p, "nowhere", Phase(id="x")),
        lambda p: ops.move_card(p, "card-0", "phase-0", "nowhere"),
    ],
)
def test_rule_breaking_requests_raise_model_error(build) -> None:  # type: ignore[no-untyped-def]
    project = small_project()
    before = project.copy_graph()
    with pytest.raises(ModelError):
        build(project)
    assert nx.utils.graphs_equal(before, project.graph)


def test_listeners_hear_once_per_edit_with_the_map() -> None:
    project = small_project()
    heard: list[ProjectChange] = []
    project.subscribe(heard.append)
    edit = ops.move_cards(
        project, [("card-0", "phase-2", "lane-tp", None), ("card-1", "phase-2", "lane-tp", None)]
    )
    assert heard == []  # building an edit changes nothing
    edit.apply(project)
    assert len(heard) == 1
    assert {"card-0", "card-1"} <= heard[0].changed
    assert heard[0].maps == {"map-1"}
    edit.revert(project)
    assert len(heard) == 2


def test_field_change_touches_one_node() -> None:
    project = small_project()
    heard: list[ProjectChange] = []
    project.subscribe(heard.append)
    ops.set_fields(project, "card-2", emotion=-2, title="Slow payment").apply(project)
    assert heard[-1].touched == {"card-2"}
    assert project.card("card-2").emotion == -2


def test_unsubscribe_stops_notifications() -> None:
    project = small_project()
    heard: list[ProjectChange] = []
    unsubscribe = project.subscribe(heard.append)
    unsubscribe()
    ops.set_fields(project, "card-2", title="x").apply(project)
    assert heard == []


def test_remove_map_leaves_persona_and_renumbers_tabs() -> None:
    project = small_project()
    ops.add_map(project, JourneyMap(id="map-2", name="Second")).apply(project)
    ops.remove_map(project, "map-1").apply(project)
    assert [m.id for m in project.maps()] == ["map-2"]
    assert project.maps()[0].order == 0
    assert [p.id for p in project.personas()] == ["persona-1"]
    assert project_problems(project) == []
