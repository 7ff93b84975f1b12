"""File > Import… and File > Export Data…: the formats of `mapstudio convert`, in the window.

Import reads a CSV or Mermaid file into a new map of the open project as one
undo step; when some lines are bad, the user sees them with their numbers
and chooses to import the rest or nothing. Export Data writes the current map
(CSV, Mermaid) or the whole project (GraphML, a .mapstudio copy) with the
same writers as the command line, which write through a temporary file, so a
failure never leaves a half-written file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapstudio.fileformat.errors import ProjectFileError
from mapstudio.interchange import parse_csv, parse_mermaid
from mapstudio.interchange.errors import FormatError, InterchangeError, Problem
from mapstudio.interchange.formats import Format, format_of, write_project
from mapstudio.interchange.parsed import ParsedMap, build_import_edit
from mapstudio.model.errors import ModelError
from mapstudio.ui.i18n import current_language
from mapstudio.ui.reasons import failure_reason

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

SHOWN_PROBLEMS = 12  # lines listed in the dialog; all of them are in its details


class ExportChoice(StrEnum):
    """What File > Export Data can write; the CSV flavours differ only in conventions."""

    CSV_EXCEL_FR = "csv-excel-fr"  # semicolons, French headers, byte-order mark
    CSV = "csv"  # commas, English headers, no byte-order mark
    MERMAID = "mermaid"
    GRAPHML = "graphml"
    PROJECT = "mapstudio"


SUFFIXES: dict[ExportChoice, str] = {
    ExportChoice.CSV_EXCEL_FR: ".csv",
    ExportChoice.CSV: ".csv",
    ExportChoice.MERMAID: ".mmd",
    ExportChoice.GRAPHML: ".graphml",
    ExportChoice.PROJECT: ".mapstudio",
}


def export_filters() -> dict[ExportChoice, str]:
    """The Save dialog's filters, in the order shown."""
    return {
        ExportChoice.CSV_EXCEL_FR: QCoreApplication.translate(
            "InterchangeOps", "CSV for French Excel, current map (*.csv)"
        ),
        ExportChoice.CSV: QCoreApplication.translate(
            "InterchangeOps", "CSV with commas, current map (*.csv)"
        ),
        ExportChoice.MERMAID: QCoreApplication.translate(
            "InterchangeOps", "Mermaid journey, current map (*.mmd)"
        ),
        ExportChoice.GRAPHML: QCoreApplication.translate(
            "InterchangeOps", "GraphML, whole project (*.graphml)"
        ),
        ExportChoice.PROJECT: QCoreApplication.translate(
            "InterchangeOps", "MapStudio project, a copy (*.mapstudio)"
        ),
    }


def default_csv_choice() -> ExportChoice:
    """The CSV the interface language's spreadsheets open: French Excel wants semicolons."""
    return ExportChoice.CSV_EXCEL_FR if current_language() == "fr" else ExportChoice.CSV


def import_filters() -> str:
    return ";;".join(
        [
            QCoreApplication.translate(
                "InterchangeOps", "CSV or Mermaid files (*.csv *.mmd *.mermaid)"
            ),
            QCoreApplication.translate("InterchangeOps", "CSV files (*.csv)"),
            QCoreApplication.translate("InterchangeOps", "Mermaid journeys (*.mmd *.mermaid)"),
        ]
    )


# -------------------------------------------------------------------- import
def import_from_dialog(window: EditorWindow) -> str | None:
    """Ask for a file and import it; the new map's id, or None when nothing was imported."""
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("InterchangeOps", "Import a map"),
        window.settings.last_directory(),
        import_filters(),
    )
    return import_path(window, Path(name)) if name else None


def import_path(window: EditorWindow, path: Path) -> str | None:
    """Import `path` as a new map of the open project (one undo step) and show it."""
    parsed = _parse(window, path)
    if parsed is None:
        return None
    if not parsed.cards and not parsed.phases:
        _refuse(window, path, _problem_lines(parsed.problems) or _nothing_to_import())
        return None
    if parsed.problems and not _accept_partial(window, path, parsed):
        return None
    project = window.document.project
    try:
        edit, map_id = build_import_edit(project, parsed)
    except ModelError as exc:
        _refuse(window, path, QCoreApplication.translate("ModelError", str(exc)))
        return None
    label = QCoreApplication.translate("InterchangeOps", "Import “{name}”").format(name=path.name)
    if not window.document.push(edit, label):
        return None
    window.settings.set_last_directory(path.parent)
    window.show_map(map_id)
    message = QCoreApplication.translate(
        "InterchangeOps", "Imported {cards} cards from “{name}”."
    ).format(cards=len(parsed.cards), name=path.name)
    if parsed.warnings:
        message += " " + "; ".join(_problem_lines(parsed.warnings).splitlines())
    window.statusBar().showMessage(message, 8000)
    return map_id


def _parse(window: EditorWindow, path: Path) -> ParsedMap | None:
    """The file read as a map, or None after telling the user why it cannot be."""
    try:
        kind = format_of(path)
    except FormatError:
        kind = None
    if kind not in (Format.CSV, Format.MERMAID):
        _refuse(
            window,
            path,
            QCoreApplication.translate(
                "InterchangeOps",
                "MapStudio imports CSV files (.csv) and Mermaid journeys (.mmd). "
                "To open a MapStudio project, use File > Open.",
            ),
        )
        return None
    try:
        return parse_csv(path) if kind == Format.CSV else parse_mermaid(path)
    except InterchangeError as exc:
        _refuse(window, path, _problem_lines(exc.problems))
        return None


