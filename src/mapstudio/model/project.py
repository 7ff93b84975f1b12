"""`JourneyProject`: the one document every view reads, backed by a networkx graph.

Nobody outside `model/` touches the graph's dicts: readers use the typed
accessors here, writers build edits (`model.edits`) and apply them. Every
change is reported to listeners once per applied or reverted edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from mapstudio.model.kinds import CardKind, EdgeKind, NodeKind
from mapstudio.model.records import (
    Card,
    Flow,
    JourneyMap,
    Lane,
    Persona,
    Phase,
    Record,
)


@dataclass(frozen=True)
class ProjectChange:
    """What one edit (or its revert) did: ids of nodes added, removed, changed.

    A node whose edges changed (a card moved to another cell, a phase
    reordered) is listed in `changed`; `maps` names the maps concerned so a
    view can relayout only what it shows.
    """

    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    changed: frozenset[str] = frozenset()
    maps: frozenset[str] = frozenset()

    @property
    def touched(self) -> frozenset[str]:
        return self.added | self.removed | self.changed


Listener = Callable[[ProjectChange], None]


@dataclass
class _Pending:
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    maps: set[str] = field(default_factory=set)


# Plain strings for the scans of a card's links that run once per card of a
# map (`card`, `badge_markers_by_target`): `EdgeKind.X in keys` hashes an
# enum member in Python, ~5x slower.
_IN_CELL, _MARKS, _ANSWERS = EdgeKind.IN_CELL.value, EdgeKind.MARKS.value, EdgeKind.ANSWERS.value
_PHASE = NodeKind.PHASE.value


class JourneyProject:
    """Personas, journey maps and everything on them, as one MultiDiGraph."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self._graph: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()
        self._listeners: list[Listener] = []
        self._depth = 0
        self._muted = 0
        self._pending = _Pending()
        self.revision = 0  # bumped by every change; lets views detect "modified"
        # Indexes over the graph, kept up to date by the edge primitives, so the
        # questions asked once per card (its map, its cell's cards) cost O(1)
        # instead of a walk over a phase's or lane's thousands of edges.
        self._owners: dict[str, str] = {}  # phase or lane id -> its map's id
        self._cells: dict[tuple[str, str], set[str]] = {}  # (phase, lane) -> card ids
        # Records already built, dropped as soon as their node or one of its
        # links changes (`_note`): a map's cards are read by the layout, the
        # health check and the inspector, and building a record is the dear part.
        self._records: dict[str, Record] = {}
        self._index_graph()

    # ----------------------------------------------------------------- graph
    @property
    def graph(self) -> nx.MultiDiGraph:
        """The underlying graph, for readers that need graph algorithms.

        Treat it as read-only: write through edits so undo and views keep up.
        """
        return self._graph

    def copy_graph(self) -> nx.MultiDiGraph:
        return self._graph.copy()

    # ------------------------------------------------------------- listeners
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after each change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group primitive changes so listeners hear of them once, at the end."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    @contextmanager
    def muted(self) -> Iterator[None]:
        """Change without telling listeners: for trial runs that are undone at once."""
        self._muted += 1
        try:
            yield
        finally:
            self._muted -= 1

    def _flush(self) -> None:
        pending, self._pending = self._pending, _Pending()
        if self._muted:
            return
        if not (pending.added or pending.removed or pending.changed):
            return
        self.revision += 1
        change = ProjectChange(
            added=frozenset(pending.added - pending.removed),
            removed=frozenset(pending.removed - pending.added),
            changed=frozenset(pending.changed - pending.removed - pending.added),
            maps=frozenset(pending.maps),
        )
        for listener in list(self._listeners):
            listener(change)

    def _note(self, bucket: set[str], node_id: str) -> None:
        bucket.add(node_id)
        self._records.pop(node_id, None)
        map_id = self.map_of(node_id)
        if map_id is not None:
            self._pending.maps.add(map_id)

    # ------------------------------------------- primitives (used by edits)
    def _add_node(self, node_id: str, attrs: dict[str, Any]) -> None:
        if node_id in self._graph:
            raise ValueError(f"duplicate id {node_id!r}")
        self._graph.add_node(node_id, **attrs)
        self._note(self._pending.added, node_id)

    def _remove_node(self, node_id: str) -> dict[str, Any]:
        if self._graph.degree(node_id):
            raise ValueError(f"node {node_id!r} still has edges")
        self._note(self._pending.removed, node_id)
        attrs = dict(self._graph.nodes[node_id])
        self._graph.remove_node(node_id)
        return attrs

    def _set_node_attrs(self, node_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Set attributes; a value of `_MISSING` deletes. Returns the old values."""
        data = self._graph.nodes[node_id]
        old = {key: data.get(key, MISSING) for key in values}
        for key, value in values.items():
            if value is MISSING:
                data.pop(key, None)
            else:
                data[key] = value
        self._note(self._pending.changed, node_id)
        return old

    def _add_edge(self, u: str, v: str, kind: EdgeKind, attrs: dict[str, Any]) -> None:
        if self._graph.has_edge(u, v, key=str(kind)):
            raise ValueError(f"duplicate {kind} edge {u!r} -> {v!r}")
        if kind == EdgeKind.IN_CELL:
            self._unindex_card(u)
        self._graph.add_edge(u, v, key=str(kind), kind=str(kind), **attrs)
        self._index_edge(u, v, kind)
        self._note(self._pending.changed, u)
        self._note(self._pending.changed, v)

    def _remove_edge(self, u: str, v: str, kind: EdgeKind) -> dict[str, Any]:
        attrs = dict(self._graph.edges[u, v, str(kind)])
        attrs.pop("kind", None)
        self._note(self._pending.changed, u)
        self._note(self._pending.changed, v)
        if kind == EdgeKind.IN_CELL:
            self._unindex_card(u)
        elif kind in (EdgeKind.HAS_PHASE, EdgeKind.HAS_LANE) and self._owners.get(v) == u:
            del self._owners[v]
        self._graph.remove_edge(u, v, key=str(kind))
        if kind == EdgeKind.IN_CELL:
            self._index_card(u)
        return attrs

    def _set_edge_attrs(
        self, u: str, v: str, kind: EdgeKind, values: dict[str, Any]
    ) -> dict[str, Any]:
        data = self._graph.edges[u, v, str(kind)]
        old = {key: data.get(key, MISSING) for key in values}
        for key, value in values.items():
            if value is MISSING:
                data.pop(key, None)
            else:
                data[key] = value
        self._note(self._pending.changed, u)
        self._note(self._pending.changed, v)
        return old

    # --------------------------------------------------------------- indexes
    def _index_graph(self) -> None:
        """Build the indexes from a graph handed to the constructor, in one pass.

        What `_index_edge` for every link would build, read straight from
        networkx's adjacency (an opened file's every link passes here once;
        the edge view cost a wrapper per link, `_index_card` a call per card).
        Only maps' and cards' links are read: a phase or lane owned by
        something else, or a non-card in a cell, breaks the model's rules,
        and `validate.structure_problems` refuses such a graph.
        """
        has_phase, has_lane = EdgeKind.HAS_PHASE.value, EdgeKind.HAS_LANE.value
        in_cell, phase = EdgeKind.IN_CELL.value, NodeKind.PHASE.value
        card, journey_map = NodeKind.CARD.value, NodeKind.MAP.value
        nodes = self._graph._node
        for u, targets in self._graph._succ.items():
            kind = nodes[u].get("type")
            if kind == card:
                phase_id = lane_id = None
                for v, keys in targets.items():
                    if in_cell in keys:  # as `_cell_key`: the last phase and lane
                        if nodes[v].get("type") == phase:
                            phase_id = v
                        else:
                            lane_id = v
                if phase_id is not None and lane_id is not None:
                    self._cells.setdefault((phase_id, lane_id), set()).add(u)
            elif kind == journey_map:
                for v, keys in targets.items():
                    if has_phase in keys or has_lane in keys:
                        self._owners.setdefault(v, u)

    def _index_edge(self, u: str, v: str, kind: EdgeKind) -> None:
        if kind == EdgeKind.IN_CELL:
            self._index_card(u)
        elif kind in (EdgeKind.HAS_PHASE, EdgeKind.HAS_LANE):
            self._owners.setdefault(v, u)

    def _cell_key(self, card_id: str) -> tuple[str, str] | None:
        """(phase, lane) from a card's `in_cell` edges, None unless it has both."""
        phase_id = lane_id = None
        nodes = self._graph._node
        for target, keys in self._graph._succ[card_id].items():
            if EdgeKind.IN_CELL in keys:
                if nodes[target].get("type") == NodeKind.PHASE:
                    phase_id = target
                else:
                    lane_id = target
        if phase_id is None or lane_id is None:
            return None
        return (phase_id, lane_id)

    def _index_card(self, card_id: str) -> None:
        cell = self._cell_key(card_id)
        if cell is not None:
            self._cells.setdefault(cell, set()).add(card_id)

    def _unindex_card(self, card_id: str) -> None:
        cell = self._cell_key(card_id)
        members = self._cells.get(cell) if cell is not None else None
        if members is not None:
            members.discard(card_id)
            if not members:
                del self._cells[cell]  # type: ignore[arg-type]

    # ------------------------------------------------------------ raw reads
    def __contains__(self, node_id: object) -> bool:
        return node_id in self._graph

    def node_kind(self, node_id: str) -> NodeKind | None:
        if node_id not in self._graph:
            return None
        return NodeKind(self._graph.nodes[node_id]["type"])

    def node_attrs(self, node_id: str) -> dict[str, Any]:
        """A copy of a node's stored attributes (for edits and the file writer)."""
        return dict(self._graph.nodes[node_id])

    # `_succ` and `_pred` are networkx's adjacency dicts ({neighbour: {key: data}}),
    # read directly: the public edge views cost a wrapper object per edge, and
    # these two run once or more per card on every load and layout.
    def _out(self, node_id: str, kind: EdgeKind) -> list[tuple[str, dict[str, Any]]]:
        return [(v, keys[kind]) for v, keys in self._graph._succ[node_id].items() if kind in keys]

    def _in(self, node_id: str, kind: EdgeKind) -> list[tuple[str, dict[str, Any]]]:
        return [(u, keys[kind]) for u, keys in self._graph._pred[node_id].items() if kind in keys]

    def _ids_of_kind(self, kind: NodeKind) -> list[str]:
        return [n for n, data in self._graph.nodes(data=True) if data.get("type") == kind]

    # ------------------------------------------------------- typed accessors
    def get(self, node_id: str) -> Record:
        """The record for any node id, whatever its kind."""
        kind = self.node_kind(node_id)
        if kind is None:
            raise KeyError(node_id)
        return {
            NodeKind.PERSONA: self.persona,
            NodeKind.MAP: self.map,
            NodeKind.PHASE: self.phase,
            NodeKind.LANE: self.lane,
            NodeKind.CARD: self.card,
        }[kind](node_id)

    def _record(self, cls: type[Record], node_id: str, **structural: Any) -> Any:
        data = self._graph._node[node_id]
        if data.get("type") != cls.NODE_KIND:
            raise KeyError(f"{node_id!r} is not a {cls.NODE_KIND}")
        record = cls.from_attrs(node_id, data, **structural)
        self._records[node_id] = record
        return record

    def _cached(self, cls: type[Record], node_id: str) -> Any:
        """The record built before for this node, if still valid and of that kind."""
        record = self._records.get(node_id)
        return record if type(record) is cls else None

    def persona(self, persona_id: str) -> Persona:
        return self._cached(Persona, persona_id) or self._record(Persona, persona_id)

    def personas(self) -> list[Persona]:
        """All personas, by name (then id, so the order is stable)."""
        records = [self.persona(pid) for pid in self._ids_of_kind(NodeKind.PERSONA)]
        return sorted(records, key=lambda p: (p.name.casefold(), p.id))

    def map(self, map_id: str) -> JourneyMap:
        cached = self._cached(JourneyMap, map_id)
        if cached is not None:
            return cached
        about = self._out(map_id, EdgeKind.ABOUT)
        return self._record(JourneyMap, map_id, persona_id=about[0][0] if about else None)

    def maps(self) -> list[JourneyMap]:
        """All maps in tab order."""
        records = [self.map(mid) for mid in self._ids_of_kind(NodeKind.MAP)]
        return sorted(records, key=lambda m: (m.order, m.id))

    def maps_about(self, persona_id: str) -> list[JourneyMap]:
        return sorted(
            (self.map(mid) for mid, _ in self._in(persona_id, EdgeKind.ABOUT)),
            key=lambda m: (m.order, m.id),
        )

    def phase_ids(self, map_id: str) -> list[str]:
        edges = self._out(map_id, EdgeKind.HAS_PHASE)
        return [v for v, _ in sorted(edges, key=lambda e: (e[1].get("order", 0), e[0]))]

    def phases(self, map_id: str) -> list[Phase]:
        return [self.phase(pid) for pid in self.phase_ids(map_id)]

    def phase(self, phase_id: str) -> Phase:
        return self._cached(Phase, phase_id) or self._record(Phase, phase_id)

    def lane_ids(self, map_id: str) -> list[str]:
        edges = self._out(map_id, EdgeKind.HAS_LANE)
        return [v for v, _ in sorted(edges, key=lambda e: (e[1].get("order", 0), e[0]))]

    def lanes(self, map_id: str) -> list[Lane]:
        return [self.lane(lid) for lid in self.lane_ids(map_id)]

    def lane(self, lane_id: str) -> Lane:
        return self._cached(Lane, lane_id) or self._record(Lane, lane_id)

    def card(self, card_id: str) -> Card:
        cached = self._records.get(card_id)  # `_cached`, inline: read once per card of a map
        if type(cached) is Card:
            return cached
        phase_id = lane_id = marks = answers = None
        nodes = self._graph._node
        for target, keys in self._graph._succ[card_id].items():  # one pass over its links
            if _IN_CELL in keys:
                if nodes[target].get("type") == _PHASE:
                    phase_id = target
                else:
                    lane_id = target
            if marks is None and _MARKS in keys:
                marks = target
            if answers is None and _ANSWERS in keys:
                answers = target
        return self._record(
            Card, card_id, phase_id=phase_id, lane_id=lane_id, marks=marks, answers=answers
        )

    def cell_card_ids(self, phase_id: str, lane_id: str) -> list[str]:
        """Ids of the cards in one cell, in their order inside the cell."""
        nodes = self._graph._node
        members = self._cells.get((phase_id, lane_id), ())
        return sorted(members, key=lambda c: (nodes[c].get("order", 0), c))

    def cards_in_cell(self, phase_id: str, lane_id: str) -> list[Card]:
        return [self.card(cid) for cid in self.cell_card_ids(phase_id, lane_id)]

    def cards_by_cell(self, map_id: str) -> dict[tuple[str, str], list[Card]]:
        """The cards of every non-empty cell of a map, each cell in its order.

        One pass over the map's cards: what a layout or an export of a whole
        map needs, without a lookup per cell.
        """
        phases, lanes = self.phase_ids(map_id), self.lane_ids(map_id)
        return {
            (phase_id, lane_id): self.cards_in_cell(phase_id, lane_id)
            for lane_id in lanes
            for phase_id in phases
            if (phase_id, lane_id) in self._cells
        }

    def card_ids(self, map_id: str) -> list[str]:
        """Every card of a map: cards in cells by phase, lane, order; then markers."""
        result: list[str] = []
        lanes = self.lane_ids(map_id)
        phases = self.phase_ids(map_id)
        for phase_id in phases:
            for lane_id in lanes:
                if (phase_id, lane_id) in self._cells:
                    result.extend(self.cell_card_ids(phase_id, lane_id))
        seen = set(result)
        for card_id in list(result) + phases:
            for marker, _ in self._in(card_id, EdgeKind.MARKS):
                if marker not in seen:
                    seen.add(marker)
                    result.append(marker)
        return result

    def cards(self, map_id: str) -> list[Card]:
        return [self.card(cid) for cid in self.card_ids(map_id)]

    def markers_of(self, node_id: str) -> list[Card]:
        """Frustrations that mark a card or a phase, most severe first."""
        markers = [self.card(u) for u, _ in self._in(node_id, EdgeKind.MARKS)]
        return sorted(markers, key=lambda c: (-c.severity, c.order, c.id))

    def badge_markers(self, node_id: str) -> list[Card]:
        """Markers without a cell on a card or phase (drawn as badges), most severe first."""
        return [m for m in self.markers_of(node_id) if m.phase_id is None or m.lane_id is None]

    def badge_markers_by_target(self, map_id: str) -> dict[str, list[Card]]:
        """`badge_markers` of every card in a cell and every phase of a map, one pass."""
        targets = [c for ids in self._map_cells(map_id).values() for c in ids]
        targets += self.phase_ids(map_id)
        result: dict[str, list[Card]] = {}
        for target in targets:
            if any(_MARKS in keys for keys in self._graph._pred[target].values()):
                markers = self.badge_markers(target)
                if markers:
                    result[target] = markers
        return result

    def _map_cells(self, map_id: str) -> dict[tuple[str, str], set[str]]:
        phases = self.phase_ids(map_id)
        return {
            (phase_id, lane_id): self._cells[(phase_id, lane_id)]
            for lane_id in self.lane_ids(map_id)
            for phase_id in phases
            if (phase_id, lane_id) in self._cells
        }

    def flows_of(self, card_id: str) -> list[Flow]:
        """The flows leaving or reaching one touchpoint."""
        out = [
            Flow(card_id, v, data.get("label", ""))
            for v, data in self._out(card_id, EdgeKind.FLOWS_TO)
        ]
        into = [
            Flow(u, card_id, data.get("label", ""))
            for u, data in self._in(card_id, EdgeKind.FLOWS_TO)
        ]
        return out + into

    def opportunities_for(self, frustration_id: str) -> list[Card]:
        return [self.card(u) for u, _ in self._in(frustration_id, EdgeKind.ANSWERS)]

    def flows(self, map_id: str | None = None) -> list[Flow]:
        """Flows between touchpoints, of one map or of the whole project."""
        cards = set(self.card_ids(map_id)) if map_id is not None else None
        result = [
            Flow(u, v, data.get("label", ""))
            for u, v, key, data in self._graph.edges(keys=True, data=True)
            if key == EdgeKind.FLOWS_TO and (cards is None or u in cards)
        ]
        return sorted(result, key=lambda f: (f.source, f.target))

    def flow(self, source: str, target: str) -> Flow | None:
        if not self._graph.has_edge(source, target, key=str(EdgeKind.FLOWS_TO)):
            return None
        data = self._graph.edges[source, target, str(EdgeKind.FLOWS_TO)]
        return Flow(source, target, data.get("label", ""))

    def map_of(self, node_id: str) -> str | None:
        """The map a phase, lane or card belongs to (None for personas and strays)."""
        if node_id not in self._graph:
            return None
        kind = self._graph.nodes[node_id].get("type")
        if kind == NodeKind.MAP:
            return node_id
        if kind in (NodeKind.PHASE, NodeKind.LANE):
            return self._owners.get(node_id)
        if kind == NodeKind.CARD:
            for target, _ in self._out(node_id, EdgeKind.IN_CELL):
                return self.map_of(target)
            for target, _ in self._out(node_id, EdgeKind.MARKS):
                return self.map_of(target)
        return None

    def touchpoints(self, map_id: str) -> list[Card]:
        return [c for c in self.cards(map_id) if c.kind == CardKind.TOUCHPOINT]


class _Missing:
    """Marks an attribute that did not exist, so a revert deletes it again."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
