"""What the user chose for one export: format, maps, paper, poster, DPI, extras.

The CLI, the export dialog and the print dialog all fill one `ExportOptions`,
so the three offer exactly the same choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mapstudio.export.errors import ExportError
from mapstudio.export.pages import PAGE_SIZES, PageSize
from mapstudio.model.project import JourneyProject

A4 = PageSize("A4", *PAGE_SIZES["A4"])
DEFAULT_DPI = 150
MIN_DPI, MAX_DPI = 36, 1200
MAX_IMAGE_PIXELS = 400_000_000  # ~20000×20000: beyond this the export would exhaust memory


class ExportFormat(StrEnum):
    PDF = "pdf"
    PNG = "png"
    SVG = "svg"


def format_for_path(path: Path) -> ExportFormat:
    """The format named by the output file's extension."""
    suffix = path.suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        raise ExportError(
            f"cannot tell the format of “{path.name}”: the file name must end in .pdf, .png or .svg"
        ) from None


@dataclass(frozen=True)
class ExportOptions:
    """One export's choices; `maps` holds map ids (empty: the format's default)."""

    maps: tuple[str, ...] = ()
    page: PageSize = A4
    landscape: bool = True
    poster: tuple[int, int] | None = None  # (columns, rows)
    dpi: int = DEFAULT_DPI
    persona_sheet: bool = False
    transparent: bool = False
    title: str = ""
    author: str = ""
    lang: str = "en"  # of the words the map adds: buying roles, persona sheet labels

    @property
    def sheet(self) -> PageSize:
        return self.page.oriented(self.landscape)


def resolve_map(project: JourneyProject, name_or_index: str) -> str:
    """A map id from what the user typed: its name, its id, or its 1-based tab number."""
    maps = project.maps()
    text = name_or_index.strip()
    if text.isdigit():
        index = int(text)
        if 1 <= index <= len(maps):
            return maps[index - 1].id
        raise ExportError(f"there is no map number {index}: the project has {len(maps)} map(s)")
    for journey in maps:
        if text in (journey.id, journey.name) or text.casefold() == journey.name.casefold():
            return journey.id
    names = ", ".join(f"“{m.name}”" for m in maps) or "none"
    raise ExportError(f"no map is called “{text}” (maps: {names})")


def maps_to_export(project: JourneyProject, options: ExportOptions, fmt: ExportFormat) -> list[str]:
    """The chosen maps, or the default: every map for PDF, the first for images."""
    if options.maps:
        known = {m.id for m in project.maps()}
        for map_id in options.maps:
            if map_id not in known:
                raise ExportError(f"the project has no map with the id “{map_id}”")
        return list(options.maps)
    maps = project.maps()
    if not maps:
        raise ExportError("the project has no map to export")
    return [m.id for m in maps] if fmt == ExportFormat.PDF else [maps[0].id]


def check_dpi(dpi: int) -> int:
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"a resolution of {dpi} dpi is out of range ({MIN_DPI} to {MAX_DPI})")
    return dpi
