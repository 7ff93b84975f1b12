"""Where the canvas gets its geometry: `model.layout.layout_map`.

Kept in one place so the canvas has a single seam to the layout engine.
"""

from __future__ import annotations

from mapstudio.model.geometry import MapLayout
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject


def layout_for(project: JourneyProject, map_id: str) -> MapLayout:
    """The geometry of one map, in points."""
    return layout_map(project, map_id)
