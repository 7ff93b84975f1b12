"""The export dialog and printing, on real widgets (offscreen)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from mapstudio.export import ExportFormat, ExportOptions
from mapstudio.export.pages import MM
from mapstudio.model.project import JourneyProject
from mapstudio.ui import export_dialog
from mapstudio.ui.document import Document
from mapstudio.ui.export_dialog import ExportDialog, export_from_dialog
from mapstudio.ui.printing import configure_printer, print_pages

from .conftest import normalise


def test_dialog_builds_the_same_options_as_the_cli(qtbot, project: JourneyProject) -> None:
    document = Document(project, Path("/tmp/boutique.mapstudio"))
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.target().name == "boutique.pdf"
    assert dialog.map_combo.itemData(0) is None  # "All maps" for PDF
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("A3"))
    dialog.poster_check.setChecked(True)
    dialog.persona_check.setChecked(True)
    options = dialog.options()
    assert options.poster == (3, 2) and options.persona_sheet and options.landscape
    assert options.page.name == "A3" and options.maps == ()

    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(ExportFormat.PNG))
    assert dialog.target().suffix == ".png"
    assert not dialog.poster_check.isEnabled()
    dialog.transparent_check.setChecked(True)
    dialog.dpi_spin.setValue(96)
    options = dialog.options()
    assert options.poster is None and not options.persona_sheet
    assert options.transparent and options.dpi == 96
    assert options.maps == (project.maps()[0].id,)


def test_export_from_dialog_writes_the_file(
    qtbot,
    tmp_path: Path,
    project: JourneyProject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = Document(project, tmp_path / "boutique.mapstudio")
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    written = export_from_dialog(None, document)
    assert written == tmp_path / "boutique.pdf"
    assert len(PdfReader(written).pages) == 1


def test_export_from_dialog_reports_errors(
    qtbot,
    tmp_path: Path,
    project: JourneyProject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = Document(project, tmp_path / "missing-folder" / "boutique.mapstudio")
    shown: list[str] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        export_dialog.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    assert export_from_dialog(None, document) is None
    assert shown and "does not exist" in shown[0]


@pytest.mark.parametrize(("poster", "persona", "pages"), [(None, False, 1), ((2, 2), True, 5)])
def test_printing_paints_the_same_sheets(
    qtbot,
    tmp_path: Path,
    project: JourneyProject,
    poster: tuple[int, int] | None,
    persona: bool,
    pages: int,
) -> None:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    options = ExportOptions(poster=poster, persona_sheet=persona)
    configure_printer(printer, options)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    map_ids = [m.id for m in project.maps()]
    assert print_pages(printer, project, map_ids, options) == pages
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    box = reader.pages[-1].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((297 * MM, 210 * MM), abs=1)
    # Qt's shaping writes ligatures (ﬂ); NFKC spells them out again.
    text = normalise(unicodedata.normalize("NFKC", reader.pages[0].extract_text()))
    assert (project.persona(project.maps()[0].persona_id).name if persona else "Découverte") in text
