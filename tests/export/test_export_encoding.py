"""How exports are encoded: binary PDF streams, lossless fast PNG, nothing leaked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from mapstudio.export import ExportOptions, export_project
from mapstudio.model.project import JourneyProject


def _filters(stream: object) -> list[str]:
    value = stream.get_object().get("/Filter")  # type: ignore[attr-defined]
    if value is None:
        return []
    return [str(f) for f in value] if isinstance(value, list) else [str(value)]


def test_pdf_streams_are_binary_and_reportlab_config_is_restored(
    tmp_path: Path, project: JourneyProject
) -> None:
    """Deflated without ASCII85 text, and reportlab's global switch left as found."""
    before = rl_config.useA85
    path = tmp_path / "carte.pdf"
    export_project(project, path, ExportOptions())
    assert rl_config.useA85 == before
    page = PdfReader(path).pages[0]
    contents = page.get_contents()
    assert contents is not None
    forms = page["/Resources"]["/XObject"]
    streams = [page["/Contents"], *forms.values()]
    for stream in streams:
        filters = _filters(stream)
        assert "/FlateDecode" in filters
        assert "/ASCII85Decode" not in filters


def test_pdf_config_is_restored_when_the_export_fails(
    tmp_path: Path, project: JourneyProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mapstudio.export.pdf as pdf

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pdf, "draw_map_on_sheet", broken)
    before = rl_config.useA85
    with pytest.raises(RuntimeError):
        export_project(project, tmp_path / "carte.pdf", ExportOptions())
    assert rl_config.useA85 == before


def test_png_is_lossless(qapp: object, tmp_path: Path, project: JourneyProject) -> None:
    """The faster PNG level still stores exactly the rendered pixels."""
    from PySide6.QtGui import QImage

    from mapstudio.export.images import render_png

    options = ExportOptions(dpi=60)
    path = tmp_path / "carte.png"
    export_project(project, path, options)
    rendered = render_png(project, project.maps()[0].id, options)
    written = QImage(str(path)).convertToFormat(rendered.format())
    assert written.size() == rendered.size()
    assert written == rendered
