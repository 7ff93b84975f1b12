"""The PDF, read back with pypdf: pages, sizes, text, fonts, metadata, poster tiles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from mapstudio.export import ExportError, ExportOptions, export_project
from mapstudio.export.pages import MM, parse_page_size
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject

from .conftest import normalise, two_map_project


def _size(reader: PdfReader, index: int) -> tuple[float, float]:
    box = reader.pages[index].mediabox
    return float(box.width), float(box.height)


def test_a3_page_is_landscape_and_one_per_map(a3_pdf: Path, project: JourneyProject) -> None:
    reader = PdfReader(a3_pdf)
    assert len(reader.pages) == len(project.maps()) == 1
    assert _size(reader, 0) == pytest.approx((420 * MM, 297 * MM), abs=0.01)


def test_every_name_and_title_is_searchable_text(a3_pdf: Path, project: JourneyProject) -> None:
    text = normalise(PdfReader(a3_pdf).pages[0].extract_text())
    map_id = project.maps()[0].id
    expected = [p.name for p in project.phases(map_id)]
    expected += [lane.title for lane in project.lanes(map_id)]
    expected += [card.title for card in project.cards(map_id) if card.phase_id]
    assert any("é" in name for name in expected)  # the check covers accents
    missing = [name for name in expected if normalise(name) not in text]
    assert not missing
    assert project.map(map_id).name in text


def test_drawn_lines_match_the_layout(a3_pdf: Path, project: JourneyProject) -> None:
    """Every wrapped line the layout made is on the page as it is (never re-wrapped)."""
    text = PdfReader(a3_pdf).pages[0].extract_text()
    layout = layout_map(project, project.maps()[0].id)
    for box in layout.cards.values():
        for line in box.title.lines:
            assert line in text


def test_fonts_are_embedded(a3_pdf: Path) -> None:
    fonts = PdfReader(a3_pdf).pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        descendants = font.get("/DescendantFonts")
        descriptor = (
            descendants[0].get_object()["/FontDescriptor"]
            if descendants
            else font["/FontDescriptor"]
        ).get_object()
        assert "/FontFile2" in descriptor
    assert any("DejaVuSans" in n for n in names)


def test_metadata(a3_pdf: Path, project: JourneyProject) -> None:
    meta = PdfReader(a3_pdf).metadata
    assert meta.title == "Boutique déco"
    assert meta.author == "Équipe CX"
    assert "Julien" in (meta.subject or "")
    assert (meta.creator or "").startswith("MapStudio ")


def test_persona_sheet_comes_first(tmp_path: Path, project: JourneyProject) -> None:
    out = tmp_path / "avec-persona.pdf"
    assert export_project(project, out, ExportOptions(persona_sheet=True)) == 2
    reader = PdfReader(out)
    persona = project.persona(project.maps()[0].persona_id)
    sheet = normalise(reader.pages[0].extract_text())
    assert persona.name in sheet
    assert normalise(persona.profession) in sheet
    assert "Profession" in sheet
    assert _size(reader, 0) == pytest.approx((297 * MM, 210 * MM), abs=0.01)


@pytest.mark.parametrize(("cols", "rows"), [(2, 2), (3, 2)])
def test_poster_gives_cols_times_rows_sheets(
    tmp_path: Path, project: JourneyProject, cols: int, rows: int
) -> None:
    out = tmp_path / "poster.pdf"
    export_project(project, out, ExportOptions(poster=(cols, rows)))
    reader = PdfReader(out)
    assert len(reader.pages) == cols * rows
    for index in range(cols * rows):
        assert _size(reader, index) == pytest.approx((297 * MM, 210 * MM), abs=0.01)
    last = normalise(reader.pages[-1].extract_text())
    assert f"Row {rows}, column {cols} — sheet {cols * rows} of {cols * rows}" in last


def test_several_maps_one_page_each_custom_portrait(tmp_path: Path) -> None:
    project = two_map_project()
    out = tmp_path / "deux.pdf"
    options = ExportOptions(page=parse_page_size("500x300mm"), landscape=False)
    assert export_project(project, out, options) == 2
    reader = PdfReader(out)
    assert _size(reader, 1) == pytest.approx((300 * MM, 500 * MM), abs=0.01)
    assert "Retour — 12 € “Ωμέγα” Привет" in normalise(reader.pages[1].extract_text())


def test_failure_leaves_no_file(
    tmp_path: Path, project: JourneyProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "carte.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(ExportError):
        export_project(project, out, ExportOptions(maps=("no-such-map",)))

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    # The writer fails after the PDF was started: the temp file goes, OUT stays.
    monkeypatch.setattr("mapstudio.export.pdf.draw_map_on_sheet", broken)
    with pytest.raises(RuntimeError):
        export_project(project, out, ExportOptions())
    with pytest.raises(RuntimeError):
        export_project(project, tmp_path / "new.pdf", ExportOptions())
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["carte.pdf"]
