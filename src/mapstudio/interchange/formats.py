"""Which format a file is in, from its extension, and reading or writing a project in it.

Used by `mapstudio convert` and `mapstudio check`, so both accept the same
files. Importing formats (CSV, Mermaid) produce a new project with one map;
exporting formats other than `.mapstudio` and `.graphml` write one map.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from enum import StrEnum
from pathlib import Path

from mapstudio.interchange.csv_cards import import_csv, write_csv
from mapstudio.interchange.errors import FormatError, Problem
from mapstudio.interchange.graphml import write_graphml
from mapstudio.interchange.mermaid import import_mermaid, write_mermaid
from mapstudio.model.project import JourneyProject


class Format(StrEnum):
    MAPSTUDIO = "mapstudio"
    CSV = "csv"
    MERMAID = "mermaid"
    GRAPHML = "graphml"


EXTENSIONS: dict[str, Format] = {
    ".mapstudio": Format.MAPSTUDIO,
    ".csv": Format.CSV,
    ".mmd": Format.MERMAID,
    ".mermaid": Format.MERMAID,
    ".graphml": Format.GRAPHML,
}
READABLE = (Format.MAPSTUDIO, Format.CSV, Format.MERMAID)


def format_of(path: Path) -> Format:
    """The format a file name's extension names; `FormatError` for any other."""
    found = EXTENSIONS.get(Path(path).suffix.lower())
    if found is None:
        known = ", ".join(sorted(EXTENSIONS))
        raise FormatError(f"“{Path(path).name}” has an unknown extension (use one of {known})")
    return found


def read_project(path: Path, *, strict: bool = False) -> tuple[JourneyProject, list[Problem]]:
    """The project in a file, and the lines left out of it (CSV and Mermaid only).

    With `strict`, a CSV or Mermaid file with any problem raises its import error.
    """
    kind = format_of(path)
    if kind not in READABLE:
        raise FormatError(f"MapStudio writes {kind} files but cannot read them")
    if kind == Format.MAPSTUDIO:
        from mapstudio.fileformat import load_project

        return load_project(path), []
    importer = import_csv if kind == Format.CSV else import_mermaid
    result = importer(Path(path), strict=strict)
    return result.project, result.problems


def choose_map(project: JourneyProject, wanted: str | None) -> str:
    """The id of the map named `wanted` (or at 1-based position `wanted`); the first if None."""
    maps = project.maps()
    if not maps:
        raise FormatError("the project has no map to export")
    if wanted is None:
        return maps[0].id
    for journey_map in maps:
        if wanted in (journey_map.id, journey_map.name):
            return journey_map.id
    if wanted.isdigit() and 1 <= int(wanted) <= len(maps):
        return maps[int(wanted) - 1].id
    names = ", ".join(f"“{m.name}”" for m in maps)
    raise FormatError(f"there is no map “{wanted}” (the maps are {names})")


def write_project(
    project: JourneyProject,
    path: Path,
    *,
    map_id: str | None = None,
    french_excel: bool = False,
) -> None:
    """Write `project` (or, for CSV and Mermaid, one map of it) in the format of `path`.

    Atomic for every format: the file is written beside `path` under a hidden
    name and renamed over it only when complete, so a failure (full disk, bad
    map name) leaves any existing file exactly as it was. A .mapstudio file
    goes through `save_project`, which is atomic itself and keeps a backup.
    """
    kind = format_of(path)
    if kind == Format.MAPSTUDIO:
        from mapstudio.fileformat import save_project

        save_project(project, path)
        return
    if kind in (Format.CSV, Format.MERMAID):
        map_id = map_id or choose_map(project, None)  # fail before creating any file
    temp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        if kind == Format.GRAPHML:
            write_graphml(project, temp)
        elif kind == Format.CSV:
            options = {"lang": "fr", "delimiter": ";", "bom": True} if french_excel else {}
            write_csv(project, map_id, temp, **options)  # type: ignore[arg-type]
        else:
            write_mermaid(project, map_id, temp)  # type: ignore[arg-type]
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
