"""PNG and SVG painted by the canvas's paint functions from the layout: sizes follow
page × DPI, text stays text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mapstudio.export import ExportError, ExportOptions, export_project
from mapstudio.export.pages import parse_page_size
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject

from .conftest import two_map_project


@pytest.mark.parametrize(
    ("page", "landscape", "dpi", "size"),
    [
        ("A4", True, 150, (1754, 1240)),  # 11.69 in × 150, 8.27 in × 150
        ("A3", True, 100, (1654, 1169)),
        ("Letter", False, 72, (612, 792)),
    ],
)
def test_png_is_page_size_times_dpi(
    tmp_path: Path,
    project: JourneyProject,
    page: str,
    landscape: bool,
    dpi: int,
    size: tuple[int, int],
) -> None:
    out = tmp_path / "carte.png"
    export_project(
        project, out, ExportOptions(page=parse_page_size(page), landscape=landscape, dpi=dpi)
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    assert round(image.dotsPerMeterX() * 0.0254) == dpi
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == (255, 255, 255, 255)


def test_transparent_png(tmp_path: Path, project: JourneyProject) -> None:
    out = tmp_path / "carte.png"
    export_project(project, out, ExportOptions(dpi=60, transparent=True))
    image = QImage(str(out))
    assert image.hasAlphaChannel()
    assert image.pixelColor(2, 2).alpha() == 0
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.alpha() == 255  # the map itself is opaque


def test_svg_is_xml_with_every_card_title(tmp_path: Path, project: JourneyProject) -> None:
    out = tmp_path / "carte.svg"
    export_project(project, out, ExportOptions())
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox", "").startswith("0 0 841.8")
    texts = {"".join(node.itertext()).strip() for node in root.iter() if node.tag.endswith("text")}
    layout = layout_map(project, project.maps()[0].id)
    lines = [line for box in layout.cards.values() for line in box.title.lines]
    assert any("é" in line for line in lines)
    assert not [line for line in lines if line not in texts]


def test_images_refuse_pdf_only_options(tmp_path: Path, project: JourneyProject) -> None:
    for options in (ExportOptions(poster=(2, 2)), ExportOptions(persona_sheet=True)):
        with pytest.raises(ExportError):
            export_project(project, tmp_path / "x.png", options)
    with pytest.raises(ExportError):
        export_project(
            two_map_project(),
            tmp_path / "x.svg",
            ExportOptions(maps=("map-2", "map-boutique-deco")),
        )
    with pytest.raises(ExportError):
        export_project(project, tmp_path / "x.png", ExportOptions(dpi=5000))
    assert list(tmp_path.iterdir()) == []
