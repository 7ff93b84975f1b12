"""What runs across a live layout: the flow arrows and the emotion curve.

Both are kept in pieces (an arrow per flow, the curve's points per phase) so
that an update redraws only the pieces whose cards moved or changed, and the
answer says which pieces those were. `live_layout.LiveLayout` owns one of
each and feeds them its card boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import chain

from mapstudio.model.geometry import CardBox, EmotionPoint, FlowArrow
from mapstudio.model.layout import flow_path
from mapstudio.model.layout_delta import FlowKey, KeyedChanges
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Flow


class LiveFlows:
    """The map's flows, their arrows, and which flows each card has."""

    def __init__(self, project: JourneyProject) -> None:
        self.project = project
        self._flows: dict[FlowKey, Flow] = {}
        self._keys: dict[str, set[FlowKey]] = {}  # card id -> its flows' keys
        self._arrows: dict[FlowKey, FlowArrow] = {}  # sorted by key, as `project.flows()`

    def keys(self) -> set[FlowKey]:
        return set(self._flows)

    def read(self, card_ids: Iterable[str]) -> None:
        """The flows of every card given, for a first layout: `reread` of each card.

        A flow has two ends, so the map's flows are met twice; the second time
        costs a lookup.
        """
        flows, keys_of = self._flows, self._keys
        for card_id in card_ids:
            for flow in self.project.flows_of(card_id):
                key = (flow.source, flow.target)
                if key in flows:
                    continue
                flows[key] = flow
                for end in key:
                    ends = keys_of.get(end)
                    if ends is None:
                        keys_of[end] = {key}
                    else:
                        ends.add(key)

    def reread(self, card_id: str, in_map: bool) -> set[FlowKey]:
        """Forget a card's flows and, if it is on the map, read them again.

        Returns the keys of both, old and new: the arrows to look at again.
        """
        keys = self._keys.pop(card_id, set())
        for key in keys:
            self._flows.pop(key, None)
            for end in key:
                if end != card_id and end in self._keys:
                    self._keys[end].discard(key)
        if not in_map:
            return keys
        for flow in self.project.flows_of(card_id):
            key = (flow.source, flow.target)
            self._flows[key] = flow
            keys.add(key)
            for end in key:
                self._keys.setdefault(end, set()).add(key)
        return keys

    def arrows(
        self,
        reread: set[FlowKey],
        moved: Iterable[str],
        boxes: Mapping[str, CardBox],
        previous: tuple[FlowArrow, ...] | None,
    ) -> tuple[tuple[FlowArrow, ...], KeyedChanges[FlowKey, FlowArrow]]:
        """All arrows, drawn again for the flows re-read and those of cards that moved."""
        candidates = set(reread)
        if not candidates.issuperset(self._flows):  # else no moved card can add one
            for card_id in moved:
                candidates.update(self._keys.get(card_id, ()))
        changed: dict[FlowKey, FlowArrow] = {}
        gone: set[FlowKey] = set()
        for key in candidates:
            flow = self._flows.get(key)
            source, target = boxes.get(key[0]), boxes.get(key[1])
            if flow is None or source is None or target is None:
                if self._arrows.pop(key, None) is not None:
                    gone.add(key)
                continue
            path = flow_path(source.rect, target.rect)
            arrow = FlowArrow(flow.source, flow.target, path, flow.label)
            if self._arrows.get(key) != arrow:
                changed[key] = arrow
        added = any(key not in self._arrows for key in changed)
        self._arrows.update(changed)
        changes = KeyedChanges(changed, frozenset(gone))
        if previous is not None and not changes:
            return previous, changes
        if added or gone or previous is None:
            self._arrows = {key: self._arrows[key] for key in sorted(self._arrows)}
        return tuple(self._arrows.values()), changes


class LiveCurve:
    """The emotion curve's points, kept by phase (a phase's points depend on it alone)."""

    def __init__(self) -> None:
        self._points: dict[str, tuple[EmotionPoint, ...]] = {}

    def phases(self) -> set[str]:
        """Phases that have points now."""
        return set(self._points)

    def update(
        self,
        phase_ids: list[str],
        dirty: set[str],
        score: Callable[[str], tuple[EmotionPoint, ...]],
        previous: tuple[EmotionPoint, ...] | None,
        reordered: bool,
    ) -> tuple[tuple[EmotionPoint, ...], KeyedChanges[str, EmotionPoint]]:
        """Score the `dirty` phases again (`score` gives a phase's points, () if gone).

        Returns every point in map order (`phase_ids`' order, which `reordered`
        says changed) and the points changed; the previous tuple itself when
        nothing did.
        """
        before = {p.card_id: p for phase_id in dirty for p in self._points.get(phase_id, ())}
        after: dict[str, EmotionPoint] = {}
        for phase_id in dirty:
            points = score(phase_id)
            if points:
                self._points[phase_id] = points
                after.update((p.card_id, p) for p in points)
            else:
                self._points.pop(phase_id, None)
        changes = KeyedChanges(
            {k: p for k, p in after.items() if before.get(k) != p},
            frozenset(before.keys() - after.keys()),
        )
        if previous is not None and not changes and not reordered:
            return previous, changes
        ordered = tuple(chain.from_iterable(self._points.get(p, ()) for p in phase_ids))
        return (previous if previous is not None and ordered == previous else ordered), changes
