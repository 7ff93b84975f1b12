"""File > New, Open, Save, Save As and the "save changes?" question.

Opening reads the whole file before touching the open document, so a
damaged file leaves the user's work as it was; saving failures keep the
document marked modified, so nothing looks saved that is not.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapstudio.content.blank import BUYING_PHASES
from mapstudio.content.building import STANDARD_LANES
from mapstudio.model import operations
from mapstudio.model.edits import CompositeEdit, Edit
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Lane, Phase
from mapstudio.ui import file_lock
from mapstudio.ui.document import Document
from mapstudio.ui.reasons import failure_reason

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

FILE_SUFFIX = ".mapstudio"


def _template_tr(text: str) -> str:
    # Phase and lane names of new maps, translated like the rest of the UI.
    return QCoreApplication.translate("Template", text)


def file_filter() -> str:
    return QCoreApplication.translate("FileOps", "MapStudio projects (*.mapstudio)")


def standard_map_edit(
    project: JourneyProject, name: str, persona_id: str | None = None
) -> tuple[CompositeEdit, str]:
    """One edit adding a map with the standard lanes and the five buying phases."""
    map_id = operations.new_id("map")
    steps: list = [
        lambda: operations.add_map(project, JourneyMap(id=map_id, name=name, persona_id=persona_id))
    ]
    for _suffix, english, _french in BUYING_PHASES:
        phase = Phase(id=operations.new_id("phase"), name=_template_tr(english))
        steps.append(lambda p=phase: operations.add_phase(project, map_id, p))
    for kind, english, _french in STANDARD_LANES:
        lane = Lane(id=operations.new_id("lane"), title=_template_tr(english), kind=kind)
        steps.append(lambda lane=lane: operations.add_lane(project, map_id, lane))
    return operations.sequence(project, "New map", steps), map_id


def blank_project() -> JourneyProject:
    """What File > New starts from: one standard map, ready to fill in."""
    project = JourneyProject()
    edit: Edit
    edit, _map_id = standard_map_edit(
        project, QCoreApplication.translate("FileOps", "Customer journey")
    )
    edit.apply(project)
    return project


def display_name(document: Document) -> str:
    return (
        document.path.name
        if document.path is not None
        else QCoreApplication.translate("FileOps", "Untitled")
    )


class FileOps:
    """The window's file commands; dialogs are parented to the window."""

    def __init__(self, window: EditorWindow) -> None:
        self.window = window

    @property
    def document(self) -> Document:
        return self.window.document

    def _directory(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return self.window.settings.last_directory()

    # ------------------------------------------------------------ questions
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.warning(
            self.window,
            QCoreApplication.translate("FileOps", "Unsaved changes"),
            QCoreApplication.translate(
                "FileOps", "Do you want to save the changes you made to “{name}”?"
            ).format(name=display_name(self.document)),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -------------------------------------------------------------- commands
    def new(self) -> None:
        if self.maybe_save():
            self.window.set_document(Document(blank_project()))

    def open(self) -> bool:
        """Ask for a file and open it; False when cancelled or not opened."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileOps", "Open project"),
            self._directory(),
            file_filter(),
        )
        return bool(name) and self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open `path` in this window; on failure say why and keep the current document."""
        from mapstudio.fileformat import ProjectFileError, load_project

        try:
            project = load_project(path)
        except (ProjectFileError, OSError) as exc:
            message = failure_reason(exc)
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("FileOps", "Cannot open the project"),
                QCoreApplication.translate(
                    "FileOps", "“{name}” cannot be opened.\n\n{reason}"
                ).format(name=path.name, reason=message),
            )
            if not path.exists():  # moved or deleted since it was listed: forget it
                self.window.settings.remove_recent_file(path)
                self.window.refresh_recent_files()
            return False
        # Held open by another MapStudio (a colleague on the shared drive)? Ask first.
        if not file_lock.may_open(self.window, path, self.window.file_lock):
            return False
        if not self.maybe_save():
            return False
        self.window.set_document(Document(project, path))
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(Path(self._directory()) / display_name(self.document))
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileOps", "Save project as"),
            start,
            file_filter(),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the project to `path`; on failure say why and stay modified."""
        from mapstudio.fileformat import ProjectFileError, save_project

        try:
            save_project(self.document.project, path)
        except (ProjectFileError, OSError) as exc:
            message = failure_reason(exc)
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("FileOps", "Cannot save the project"),
                QCoreApplication.translate(
                    "FileOps", "“{name}” could not be saved.\n\n{reason}"
                ).format(name=path.name, reason=message),
            )
            return False
        self.document.path = path
        self.document.mark_saved()
        self._remember(path)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("FileOps", "Saved “{name}”").format(name=path.name), 4000
        )
        return True

    def _remember(self, path: Path) -> None:
        self.window.settings.add_recent_file(path)
        self.window.settings.set_last_directory(path.parent)
        self.window.refresh_recent_files()
