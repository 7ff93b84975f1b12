"""The map canvas: a QGraphicsView per map tab, drawn from `model.layout`.

The names below load on first use (PEP 562): images, SVG and printing paint
with the items' functions (`card_item`, `axis_items`, ...) and must not pay
for importing the editor's view and everything it pulls in (gestures, the
context menu, the title editor) that they never use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapstudio.lazy_names import lazy_names

if TYPE_CHECKING:
    from mapstudio.ui.canvas.scene import MapScene
    from mapstudio.ui.canvas.view import MapCanvas

# Each public name and the module that defines it.
_HOMES: dict[str, str] = {
    "MapCanvas": "mapstudio.ui.canvas.view",
    "MapScene": "mapstudio.ui.canvas.scene",
}

__all__ = ["MapCanvas", "MapScene"]


__getattr__, __dir__ = lazy_names(globals(), _HOMES)
