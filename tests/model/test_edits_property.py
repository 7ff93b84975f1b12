"""Property: any sequence of edits, reverted in reverse, restores the graph."""

from __future__ import annotations

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.model import operations as ops
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase
from mapstudio.model.validate import project_problems
from tests.model.builders import small_project

ACTIONS = (
    "add_phase",
    "add_lane",
    "add_card",
    "add_marker",
    "move_card",
    "move_phase",
    "move_lane",
    "remove_card",
    "remove_phase",
    "remove_lane",
    "set_fields",
    "add_flow",
    "remove_flow",
    "add_map",
    "remove_map",
    "add_persona",
    "set_persona",
    "remove_persona",
)


def _build(project: JourneyProject, action: str, data: st.DataObject):
    maps = [m.id for m in project.maps()]
    pick = lambda items: data.draw(st.sampled_from(items))  # noqa: E731
    index = data.draw(st.integers(min_value=0, max_value=6))
    if action == "add_map":
        return ops.add_map(project, JourneyMap(id=ops.new_id("map"), name="M"), index)
    if action == "add_persona":
        return ops.add_persona(
            project, Persona(id=ops.new_id("persona"), name="P", photo=b"x", photo_type="image/png")
        )
    personas = [p.id for p in project.personas()]
    if action == "remove_persona" and personas:
        return ops.remove_persona(project, pick(personas))
    if not maps:
        return None
    map_id = pick(maps)
    if action == "set_persona":
        return ops.set_map_persona(project, map_id, pick([None, *personas]))
    if action == "remove_map":
        return ops.remove_map(project, map_id)
    if action == "add_phase":
        return ops.add_phase(project, map_id, Phase(id=ops.new_id("phase"), name="Ph"), index)
    if action == "add_lane":
        kind = pick(list(LaneKind))
        return ops.add_lane(project, map_id, Lane(id=ops.new_id("lane"), kind=kind), index)
    phases, lanes = project.phase_ids(map_id), project.lane_ids(map_id)
    cards = project.card_ids(map_id)
    if action == "move_phase" and phases:
        return ops.move_phase(project, pick(phases), index)
    if action == "move_lane" and lanes:
        return ops.move_lane(project, pick(lanes), index)
    if action == "remove_phase" and phases:
        return ops.remove_phase(project, pick(phases))
    if action == "remove_lane" and lanes:
        return ops.remove_lane(project, pick(lanes))
    if action == "add_card" and phases and lanes:
        kind = pick([CardKind.TOUCHPOINT, CardKind.FRUSTRATION, CardKind.GOAL])
        card = Card(
            id=ops.new_id("card"),
            kind=kind,
            title=data.draw(st.text(max_size=20)),
            emotion=data.draw(st.one_of(st.none(), st.integers(-2, 2))),
            phase_id=pick(phases),
            lane_id=pick(lanes),
        )
        return ops.add_card(project, card, index)
    placed = [c for c in cards if project.card(c).phase_id]
    if action == "add_marker" and (placed or phases):
        return ops.add_marker(project, pick(placed + phases), "marker", pick([1, 2, 3]))
    if action == "move_card" and cards and phases and lanes:
        return ops.move_card(project, pick(placed or cards), pick(phases), pick(lanes), index)
    if action == "remove_card" and cards:
        return ops.remove_cards(project, data.draw(st.lists(st.sampled_from(cards), max_size=3)))
    if action == "set_fields" and cards:
        return ops.set_fields(
            project, pick(cards), title=data.draw(st.text(max_size=10)), emotion=pick([None, -2, 1])
        )
    touchpoints = [c for c in cards if project.card(c).kind == CardKind.TOUCHPOINT]
    if action == "add_flow" and len(touchpoints) >= 2:
        return ops.add_flow(project, pick(touchpoints), pick(touchpoints))
    flows = project.flows(map_id)
    if action == "remove_flow" and flows:
        flow = pick(flows)
        return ops.remove_flow(project, flow.source, flow.target)
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_reverted_in_reverse_give_back_the_same_graph(data: st.DataObject) -> None:
    project = small_project()
    start = project.copy_graph()
    applied = []
    snapshots = []
    for _ in range(data.draw(st.integers(min_value=1, max_value=12))):
        action = data.draw(st.sampled_from(ACTIONS))
        try:
            edit = _build(project, action, data)
        except ModelError:
            continue  # a refused request must not have changed anything
        if edit is None:
            continue
        snapshots.append(project.copy_graph())
        edit.apply(project)
        applied.append(edit)
        assert project_problems(project) == [], action
    for edit, snapshot in zip(reversed(applied), reversed(snapshots), strict=True):
        edit.revert(project)
        assert nx.utils.graphs_equal(snapshot, project.graph)
    assert nx.utils.graphs_equal(start, project.graph)
    # …and redo after undo lands on the same final state.
    for edit in applied:
        edit.apply(project)
    assert project_problems(project) == []
