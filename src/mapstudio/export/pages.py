"""Page sizes and sheet plans: where a map lands on each printed sheet.

One plan serves every output (PDF, PNG, SVG, the printer), so a map fits the
same way wherever it goes. All lengths are points (1/72 in), origin top-left,
y down, like the layout. Poster mode cuts the scaled map into COLS×ROWS tiles;
each sheet shows its tile plus an overlap strip on every side, so neighbouring
sheets can be taped over each other, with crop marks at the tile's corners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapstudio.export.errors import ExportError
from mapstudio.model.geometry import Rect

MM = 72.0 / 25.4

# Portrait width × height in points.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "Letter": (8.5 * 72, 11 * 72),
    "Tabloid": (11 * 72, 17 * 72),
}
FIT_MARGIN = 10 * MM  # white border around a map fitted to one page
POSTER_MARGIN = 18 * MM  # room outside each tile for overlap, crop marks and label
POSTER_OVERLAP = 8 * MM  # map drawn beyond the tile's edge, to tape over
MAX_POSTER_SHEETS = 100
_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*$", re.IGNORECASE)
_POSTER = re.compile(r"^\s*(\d+)\s*[x×]\s*(\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PageSize:
    """A sheet of paper; `name` is what the user typed (A4, 500x700mm…)."""

    name: str
    width: float
    height: float

    def oriented(self, landscape: bool) -> PageSize:
        """The same paper turned so its long side is horizontal (or vertical)."""
        short, long = sorted((self.width, self.height))
        w, h = (long, short) if landscape else (short, long)
        return PageSize(self.name, w, h)


def parse_page_size(text: str) -> PageSize:
    """`A4`, `a3`, `Letter`, `Tabloid` or a custom `WxHmm` (e.g. `600x400mm`)."""
    for name, (w, h) in PAGE_SIZES.items():
        if text.strip().casefold() == name.casefold():
            return PageSize(name, w, h)
    match = _CUSTOM.match(text)
    if match is None:
        raise ExportError(
            f"unknown page size “{text}”: use A4, A3, Letter, Tabloid or a size like 600x400mm"
        )
    w_mm, h_mm = float(match.group(1)), float(match.group(2))
    if not (50 <= w_mm <= 5000 and 50 <= h_mm <= 5000):
        raise ExportError(f"page size {text} is out of range: each side must be 50 to 5000 mm")
    return PageSize(f"{w_mm:g}x{h_mm:g}mm", w_mm * MM, h_mm * MM)


def parse_poster(text: str) -> tuple[int, int]:
    """`COLSxROWS`, e.g. `3x2` → (3, 2)."""
    match = _POSTER.match(text)
    if match is None:
        raise ExportError(f"poster layout “{text}” is not COLSxROWS, e.g. 3x2")
    cols, rows = int(match.group(1)), int(match.group(2))
    if cols < 1 or rows < 1 or cols * rows > MAX_POSTER_SHEETS:
        raise ExportError(f"poster layout {text} must have 1 to {MAX_POSTER_SHEETS} sheets in all")
    return cols, rows


@dataclass(frozen=True)
class SheetPlan:
    """One sheet: draw the map scaled by `scale`, its origin at `offset`, clipped to `clip`.

    `tile` is the part of the page that belongs to this sheet alone (the cut
    line in poster mode, the whole map area otherwise); `clip` adds the overlap.
    `row`/`column` are 1-based, `index` counts sheets of this map from 1.
    """

    page_width: float
    page_height: float
    scale: float
    offset: tuple[float, float]
    clip: Rect
    tile: Rect
    row: int = 1
    column: int = 1
    rows: int = 1
    columns: int = 1
    index: int = 1

    @property
    def is_poster_tile(self) -> bool:
        return self.rows * self.columns > 1

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A layout point's position on this sheet."""
        return (self.offset[0] + x * self.scale, self.offset[1] + y * self.scale)


def fit_plan(map_w: float, map_h: float, page: PageSize, margin: float = FIT_MARGIN) -> SheetPlan:
    """The whole map, as large as it fits inside the page's margins, centred."""
    avail_w, avail_h = page.width - 2 * margin, page.height - 2 * margin
    scale = min(avail_w / max(map_w, 1.0), avail_h / max(map_h, 1.0))
    w, h = map_w * scale, map_h * scale
    x, y = (page.width - w) / 2, (page.height - h) / 2
    area = Rect(x, y, w, h)
    return SheetPlan(page.width, page.height, scale, (x, y), area, area)


def poster_plans(
    map_w: float, map_h: float, page: PageSize, cols: int, rows: int
) -> list[SheetPlan]:
    """COLS×ROWS sheets, row by row, that together show the map as one large poster.

    The map is scaled to span the tiles' combined area and centred in it; each
    sheet's clip is its tile grown by the overlap (never into the margin's outer
    part, which holds the crop marks and the label).
    """
    tile_w, tile_h = page.width - 2 * POSTER_MARGIN, page.height - 2 * POSTER_MARGIN
    total_w, total_h = cols * tile_w, rows * tile_h
    scale = min(total_w / max(map_w, 1.0), total_h / max(map_h, 1.0))
    pad_x, pad_y = (total_w - map_w * scale) / 2, (total_h - map_h * scale) / 2
    plans: list[SheetPlan] = []
    for r in range(rows):
        for c in range(cols):
            # Poster coordinates of this tile's top-left, mapped to the sheet's margin.
            ox = POSTER_MARGIN - c * tile_w + pad_x
            oy = POSTER_MARGIN - r * tile_h + pad_y
            tile = Rect(POSTER_MARGIN, POSTER_MARGIN, tile_w, tile_h)
            clip = Rect(
                tile.x - POSTER_OVERLAP,
                tile.y - POSTER_OVERLAP,
                tile.w + 2 * POSTER_OVERLAP,
                tile.h + 2 * POSTER_OVERLAP,
            )
            plans.append(
                SheetPlan(
                    page.width,
                    page.height,
                    scale,
                    (ox, oy),
                    clip,
                    tile,
                    row=r + 1,
                    column=c + 1,
                    rows=rows,
                    columns=cols,
                    index=r * cols + c + 1,
                )
            )
    return plans


def sheet_plans(
    map_w: float, map_h: float, page: PageSize, poster: tuple[int, int] | None
) -> list[SheetPlan]:
    """Fit to one page, or tile as a poster when `poster` is (cols, rows) beyond 1×1."""
    if poster is None or poster == (1, 1):
        return [fit_plan(map_w, map_h, page)]
    return poster_plans(map_w, map_h, page, *poster)


def crop_marks(
    tile: Rect, gap: float = POSTER_OVERLAP + 2 * MM, length: float = 6 * MM
) -> list[tuple[float, float, float, float]]:
    """Short lines continuing the tile's edges outside each corner, as (x1, y1, x2, y2).

    They sit beyond the overlap strip, so cutting along them leaves the tile
    and lets the neighbour's overlap slide under it.
    """
    lines: list[tuple[float, float, float, float]] = []
    for cx, sx in ((tile.x, -1), (tile.right, 1)):
        for cy, sy in ((tile.y, -1), (tile.bottom, 1)):
            lines.append((cx + sx * gap, cy, cx + sx * (gap + length), cy))
            lines.append((cx, cy + sy * gap, cx, cy + sy * (gap + length)))
    return lines


def sheet_label(plan: SheetPlan, map_name: str) -> str:
    """“Row r, column c — sheet k of n · map name”, printed outside the tile."""
    total = plan.rows * plan.columns
    return f"Row {plan.row}, column {plan.column} — sheet {plan.index} of {total} · {map_name}"
