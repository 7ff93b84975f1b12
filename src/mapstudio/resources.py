"""Where bundled files (fonts, examples, templates, translations) live.

One lookup for both ways MapStudio runs: from the source tree (`src/` layout,
so `resources/` sits two levels above the package) and frozen by PyInstaller,
which unpacks data next to the program under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` directory of this installation."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    # src/mapstudio/resources.py -> <repo>/resources
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)
