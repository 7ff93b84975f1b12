"""A map's cards as a live layout last read them: by cell, measured, with badges.

`LiveCards` reads the whole map once, then, for each change, only the cards
the change names, the cells they left or joined, and the cards whose badges
(frustration markers) changed; it measures again only the cards whose record
or badges differ (`shaped` counts them). `live_layout.LiveLayout` places what
it reports.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from mapstudio.model.kinds import NodeKind
from mapstudio.model.layout import CardShape, card_shape, stack_height
from mapstudio.model.layout_delta import CellKey
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card
from mapstudio.model.text import TextMetrics


@dataclass
class CardChanges:
    """What re-reading the cards a change touched found."""

    cells: set[CellKey] = field(default_factory=set)  # cards, their order or shapes changed
    reshaped: set[str] = field(default_factory=set)  # cards measured again
    stacks: set[CellKey] = field(default_factory=set)  # cells whose stack height changed
    removed: set[str] = field(default_factory=set)  # cards no longer in a cell of the map
    regrouped: bool = False  # a card joined, left or moved within a cell
    phase_badges: bool = False  # a marker on a phase came, went or changed
    seen: set[str] = field(default_factory=set)  # the map's cards touched (flows to re-read)


def cell_of(card: Card) -> CellKey | None:
    if card.phase_id is None or card.lane_id is None:
        return None
    return (card.phase_id, card.lane_id)


class LiveCards:
    """Cards by cell in cell order, their shapes, stack heights and badge markers."""

    def __init__(self, project: JourneyProject, map_id: str, metrics: TextMetrics) -> None:
        self.project = project
        self.map_id = map_id
        self.metrics = metrics
        self.shaped = 0  # cards measured (their texts wrapped) so far
        self.cells: dict[CellKey, list[Card]] = project.cards_by_cell(map_id)
        self.markers: dict[str, tuple[Card, ...]] = {  # badge markers by what they mark
            target: tuple(markers)
            for target, markers in project.badge_markers_by_target(map_id).items()
        }
        self.records: dict[str, Card] = {c.id: c for cs in self.cells.values() for c in cs}
        self.records.update((m.id, m) for ms in self.markers.values() for m in ms)
        self.shapes: dict[str, CardShape] = {}
        self.stacks: dict[CellKey, float] = {}  # height of each cell's stack of cards
        self._measure_all()

    def _measure_all(self) -> None:
        """Measure every card once: `_measure_cell` of each cell, without its comparisons."""
        metrics, markers, shapes = self.metrics, self.markers, self.shapes
        for key, cards in self.cells.items():
            cell = [card_shape(metrics, card, markers.get(card.id, ())) for card in cards]
            shapes.update(zip([card.id for card in cards], cell, strict=True))
            self.shaped += len(cell)
            height = stack_height(cell)
            if height:
                self.stacks[key] = height

    def placed_ids(self) -> Iterable[str]:
        """Every card in a cell."""
        return (card.id for cards in self.cells.values() for card in cards)

    def update(self, touched: Iterable[str], phases: Container[str]) -> CardChanges:
        """Read again the cards among `touched` (node ids), and what they affect."""
        found = CardChanges()
        marked: set[str] = set()
        for node_id in touched:
            old, new = self.records.get(node_id), self._read_card(node_id)
            if old is None and new is None:
                continue
            found.seen.add(node_id)
            if old == new:
                continue
            for card in (old, new):
                if card is None:
                    continue
                cell = cell_of(card)
                if cell is not None:
                    found.cells.add(cell)
                elif card.marks is not None:
                    marked.add(card.marks)
            if new is None:
                del self.records[node_id]
            else:
                self.records[node_id] = new
        for target in marked:
            self._reread_markers(target, phases, found)
        before: set[str] = set()
        after: set[str] = set()
        project = self.project
        for key in found.cells:
            old_ids = [c.id for c in self.cells.get(key, ())]
            cards = project.cards_in_cell(*key) if key[0] in project and key[1] in project else []
            new_ids = [c.id for c in cards]
            found.regrouped = found.regrouped or old_ids != new_ids
            before.update(old_ids)
            after.update(new_ids)
            if self._measure_cell(key, cards, found.reshaped):
                found.stacks.add(key)
        found.removed = before - after
        for card_id in found.removed:
            self.shapes.pop(card_id, None)
        return found

    def _read_card(self, node_id: str) -> Card | None:
        """The card's record if it is a card of this map (in a cell or a badge)."""
        project = self.project
        if project.node_kind(node_id) != NodeKind.CARD or project.map_of(node_id) != self.map_id:
            return None
        return project.card(node_id)

    def _reread_markers(self, target: str, phases: Container[str], found: CardChanges) -> None:
        """A marker on `target` came, went or changed: its badges (and size) follow."""
        markers = tuple(self.project.badge_markers(target)) if target in self.project else ()
        if markers:
            self.markers[target] = markers
        else:
            self.markers.pop(target, None)
        if target in phases:
            found.phase_badges = True
        card = self.records.get(target)
        cell = cell_of(card) if card is not None else None
        if cell is not None:
            found.cells.add(cell)
            found.reshaped.add(target)

    def _measure_cell(self, key: CellKey, cards: list[Card], reshaped: set[str]) -> bool:
        """Take a cell's cards as they now are; measure those new or changed.

        True when the cell's stack of cards changed height.
        """
        if cards:
            self.cells[key] = cards
        else:
            self.cells.pop(key, None)
        for card in cards:
            shape = self.shapes.get(card.id)
            if (
                shape is None
                or card.id in reshaped
                or (shape.card is not card and shape.card != card)
            ):
                self.shapes[card.id] = card_shape(self.metrics, card, self.markers.get(card.id, ()))
                self.shaped += 1
                reshaped.add(card.id)
        height = stack_height([self.shapes[c.id] for c in cards])
        before = self.stacks.pop(key, 0.0)
        if height:
            self.stacks[key] = height
        return height != before
