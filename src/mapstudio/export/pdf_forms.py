"""Drawings made once per PDF document and placed many times (PDF forms).

A big map repeats the same few drawings thousands of times: a card's box of
one kind and size, a channel icon, an emotion face. Each is drawn once per
document as a form XObject and then placed: the file is smaller and written
several times faster. A placement is three operators (save, translate, draw
the form, restore) written as literals: the canvas's own `saveState`,
`translate` and `restoreState` would copy its whole Python-side state thrice
per placement, for a net change of nothing.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from mapstudio.model.geometry import Rect

Draw = Callable[[Canvas], None]
# A form's name, its bounding box, and how to draw it (at its origin).
FormSpec = tuple[str, Rect, Draw]


@dataclass
class FormBook:
    """The forms of one canvas (one document): each defined on first use, then placed."""

    canvas: Canvas
    defined: set[str] = field(default_factory=set)
    names: dict[Hashable, str] = field(default_factory=dict)  # a drawing's key -> form name

    def name(self, key: Hashable, spec: Callable[[], FormSpec]) -> str:
        """The form drawing `key`, defined by `spec()` the first time the key is seen.

        Keys are cheap to make per card (kind and size, say); names are the
        PDF's, possibly shared by several keys (sizes rounded to 1/100 pt).
        """
        name = self.names.get(key)
        if name is None:
            name, bbox, draw = spec()
            self.define(name, bbox, draw)
            self.names[key] = name
        return name

    def define(self, name: str, bbox: Rect, draw: Draw) -> None:
        """Draw `draw(canvas)` as form `name` in `bbox`, unless the document has it."""
        if name not in self.defined:
            self.canvas.beginForm(name, bbox.x, bbox.y, bbox.right, bbox.bottom)
            draw(self.canvas)
            self.canvas.endForm()
            self.defined.add(name)

    def place(self, name: str, x: float, y: float) -> None:
        """Draw the form `name` with its origin at (x, y)."""
        canvas = self.canvas
        canvas.addLiteral(f"q 1 0 0 1 {fp_str(x, y)} cm")
        canvas.doForm(name)
        canvas.addLiteral("Q")


_BOOKS: weakref.WeakKeyDictionary[Canvas, FormBook] = weakref.WeakKeyDictionary()


def form_book(canvas: Canvas) -> FormBook:
    """The canvas's forms, made on first use (they live as long as the canvas)."""
    book = _BOOKS.get(canvas)
    if book is None:
        book = _BOOKS[canvas] = FormBook(canvas)
    return book
