"""File > Export: the same choices as `mapstudio export`, in a dialog.

The dialog only fills an `ExportOptions` and a target path; the writing is
`mapstudio.export.export_project`, exactly what the command line runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mapstudio.export import ExportError, ExportFormat, ExportOptions, export_project
from mapstudio.export.options import DEFAULT_DPI, MAX_DPI, MIN_DPI
from mapstudio.export.pages import PAGE_SIZES, parse_page_size
from mapstudio.ui.document import Document
from mapstudio.ui.i18n import current_language
from mapstudio.ui.reasons import failure_reason

CUSTOM = "custom"


class ExportDialog(QDialog):
    """Format, map, paper, poster tiling, resolution and extras for one export."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))
        self.document = document
        form = QFormLayout(self)

        self.path_edit = QLineEdit(str(self._default_path()))
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(QCoreApplication.translate("ExportDialog", "File:"), row)

        self.format_combo = QComboBox()
        for fmt, label in (
            (ExportFormat.PDF, QCoreApplication.translate("ExportDialog", "PDF document")),
            (ExportFormat.PNG, QCoreApplication.translate("ExportDialog", "PNG image")),
            (ExportFormat.SVG, QCoreApplication.translate("ExportDialog", "SVG drawing")),
        ):
            self.format_combo.addItem(label, fmt)
        form.addRow(QCoreApplication.translate("ExportDialog", "Format:"), self.format_combo)

        self.map_combo = QComboBox()
        form.addRow(QCoreApplication.translate("ExportDialog", "Map:"), self.map_combo)

        self.page_combo = QComboBox()
        for name in PAGE_SIZES:
            # Marked for translation in ui/catalog_markers.py ("Letter" → « Lettre US »).
            self.page_combo.addItem(QCoreApplication.translate("PageSize", name), name)
        self.page_combo.addItem(QCoreApplication.translate("ExportDialog", "Custom size"), CUSTOM)
        self.custom_w, self.custom_h = self._mm_box(841), self._mm_box(594)
        custom = QHBoxLayout()
        custom.addWidget(self.page_combo, 1)
        custom.addWidget(self.custom_w)
        custom.addWidget(self.custom_h)
        form.addRow(QCoreApplication.translate("ExportDialog", "Paper:"), custom)

        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(
            QCoreApplication.translate("ExportDialog", "Landscape"), True
        )
        self.orientation_combo.addItem(
            QCoreApplication.translate("ExportDialog", "Portrait"), False
        )
        form.addRow(
            QCoreApplication.translate("ExportDialog", "Orientation:"), self.orientation_combo
        )

        self.poster_check = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Poster across several sheets")
        )
        self.poster_cols, self.poster_rows = self._count_box(3), self._count_box(2)
        poster = QHBoxLayout()
        poster.addWidget(self.poster_check, 1)
        poster.addWidget(self.poster_cols)
        poster.addWidget(self.poster_rows)
        self.poster_cols.setToolTip(QCoreApplication.translate("ExportDialog", "Columns of sheets"))
        self.poster_rows.setToolTip(QCoreApplication.translate("ExportDialog", "Rows of sheets"))
        form.addRow(QCoreApplication.translate("ExportDialog", "Tiling:"), poster)

        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(MIN_DPI, MAX_DPI)
        self.dpi_spin.setValue(DEFAULT_DPI)
        self.dpi_spin.setSuffix(QCoreApplication.translate("ExportDialog", " dpi"))
        form.addRow(QCoreApplication.translate("ExportDialog", "Resolution:"), self.dpi_spin)

        self.persona_check = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Start with a persona sheet")
        )
        form.addRow("", self.persona_check)
        self.transparent_check = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Transparent background")
        )
        form.addRow("", self.transparent_check)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        for signal in (
            self.format_combo.currentIndexChanged,
            self.page_combo.currentIndexChanged,
            self.poster_check.toggled,
        ):
            signal.connect(self._update_enabled)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # ------------------------------------------------------------ widgets
    def _mm_box(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(50, 5000)
        box.setDecimals(0)
        box.setSuffix(QCoreApplication.translate("ExportDialog", " mm"))
        box.setValue(value)
        return box

    def _count_box(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 10)
        box.setValue(value)
        return box

    def _default_path(self) -> Path:
        path = self.document.path
        return path.with_suffix(".pdf") if path is not None else Path.home() / "journey-map.pdf"

    def _browse(self) -> None:
        fmt = self.format()
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Export"),
            self.path_edit.text(),
            f"{fmt.upper()} (*.{fmt})",
        )
        if name:
            self.path_edit.setText(name)

    def format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def _format_changed(self) -> None:
        """Keep the file's extension and the map list in step with the format."""
        fmt = self.format()
        path = Path(self.path_edit.text() or "journey-map")
        self.path_edit.setText(str(path.with_suffix(f".{fmt}")))
        current = self.map_combo.currentData()
        self.map_combo.clear()
        if fmt == ExportFormat.PDF:
            self.map_combo.addItem(QCoreApplication.translate("ExportDialog", "All maps"), None)
        for journey in self.document.project.maps():
            self.map_combo.addItem(journey.name or journey.id, journey.id)
        index = self.map_combo.findData(current)
        self.map_combo.setCurrentIndex(max(index, 0))
        self._update_enabled()

    def _update_enabled(self) -> None:
        pdf = self.format() == ExportFormat.PDF
        custom = self.page_combo.currentData() == CUSTOM
        self.custom_w.setEnabled(custom)
        self.custom_h.setEnabled(custom)
        self.poster_check.setEnabled(pdf)
        self.poster_cols.setEnabled(pdf and self.poster_check.isChecked())
        self.poster_rows.setEnabled(pdf and self.poster_check.isChecked())
        self.persona_check.setEnabled(pdf)
        self.dpi_spin.setEnabled(self.format() == ExportFormat.PNG)
        self.transparent_check.setEnabled(not pdf)

    # ------------------------------------------------------------- result
    def target(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def options(self) -> ExportOptions:
        """The choices as `ExportOptions` (options the format ignores are left off)."""
        pdf = self.format() == ExportFormat.PDF
        page_name = self.page_combo.currentData()
        if page_name == CUSTOM:
            page_name = f"{self.custom_w.value():g}x{self.custom_h.value():g}mm"
        map_id = self.map_combo.currentData()
        poster = None
        if pdf and self.poster_check.isChecked():
            poster = (self.poster_cols.value(), self.poster_rows.value())
        return ExportOptions(
            maps=(map_id,) if map_id else (),
            page=parse_page_size(page_name),
            landscape=bool(self.orientation_combo.currentData()),
            poster=poster,
            dpi=self.dpi_spin.value(),
            persona_sheet=pdf and self.persona_check.isChecked(),
            transparent=not pdf and self.transparent_check.isChecked(),
            lang=current_language(),
        )


def export_from_dialog(parent: QWidget | None, document: Document) -> Path | None:
    """Ask for the export's choices and write it; the written path, or None.

    Problems the user can fix are shown in a message box, never raised.
    """
    dialog = ExportDialog(document, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.target()
    try:
        export_project(document.project, target, dialog.options())
    except ExportError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ExportDialog", "Export"), str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialog", "Export"),
            QCoreApplication.translate(
                "ExportDialog", "The file could not be written: {reason}"
            ).format(reason=failure_reason(exc)),
        )
        return None
    return target
