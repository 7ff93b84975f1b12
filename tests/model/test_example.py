"""The bundled decoration-shop example obeys the model and tells the whole story."""

from __future__ import annotations

import itertools

import networkx as nx

from mapstudio.content.decoration_shop import MAP_ID, TOUCHPOINT_ROWS, build_decoration_shop
from mapstudio.model.kinds import KNOWN_CHANNELS, BuyingRole, CardKind, LaneKind
from mapstudio.model.validate import project_problems

# Every "Ding !" of domain text 003, in story order.
STORY = [
    "tp-vitrine",
    "tp-ambiance",
    "tp-salutation",
    "tp-tableau",
    "tp-interpellation",
    "tp-argumentaire",
    "tp-garantie",
    "tp-emballage",
    "tp-courriel",
    "tp-instagram",
    "tp-facebook",
    "tp-remerciement",
]


def test_example_breaks_no_rule() -> None:
    assert project_problems(build_decoration_shop()) == []


def test_example_is_deterministic() -> None:
    assert nx.utils.graphs_equal(build_decoration_shop().graph, build_decoration_shop().graph)


def test_every_ding_is_a_touchpoint_joined_in_story_order() -> None:
    project = build_decoration_shop()
    touchpoints = project.touchpoints(MAP_ID)
    assert len(touchpoints) >= 11
    assert [row[0] for row in TOUCHPOINT_ROWS] == STORY
    assert {t.id for t in touchpoints} == set(STORY)
    flows = {(f.source, f.target) for f in project.flows(MAP_ID)}
    assert flows == set(itertools.pairwise(STORY))


def test_touchpoints_are_fully_described() -> None:
    project = build_decoration_shop()
    for touchpoint in project.touchpoints(MAP_ID):
        assert touchpoint.channel in KNOWN_CHANNELS
        assert touchpoint.mode is not None
        assert touchpoint.emotion is not None
        assert touchpoint.owner
    emotions = [project.card(tp).emotion for tp in STORY]
    assert min(emotions) < 0 < max(emotions), "the curve should dip at the doubt"


def test_the_size_doubt_is_marked_and_answered() -> None:
    project = build_decoration_shop()
    markers = project.markers_of("tp-tableau")
    assert any("trop grand" in m.title for m in markers)
    frustrations = [c for c in project.cards(MAP_ID) if c.kind == CardKind.FRUSTRATION]
    assert any(c.phase_id is not None for c in frustrations), "a frustration card in a cell"
    for frustration in frustrations:
        assert project.opportunities_for(frustration.id), frustration.id


def test_map_has_french_phases_lanes_and_persona() -> None:
    project = build_decoration_shop()
    journey_map = project.map(MAP_ID)
    assert journey_map.name == "Parcours client – boutique de décoration"
    phases = project.phases(MAP_ID)
    assert phases[0].id == "phase-decouverte"
    assert len(phases) == 5
    kinds = [lane.kind for lane in project.lanes(MAP_ID)]
    assert kinds == [
        LaneKind.GOALS,
        LaneKind.TOUCHPOINTS,
        LaneKind.THOUGHTS,
        LaneKind.EMOTIONS,
        LaneKind.FRUSTRATIONS,
        LaneKind.OPPORTUNITIES,
        LaneKind.KPIS,
    ]
    goals = {c.phase_id for c in project.cards(MAP_ID) if c.kind == CardKind.GOAL}
    assert goals == {p.id for p in phases}
    assert any(c.kind == CardKind.KPI for c in project.cards(MAP_ID))
    persona = project.persona(journey_map.persona_id or "")
    assert {BuyingRole.USER, BuyingRole.BUYER, BuyingRole.DECISION_MAKER} <= set(
        persona.buying_roles
    )
    assert persona.photo is not None and persona.photo.startswith(b"\x89PNG\r\n\x1a\n")
    assert persona.photo_type == "image/png"
