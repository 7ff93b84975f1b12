"""GraphML export: reloads with networkx with every attribute, in GraphML's types."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from mapstudio.interchange.graphml import graphml_graph, write_graphml
from mapstudio.model import operations as ops
from mapstudio.model.kinds import BuyingRole
from mapstudio.model.records import Persona
from tests.interchange.helpers import rich_project


def project_with_photo():  # type: ignore[no-untyped-def]
    project = rich_project()
    ops.set_fields(
        project,
        "p",
        photo=b"\x89PNG fake",
        photo_type="image/png",
        buying_roles=(BuyingRole.USER, BuyingRole.BUYER),
        quote="Bell\x07 and form\x0cfeed are not XML",
    ).apply(project)
    ops.add_persona(project, Persona(id="lonely", name="Sans carte")).apply(project)
    return project


def test_graphml_reloads_with_all_attributes(tmp_path: Path) -> None:
    project = project_with_photo()
    path = tmp_path / "project.graphml"
    write_graphml(project, path)
    loaded = nx.read_graphml(path, force_multigraph=True)
    expected = graphml_graph(project)
    assert set(loaded.nodes) == set(project.graph.nodes)
    for node_id, data in expected.nodes(data=True):
        assert loaded.nodes[node_id] == data
    assert sorted(loaded.edges(keys=True, data=True)) == sorted(
        expected.edges(keys=True, data=True)
    )
    assert loaded.number_of_edges() == project.graph.number_of_edges()


def test_values_graphml_cannot_hold_are_converted() -> None:
    graph = graphml_graph(project_with_photo())
    persona = graph.nodes["p"]
    assert "photo" not in persona
    assert persona["photo_note"] == "9 bytes of image data, not included"
    assert persona["buying_roles"] == "user, buyer"
    assert persona["quote"] == "Bell and formfeed are not XML"
    assert persona["label"] == "Julie, la flâneuse"
    card = graph.nodes["t1"]
    assert (card["type"], card["kind"], card["emotion"], card["mode"]) == (
        "card",
        "touchpoint",
        1,
        "in_person",
    )
    assert card["map"] == "m" and card["label"] == card["title"]
    assert "emotion" not in graph.nodes["g1"]  # None is left out, not the text "None"
    assert graph.edges["m", "ph0", "has_phase"]["order"] == 0
