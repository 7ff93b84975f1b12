"""The open document: a project, its file path and its undo stack.

The model reports changes through plain callbacks; `Document` turns them into
a Qt signal so views can connect to it, and turns every model edit into one
`QUndoCommand`, so undo and "modified" work the same for every gesture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mapstudio.model.edits import Edit
from mapstudio.model.errors import ModelError
from mapstudio.model.project import JourneyProject, ProjectChange


def _tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


class EditCommand(QUndoCommand):
    """One model edit on the undo stack: redo applies it, undo reverts it."""

    def __init__(self, project: JourneyProject, edit: Edit, text: str) -> None:
        super().__init__(text)
        self._project = project
        self._edit = edit

    def redo(self) -> None:
        self._edit.apply(self._project)

    def undo(self) -> None:
        self._edit.revert(self._project)


class Document(QObject):
    """A project being edited, with its undo history and save state."""

    changed = Signal(object)  # ProjectChange
    error = Signal(str)  # a rule the user broke, already worded for them
    pathChanged = Signal(object)  # Path | None

    def __init__(
        self,
        project: JourneyProject | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project if project is not None else JourneyProject()
        self._path = path
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = self.project.subscribe(self._on_change)

    def _on_change(self, change: ProjectChange) -> None:
        self.changed.emit(change)

    @property
    def path(self) -> Path | None:
        return self._path

    @path.setter
    def path(self, value: Path | None) -> None:
        self._path = value
        self.pathChanged.emit(value)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def mark_unsaved(self) -> None:
        """Show the document as changed though it has no undo step (a recovered
        autosave): closing asks to save, and Save is the user's explicit choice."""
        self.undo_stack.resetClean()

    def push(self, edit: Edit | None, text: str | None = None) -> bool:
        """Apply an edit as one undo step; False when there was nothing to do."""
        if edit is None or not getattr(edit, "edits", True):
            return False
        self.undo_stack.push(EditCommand(self.project, edit, text or _tr(edit.label)))
        return True

    def try_push(self, build: object, *args: object, **kwargs: object) -> bool:
        """Build an edit with `build(project, *args)` and push it.

        A `ModelError` (the user asked for something the map cannot hold) is
        reported through `error` instead of raised, so a gesture never crashes.
        """
        try:
            edit = build(self.project, *args, **kwargs)  # type: ignore[operator]
        except ModelError as exc:
            self.error.emit(str(exc))
            return False
        return self.push(edit)

    def close(self) -> None:
        self._unsubscribe()
