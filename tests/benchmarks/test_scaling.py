"""Algorithmic guards behind the benchmark's goals, counted rather than timed.

Wall-clock goals live in `make bench`; these tests pin the properties that
make them reachable, in units no machine's speed changes: repainted items
(an inspector edit touches O(1) items) and Python function calls (laying out
a map is linear in its cards).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from benchmarks.generate import MAP_ID, generate_project
from benchmarks.probes.drag import VIEW_SIZE, scroll_to
from benchmarks.probes.events import PaintCounter, settle
from benchmarks.probes.paint_census import counting_paints
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind
from mapstudio.model.layout import layout_map
from mapstudio.ui.canvas import MapCanvas
from mapstudio.ui.document import Document

SMALL, BIG = 80, 800


def repaints_after_rename(qtbot: QtBot, cards: int) -> int:
    """Paint calls caused by renaming the first touchpoint (a one-line title,
    so the map's geometry does not change) on a map of `cards` cards."""
    project = generate_project(cards, photos=False)
    document = Document(project)
    card_id = next(c.id for c in project.cards(MAP_ID) if c.kind == CardKind.TOUCHPOINT)
    document.push(operations.set_fields(project, card_id, title="Vitrine remarquée"))
    canvas = MapCanvas(document, MAP_ID)
    qtbot.addWidget(canvas)
    with counting_paints() as census:
        canvas.resize(*VIEW_SIZE)
        canvas.show()
        qtbot.waitExposed(canvas)
        scroll_to(canvas, canvas.scene_rect_of(card_id).center(), QPoint(320, 400))
        counter = PaintCounter(canvas.viewport())
        qtbot.waitUntil(lambda: census.calls > 0)
        settle(counter, expect_paint=False)
        census.reset()
        document.push(operations.set_fields(project, card_id, title="Vitrine aperçue"))
        settle(counter)
        return census.calls


def test_an_inspector_edit_repaints_as_many_items_on_a_big_map_as_on_a_small_one(
    qtbot: QtBot,
) -> None:
    small = repaints_after_rename(qtbot, SMALL)
    big = repaints_after_rename(qtbot, BIG)
    assert 0 < small <= 12  # the card and what overlaps it
    assert big <= small * 1.5


def python_calls(action: Callable[[], object]) -> int:
    """How many Python functions (and generator resumptions) `action` runs."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count


def test_laying_out_a_map_is_linear_in_its_cards() -> None:
    small = generate_project(SMALL * 2, photos=False)
    big = generate_project(SMALL * 10, photos=False)
    for project in (small, big):  # warm the word-width caches on both texts
        layout_map(project, MAP_ID)
    for project in (small, big):  # a real change, so no layout can be reused whole
        operations.set_fields(project, MAP_ID, name="Parcours client").apply(project)
    ratio = python_calls(lambda: layout_map(big, MAP_ID)) / python_calls(
        lambda: layout_map(small, MAP_ID)
    )
    assert ratio <= 5 * 1.1
