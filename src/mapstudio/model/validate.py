"""The project's rules, checked on records and on the whole graph.

Operations check records before they change anything; the file loader checks
the whole graph after reading, so a hand-edited or hostile file that breaks a
rule is refused with a message instead of crashing a view later.
"""

from __future__ import annotations

from collections import Counter
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


def attrs_problems(node_id: str, attrs: dict[str, Any]) -> list[str]:
    """Type and range problems of one node's stored attributes."""
    try:
        kind = NodeKind(attrs.get("type"))
    except ValueError:
        return [f"{node_id}: unknown type {attrs.get('type')!r}"]
    cls = RECORD_TYPES[kind]
    problems: list[str] = []
    allowed = set(cls.attr_names()) | {"type"}
    for name, value in attrs.items():
        if name not in allowed:
            problems.append(f"{node_id}: unknown field {name!r}")
            continue
        if name == "type":
            continue
        if value is None:
            if name not in _OPTIONAL:
                problems.append(f"{node_id}: {name} is empty")
            continue
        enum = _ENUM_FIELDS.get((kind, name))
        if enum is not None:
            if not isinstance(value, str) or value not in {m.value for m in enum}:
                problems.append(f"{node_id}: {name} {value!r} is not one of the known values")
        elif name in _INT_FIELDS:
            if not isinstance(value, int) or isinstance(value, bool):
                problems.append(f"{node_id}: {name} must be a whole number")
        elif name == "photo":
            if not isinstance(value, bytes | bytearray):
                problems.append(f"{node_id}: photo must be image data")
        elif name == "buying_roles":
            roles = {m.value for m in BuyingRole}
            if not isinstance(value, list | tuple) or any(r not in roles for r in value):
                problems.append(f"{node_id}: buying roles must be among {sorted(roles)}")
        elif not isinstance(value, str):
            problems.append(f"{node_id}: {name} must be text")
    if problems:
        return problems
    return record_problems(cls.from_attrs(node_id, attrs))


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


_EDGE_ENDS: dict[EdgeKind, tuple[set[NodeKind], set[NodeKind]]] = {
    EdgeKind.HAS_PHASE: ({NodeKind.MAP}, {NodeKind.PHASE}),
    EdgeKind.HAS_LANE: ({NodeKind.MAP}, {NodeKind.LANE}),
    EdgeKind.IN_CELL: ({NodeKind.CARD}, {NodeKind.PHASE, NodeKind.LANE}),
    EdgeKind.ABOUT: ({NodeKind.MAP}, {NodeKind.PERSONA}),
    EdgeKind.FLOWS_TO: ({NodeKind.CARD}, {NodeKind.CARD}),
    EdgeKind.MARKS: ({NodeKind.CARD}, {NodeKind.CARD, NodeKind.PHASE}),
    EdgeKind.ANSWERS: ({NodeKind.CARD}, {NodeKind.CARD}),
}


def project_problems(project: JourneyProject) -> list[str]:
    """Every broken rule of a whole project, as user-readable sentences."""
    graph = project.graph
    problems: list[str] = []
    for node_id, attrs in graph.nodes(data=True):
        if not isinstance(node_id, str) or not node_id:
            problems.append(f"node id {node_id!r} is not text")
            continue
        problems.extend(attrs_problems(node_id, attrs))
    if problems:
        return problems

    def kind_of(n: str) -> NodeKind:
        return NodeKind(graph.nodes[n]["type"])

    for u, v, key, data in graph.edges(keys=True, data=True):
        try:
            kind = EdgeKind(key)
        except ValueError:
            problems.append(f"link {u} → {v}: unknown kind {key!r}")
            continue
        if data.get("kind") != key:
            problems.append(f"link {u} → {v}: kind does not match its key")
        sources, targets = _EDGE_ENDS[kind]
        if kind_of(u) not in sources or kind_of(v) not in targets:
            problems.append(f"link {u} → {v}: a {kind} link cannot join these")
        if u == v:
            problems.append(f"link {u} → {v}: a {kind} link cannot loop on itself")
        if kind in (EdgeKind.HAS_PHASE, EdgeKind.HAS_LANE):
            order = data.get("order")
            if not isinstance(order, int) or isinstance(order, bool):
                problems.append(f"link {u} → {v}: order must be a whole number")
    if problems:
        return problems

    for node_id in graph.nodes:
        kind = kind_of(node_id)
        if kind in (NodeKind.PHASE, NodeKind.LANE):
            edge = EdgeKind.HAS_PHASE if kind == NodeKind.PHASE else EdgeKind.HAS_LANE
            owners = [u for u, _ in project._in(node_id, edge)]
            if len(owners) != 1:
                problems.append(f"{node_id}: a {kind} must belong to exactly one map")
        elif kind == NodeKind.MAP:
            if len(project._out(node_id, EdgeKind.ABOUT)) > 1:
                problems.append(f"{node_id}: a map is about one persona at most")
        elif kind == NodeKind.CARD:
            problems.extend(_card_problems(project, node_id))
    return problems


def _card_problems(project: JourneyProject, card_id: str) -> list[str]:
    graph = project.graph
    problems: list[str] = []
    card = project.card(card_id)
    cells = Counter(graph.nodes[v]["type"] for v, _ in project._out(card_id, EdgeKind.IN_CELL))
    marks = project._out(card_id, EdgeKind.MARKS)
    answers = project._out(card_id, EdgeKind.ANSWERS)
    has_cell = cells == Counter({NodeKind.PHASE: 1, NodeKind.LANE: 1})
    if cells and not has_cell:
        problems.append(f"{card_id}: a card sits in one phase and one lane")
    if not cells and not (card.kind == CardKind.FRUSTRATION and marks):
        problems.append(f"{card_id}: the card is in no cell")
    if has_cell and project.map_of(card.phase_id or "") != project.map_of(card.lane_id or ""):
        problems.append(f"{card_id}: its phase and lane are on different maps")
    if marks:
        if card.kind != CardKind.FRUSTRATION:
            problems.append(f"{card_id}: only a frustration can mark something")
        if len(marks) > 1:
            problems.append(f"{card_id}: a frustration marks one card or phase")
        target = marks[0][0]
        if graph.nodes[target]["type"] == NodeKind.CARD and not project._out(
            target, EdgeKind.IN_CELL
        ):
            problems.append(f"{card_id}: it marks a marker, which has no place on the map")
    if answers:
        target = answers[0][0]
        if card.kind != CardKind.OPPORTUNITY or len(answers) > 1:
            problems.append(f"{card_id}: only an opportunity answers one frustration")
        elif project.card(target).kind != CardKind.FRUSTRATION:
            problems.append(f"{card_id}: an opportunity answers a frustration")
    for target, _ in project._out(card_id, EdgeKind.FLOWS_TO):
        if card.kind != CardKind.TOUCHPOINT or project.card(target).kind != CardKind.TOUCHPOINT:
            problems.append(f"flow {card_id} → {target}: flows join touchpoints")
        elif project.map_of(target) != project.map_of(card_id):
            problems.append(f"flow {card_id} → {target}: both ends must be on one map")
    return problems
