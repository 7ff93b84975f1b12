"""The exporters' one seam to the layout engine (`model.layout.layout_map`)."""

from __future__ import annotations

from mapstudio.model.geometry import MapLayout
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject


def layout_for(project: JourneyProject, map_id: str, lang: str = "en") -> MapLayout:
    """The geometry of one map, in points: what screen and print both draw."""
    return layout_map(project, map_id, lang=lang)


def persona_photo(project: JourneyProject, map_id: str) -> bytes | None:
    """The photo bytes of the map's persona, if it has one."""
    persona_id = project.map(map_id).persona_id
    if persona_id is None or persona_id not in project:
        return None
    return project.persona(persona_id).photo or None
