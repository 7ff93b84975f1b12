"""File > Export runs the export dialog and writes the chosen file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from tests.ui.editor_support import make_window

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.ui.document import Document
from mapstudio.ui.export_dialog import ExportDialog


def test_file_export_writes_a_pdf_of_the_map(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path, Document(build_decoration_shop()))
    target = tmp_path / "atelier.pdf"

    def accept(dialog: ExportDialog) -> int:
        dialog.path_edit.setText(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    export = window.findChild(QAction, "exportAction")
    assert export is not None
    export.trigger()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Vitrine de la boutique" in text
