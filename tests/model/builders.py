"""Small project builders shared by the model tests."""

from __future__ import annotations

from mapstudio.model import operations as ops
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase


def small_project() -> JourneyProject:
    """A persona, one map, three phases, three lanes, a few cards and a flow."""
    project = JourneyProject()
    steps = [
        ops.add_persona(project, Persona(id="persona-1", name="Lucy")),
    ]
    for edit in steps:
        edit.apply(project)
    ops.add_map(project, JourneyMap(id="map-1", name="Main", persona_id="persona-1")).apply(project)
    for i, name in enumerate(["Awareness", "Decision", "Loyalty"]):
        ops.add_phase(project, "map-1", Phase(id=f"phase-{i}", name=name)).apply(project)
    for lane_id, kind in [
        ("lane-goals", LaneKind.GOALS),
        ("lane-tp", LaneKind.TOUCHPOINTS),
        ("lane-fr", LaneKind.FRUSTRATIONS),
    ]:
        ops.add_lane(project, "map-1", Lane(id=lane_id, title=kind.value, kind=kind)).apply(project)
    for i, (phase, title, emotion) in enumerate(
        [("phase-0", "Shop window", 1), ("phase-0", "Music", 2), ("phase-1", "Payment", 0)]
    ):
        card = Card(
            id=f"card-{i}",
            kind=CardKind.TOUCHPOINT,
            title=title,
            emotion=emotion,
            channel="shop",
            phase_id=phase,
            lane_id="lane-tp",
        )
        ops.add_card(project, card).apply(project)
    ops.add_flow(project, "card-0", "card-1").apply(project)
    ops.add_flow(project, "card-1", "card-2").apply(project)
    return project
