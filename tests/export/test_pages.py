"""Page sizes and sheet plans: pure geometry, no PDF involved."""

from __future__ import annotations

import pytest

from mapstudio.export.errors import ExportError
from mapstudio.export.pages import (
    FIT_MARGIN,
    MM,
    POSTER_OVERLAP,
    crop_marks,
    fit_plan,
    parse_page_size,
    parse_poster,
    poster_plans,
    sheet_label,
)


@pytest.mark.parametrize(
    ("text", "w_mm", "h_mm"),
    [("A4", 210, 297), ("a3", 297, 420), ("Letter", 215.9, 279.4), ("tabloid", 279.4, 431.8)],
)
def test_named_sizes(text: str, w_mm: float, h_mm: float) -> None:
    page = parse_page_size(text)
    assert page.width == pytest.approx(w_mm * MM)
    assert page.height == pytest.approx(h_mm * MM)


def test_custom_size_and_orientation() -> None:
    page = parse_page_size("600x400mm")
    assert (page.width, page.height) == pytest.approx((600 * MM, 400 * MM))
    assert page.oriented(landscape=False).width == pytest.approx(400 * MM)
    assert page.oriented(landscape=True).width == pytest.approx(600 * MM)


@pytest.mark.parametrize("text", ["B5", "600x400", "10x10mm", "axbmm", ""])
def test_bad_sizes_are_user_errors(text: str) -> None:
    with pytest.raises(ExportError):
        parse_page_size(text)


def test_poster_parse() -> None:
    assert parse_poster("3x2") == (3, 2)
    assert parse_poster(" 2X4 ") == (2, 4)
    for bad in ("3", "0x2", "3x2x1", "20x20"):
        with pytest.raises(ExportError):
            parse_poster(bad)


def test_fit_plan_keeps_the_map_inside_the_margins() -> None:
    page = parse_page_size("A4").oriented(True)
    plan = fit_plan(2000, 900, page)
    assert plan.tile.x >= FIT_MARGIN - 1e-6 and plan.tile.y >= FIT_MARGIN - 1e-6
    assert plan.tile.right <= page.width - FIT_MARGIN + 1e-6
    assert plan.tile.bottom <= page.height - FIT_MARGIN + 1e-6
    assert plan.to_page(2000, 900) == pytest.approx((plan.tile.right, plan.tile.bottom))


def test_poster_tiles_cover_the_whole_map_once() -> None:
    page = parse_page_size("A4").oriented(True)
    plans = poster_plans(1500, 1200, page, 3, 2)
    assert len(plans) == 6
    assert [(p.row, p.column) for p in plans[:4]] == [(1, 1), (1, 2), (1, 3), (2, 1)]
    scale = plans[0].scale
    # The tiles, mapped back to layout coordinates, abut and span the scaled map.
    lefts = sorted({(p.tile.x - p.offset[0]) / scale for p in plans})
    widths = {p.tile.w / scale for p in plans}
    assert len(widths) == 1
    width = widths.pop()
    assert lefts[1] - lefts[0] == pytest.approx(width)
    assert lefts[0] <= 0 and lefts[-1] + width >= 1500 - 1e-6
    for p in plans:
        assert p.clip.x == pytest.approx(p.tile.x - POSTER_OVERLAP)


def test_crop_marks_stay_outside_the_overlap() -> None:
    page = parse_page_size("A4").oriented(True)
    plan = poster_plans(1500, 1200, page, 2, 2)[0]
    for x1, y1, x2, y2 in crop_marks(plan.tile):
        for x, y in ((x1, y1), (x2, y2)):
            assert not plan.clip.contains_point(x, y) or (x, y) == (x1, y1)
            assert 0 <= x <= page.width and 0 <= y <= page.height
    assert sheet_label(plan, "Carte") == "Row 1, column 1 — sheet 1 of 4 · Carte"
    assert plan.tile.w > 200 * MM
