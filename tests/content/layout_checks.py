"""Layout checks for bundled maps: the layout tests' invariants, for any map id,
plus what a shipped map must also get right (no clipped text, no arrow across a card)."""

from __future__ import annotations

import itertools

from mapstudio.model.geometry import MapLayout, Rect
from mapstudio.model.project import JourneyProject
from mapstudio.model.text import ELLIPSIS
from tests.model.test_layout import check_text, on_edge, within


def check_map_layout(project: JourneyProject, map_id: str, layout: MapLayout) -> None:
    """Cells, cards, badges and text nest and never overlap; arrows join their cards."""
    page = Rect(0, 0, layout.width, layout.height)
    cells = {(c.phase_id, c.lane_id): c for c in layout.cells}
    assert len(cells) == len(layout.phases) * len(layout.lanes)
    for a, b in itertools.combinations(layout.cells, 2):
        assert not a.rect.intersects(b.rect)
    for cell in layout.cells:
        assert within(page, cell.rect)
    for phase in layout.phases:
        assert within(phase.header, phase.name.rect)
        check_text(phase.name)
        for badge in phase.badges:
            assert within(phase.header, badge.rect)
    for lane in layout.lanes:
        assert within(lane.header, lane.title.rect)
        check_text(lane.title)
    for block in (layout.header.title, layout.header.name, layout.header.details):
        check_text(block)
        assert within(layout.header.rect, block.rect)
    placed = {c.id for c in project.cards(map_id) if c.phase_id is not None}
    assert set(layout.cards) == placed
    for card_id, box in layout.cards.items():
        card = project.card(card_id)
        assert within(cells[(card.phase_id, card.lane_id)].rect, box.rect), card_id
        for block in (box.title, box.description):
            if block is not None:
                check_text(block)
                assert within(box.rect, block.rect), card_id
        for badge in box.badges:
            assert within(box.rect, badge.rect)
            assert not badge.rect.intersects(box.title.rect), card_id
    for a, b in itertools.combinations(layout.cards.values(), 2):
        assert not a.rect.intersects(b.rect), (a.card_id, b.card_id)
    for arrow in layout.flows:
        assert on_edge(layout.cards[arrow.source].rect, arrow.points[0])
        assert on_edge(layout.cards[arrow.target].rect, arrow.points[-1])


def arrows_crossing_cards(layout: MapLayout) -> list[tuple[str, str, str]]:
    """(source, target, card) for every flow segment that runs through another card."""
    crossings = []
    for arrow in layout.flows:
        for (x1, y1), (x2, y2) in itertools.pairwise(arrow.points):
            segment = Rect(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
            for box in layout.cards.values():
                if box.card_id in (arrow.source, arrow.target):
                    continue
                if segment.intersects(box.rect):
                    crossings.append((arrow.source, arrow.target, box.card_id))
    return crossings


def clipped_texts(project: JourneyProject, layout: MapLayout) -> list[str]:
    """Titles and descriptions the layout had to cut short with an ellipsis."""
    clipped = []
    for card_id, box in layout.cards.items():
        card = project.card(card_id)
        for text, block in ((card.title, box.title), (card.description, box.description)):
            cut = block is not None and block.lines and block.lines[-1].endswith(ELLIPSIS)
            if cut and ELLIPSIS not in text:
                clipped.append(text)
    return clipped
