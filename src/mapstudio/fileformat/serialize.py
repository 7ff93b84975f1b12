"""The project graph as a JSON document, and back, checking every value.

The document holds nodes and edges as lists sorted by a fixed key, with fields
in a fixed order, so the same project always gives the same document. Binary
fields (a persona's photo) are written to `media` and referenced by name.

Reading trusts nothing: every value is checked for type and size before the
graph is built, and the graph is then checked against the model's rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

import networkx as nx

import mapstudio
from mapstudio.fileformat import limits, schema
from mapstudio.fileformat.errors import WRONG_FILE, FileProblem, invalid, unreadable
from mapstudio.fileformat.images import check_photo
from mapstudio.fileformat.migrate import upgrade
from mapstudio.model.kinds import EdgeKind, NodeKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import RECORD_TYPES
from mapstudio.model.validate import project_problems

ReadMedia = Callable[[str], bytes]

# Lone surrogates parse from JSON escapes but cannot be written back as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_PROBLEMS_SHOWN = 3
_NODE_KINDS = frozenset(k.value for k in NodeKind)
_EDGE_KINDS = frozenset(k.value for k in EdgeKind)
# Fields whose records hold tuples (a persona's buying roles): the only ones
# where a JSON list may appear. attrs_problems assumes scalars everywhere else.
_LIST_FIELDS = frozenset(
    (kind.value, f.name)
    for kind, cls in RECORD_TYPES.items()
    for f in fields(cls)
    if isinstance(f.default, tuple)
)


# ------------------------------------------------------------------- writing
def project_to_json_dict(
    project: JourneyProject, media: dict[str, bytes] | None = None
) -> dict[str, Any]:
    """The document for `project`; photo bytes go into `media` by entry name.

    Raises `FileProblem` for a photo MapStudio could not open again.
    """
    media = {} if media is None else media
    graph = project.graph
    rank = {name: i for i, name in enumerate(schema.NODE_TYPE_ORDER)}
    node_ids = sorted(
        graph.nodes, key=lambda n: (rank.get(graph.nodes[n].get("type"), len(rank)), n)
    )
    nodes = [_node_to_json(n, graph.nodes[n], media) for n in node_ids]
    edges = [
        {"source": u, "target": v, "kind": key}
        | {name: data[name] for name in sorted(data) if name != "kind"}
        for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    ]
    return {
        "format": schema.FORMAT_NAME,
        "schema_version": schema.SCHEMA_VERSION,
        "generator": {"name": schema.GENERATOR_NAME, "version": mapstudio.__version__},
        "nodes": nodes,
        "edges": edges,
    }


def _node_to_json(node_id: str, attrs: Mapping[str, Any], media: dict[str, bytes]) -> dict:
    result: dict[str, Any] = {"id": node_id, "type": attrs.get("type")}
    for name in sorted(attrs):
        if name == "type":
            continue
        value = attrs[name]
        if name in schema.MEDIA_FIELDS and value is not None:
            data = bytes(value)
            info = check_photo(data, f"“{node_id}”")
            value = schema.media_name(data, info.mime)
            media[value] = data
        elif isinstance(value, tuple):
            value = list(value)
        result[name] = value
    return result


# ------------------------------------------------------------------- reading
def project_from_json_dict(
    document: Any, read_media: ReadMedia | Mapping[str, bytes] | None = None
) -> JourneyProject:
    """The project a document describes, upgraded if old, checked throughout.

    `read_media` gives the bytes of a `media/…` entry (a mapping or a function
    raising `KeyError` when absent). Raises `FileProblem` on any problem.
    """
    reader = _media_reader(read_media)
    if not isinstance(document, dict) or document.get("format") != schema.FORMAT_NAME:
        raise FileProblem(
            "is not a MapStudio project (its project data is of another kind)", WRONG_FILE
        )
    document = upgrade(document)
    nodes = _list(document, "nodes", limits.MAX_NODES, "items")
    edges = _list(document, "edges", limits.MAX_EDGES, "links")
    graph = nx.MultiDiGraph()
    for raw in nodes:
        node_id, attrs = _node_from_json(raw, reader)
        if node_id in graph:
            raise invalid(f"two items share the id “{node_id}”")
        graph.add_node(node_id, **attrs)
    for raw in edges:
        source, target, kind, attrs = _edge_from_json(raw)
        if source not in graph or target not in graph:
            raise invalid(f"a link points to an item that is not there ({source} → {target})")
        if graph.has_edge(source, target, key=kind):
            raise invalid(f"the link {source} → {target} appears twice")
        graph.add_edge(source, target, key=kind, kind=kind, **attrs)
    project = JourneyProject(graph)
    _refuse_problems(project_problems(project))
    return project


def _media_reader(read_media: ReadMedia | Mapping[str, bytes] | None) -> ReadMedia:
    if read_media is None:
        return {}.__getitem__
    if isinstance(read_media, Mapping):
        return read_media.__getitem__
    return read_media


def _list(document: dict[str, Any], key: str, limit: int, what: str) -> list[Any]:
    value = document.get(key)
    if not isinstance(value, list):
        raise unreadable(f"its list of {what} is missing")
    if len(value) > limit:
        raise FileProblem(
            f"holds {len(value)} {what}, more than the {limit} MapStudio can open safely"
        )
    return value


def _node_from_json(raw: Any, read_media: ReadMedia) -> tuple[str, dict[str, Any]]:
    if not isinstance(raw, dict):
        raise unreadable("an item in it is not described properly")
    node_id = _id(raw.get("id"), "an item")
    kind = raw.get("type")
    if not isinstance(kind, str) or kind not in _NODE_KINDS:
        raise invalid(f"“{node_id}” is of an unknown type {_show(kind)}")
    attrs: dict[str, Any] = {}
    for name, value in raw.items():
        if name == "id":
            continue
        if name in schema.MEDIA_FIELDS and value is not None:
            value = _media(value, node_id, read_media)
        else:
            where = f"the field {name} of “{node_id}”"
            value = _plain_value(value, where)
            if isinstance(value, list) and (kind, name) not in _LIST_FIELDS:
                raise invalid(f"{where} holds a list where one value belongs")
        attrs[name] = value
    # Field types and ranges are checked once, with the whole graph, by
    # `project_problems` (checking them here too doubled the cost of a load).
    return node_id, attrs


def _edge_from_json(raw: Any) -> tuple[str, str, str, dict[str, Any]]:
    if not isinstance(raw, dict):
        raise unreadable("a link in it is not described properly")
    source = _id(raw.get("source"), "a link's start")
    target = _id(raw.get("target"), "a link's end")
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in _EDGE_KINDS:
        raise invalid(f"the link {source} → {target} is of an unknown kind {_show(kind)}")
    attrs: dict[str, Any] = {}
    for name, value in raw.items():
        if name in ("source", "target", "kind"):
            continue
        expected = schema.EDGE_FIELDS.get(name)
        if expected is None:
            raise invalid(f"the link {source} → {target} has an unknown field {_show(name)}")
        value = _plain_value(value, f"the link {source} → {target}")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise invalid(f"the link {source} → {target} has a wrong {name}")
        attrs[name] = value
    return source, target, kind, attrs


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise invalid(f"{what} has no id")
    _text(value, what, limits.MAX_ID_LENGTH)
    return value


def _plain_value(value: Any, where: str) -> Any:
    """A field value as the model stores it, or `FileProblem` if no field could hold it."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) > limits.MAX_INT_MAGNITUDE:
            raise invalid(f"{where} holds a number that is far too large")
        return value
    if isinstance(value, str):
        return _text(value, where, limits.MAX_TEXT_LENGTH)
    if isinstance(value, list):
        if len(value) > limits.MAX_LIST_LENGTH or not all(isinstance(v, str) for v in value):
            raise invalid(f"{where} holds a list MapStudio does not understand")
        return [_text(v, where, limits.MAX_ID_LENGTH) for v in value]
    raise invalid(f"{where} holds a value of the wrong kind")


def _text(value: str, where: str, limit: int) -> str:
    if len(value) > limit:
        raise invalid(f"{where} holds a text longer than {limit} characters")
    if _SURROGATE.search(value):
        raise invalid(f"{where} holds text with broken characters")
    return value


def _media(reference: Any, node_id: str, read_media: ReadMedia) -> bytes:
    if not isinstance(reference, str) or not schema.MEDIA_NAME.fullmatch(reference):
        raise invalid(f"the photo of “{node_id}” is not a media file name")
    try:
        data = read_media(reference)
    except KeyError:
        raise invalid(f"the photo of “{node_id}” is missing ({reference})") from None
    check_photo(data, f"“{node_id}”")
    return data


def _refuse_problems(problems: list[str]) -> None:
    if problems:
        shown = "; ".join(problems[:_MAX_PROBLEMS_SHOWN])
        more = len(problems) - _MAX_PROBLEMS_SHOWN
        if more > 0:
            shown += f"; and {more} more"
        raise invalid(shown)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
