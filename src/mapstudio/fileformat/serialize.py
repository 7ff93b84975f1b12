"""The project graph as a JSON document, and back, checking every value.

The document holds nodes and edges as lists sorted by a fixed key, with fields
in a fixed order, so the same project always gives the same document. Binary
fields (a persona's photo) are written to `media` and referenced by name.

Reading trusts nothing: every value is checked for type and size before the
graph is built, and the graph is then checked against the model's rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from itertools import compress
from operator import itemgetter, not_
from typing import Any

import networkx as nx

import mapstudio
from mapstudio.fileformat import jsontext, limits, schema
from mapstudio.fileformat.columns import SURROGATE, nodes_passing
from mapstudio.fileformat.errors import WRONG_FILE, FileProblem, invalid, unreadable
from mapstudio.fileformat.images import check_photo
from mapstudio.fileformat.migrate import upgrade
from mapstudio.model.kinds import EdgeKind, NodeKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import RECORD_TYPES
from mapstudio.model.validate import attrs_problems, structure_problems

ReadMedia = Callable[[str], bytes]

_SURROGATE = SURROGATE  # lone surrogates: JSON escapes can make them, UTF-8 cannot hold them
_MAX_PROBLEMS_SHOWN = 3
_NODE_KINDS = frozenset(k.value for k in NodeKind)
_EDGE_KINDS = frozenset(k.value for k in EdgeKind)
_LINK_ENDS = frozenset({"source", "target", "kind"})
# The lists of items in a document, and how many containers hold each item.
_ITEM_LISTS = frozenset({"nodes", "edges"})
_ITEM_DEPTH = 2
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
    document_owned: bool = False,
) -> JourneyProject:
    """The project a document describes, upgraded if old, checked throughout.

    `read_media` gives the bytes of a `media/…` entry (a mapping or a function
    raising `KeyError` when absent). Raises `FileProblem` on any problem.
    `may_hold_surrogates=False` says the JSON text held no escape that could
    make a lone surrogate (`jsontext.may_hold_surrogates`), which spares
    scanning every text for one. `document_owned=True` says nobody else
    holds `document` (the loader's freshly parsed one): its node and link
    dicts then become the graph's own, which spares a copy of each, and the
    document is left unusable.

    Each node is checked once: its values' kinds and sizes, then the model's
    rules for its fields. Nodes of a common shape are checked together,
    column by column (`columns.nodes_passing`), plain links with a few
    lookups each (`_graph_of`); any other, and every node of a shape holding
    a doubtful value, alone (`_node_from_json` then `attrs_problems`,
    `_edge_from_json`), which says what is wrong. The links are then checked
    against the model's rules (`structure_problems`). Together that is
    `project_problems`, the same rules as for a project built in the app.
    A document nested more than `limits.MAX_JSON_DEPTH` deep is refused.
    """
    reader = _media_reader(read_media)
    _refuse_too_deep(document)
    if not isinstance(document, dict) or document.get("format") != schema.FORMAT_NAME:
        raise FileProblem(
            "is not a MapStudio project (its project data is of another kind)", WRONG_FILE
        )
    document = upgrade(document)
    nodes = _list(document, "nodes", limits.MAX_NODES, "items")
    edges = _list(document, "edges", limits.MAX_EDGES, "links")
    read: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    passing = nodes_passing(nodes, may_hold_surrogates)
    for raw in compress(nodes, map(not_, passing)):  # the others hold no list or object
        jsontext.refuse_too_deep(raw, _ITEM_DEPTH)
    for raw, passed in zip(nodes, passing, strict=True):
        if passed:  # checked with the other nodes of its type and number of fields
            node_id = raw["id"]
            attrs = raw if document_owned else raw.copy()
            del attrs["id"]
        else:
            node_id, attrs = _node_from_json(raw, reader, may_hold_surrogates)
            problems.extend(attrs_problems(node_id, attrs))
        if node_id in read:
            raise invalid(f"two items share the id “{node_id}”")
        read[node_id] = attrs
    graph = _graph_of(read, edges, may_hold_surrogates, document_owned)
    _refuse_problems(problems)
    project = JourneyProject(graph)
    _refuse_problems(structure_problems(project))
    return project


def _graph_of(
    nodes: dict[str, dict[str, Any]],
    edges: list[Any],
    may_hold_surrogates: bool,
    edges_owned: bool = False,
) -> nx.MultiDiGraph:
    """The MultiDiGraph of the checked `nodes` (id -> attributes) and the document's links.

    A link of a known kind between two of `nodes` (whose ids are checked),
    with no other field or known, plain ones, passes after a few lookups;
    any other goes through `_edge_from_json`, which says what is wrong.
    With `edges_owned`, a plain link's dict becomes its data (emptied of its
    ends) instead of being copied.

    The graph is the one `add_nodes_from` and then `add_edge(u, v, key=kind,
    kind=kind, **fields)` per link would build, in the same order, but its
    dicts are filled directly: those calls' bookkeeping cost more than all
    the checks (a fifth of opening a big project). A MultiDiGraph holds a
    node's attributes in `_node[n]` (the dicts of `nodes`, used as given)
    and a link's data in `_succ[u][v][key]`, the very key dict that
    `_pred[v][u]` holds; `_adj` is `_succ`. `tests/fileformat/test_graph_of.py`
    checks the result against networkx's own methods.
    """
    graph = nx.MultiDiGraph()
    graph._node.update(nodes)
    succ, pred = graph._succ, graph._pred
    for node_id in nodes:
        succ[node_id] = {}
        pred[node_id] = {}
    for raw in edges:
        try:
            source, target, kind = raw["source"], raw["target"], raw["kind"]
            targets, sources = succ[source], pred[target]  # KeyError: not an item
            plain = (
                type(raw) is dict
                and kind in _EDGE_KINDS
                and (len(raw) == 3 or _plain_link_fields(raw, may_hold_surrogates))
            )
        except (KeyError, TypeError):  # not a dict, a field missing, an end unknown
            plain = False
        if not plain:
            jsontext.refuse_too_deep(raw, _ITEM_DEPTH)
            source, target, kind, attrs = _edge_from_json(raw, may_hold_surrogates)
            if source not in nodes or target not in nodes:
                raise invalid(f"a link points to an item that is not there ({source} → {target})")
            targets, sources = succ[source], pred[target]
            data = {"kind": kind, **attrs}
        elif len(raw) == 3 and not edges_owned:
            data = {"kind": kind}
        else:
            data = raw if edges_owned else raw.copy()
            del data["source"], data["target"]
        keyed = targets.get(target)
        if keyed is None:
            targets[target] = sources[source] = {kind: data}
        elif kind in keyed:
            raise invalid(f"the link {source} → {target} appears twice")
        else:
            keyed[kind] = data
    return graph


def _plain_link_fields(raw: dict[str, Any], may_hold_surrogates: bool) -> bool:
    """Whether a link's fields besides its ends and kind pass `_edge_from_json`'s checks."""
    for name, value in raw.items():
        expected = schema.EDGE_FIELDS.get(name)
        if expected is None:
            if name not in _LINK_ENDS:
                return False
        elif type(value) is not expected:
            return False
        elif expected is str:
            if len(value) > limits.MAX_TEXT_LENGTH or (
                may_hold_surrogates and _SURROGATE.search(value)
            ):
                return False
        elif expected is not int or abs(value) > limits.MAX_INT_MAGNITUDE:
            return False
    return True


def _refuse_too_deep(document: Any) -> None:
    """Refuse a document nested too deeply, but for the items of its lists of nodes and links.

    Those are measured only when checked alone: a node that passed with its
    group holds no list or object (its columns' types show it), nor does a
    plain link, and measuring each of a big project's items again cost as
    much as all their other checks.
    """
    if not isinstance(document, dict):
        jsontext.refuse_too_deep(document)
        return
    for key, value in document.items():
        if not (key in _ITEM_LISTS and type(value) is list):
            jsontext.refuse_too_deep(value, 1)


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
