"""Printing paints like PNG: straight from the layout, no scene, no item per card.

A print of a big map used to build the editor's whole `MapScene` (an item
per card, cell, badge, face and flow) only to render it once. It now goes
through `MapDrawing` as images do; these tests print to a PDF file through
Qt's `QPrinter` (offscreen) and count what gets built and painted.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from benchmarks.generate import generate_project
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from tests.export.drawing_census import count_cards_painted, count_items_made

from mapstudio.export import ExportOptions
from mapstudio.export.qt_sheets import build_scene
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject
from mapstudio.ui import printing


@pytest.fixture(scope="module")
def generated() -> JourneyProject:
    """A synthetic map with flows, a curve and badges, big enough to have many of each."""
    return generate_project(120)


@pytest.fixture
def items_made(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many scenes and items of the many kinds get built."""
    return count_items_made(monkeypatch)


@pytest.fixture
def cards_painted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each card the image drawing paints, with whether the collector was on."""
    return count_cards_painted(monkeypatch)


def _print_to_pdf(project: JourneyProject, out: Path, options: ExportOptions) -> int:
    """Print every map to a PDF file as File › Print would; the page count."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printing.configure_printer(printer, options)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printing.print_pages(printer, project, [m.id for m in project.maps()], options)


@pytest.mark.parametrize(("poster", "sheets"), [(None, 1), ((2, 1), 2)])
def test_printing_builds_no_scene_and_paints_every_card_on_each_sheet(
    qtbot: QtBot,
    tmp_path: Path,
    generated: JourneyProject,
    items_made: Counter[str],
    cards_painted: list[tuple[str, bool]],
    poster: tuple[int, int] | None,
    sheets: int,
) -> None:
    out = tmp_path / "printed.pdf"
    assert _print_to_pdf(generated, out, ExportOptions(poster=poster)) == sheets

    assert not items_made, f"printing built items: {dict(items_made)}"
    cards = layout_map(generated, generated.maps()[0].id).cards
    assert len(cards) > 100
    # Each sheet paints the whole map (the printer clips it to that sheet's tile).
    painted = Counter(card_id for card_id, _ in cards_painted)
    assert painted == Counter({card_id: sheets for card_id in cards})
    assert not any(enabled for _, enabled in cards_painted)
    assert len(PdfReader(out).pages) == sheets


def test_the_counting_sees_what_printing_through_the_scene_builds(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    generated: JourneyProject,
    items_made: Counter[str],
    cards_painted: list[tuple[str, bool]],
) -> None:
    """The guard above can fail: printing the editor's scene builds what it counts."""
    monkeypatch.setattr(
        printing, "map_drawing", lambda p, map_id, lang: build_scene(p, map_id, lang)[0]
    )
    assert _print_to_pdf(generated, tmp_path / "scene.pdf", ExportOptions()) == 1
    cards = layout_map(generated, generated.maps()[0].id).cards
    assert items_made["MapScene"] == 1
    assert items_made["CardItem"] == len(cards)
    assert cards_painted == []  # the scene's items paint, not the image drawing
