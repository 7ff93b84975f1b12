"""File > Print: Qt's print dialog with a preview, drawn like the PDF export.

Pages come from the same sheet plans as the PDF (fit to page, or poster
tiles with overlap, crop marks and labels) and are painted as PNG and SVG
are: the canvas's own paint functions, straight from the layout
(`export/qt_map.py`), with no scene and no item per card, so printing a big
map costs what an image of it does. The preview's toolbar adds the PDF's
extra choices: poster tiling and the persona sheet; paper and orientation
are Qt's page setup.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QCheckBox, QComboBox, QToolBar, QWidget

from mapstudio.export import ExportError, ExportOptions
from mapstudio.export.options import ExportFormat, maps_to_export
from mapstudio.export.pages import MM, PageSize, sheet_plans
from mapstudio.export.qt_persona_sheet import paint_persona_sheet
from mapstudio.export.qt_sheets import map_drawing, paint_sheet
from mapstudio.model.project import JourneyProject
from mapstudio.ui.document import Document
from mapstudio.ui.i18n import current_language

POSTER_CHOICES: tuple[tuple[int, int] | None, ...] = (None, (2, 1), (2, 2), (3, 2), (4, 3))


def configure_printer(printer: QPrinter, options: ExportOptions) -> None:
    """Paper and orientation from the options (landscape A4 by default), full page."""
    page = options.page
    size = QPageSize(
        QSizeF(page.width / MM, page.height / MM), QPageSize.Unit.Millimeter, page.name
    )
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def print_pages(
    printer: QPrinter, project: JourneyProject, map_ids: list[str], options: ExportOptions
) -> int:
    """Paint every sheet on `printer` (the printer's paper wins); returns the page count."""
    rect = printer.pageLayout().fullRectPoints()
    page = PageSize("printer", float(rect.width()), float(rect.height()))
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(
            QCoreApplication.translate("Printing", "The printer could not be started.")
        )
    scale = printer.resolution() / 72.0
    pages = 0

    def next_page() -> None:
        nonlocal pages
        if pages:
            printer.newPage()
        pages += 1

    try:
        if options.persona_sheet:
            done: set[str] = set()
            for map_id in map_ids:
                persona_id = project.map(map_id).persona_id
                if persona_id is None or persona_id in done or persona_id not in project:
                    continue
                done.add(persona_id)
                next_page()
                painter.save()
                painter.scale(scale, scale)
                paint_persona_sheet(
                    painter,
                    project.persona(persona_id),
                    page,
                    project.map(map_id).name,
                    options.lang,
                )
                painter.restore()
        for map_id in map_ids:
            drawing = map_drawing(project, map_id, options.lang)
            layout = drawing.layout
            for plan in sheet_plans(layout.width, layout.height, page, options.poster):
                next_page()
                painter.save()
                painter.scale(scale, scale)
                paint_sheet(painter, drawing, layout, plan, project.map(map_id).name, None)
                painter.restore()
    finally:
        painter.end()
    return pages


def print_document(
    parent: QWidget | None,
    document: Document,
    map_id: str | None = None,
    options: ExportOptions | None = None,
) -> bool:
    """Show the print preview for one map (or every map when `map_id` is None).

    Returns True when the user printed. Paper and orientation start as
    `options` says (A4 landscape) and can be changed in Qt's page setup.
    """
    options = options or ExportOptions(lang=current_language())
    if map_id is not None:
        options = replace(options, maps=(map_id,))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, options)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    state = {"poster": options.poster, "persona": options.persona_sheet}

    def paint(target: QPrinter) -> None:
        chosen = replace(options, poster=state["poster"], persona_sheet=state["persona"])
        try:
            map_ids = maps_to_export(document.project, chosen, ExportFormat.PDF)
            print_pages(target, document.project, map_ids, chosen)
        except ExportError as exc:
            document.error.emit(str(exc))

    dialog.paintRequested.connect(paint)
    _add_choices(dialog, state)
    return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted


def _add_choices(dialog: QPrintPreviewDialog, state: dict) -> None:
    """Poster tiling and the persona sheet, in the preview's toolbar."""
    toolbar = dialog.findChild(QToolBar)
    preview = dialog.findChild(QPrintPreviewWidget)
    if toolbar is None or preview is None:
        return
    poster = QComboBox(toolbar)
    for choice in POSTER_CHOICES:
        label = (
            QCoreApplication.translate("Printing", "One page per map")
            if choice is None
            else QCoreApplication.translate("Printing", "Poster {c}×{r} sheets").format(
                c=choice[0], r=choice[1]
            )
        )
        poster.addItem(label, choice)
    poster.setCurrentIndex(max(0, poster.findData(state["poster"])))
    persona = QCheckBox(QCoreApplication.translate("Printing", "Persona sheet"), toolbar)
    persona.setChecked(bool(state["persona"]))

    def changed() -> None:
        state["poster"] = poster.currentData()
        state["persona"] = persona.isChecked()
        preview.updatePreview()

    poster.currentIndexChanged.connect(changed)
    persona.toggled.connect(changed)
    toolbar.addSeparator()
    toolbar.addWidget(poster)
    toolbar.addWidget(persona)
