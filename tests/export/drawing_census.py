"""Counting what a drawing of a map builds and paints, for the guards that
images and printing paint straight from the layout (no scene, no item per card)."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable

import pytest

from mapstudio.export import qt_map
from mapstudio.model.geometry import CardBox
from mapstudio.ui.canvas.axis_items import CellItem
from mapstudio.ui.canvas.card_item import CardItem, MarkerItem
from mapstudio.ui.canvas.curve_items import EmotionPointItem, FlowItem
from mapstudio.ui.canvas.scene import MapScene

# The kinds a map has many of, and the scene that would hold them.
MANY = (CardItem, MarkerItem, CellItem, EmotionPointItem, FlowItem)
COUNTED = (MapScene, *MANY)


def _counting(init: Callable[..., None], made: Counter[str], name: str) -> Callable[..., None]:
    def counted(self: object, *args: object, **kwargs: object) -> None:
        made[name] += 1
        init(self, *args, **kwargs)

    return counted


def count_items_made(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """From now on, how many scenes and items of the many kinds get built, by class name."""
    made: Counter[str] = Counter()
    for cls in COUNTED:
        monkeypatch.setattr(cls, "__init__", _counting(cls.__init__, made, cls.__name__))
    return made


def count_cards_painted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """From now on, each card `MapDrawing` paints, with whether the collector was on."""
    painted: list[tuple[str, bool]] = []
    paint_card = qt_map.paint_card

    def counted(painter: object, box: CardBox) -> None:
        painted.append((box.card_id, gc.isenabled()))
        paint_card(painter, box)  # type: ignore[arg-type]

    monkeypatch.setattr(qt_map, "paint_card", counted)
    return painted
