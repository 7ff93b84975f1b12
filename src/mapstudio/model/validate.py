"""The project's rules, checked on records and on the whole graph.

Operations check records before they change anything; the file loader checks
the whole graph after reading, so a hand-edited or hostile file that breaks a
rule is refused with a message instead of crashing a view later.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from mapstudio.model.kinds import (
    EMOTION_MAX,
    EMOTION_MIN,
    SEVERITY_MAX,
    SEVERITY_MIN,
    BuyingRole,
    CardKind,
    EdgeKind,
    Evidence,
    LaneKind,
    Mode,
    NodeKind,
)
from mapstudio.model.link_proof import EDGE_ENDS, links_are_sound
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import RECORD_TYPES, Card, Persona, Record

_LEVEL_FIELDS = ("severity", "priority", "effort")
_ENUM_FIELDS: dict[tuple[NodeKind, str], type] = {
    (NodeKind.LANE, "kind"): LaneKind,
    (NodeKind.CARD, "kind"): CardKind,
    (NodeKind.CARD, "mode"): Mode,
    (NodeKind.CARD, "evidence"): Evidence,
}
_OPTIONAL = {"mode", "evidence", "emotion", "photo"}
_INT_FIELDS = {"order", "emotion", "severity", "priority", "effort"}
_ROLES = frozenset(m.value for m in BuyingRole)
_DEFAULT_CARD_KIND = Card.kind
_LEVEL_DEFAULTS = {f.name: f.default for f in fields(Card) if f.name in _LEVEL_FIELDS}

# How each stored field of each node kind is checked, worked out once: a
# file's every node goes through `attrs_problems`, so it looks each field up
# in one dict instead of asking which kind of field it is.
_TEXT, _WHOLE, _PHOTO, _ROLE_LIST = "text", "whole", "photo", "roles"


def _field_checks(kind: NodeKind) -> dict[str, str | frozenset[str]]:
    """Field name -> `_TEXT`, `_WHOLE`, `_PHOTO`, `_ROLE_LIST` or the allowed values."""
    checks: dict[str, str | frozenset[str]] = {}
    for name in RECORD_TYPES[kind].attr_names():
        enum = _ENUM_FIELDS.get((kind, name))
        if enum is not None:
            checks[name] = frozenset(m.value for m in enum)
        elif name in _INT_FIELDS:
            checks[name] = _WHOLE
        elif name == "photo":
            checks[name] = _PHOTO
        elif name == "buying_roles":
            checks[name] = _ROLE_LIST
        else:
            checks[name] = _TEXT
    return checks


_CHECKS: dict[str, dict[str, str | frozenset[str]]] = {
    kind.value: _field_checks(kind) for kind in NodeKind
}
# Whole numbers the model bounds, (lowest, highest or None): what
# `_range_problems` checks, as a table.
_BOUNDS: dict[tuple[str, str], tuple[int | None, int | None]] = {
    (NodeKind.CARD, "emotion"): (EMOTION_MIN, EMOTION_MAX),
    **{(NodeKind.CARD, name): (SEVERITY_MIN, SEVERITY_MAX) for name in _LEVEL_FIELDS},
    (NodeKind.CARD, "order"): (0, None),
}


@dataclass(frozen=True)
class FieldRule:
    """What one stored field may hold, for checking a whole column of values at once.

    `types` are the exact types of the allowed values (`bool` is no whole
    number here, unlike for `isinstance`). `choices`, when set, are all the
    allowed values: an enum's, or a small range's, with None when the field
    is optional; only such fields allow None. `lowest` bounds whole numbers
    limited on one side. The same rules as `attrs_problems`, or stricter:
    a value these pass, `attrs_problems` passes.
    """

    types: frozenset[type]
    choices: frozenset[Any] | None = None
    lowest: int | None = None


def _field_rule(kind: str, name: str, check: str | frozenset[str]) -> FieldRule | None:
    """`check` (from `_CHECKS`) and the bounds of `_range_problems` as a `FieldRule`."""
    optional = name in _OPTIONAL
    types = frozenset({type(None)}) if optional else frozenset()
    empty = frozenset({None}) if optional else frozenset()
    if isinstance(check, frozenset):
        return FieldRule(types | {str}, check | empty)
    if check is _WHOLE:
        lowest, highest = _BOUNDS.get((kind, name), (None, None))
        if lowest is not None and highest is not None:
            return FieldRule(types | {int}, frozenset(range(lowest, highest + 1)) | empty)
        return None if optional else FieldRule(frozenset({int}), lowest=lowest)
    if check is _TEXT and not optional:
        return FieldRule(frozenset({str}))
    return None  # photos and buying roles are checked node by node


# Node kind -> stored field -> its `FieldRule`, "type" included; fields that
# have none (a persona's photo and buying roles) need `attrs_problems`.
FIELD_RULES: dict[str, dict[str, FieldRule]] = {
    kind: {"type": FieldRule(frozenset({str}), frozenset({kind}))}
    | {
        name: rule
        for name, check in checks.items()
        if (rule := _field_rule(kind, name, check)) is not None
    }
    for kind, checks in _CHECKS.items()
}


def attrs_problems(node_id: str, attrs: dict[str, Any]) -> list[str]:
    """Type and range problems of one node's stored attributes.

    The same rules as `record_problems` on the record the attributes make,
    checked on the attributes themselves: loading a file checks every node
    and must not build a record per node only to throw it away.
    """
    kind = attrs.get("type")
    checks = _CHECKS.get(kind) if isinstance(kind, str) else None
    if checks is None:
        return [f"{node_id}: unknown type {kind!r}"]
    problems: list[str] = []
    for name, value in attrs.items():
        check = checks.get(name)
        if check is None:
            if name != "type":
                problems.append(f"{node_id}: unknown field {name!r}")
            continue
        if value is None:
            if name not in _OPTIONAL:
                problems.append(f"{node_id}: {name} is empty")
            continue
        value_type = type(value)
        if check is _TEXT:
            if value_type is not str and not isinstance(value, str):
                problems.append(f"{node_id}: {name} must be text")
        elif check is _WHOLE:
            if value_type is not int and (not isinstance(value, int) or value_type is bool):
                problems.append(f"{node_id}: {name} must be a whole number")
        elif check is _PHOTO:
            if not isinstance(value, bytes | bytearray):
                problems.append(f"{node_id}: photo must be image data")
        elif check is _ROLE_LIST:
            if not isinstance(value, list | tuple) or any(r not in _ROLES for r in value):
                problems.append(f"{node_id}: buying roles must be among {sorted(_ROLES)}")
        elif not isinstance(value, str) or value not in check:
            problems.append(f"{node_id}: {name} {value!r} is not one of the known values")
    if problems:
        return problems
    return _range_problems(node_id, kind, attrs)


def _range_problems(node_id: str, kind: str, attrs: dict[str, Any]) -> list[str]:
    """`record_problems` of the record `attrs` (types already right) would make."""
    problems: list[str] = []
    if kind == NodeKind.CARD:
        emotion = attrs.get("emotion")
        if emotion is not None and not EMOTION_MIN <= emotion <= EMOTION_MAX:
            problems.append(f"{node_id}: emotion {emotion} is outside {EMOTION_MIN}…+{EMOTION_MAX}")
        for name, default in _LEVEL_DEFAULTS.items():
            value = attrs.get(name, default)
            if not SEVERITY_MIN <= value <= SEVERITY_MAX:
                problems.append(f"{node_id}: {name} {value} is outside 1…3")
        if attrs.get("order", 0) < 0:
            problems.append(f"{node_id}: order must not be negative")
    elif (
        kind == NodeKind.PERSONA and attrs.get("photo") is not None and not attrs.get("photo_type")
    ):
        problems.append(f"{node_id}: the photo has no image type")
    return problems


def record_problems(record: Record) -> list[str]:
    """Range problems of one record (emotion -2…+2, levels 1…3)."""
    problems: list[str] = []
    if isinstance(record, Card):
        if record.emotion is not None and not EMOTION_MIN <= record.emotion <= EMOTION_MAX:
            problems.append(
                f"{record.id}: emotion {record.emotion} is outside {EMOTION_MIN}…+{EMOTION_MAX}"
            )
        for name in _LEVEL_FIELDS:
            value = getattr(record, name)
            if not SEVERITY_MIN <= value <= SEVERITY_MAX:
                problems.append(f"{record.id}: {name} {value} is outside 1…3")
        if record.order < 0:
            problems.append(f"{record.id}: order must not be negative")
    if isinstance(record, Persona) and record.photo is not None and not record.photo_type:
        problems.append(f"{record.id}: the photo has no image type")
    return problems


_EDGE_KINDS = {k.value: k for k in EdgeKind}


def project_problems(project: JourneyProject) -> list[str]:
    """Every broken rule of a whole project, as user-readable sentences."""
    problems: list[str] = []
    for node_id, attrs in project.graph.nodes(data=True):
        if not isinstance(node_id, str) or not node_id:
            problems.append(f"node id {node_id!r} is not text")
            continue
        problems.extend(attrs_problems(node_id, attrs))
    return problems or structure_problems(project)


def structure_problems(project: JourneyProject) -> list[str]:
    """Broken rules of the links, for a project whose nodes have none.

    The second half of `project_problems`, for the file loader, which checks
    each node's attributes (`attrs_problems`) as it reads the node. A sound
    project is recognised at once by `links_are_sound`; the walk below runs
    only to say what is wrong.
    """
    graph = project.graph
    if links_are_sound(graph):
        return []
    problems: list[str] = []
    node_type = {n: attrs.get("type") for n, attrs in graph.nodes(data=True)}
    owners: dict[str, str] = {}  # phase or lane -> its (first) map
    # `adjacency()` hands out networkx's own dicts: no view object per link.
    for u, targets in graph.adjacency():
        for v, keyed in targets.items():
            for key, data in keyed.items():
                kind = _EDGE_KINDS.get(key) if isinstance(key, str) else None
                if kind is None:
                    problems.append(f"link {u} → {v}: unknown kind {key!r}")
                    continue
                if data.get("kind") != key:
                    problems.append(f"link {u} → {v}: kind does not match its key")
                sources, ends = EDGE_ENDS[kind]
                if node_type[u] not in sources or node_type[v] not in ends:
                    problems.append(f"link {u} → {v}: a {kind} link cannot join these")
                if u == v:
                    problems.append(f"link {u} → {v}: a {kind} link cannot loop on itself")
                if kind in (EdgeKind.HAS_PHASE, EdgeKind.HAS_LANE):
                    owners.setdefault(v, u)
                    order = data.get("order")
                    if not isinstance(order, int) or isinstance(order, bool):
                        problems.append(f"link {u} → {v}: order must be a whole number")
    if problems:
        return problems

    maps = _MapFinder(graph, node_type, owners)
    for node_id, kind in node_type.items():
        if kind in (NodeKind.PHASE, NodeKind.LANE):
            edge = EdgeKind.HAS_PHASE if kind == NodeKind.PHASE else EdgeKind.HAS_LANE
            if len(project._in(node_id, edge)) != 1:
                problems.append(f"{node_id}: a {kind} must belong to exactly one map")
        elif kind == NodeKind.MAP:
            if len(project._out(node_id, EdgeKind.ABOUT)) > 1:
                problems.append(f"{node_id}: a map is about one persona at most")
        elif kind == NodeKind.CARD:
            problems.extend(_card_problems(graph, node_id, maps))
    return problems


class _MapFinder:
    """`JourneyProject.map_of` for a graph being checked, each card's answer kept.

    Reads the links directly and remembers each card's map, since a check
    asks about every card and both ends of every flow; a card whose markers
    lead back to itself has no map rather than no end.
    """

    def __init__(self, graph: Any, node_type: dict[str, Any], owners: dict[str, str]) -> None:
        self._succ = graph._succ  # networkx's adjacency, as `JourneyProject._out` reads it
        self._type = node_type
        self._owners = owners
        self._cards: dict[str, str | None] = {}

    def __call__(self, node_id: str) -> str | None:
        kind = self._type.get(node_id)
        if kind == NodeKind.MAP:
            return node_id
        if kind in (NodeKind.PHASE, NodeKind.LANE):
            return self._owners.get(node_id)
        if kind != NodeKind.CARD:
            return None
        if node_id in self._cards:
            return self._cards[node_id]
        self._cards[node_id] = None  # while looking: a loop of markers ends here
        links = self._succ[node_id]
        found = next((t for t, keys in links.items() if EdgeKind.IN_CELL in keys), None)
        if found is None:
            found = next((t for t, keys in links.items() if EdgeKind.MARKS in keys), None)
        result = None if found is None else self(found)
        self._cards[node_id] = result
        return result


def _card_problems(graph: Any, card_id: str, map_of: _MapFinder) -> list[str]:
    """A card's links against the rules, read from its attributes and out-links.

    No record is built: a load checks every card, and the views build the
    records they need (once, cached) afterwards.
    """
    nodes = graph._node  # networkx's node dict and adjacency, read directly as
    succ = graph._succ  # `JourneyProject._out` does: one pass over the links
    problems: list[str] = []
    kind = _card_kind(nodes[card_id])
    phases: list[str] = []
    lanes: list[str] = []
    marks: list[str] = []
    answers: list[str] = []
    flows: list[str] = []
    for target, keys in succ[card_id].items():
        if EdgeKind.IN_CELL in keys:
            (phases if nodes[target]["type"] == NodeKind.PHASE else lanes).append(target)
        if EdgeKind.MARKS in keys:
            marks.append(target)
        if EdgeKind.ANSWERS in keys:
            answers.append(target)
        if EdgeKind.FLOWS_TO in keys:
            flows.append(target)
    has_cell = len(phases) == 1 and len(lanes) == 1
    if (phases or lanes) and not has_cell:
        problems.append(f"{card_id}: a card sits in one phase and one lane")
    if not (phases or lanes) and not (kind == CardKind.FRUSTRATION and marks):
        problems.append(f"{card_id}: the card is in no cell")
    if has_cell and map_of(phases[0]) != map_of(lanes[0]):
        problems.append(f"{card_id}: its phase and lane are on different maps")
    if marks:
        if kind != CardKind.FRUSTRATION:
            problems.append(f"{card_id}: only a frustration can mark something")
        if len(marks) > 1:
            problems.append(f"{card_id}: a frustration marks one card or phase")
        target = marks[0]
        if nodes[target]["type"] == NodeKind.CARD and not any(
            EdgeKind.IN_CELL in keys for keys in succ[target].values()
        ):
            problems.append(f"{card_id}: it marks a marker, which has no place on the map")
    if answers:
        target = answers[0]
        if kind != CardKind.OPPORTUNITY or len(answers) > 1:
            problems.append(f"{card_id}: only an opportunity answers one frustration")
        elif _card_kind(nodes[target]) != CardKind.FRUSTRATION:
            problems.append(f"{card_id}: an opportunity answers a frustration")
    for target in flows:
        if kind != CardKind.TOUCHPOINT or _card_kind(nodes[target]) != CardKind.TOUCHPOINT:
            problems.append(f"flow {card_id} → {target}: flows join touchpoints")
        elif map_of(target) != map_of(card_id):
            problems.append(f"flow {card_id} → {target}: both ends must be on one map")
    return problems


def _card_kind(attrs: dict[str, Any]) -> str:
    """The kind of card a node's attributes describe (what `Card.kind` would say)."""
    return attrs.get("kind", _DEFAULT_CARD_KIND)
