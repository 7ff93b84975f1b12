"""`links_are_sound` never calls a broken project sound, and knows a sound one.

`structure_problems` trusts the quick proof and walks card by card only when
it fails; so on random graphs, made from a project using every kind of node
and link by adding, dropping, retargeting and relabelling links, a project
the proof calls sound must be one the walk finds nothing wrong with.
"""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks.generate import generate_project
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mapstudio.content.building import LANGUAGES
from mapstudio.content.examples import EXAMPLES, load_example
from mapstudio.content.templates import TEMPLATES, load_template
from mapstudio.model import validate
from mapstudio.model.kinds import CardKind, EdgeKind, NodeKind
from mapstudio.model.link_proof import EDGE_ENDS, links_are_sound
from mapstudio.model.project import JourneyProject
from tests.fileformat.builders import build_project
from tests.model.builders import small_project

LINK_KINDS = [k.value for k in EdgeKind] + ["likes"]
ORDERS: list[Any] = [0, 1, 7, -1, True, "1", 1.5, None]


def walked(project: JourneyProject, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`structure_problems` as the card-by-card walk alone finds them."""
    with monkeypatch.context() as patch:
        patch.setattr(validate, "links_are_sound", lambda graph: False)
        return validate.structure_problems(project)


def mutated(data: st.DataObject) -> JourneyProject:
    """A sound project with one or two links or card kinds changed, often plausibly."""
    graph = build_project().copy_graph()
    nodes = sorted(graph.nodes)
    of_kind = {k: sorted(n for n, t in graph.nodes(data="type") if t == k) for k in NodeKind}

    def end(kinds: frozenset[NodeKind]) -> str:
        plausible = sorted(n for k in kinds for n in of_kind[k])
        return data.draw(st.sampled_from(plausible) | st.sampled_from(nodes))

    for _ in range(data.draw(st.integers(1, 2))):
        links = sorted(graph.edges(keys=True))
        action = data.draw(
            st.sampled_from(["add", "add", "drop", "retarget", "relabel", "card kind", "order"])
        )
        if action == "add":
            kind = data.draw(st.sampled_from(LINK_KINDS))
            sources, targets = EDGE_ENDS.get(kind, (frozenset(NodeKind), frozenset(NodeKind)))
            u, v = end(sources), end(targets)
            fields = (
                {"order": data.draw(st.sampled_from(ORDERS))} if data.draw(st.booleans()) else {}
            )
            graph.add_edge(u, v, key=kind, kind=kind, **fields)
        elif action == "drop":
            graph.remove_edge(*data.draw(st.sampled_from(links)))
        elif action == "retarget":
            u, v, key = data.draw(st.sampled_from(links))
            fields = dict(graph.edges[u, v, key])
            graph.remove_edge(u, v, key)
            _, targets = EDGE_ENDS.get(key, (frozenset(NodeKind), frozenset(NodeKind)))
            graph.add_edge(u, end(targets), key=key, **fields)  # an unknown kind: any end
        elif action == "relabel":
            u, v, key = data.draw(st.sampled_from(links))
            graph.edges[u, v, key]["kind"] = data.draw(st.sampled_from(LINK_KINDS))
        elif action == "card kind":
            node = graph.nodes[data.draw(st.sampled_from(of_kind[NodeKind.CARD]))]
            node["kind"] = data.draw(st.sampled_from([k.value for k in CardKind]))
        else:
            u, v, key = data.draw(st.sampled_from(links))
            graph.edges[u, v, key]["order"] = data.draw(st.sampled_from(ORDERS))
    return JourneyProject(graph)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_project_the_proof_calls_sound_breaks_no_rule(data: st.DataObject) -> None:
    project = mutated(data)
    with pytest.MonkeyPatch.context() as monkeypatch:
        problems = walked(project, monkeypatch)
    sound = links_are_sound(project.graph)
    event("sound" if sound else "broken" if problems else "unproven but fine")
    if sound:
        assert problems == []
    # What the loader and `project_problems` see: the proof, else the walk.
    assert validate.structure_problems(project) == ([] if sound else problems)


def sound_projects() -> list[tuple[str, JourneyProject]]:
    projects = [("builders", build_project()), ("small", small_project())]
    projects += [(f"{n}-{lang}", load_template(n, lang)) for n in TEMPLATES for lang in LANGUAGES]
    projects += [(f"{n}-{lang}", load_example(n, lang)) for n in EXAMPLES for lang in LANGUAGES]
    projects.append(("generated", generate_project(400, photos=False)))
    projects.append(("empty", JourneyProject()))
    return projects


@pytest.mark.parametrize(("name", "project"), sound_projects(), ids=lambda x: x)
def test_every_sound_project_is_proved_sound(
    name: str, project: JourneyProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert walked(project, monkeypatch) == []
    assert links_are_sound(project.graph), name


@pytest.mark.parametrize(
    "breakage",
    [
        "loop",
        "unknown kind",
        "kind differs from key",
        "wrong ends",
        "phase on two maps",
        "phase on no map",
        "order not whole",
        "map about two personas",
        "card in two phases",
        "card in a phase only",
        "card in no cell",
        "phase and lane on two maps",
        "a touchpoint marks",
        "frustration marks two",
        "marks a marker",
        "goal answers",
        "answers a touchpoint",
        "flow from a goal",
        "flow across maps",
    ],
)
def test_each_rule_defeats_the_proof(breakage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    project = build_project()
    graph = project.graph

    def link(u: str, v: str, kind: str, **fields: Any) -> None:
        graph.add_edge(u, v, key=kind, kind=kind, **fields)

    def second_map() -> None:
        graph.add_node("map-2", type="map", name="Other")
        graph.add_node("phase-x", type="phase", name="X")
        link("map-2", "phase-x", "has_phase", order=0)

    if breakage == "loop":
        link("tp-0", "tp-0", "flows_to")
    elif breakage == "unknown kind":
        link("tp-0", "tp-1", "likes")
    elif breakage == "kind differs from key":
        graph.edges["tp-0", "tp-1", "flows_to"]["kind"] = "marks"
    elif breakage == "wrong ends":
        link("persona-bo", "tp-0", "about")
    elif breakage == "phase on two maps":
        link("map-0", "phase-0", "has_phase", order=3)
    elif breakage == "phase on no map":
        graph.remove_edge("map-1", "phase-2", "has_phase")
    elif breakage == "order not whole":
        graph.edges["map-1", "phase-0", "has_phase"]["order"] = "0"
    elif breakage == "map about two personas":
        link("map-1", "persona-bo", "about")
    elif breakage == "card in two phases":
        link("tp-0", "phase-0", "in_cell")
    elif breakage == "card in a phase only":
        graph.remove_edge("tp-0", "lane-t", "in_cell")
    elif breakage == "card in no cell":
        graph.add_node("tp-9", type="card", title="Stray")
    elif breakage == "phase and lane on two maps":
        second_map()
        graph.remove_edge("tp-0", "phase-1", "in_cell")
        link("tp-0", "phase-x", "in_cell")
    elif breakage == "a touchpoint marks":
        link("tp-0", "phase-0", "marks")
    elif breakage == "frustration marks two":
        link("fr-1", "tp-2", "marks")
    elif breakage == "marks a marker":
        graph.add_node("mk-2", type="card", kind="frustration", title="On a marker")
        link("mk-2", "mk-1", "marks")
    elif breakage == "goal answers":
        graph.nodes["op-1"]["kind"] = "goal"
    elif breakage == "answers a touchpoint":
        graph.remove_edge("op-1", "fr-1", "answers")
        link("op-1", "tp-0", "answers")
    elif breakage == "flow from a goal":
        graph.nodes["tp-2"]["kind"] = "goal"
    elif breakage == "flow across maps":
        second_map()
        graph.add_node("lane-x", type="lane", title="T", kind="touchpoints")
        link("map-2", "lane-x", "has_lane", order=0)
        graph.remove_edge("tp-2", "phase-1", "in_cell")
        graph.remove_edge("tp-2", "lane-t", "in_cell")
        link("tp-2", "phase-x", "in_cell")
        link("tp-2", "lane-x", "in_cell")
    project = JourneyProject(graph)
    assert not links_are_sound(project.graph)
    assert walked(project, monkeypatch) != []
