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
from operator import itemgetter
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
from mapstudio.model.validate import attrs_problems, structure_problems

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
# Fields whose stored value is written differently (photos, tuples).
_SPECIAL_FIELDS = schema.MEDIA_FIELDS | {name for _, name in _LIST_FIELDS}


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
    last = len(rank)
    ordered = sorted(
        graph.nodes(data=True), key=lambda item: (rank.get(item[1].get("type"), last), item[0])
    )
    nodes = [_node_to_json(n, attrs, media) for n, attrs in ordered]
    links = [  # `adjacency()` hands out networkx's own dicts: no view object per edge
        (u, v, key, data)
        for u, targets in graph.adjacency()
        for v, keyed in targets.items()
        for key, data in keyed.items()
    ]
    links.sort(key=itemgetter(0, 1, 2))
    edges = [
        {"source": u, "target": v, "kind": key}
        | ({name: data[name] for name in sorted(data) if name != "kind"} if len(data) > 1 else {})
        for u, v, key, data in links
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
    names = sorted(attrs)
    if _SPECIAL_FIELDS.isdisjoint(names):  # a card, phase, lane or map: values as they are
        result.update((name, attrs[name]) for name in names if name != "type")
        return result
    for name in names:
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
    document: Any,
    read_media: ReadMedia | Mapping[str, bytes] | None = None,
    *,
    may_hold_surrogates: bool = True,
) -> JourneyProject:
    """The project a document describes, upgraded if old, checked throughout.

    `read_media` gives the bytes of a `media/…` entry (a mapping or a function
    raising `KeyError` when absent). Raises `FileProblem` on any problem.
    `may_hold_surrogates=False` says the JSON text held no escape that could
    make a lone surrogate (`jsontext.may_hold_surrogates`), which spares
    scanning every text for one.

    Each node is checked once, as it is read: its values' kinds and sizes,
    then the model's rules for its fields (`attrs_problems`); the links are
    then checked against the model's rules (`structure_problems`). Together
    that is `project_problems`, the same rules as for a project built in the
    app.
    """
    reader = _media_reader(read_media)
    if not isinstance(document, dict) or document.get("format") != schema.FORMAT_NAME:
        raise FileProblem(
            "is not a MapStudio project (its project data is of another kind)", WRONG_FILE
        )
    document = upgrade(document)
    nodes = _list(document, "nodes", limits.MAX_NODES, "items")
    edges = _list(document, "edges", limits.MAX_EDGES, "links")
    read: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for raw in nodes:
        node_id, attrs = _node_from_json(raw, reader, may_hold_surrogates)
        if node_id in read:
            raise invalid(f"two items share the id “{node_id}”")
        read[node_id] = attrs
        problems.extend(attrs_problems(node_id, attrs))
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(read.items())
    for raw in edges:
        source, target, kind, attrs = _edge_from_json(raw, may_hold_surrogates)
        if source not in read or target not in read:
            raise invalid(f"a link points to an item that is not there ({source} → {target})")
        if graph.has_edge(source, target, key=kind):
            raise invalid(f"the link {source} → {target} appears twice")
        graph.add_edge(source, target, key=kind, kind=kind, **attrs)
    _refuse_problems(problems)
    project = JourneyProject(graph)
    _refuse_problems(structure_problems(project))
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


def _node_from_json(
    raw: Any, read_media: ReadMedia, may_hold_surrogates: bool = True
) -> tuple[str, dict[str, Any]]:
    """A node's id and attributes, each value checked for kind and size.

    Plain texts and whole numbers, nearly every value of a big file, are
    checked inline; anything else goes through `_plain_value`.
    """
    if not isinstance(raw, dict):
        raise unreadable("an item in it is not described properly")
    node_id = _id(raw.get("id"), "an item", may_hold_surrogates)
    kind = raw.get("type")
    if not isinstance(kind, str) or kind not in _NODE_KINDS:
        raise invalid(f"“{node_id}” is of an unknown type {_show(kind)}")
    attrs: dict[str, Any] = {}
    for name, value in raw.items():
        value_type = type(value)
        if name in schema.MEDIA_FIELDS and value is not None:
            value = _media(value, node_id, read_media)
        elif value_type is str:
            if len(value) > limits.MAX_TEXT_LENGTH or (
                may_hold_surrogates and _SURROGATE.search(value)
            ):
                _text(value, f"the field {name} of “{node_id}”", limits.MAX_TEXT_LENGTH)
        elif value_type is int:
            if abs(value) > limits.MAX_INT_MAGNITUDE:
                _plain_value(value, f"the field {name} of “{node_id}”")
        else:
            where = f"the field {name} of “{node_id}”"
            value = _plain_value(value, where)
            if isinstance(value, list) and (kind, name) not in _LIST_FIELDS:
                raise invalid(f"{where} holds a list where one value belongs")
        attrs[name] = value
    del attrs["id"]
    return node_id, attrs


def _edge_from_json(
    raw: Any, may_hold_surrogates: bool = True
) -> tuple[str, str, str, dict[str, Any]]:
    if not isinstance(raw, dict):
        raise unreadable("a link in it is not described properly")
    source = raw.get("source")
    target = raw.get("target")
    if (
        type(source) is not str
        or type(target) is not str
        or not source
        or not target
        or len(source) > limits.MAX_ID_LENGTH
        or len(target) > limits.MAX_ID_LENGTH
        or may_hold_surrogates
    ):  # the common case passes these at once; otherwise say which end is wrong
        source = _id(source, "a link's start")
        target = _id(target, "a link's end")
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in _EDGE_KINDS:
        raise invalid(f"the link {source} → {target} is of an unknown kind {_show(kind)}")
    if len(raw) == 3:  # source, target, kind: nothing more to check
        return source, target, kind, {}
    attrs: dict[str, Any] = {}
    for name, value in raw.items():
        if name in ("source", "target", "kind"):
            continue
        expected = schema.EDGE_FIELDS.get(name)
        if expected is None:
            raise invalid(f"the link {source} → {target} has an unknown field {_show(name)}")
        where = f"the link {source} → {target}"
        if type(value) is str:
            value = _text(value, where, limits.MAX_TEXT_LENGTH, may_hold_surrogates)
        else:
            value = _plain_value(value, where)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise invalid(f"the link {source} → {target} has a wrong {name}")
        attrs[name] = value
    return source, target, kind, attrs


def _id(value: Any, what: str, may_hold_surrogates: bool = True) -> str:
    if not isinstance(value, str) or not value:
        raise invalid(f"{what} has no id")
    _text(value, what, limits.MAX_ID_LENGTH, may_hold_surrogates)
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


def _text(value: str, where: str, limit: int, may_hold_surrogates: bool = True) -> str:
    if len(value) > limit:
        raise invalid(f"{where} holds a text longer than {limit} characters")
    if may_hold_surrogates and _SURROGATE.search(value):
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
