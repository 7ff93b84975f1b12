"""Domain operations: each builds the one reversible edit for a user gesture.

An operation reads the project as it is, checks the request against the
model's rules (raising `ModelError` with a message for the user) and returns a
`CompositeEdit` that has not been applied yet. Apply it with `edit.apply`
(or push it on an undo stack); revert it to undo.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

from mapstudio.model.edits import (
    AddEdge,
    AddNode,
    CompositeEdit,
    Edit,
    RemoveEdge,
    RemoveNode,
    SetEdgeAttrs,
    SetNodeAttrs,
)
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import CardKind, EdgeKind, NodeKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase, Record
from mapstudio.model.validate import record_problems


def new_id(prefix: str) -> str:
    """A fresh node id; random so that pasted and imported nodes never collide.

    48 random bits from the system's generator, as the 12 hex digits of a
    `uuid4` were, without importing `uuid` (and `platform`) at start-up.
    """
    return f"{prefix}-{os.urandom(6).hex()}"


def _require(project: JourneyProject, node_id: str | None, kind: NodeKind) -> str:
    if node_id is None or project.node_kind(node_id) != kind:
        raise ModelError(f"There is no {kind} {node_id!r} in this project.")
    return node_id


def _checked(record: Record) -> Record:
    problems = record_problems(record)
    if problems:
        raise ModelError("; ".join(problems))
    return record


def _insert_index(count: int, index: int | None) -> int:
    if index is None or index > count:
        return count
    return max(0, index)


def _renumber_edges(
    project: JourneyProject, owner: str, kind: EdgeKind, ordered: list[str]
) -> list[Edit]:
    """Edits giving the `kind` edges from `owner` to `ordered` the orders 0…n-1."""
    edits: list[Edit] = []
    for position, node_id in enumerate(ordered):
        if project.graph.has_edge(owner, node_id, key=str(kind)):
            current = project.graph.edges[owner, node_id, str(kind)].get("order")
            if current != position:
                edits.append(SetEdgeAttrs(owner, node_id, kind, {"order": position}))
    return edits


def _renumber_cards(project: JourneyProject, ordered: list[str]) -> list[Edit]:
    return [
        SetNodeAttrs(card_id, {"order": position})
        for position, card_id in enumerate(ordered)
        if project.graph.nodes[card_id].get("order") != position
    ]


def sequence(
    project: JourneyProject, label: str, steps: Iterable[Callable[[], Edit]]
) -> CompositeEdit:
    """One edit made of steps that each need the state the previous one left.

    Each step is built and applied in turn with listeners muted, then all are
    reverted, so the project is unchanged and the result applies as one undo step.
    """
    done: list[Edit] = []
    with project.muted():
        try:
            for step in steps:
                edit = step()
                edit.apply(project)
                done.append(edit)
        finally:
            for edit in reversed(done):
                edit.revert(project)
    return CompositeEdit(label, done)


# ------------------------------------------------------------------ personas
def add_persona(project: JourneyProject, persona: Persona) -> CompositeEdit:
    if persona.id in project:
        raise ModelError(f"The id {persona.id!r} is already used.")
    _checked(persona)
    return CompositeEdit("Add persona", [AddNode(persona.id, persona.to_attrs())])


def remove_persona(project: JourneyProject, persona_id: str) -> CompositeEdit:
    _require(project, persona_id, NodeKind.PERSONA)
    edits: list[Edit] = [
        RemoveEdge(m.id, persona_id, EdgeKind.ABOUT) for m in project.maps_about(persona_id)
    ]
    edits.append(RemoveNode(persona_id))
    return CompositeEdit("Remove persona", edits)


# ---------------------------------------------------------------------- maps
def add_map(
    project: JourneyProject, journey_map: JourneyMap, index: int | None = None
) -> CompositeEdit:
    """Add a map at a tab position, about `journey_map.persona_id` if set."""
    if journey_map.id in project:
        raise ModelError(f"The id {journey_map.id!r} is already used.")
    others = [m.id for m in project.maps()]
    position = _insert_index(len(others), index)
    edits: list[Edit] = [
        AddNode(journey_map.id, journey_map.with_changes(order=position).to_attrs())
    ]
    for offset, map_id in enumerate(others[position:], start=position + 1):
        edits.append(SetNodeAttrs(map_id, {"order": offset}))
    if journey_map.persona_id is not None:
        _require(project, journey_map.persona_id, NodeKind.PERSONA)
        edits.append(AddEdge(journey_map.id, journey_map.persona_id, EdgeKind.ABOUT))
    return CompositeEdit("Add map", edits)


def remove_map(project: JourneyProject, map_id: str) -> CompositeEdit:
    _require(project, map_id, NodeKind.MAP)
    edits: list[Edit] = _remove_cards_edits(project, project.card_ids(map_id))
    for phase_id in project.phase_ids(map_id):
        edits += [RemoveEdge(map_id, phase_id, EdgeKind.HAS_PHASE), RemoveNode(phase_id)]
    for lane_id in project.lane_ids(map_id):
        edits += [RemoveEdge(map_id, lane_id, EdgeKind.HAS_LANE), RemoveNode(lane_id)]
    persona_id = project.map(map_id).persona_id
    if persona_id is not None:
        edits.append(RemoveEdge(map_id, persona_id, EdgeKind.ABOUT))
    edits.append(RemoveNode(map_id))
    remaining = [m.id for m in project.maps() if m.id != map_id]
    edits += [
        SetNodeAttrs(mid, {"order": i})
        for i, mid in enumerate(remaining)
        if project.map(mid).order != i
    ]
    return CompositeEdit("Remove map", edits)


def set_map_persona(project: JourneyProject, map_id: str, persona_id: str | None) -> CompositeEdit:
    """Make a map about a persona (or about nobody)."""
    _require(project, map_id, NodeKind.MAP)
    edits: list[Edit] = []
    current = project.map(map_id).persona_id
    if current == persona_id:
        return CompositeEdit("Set persona", [])
    if current is not None:
        edits.append(RemoveEdge(map_id, current, EdgeKind.ABOUT))
    if persona_id is not None:
        _require(project, persona_id, NodeKind.PERSONA)
        edits.append(AddEdge(map_id, persona_id, EdgeKind.ABOUT))
    return CompositeEdit("Set persona", edits)


def move_map(project: JourneyProject, map_id: str, index: int) -> CompositeEdit:
    _require(project, map_id, NodeKind.MAP)
    ids = [m.id for m in project.maps() if m.id != map_id]
    ids.insert(_insert_index(len(ids), index), map_id)
    return CompositeEdit(
        "Move map",
        [
            SetNodeAttrs(mid, {"order": i})
            for i, mid in enumerate(ids)
            if project.map(mid).order != i
        ],
    )


# ------------------------------------------------------------ phases & lanes
def add_phase(
    project: JourneyProject, map_id: str, phase: Phase, index: int | None = None
) -> CompositeEdit:
    """Insert a phase column at `index` (the end when None)."""
    return _add_axis(project, map_id, phase, index, EdgeKind.HAS_PHASE, "Add phase")


def add_lane(
    project: JourneyProject, map_id: str, lane: Lane, index: int | None = None
) -> CompositeEdit:
    """Insert a lane row at `index` (the end when None)."""
    return _add_axis(project, map_id, lane, index, EdgeKind.HAS_LANE, "Add lane")


def _add_axis(
    project: JourneyProject,
    map_id: str,
    record: Phase | Lane,
    index: int | None,
    kind: EdgeKind,
    label: str,
) -> CompositeEdit:
    _require(project, map_id, NodeKind.MAP)
    if record.id in project:
        raise ModelError(f"The id {record.id!r} is already used.")
    ordered = project.phase_ids(map_id) if kind == EdgeKind.HAS_PHASE else project.lane_ids(map_id)
    position = _insert_index(len(ordered), index)
    edits: list[Edit] = _renumber_edges(
        project, map_id, kind, [*ordered[:position], "\x00", *ordered[position:]]
    )
    edits += [
        AddNode(record.id, record.to_attrs()),
        AddEdge(map_id, record.id, kind, {"order": position}),
    ]
    return CompositeEdit(label, edits)


def move_phase(project: JourneyProject, phase_id: str, index: int) -> CompositeEdit:
    return _move_axis(project, phase_id, index, EdgeKind.HAS_PHASE, "Move phase")


def move_lane(project: JourneyProject, lane_id: str, index: int) -> CompositeEdit:
    return _move_axis(project, lane_id, index, EdgeKind.HAS_LANE, "Move lane")


def _move_axis(
    project: JourneyProject, node_id: str, index: int, kind: EdgeKind, label: str
) -> CompositeEdit:
    map_id = project.map_of(node_id)
    if map_id is None:
        raise ModelError(f"{node_id!r} is on no map.")
    ordered = project.phase_ids(map_id) if kind == EdgeKind.HAS_PHASE else project.lane_ids(map_id)
    ordered.remove(node_id)
    ordered.insert(_insert_index(len(ordered), index), node_id)
    return CompositeEdit(label, _renumber_edges(project, map_id, kind, ordered))


def remove_phase(project: JourneyProject, phase_id: str) -> CompositeEdit:
    """Remove a phase with every card in its column and every marker on it."""
    return _remove_axis(project, phase_id, NodeKind.PHASE, "Remove phase")


def remove_lane(project: JourneyProject, lane_id: str) -> CompositeEdit:
    """Remove a lane with every card in its row."""
    return _remove_axis(project, lane_id, NodeKind.LANE, "Remove lane")


def _remove_axis(
    project: JourneyProject, node_id: str, kind: NodeKind, label: str
) -> CompositeEdit:
    _require(project, node_id, kind)
    map_id = project.map_of(node_id)
    assert map_id is not None
    edge = EdgeKind.HAS_PHASE if kind == NodeKind.PHASE else EdgeKind.HAS_LANE
    cards = [u for u, _ in project._in(node_id, EdgeKind.IN_CELL)]
    cards += [u for u, _ in project._in(node_id, EdgeKind.MARKS) if not project.card(u).phase_id]
    edits = _remove_cards_edits(project, cards)
    # Frustrations in cells that mark this phase stay; only their link goes.
    edits += [
        RemoveEdge(u, node_id, EdgeKind.MARKS)
        for u, _ in project._in(node_id, EdgeKind.MARKS)
        if u not in cards
    ]
    edits += [RemoveEdge(map_id, node_id, edge), RemoveNode(node_id)]
    ordered = project.phase_ids(map_id) if kind == NodeKind.PHASE else project.lane_ids(map_id)
    edits += _renumber_edges(project, map_id, edge, [n for n in ordered if n != node_id])
    return CompositeEdit(label, edits)


# --------------------------------------------------------------------- cards
def add_card(project: JourneyProject, card: Card, index: int | None = None) -> CompositeEdit:
    """Add a card in its cell (`card.phase_id`, `card.lane_id`) at `index`.

    A frustration may instead have no cell and only `card.marks`: a marker
    drawn as a badge on the card or phase it marks. `card.answers` links an
    opportunity to the frustration it answers.
    """
    if card.id in project:
        raise ModelError(f"The id {card.id!r} is already used.")
    _checked(card)
    edits: list[Edit] = []
    if card.phase_id is not None or card.lane_id is not None:
        phase_id = _require(project, card.phase_id, NodeKind.PHASE)
        lane_id = _require(project, card.lane_id, NodeKind.LANE)
        if project.map_of(phase_id) != project.map_of(lane_id):
            raise ModelError("A card's phase and lane must be on the same map.")
        siblings = project.cell_card_ids(phase_id, lane_id)
        position = _insert_index(len(siblings), index)
        edits += _renumber_cards(project, siblings[:position])
        edits += [
            SetNodeAttrs(cid, {"order": i})
            for i, cid in enumerate(siblings[position:], start=position + 1)
            if project.graph.nodes[cid].get("order") != i
        ]
        card = card.with_changes(order=position)
        edits += [
            AddNode(card.id, card.to_attrs()),
            AddEdge(card.id, phase_id, EdgeKind.IN_CELL),
            AddEdge(card.id, lane_id, EdgeKind.IN_CELL),
        ]
    elif card.marks is None:
        raise ModelError("A card needs a cell, or, for a frustration, something to mark.")
    else:
        edits.append(AddNode(card.id, card.with_changes(order=0).to_attrs()))
    if card.marks is not None:
        edits += _link_edits(project, card, EdgeKind.MARKS, card.marks)
    if card.answers is not None:
        edits += _link_edits(project, card, EdgeKind.ANSWERS, card.answers)
    return CompositeEdit(f"Add {card.kind.value}", edits)


def _link_edits(project: JourneyProject, card: Card, kind: EdgeKind, target: str) -> list[Edit]:
    target_kind = project.node_kind(target)
    if kind == EdgeKind.MARKS:
        if card.kind != CardKind.FRUSTRATION:
            raise ModelError("Only a frustration can mark a card or a phase.")
        if target_kind == NodeKind.CARD and project.card(target).phase_id is None:
            raise ModelError("A frustration cannot mark another marker.")
        if target_kind not in (NodeKind.CARD, NodeKind.PHASE):
            raise ModelError("A frustration marks a card or a phase.")
    else:
        if card.kind != CardKind.OPPORTUNITY:
            raise ModelError("Only an opportunity can answer a frustration.")
        if target_kind != NodeKind.CARD or project.card(target).kind != CardKind.FRUSTRATION:
            raise ModelError("An opportunity answers a frustration.")
    return [AddEdge(card.id, target, kind)]


def add_marker(
    project: JourneyProject, target_id: str, description: str = "", severity: int = 2
) -> CompositeEdit:
    """Drop a frustration marker on a card or a phase."""
    marker = Card(
        id=new_id("card"),
        kind=CardKind.FRUSTRATION,
        title=description,
        severity=severity,
        marks=target_id,
    )
    edit = add_card(project, marker)
    edit.label = "Mark frustration"
    return edit


def remove_cards(project: JourneyProject, card_ids: Iterable[str]) -> CompositeEdit:
    """Remove cards (one undo step) with their flows and the markers on them."""
    ids = list(dict.fromkeys(card_ids))
    for card_id in ids:
        _require(project, card_id, NodeKind.CARD)
    return CompositeEdit("Delete", _remove_cards_edits(project, ids))


def _remove_cards_edits(project: JourneyProject, card_ids: Iterable[str]) -> list[Edit]:
    doomed: list[str] = list(dict.fromkeys(card_ids))
    seen = set(doomed)
    for card_id in doomed:  # grows while iterating: markers on doomed cards go too
        for marker, _ in project._in(card_id, EdgeKind.MARKS):
            if marker not in seen and project.card(marker).phase_id is None:
                seen.add(marker)
                doomed.append(marker)
    edges: dict[tuple[str, str, str], None] = {}
    cells: dict[tuple[str, str], None] = {}
    for card_id in doomed:
        for u, v, key in project.graph.in_edges(card_id, keys=True):
            edges[(u, v, key)] = None
        for u, v, key in project.graph.out_edges(card_id, keys=True):
            edges[(u, v, key)] = None
        card = project.card(card_id)
        if card.phase_id and card.lane_id:
            cells[(card.phase_id, card.lane_id)] = None
    edits: list[Edit] = [RemoveEdge(u, v, EdgeKind(key)) for u, v, key in edges]
    edits += [RemoveNode(card_id) for card_id in doomed]
    for phase_id, lane_id in cells:
        rest = [c for c in project.cell_card_ids(phase_id, lane_id) if c not in seen]
        edits += _renumber_cards(project, rest)
    return edits


def move_card(
    project: JourneyProject,
    card_id: str,
    phase_id: str,
    lane_id: str,
    index: int | None = None,
) -> CompositeEdit:
    """Move a card into a cell (maybe its own) at `index` (the end when None)."""
    card = project.card(_require(project, card_id, NodeKind.CARD))
    _require(project, phase_id, NodeKind.PHASE)
    _require(project, lane_id, NodeKind.LANE)
    if project.map_of(phase_id) != project.map_of(lane_id):
        raise ModelError("A card's phase and lane must be on the same map.")
    edits: list[Edit] = []
    if (card.phase_id, card.lane_id) != (phase_id, lane_id):
        if card.phase_id is not None and card.lane_id is not None:
            old = [c for c in project.cell_card_ids(card.phase_id, card.lane_id) if c != card_id]
            edits += [
                RemoveEdge(card_id, card.phase_id, EdgeKind.IN_CELL),
                RemoveEdge(card_id, card.lane_id, EdgeKind.IN_CELL),
            ]
            edits += _renumber_cards(project, old)
        edits += [
            AddEdge(card_id, phase_id, EdgeKind.IN_CELL),
            AddEdge(card_id, lane_id, EdgeKind.IN_CELL),
        ]
        if project.map_of(phase_id) != project.map_of(card_id):
            edits += [
                RemoveEdge(u, v, EdgeKind.FLOWS_TO)
                for u, v, key in list(project.graph.in_edges(card_id, keys=True))
                + list(project.graph.out_edges(card_id, keys=True))
                if key == EdgeKind.FLOWS_TO
            ]
    siblings = [c for c in project.cell_card_ids(phase_id, lane_id) if c != card_id]
    siblings.insert(_insert_index(len(siblings), index), card_id)
    edits += _renumber_cards(project, siblings)
    return CompositeEdit("Move card", edits)


def move_cards(
    project: JourneyProject,
    moves: Iterable[tuple[str, str, str, int | None]],
) -> CompositeEdit:
    """Several cards moved by one gesture: one undo step."""
    steps = [(lambda m=move: move_card(project, m[0], m[1], m[2], m[3])) for move in moves]
    edit = sequence(project, "Move cards", steps)
    return edit


# --------------------------------------------------------------- any fields
def set_fields(project: JourneyProject, node_id: str, **changes: Any) -> CompositeEdit:
    """Change fields of any record (not its structure: use move/link for that)."""
    record = project.get(node_id)
    unknown = set(changes) - set(type(record).attr_names())
    if unknown:
        raise ModelError(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    updated = _checked(record.with_changes(**changes))
    new_attrs = updated.to_attrs()
    stored = project.node_attrs(node_id)
    values = {k: new_attrs[k] for k in changes if stored.get(k) != new_attrs[k]}
    if not values:
        return CompositeEdit("Change", [])
    label = f"Change {next(iter(values))}" if len(values) == 1 else "Change fields"
    return CompositeEdit(label, [SetNodeAttrs(node_id, values)])


# -------------------------------------------------------------------- links
def add_flow(project: JourneyProject, source: str, target: str, label: str = "") -> CompositeEdit:
    """Add a step of the customer's path between two touchpoints of one map."""
    for card_id in (source, target):
        _require(project, card_id, NodeKind.CARD)
        if project.card(card_id).kind != CardKind.TOUCHPOINT:
            raise ModelError("A flow joins two touchpoints.")
    if source == target:
        raise ModelError("A flow cannot go from a touchpoint to itself.")
    if project.map_of(source) != project.map_of(target):
        raise ModelError("A flow joins touchpoints of the same map.")
    if project.flow(source, target) is not None:
        raise ModelError("These touchpoints are already joined.")
    return CompositeEdit("Add flow", [AddEdge(source, target, EdgeKind.FLOWS_TO, {"label": label})])


