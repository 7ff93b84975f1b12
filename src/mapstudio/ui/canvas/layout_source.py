"""Where the canvas gets its geometry: `model.live_layout.LiveLayout`.

Kept in one place so the canvas has a single seam to the layout engine. The
canvas keeps one live layout per map and feeds it every change, so an edit
costs what it changed, not a layout of the whole map.
"""

from __future__ import annotations

from mapstudio.model.live_layout import LiveLayout
from mapstudio.model.project import JourneyProject
from mapstudio.ui.i18n import current_language


def live_layout_for(project: JourneyProject, map_id: str) -> LiveLayout:
    """The geometry of one map, in points, ready to follow the project's changes."""
    return LiveLayout(project, map_id, lang=current_language())
