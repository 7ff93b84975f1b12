"""The map canvas: a QGraphicsView per map tab, drawn from `model.layout`."""

from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.view import MapCanvas

__all__ = ["MapCanvas", "MapScene"]
