"""A quick proof that a project's links keep the model's rules, in set operations.

`validate.structure_problems` explains, link by link and card by card, what
is wrong with a project's links; on a sound 10,000-card project that walk
was the dearest part of opening the file. `links_are_sound` answers only
"nothing is wrong" or "cannot tell", each rule checked over all links of a
kind at once with C-speed set, dict and `map` operations, so a sound project
costs one pass over its links in Python. When it cannot tell, the detailed
walk runs and finds the problems to report.

It must never call a broken project sound: every rule of
`structure_problems` has its counterpart below, usually stricter, and
`tests/model/test_validate_link_proof.py` compares the two on random graphs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, filterfalse, repeat
from operator import eq, not_
from typing import Any

from mapstudio.model.kinds import CardKind, EdgeKind, NodeKind

# Which kinds of node each kind of link may join: (source kinds, target kinds).
EDGE_ENDS: dict[EdgeKind, tuple[frozenset[NodeKind], frozenset[NodeKind]]] = {
    EdgeKind.HAS_PHASE: (frozenset({NodeKind.MAP}), frozenset({NodeKind.PHASE})),
    EdgeKind.HAS_LANE: (frozenset({NodeKind.MAP}), frozenset({NodeKind.LANE})),
    EdgeKind.IN_CELL: (frozenset({NodeKind.CARD}), frozenset({NodeKind.PHASE, NodeKind.LANE})),
    EdgeKind.ABOUT: (frozenset({NodeKind.MAP}), frozenset({NodeKind.PERSONA})),
    EdgeKind.FLOWS_TO: (frozenset({NodeKind.CARD}), frozenset({NodeKind.CARD})),
    EdgeKind.MARKS: (frozenset({NodeKind.CARD}), frozenset({NodeKind.CARD, NodeKind.PHASE})),
    EdgeKind.ANSWERS: (frozenset({NodeKind.CARD}), frozenset({NodeKind.CARD})),
}
# The same as plain strings, what the graph holds.
_ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    kind.value: (frozenset(k.value for k in sources), frozenset(k.value for k in ends))
    for kind, (sources, ends) in EDGE_ENDS.items()
}
_ORDERED = (EdgeKind.HAS_PHASE.value, EdgeKind.HAS_LANE.value)
_CARD, _PHASE, _LANE = NodeKind.CARD.value, NodeKind.PHASE.value, NodeKind.LANE.value
_TOUCH = CardKind.TOUCHPOINT.value  # a card's kind when it names none
_FRUSTRATIONS = frozenset({CardKind.FRUSTRATION.value})
_OPPORTUNITIES = frozenset({CardKind.OPPORTUNITY.value})
_TOUCHPOINTS = frozenset({_TOUCH})
_WHOLE = frozenset({int})
# A kind of link as columns: sources, targets, data dicts.
Links = tuple[Sequence[str], Sequence[str], Sequence[dict[str, Any]]]
_NO_LINKS: Links = ((), (), ())


def links_are_sound(graph: Any) -> bool:
    """True only if `structure_problems` would find nothing wrong with `graph`'s links.

    `graph` is the project's networkx MultiDiGraph; its nodes' attributes
    are expected to have passed `attrs_problems` (a node whose type is not
    a plain string makes the answer False, never an error).
    """
    try:
        return _sound(graph._node, _links_by_kind(graph._succ))
    except (KeyError, TypeError):  # a node of no kind, a link to a node of none…
        return False


def _links_by_kind(succ: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Links]:
    """Each kind of link as columns: its sources, its targets, its data dicts."""
    found: dict[str, tuple[list[str], list[str], list[dict[str, Any]]]] = {}
    for u, targets in succ.items():
        for v, keyed in targets.items():
            for key, data in keyed.items():
                columns = found.get(key)
                if columns is None:
                    found[key] = columns = ([], [], [])
                columns[0].append(u)
                columns[1].append(v)
                columns[2].append(data)
    return found  # type: ignore[return-value]


def _sound(nodes: dict[str, dict[str, Any]], links: dict[str, Links]) -> bool:
    if not _ENDS.keys() >= links.keys():
        return False  # a link of an unknown kind
    node_type = dict(zip(nodes, map(dict.get, nodes.values(), repeat("type")), strict=True))
    for key, (us, vs, datas) in links.items():
        if any(map(eq, us, vs)):  # a link looping on its node
            return False
        if not all(map(eq, map(dict.get, datas, repeat("kind")), repeat(key))):
            return False
        sources, ends = _ENDS[key]
        if not (
            sources.issuperset(map(node_type.__getitem__, us))
            and ends.issuperset(map(node_type.__getitem__, vs))
        ):
            return False  # a link joining the wrong kinds of node
    for key in _ORDERED:  # a map's phases and lanes are ordered by whole numbers
        if not _WHOLE.issuperset(map(type, map(dict.get, _of(links, key)[2], repeat("order")))):
            return False
    counts = Counter(node_type.values())
    owner: dict[str, str] = {}  # phase or lane -> its map
    for key, kind in ((EdgeKind.HAS_PHASE, _PHASE), (EdgeKind.HAS_LANE, _LANE)):
        maps, owned, _ = _of(links, key)
        owner.update(zip(owned, maps, strict=True))
        if len(set(owned)) != len(owned) or len(owned) != counts[kind]:
            return False  # a phase or lane not on exactly one map
    if not _each_once(_of(links, EdgeKind.ABOUT)[0]):
        return False  # a map about two personas
    return _cards_sound(nodes, node_type, links, owner)


def _cards_sound(
    nodes: dict[str, dict[str, Any]],
    node_type: dict[str, Any],
    links: dict[str, Links],
    owner: dict[str, str],
) -> bool:
    """`_card_problems` of every card, as set operations on the columns of links."""
    cards, places, _ = _of(links, EdgeKind.IN_CELL)
    in_phase = list(map(eq, map(node_type.__getitem__, places), repeat(_PHASE)))
    in_lane = list(map(not_, in_phase))
    phase_of = dict(zip(compress(cards, in_phase), compress(places, in_phase), strict=True))
    lane_of = dict(zip(compress(cards, in_lane), compress(places, in_lane), strict=True))
    if len(phase_of) + len(lane_of) != len(cards) or phase_of.keys() != lane_of.keys():
        return False  # a card in two phases or lanes, or in a phase and no lane
    map_of = dict(zip(phase_of, map(owner.__getitem__, phase_of.values()), strict=True))
    if not all(map(eq, map_of.values(), map(owner.__getitem__, map(lane_of.__getitem__, map_of)))):
        return False  # a card whose phase and lane are on different maps
    card_ids = list(compress(node_type, map(eq, node_type.values(), repeat(_CARD))))

    def kinds(cards: Sequence[str]) -> set[Any]:
        return set(map(dict.get, map(nodes.__getitem__, cards), repeat("kind"), repeat(_TOUCH)))

    markers, marked, _ = _of(links, EdgeKind.MARKS)
    unplaced = set(filterfalse(phase_of.__contains__, card_ids))
    if not (unplaced <= set(markers) and kinds(markers) <= _FRUSTRATIONS):
        return False  # a card in no cell that marks nothing, or a marker that is no frustration
    marked_cards = compress(marked, map(eq, map(node_type.__getitem__, marked), repeat(_CARD)))
    if not _each_once(markers) or not phase_of.keys() >= set(marked_cards):
        return False  # a frustration marking two things, or marking a marker
    answering, answered, _ = _of(links, EdgeKind.ANSWERS)
    if not (
        _each_once(answering)
        and kinds(answering) <= _OPPORTUNITIES
        and kinds(answered) <= _FRUSTRATIONS
    ):
        return False
    starts, ends, _ = _of(links, EdgeKind.FLOWS_TO)
    return (
        kinds(starts) <= _TOUCHPOINTS
        and kinds(ends) <= _TOUCHPOINTS
        and all(map(eq, map(map_of.__getitem__, starts), map(map_of.__getitem__, ends)))
    )


def _of(links: dict[str, Links], kind: str) -> Links:
    return links.get(kind, _NO_LINKS)


def _each_once(ids: Sequence[str]) -> bool:
    return len(set(ids)) == len(ids)
