"""Counting the canvas items Qt repaints, by wrapping MapStudio's `paint` methods.

Every QGraphicsItem subclass defined in a `mapstudio.` module gets a `paint`
that counts the call and then draws exactly as before (its own `paint`, or
the Qt base class's for items that do not override it). Qt calls `paint`
once per item and exposed area, so the count after an edit is the number of
item repaints the edit caused: the O(1)-or-not question, independent of the
machine's speed. Start counting before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QGraphicsItem


class PaintCensus:
    def __init__(self) -> None:
        self.calls = 0
        self.by_class: dict[str, int] = {}

    def reset(self) -> None:
        self.calls = 0
        self.by_class = {}

    def count(self, item: QGraphicsItem) -> None:
        self.calls += 1
        name = type(item).__name__
        self.by_class[name] = self.by_class.get(name, 0) + 1


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _counting(paint: Callable[..., Any], census: PaintCensus) -> Callable[..., Any]:
    def counted(self: QGraphicsItem, painter: Any, option: Any, widget: Any = None) -> Any:
        census.count(self)
        return paint(self, painter, option, widget)

    return counted


def _original_paint(cls: type) -> Callable[..., Any]:
    return next(base.__dict__["paint"] for base in cls.__mro__ if "paint" in base.__dict__)


@contextmanager
def counting_paints() -> Iterator[PaintCensus]:
    """Count paints of every MapStudio item class imported so far, until the end
    of the `with` block (then the classes paint as they did before)."""
    census = PaintCensus()
    classes = [
        c
        for c in dict.fromkeys(_subclasses(QGraphicsItem))
        if c.__module__.startswith("mapstudio.")
    ]
    # Look every original up before wrapping any, so a subclass never wraps a wrapper.
    saved = [(cls, cls.__dict__.get("paint"), _original_paint(cls)) for cls in classes]
    for cls, _, paint in saved:
        cls.paint = _counting(paint, census)  # type: ignore[attr-defined]
    try:
        yield census
    finally:
        for cls, own, _ in saved:
            if own is None:
                delattr(cls, "paint")
            else:
                cls.paint = own  # type: ignore[attr-defined]
