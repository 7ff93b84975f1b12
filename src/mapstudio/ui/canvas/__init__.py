"""The map canvas: a QGraphicsView per map tab, drawn from `model.layout`.

The names below load on first use (PEP 562): images, SVG and printing paint
with the items' functions (`card_item`, `axis_items`, ...) and must not pay
for importing the editor's view and everything it pulls in (gestures, the
context menu, the title editor) that they never use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapstudio.ui.canvas.scene import MapScene
    from mapstudio.ui.canvas.view import MapCanvas

# Each public name and the module that defines it.
_HOMES: dict[str, str] = {
    "MapCanvas": "mapstudio.ui.canvas.view",
    "MapScene": "mapstudio.ui.canvas.scene",
}

__all__ = ["MapCanvas", "MapScene"]


def __getattr__(name: str) -> object:
    """Import a public name's module the first time the name is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
