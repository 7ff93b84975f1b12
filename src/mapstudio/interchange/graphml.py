"""GraphML export of the whole project graph, for yEd, Gephi and scripts (docs/csv.md).

networkx writes the file; GraphML's data values are text, numbers and
booleans only, so before writing: photos are replaced by a note describing
them, lists are joined with ", ", and a missing value (None) is left out of
that node's data (its column stays empty in Gephi). Every attribute keeps one
type across all nodes, so the file reads back with `networkx.read_graphml`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

from mapstudio.model.kinds import NodeKind
from mapstudio.model.project import JourneyProject

# Characters XML 1.0 cannot hold even escaped: a hostile text must not break the file.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LABEL_FIELD = {NodeKind.PERSONA: "name", NodeKind.MAP: "name", NodeKind.PHASE: "name"}


def graphml_graph(project: JourneyProject) -> nx.MultiDiGraph:
    """A copy of the project graph with only GraphML-friendly attribute values.

    Each node also gets `label` (what yEd and Gephi show) and, for phases,
    lanes and cards, `map` (the id of its map), to filter by map in Gephi.
    """
    graph = nx.MultiDiGraph(generator="MapStudio")
    for node_id, attrs in project.graph.nodes(data=True):
        data: dict[str, Any] = {}
        for name, value in attrs.items():
            data.update(_plain(name, value))
        kind = NodeKind(attrs["type"])
        data["label"] = _text(str(attrs.get(_LABEL_FIELD.get(kind, "title"), "")))
        map_id = project.map_of(node_id)
        if kind not in (NodeKind.PERSONA, NodeKind.MAP):
            data["map"] = map_id or ""
        graph.add_node(node_id, **data)
    for u, v, key, attrs in project.graph.edges(keys=True, data=True):
        data = {}
        for name, value in attrs.items():
            data.update(_plain(name, value))
        graph.add_edge(u, v, key=key, **data)
    _one_type_per_attribute(graph)
    return graph


def write_graphml(project: JourneyProject, path: str | Path) -> None:
    """Write the project graph as GraphML (UTF-8)."""
    nx.write_graphml(graphml_graph(project), str(path), encoding="utf-8", prettyprint=True)


def _plain(name: str, value: Any) -> dict[str, Any]:
    """The GraphML attributes one stored attribute becomes (none for None)."""
    if value is None:
        return {}
    if isinstance(value, bytes | bytearray):
        return {f"{name}_note": f"{len(value)} bytes of image data, not included"}
    if isinstance(value, list | tuple):
        return {name: _text(", ".join(str(v) for v in value))}
    if isinstance(value, bool | int | float):
        return {name: value}
    return {name: _text(str(value))}


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _one_type_per_attribute(graph: nx.MultiDiGraph) -> None:
    """Turn an attribute into text everywhere if its values mix types (rare, defensive)."""
    for items in (
        [data for _, data in graph.nodes(data=True)],
        [data for _, _, data in graph.edges(data=True)],
    ):
        types: dict[str, set[type]] = {}
        for data in items:
            for name, value in data.items():
                types.setdefault(name, set()).add(type(value))
        mixed = {name for name, seen in types.items() if len(seen) > 1}
        for data in items:
            for name in mixed & data.keys():
                data[name] = str(data[name])