def remove_flow(project: JourneyProject, source: str, target: str) -> CompositeEdit:
    if project.flow(source, target) is None:
        raise ModelError("These touchpoints are not joined.")
    return CompositeEdit("Remove flow", [RemoveEdge(source, target, EdgeKind.FLOWS_TO)])


def set_flow_label(project: JourneyProject, source: str, target: str, label: str) -> CompositeEdit:
    if project.flow(source, target) is None:
        raise ModelError("These touchpoints are not joined.")
    return CompositeEdit(
        "Change flow", [SetEdgeAttrs(source, target, EdgeKind.FLOWS_TO, {"label": label})]
    )


def set_marks(project: JourneyProject, frustration_id: str, target_id: str) -> CompositeEdit:
    """Attach a frustration (in a cell, or a marker) to a card or phase."""
    card = project.card(_require(project, frustration_id, NodeKind.CARD))
    edits: list[Edit] = []
    if card.marks is not None:
        edits.append(RemoveEdge(frustration_id, card.marks, EdgeKind.MARKS))
    edits += _link_edits(project, card, EdgeKind.MARKS, target_id)
    return CompositeEdit("Mark frustration", edits)


def clear_marks(project: JourneyProject, frustration_id: str) -> CompositeEdit:
    card = project.card(_require(project, frustration_id, NodeKind.CARD))
    if card.marks is None:
        return CompositeEdit("Unmark frustration", [])
    if card.phase_id is None:
        raise ModelError("A marker must mark something: delete it instead.")
    return CompositeEdit(
        "Unmark frustration", [RemoveEdge(frustration_id, card.marks, EdgeKind.MARKS)]
    )


def set_answers(
    project: JourneyProject, opportunity_id: str, frustration_id: str | None
) -> CompositeEdit:
    """Say which frustration an opportunity answers (None: none)."""
    card = project.card(_require(project, opportunity_id, NodeKind.CARD))
    edits: list[Edit] = []
    if card.answers is not None:
        edits.append(RemoveEdge(opportunity_id, card.answers, EdgeKind.ANSWERS))
    if frustration_id is not None:
        edits += _link_edits(project, card, EdgeKind.ANSWERS, frustration_id)
    return CompositeEdit("Link opportunity", edits)
