"""What one update of a live layout changed: the items a view must touch.

`model.live_layout.LiveLayout.update` answers with a `LayoutDelta`; the
canvas applies it to its items without comparing the whole layout, so an
edit costs what it changed, not the size of the map.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from mapstudio.model.geometry import CardBox, Cell, EmotionPoint, FlowArrow, MarkerBadge

K = TypeVar("K")
V = TypeVar("V")
CellKey = tuple[str, str]  # (phase id, lane id)
FlowKey = tuple[str, str]  # (source, target)


@dataclass(frozen=True)
class KeyedChanges(Generic[K, V]):
    """One table of the layout after an update: entries new or different, keys gone."""

    changed: Mapping[K, V] = field(default_factory=dict)
    removed: frozenset[K] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed)


@dataclass(frozen=True)
class LayoutDelta:
    """What an update changed between the previous layout and the new one."""

    cards: KeyedChanges[str, CardBox]
    markers: KeyedChanges[str, MarkerBadge]
    cells: KeyedChanges[CellKey, Cell]
    emotion_points: KeyedChanges[str, EmotionPoint]
    flows: KeyedChanges[FlowKey, FlowArrow]
    header: bool  # the persona band
    axes: bool  # phase or lane headers (a few dozen items)
    shading: bool  # phases were reordered: every cell's stripe may change
    curve: bool  # the emotion band or any point of the curve
    size: bool  # the map's width or height
