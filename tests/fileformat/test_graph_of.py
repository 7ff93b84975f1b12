"""The loader fills networkx's dicts itself: the graph must be networkx's own.

`serialize._graph_of` writes `_node`, `_succ` and `_pred` directly instead of
calling `add_nodes_from` and `add_edge`; here its graph is compared with the
one those calls build, through networkx's public views and algorithms, and
then edited and saved like any other.
"""

from __future__ import annotations

import copy
from typing import Any

import networkx as nx
import pytest

from mapstudio.fileformat import project_from_bytes, project_to_bytes, project_to_json_dict
from mapstudio.fileformat.errors import FileProblem
from mapstudio.fileformat.serialize import _graph_of, project_from_json_dict
from mapstudio.model import operations as ops
from mapstudio.model.kinds import EdgeKind
from mapstudio.model.records import Card
from mapstudio.model.validate import project_problems
from tests.fileformat.builders import build_project, document_of, entries_of, saved_project


def document() -> dict[str, Any]:
    return document_of(saved_project())


def networkx_built(doc: dict[str, Any]) -> nx.MultiDiGraph:
    """The graph the public networkx calls make from a document MapStudio wrote."""
    graph = nx.MultiDiGraph()
    for raw in doc["nodes"]:
        graph.add_node(raw["id"], **{k: v for k, v in raw.items() if k != "id"})
    for raw in doc["edges"]:
        fields = {k: v for k, v in raw.items() if k not in ("source", "target", "kind")}
        graph.add_edge(raw["source"], raw["target"], key=raw["kind"], kind=raw["kind"], **fields)
    return graph


def filled(doc: dict[str, Any], owned: bool = False) -> nx.MultiDiGraph:
    nodes = {raw["id"]: {k: v for k, v in raw.items() if k != "id"} for raw in doc["nodes"]}
    return _graph_of(nodes, doc["edges"], True, owned)


@pytest.mark.parametrize("owned", [False, True])
def test_the_filled_graph_is_the_one_networkx_builds(owned: bool) -> None:
    doc = document()
    expected = networkx_built(doc)
    graph = filled(copy.deepcopy(doc), owned)
    assert nx.utils.graphs_equal(graph, expected)
    assert list(graph.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(graph.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert list(graph.in_edges(keys=True, data=True)) == list(
        expected.in_edges(keys=True, data=True)
    )
    assert graph.adj is not None and dict(graph.adj) == dict(expected.adj)
    assert graph.number_of_edges() == expected.number_of_edges() == len(doc["edges"])
    for u, v, key in expected.edges(keys=True):
        assert graph.has_edge(u, v, key)
        # One data dict per link, seen from both its ends.
        assert graph.pred[v][u][key] is graph.succ[u][v][key] is graph.edges[u, v, key]
    assert graph._adj is graph._succ
    for node in expected:
        assert graph.degree(node) == expected.degree(node)
        assert list(graph.predecessors(node)) == list(expected.predecessors(node))


def test_the_filled_graph_edits_like_any_other() -> None:
    graph = filled(document())
    graph.remove_edge("tp-0", "tp-1", key=EdgeKind.FLOWS_TO.value)
    assert not graph.has_edge("tp-0", "tp-1") and "tp-0" not in graph.pred["tp-1"]
    graph.add_edge("tp-1", "tp-0", key="flows_to", kind="flows_to")
    assert graph.pred["tp-0"]["tp-1"]["flows_to"] is graph.succ["tp-1"]["tp-0"]["flows_to"]
    graph.remove_node("op-1")
    assert all("op-1" not in graph.succ[n] and "op-1" not in graph.pred[n] for n in graph)
    copied = graph.copy()
    assert nx.utils.graphs_equal(copied, graph)


def test_a_loaded_project_edits_undoes_and_saves_like_a_built_one() -> None:
    project = project_from_bytes(saved_project())
    built = build_project()
    before = project_to_json_dict(project)
    done: dict[int, list[Any]] = {}
    for target in (project, built):
        card = Card(id="tp-new", title="New", phase_id="phase-0", lane_id="lane-t")
        edits = done[id(target)] = [ops.add_card(target, card)]
        edits[0].apply(target)
        edits.append(ops.add_flow(target, "tp-new", "tp-0"))
        edits[1].apply(target)
        assert project_problems(target) == []
        assert target.cell_card_ids("phase-0", "lane-t") == ["tp-new"]
    assert project_to_json_dict(project) == project_to_json_dict(built)
    for edit in reversed(done[id(project)]):
        edit.revert(project)
    assert project_to_json_dict(project) == before
    assert project.cell_card_ids("phase-0", "lane-t") == []


def test_a_link_that_appears_twice_is_refused() -> None:
    doc = document()
    doc["edges"].append(dict(doc["edges"][0]))
    with pytest.raises(FileProblem, match="appears twice"):
        filled(doc)


def test_a_document_not_owned_is_left_as_it_was() -> None:
    doc = document()
    before = copy.deepcopy(doc)
    media = {n: c for n, c in entries_of(saved_project()) if n.startswith("media/")}
    project = project_from_json_dict(doc, media)
    assert doc == before
    assert project_to_json_dict(project) == project_to_json_dict(build_project())


def test_an_owned_document_gives_the_same_project() -> None:
    data = saved_project()
    media = {n: c for n, c in entries_of(data) if n.startswith("media/")}
    owned = project_from_json_dict(document_of(data), media, document_owned=True)
    assert project_to_bytes(owned) == project_to_bytes(project_from_bytes(data))
