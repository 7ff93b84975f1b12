"""Edit > History: the undo stack as a list; clicking a step goes back to it."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget


class HistoryDock(QDockWidget):
    """A dock with a QUndoView on the document's stack ("<empty>" is the opened file)."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history")
        self.view = QUndoView(stack, self)
        self.view.setObjectName("historyView")
        self.view.setEmptyLabel(self.tr("Opened project"))
        self.setWidget(self.view)

    def set_stack(self, stack: QUndoStack) -> None:
        self.view.setStack(stack)