def _accept_partial(window: EditorWindow, path: Path, parsed: ParsedMap) -> bool:
    """Ask whether to import what could be read; the bad lines are listed with their numbers."""
    bad = len({line for line, _ in parsed.problems})
    box = QMessageBox(window)
    box.setObjectName("partialImportBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("InterchangeOps", "Import a map"))
    box.setText(
        QCoreApplication.translate(
            "InterchangeOps", "Some lines of “{name}” cannot be imported:"
        ).format(name=path.name)
        + "\n\n"
        + _problem_lines(parsed.problems[:SHOWN_PROBLEMS])
        + ("\n…" if len(parsed.problems) > SHOWN_PROBLEMS else "")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "InterchangeOps", "Import the {valid} valid cards and skip {bad} lines?"
        ).format(valid=len(parsed.cards), bad=bad)
    )
    box.setDetailedText(_problem_lines(parsed.problems))
    import_button = box.addButton(
        QCoreApplication.translate("InterchangeOps", "Import"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(import_button)
    box.exec()
    accepted = box.clickedButton() is import_button
    box.deleteLater()
    return accepted


def _problem_lines(problems: list[Problem]) -> str:
    """One line per problem, "Line 4: …", as the user will look for it in the file."""
    return "\n".join(
        QCoreApplication.translate("InterchangeOps", "Line {line}: {problem}").format(
            line=line, problem=message
        )
        if line
        else message
        for line, message in problems
    )


def _nothing_to_import() -> str:
    return QCoreApplication.translate("InterchangeOps", "The file holds no phase and no card.")


def _refuse(window: EditorWindow, path: Path, reason: str) -> None:
    QMessageBox.critical(
        window,
        QCoreApplication.translate("InterchangeOps", "Cannot import"),
        QCoreApplication.translate(
            "InterchangeOps", "“{name}” cannot be imported; nothing was changed.\n\n{reason}"
        ).format(name=path.name, reason=reason),
    )


# -------------------------------------------------------------------- export
@dataclass(frozen=True)
class ExportTarget:
    """Where to write and what: the file name's extension names the format."""

    path: Path
    choice: ExportChoice


def export_data_from_dialog(window: EditorWindow) -> Path | None:
    """Ask for a file and a format, and write it; the path written, or None."""
    filters = export_filters()
    canvas = window.current_canvas()
    project = window.document.project
    map_name = project.map(canvas.map_id()).name if canvas is not None else ""
    choice = default_csv_choice() if canvas is not None else ExportChoice.GRAPHML
    base = map_name.strip() or QCoreApplication.translate("InterchangeOps", "journey")
    start = Path(window.settings.last_directory()) / (base + SUFFIXES[choice])
    name, selected = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("InterchangeOps", "Export data"),
        str(start),
        ";;".join(filters.values()),
        filters[choice],
    )
    if not name:
        return None
    chosen = next((c for c, text in filters.items() if text == selected), choice)
    target = resolve_target(Path(name), chosen)
    return export_to(window, target)


def resolve_target(path: Path, chosen: ExportChoice) -> ExportTarget:
    """The format from the extension the user typed, else the filter's (and its extension)."""
    try:
        kind = format_of(path)
    except FormatError:
        return ExportTarget(path.with_name(path.name + SUFFIXES[chosen]), chosen)
    if kind == Format.CSV:
        csv_choice = chosen if chosen in (ExportChoice.CSV, ExportChoice.CSV_EXCEL_FR) else None
        return ExportTarget(path, csv_choice or default_csv_choice())
    by_format = {
        Format.MERMAID: ExportChoice.MERMAID,
        Format.GRAPHML: ExportChoice.GRAPHML,
        Format.MAPSTUDIO: ExportChoice.PROJECT,
    }
    return ExportTarget(path, by_format[kind])


def export_to(window: EditorWindow, target: ExportTarget) -> Path | None:
    """Write the export; on failure say why, and leave any existing file as it was."""
    document = window.document
    canvas = window.current_canvas()
    one_map = target.choice in (ExportChoice.CSV, ExportChoice.CSV_EXCEL_FR, ExportChoice.MERMAID)
    if one_map and canvas is None:
        _export_failed(
            window,
            target.path,
            QCoreApplication.translate(
                "InterchangeOps", "CSV and Mermaid files hold one map; open a map first."
            ),
        )
        return None
    if document.path is not None and target.path.resolve() == document.path.resolve():
        _export_failed(
            window,
            target.path,
            QCoreApplication.translate(
                "InterchangeOps", "This is the open project's own file; use File > Save."
            ),
        )
        return None
    try:
        write_project(
            document.project,
            target.path,
            map_id=canvas.map_id() if one_map and canvas is not None else None,
            french_excel=target.choice == ExportChoice.CSV_EXCEL_FR,
        )
    except (OSError, FormatError, InterchangeError, ModelError, ProjectFileError) as exc:
        reason = failure_reason(exc)
        _export_failed(window, target.path, reason)
        return None
    window.settings.set_last_directory(target.path.parent)
    window.statusBar().showMessage(
        QCoreApplication.translate("InterchangeOps", "Exported to {path}").format(path=target.path),
        5000,
    )
    return target.path


def _export_failed(window: EditorWindow, path: Path, reason: str) -> None:
    QMessageBox.critical(
        window,
        QCoreApplication.translate("InterchangeOps", "Cannot export"),
        QCoreApplication.translate(
            "InterchangeOps", "“{name}” could not be written.\n\n{reason}"
        ).format(name=path.name, reason=reason),
    )
